"""Two outlets citing one wave's question in other words still meet (linking recall), and what they must not
merge stays apart."""

from __future__ import annotations

from etl.link import contradict, link_citations, statement_tokens


def cite(article: str, statement: str | None, value: float, *, position: int = 0, sentence: int = 0) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": sentence, "pollster": "Northgate Polling",
        "statement": statement, "subgroup": None, "fieldwork_start": "2026-05-04", "fieldwork_end": "2026-05-06",
        "published": None, "qualifier": "exact",
    }


def figure(linked: list[dict], article: str, value: float) -> str:
    return next(c["figure_id"] for c in linked if c["article_id"] == article and c["value"] == value)


def test_a_capital_after_a_preposition_is_its_country():
    assert statement_tokens("say relations with Washington are strained") == statement_tokens(
        "say relations with the United States are strained")
    assert statement_tokens("have little trust in Beijing") == statement_tokens("have little trust in China")
    assert "china" not in statement_tokens("Beijing residents")  # no preposition before it: a name as written


def test_a_capital_doing_something_is_its_government_and_not_the_country():
    assert statement_tokens("approve of how Ottawa is handling the dispute") == statement_tokens(
        "approve of how the federal government is handling the dispute")
    assert "america" not in statement_tokens("say Washington has mishandled the talks")
    assert "govern" not in statement_tokens("Washington issues new guidance")  # no verb of its own: a name


def test_ties_and_a_relationship_are_relations():
    relations = statement_tokens("think relations with Mexico will improve")
    assert statement_tokens("think ties with Mexico will improve") == relations
    assert statement_tokens("think the relationship with Mexico will improve") == relations


def test_the_cost_of_living_is_the_prices_another_outlet_names():
    assert statement_tokens("name the cost of living as their main worry") == statement_tokens(
        "name prices as their main worry")


def test_an_opinion_of_a_country_meets_however_it_is_worded():
    negative = statement_tokens("see Brazil in a negative light")
    assert statement_tokens("view Brazil unfavourably") == negative
    assert statement_tokens("have an unfavorable opinion of Brazil") == negative
    assert statement_tokens("have a negative view of Brazil") == negative
    assert contradict(negative, statement_tokens("view Brazil favourably"))


def test_the_bottom_grades_together_are_the_disapproval():
    assert statement_tokens("rate the council bad or terrible") == statement_tokens("disapprove of the council") | {
        "rat"}
    assert "support" not in statement_tokens("bad for the council")  # one grade, no scale read together


def test_bad_for_and_good_for_are_hurt_and_help():
    assert statement_tokens("say the levy is bad for farmers") == statement_tokens("say the levy hurts farmers")
    assert contradict(statement_tokens("say the levy is bad for farmers"),
                      statement_tokens("say the levy is good for farmers"))


def test_how_a_headline_says_a_share_moved_is_no_part_of_the_question():
    assert statement_tokens("Mayor's approval dips") == statement_tokens("Mayor's approval")
    assert statement_tokens("toll support stuck below") == statement_tokens("toll support")
    assert statement_tokens("court trust has fallen") == statement_tokens("court trust")
    assert "fall" in statement_tokens("expect house prices to fall")  # an answer's verb stays


def test_a_table_label_in_capitals_is_the_party_the_prose_names():
    linked = link_citations([  # rounded otherwise by the two outlets: no equal share to join them on
        cite("a", "LAB", 27), cite("a", "CON", 19, position=40), cite("a", "LD", 12, position=80),
        cite("b", "Labour", 28), cite("b", "the Conservatives", 18, position=40), cite("b", "the Lib Dems", 12,
                                                                                       position=80),
    ])
    assert figure(linked, "a", 27) == figure(linked, "b", 28)
    assert figure(linked, "a", 19) == figure(linked, "b", 18)
    assert figure(linked, "a", 27) != figure(linked, "a", 19)


def test_party_names_outlets_use_for_one_party_meet():
    assert statement_tokens("the PSOE") - {"org:psoe"} == statement_tokens("the Socialists")
    assert statement_tokens("the Popular Party") == statement_tokens("the PP") - {"org:pp"}
    assert "pp" not in statement_tokens("remains the most popular party")
    assert statement_tokens("the Grits") == statement_tokens("the Liberals")


def test_a_bare_share_in_a_story_on_the_wave_takes_the_question_one_other_outlet_words():
    linked = link_citations([
        cite("a", "Greens", 14), cite("a", None, 23, position=30, sentence=20),  # "Greens (14) trail Labour (23)"
        cite("b", "Labour is on", 23),
    ])
    assert figure(linked, "a", 23) == figure(linked, "b", 23)


def test_a_bare_share_alone_in_its_article_still_needs_two_other_outlets():
    linked = link_citations([cite("a", None, 23), cite("b", "Labour is on", 23)])
    assert figure(linked, "a", 23) != figure(linked, "b", 23)
