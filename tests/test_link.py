"""Linking citations of made-up articles into surveys, questions (series) and figures."""

from __future__ import annotations

import random
import re

from etl.link import link_citations, stable_id


def cite(article: str, statement: str, value: float, *, pollster: str | None = "Gallup", start: str | None = "2023-04",
         subgroup: str | None = None, published: str | None = None, position: int = 0) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "start": position, "end": position + 3,
        "pollster": pollster, "statement": statement, "subgroup": subgroup, "fieldwork_start": start,
        "fieldwork_end": start, "published": published,
    }


def by_article(linked: list[dict]) -> dict[str, dict]:
    return {c["article_id"]: c for c in linked}


def test_one_figure_across_outlets_citing_different_values():
    linked = by_article(link_citations([
        cite("a", "said they would support sending troops to the front", 4),
        cite("b", "would support sending troops", 5),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"]


def test_different_waves_are_different_surveys_of_one_series():
    linked = by_article(link_citations([
        cite("a", "approve of the way the president is handling the job", 40, start="2023-03"),
        cite("b", "approve of the way the president is handling his job", 37, start="2023-04-03"),
    ]))
    assert linked["a"]["survey_id"] != linked["b"]["survey_id"]
    assert linked["a"]["figure_id"] != linked["b"]["figure_id"]
    assert linked["a"]["question_id"] == linked["b"]["question_id"]


def test_overlapping_fieldwork_written_differently_is_one_wave():
    linked = by_article(link_citations([
        cite("a", "would cede territory for peace", 19, start="2023-12"),
        {**cite("b", "are ready to cede territory for peace", 19, start="2023-11-29"), "fieldwork_end": "2023-12-09"},
    ]))
    assert linked["a"]["survey_id"] == linked["b"]["survey_id"]


def test_subgroups_are_separate_figures_of_one_question():
    linked = by_article(link_citations([
        cite("a", "back the spending cap", 55),
        cite("b", "back the spending cap", 72, subgroup="Conservative voters"),
        cite("c", "back the spending cap", 70, subgroup="Conservatives"),
    ]))
    assert linked["a"]["question_id"] == linked["b"]["question_id"]
    assert linked["a"]["figure_id"] != linked["b"]["figure_id"]
    assert linked["b"]["figure_id"] == linked["c"]["figure_id"]


def test_opposite_answers_stay_apart():
    linked = by_article(link_citations([
        cite("a", "are more concerned than excited about AI", 52),
        cite("b", "are more excited than concerned about AI", 10),
        cite("c", "support the strike", 40),
        cite("d", "do not support the strike", 45),
    ]))
    assert linked["a"]["question_id"] != linked["b"]["question_id"]
    assert linked["c"]["question_id"] != linked["d"]["question_id"]


def test_unrelated_questions_of_one_survey_stay_apart():
    linked = by_article(link_citations([
        cite("a", "think the economy is getting worse", 61),
        cite("b", "trust the police in their area", 58),
    ]))
    assert linked["a"]["survey_id"] == linked["b"]["survey_id"]
    assert linked["a"]["question_id"] != linked["b"]["question_id"]


def test_figures_without_a_pollster_do_not_collapse_into_one_survey():
    linked = by_article(link_citations([
        cite("a", "feel unsafe at night", 30, pollster=None, start=None),
        cite("b", "feel unsafe at night", 30, pollster=None, start=None),
    ]))
    assert linked["a"]["survey_id"] != linked["b"]["survey_id"]


def test_undated_citation_joins_the_latest_wave_the_article_could_know():
    linked = by_article(link_citations([
        cite("dated", "are more worried than excited about robots", 52, pollster="Pew", start="2023-08"),
        cite("older", "are more worried than excited about robots", 38, pollster="Pew", start="2022-12"),
        cite("late", "more worried than excited by robots", 52, pollster="Pew", start=None, published="2023-09-10"),
        cite("early", "more worried than excited by robots", 38, pollster="Pew", start=None, published="2023-01-20"),
    ]))
    assert linked["late"]["survey_id"] == linked["dated"]["survey_id"]
    assert linked["early"]["survey_id"] == linked["older"]["survey_id"]


def test_ids_are_stable_and_independent_of_input_order():
    citations = [
        cite("a", "said they would support sending troops", 4, position=10),
        cite("b", "would support sending troops", 5, position=20),
        cite("c", "oppose the war", 43, start="2022-06", position=30),
        cite("d", "do not approve of the war", 40, start="2022-04", position=40),
        cite("e", "back the spending cap", 72, subgroup="Labour voters", position=50),
    ]
    first = link_citations(citations)
    shuffled = citations[:]
    random.Random(7).shuffle(shuffled)
    again = link_citations(shuffled)
    key = ("survey_id", "question_id", "figure_id")
    assert {c["article_id"]: tuple(c[k] for k in key) for c in first} == {
        c["article_id"]: tuple(c[k] for k in key) for c in again}
    assert all(re.fullmatch(r"[0-9a-f]{16}", c[k]) for c in first for k in key)


def test_figure_id_does_not_depend_on_the_value():
    one = link_citations([cite("a", "back the spending cap", 55)])[0]
    other = link_citations([cite("a", "back the spending cap", 61)])[0]
    assert one["figure_id"] == other["figure_id"]


def test_stable_id_normalises_case_spacing_and_none():
    assert stable_id("Gallup", "2023-04") == stable_id("  gallup ", "2023-04")
    assert stable_id("Gallup", None) != stable_id("Gallup", "None ")
    assert len(stable_id("x")) == 16
