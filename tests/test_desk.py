"""The desk's matching and verdict logic, on constructed citations and a constructed package.

`write_desk_package` builds the small fixture package the CLI and browser tests also serve. Every
figure, outlet and sentence here is made up for the tests.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from etl.desk import (
    MAX_DRAFT_BYTES,
    agreement_of,
    check_citations,
    check_one,
    draft_too_large,
    line_col,
    summarize,
    summary_sentence,
)
from etl.desk_data import Dataset, Figure, load_dataset

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
HEADERS = {
    "sources": ["source_id", "url", "outlet", "title", "published", "retrieved", "text_sha256"],
    "surveys": ["survey_id", "pollster", "sponsor", "population", "geography", "fieldwork_start", "fieldwork_end",
                "date_precision", "sample_size", "mode", "margin_of_error", "primary_url", "basis"],
    "figures": ["figure_id", "survey_id", "question_id", "question", "answer", "subgroup", "value", "unit",
                "value_basis"],
    "citations": ["citation_id", "source_id", "figure_id", "kind", "value_cited", "value_text", "char_start",
                  "char_end", "qualifier", "confidence", "extractor_version"],
    "checks": ["check_id", "check", "severity", "figure_id", "survey_id", "citation_id", "message"],
}
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
])
def test_agreement_allows_for_rounding_and_qualifiers(cited, qualifier, reference, unit, expected):
    assert agreement_of(cited, qualifier, reference, unit) == expected


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


def test_an_outlet_citing_several_numbers_for_one_figure_is_no_evidence(dataset):
    agrees = check_one(cite(61, statement="expect food prices to rise", **IPSOS_NOVEMBER), dataset)
    assert (agrees.verdict, agrees.figure_id) == ("match", "f000000000000007")
    other = check_one(cite(55, statement="expect food prices to rise", **IPSOS_NOVEMBER), dataset)
    assert (other.verdict, other.figure_id) == ("unknown", "f000000000000007")
    assert "several different numbers" in other.message


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
    assert "statement 45% similar" in v.why


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
