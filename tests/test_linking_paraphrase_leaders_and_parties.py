"""Cross-outlet linking of preferred-leader and party shares worded differently: the preferred-leader question said
only in a sentence's opening clause, terms cut before the party chosen, a party's English name beside its
acronym, and a fraction naming one party (sentences written for these tests)."""

from __future__ import annotations

from etl.link import link_citations, question_tokens, statement_tokens
from tests.figure_wording import wordings
from tests.test_linking_rounding_and_waves import cite, figure


def test_a_preferred_leader_question_said_before_the_first_share_reaches_every_share_of_the_sentence():
    text = ("Marta Oyelaran's lead as preferred premier has narrowed sharply: she is now backed by 41% of "
            "voters, against 38% for Kevin Dunmore.")
    first, second = wordings(text, ["41%", "38%"])
    assert "preferred premier" in first.question_terms
    assert "preferred premier" in second.question_terms


def test_a_preferred_leader_question_after_the_first_share_is_not_carried_back_to_it():
    text = "Labour is on 33%, and Dunmore remains the preferred premier of 38%."
    first, _ = wordings(text, ["33%", "38%"])
    assert "preferred premier" not in (first.question_terms or "")


def test_terms_cut_before_the_party_chosen_keep_the_party_their_statement_names():
    cut = {"statement": "would give their first preference to Fianna Fáil",
           "question_terms": "would give their first preference to"}
    assert statement_tokens("Fianna Fáil") <= question_tokens(cut)
    other = {"statement": "would give their first preference to Fine Gael",
             "question_terms": "would give their first preference to"}
    assert question_tokens(cut) != question_tokens(other)


def test_german_parties_in_english_meet_their_acronyms():
    assert statement_tokens("the Christian Democrats") == statement_tokens("CDU")
    assert statement_tokens("the Free Democrats") == statement_tokens("FDP")
    assert statement_tokens("the Sahra Wagenknecht Alliance") == statement_tokens("BSW")
    assert statement_tokens("the Bloc Québécois") == statement_tokens("the Bloc")
    assert statement_tokens("the Free Democrats") != statement_tokens("the Christian Democrats")


def test_a_fraction_naming_one_party_is_not_rounded_into_another_party_s_share():
    fraction = {**cite("b", "would give their first preference to Fine Gael", 20, position=10, text="one in five",
                       qualifier="approx"), "question_terms": "would give their first preference to"}
    linked = link_citations([
        cite("a", "Fine Gael", 18, position=10), cite("a", "Fianna Fáil", 21, position=40),
        fraction,
        {**cite("b", "would give their first preference to Fianna Fáil", 21, position=60),
         "question_terms": "would give their first preference to"},
        cite("c", "FF", 21, position=10), cite("c", "FG", 18, position=40),
    ])
    assert figure(linked, "b", 20)["figure_id"] != figure(linked, "a", 21)["figure_id"]


def test_shares_with_a_measure_of_their_own_after_a_preferred_leader_clause_do_not_take_it():
    text = "The better premier measure barely moved, while Labour's primary vote rose to 31% and the Greens to 12%."
    assert all("better premier" not in (w.question_terms or "") for w in wordings(text, ["31%", "12%"]))
