"""Build: linked citations → tables, stable ids, incremental merge, progress, the CLI, and the corpus case."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from etl import build, tables
from etl.cli import main
from etl.link import stable_id
from tests.conftest import CORPUS, PRIMARY, require_corpus

ARTICLES_A = [
    {"id": "t1", "url": "https://example.org/bridge-poll", "outlet": "Example Times", "published": "2024-05-02",
     "text": "A survey by YouGov of 1,000 adults, carried out from 2 to 9 April 2024, found that 41% of "
             "respondents support the new bridge while 52% oppose it. The margin of error is 3 points."},
    {"id": "t2", "url": "https://example.net/news/1", "outlet": "Example Herald", "published": "2024-05-03",
     "text": "According to a YouGov survey conducted in April 2024, 40 per cent of adults back the bridge. "
             "The weather was mild, with 12 millimetres of rain."},
]
ARTICLES_B = [
    {"id": "t3", "url": "https://example.com/story", "outlet": "Example Courier", "published": "2024-11-20",
     "text": "In an October 2024 poll by YouGov, 47% of adults said they support the new bridge, up "
             "six points since April."},
    {"id": "t4", "url": "https://example.info/b", "outlet": "Example Post", "published": "2024-05-10",
     "text": "YouGov questioned 1,000 adults between 2 and 9 April 2024. It found 41 per cent support the new "
             "bridge."},
]


def write_jsonl(path, articles) -> str:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return str(path)


def files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --- linked citations → tables (the linker's ids simulated as hashes of natural keys) ---

def linked(source: int, value: float, text: str, wave: str = "2024-04", statement: str = "support the bridge",
           subgroup: str | None = None, kind: str = "share", start: int = 10) -> dict:
    source_id = stable_id("source", source)
    survey_id = stable_id("Acme Polling", wave)
    question_id = stable_id("Acme Polling", statement)
    return {
        "article_id": f"a{source}", "source_id": source_id, "citation_id": tables.citation_id(source_id, start,
                                                                                              start + 3, kind),
        "survey_id": survey_id, "question_id": question_id, "figure_id": stable_id(survey_id, question_id, subgroup),
        "kind": kind, "value": value, "unit": tables.KIND_UNIT[kind], "value_text": text, "start": start,
        "end": start + 3, "qualifier": "exact", "confidence": 0.9, "extractor_version": "test",
        "statement": statement, "subgroup": subgroup, "pollster": "Acme Polling", "fieldwork_start": f"{wave}-03",
        "fieldwork_end": None, "date_precision": "month", "population": "adults", "sponsor": None,
        "geography": "GB", "sample_size": None, "margin_of_error": None,
    }


def sources_for(*numbers: int) -> list[dict]:
    return [{"source_id": stable_id("source", n), "url": f"https://example.org/{n}", "text_sha256": "0" * 64}
            for n in numbers]


def test_one_figure_across_outlets_with_null_value_and_basis_citations():
    cites = [linked(1, 41, "41%"), linked(2, 41, "41 per cent"), linked(3, 40.6, "40.6%")]
    out = tables.build_tables(sources_for(1, 2, 3), cites)
    assert len(out["surveys"]) == 1 and len(out["figures"]) == 1 and len(out["citations"]) == 3
    figure = out["figures"].iloc[0]
    assert pd.isna(figure["value"]) and figure["value_basis"] == "citations" and figure["subgroup"] == "all"
    assert set(out["citations"]["figure_id"]) == {figure["figure_id"]}


def test_conflicting_citations_make_the_figure_unresolved():
    out = tables.build_tables(sources_for(1, 2), [linked(1, 4, "four per cent"), linked(2, 5, "5%")])
    assert list(out["figures"]["value_basis"]) == ["unresolved"]


def test_waves_are_apart_but_a_question_across_waves_shares_question_id():
    out = tables.build_tables(sources_for(1, 2), [linked(1, 41, "41%"), linked(2, 47, "47%", wave="2024-10")])
    assert len(out["surveys"]) == 2 and len(out["figures"]) == 2
    assert out["figures"]["question_id"].nunique() == 1
    assert sorted(out["surveys"]["fieldwork_start"]) == ["2024-04", "2024-10"]
    assert set(out["surveys"]["date_precision"]) == {"month"}


def test_subgroups_are_their_own_figures():
    out = tables.build_tables(sources_for(1), [linked(1, 41, "41%"), linked(1, 63, "63%", subgroup="Labour voters",
                                                                            start=50)])
    assert sorted(out["figures"]["subgroup"]) == ["Labour voters", "all"]


def test_survey_metadata_is_the_most_common_value_with_a_deterministic_tie_break():
    cites = [linked(1, 41, "41%"), linked(2, 41, "41%"), linked(3, 41, "41%")]
    cites[0]["population"], cites[1]["population"], cites[2]["population"] = "voters", "adults", "adults"
    cites[0]["sample_size"], cites[1]["sample_size"] = 1500, 1000
    out = tables.build_tables(sources_for(1, 2, 3), cites)
    survey = out["surveys"].iloc[0]
    assert survey["population"] == "adults" and survey["sample_size"] == 1000 and survey["basis"] == "article"
    reversed_out = tables.build_tables(sources_for(1, 2, 3), cites[::-1])
    pd.testing.assert_frame_equal(out["surveys"], reversed_out["surveys"])


def test_rounding_intervals_follow_the_last_written_digit():
    cites = pd.DataFrame({"value_cited": [5.0, 4.6, 20.0, 70.0, 1500.0],
                          "value_text": ["5%", "4.6 per cent", "one in five", "more than 70%", "1,500"],
                          "qualifier": ["exact", "exact", "exact", "more_than", "exact"]})
    spans = tables.citation_intervals(cites)
    assert list(spans.iloc[0]) == [4.5, 5.5] and list(spans.iloc[1]) == [4.55, 4.65]
    assert list(spans.iloc[2]) == [17.5, 22.5] and spans.iloc[3]["hi"] == float("inf")
    assert list(spans.iloc[4]) == [1499.5, 1500.5]


def test_citations_without_kind_value_or_span_are_skipped():
    good = {"kind": "share", "value": 41.0, "start": 3, "end": 6}
    assert build.placeable(good)
    for broken in ({"kind": "ratio"}, {"value": float("nan")}, {"value": None}, {"start": None}, {"end": 1}):
        assert not build.placeable({**good, **broken}), broken


# --- id alignment for incremental builds ---

def test_align_ids_maps_new_link_ids_onto_existing_ones():
    existing = {"article_id": "\x00existing:x", "existing": ("s_old", "q_old", "f_old"), "survey_id": "s_new",
                "question_id": "q_new", "figure_id": "f_new"}
    new = {"article_id": "a1", "survey_id": "s_new", "question_id": "q_new", "figure_id": "f_new"}
    other = {"article_id": "a2", "survey_id": "s2", "question_id": "q2", "figure_id": "f2"}
    out = build.align_ids([existing, new, other])
    assert [(c["survey_id"], c["question_id"], c["figure_id"]) for c in out] == [
        ("s_old", "q_old", "f_old"), ("s2", "q2", "f2")]


# --- whole builds over fixture articles ---

def test_two_builds_over_the_same_input_are_byte_identical(tmp_path):
    inputs = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)
    build.build([inputs], tmp_path / "one", rebuild=True)
    build.build([inputs], tmp_path / "two", rebuild=True)
    assert files(tmp_path / "one") == files(tmp_path / "two")
    assert set(files(tmp_path / "one")) >= {"sources.csv", "surveys.csv", "figures.csv", "citations.csv",
                                            "checks.csv", "datapackage.json", "README.md"}


def test_incremental_build_keeps_every_earlier_row_and_rebuild_starts_fresh(tmp_path):
    out = tmp_path / "data"
    first, _ = build.build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, rebuild=True)
    second, _ = build.build([write_jsonl(tmp_path / "b.jsonl", ARTICLES_B)], out)
    for name, key in (("sources", "source_id"), ("surveys", "survey_id"), ("figures", "figure_id"),
                      ("citations", "citation_id")):
        assert set(first[name][key]) <= set(second[name][key]), name
    assert len(second["sources"]) == 4
    fresh, _ = build.build([str(tmp_path / "b.jsonl")], out, rebuild=True)
    assert len(fresh["sources"]) == 2


def test_incremental_build_joins_new_citations_to_the_existing_survey(tmp_path):
    out = tmp_path / "data"
    first, _ = build.build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, rebuild=True)
    second, _ = build.build([write_jsonl(tmp_path / "b.jsonl", ARTICLES_B)], out)
    t4 = second["sources"].loc[second["sources"]["url"] == "https://example.info/b", "source_id"].iloc[0]
    t4_figures = second["citations"].loc[second["citations"]["source_id"] == t4, "figure_id"]
    t4_surveys = set(second["figures"].loc[second["figures"]["figure_id"].isin(t4_figures), "survey_id"])
    assert t4_surveys and t4_surveys <= set(first["surveys"]["survey_id"])


def test_incremental_build_of_the_same_articles_changes_nothing_even_with_primary(tmp_path):
    out = tmp_path / "data"
    inputs = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)
    published = tmp_path / "primary.jsonl"
    published.write_text(json.dumps({
        "survey_key": "yg-2024-04", "pollster": "YouGov", "population": "adults", "geography": "GB",
        "fieldwork_start": "2024-04-02", "fieldwork_end": "2024-04-09", "sample_size": 1000,
        "question": "Do you support or oppose the new bridge?", "answer": "support", "question_key": "bridge",
        "value": 40.6, "url": "https://yougov.example/bridge", "source_type": "pollster_site"}) + "\n")
    build.build([inputs], out, published, rebuild=True)
    before = files(out)
    build.build([inputs], out, published)
    assert files(out) == before


def test_cli_reports_bad_lines_builds_the_rest_and_exits_2(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(ARTICLES_A[0]) + "\n{not json\n", encoding="utf-8")
    status = main(["build", str(path), "--out", str(tmp_path / "data"), "--rebuild"])
    err = capsys.readouterr().err
    assert status == 2 and f"{path}:2: malformed JSON" in err
    assert len(pd.read_csv(tmp_path / "data" / "sources.csv")) == 1


def test_an_extractor_crash_on_one_article_skips_it_and_keeps_the_rest(tmp_path, monkeypatch, capsys):
    real = build.extract_article

    def fragile(article, min_confidence=0.0):
        if article.id == "t2":
            raise RuntimeError("odd text")
        return real(article, min_confidence)

    monkeypatch.setattr(build, "extract_article", fragile)
    status = main(["build", write_jsonl(tmp_path / "a.jsonl", ARTICLES_A), "--out", str(tmp_path / "data")])
    assert status == 2 and "article 't2': extraction failed (RuntimeError: odd text)" in capsys.readouterr().err
    assert list(pd.read_csv(tmp_path / "data" / "sources.csv")["url"]) == ["https://example.org/bridge-poll"]


def test_failed_build_leaves_the_previous_package(tmp_path, monkeypatch, capsys):
    out = tmp_path / "data"
    inputs = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)
    build.build([inputs], out, rebuild=True)
    before = files(out)

    def broken_checks(_tables):
        raise ValueError("checks crashed (injected)")

    monkeypatch.setattr(build.checks_module, "run_checks", broken_checks)
    status = main(["build", write_jsonl(tmp_path / "b.jsonl", ARTICLES_B), "--out", str(out)])
    assert status == 1 and "injected" in capsys.readouterr().err
    assert files(out) == before


def test_progress_line_shows_done_total_rate_and_time_left():
    stream = io.StringIO()
    progress = build.Progress(total=200, stream=stream, every=0)
    progress.done = 99
    assert progress.line(elapsed=2.0) == "articles 99/200  50/s  2 s left"
    progress.step()
    assert stream.getvalue().startswith("articles 100/200")


def test_parallel_build_gives_the_same_package(tmp_path):
    inputs = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A + ARTICLES_B)
    build.build([inputs], tmp_path / "serial", rebuild=True)
    build.build([inputs], tmp_path / "parallel", rebuild=True, jobs=2)
    assert files(tmp_path / "serial") == files(tmp_path / "parallel")


# --- the development corpus ---

@pytest.mark.corpus
def test_corpus_build_flags_the_june_2022_chatham_house_belarus_wave(tmp_path):
    """One article says four per cent would back sending troops, others (and the director) say 5%."""
    require_corpus()
    out, _ = build.build([CORPUS / "articles.jsonl"], tmp_path / "data", PRIMARY if PRIMARY.exists() else None,
                         rebuild=True)
    surveys = out["surveys"]
    june = surveys[surveys["pollster"].fillna("").str.contains("Chatham", case=False)
                   & surveys["fieldwork_start"].fillna("").str.startswith("2022-06")]
    cites = out["citations"][out["citations"]["kind"] == "share"]
    flagged = out["checks"][out["checks"]["check"].isin(["conflicting_citations", "differs_from_published"])
                            & out["checks"]["survey_id"].isin(june["survey_id"])]
    values_of = cites.groupby("figure_id")["value_cited"].agg(set)
    cited_value = cites.set_index("citation_id")["value_cited"]
    hits = [c for c in flagged.itertuples(index=False)
            if (c.check == "conflicting_citations" and {4.0, 5.0} <= values_of.get(c.figure_id, set()))
            or (c.check == "differs_from_published" and cited_value.get(c.citation_id) == 4.0)]
    assert hits, "no conflicting/differs check on a June 2022 Chatham House figure cited as both 4% and 5%"
