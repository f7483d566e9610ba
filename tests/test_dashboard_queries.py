"""Queries behind the dashboard pages and downloads, over a tiny hand-written package whose numbers are known."""

from __future__ import annotations

import io
from urllib.parse import parse_qs

import pandas as pd
import pytest

from dashboard import queries
from dashboard.store import CARDINALITY_SAMPLE, build_package, column_arrays, group_positions, topic_of
from dashboard.synthetic import EXAMPLE_TEXT, content_id, example_tables, write_package

F_YES, F_NO, F_YES2, F_TROOPS = (content_id("figure", key) for key in ("yes-1", "no-1", "yes-2", "troops"))
S1, S2 = content_id("survey", "wave-1"), content_id("survey", "wave-2")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return build_package(write_package(tmp_path_factory.mktemp("example"), example_tables()))


def ids(result: queries.ExploreResult) -> set[str]:
    return {row["figure_id"] for row in result.rows}


def test_malformed_url_parameters_fall_back_to_defaults():
    params = queries.parse_explore({"page": "abc", "from": "2022-13-45", "to": "not a date", "sort": "evil()",
                                    "disagree": "maybe", "q": "x" * 5000, "pollster": [str(i) for i in range(50)]})
    assert params.page == 1 and params.date_from == "" and params.date_to == ""
    assert params.sort == "newest" and params.disagree is False
    assert len(params.q) == queries.MAX_QUERY_CHARS
    assert len(params.pollster) == queries.MAX_FACET_VALUES
    assert queries.parse_explore({"page": "-3"}).page == 1
    assert queries.parse_explore({"page": "99999999999"}).page == 100_000  # bounded


def test_url_state_round_trips():
    params = queries.parse_explore({"q": "  trust   the  ", "pollster": ["A & B", "C"], "country": "GB",
                                    "from": "2022-01-01", "disagree": "1", "page": "3", "sort": "most_cited"})
    assert params.q == "trust the"
    again = queries.parse_explore({k: v if len(v) > 1 else v[0] for k, v in parse_qs(params.to_query()).items()})
    assert again == params
    assert queries.ExploreParams().to_query() == ""


def test_search_matches_questions_pollsters_and_outlets(package):
    all_figures = queries.explore(package, queries.ExploreParams())
    assert all_figures.total == 4 and all_figures.surveys == 2 and all_figures.citations == 5
    assert ids(queries.explore(package, queries.parse_explore({"q": "troops"}))) == {F_TROOPS}
    assert ids(queries.explore(package, queries.parse_explore({"q": "morning sample"}))) == {F_TROOPS, F_YES2}
    assert ids(queries.explore(package, queries.parse_explore({"q": "NORTHFIELD trust yes"}))) == {F_YES, F_YES2}
    assert queries.explore(package, queries.parse_explore({"q": "nothing-like-this"})).total == 0


def test_facets_dates_and_disagreement_filter(package):
    assert ids(queries.explore(package, queries.parse_explore({"disagree": "1"}))) == {F_TROOPS}
    assert ids(queries.explore(package, queries.parse_explore({"from": "2023-01-01"}))) == {F_YES2}
    assert ids(queries.explore(package, queries.parse_explore({"to": "2022-12-31"}))) == {F_YES, F_NO, F_TROOPS}
    assert queries.explore(package, queries.parse_explore({"country": "US"})).total == 0
    assert queries.explore(package, queries.parse_explore({"country": "GB", "topic": "Government"})).total == 3
    newest = queries.explore(package, queries.parse_explore({"sort": "newest"}))
    assert newest.rows[0]["figure_id"] == F_YES2
    most_cited = queries.explore(package, queries.parse_explore({"sort": "most_cited"}))
    assert most_cited.rows[0]["n_citations"] == 2


def test_results_carry_their_sources(package):
    row = next(r for r in queries.explore(package, queries.ExploreParams()).rows if r["figure_id"] == F_TROOPS)
    assert [(s["outlet"], s["url"]) for s in row["sources"]] == [
        ("Example Herald", "https://news.example.com/a"), ("Morning Sample", "https://news.example.com/b")]


def test_pagination_is_bounded(package):
    result = queries.explore(package, queries.parse_explore({"page": "40"}), page_size=3)
    assert result.pages == 2 and result.page == 2 and len(result.rows) == 1


def test_facet_options_count_figures(package):
    options = queries.facet_options(package)
    assert options["pollster"] == [{"label": "Northfield Research (4)", "value": "Northfield Research"}]
    assert {o["value"] for o in options["topic"]} == {"Government", "War and security"}


def test_disagreeing_citation_is_flagged_and_value_falls_back_to_citations(package):
    citations = queries.figure_citations(package, F_TROOPS)
    assert [(c["outlet"], bool(c["disagrees"])) for c in citations] == [("Example Herald", False),
                                                                          ("Morning Sample", True)]
    assert queries.figure_record(package, F_YES2)["display_value"] == 40
    assert queries.figure_record(package, "0" * 16) is None


def test_verdicts_in_plain_words(package):
    figure = queries.figure_record(package, F_TROOPS)
    herald, morning = queries.figure_citations(package, F_TROOPS)
    assert queries.verdict(herald, figure) == ("Matches the published value", "ok")
    assert queries.verdict(morning, figure)[0] == "Differs from the published 4.6 by 0.6 points"
    article = queries.source_citations(package, content_id("source", "b"))
    assert [c["verdict"] for c in article] == ["Differs from the published 4.6 by 0.6 points",
                                               "Agrees with other citations; no published value"]


def test_series_joins_waves_of_the_same_question(package):
    waves = queries.series(package, queries.figure_record(package, F_YES))
    assert [(w["figure_id"], w["display_value"]) for w in waves] == [(F_YES, 43), (F_YES2, 40)]
    assert queries.series(package, queries.figure_record(package, F_TROOPS)) == []


def test_checks_are_listed_once(package):
    checks = queries.checks_for(package, figure_id=F_TROOPS)
    assert [c["check"] for c in checks] == ["differs_from_published"]
    assert queries.checks_for(package, figure_id=F_YES) == []


def test_source_line_and_fieldwork_phrases():
    survey = {"pollster": "Northfield Research", "sample_size": 804.0, "population": "urban adults",
              "fieldwork_start": "2022-06-06", "fieldwork_end": "2022-06-17", "date_precision": "day"}
    assert queries.source_line(survey, 4) == ("Source: Northfield Research survey of 804 urban adults, "
                                              "6–17 June 2022 · cited by 4 outlets")
    assert queries.fieldwork_phrase({"fieldwork_start": "2022-06", "date_precision": "month"}) == "June 2022"
    assert queries.fieldwork_phrase({"fieldwork_start": "2021", "date_precision": "year"}) == "2021"
    assert queries.fieldwork_phrase({"fieldwork_start": "2022-05-30", "fieldwork_end": "2022-06-02"}) == \
        "30 May – 2 June 2022"
    assert queries.survey_description({}) == "Unattributed survey"


def test_downloads_are_exactly_the_chart_rows_and_escape_formulas(package):
    rows = queries.figure_chart_rows(package, F_TROOPS)
    assert list(rows.columns) == queries.FIGURE_DOWNLOAD
    assert rows["value_cited"].tolist() == [5, 4] and rows["published_value"].tolist() == [4.6, 4.6]
    survey_rows = queries.survey_chart_rows(package, S1)
    assert sorted(survey_rows["figure_id"]) == sorted([F_YES, F_NO, F_TROOPS])
    sources = pd.read_csv(io.StringIO(queries.to_csv(package.tables["sources"])), dtype=str)
    assert sources.loc[sources["outlet"] == "Morning Sample", "title"].item().startswith("'=HYPERLINK")
    assert queries.escape_formula("-3 points") == "'-3 points"
    assert queries.escape_formula("43%") == "43%"
    numbers = queries.to_csv(pd.DataFrame({"change": [-3.0, 2.5]}))
    assert numbers.splitlines()[1] == "-3"  # numbers are data, not formulas: left alone


def test_context_sentence_keeps_the_cited_span():
    start = EXAMPLE_TEXT.index("5 per cent")
    before, span, after = queries.context_sentence(EXAMPLE_TEXT, start, start + 10)
    assert span == "5 per cent" and before == "Only " and after.startswith(" of urban adults")
    assert after.endswith("said.")
    assert queries.context_sentence(EXAMPLE_TEXT, 500, 510) is None
    assert queries.context_sentence(EXAMPLE_TEXT, start, start + 10, limit=6) == ("…ly ", "5 per cent", " of…")


def test_topics_match_at_word_starts():
    table = [("War and security", "troops"), ("Elections", "vot")]
    assert topic_of("Would support sending troops", table) == "War and security"
    assert topic_of("Plan to vote in May", table) == "Elections"
    assert topic_of("Pivot to video", table) == "Other"


def test_missing_package_files_give_an_empty_site(tmp_path):
    empty = build_package(tmp_path)
    result = queries.explore(empty, queries.parse_explore({"q": "anything", "country": "GB"}))
    assert result.total == 0 and result.rows == []


def test_survey_chart_draws_percentages_only():
    rows = [{"figure_id": "a", "display_value": 43.0, "unit": "percent"},
            {"figure_id": "b", "display_value": 2000.0, "unit": "respondents"},
            {"figure_id": "c", "display_value": float("nan"), "unit": "percent"}]
    assert [row["figure_id"] for row in queries.chart_figures(rows)] == ["a"]


def test_verdict_wording_for_one_point_and_counts():
    assert queries.verdict({"value_cited": 60.0}, {"value": 61.0, "unit": "percent"})[0] == \
        "Differs from the published 61 by 1 point"
    assert queries.verdict({"value_cited": 2011.0}, {"value": 2000.0, "unit": "respondents"})[0] == \
        "Differs from the published 2000 by 11 respondents"


def test_column_arrays_keep_every_row_of_long_tables():
    n = CARDINALITY_SAMPLE * 3
    frame = pd.DataFrame({"id": [f"{i:016x}" for i in range(n)], "kind": ["share", "change", None] * (n // 3)},
                         dtype="str")
    arrays = column_arrays(frame)
    assert arrays["id"].tolist() == frame["id"].tolist()
    assert arrays["kind"].tolist() == ["share", "change", None] * (n // 3)
    assert arrays["kind"][0] is arrays["kind"][3]  # repeated text stored once


def test_group_positions_keeps_row_order_and_skips_missing_keys():
    groups = group_positions([1, 0, -1, 1, 0], pd.Index(["a", "b", "unused"]))
    assert {key: rows.tolist() for key, rows in groups.items()} == {"a": [1, 4], "b": [0, 3]}
    assert group_positions([], []) == {}


def test_figure_checks_are_found_when_survey_level_checks_come_first(tmp_path):
    tables = example_tables()
    checks = tables["checks"]
    survey_level = pd.DataFrame([[f"{i:016x}", "implausible_margin_of_error", "info", None, S2, None,
                                  f"Survey-level note {i}."] for i in range(3)], columns=checks.columns)
    tables["checks"] = pd.concat([survey_level, checks])
    package = build_package(write_package(tmp_path, tables))
    assert [c["message"] for c in queries.checks_for(package, figure_id=F_TROOPS)] == [checks["message"].iloc[0]]
    assert len(queries.checks_for(package, survey_id=S2)) == 3


def test_explore_rows_are_every_match_in_view_order(package):
    params = queries.parse_explore({"sort": "oldest"})
    one_per_page = [queries.explore(package, queries.parse_explore({"sort": "oldest", "page": str(n)}), page_size=1)
                    .rows[0]["figure_id"] for n in range(1, 5)]
    assert list(queries.explore_rows(package, params)["figure_id"]) == one_per_page
    assert list(queries.explore_rows(package, queries.parse_explore({"q": "troops"}))["figure_id"]) == [F_TROOPS]


def test_source_and_survey_tables_download_what_their_pages_list(package):
    source_a = content_id("source", "a")
    rows = queries.source_table_rows(package, source_a)
    assert list(rows.columns) == queries.SOURCE_DOWNLOAD
    assert sorted(rows["figure_id"]) == sorted([F_TROOPS, F_YES])
    assert set(rows["verdict"]) == {"Matches the published value"}
    assert queries.source_table_rows(package, "ffffffffffffffff").empty
    assert sorted(queries.survey_table_rows(package, S1)["figure_id"]) == sorted([F_YES, F_NO, F_TROOPS])


def test_figure_titles_join_question_and_answer_readably():
    assert queries.figure_title({"question": "Trust the government", "answer": "Yes", "subgroup": "all"}) == \
        "Trust the government: Yes"
    assert queries.figure_title({"question": "Would you vote?", "answer": "No", "subgroup": "women"}) == \
        "Would you vote? — No (women)"
    assert queries.figure_title({"question": "Backs the plan", "answer": None}) == "Backs the plan"
    assert queries.figure_title({}) == "Statement not identified"


def test_sibling_figures_put_the_same_question_first_and_count_them_all(package):
    troops = queries.figure_record(package, F_TROOPS)
    shown, total = queries.sibling_figures(package, troops)
    assert [row["figure_id"] for row in shown] == [F_NO, F_YES] and total == 2  # survey order, itself left out
    shown, total = queries.sibling_figures(package, queries.figure_record(package, F_YES), limit=1)
    assert [row["figure_id"] for row in shown] == [F_NO] and total == 2  # the other answer before other questions
    assert queries.sibling_figures(package, queries.figure_record(package, F_YES2)) == ([], 0)  # alone in its wave


def test_headline_gives_disagreeing_outlets_range_when_nothing_was_published():
    unresolved = {"value": None, "display_value": 56.7, "unit": "percent"}
    disputed = [{"value_cited": 51.4, "disagrees": True}, {"value_cited": 62.0, "disagrees": True}]
    assert queries.headline_value(unresolved, disputed) == "51.4–62%"  # not the median nobody cited
    assert queries.headline_value({**unresolved, "value": 56.0, "display_value": 56.0}, disputed) == "56%"
    agreeing = [{"value_cited": 56.7, "disagrees": False}, {"value_cited": 56.7, "disagrees": False}]
    assert queries.headline_value(unresolved, agreeing) == "56.7%"
    samples = [{"value_cited": 1115.0, "disagrees": True}, {"value_cited": 1000.0, "disagrees": True}]
    assert queries.headline_value({"value": None, "display_value": 1057.5, "unit": "respondents"},
                                  samples) == "1,000–1,115"
