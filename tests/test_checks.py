"""Each check fires on a small hand-made table that has the problem and stays silent on one that does not."""

from __future__ import annotations

import pandas as pd

from etl import checks
from etl.package import conform

S1, S2 = "a" * 16, "b" * 16
F1, F2, F3, FC = "1" * 16, "2" * 16, "3" * 16, "c" * 16
Q1, Q2 = "d" * 16, "e" * 16


def surveys(*rows: dict) -> pd.DataFrame:
    base = {"pollster": "Acme Polling", "fieldwork_start": "2024-03-01", "basis": "article"}
    return conform(pd.DataFrame([{**base, **r} for r in rows]), "surveys")


def figures(*rows: dict) -> pd.DataFrame:
    base = {"survey_id": S1, "question_id": Q1, "question": "back the new bridge", "subgroup": "all",
            "unit": "percent", "value_basis": "citations"}
    return conform(pd.DataFrame([{**base, **r} for r in rows]), "figures")


def citations(*rows: dict) -> pd.DataFrame:
    out = []
    for i, r in enumerate(rows):
        out.append({"citation_id": f"{i:016x}", "source_id": f"{i % 3:016x}", "kind": "share", "char_start": 0,
                    "char_end": 3, "qualifier": "exact", "confidence": 1.0, **r})
    return conform(pd.DataFrame(out), "citations")


SOURCES = conform(pd.DataFrame([{"source_id": f"{i:016x}", "outlet": f"Outlet {i}", "text_sha256": "0" * 64}
                                for i in range(3)]), "sources")


def cite(figure_id: str, value: float, text: str, **extra) -> dict:
    return {"figure_id": figure_id, "value_cited": value, "value_text": text, **extra}


def test_conflicting_citations_fires_when_rounding_intervals_do_not_overlap():
    found = checks.conflicting_citations(figures({"figure_id": F1}), surveys({"survey_id": S1}),
                                         citations(cite(F1, 4, "four per cent"), cite(F1, 5, "5%")), SOURCES)
    assert len(found) == 1
    assert found[0]["figure_id"] == F1 and found[0]["survey_id"] == S1
    assert "four per cent" in found[0]["message"] and "5%" in found[0]["message"]


def test_conflicting_citations_needs_two_outlets_to_disagree():
    one_article = citations(cite(F1, 13, "13%", source_id="0" * 16), cite(F1, 25, "25%", source_id="0" * 16),
                            cite(F1, 13, "13 per cent", source_id="1" * 16))
    assert checks.conflicting_citations(figures({"figure_id": F1}), surveys({"survey_id": S1}), one_article,
                                        SOURCES) == []
    two_articles = citations(cite(F1, 13, "13%", source_id="0" * 16), cite(F1, 25, "25%", source_id="1" * 16))
    assert len(checks.conflicting_citations(figures({"figure_id": F1}), surveys({"survey_id": S1}), two_articles,
                                            SOURCES)) == 1


def test_conflicting_citations_silent_within_rounding():
    found = checks.conflicting_citations(figures({"figure_id": F1}), surveys({"survey_id": S1}),
                                         citations(cite(F1, 5, "5%"), cite(F1, 4.6, "4.6%"), cite(F1, 5, "five")),
                                         SOURCES)
    assert found == []


def test_differs_from_published_flags_only_the_citation_outside_rounding():
    figs = figures({"figure_id": F1, "value": 4.6, "value_basis": "primary"})
    cites = citations(cite(F1, 5, "5%"), cite(F1, 4, "4%"))
    found = checks.differs_from_published(figs, surveys({"survey_id": S1}), cites, SOURCES)
    assert [f["citation_id"] for f in found] == [cites["citation_id"][1]]
    assert "4.6" in found[0]["message"] and "4%" in found[0]["message"]


def test_differs_from_published_ignores_figures_without_a_published_value():
    found = checks.differs_from_published(figures({"figure_id": F1}), surveys({"survey_id": S1}),
                                          citations(cite(F1, 4, "4%")), SOURCES)
    assert found == []


def test_sum_over_100_fires_for_cited_answer_options_adding_past_rounding():
    figs = figures({"figure_id": F1, "answer": "yes"}, {"figure_id": F2, "answer": "no", "question_id": Q2})
    found = checks.sum_over_100(figs, surveys({"survey_id": S1}),
                                citations(cite(F1, 62, "62%"), cite(F2, 45, "45%")))
    assert len(found) == 1 and "107" in found[0]["message"] and found[0]["survey_id"] == S1


def test_sum_over_100_allows_rounding():
    figs = figures({"figure_id": F1, "answer": "yes"}, {"figure_id": F2, "answer": "no", "question_id": Q2})
    found = checks.sum_over_100(figs, surveys({"survey_id": S1}),
                                citations(cite(F1, 51, "51%"), cite(F2, 50, "50%")))
    assert found == []


def test_share_out_of_range_fires_on_a_cited_share_above_100():
    found = checks.share_out_of_range(figures({"figure_id": F1}), surveys({"survey_id": S1}),
                                      citations(cite(F1, 120, "120%"), cite(F1, 20, "20%")), SOURCES)
    assert len(found) == 1 and "120%" in found[0]["message"]


def test_share_out_of_range_silent_for_valid_shares_and_for_sample_sizes():
    found = checks.share_out_of_range(figures({"figure_id": F1}), surveys({"survey_id": S1}),
                                      citations(cite(F1, 100, "100%"), cite(F1, 1500, "1,500", kind="sample_size")),
                                      SOURCES)
    assert found == []


def _two_waves(change_value: float, change_text: str):
    survey_table = surveys({"survey_id": S1, "fieldwork_start": "2024-01"},
                           {"survey_id": S2, "fieldwork_start": "2024-06"})
    figs = figures({"figure_id": F1, "survey_id": S1, "value": 40, "value_basis": "primary"},
                   {"figure_id": F2, "survey_id": S2, "value": 45, "value_basis": "primary"},
                   {"figure_id": FC, "survey_id": S2, "unit": "points"})
    cites = citations(cite(FC, change_value, change_text, kind="change"))
    return figs, survey_table, cites


def test_change_disagrees_fires_when_stated_change_is_not_the_difference_between_waves():
    figs, survey_table, cites = _two_waves(12, "up 12 points")
    found = checks.change_disagrees(figs, survey_table, cites, SOURCES)
    assert len(found) == 1 and "a change of 5 points" in found[0]["message"]


def test_change_disagrees_silent_when_change_matches():
    figs, survey_table, cites = _two_waves(5, "up five points")
    assert checks.change_disagrees(figs, survey_table, cites, SOURCES) == []


def test_implausible_margin_of_error_fires_for_a_margin_too_small_for_the_sample():
    found = checks.implausible_margin_of_error(surveys({"survey_id": S1, "sample_size": 500, "margin_of_error": 1.0}))
    assert len(found) == 1 and "4.4" in found[0]["message"]


def test_implausible_margin_of_error_silent_near_98_over_root_n():
    assert checks.implausible_margin_of_error(surveys({"survey_id": S1, "sample_size": 1000,
                                                       "margin_of_error": 3.1})) == []


def test_unattributed_fires_without_pollster_or_date_and_not_otherwise():
    survey_table = surveys({"survey_id": S1}, {"survey_id": S2, "pollster": None, "fieldwork_start": None})
    figs = figures({"figure_id": F1, "survey_id": S1}, {"figure_id": F2, "survey_id": S2})
    found = checks.unattributed(figs, survey_table)
    assert [f["figure_id"] for f in found] == [F2]
    assert "pollster and fieldwork date" in found[0]["message"]


def test_run_checks_gives_a_valid_sorted_table_with_stable_ids():
    figs = figures({"figure_id": F1}, {"figure_id": F3, "survey_id": S2})
    tables = {"figures": figs, "surveys": surveys({"survey_id": S1}, {"survey_id": S2, "pollster": None}),
              "citations": citations(cite(F1, 4, "4%"), cite(F1, 5, "5%")), "sources": SOURCES}
    first, second = checks.run_checks(tables), checks.run_checks(tables)
    assert set(first["check"]) == {"conflicting_citations", "unattributed"}
    assert first["check_id"].is_unique and list(first["check_id"]) == sorted(first["check_id"])
    pd.testing.assert_frame_equal(first, second)
