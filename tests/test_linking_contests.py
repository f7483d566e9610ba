"""Run-offs and ratings: a run-off names both rivals, so its share is neither rival's first-round figure; a
"positive rating" is the approval another outlet reports (sentences written for these tests)."""

from __future__ import annotations

from etl.link import apart_contests, link_citations, statement_tokens
from tests.test_linking_rounding_and_waves import cite, figure


def test_a_run_off_share_never_joins_a_rival_s_first_round_label():
    linked = link_citations([
        cite("a", "for Ana Okafor", 19),
        cite("b", "Ana Okafor (Greens) comes second", 19, position=40),
        cite("b", "Marco Brandt would beat Ana Okafor", 52, position=80),
        cite("c", "Marco Brandt would defeat Ana Okafor", 52),
    ])
    run_off = figure(linked, "b", 52)["figure_id"]
    assert run_off != figure(linked, "a", 19)["figure_id"]
    assert figure(linked, "a", 19)["figure_id"] == figure(linked, "b", 19)["figure_id"]
    assert figure(linked, "c", 52)["figure_id"] == run_off  # two outlets quoting one run-off


def test_only_contest_words_mark_a_statement_as_a_run_off():
    beat, run_off, plain = apart_contests([statement_tokens("Brandt would beat Okafor"),
                                           statement_tokens("in a run-off, Brandt"),
                                           statement_tokens("would vote for Brandt")])
    assert all(t.startswith("duel:") for t in beat | run_off)
    assert plain == statement_tokens("would vote for Brandt")


def test_a_positive_rating_is_the_approval_and_negative_marks_the_disapproval():
    assert statement_tokens("gave the premier a positive rating") >= statement_tokens("approve")
    assert statement_tokens("gave her negative marks") >= statement_tokens("disapprove")
    assert statement_tokens("say she is doing a poor job") >= statement_tokens("disapprove")
    assert statement_tokens("a positive impact on them") == statement_tokens("helped them")
