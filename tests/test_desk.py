"""The desk's matching and verdict logic, on constructed citations and a constructed package.

`write_desk_package` builds the small fixture package the CLI and browser tests also serve. Every
figure, outlet and sentence here is made up for the tests.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from etl.desk import (
    MAX_DRAFT_BYTES,
    agreement_of,
    check_citations,
    check_one,
    contradicts,
    draft_too_large,
    first_mention,
    line_col,
    rank_candidates,
    summarize,
    summary_sentence,
)
from etl.desk_data import Cited, Dataset, Figure, load_dataset, population_frames
from etl.package import TABLES as PACKAGE_TABLES

SHA_DAILY = "a" * 64
SHA_WEEKLY = "b" * 64
SHA_HERALD = "c" * 64

TABLES = {
    "sources": [
        {"source_id": "s0000000000000001", "url": "https://daily.example/poll", "outlet": "Daily Example",
         "title": "Four-day week", "published": "2024-03-10", "retrieved": "2024-03-11", "text_sha256": SHA_DAILY},
        {"source_id": "s0000000000000002", "url": "https://weekly.example/poll", "outlet": "Weekly Sample",
         "title": "Councils", "published": "2023-12-01", "retrieved": "2023-12-02", "text_sha256": SHA_WEEKLY},
        {"source_id": "s0000000000000003", "url": "https://herald.example/poll", "outlet": "Model Herald",
         "title": "Parks", "published": "2023-12-03", "retrieved": "2023-12-04", "text_sha256": SHA_HERALD},
    ],
    "surveys": [
        {"survey_id": "v000000000000001", "pollster": "YouGov", "sponsor": "", "population": "British adults",
         "geography": "GB", "fieldwork_start": "2024-03-04", "fieldwork_end": "2024-03-06", "date_precision": "day",
         "sample_size": "2000", "mode": "online", "margin_of_error": "", "primary_url": "https://yougov.example/x",
         "basis": "primary"},
        {"survey_id": "v000000000000002", "pollster": "Ipsos", "sponsor": "", "population": "British adults",
         "geography": "GB", "fieldwork_start": "2023-11", "fieldwork_end": "2023-11", "date_precision": "month",
         "sample_size": "", "mode": "", "margin_of_error": "", "primary_url": "", "basis": "article"},
    ],
    "figures": [
        {"figure_id": "f000000000000001", "survey_id": "v000000000000001", "question_id": "q1",
         "question": "support a four-day working week", "answer": "support", "subgroup": "all", "value": "41.0",
         "unit": "percent", "value_basis": "primary"},
        {"figure_id": "f000000000000002", "survey_id": "v000000000000001", "question_id": "q2",
         "question": "working from home makes them more productive", "answer": "agree", "subgroup": "all",
         "value": "44.0", "unit": "percent", "value_basis": "primary"},
        {"figure_id": "f000000000000003", "survey_id": "v000000000000001", "question_id": "q3",
         "question": "oppose a four-day working week", "answer": "oppose", "subgroup": "all", "value": "23.6",
         "unit": "percent", "value_basis": "primary"},
        {"figure_id": "f000000000000004", "survey_id": "v000000000000002", "question_id": "q4",
         "question": "trust their local council", "answer": "trust", "subgroup": "all", "value": "",
         "unit": "percent", "value_basis": "citations"},
        {"figure_id": "f000000000000005", "survey_id": "v000000000000002", "question_id": "q5",
         "question": "visit a public park every week", "answer": "yes", "subgroup": "all", "value": "",
         "unit": "percent", "value_basis": "citations"},
        {"figure_id": "f000000000000006", "survey_id": "v000000000000001", "question_id": "q1",
         "question": "support a four-day working week", "answer": "support", "subgroup": "Labour voters",
         "value": "58.0", "unit": "percent", "value_basis": "primary"},
        {"figure_id": "f000000000000007", "survey_id": "v000000000000002", "question_id": "q7",
         "question": "expect food prices to rise", "answer": "expect", "subgroup": "all", "value": "",
         "unit": "percent", "value_basis": "citations"},
        {"figure_id": "f000000000000008", "survey_id": "v000000000000001", "question_id": "q8",
         "question": "sample size", "answer": "respondents", "subgroup": "all", "value": "2000",
         "unit": "respondents", "value_basis": "primary"},
        {"figure_id": "f000000000000009", "survey_id": "v000000000000002", "question_id": "q9",
         "question": "expect food prices to fall", "answer": "expect", "subgroup": "all", "value": "",
         "unit": "percent", "value_basis": "citations"},
    ],
    "citations": [
        {"citation_id": "c000000000000001", "source_id": "s0000000000000001", "figure_id": "f000000000000001",
         "kind": "share", "value_cited": "41.0", "value_text": "41%", "char_start": "10", "char_end": "13",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000002", "source_id": "s0000000000000001", "figure_id": "f000000000000002",
         "kind": "share", "value_cited": "44.0", "value_text": "44%", "char_start": "50", "char_end": "53",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000003", "source_id": "s0000000000000002", "figure_id": "f000000000000004",
         "kind": "share", "value_cited": "30.0", "value_text": "30%", "char_start": "5", "char_end": "8",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000004", "source_id": "s0000000000000003", "figure_id": "f000000000000004",
         "kind": "share", "value_cited": "34.0", "value_text": "34%", "char_start": "5", "char_end": "8",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000005", "source_id": "s0000000000000002", "figure_id": "f000000000000005",
         "kind": "share", "value_cited": "52.0", "value_text": "52%", "char_start": "20", "char_end": "23",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000006", "source_id": "s0000000000000003", "figure_id": "f000000000000005",
         "kind": "share", "value_cited": "52.0", "value_text": "52%", "char_start": "20", "char_end": "23",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000007", "source_id": "s0000000000000003", "figure_id": "f000000000000001",
         "kind": "share", "value_cited": "45.0", "value_text": "45%", "char_start": "40", "char_end": "43",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        # one outlet citing two different numbers for one figure (two answers joined): no evidence either way
        {"citation_id": "c000000000000008", "source_id": "s0000000000000002", "figure_id": "f000000000000007",
         "kind": "share", "value_cited": "61.0", "value_text": "61%", "char_start": "90", "char_end": "93",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000009", "source_id": "s0000000000000002", "figure_id": "f000000000000007",
         "kind": "share", "value_cited": "70.0", "value_text": "70%", "char_start": "99", "char_end": "102",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        # a change cited for the same figure: never compared with shares
        {"citation_id": "c000000000000010", "source_id": "s0000000000000003", "figure_id": "f000000000000007",
         "kind": "change", "value_cited": "5.0", "value_text": "5 points", "char_start": "60", "char_end": "68",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000011", "source_id": "s0000000000000002", "figure_id": "f000000000000009",
         "kind": "share", "value_cited": "12.0", "value_text": "12%", "char_start": "120", "char_end": "123",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
        {"citation_id": "c000000000000012", "source_id": "s0000000000000001", "figure_id": "f000000000000008",
         "kind": "sample_size", "value_cited": "2000", "value_text": "2,000", "char_start": "130", "char_end": "135",
         "qualifier": "exact", "confidence": "0.9", "extractor_version": "test"},
    ],
    "checks": [],
}
HEADERS = {name: table.columns for name, table in PACKAGE_TABLES.items()}
POLLSTERS = [
    {"name": "YouGov", "aliases": "YouGov plc", "country": "GB", "website": "https://yougov.co.uk"},
    {"name": "Ipsos", "aliases": "Ipsos MORI", "country": "FR", "website": "https://www.ipsos.com"},
    {"name": "Gallup", "aliases": "", "country": "US", "website": "https://www.gallup.com"},
]

# A paragraph of context with no figure and no pollster: it keeps the lede's figure away from the credit
# lines further down (a pollster named only much later does not attribute a figure).
CONTEXT = (
    "City planners have spent the past decade redesigning junctions, widening pavements and adding secure "
    "bike parking near stations, yet the shift from car to bicycle has been slow. Campaigners blame safety "
    "worries, long distances and the lack of showers at workplaces, while employers point to the cost of new "
    "facilities and the difficulty of measuring any benefit. Councils publish travel reports every year, but "
    "they collect their figures in different ways from one town to the next, which makes comparisons hard and "
    "leaves plenty of room for argument about what works.\n"
)
# The draft the CLI and browser tests check: one correct, one misquoted, one unknown, one unattributed figure.
DRAFT = (
    "Commuting habits\n"
    "\n"
    "One recent survey suggested that 35% of commuters have never cycled to work.\n"
    "\n"
    + CONTEXT +
    "\n"
    "A YouGov poll carried out in March 2024 found that 41% of Britons support a four-day working week.\n"
    "\n"
    "In another YouGov poll question in March 2024, 48% of Britons said working from home makes them more "
    "productive.\n"
    "\n"
    "A Gallup survey conducted in June 2023 found that 63% of Americans are satisfied with their local parks.\n"
)
EXPECTED = {"35%": "unattributed", "41%": "match", "48%": "differs", "63%": "unknown"}


def write_desk_package(folder: Path) -> Path:
    """Write the fixture package (the five tables, pollsters.csv, a datapackage.json) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in TABLES.items():
        _write_csv(folder / f"{name}.csv", HEADERS[name], rows)
    _write_csv(folder / "pollsters.csv", ["name", "aliases", "country", "website"], POLLSTERS)
    resources = [{"name": name, "path": f"{name}.csv", "format": "csv"} for name in [*TABLES, "pollsters"]]
    (folder / "datapackage.json").write_text(json.dumps({"name": "polltrace-desk-test", "resources": resources}))
    return folder


def _write_csv(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_records(TABLES["figures"], TABLES["surveys"], TABLES["citations"], TABLES["sources"])


def cite(value: float, **fields) -> dict:
    """A citation as etl.extract gives it (only the fields the desk reads)."""
    text = fields.pop("value_text", f"{value:g}%")
    return {"article_id": "draft", "kind": "share", "value": value, "value_text": text, "start": 0,
            "end": len(text), "qualifier": "exact", "confidence": 0.9, "pollster": None, "fieldwork_start": None,
            "fieldwork_end": None, "statement": None, "subgroup": None, **fields}


YOUGOV_MARCH = {"pollster": "YouGov", "fieldwork_start": "2024-03", "fieldwork_end": "2024-03"}


def test_correct_figure_matches_published_value(dataset):
    v = check_one(cite(41, statement="support a four-day working week", **YOUGOV_MARCH), dataset)
    assert (v.verdict, v.symbol, v.figure_id) == ("match", "✔", "f000000000000001")
    assert "41%" in v.message


def test_misquoted_figure_differs_by_n_points(dataset):
    v = check_one(cite(48, statement="say working from home makes them more productive", **YOUGOV_MARCH), dataset)
    assert (v.verdict, v.symbol, v.figure_id) == ("differs", "✖", "f000000000000002")
    assert "by 4 points" in v.message and "44%" in v.message
    assert v.is_problem


def test_rounded_figure_is_within_rounding(dataset):
    v = check_one(cite(24, statement="oppose a four-day week", **YOUGOV_MARCH), dataset)
    assert (v.verdict, v.symbol, v.figure_id) == ("rounding", "≈", "f000000000000003")
    assert not v.is_problem


def test_published_value_decides_over_outlets(dataset):
    """Another outlet cites 45% for figure 1, but the pollster published 41%: 41% is a match."""
    v = check_one(cite(41, statement="support a four-day working week", **YOUGOV_MARCH), dataset)
    assert v.verdict == "match"


def test_other_outlets_citing_a_different_number_is_a_conflict(dataset):
    ipsos = {"pollster": "Ipsos", "fieldwork_start": "2023-11"}
    v = check_one(cite(30, statement="trust their local council", **ipsos), dataset)
    assert (v.verdict, v.symbol, v.figure_id) == ("conflict", "⚠", "f000000000000004")
    assert "34% (Model Herald)" in v.message and "Weekly Sample" not in v.message


def test_a_draft_already_in_the_package_is_not_compared_with_itself(dataset):
    ipsos = {"pollster": "Ipsos", "fieldwork_start": "2023-11"}
    own = check_one(cite(34, statement="trust their local council", **ipsos), dataset, draft_sha256=SHA_HERALD)
    assert own.verdict == "conflict" and "30% (Weekly Sample)" in own.message and "Model Herald" not in own.message
    agreeing = check_one(cite(52, statement="visit a public park every week", **ipsos), dataset,
                         draft_sha256=SHA_WEEKLY)
    assert agreeing.verdict == "match" and "1 other outlet" in agreeing.message


def test_agreement_with_other_outlets_when_nothing_is_published(dataset):
    v = check_one(cite(52, statement="visit a public park every week", pollster="Ipsos",
                       fieldwork_start="2023-11"), dataset)
    assert v.verdict == "match" and "2 other outlets" in v.message and "not in the dataset" in v.message


def test_unknown_survey_and_unattributed_figure(dataset):
    unknown = check_one(cite(63, statement="satisfied with local parks", pollster="Gallup",
                             fieldwork_start="2023-06"), dataset)
    assert (unknown.verdict, unknown.symbol, unknown.figure_id) == ("unknown", "?", None)
    bare = check_one(cite(35, statement="never cycled to work"), dataset)
    assert (bare.verdict, bare.symbol) == ("unattributed", "!")
    assert "no fieldwork date" in bare.message


def test_another_wave_is_shown_as_best_candidate_with_reasons(dataset):
    v = check_one(cite(41, statement="support a four-day working week", pollster="YouGov",
                       fieldwork_start="2022-09"), dataset)
    assert v.verdict == "unknown" and v.figure_id == "f000000000000001"
    assert "Best candidate" in v.message and "fieldwork differs" in v.why and "March 2024" in v.why


def test_subgroup_picks_the_subgroup_figure(dataset):
    v = check_one(cite(58, statement="support a four-day working week", subgroup="Labour voters",
                       **YOUGOV_MARCH), dataset)
    assert (v.verdict, v.figure_id) == ("match", "f000000000000006")
    whole = check_one(cite(58, statement="support a four-day working week", **YOUGOV_MARCH), dataset)
    assert whole.figure_id == "f000000000000001" and whole.verdict == "differs"


def test_statement_picks_the_right_question_of_a_survey(dataset):
    """A misquote must not be matched to another question that happens to have the cited value."""
    v = check_one(cite(44, statement="support a four-day working week", **YOUGOV_MARCH), dataset)
    assert (v.figure_id, v.verdict) == ("f000000000000001", "differs")


def test_kind_is_a_gate(dataset):
    v = check_one(cite(41, kind="change", statement="support a four-day working week", **YOUGOV_MARCH), dataset)
    assert v.verdict == "unknown" and v.figure_id is None


def test_pollster_without_date_is_matched_by_publication_date_or_unattributed(dataset):
    dated = check_one(cite(41, statement="support a four-day working week", pollster="YouGov"), dataset,
                      published="2024-03-20")
    assert dated.verdict == "match" and "no fieldwork date" in dated.message
    nothing = check_one(cite(41, statement="eat breakfast daily", pollster="YouGov"), dataset)
    assert nothing.verdict == "unattributed"


def test_statement_falls_back_to_the_sentence_text(dataset):
    text = "YouGov found in March 2024 that 41% of Britons support a four-day working week."
    c = cite(41, start=32, end=35, sentence_start=0, sentence_end=len(text), **YOUGOV_MARCH)
    assert check_one(c, dataset, text=text).figure_id == "f000000000000001"


def test_low_confidence_mentions_are_not_checked_and_order_is_textual(dataset):
    late = cite(41, statement="support a four-day working week", start=50, end=53, **YOUGOV_MARCH)
    early = cite(35, statement="never cycled", start=5, end=8)
    noise = cite(12, confidence=0.2, start=0, end=3)
    verdicts = check_citations([late, noise, early], dataset)
    assert [v.verdict for v in verdicts] == ["unattributed", "match"]
    assert summarize(verdicts)["figures"] == 2 and summarize(verdicts)["problems"] == 0


@pytest.mark.parametrize(("cited", "qualifier", "reference", "unit", "expected"), [
    (41, "exact", 41, "percent", "exact"),
    (5, "exact", 4.6, "percent", "rounding"),
    (33.3, "exact", 33, "percent", "rounding"),
    (74, "exact", 75, "percent", None),
    (49, "exact", 48, "percent", None),
    (40, "approx", 41, "percent", "rounding"),
    (70, "more_than", 72, "percent", "rounding"),
    (70, "more_than", 64, "percent", None),
    (2000, "exact", 2041, "respondents", "rounding"),
    (1500, "exact", 2041, "respondents", None),
    (2041, "exact", 2014, "respondents", None),
    (2000, "exact", 2061, "respondents", None),  # '2,000' is written to the hundred: 2,061 is 2,100
    (2000, "approx", 2061, "respondents", "rounding"),  # 'about 2,000' allows one and a half hundreds
    (20000, "approx", 22000, "respondents", None),  # 'roughly 20,000' is 20 thousand, not 22
    (21000, "approx", 22000, "respondents", "rounding"),
    (2000, "more_than", 2061, "respondents", "rounding"),
])
def test_agreement_allows_for_rounding_and_qualifiers(cited, qualifier, reference, unit, expected):
    assert agreement_of(cited, qualifier, reference, unit) == expected


def test_a_round_count_disagrees_with_another_outlets_count_beyond_its_last_digit():
    """Both counts as written decide: 'roughly 20,000' elsewhere and '22,000' here differ by two thousands."""
    assert agreement_of(22000, "exact", 20000, "respondents", "approx") is None
    assert agreement_of(20500, "exact", 20000, "respondents", "approx") == "rounding"


def test_summary_counts_problems(dataset):
    verdicts = [check_one(cite(48, statement="working from home makes them more productive", **YOUGOV_MARCH),
                          dataset),
                check_one(cite(35), dataset)]
    assert summary_sentence(verdicts) == "2 figures checked, 1 problem: 1 differing, 1 unattributed."
    assert summary_sentence([]) == "No survey figures found in the draft."


def test_line_and_column_from_offset():
    text = "first line\nsecond 41% here\n"
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, text.index("41%")) == (2, 8)


def test_size_limit():
    assert draft_too_large("x" * MAX_DRAFT_BYTES) is None
    message = draft_too_large("é" * MAX_DRAFT_BYTES)  # two bytes a character
    assert message is not None and "200 KB" in message and "100 KB" in message


def test_load_dataset_reads_the_package_files(tmp_path):
    loaded = load_dataset(write_desk_package(tmp_path / "pkg"))
    v = check_one(cite(48, statement="working from home makes them more productive", **YOUGOV_MARCH), loaded)
    assert (v.verdict, v.figure_id) == ("differs", "f000000000000002")
    with pytest.raises(FileNotFoundError, match=r"figures\.csv"):
        load_dataset(tmp_path / "missing")


def test_a_pollster_named_only_in_a_later_paragraph_leaves_the_figure_unattributed(dataset):
    text = ("Around 35% of commuters have never cycled to work.\n\n" + CONTEXT +
            "\nA YouGov poll in March 2024 found 41% support a four-day working week.\n")
    early = cite(35, start=7, end=10, statement="never cycled to work", **YOUGOV_MARCH)
    v = check_one(early, dataset, text=text)
    assert v.verdict == "unattributed" and "only further on" in v.message
    later = cite(41, start=text.index("41%"), end=text.index("41%") + 3, statement="support a four-day working week",
                 **YOUGOV_MARCH)
    assert check_one(later, dataset, text=text).verdict == "match"


def test_a_named_later_misquote_is_still_reported_as_a_difference(dataset):
    text = ("48% of Britons say working from home makes them more productive.\n\n" + CONTEXT
            + "Source: YouGov, March 2024.")
    v = check_one(cite(48, statement="working from home makes them more productive", **YOUGOV_MARCH), dataset,
                  text=text)
    assert v.verdict == "differs" and "only further on" in v.message


def test_pollster_named_in_the_title_same_paragraph_or_by_alias(dataset):
    text = "Some 41% back a four-day working week, the pollster YouGov plc said."
    c = cite(41, start=5, end=8, statement="support a four-day working week", **YOUGOV_MARCH)
    assert check_one(c, dataset, text=text).verdict == "match"
    aliased = Dataset.of(dataset.figures, {"yougov": ("Gov Pollsters United",)})
    named = "Some 41% back a four-day working week.\n\n" + CONTEXT + "More from YouGov."
    assert check_one(c, aliased, text=named, title="Gov-Pollsters United: the week ahead").verdict == "match"
    assert check_one(c, aliased, text=named).verdict == "unattributed"


IPSOS_NOVEMBER = {"pollster": "Ipsos", "fieldwork_start": "2023-11"}


def test_an_outlet_citing_several_numbers_for_one_figure_is_no_evidence_for_a_loose_match(dataset):
    agrees = check_one(cite(61, statement="expect food prices to rise", **IPSOS_NOVEMBER), dataset)
    assert (agrees.verdict, agrees.figure_id) == ("match", "f000000000000007")
    a_month_later = {"pollster": "Ipsos", "fieldwork_start": "2023-12"}  # close, not the same wave for sure
    other = check_one(cite(55, statement="expect food prices to rise", **a_month_later), dataset)
    assert (other.verdict, other.figure_id) == ("unknown", "f000000000000007")
    assert "several different numbers" in other.message


def test_a_figure_beyond_doubt_differing_from_every_number_other_outlets_cite_is_a_conflict(dataset):
    """Same statement, wave and group: whichever of the other outlet's numbers is this figure, 55% is not it."""
    v = check_one(cite(55, statement="expect food prices to rise", **IPSOS_NOVEMBER), dataset)
    assert (v.verdict, v.figure_id) == ("conflict", "f000000000000007")
    assert "none of them this one: 61% (Weekly Sample), 70% (Weekly Sample)" in v.message


def test_changes_are_compared_with_changes_only(dataset):
    change = check_one(cite(5, kind="change", statement="expect food prices to rise", **IPSOS_NOVEMBER), dataset)
    assert (change.verdict, change.figure_id) == ("match", "f000000000000007")
    moved = check_one(cite(9, kind="change", statement="expect food prices to rise", **IPSOS_NOVEMBER), dataset)
    assert moved.verdict == "conflict" and "5 points" in moved.message


def test_a_near_tie_goes_to_the_figure_the_draft_quotes_correctly(dataset):
    """'food prices' fits both the 'rise' and the 'fall' question equally; 12% is what was cited for 'fall'."""
    v = check_one(cite(12, statement="expect food prices", **IPSOS_NOVEMBER), dataset)
    assert (v.verdict, v.figure_id) == ("match", "f000000000000009")


def test_several_numbers_matched_to_one_figure_are_not_reported_as_problems(dataset):
    first = cite(30, statement="trust their local council", start=0, end=3, **IPSOS_NOVEMBER)
    second = cite(50, statement="trust their local council", start=10, end=13, **IPSOS_NOVEMBER)
    verdicts = check_citations([first, second], dataset)
    assert [v.verdict for v in verdicts] == ["unknown", "unknown"]
    assert all(v.figure_id == "f000000000000004" and "Several different numbers" in v.message for v in verdicts)
    alone = check_citations([first], dataset)
    assert [v.verdict for v in alone] == ["conflict"]


def test_of_several_numbers_matched_to_one_figure_the_clearly_best_fit_keeps_its_verdict(dataset):
    fits = cite(30, statement="trust their local council", start=0, end=3, **IPSOS_NOVEMBER)
    looser = cite(50, statement="trust the local council to fix potholes on their street", start=10, end=13,
                  **IPSOS_NOVEMBER)
    verdicts = check_citations([fits, looser], dataset)
    assert [v.verdict for v in verdicts] == ["conflict", "unknown"]
    assert verdicts[0].match_score - verdicts[1].match_score >= 0.1
    assert "Several different numbers" in verdicts[1].message
    assert "match_score" not in verdicts[0].as_dict()


def test_a_short_paraphrase_sharing_under_half_the_words_still_matches_its_own_survey(dataset):
    """Statements are short clauses now: 45% of the words in common, same pollster and month, is a match."""
    v = check_one(cite(41, statement="support the idea of a shorter working week", **YOUGOV_MARCH), dataset)
    assert (v.verdict, v.figure_id) == ("match", "f000000000000001")
    similarity = int(v.why.split("statement ")[1].split("%")[0])
    assert similarity < 50


def test_a_question_offering_both_sides_takes_its_side_from_the_answer():
    def figure(answer: str, value: float) -> Figure:
        return Figure(figure_id=f"f-{answer}", survey_id="v1", pollster="Ipsos", fieldwork_start="2023-11",
                      fieldwork_end="2023-11", population="British adults", answer=answer, subgroup="all",
                      question="Do you approve or disapprove of the new bus lanes?", value=value, unit="percent",
                      value_basis="primary", kinds=frozenset({"share"}))

    both_sides = Dataset.of([figure("approve", 35.0), figure("disapprove", 52.0)])
    approve = check_one(cite(35, statement="approve of the new bus lanes", **IPSOS_NOVEMBER), both_sides)
    assert (approve.verdict, approve.figure_id) == ("match", "f-approve")
    disapprove = check_one(cite(52, statement="disapprove of the new bus lanes", **IPSOS_NOVEMBER), both_sides)
    assert (disapprove.verdict, disapprove.figure_id) == ("match", "f-disapprove")


def test_survey_level_figures_need_the_survey_date(dataset):
    dated = check_one(cite(2000, kind="sample_size", value_text="2,000", **YOUGOV_MARCH), dataset)
    assert (dated.verdict, dated.figure_id) == ("match", "f000000000000008")
    wrong = check_one(cite(1500, kind="sample_size", value_text="1,500", **YOUGOV_MARCH), dataset)
    assert wrong.verdict == "differs" and "500 respondents" in wrong.message
    undated = check_one(cite(2000, kind="sample_size", value_text="2,000", pollster="YouGov"), dataset)
    assert undated.verdict == "unknown" and "Best candidate" in undated.message


def test_a_subgroup_that_restates_the_population_is_the_whole_sample(dataset):
    restated = check_one(cite(41, statement="support a four-day working week", subgroup="of British adults",
                              **YOUGOV_MARCH), dataset)
    assert (restated.verdict, restated.figure_id) == ("match", "f000000000000001")
    assert "subgroup differs" not in restated.why
    generic = check_one(cite(41, statement="support a four-day working week", subgroup="of respondents",
                             **YOUGOV_MARCH), dataset)
    assert generic.figure_id == "f000000000000001" and "subgroup differs" not in generic.why
    real = check_one(cite(41, statement="support a four-day working week", subgroup="Green voters",
                          **YOUGOV_MARCH), dataset)
    assert "subgroup differs (Green voters in the draft, all in the dataset)" in real.why


def _cited_elsewhere(figure_id: str, question: str, value: float, pollster: str = "Ipsos",
                     month: str = "2023-11") -> Figure:
    """A figure (Ipsos, November 2023 unless told) known only from another outlet's citation of `value`."""
    other = Cited(value=value, kind="share", qualifier="exact", source_id="s-other", outlet="Other Outlet",
                  text_sha256="d" * 64)
    return Figure(figure_id=figure_id, survey_id=f"v-{pollster}-{month}", pollster=pollster, fieldwork_start=month,
                  fieldwork_end=month, population="British adults", question=question, answer=None,
                  subgroup="all", value=None, unit="percent", value_basis="citations", kinds=frozenset({"share"}),
                  citations=(other,))


def test_a_statement_of_the_other_side_is_never_matched_through_its_sentence():
    """The sentence names both sides, so it fits both figures; the draft's own statement says which side,
    and a misquote of that side must not be excused by the other side's number."""
    plan = Dataset.of([_cited_elsewhere("f-approve", "approve of the tram plan", 44.0),
                       _cited_elsewhere("f-disapprove", "disapprove of the tram plan", 39.0)])
    text = "An Ipsos poll in November 2023 found 39% approving of the tram plan, while 44% disapprove of it."
    start = text.index("39%")
    citation = cite(39, statement="approving", start=start, end=start + 3, sentence_start=0,
                    sentence_end=len(text), **IPSOS_NOVEMBER)
    v = check_one(citation, plan, text=text)
    assert (v.verdict, v.figure_id) == ("conflict", "f-approve")
    assert "44%" in v.message
    assert contradicts(frozenset({"support"}), frozenset({"not", "support"}))
    assert not contradicts(frozenset({"much", "not"}), frozenset({"support"}))  # no shared topic: no contradiction


def test_a_published_figure_in_points_is_a_change_never_a_margin_of_error():
    shift = {"figure_id": "f-shift", "survey_id": "v000000000000001", "question_id": "q-shift",
             "question": "support a four-day working week", "answer": "support: change since 2023 (points)",
             "subgroup": "all", "value": "-6", "unit": "points", "value_basis": "primary"}
    shifted = Dataset.from_records([shift], TABLES["surveys"], [], [])
    assert shifted.figures[0].kinds == {"change"}
    margin = check_one(cite(3, kind="margin_of_error", value_text="3 points", statement="margin of error",
                            **YOUGOV_MARCH), shifted)
    assert margin.verdict == "unknown" and margin.figure_id is None
    change = check_one(cite(-6, kind="change", value_text="down 6 points",
                            statement="support a four-day working week", **YOUGOV_MARCH), shifted)
    assert (change.verdict, change.figure_id) == ("match", "f-shift")


def _gold(article: str, value: float, population: str, question: str = "q-tax", **fields) -> dict:
    return {"article_id": article, "kind": "share", "value": value, "population": population,
            "survey_key": "s-tax", "question_key": question, **fields}


def test_the_bench_counts_disagreements_per_figure_not_per_question():
    """bench/check_quality: subgroups and bounds are no disagreement; wordings of the whole sample are one."""
    from bench.check_quality import known_disagreements

    published = [{"survey_key": "s-tax", "question_key": "q-tax", "population": "rural Freedonians (online panel)",
                  "value": 40, "answer": "agree", "note": None}]
    gold = [
        _gold("A", 40, "Freedonians"),  # 0: the whole sample without the frame's own word
        _gold("B", 33, "Freedonians aged 18-24"),  # 1: a subgroup nobody else cites: nothing to compare
        _gold("C", 38, "rural Freedonians"),  # 2: a misquote of the published 40
        _gold("D", 35, "rural Freedonians", qualifier="more_than"),  # 3: 'more than 35%' allows 40
        _gold("E", 61, "Freedonian residents", "q-roads"),  # 4 and 5: no published value, outlets differ
        _gold("F", 64, "Freedonian adults", "q-roads"),
        _gold("E", 20, "Freedonian pensioners", "q-roads"),  # 6: a subgroup, not the whole sample's 64
    ]
    found = known_disagreements(gold, published)
    assert sorted(found) == [2, 4, 5]
    assert found[2][1] == {40.0} and found[4][1] == {64.0}


def test_words_every_question_of_a_pollster_shares_weigh_little_among_its_figures():
    """'Freedonia' is rare in the whole dataset but in most of this pollster's questions: it must not make a
    question about Freedonia and its neighbour look like one about reactors."""
    acme = [_cited_elsewhere("f-condemn", "Freedonia should condemn Ruritania", 44.0, pollster="Acme"),
            _cited_elsewhere("f-reactors", "are against the placement of nuclear reactors in the country", 75.0,
                             pollster="Acme"),
            _cited_elsewhere("f-army", "trust the army of Freedonia to defend it from Ruritania", 60.0,
                             pollster="Acme"),
            _cited_elsewhere("f-threat", "Ruritania is a threat to Freedonia", 20.0, pollster="Acme"),
            _cited_elsewhere("f-talks", "Freedonia should hold talks with Ruritania", 20.0, pollster="Acme")]
    others = [_cited_elsewhere(f"f-other-{i}", f"topic{i} matters", 50.0, pollster="Other") for i in range(40)]
    among = Dataset.of(acme + others)
    within = among.weight_among("Acme")
    assert within("freedonia") < within("reactor") and within("freedonia") < among.weight("freedonia")
    assert among.weight_among("Unknown Pollster")("reactor") == among.weight("reactor")
    overall = Dataset(among.figures, among.by_pollster, among.aliases, among.weights)  # no per-pollster weights

    def lead(dataset: Dataset) -> float:
        citation = cite(74, statement="against Ruritania's nuclear reactors in Freedonia", pollster="Acme",
                        fieldwork_start="2023-11")
        scores = {c.figure.figure_id: c.score for c in rank_candidates(citation, dataset)}
        return scores["f-reactors"] - scores["f-condemn"]

    assert lead(among) > lead(overall) > 0


def test_an_undated_figure_that_fits_two_waves_is_not_called_a_misquote():
    waves = Dataset.of([_cited_elsewhere("f-may", "trust their local council", 45.0, month="2023-05"),
                        _cited_elsewhere("f-nov", "trust their local council", 30.0, month="2023-11")])
    undated = check_one(cite(38, statement="trust their local council", pollster="Ipsos"), waves)
    assert undated.verdict == "unknown"
    assert "more than one survey wave" in undated.message and "45%" in undated.message and "30%" in undated.message
    dated = check_one(cite(38, statement="trust their local council", **IPSOS_NOVEMBER), waves)
    assert (dated.verdict, dated.figure_id) == ("conflict", "f-nov")


def test_a_slightly_misspelt_pollster_name_still_credits_the_figure():
    harbour = Dataset.of([_cited_elsewhere("f-harbour", "back the harbour plan", 42.0,
                                           pollster="Northwind Research", month="2024-05")])
    citation = cite(42, statement="back the harbour plan", pollster="Northwind Research", fieldwork_start="2024-05")

    def verdict(text: str) -> str:
        start = text.index("42%")
        return check_one({**citation, "start": start, "end": start + 3}, harbour, text=text).verdict

    assert verdict("In May 2024, 42% of residents back the harbour plan, Nortwind Research found.") == "match"
    assert verdict("In May 2024, 42% of residents back the harbour plan, a local firm found.") == "unattributed"
    assert first_mention("Northwind Research", "Nortwind Research, then Northwind Research.") == 0
    assert first_mention("Northwind Research", "Northern Resources said so.") is None


def _published(figure_id: str, question: str, answer: str | None, value: float, month: str | None = "2023-11",
               subgroup: str = "all", survey: str | None = None) -> Figure:
    """A figure Ipsos published itself (November 2023 unless told; `month` None: the survey is undated)."""
    return Figure(figure_id=figure_id, survey_id=survey or f"v-ipsos-{month}", pollster="Ipsos",
                  fieldwork_start=month, fieldwork_end=month, population="British adults", question=question,
                  answer=answer, subgroup=subgroup, value=value, unit="percent", value_basis="primary",
                  kinds=frozenset({"share"}))


def test_an_undated_draft_fitting_a_wave_nobody_else_cites_is_not_called_a_misquote():
    """The May wave holds only the draft's own citation (nothing to compare with), yet it is a wave the
    undated draft may quote: its 38% is no evidence against November's 30%."""
    own = Cited(value=38.0, kind="share", qualifier="exact", source_id="s-draft", outlet="Draft", text_sha256="e" * 64)
    may = replace(_cited_elsewhere("f-may", "trust their local council", 0.0, month="2023-05"), citations=(own,))
    waves = Dataset.of([may, _cited_elsewhere("f-nov", "trust their local council", 30.0)])
    v = check_one(cite(38, statement="trust their local council", pollster="Ipsos"), waves, draft_sha256="e" * 64)
    assert (v.verdict, v.figure_id) == ("unknown", "f-nov")
    assert "more than one survey wave" in v.message and "May 2023" in v.message
    dated = check_one(cite(38, statement="trust their local council", **IPSOS_NOVEMBER), waves, draft_sha256="e" * 64)
    assert dated.verdict == "conflict"


def test_a_value_inside_a_range_the_pollster_published_matches():
    question = "Share who cycle to work, over the year"
    ranged = Dataset.of([_published("f-low", question, "range, lower bound", 2.0),
                         _published("f-high", question, "range, upper bound", 4.0)])
    inside = check_one(cite(3, statement="cycle to work", **IPSOS_NOVEMBER), ranged)
    assert inside.verdict == "match" and "Within the range the pollster published (2% to 4%)" in inside.message
    outside = check_one(cite(6, statement="cycle to work", **IPSOS_NOVEMBER), ranged)
    assert outside.verdict == "differs"


def test_a_long_published_question_is_matched_by_the_answer_the_draft_paraphrases():
    """The formal question shares little with the draft's words; its answer says what the draft says."""
    formal = _published("f-formal", "Which of these statements about the council's plans for the town centre comes "
                        "closest to your own view?", "oppose closing the high street to cars", 62.0)
    others = [_cited_elsewhere(f"f-other-{i}", f"topic{i} matters to them", 50.0) for i in range(5)]
    centre = Dataset.of([formal, _cited_elsewhere("f-loose", "are against the plans", 55.0), *others])
    citation = cite(62, statement="are not ready to see their high street closed to cars, even to cut pollution",
                    **IPSOS_NOVEMBER)
    v = check_one(citation, centre)
    assert (v.verdict, v.figure_id) == ("match", "f-formal")
    another_wave = check_one({**citation, "fieldwork_start": "2022-05", "fieldwork_end": None}, centre)
    assert another_wave.figure_id is None  # the answer alone is trusted only for the same wave


def test_an_answer_sharing_a_single_word_is_no_match_alone():
    formal = _published("f-formal", "Which of these statements about the plans for the town centre comes closest to "
                        "your own view?", "support", 41.0)
    v = check_one(cite(41, statement="support a ban on fireworks", **IPSOS_NOVEMBER), Dataset.of([formal]))
    assert v.figure_id is None


def test_a_subgroup_naming_the_pollsters_own_frame_is_the_whole_sample():
    """The pollster's own pages say it polls urban Freedonians; an article-built survey says 'Freedonians'."""
    surveys = [
        {"survey_id": "v-primary", "pollster": "Acme", "population": "urban Freedonians (internet users)",
         "fieldwork_start": "2023-03", "fieldwork_end": "2023-03", "basis": "primary"},
        {"survey_id": "v-primary-2", "pollster": "Acme", "population": "urban Freedonian internet users",
         "fieldwork_start": "2023-06", "fieldwork_end": "2023-06", "basis": "primary"},
        {"survey_id": "v-article", "pollster": "Acme", "population": "Freedonians", "fieldwork_start": "2023-11",
         "fieldwork_end": "2023-11", "basis": "article"},
    ]
    figures = [{"figure_id": "f-reactors", "survey_id": "v-article", "question": "are against the reactors",
                "subgroup": "urban Freedonians", "value": "", "unit": "percent", "value_basis": "citations"}]
    citations = [{"figure_id": "f-reactors", "source_id": "s-other", "kind": "share", "value_cited": "75",
                  "qualifier": "exact"}]
    acme = Dataset.from_records(figures, surveys, citations, [{"source_id": "s-other", "outlet": "Other Outlet"}])
    assert acme.frame_of("Acme") == {"urban", "internet", "users"}
    v = check_one(cite(74, statement="are against the reactors", pollster="Acme", fieldwork_start="2023-11"), acme)
    assert (v.verdict, v.figure_id) == ("conflict", "f-reactors")
    assert "subgroup differs" not in v.why
    pensioners = check_one(cite(74, statement="are against the reactors", subgroup="Freedonian pensioners",
                                pollster="Acme", fieldwork_start="2023-11"), acme)
    assert "subgroup differs" in pensioners.why


def test_the_same_number_cited_again_keeps_the_verdict_of_the_clearly_best_fit(dataset):
    fits = cite(30, statement="trust their local council", start=0, end=3, **IPSOS_NOVEMBER)
    again = cite(30, statement="trust their local council", start=20, end=23, **IPSOS_NOVEMBER)
    looser = cite(50, statement="trust the local council to fix potholes on their street", start=10, end=13,
                  **IPSOS_NOVEMBER)
    verdicts = check_citations([fits, looser, again], dataset)
    assert [v.verdict for v in verdicts] == ["conflict", "unknown", "conflict"]


def test_a_survey_the_dataset_cannot_date_does_not_convict_a_dated_draft():
    undated = Dataset.of([_published("f-undated", "trust their local council", None, 40.0, month=None)])
    dated = check_one(cite(45, statement="trust their local council", **IPSOS_NOVEMBER), undated)
    assert (dated.verdict, dated.figure_id) == ("unknown", "f-undated")
    assert "does not say when this survey was carried out" in dated.message and "40%" in dated.message
    undated_draft = check_one(cite(45, statement="trust their local council", pollster="Ipsos"), undated)
    assert undated_draft.verdict == "differs"


SAFER, AT_RISK = "feel safer with scooters on the pavement", "feel more at risk with scooters on the pavement"


def _three_answers() -> Dataset:
    question = "scooters on the pavement"
    return Dataset.of([_published("f-safer", question, "feel safer", 52.0),
                       _published("f-risk", question, "feel more at risk", 10.0),
                       _published("f-same", question, "notice no difference", 36.0)])


def _answers(*pairs: tuple[float, str]) -> list[dict]:
    return [cite(value, statement=statement, start=10 * i, end=10 * i + 3, **IPSOS_NOVEMBER)
            for i, (value, statement) in enumerate(pairs)]


def test_every_answer_of_a_question_differing_means_another_wave_not_many_misquotes():
    scooters = _three_answers()
    all_off = check_citations(_answers((37, SAFER), (18, AT_RISK)), scooters)
    assert [(v.verdict, v.figure_id) for v in all_off] == [("unknown", "f-safer"), ("unknown", "f-risk")]
    assert all("another survey wave or group" in v.message for v in all_off)
    one_right = check_citations(_answers((52, SAFER), (18, AT_RISK)), scooters)
    assert [v.verdict for v in one_right] == ["match", "differs"]
    swapped = check_citations(_answers((10, SAFER), (52, AT_RISK)), scooters)
    assert [v.verdict for v in swapped] == ["differs", "differs"]
    alone = check_citations(_answers((37, SAFER)), scooters)
    assert [v.verdict for v in alone] == ["differs"]


def test_a_loose_match_is_not_enough_to_call_a_figure_wrong():
    """Same survey, half the words: enough to say which figure it probably is, not to call 53% a misquote."""
    attitude = Dataset.of([_published("f-attitude", "attitude to the new bus lanes", "do not support", 40.0)])
    loose = check_one(cite(53, statement="opponents of the bus lanes outnumber their keen supporters",
                           **IPSOS_NOVEMBER), attitude)
    assert (loose.verdict, loose.figure_id) == ("unknown", "f-attitude")
    assert "fits too loosely" in loose.message and "40%" in loose.message
    tight = check_one(cite(53, statement="do not support the new bus lanes", **IPSOS_NOVEMBER), attitude)
    assert tight.verdict == "differs"


def test_a_bound_another_outlet_wrote_agrees_with_a_value_inside_it():
    assert agreement_of(52, "exact", 50, "percent", "more_than") == "rounding"
    assert agreement_of(45, "exact", 50, "percent", "more_than") is None
    assert agreement_of(28, "exact", 30, "percent", "less_than") == "rounding"
    bound = Cited(value=50.0, kind="share", qualifier="more_than", source_id="s-other", outlet="Other Outlet",
                  text_sha256="d" * 64)
    half = replace(_cited_elsewhere("f-half", "trust their local council", 0.0), citations=(bound,))
    v = check_one(cite(52, statement="trust their local council", **IPSOS_NOVEMBER), Dataset.of([half]))
    assert v.verdict == "match"


def test_a_number_agreeing_with_a_figure_makes_the_draft_s_other_numbers_for_it_breakdowns():
    """15% agrees with what others cite: it is the figure. The draft's 23% sits with it (a subgroup's number
    the extractor did not see as one) and fits even better, yet it is no misquote of the figure."""
    first, second = (Cited(value=v, kind="share", qualifier="exact", source_id="s-other", outlet="Other Outlet",
                           text_sha256="d" * 64) for v in (15.0, 21.0))
    excited = replace(_cited_elsewhere("f-excited", "excitement outweighs concern", 0.0), citations=(first, second))
    draft = [cite(15, statement="say their excitement about robots outweighs concern", start=0, end=3,
                  **IPSOS_NOVEMBER),
             cite(23, statement="excitement outweighs concern", start=10, end=13, **IPSOS_NOVEMBER)]
    verdicts = check_citations(draft, Dataset.of([excited]))
    assert [(v.verdict, v.figure_id) for v in verdicts] == [("match", "f-excited"), ("unknown", "f-excited")]
    assert "Several different numbers" in verdicts[1].message
    assert [v.verdict for v in check_citations(draft[1:], Dataset.of([excited]))] == ["conflict"]


def test_one_primary_survey_is_no_sampling_frame():
    once = [{"survey_id": "v-greens", "pollster": "Acme", "population": "Green voters", "basis": "primary"}]
    assert population_frames(once) == {}
    twice = [*once, {"survey_id": "v-greens-2", "pollster": "Acme", "population": "Green party voters",
                     "basis": "primary"}, {"survey_id": "v-all", "pollster": "Acme", "population": "Green voters",
                                           "basis": "article"}]
    assert population_frames(twice) == {"acme": {"green", "voters"}}


# ---------------------------------------------------------------- a figure credited only to its sponsor

SPONSORED = {
    "surveys": [{"survey_id": "v-harbour", "pollster": "Quayside Polling", "sponsor": "The Daily Example",
                 "population": "residents", "fieldwork_start": "2024-05-02", "fieldwork_end": "2024-05-09",
                 "basis": "primary"}],
    "figures": [{"figure_id": "f-harbour", "survey_id": "v-harbour", "question": "back the harbour plan",
                 "answer": "back", "subgroup": "all", "value": "42", "unit": "percent", "value_basis": "primary"}],
}
SPONSORED_TEXT = "A poll commissioned by the Daily Example in May 2024 found {} of residents back the harbour plan."


def _sponsored_verdict(value: float, sponsor: str | None = "Daily Example", text: str = SPONSORED_TEXT):
    dataset = Dataset.from_records(SPONSORED["figures"], SPONSORED["surveys"], [], [])
    written = text.format(f"{value:g}%")
    start = written.index(f"{value:g}%")
    citation = cite(value, statement="back the harbour plan", sponsor=sponsor, fieldwork_start="2024-05",
                    fieldwork_end="2024-05", start=start, end=start + len(f"{value:g}%"))
    return check_one(citation, dataset, text=written)


def test_a_figure_credited_only_to_its_sponsor_is_matched_among_the_sponsor_s_surveys():
    right = _sponsored_verdict(42)
    assert (right.verdict, right.figure_id) == ("match", "f-harbour")
    assert "Matched on the sponsor" in right.message and "Quayside Polling ran it" in right.message
    assert "same sponsor (The Daily Example)" in right.why
    wrong = _sponsored_verdict(47)
    assert (wrong.verdict, wrong.figure_id) == ("differs", "f-harbour") and "by 5 points" in wrong.message


def test_a_sponsor_the_dataset_does_not_know_or_the_draft_names_elsewhere_leaves_the_figure_unattributed():
    assert _sponsored_verdict(42, sponsor="Weekly Sample").verdict == "unattributed"
    assert _sponsored_verdict(42, sponsor=None).verdict == "unattributed"
    far = "A recent poll found {} of residents back the harbour plan.\n\n" + CONTEXT + "\nThe Daily Example paid."
    assert _sponsored_verdict(42, text=far).verdict == "unattributed"


# ---------------------------------------------------------------- an outlet citing several numbers for a figure

def _one_outlet_citing(*values: float) -> tuple[Cited, ...]:
    return tuple(Cited(value=v, kind="share", qualifier="exact", source_id="s-other", outlet="Other Outlet",
                       text_sha256="d" * 64) for v in values)


UNDECIDED_TEXT = "In November 2023 Ipsos found 19% were undecided, while others somewhat agree with the plan."


def _undecided_draft() -> tuple[dict, Dataset]:
    """The draft's statement is the 'undecided' figure's (another outlet: 7%); its sentence also names the
    'somewhat agree' figure, for which one outlet cites both 19% and 4% (two answers the linker joined)."""
    undecided = _cited_elsewhere("f-undecided", "were undecided", 7.0)
    disagree = replace(_cited_elsewhere("f-disagree", "somewhat agree with the plan", 0.0),
                       citations=_one_outlet_citing(19.0, 4.0))
    start = UNDECIDED_TEXT.index("19%")
    citation = cite(19, statement="were undecided", start=start, end=start + 3, sentence_start=0,
                    sentence_end=len(UNDECIDED_TEXT), **IPSOS_NOVEMBER)
    return citation, Dataset.of([undecided, disagree])


def test_an_outlet_citing_several_numbers_for_a_figure_makes_no_number_fit_it_better():
    citation, dataset = _undecided_draft()
    ranked = rank_candidates(citation, dataset, text=UNDECIDED_TEXT)
    assert [c.figure.figure_id for c in ranked] == ["f-undecided", "f-disagree"]


def test_the_benefit_of_the_doubt_needs_a_number_its_outlet_cites_alone():
    """A runner-up agreeing only with one of an outlet's several numbers does not excuse the best match."""
    citation, dataset = _undecided_draft()
    v = check_one(citation, dataset, text=UNDECIDED_TEXT)
    assert (v.verdict, v.figure_id) == ("conflict", "f-undecided") and "7% (Other Outlet)" in v.message


def test_a_group_left_at_the_end_of_the_statement_is_the_subgroup(dataset):
    """'… among Labour voters' with no subgroup given: the Labour voters' figure, not a misquote of everyone's."""
    v = check_one(cite(58, statement="support a four-day working week among Labour voters", **YOUGOV_MARCH), dataset)
    assert (v.verdict, v.figure_id) == ("match", "f000000000000006")
    whole = check_one(cite(41, statement="support a four-day working week among British adults", **YOUGOV_MARCH),
                      dataset)
    assert (whole.verdict, whole.figure_id) == ("match", "f000000000000001")


def _survey(survey_id: str, start: str, end: str, basis: str) -> dict:
    return {"survey_id": survey_id, "pollster": "YouGov", "fieldwork_start": start, "fieldwork_end": end,
            "basis": basis}


def _figure(figure_id: str, survey_id: str, question: str, **fields) -> dict:
    return {"figure_id": figure_id, "survey_id": survey_id, "question_id": f"q{figure_id}", "question": question,
            "subgroup": "all", "unit": "percent", **fields}


def _cited(figure_id: str, value: float, qualifier: str = "exact") -> dict:
    return {"citation_id": f"c{figure_id}", "source_id": "s1", "figure_id": figure_id, "kind": "share",
            "value_cited": str(value), "value_text": f"{value:g}%", "qualifier": qualifier}


SOURCE = [{"source_id": "s1", "outlet": "Daily Example", "text_sha256": SHA_DAILY}]
JUNE = {"pollster": "YouGov", "fieldwork_start": "2022-06", "fieldwork_end": "2022-06"}


def test_a_draft_wording_like_the_articles_matches_a_figure_named_by_the_pollster():
    figures = [_figure("f1", "v1", "Which of these should the country do?", answer="send soldiers abroad",
                       cited_as="want the army deployed overseas", value="5", value_basis="primary")]
    data = Dataset.from_records(figures, [_survey("v1", "2022-06-06", "2022-06-17", "primary")], [], SOURCE)
    v = check_one(cite(4, statement="want the army deployed overseas", **JUNE), data)
    assert (v.verdict, v.figure_id) == ("differs", "f1")


def test_a_survey_fielded_over_a_longer_span_than_the_draft_says_is_a_weaker_match():
    figures = [_figure("f1", "v1", "want the army deployed overseas soon", value="5", value_basis="primary"),
               _figure("f2", "v2", "want the army deployed overseas", value_basis="citations")]
    surveys = [_survey("v1", "2022-06-06", "2022-06-17", "primary"), _survey("v2", "2022-05", "2022-06", "article")]
    data = Dataset.from_records(figures, surveys, [_cited("f2", 5, "range"), _cited("f2", 8, "range")], SOURCE)
    v = check_one(cite(4, statement="want the army deployed overseas", **JUNE), data)
    assert (v.verdict, v.figure_id) == ("differs", "f1")
    assert "a longer span than the draft's" in " ".join(rank_candidates(
        cite(4, statement="want the army deployed overseas", **JUNE), data)[1].reasons)


def test_a_figure_named_by_an_answer_alone_is_never_called_wrong_for_a_draft_naming_a_topic():
    """The linker named a figure "disapprove": which question it answers, its label does not say. A draft's
    "oppose the bypass" fits it by answer only: an equal number agrees, a different one is no misquote."""
    bare = Dataset.of([_cited_elsewhere("f-bare", "disapprove", 47.0)])
    other_number = check_one(cite(52, statement="oppose building the bypass road", **IPSOS_NOVEMBER), bare)
    assert other_number.verdict == "unknown"
    same_number = check_one(cite(47, statement="oppose building the bypass road", **IPSOS_NOVEMBER), bare)
    assert (same_number.verdict, same_number.figure_id) == ("match", "f-bare")
    bare_draft = check_one(cite(52, statement="disapprove", **IPSOS_NOVEMBER), bare)  # answer to answer: checked
    assert (bare_draft.verdict, bare_draft.figure_id) == ("conflict", "f-bare")
    named = Dataset.of([_cited_elsewhere("f-named", "oppose building the bypass road", 47.0)])
    assert check_one(cite(52, statement="oppose building the bypass road", **IPSOS_NOVEMBER), named).verdict == (
        "conflict")


def _known_only_from_outlets(figure_id: str, question: str, values: list[float], subgroup: str = "all") -> Figure:
    """An undated Acme figure that other outlets cite (one citation per outlet)."""
    cited = tuple(Cited(value=v, kind="share", qualifier="exact", source_id=f"s-{i}", outlet=f"Outlet {i}",
                        text_sha256=str(i) * 64) for i, v in enumerate(values))
    return Figure(figure_id=figure_id, survey_id="v-acme", pollster="Acme", fieldwork_start=None, fieldwork_end=None,
                  population="adults", question=question, answer=None, subgroup=subgroup, value=None,
                  unit="percent", value_basis="citations", kinds=frozenset({"share"}), citations=cited)


UNDATED_ACME = Dataset.of([_known_only_from_outlets("f-prices", "say food prices have risen", [71.0, 71.0]),
                           _known_only_from_outlets("f-wages", "say their wages have kept pace", [20.0]),
                           _known_only_from_outlets("f-rent", "say rents have risen", [45.0], subgroup="tenants")])


def test_a_date_neither_side_can_compare_does_not_make_a_match_too_loose_to_flag():
    """Neither the draft nor the dataset dates the survey: the score counts that as a middling fit, but
    it is no evidence against the match, so whether the number is called into question is judged on the
    statement, group and value. A looser paraphrase still is not flagged."""
    from etl.desk import SURE_TO_FLAG

    paraphrase = cite(66.7, value_text="two-thirds", statement="food prices have gone up", pollster="Acme")
    best = rank_candidates(paraphrase, UNDATED_ACME)[0]
    assert best.figure.figure_id == "f-prices" and best.score < SURE_TO_FLAG <= best.sureness
    v = check_one(paraphrase, UNDATED_ACME)
    assert (v.verdict, v.figure_id) == ("conflict", "f-prices") and "71%" in v.message

    loose = cite(66.7, value_text="two-thirds", statement="noticed food prices rising over the past year",
                 pollster="Acme")
    assert check_one(loose, UNDATED_ACME).verdict == "unknown"


def test_a_number_only_shown_a_figure_as_its_best_candidate_does_not_compete_for_it():
    """'half' fits the prices figure too loosely to be taken for it: the draft's two-thirds, which does fit
    it, still stands alone, and its conflict with the other outlets is reported."""
    from etl.desk import TIE_MARGIN

    two_thirds = cite(66.7, value_text="two-thirds", statement="food prices have gone up", pollster="Acme")
    half = cite(50, value_text="half", statement="prices of food in shops", pollster="Acme", start=20, end=24)
    first, second = check_citations([two_thirds, half], UNDATED_ACME)
    assert 0 < first.match_score - second.match_score < TIE_MARGIN  # as good a fit were it a match
    assert (first.verdict, first.figure_id) == ("conflict", "f-prices")
    assert (second.verdict, second.figure_id) == ("unknown", "f-prices")


def test_the_bench_compares_changes_from_the_same_baseline_only():
    """bench/check_quality: '15 points since 2021' is not a misquote of a published '14 points since December
    2022'; 'since December' (no year) may be the same baseline, and is; outlets citing changes from different
    baselines do not disagree."""
    from bench.check_quality import baseline, known_disagreements

    assert baseline("change since Dec 2022 (points)") == (2022, 12)
    assert baseline("rise in backing since December") == (None, 12)
    assert baseline("increase in support, 2019 to 2023") == (2019, None)
    assert baseline("fall since the 2020 election") == (2020, None)
    assert baseline("change since the last poll") is None

    published = [{"survey_key": "s-tax", "question_key": "q-tax", "population": "Freedonian adults", "value": 14,
                  "answer": "agree: change since December 2022 (points)", "note": "change in points"}]
    gold = [
        _gold("A", 15, "Freedonian adults", kind="change", statement="rise in agreement, 2021 to 2023"),  # 0
        _gold("B", 15, "Freedonian adults", kind="change", statement="rise in agreement since December"),  # 1
        _gold("C", 14, "Freedonian adults", kind="change", statement="rise since December 2022"),  # 2
        _gold("D", 9, "Freedonian adults", kind="change", statement="rise since March 2019"),  # 3
        _gold("E", 6, "Freedonian adults", kind="change", statement="rise since March 2020"),  # 4
    ]
    found = known_disagreements(gold, published)
    assert sorted(found) == [1]
    assert found[1][1] == {14.0}


def test_a_group_named_right_after_the_number_is_the_drafts_subgroup(dataset):
    """The extractor gave no subgroup (a clipped statement, an unpunctuated transcript), but the words after
    the number name one the pollster broke its figures down by: the Labour voters' 58%, not a misquote of the
    whole sample's 41%. A group the dataset does not know changes nothing."""
    text = "A YouGov poll in March 2024 found 58% support among Labour voters for a four-day working week."
    start = text.index("58%")
    labour = cite(58, statement="support a four-day working week", start=start, end=start + 3, **YOUGOV_MARCH)
    v = check_one(labour, dataset, text=text)
    assert (v.verdict, v.figure_id) == ("match", "f000000000000006")

    unknown_group = text.replace("Labour voters", "cyclists")
    cyclists = cite(58, statement="support a four-day working week", start=start, end=start + 3, **YOUGOV_MARCH)
    v = check_one(cyclists, dataset, text=unknown_group)
    assert (v.verdict, v.figure_id) == ("differs", "f000000000000001")  # the subgroup stays the whole sample's
    in_sentence = check_one({**cyclists, "sentence_start": 0, "sentence_end": len(unknown_group)}, dataset,
                            text=unknown_group)  # …but the sentence says whose 58% it is: no misquote of the 41%
    assert (in_sentence.verdict, in_sentence.figure_id) == ("unknown", "f000000000000001")
    assert "'among cyclists" in in_sentence.message


def test_a_draft_dated_outside_the_surveys_fieldwork_is_not_called_wrong(dataset):
    """Fieldwork a fortnight off is close enough to be the best candidate, not to be the same wave: a
    pollster asking every month has another wave there, so a different number is no misquote."""
    productive = "say working from home makes them more productive"
    february = check_one(cite(48, statement=productive, pollster="YouGov", fieldwork_start="2024-02-20",
                              fieldwork_end="2024-02-20"), dataset)
    assert (february.verdict, february.figure_id) == ("unknown", "f000000000000002")
    assert "another wave" in february.message and "by 4 points" in february.message
    march = check_one(cite(48, statement=productive, pollster="YouGov", fieldwork_start="2024-03-05",
                           fieldwork_end="2024-03-05"), dataset)
    assert march.verdict == "differs"


# ---------------------------------------------------------------- a wave pinned by the draft's other figures

def _two_waves(*extra: Figure) -> Dataset:
    """Ipsos asked the same three questions in November 2023 and May 2024."""
    figures = [_published(f"f-{name}-{month}", question, None, value, month=month)
               for month, values in (("2023-11", (30.0, 70.0, 44.0)), ("2024-05", (35.0, 62.0, 50.0)))
               for name, question, value in zip(("council", "food", "lanes"), (
                   "trust their local council", "expect food prices to rise", "want more cycle lanes in town"),
                   values, strict=True)]
    return Dataset.of([*figures, *extra])


def _undated(*pairs: tuple[float, str]) -> list[dict]:
    return [cite(value, statement=statement, pollster="Ipsos", start=10 * i, end=10 * i + 3)
            for i, (value, statement) in enumerate(pairs)]


def test_an_undated_drafts_other_figures_pin_the_wave_it_quotes():
    """No date in the draft, so 48% for cycle lanes fits November's 44% and May's 50% alike: alone it is
    no misquote of either. But its council and food-price figures are November's published numbers (and
    no other wave's): the draft quotes November, and 48% is 4 points off — with the reason given."""
    waves = _two_waves()
    lanes = "want more cycle lanes in town"
    alone = check_citations(_undated((48, lanes)), waves)
    assert alone[0].verdict == "unknown" and "more than one survey wave" in alone[0].message
    pinned = check_citations(_undated((30, "trust their local council"), (70, "expect food prices to rise"),
                                      (48, lanes)), waves)
    assert [(v.verdict, v.figure_id) for v in pinned] == [
        ("match", "f-council-2023-11"), ("match", "f-food-2023-11"), ("differs", "f-lanes-2023-11")]
    assert "its other Ipsos figures match this wave (November 2023)" in pinned[2].why
    assert "by 4 points" in pinned[2].message and "the wave its other figures" in pinned[2].message


def test_one_agreeing_figure_or_figures_agreeing_with_different_waves_pin_nothing():
    waves = _two_waves()
    lanes = "want more cycle lanes in town"
    one = check_citations(_undated((30, "trust their local council"), (48, lanes)), waves)
    assert one[1].verdict == "unknown" and "more than one survey wave" in one[1].message
    split = check_citations(_undated((30, "trust their local council"), (62, "expect food prices to rise"),
                                     (48, lanes)), waves)
    assert [v.verdict for v in split] == ["match", "match", "unknown"]
    dated = check_citations([*_undated((30, "trust their local council"), (70, "expect food prices to rise")),
                             cite(48, statement=lanes, pollster="Ipsos", fieldwork_start="2024-05", start=40,
                                  end=43)], waves)
    assert (dated[2].verdict, dated[2].figure_id) == ("differs", "f-lanes-2024-05")  # the draft's own date decides


def test_a_pinned_wave_lends_nothing_to_a_figure_the_statement_does_not_fit():
    """The wave says which survey, not which question: a figure the draft says nothing about (no statement,
    no sentence) gains nothing from being in the pinned wave, and is no candidate to show."""
    draft = [*_undated((30, "trust their local council"), (70, "expect food prices to rise")),
             cite(12, pollster="Ipsos", start=40, end=43)]
    assert check_citations(draft, _two_waves())[2].figure_id is None


GREENS_TRANSCRIPT = ("ipsos numbers today the mayor's approval at 44 percent and 70 percent expect food prices to rise "
                     "and she still has a 9 percent approval among Greens while others slip")


def _mayor(*extra: Figure) -> tuple[list[dict], Dataset]:
    """An unpunctuated transcript (no dates) and two Ipsos waves asking about the mayor, by party."""
    asked = "Do you approve or disapprove of the way the mayor is handling her job?"
    waves = _two_waves(_published("f-mayor-all", asked, "approve", 44.0, month="2023-11"),
                       _published("f-mayor-greens", asked, "approve", 90.0, month="2023-11", subgroup="Greens"),
                       _published("f-mayor-all-may", asked, "approve", 48.0, month="2024-05"),
                       _published("f-mayor-greens-may", asked, "approve", 85.0, month="2024-05", subgroup="Greens"),
                       *extra)
    text = GREENS_TRANSCRIPT

    def at(value_text: str, statement: str) -> dict:
        start = text.index(value_text)
        return cite(float(value_text.split()[0]), value_text=value_text, statement=statement, pollster="Ipsos",
                    start=start, end=start + len(value_text))

    return [at("44 percent", "the mayor's approval"), at("70 percent", "expect food prices to rise"),
            at("9 percent", "and she still has")], waves


def test_an_answer_and_group_after_the_number_name_the_figure_in_the_pinned_wave():
    """'a 9 percent approval among Greens': the extractor's statement is the words before the number, but
    the words after it say what was measured ('approval') and of whom. In the wave the draft's other
    figures pin, one figure of the Greens has that answer: 9% is a misquote of its 90%."""
    draft, waves = _mayor()
    verdicts = check_citations(draft, waves, text=GREENS_TRANSCRIPT)
    assert [(v.verdict, v.figure_id) for v in verdicts] == [
        ("match", "f-mayor-all"), ("match", "f-food-2023-11"), ("differs", "f-mayor-greens")]
    assert "by 81 points" in verdicts[2].message


def test_an_answer_alone_names_no_figure_when_the_group_gave_it_to_two_questions():
    tram = _published("f-tram-greens", "Do you approve or disapprove of the new tram line?", "approve", 75.0,
                      month="2023-11", subgroup="Greens")
    draft, waves = _mayor(tram)
    verdict = check_citations(draft, waves, text=GREENS_TRANSCRIPT)[2]
    assert verdict.verdict not in ("differs", "conflict")


def test_a_group_the_sentence_names_before_the_number_is_no_misquote_of_the_whole_sample(dataset):
    """'Even among cyclists, 58% …': the extractor took it for the whole sample, but the sentence says
    whose number it is. Another number between the group and the draft's is the group's instead."""
    text = "A YouGov poll in March 2024 found that even among cyclists, 58% support a four-day working week."
    start = text.index("58%")
    citation = cite(58, statement="support a four-day working week", start=start, end=start + 3,
                    sentence_start=0, sentence_end=len(text), **YOUGOV_MARCH)
    v = check_one(citation, dataset, text=text)
    assert (v.verdict, v.figure_id) == ("unknown", "f000000000000001") and "'among cyclists'" in v.message
    assert check_one({**citation, "sentence_end": None}, dataset, text=text).verdict == "differs"  # no sentence

    text = "A YouGov poll in March 2024 found 20% among cyclists opposed, and 58% support a four-day working week."
    start = text.index("58%")
    v = check_one({**citation, "start": start, "end": start + 3, "sentence_end": len(text)}, dataset, text=text)
    assert v.verdict == "differs"
