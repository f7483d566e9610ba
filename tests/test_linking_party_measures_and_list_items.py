"""Parties kept apart within one measure, a pair's rival named after it, list items and a restated share of
another value (sentences written for these tests)."""

from __future__ import annotations

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import contradict, link_citations, statement_tokens


def shares(*texts: str, published: str = "2026-02-12") -> dict[tuple[str, str], dict]:
    articles = [Article(id=f"a{n}", text=text, published=published, outlet=f"outlet{n}.example")
                for n, text in enumerate(texts)]
    return {(c["article_id"], c["value_text"]): c
            for c in link_citations(extract_articles(articles)) if c["kind"] == "share"}


def test_two_parties_primary_votes_are_two_figures_though_the_measure_is_named_in_both():
    found = shares("Labor's primary vote has stayed at 35 per cent in the latest Resolve Political Monitor, with "
                   "the Coalition on 29 per cent.",
                   "The Coalition's primary vote is 29 per cent in the Resolve Political Monitor, while Labor's is "
                   "unchanged at 35 per cent.")
    labor, coalition = found[("a0", "35 per cent")], found[("a1", "29 per cent")]
    assert labor["figure_id"] != coalition["figure_id"]
    assert found[("a1", "35 per cent")]["figure_id"] != coalition["figure_id"]


def test_party_labels_on_two_party_preferred_stay_apart_at_close_shares():
    found = shares("Labor's primary vote is 33% in the Essential poll. On Essential's two-party preferred measure, "
                   "Labor is on 49% and the Coalition 45%.",
                   "Labor slipped in this week's Essential poll of 1,120 voters.\n"
                   "Two-party preferred: ALP 49, L/NP 45, undecided 6.")
    assert found[("a0", "49%")]["figure_id"] != found[("a0", "45%")]["figure_id"]
    assert found[("a1", "45")]["statement"] == "L/NP"  # not "undecided 6", the next item's
    assert found[("a1", "49")]["figure_id"] == found[("a0", "49%")]["figure_id"]
    assert found[("a1", "45")]["figure_id"] == found[("a0", "45%")]["figure_id"]


def test_a_lead_s_pair_gives_the_rival_named_after_it_the_second_share_only():
    found = shares("The Conservatives hold a three-point lead, 40 per cent to 37 per cent for the Liberals, "
                   "according to an Abacus Data survey.")
    assert found[("a0", "40 per cent")]["statement"] == "The Conservatives"
    assert found[("a0", "37 per cent")]["statement"] == "the Liberals"


def test_the_next_party_s_change_is_not_the_first_share_s_words():
    found = shares("Labour's vote has risen to 33 per cent and the Conservatives have fallen to 24 per cent, "
                   "the YouGov poll shows.")
    assert "Conservatives" not in found[("a0", "33 per cent")]["statement"]


def test_the_next_party_after_nationally_is_not_the_first_share_s_words():
    found = shares("Support for the NDP stands at 36 per cent nationally and the Liberal Party at 31 per cent, "
                   "according to Nanos.")
    assert "Liberal" not in found[("a0", "36 per cent")]["statement"]


def test_a_wordless_share_of_another_value_does_not_restate_the_share_before_it():
    found = shares("Labour has moved to within two points of National in the Talbot Mills poll, rising to 31.4%.\n"
                   "National, which took 38.1% at the election, is down 1.2 at 33.4 in the Talbot Mills poll.")
    assert found[("a0", "33.4")]["figure_id"] != found[("a0", "31.4%")]["figure_id"]


def test_a_capitalised_leader_title_and_a_preferred_choice_for_prime_minister_name_the_person_and_the_question():
    assert statement_tokens("for Liberal Leader Jordan Price") == statement_tokens("for Jordan Price")
    choice = statement_tokens("Price is the preferred choice for prime minister")
    assert "ppm" in choice
    assert contradict(choice, statement_tokens("Price's Liberals"))
