"""Whose share a figure is when its group is said once for two clauses: a bare answer after "of X ..., while",
a group compared with the one before ("than Y, at 12%"), and a place or group a ranking names ("highest in
Quebec at 58%").

Every pollster, figure and sentence here is made up for the tests.
"""

from __future__ import annotations

from etl.extract import extract_article
from etl.ingest import Article

LEAD = "A Northgate Research poll of 1,500 adults in Canada was published on Tuesday.\n"


def shares(sentence: str) -> dict[str, dict]:
    """The extracted shares of one sentence after a lead naming a Canadian poll, by value text."""
    article = Article(id="t", text=LEAD + sentence, title="Poll", published="2025-03-04")
    return {row["value_text"]: row for row in extract_article(article, 0.5) if row["kind"] == "share"}


def test_bare_answer_after_while_keeps_the_group_of_the_clause_before():
    got = shares("Some 41% of Manitobans back the levy, while 52% oppose it.")
    assert got["41%"]["subgroup"] == "Manitobans"
    assert got["52%"]["subgroup"] == "Manitobans"


def test_bare_answer_after_and_keeps_the_group():
    got = shares("About 47 per cent of renters trust the council and 44 per cent do not.")
    assert got["44 per cent"]["subgroup"] == "renters"


def test_answer_with_words_of_its_own_is_not_given_the_group():
    got = shares("Some 41% of Manitobans back the levy, while 52% say the province should scrap the tax.")
    assert got["52%"]["subgroup"] is None


def test_overall_share_after_a_group_is_the_whole_sample():
    got = shares("Some 63% of farmers back the levy, while 40% overall do.")
    assert got["40%"]["subgroup"] is None


def test_group_compared_after_than_with_comma_and_at():
    got = shares("Backing for the levy was higher among Republicans, at 61%, than Democrats, at 18%.")
    assert got["61%"]["subgroup"] == "Republicans"
    assert got["18%"]["subgroup"] == "Democrats"
    assert got["18%"]["statement"] == got["61%"]["statement"]


def test_lower_case_group_compared_after_than():
    got = shares("Trust in the mayor is higher among women, at 44 per cent, than men, at 37 per cent.")
    assert got["37 per cent"]["subgroup"] == "men"
    assert got["37 per cent"]["statement"] == got["44 per cent"]["statement"]


def test_party_after_ahead_of_with_comma_is_the_answer():
    got = shares("The Greens lead on 31%, ahead of the Socialists, on 24%.")
    assert got["24%"]["statement"] == "the Socialists"


def test_place_a_ranking_names_is_the_subgroup():
    got = shares("Support for the levy was highest in Nova Scotia at 57 per cent and lowest in Yukon at 22 per cent.")
    assert got["57 per cent"]["subgroup"] == "Nova Scotia"
    assert got["57 per cent"]["statement"] == "Support for the levy"
    assert got["22 per cent"]["subgroup"] == "Yukon"
    assert got["22 per cent"]["statement"] == "Support for the levy"


def test_group_a_ranking_names_with_among():
    got = shares("Backing for the curfew was strongest among pensioners, at 68%, and weakest among students, at 29%.")
    assert got["68%"]["subgroup"] == "pensioners"
    assert got["29%"]["subgroup"] == "students"
    assert got["68%"]["statement"] == "Backing for the curfew"


def test_place_before_where_is_the_subgroup():
    got = shares("Backing for the levy is lowest in Saskatchewan, where 33 per cent back it.")
    assert got["33 per cent"]["subgroup"] == "Saskatchewan"
