"""A listed name's bracketed acronym written alone names that pollster, and an unlisted body written with its
acronym goes by the acronym, so outlets writing it in different ways meet (sentences written for these tests)."""

from __future__ import annotations

from etl.pollsters import Pollster, PollsterMatcher
from tests.test_attribute import attribute


def test_the_acronym_in_a_listed_name_s_brackets_is_found_alone():
    matcher = PollsterMatcher([Pollster("Instituto Nacional de Opinión (INO)", (), "ES", "")])
    [match] = matcher.find("The INO tracker put the ruling party ahead.")
    assert match.pollster.name == "Instituto Nacional de Opinión (INO)"


def test_a_bracketed_acronym_is_found_in_capitals_only():
    matcher = PollsterMatcher([Pollster("Instituto Nacional de Opinión (INO)", (), "ES", "")])
    assert matcher.find("There was an ino of doubt.") == []


def test_each_country_s_pollster_owns_its_value_in_a_round_up():
    rows = attribute("In Spain, CIS has the Socialists on 30%; in Portugal, Aximage puts the PS on 27%.", "30%", "27%")
    assert [r["pollster"] for r in rows] == ["Centro de Investigaciones Sociológicas (CIS)", "Aximage"]


def test_an_unlisted_body_with_a_long_name_and_its_acronym_goes_by_the_acronym():
    [row] = attribute("A University of Lima CEPO survey found 41% trust the courts.", "41%")
    assert row["pollster"] == "CEPO"


def test_an_unlisted_body_named_before_its_bracketed_acronym_goes_by_both():
    [row] = attribute("A poll by the Centre for Opinion and Public Studies (CEPO) found 41% trust the courts.", "41%")
    assert row["pollster"] == "Centre for Opinion and Public Studies (CEPO)"


def test_an_acronym_alone_in_one_outlet_meets_the_long_name_of_another():
    from etl.link import link_citations

    def cited(article: str, pollster: str) -> dict:
        return {"article_id": article, "kind": "share", "value": 41.0, "start": 0, "end": 3, "pollster": pollster,
                "statement": "trust the courts", "subgroup": None, "fieldwork_start": "2026-03",
                "fieldwork_end": "2026-03", "published": "2026-03-20"}
    long_name, alone = cited("a", "Centre for Opinion and Public Studies (CEPO)"), cited("b", "CEPO")
    linked = link_citations([long_name, alone])
    assert linked[0]["figure_id"] == linked[1]["figure_id"]
    linked = link_citations([long_name, alone, cited("c", "University of Lima CEPO")])
    assert linked[1]["survey_id"] not in (linked[0]["survey_id"], linked[2]["survey_id"])  # two long names: which?
