"""Linking precision across tracker waves: weekly waves of one month, rating-scale answers, subgroups."""

from __future__ import annotations

from etl.link import contradict, link_citations, statement_tokens
from tests.test_attribute import attribute


def cite(article: str, statement: str, value: float, *, start: str | None, end: str | None = None,
         published: str = "2031-03-20", position: int = 0) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": position, "pollster": "Hanbit Research",
        "statement": statement, "subgroup": None, "fieldwork_start": start, "fieldwork_end": end or start,
        "published": published, "qualifier": "exact",
    }


def figure(linked: list[dict], article: str, value: float) -> dict:
    return next(c for c in linked if c["article_id"] == article and c["value"] == value)


def test_an_undated_story_quotes_the_second_weekly_wave_of_its_month_not_the_first():
    linked = link_citations([
        cite("week1", "approve of the premier's job performance", 31, start="2031-03-03", end="2031-03-05",
             published="2031-03-07"),
        cite("week1", "disapprove of the premier", 60, start="2031-03-03", end="2031-03-05", position=50),
        cite("week2", "approve of the premier's job performance", 31, start="2031-03-10", end="2031-03-12",
             published="2031-03-14"),
        cite("week2", "disapprove of the premier", 58, start="2031-03-10", end="2031-03-12", position=50),
        cite("later", "approve of the premier's job performance", 31, start=None, published="2031-03-16"),
        cite("later", "disapprove of the premier", 58, start=None, published="2031-03-16", position=50),
    ])
    assert figure(linked, "later", 31)["survey_id"] == figure(linked, "week2", 31)["survey_id"]
    assert figure(linked, "later", 31)["figure_id"] != figure(linked, "week1", 31)["figure_id"]
    assert figure(linked, "later", 58)["figure_id"] == figure(linked, "week2", 58)["figure_id"]


def test_the_middle_of_a_rating_scale_is_its_own_answer():
    middle = statement_tokens("rated the cabinet as regular")
    assert contradict(middle, statement_tokens("rated the cabinet as great or good"))
    assert contradict(statement_tokens("a neutral view of the plan"), statement_tokens("a positive view of the plan"))
    assert not contradict(middle, statement_tokens("consider the cabinet regular"))


def test_a_slight_improvement_is_no_answer_scale_degree():
    assert not contradict(statement_tokens("as poor or very poor, a slight improvement for the mayor"),
                          statement_tokens("who call it poor or very poor"))
    assert contradict(statement_tokens("slightly agree"), statement_tokens("agree"))


def test_a_personal_pronoun_is_no_question_word():
    assert statement_tokens("were satisfied with him") == statement_tokens("were satisfied")
    assert statement_tokens("trust her judgement") == statement_tokens("trust judgement")


def test_a_worded_share_before_a_comma_and_keeps_its_own_words():
    text = "The share who call the council good or excellent reached 41%, and 22% call it poor."
    first, second = attribute(text, "41%", "22%")
    assert "good or excellent" in first["statement"] and "poor" not in first["statement"]
    assert "poor" in second["statement"]


def test_a_pronoun_does_not_repeat_the_rating_said_of_its_thing():
    text = "Some 44% consider the regional cabinet great or good. Another 29% say they consider it bad."
    _, second = attribute(text, "44%", "29%")
    assert "bad" in second["statement"] and "great" not in second["statement"]


def test_even_among_names_a_group_said_apart_from_the_question():
    text = "Even among those who voted Green in 2027, only 35% said they were satisfied with the mayor."
    (share,) = attribute(text, "35%")
    assert share["subgroup"] and "Green" in share["subgroup"]
    assert "among" not in share["question_terms"] and "Green" not in share["question_terms"]


def test_a_leading_place_names_the_group_of_a_share_of_respondents():
    text = "In the Northwest, 52% of respondents approve of the governor, the Kestrel Polling survey found."
    (share,) = attribute(text, "52%")
    assert share["subgroup"] == "the Northwest"
