"""Linking across outlets that word one poll question differently, and keeping parallel questions apart."""

from __future__ import annotations

from etl.link import contradict, link_citations, statement_tokens


def cite(article: str, statement: str, value: float, *, position: int = 0, sentence: int = 0,
         start: str | None = "2026-04-08") -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": sentence, "pollster": "Ipsonde",
        "statement": statement, "subgroup": None, "fieldwork_start": start, "fieldwork_end": start,
        "published": None, "qualifier": "exact",
    }


def figure(linked: list[dict], article: str, value: float) -> dict:
    return next(c for c in linked if c["article_id"] == article and c["value"] == value)


def test_steering_clear_of_and_tuning_out_are_avoiding():
    avoiding = statement_tokens("say they avoid local television news")
    assert statement_tokens("are steering clear of local television news") == avoiding
    assert statement_tokens("have tuned out local television news") - {"hav"} == avoiding


def test_happy_with_the_mayor_is_satisfied_and_unhappy_its_denial():
    assert statement_tokens("are happy with the mayor") == statement_tokens("are satisfied with the mayor")
    assert contradict(statement_tokens("are happy with the mayor"), statement_tokens("are unhappy with the mayor"))


def test_his_handling_of_the_job_and_the_way_he_does_it_meet():
    one = statement_tokens("approve of the way he is handling the harbour project")
    other = statement_tokens("approve of his job on the harbour project")
    assert one == other


def test_confidence_and_faith_in_an_institution_are_trust():
    assert statement_tokens("have confidence in the central bank") == statement_tokens("trust the central bank")
    assert statement_tokens("have faith in the central bank") == statement_tokens("trust the central bank")


def test_lost_trust_and_trust_that_grew_are_two_answers():
    lost = statement_tokens("have lost trust in the regional press")
    grown = statement_tokens("say their trust in the regional press has grown")
    assert contradict(lost, grown)
    assert not contradict(lost, statement_tokens("say their trust in the regional press has declined"))


def test_a_share_of_trust_that_fell_keeps_no_answer_of_its_own():
    assert "decreas" not in statement_tokens("Trust in the regional press has fallen")


def test_one_question_asked_of_two_countries_is_two_questions():
    assert contradict(statement_tokens("trust Japan to act responsibly"),
                      statement_tokens("trust India to act responsibly"))
    assert contradict(statement_tokens("trust the US"), statement_tokens("have confidence in China"))


def test_two_countries_of_a_war_are_its_sides_not_two_questions():
    assert not contradict(statement_tokens("support the war in Ukraine"),
                          statement_tokens("approve of the Russian invasion"))


def test_a_statement_saying_more_than_its_countries_is_left_to_its_words():
    assert not contradict(statement_tokens("think Russia is a threat to Poland's security"),
                          statement_tokens("think Russia is a threat"))


def test_the_us_in_capitals_is_america_not_the_pronoun():
    assert "america" in statement_tokens("trust the US to keep its word")
    assert "america" not in statement_tokens("told us they would vote")


def test_top_two_grades_are_the_approval_another_outlet_reports():
    assert statement_tokens("rate the council as good or excellent") - {"rat"} == statement_tokens(
        "approve of the council")


def test_a_positive_grade_is_approval():
    assert statement_tokens("gave the council a positive grade") - {"gav"} == statement_tokens(
        "approve of the council")


def test_pronouns_say_nothing_of_the_question():
    assert statement_tokens("his approval") == statement_tokens("approval")


def test_the_spd_initials_and_the_social_democrats_meet():
    assert statement_tokens("the SPD") - {"org:spd"} == statement_tokens("the Social Democrats")


def test_paraphrased_outlets_quoting_one_share_cite_one_figure():
    linked = link_citations([
        cite("a", "have confidence in the central bank to keep prices stable", 44),
        cite("a", "have confidence in the finance ministry", 31, position=40, sentence=1),
        cite("b", "trust the central bank", 44),
    ])
    assert figure(linked, "a", 44)["figure_id"] == figure(linked, "b", 44)["figure_id"]
    assert figure(linked, "a", 31)["figure_id"] != figure(linked, "b", 44)["figure_id"]


def test_one_wording_asked_of_two_countries_stays_two_figures():
    linked = link_citations([
        cite("a", "trust Japan to act responsibly in the world", 61),
        cite("a", "trust India to act responsibly in the world", 38, position=40, sentence=1),
        cite("b", "trust India to act responsibly", 38),
        cite("b", "trust Japan to act responsibly", 61, position=40, sentence=1),
    ])
    assert figure(linked, "a", 61)["figure_id"] != figure(linked, "a", 38)["figure_id"]
    assert figure(linked, "a", 61)["figure_id"] == figure(linked, "b", 61)["figure_id"]
    assert figure(linked, "a", 38)["figure_id"] == figure(linked, "b", 38)["figure_id"]


def test_a_bare_answer_far_from_its_articles_fuller_share_is_another_figure():
    linked = link_citations([
        cite("a", "are satisfied with the mayor's work", 24),
        cite("a", "satisfied", 47, position=40, sentence=1),  # "the council fared better, with 47% satisfied"
        cite("b", "are satisfied with the mayor", 24),
    ])
    assert figure(linked, "a", 47)["figure_id"] != figure(linked, "a", 24)["figure_id"]
    assert figure(linked, "a", 24)["figure_id"] == figure(linked, "b", 24)["figure_id"]
