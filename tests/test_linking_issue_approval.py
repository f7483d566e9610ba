"""Linking approval of a leader's job as a whole apart from approval on one issue, idioms of approval, and equal
shares of two questions kept apart."""

from __future__ import annotations

from etl.link import ISSUE_AREA, contradict, link_citations, question_tokens, statement_tokens


def cite(article: str, statement: str, value: float, *, position: int = 0, terms: str | None = None) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": f"{value:g}%", "start": position,
        "end": position + 3, "sentence_start": position, "pollster": "Ipsonde", "statement": statement,
        "question_terms": terms, "subgroup": None, "fieldwork_start": "2026-05-04", "fieldwork_end": "2026-05-07",
        "published": "2026-05-09", "qualifier": "exact",
    }


def same_figure(linked: list[dict], one: int, other: int) -> bool:
    return linked[one]["figure_id"] == linked[other]["figure_id"]


def test_handling_one_issue_is_no_verdict_on_the_whole_job():
    whole = statement_tokens("approve of the way the governor is handling her job")
    assert ISSUE_AREA not in whole
    assert contradict(whole, statement_tokens("approve of her handling of the water supply"))
    assert contradict(statement_tokens("approve of the governor"),
                      statement_tokens("approve of her approach to housing"))


def test_two_issues_are_two_questions_and_one_issue_in_other_words_is_one():
    economy = statement_tokens("approve of the mayor's handling of the economy")
    assert contradict(economy, statement_tokens("approve of the mayor's handling of transport"))
    assert not contradict(economy, statement_tokens("back the mayor's economic stewardship"))
    assert not contradict(economy, statement_tokens("give the mayor a rating on the economy"))


def test_terms_cut_before_the_issue_keep_the_issue_of_their_statement():
    cut = question_tokens({"question_terms": "approve of the senator's handling of the",
                           "statement": "approve of the senator's handling of the housing crisis"})
    assert ISSUE_AREA in cut and "hous" in cut
    assert contradict(cut, statement_tokens("approve of the job the senator is doing"))


def test_job_approval_and_issue_approval_of_one_wave_stay_two_figures():
    linked = link_citations([
        cite("A1", "approve of the way the governor is handling her job", 44),
        cite("A1", "approve of her handling of the water supply", 38, position=60),
        cite("A2", "approve of the governor", 44),
        cite("A2", "approve of the governor's handling of the water supply", 38, position=60,
             terms="approve of the governor's handling of the"),
    ])
    assert same_figure(linked, 0, 2) and same_figure(linked, 1, 3)
    assert not same_figure(linked, 0, 1) and not same_figure(linked, 2, 3)


def test_idioms_of_approval_and_support_are_the_plain_words():
    assert statement_tokens("give the mayor a thumbs-up") == statement_tokens("approve of the mayor")
    assert statement_tokens("gave the plan a thumbs down") == statement_tokens("disapprove of the plan")
    assert statement_tokens("are on board with the tram extension") == statement_tokens("support the tram extension")
    assert statement_tokens("are firmly behind the tram extension") == statement_tokens("support the tram extension")


def test_a_share_that_stays_high_keeps_no_answer_of_its_own():
    assert statement_tokens("Approval remains high for the mayor") == statement_tokens("approval for the mayor")
    assert statement_tokens("Support stayed steady") == statement_tokens("support")


def test_a_motion_against_someone_is_no_opposition():
    assert "not" not in statement_tokens("back a censure motion against the cabinet")


def test_a_date_after_a_rating_names_no_issue():
    assert ISSUE_AREA not in statement_tokens("the rating on Tuesday approve")


def test_equal_shares_of_two_answers_in_one_release_stay_two_figures():
    for job, other in [("approve of the president's job", "expect the levy to help the economy"),
                       ("approve of the president's job", "are worried about the levy"),
                       ("approve of the premier", "say the province is heading in the right direction")]:
        linked = link_citations([cite("A1", "approve of the budget", 40), cite("A1", job, 59, position=50),
                                 cite("A2", "back the budget", 40), cite("A2", other, 59, position=50)])
        assert same_figure(linked, 0, 2)
        assert not same_figure(linked, 1, 3), other


def test_satisfied_and_approving_of_one_leader_still_join_on_an_equal_share():
    linked = link_citations([cite("A1", "approve of the budget", 40),
                             cite("A1", "are satisfied with the premier", 59, position=50),
                             cite("A2", "back the budget", 40),
                             cite("A2", "approve of the premier's performance", 59, position=50)])
    assert same_figure(linked, 1, 3)
