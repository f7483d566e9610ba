"""Linking precision: best-party measures apart from vote shares, list answers and two-sided sentences kept apart,
equal shares of two named parties not joined (sentences written for these tests)."""

from __future__ import annotations

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import (
    _other_names,
    _two_labels,
    carry_questions,
    contradict,
    link_citations,
    question_tokens,
    statement_tokens,
)


def shares(*texts: str, published: str = "2026-03-18") -> dict[tuple[str, str], dict]:
    articles = [Article(id=f"a{n}", text=text, published=published, outlet=f"outlet{n}.example")
                for n, text in enumerate(texts)]
    return {(c["article_id"], c["value_text"]): c
            for c in link_citations(extract_articles(articles)) if c["kind"] == "share"}


def test_best_party_on_an_issue_is_a_measure_of_its_own():
    assert "bestparty" in statement_tokens("which party would best handle the economy")
    assert "bestparty" in statement_tokens("the Liberals were chosen as the party best placed to deal with Trump")
    assert "bestparty" in statement_tokens("Labour is the most trusted party on the NHS")
    assert contradict(statement_tokens("the Conservatives"),
                      statement_tokens("on which party is best on crime, the Conservatives"))


def test_a_party_s_best_on_the_economy_share_is_not_its_vote_share():
    found = shares("A Savanta poll of 2,104 adults puts the Conservatives on 27 per cent and Labour on 30 per cent.",
                   "Asked which party would best handle the economy, 26 per cent chose the Conservatives and 22 "
                   "per cent picked Labour, according to Savanta.")
    assert found[("a1", "26 per cent")]["figure_id"] != found[("a0", "27 per cent")]["figure_id"]
    assert found[("a1", "22 per cent")]["figure_id"] != found[("a0", "30 per cent")]["figure_id"]


def test_list_items_after_a_best_party_lead_take_the_measure():
    found = shares("Asked which party would best handle immigration, 31% chose Reform UK, 18% picked Labour and "
                   "12% said the Conservatives, a More in Common poll found.",
                   "More in Common has Labour on 18% and Reform UK on 33% in its voting intention poll.")
    assert found[("a0", "18%")]["figure_id"] != found[("a1", "18%")]["figure_id"]
    assert found[("a0", "18%")]["figure_id"] != found[("a0", "12%")]["figure_id"]


def test_verbs_of_a_list_do_not_make_two_parties_one_answer():
    assert _two_labels(statement_tokens("picked Reform UK"), [statement_tokens("picked Labour")])
    assert _two_labels(statement_tokens("chose the Greens"), [statement_tokens("Labour")])
    assert not _two_labels(statement_tokens("picked Labour"), [statement_tokens("Labour")])


def test_equal_shares_of_two_named_parties_are_not_joined_for_being_equal():
    assert _other_names("picked Reform UK", "the Liberal Democrats")
    assert not _other_names("the Tories", "the Conservatives")  # one party by two names
    assert not _other_names("back the plan", "the Liberal Democrats")  # one names nobody


def test_a_bare_answer_after_a_two_sided_share_answers_that_question():
    articles = [Article(id="a0", text="In the Ipsos poll 52% disapprove of the new tariffs; 39% approve.",
                        published="2026-03-18", outlet="a.example")]
    cited = [c for c in extract_articles(articles) if c["kind"] == "share"]
    words = carry_questions(cited, [question_tokens(c) for c in cited])
    approve = words[[c["value_text"] for c in cited].index("39%")]
    assert "tariff" in approve and "not" not in approve  # approve of the tariffs, not of whatever else is approved


def test_one_sentence_giving_two_parties_in_turn_is_two_figures():
    found = shares("The Coalition leads Labor on primary votes, 36 per cent to 30 per cent, in the Redbridge poll.")
    assert found[("a0", "36 per cent")]["figure_id"] != found[("a0", "30 per cent")]["figure_id"]
