"""Rules on sentences written for these tests: a poll dated by how long ago it ran is an earlier wave; a party
named as its leader's title ("the Labour leader") names no best-prime-minister answer a bare party vote gives;
"In <place> the figure was higher, at N%" is the group's share of the question asked before."""

from __future__ import annotations

from etl.statements import group_lead
from tests.linked_texts import linked_texts, share_of
from tests.test_attribute import attribute


def test_a_poll_dated_a_week_ago_before_its_figures_is_an_earlier_wave():
    text = ("Survation's new poll puts the SNP on 33% and Labour on 22%.\n\n"
            "By comparison, the last Survation poll a week ago had the SNP on 31% and Labour on 24%.")
    current, _, earlier, _ = attribute(text, "33%", "22%", "31%", "24%", published="2026-10-20")
    assert not current["earlier_wave"]
    assert earlier["earlier_wave"] is True


def test_a_poll_of_this_wave_is_not_taken_for_an_earlier_one():
    text = "The survey, carried out a week ago, had the SNP on 33%."
    (share,) = attribute(text, "33%", published="2026-10-20")
    assert not share["earlier_wave"]


def test_the_earlier_wave_stays_apart_from_the_new_one_in_linking():
    first = "A new Survation poll for the Courier puts the SNP on 33% and Labour on 22%."
    second = ("The Survation poll for the Courier has the SNP on 33% and Labour on 22%. "
              "The previous Survation poll a fortnight ago had Labour on 22% too.")
    linked = linked_texts(first, second, published="2026-10-20")
    current = share_of(linked, "s0", 22.0)
    earlier = [c for c in linked if c["article_id"] == "s1" and c["value"] == 22.0][-1]
    assert earlier["earlier_wave"] is True
    assert earlier["survey_id"] != current["survey_id"]


def test_a_party_named_as_its_leaders_title_is_no_best_prime_minister_answer():
    first = ("A Savanta poll for the Telegraph puts Labour on 25% and the Conservatives on 24%. "
             "Labour is down two points.")
    second = ("The Savanta poll for the Telegraph has Labour on 25%. Asked who would make the best prime minister, "
              "24% chose the Labour leader.")
    linked = linked_texts(first, second, published="2026-10-20")
    vote = share_of(linked, "s0", 25.0)
    best_pm = share_of(linked, "s1", 24.0)
    assert share_of(linked, "s1", 25.0)["question_id"] == vote["question_id"]
    assert best_pm["question_id"] != vote["question_id"]


def test_a_place_before_a_figure_compared_with_the_one_before_is_its_group():
    text = "Approval stands at 44% nationally. In Wales the figure was higher, at 51%."
    assert group_lead(text, text.index("51"), text.index("In Wales"), True) == "Wales"
    text = "Among women it was much lower, at 29%."
    assert group_lead(text, text.index("29"), 0, True) == "women"


def test_a_clause_with_more_words_than_a_comparison_is_no_group_lead():
    text = "In Wales the figure was higher than expected by most analysts at 51%."
    assert group_lead(text, text.index("51"), 0, True) is None
