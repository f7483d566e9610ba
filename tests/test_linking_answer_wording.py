"""Cross-outlet linking of one answer worded several ways: terms cut after their answer, a share set off after its
subject, a place opening the sentence, a cause after a share, a group holding a view, a party named alone, shares
pointing back; and the guards that keep two answers apart: two parties level at one share in one article, and a
trust question beside an image question that several outlets each give (sentences written for these tests)."""

from __future__ import annotations

from etl.link import join_equal_values, link_citations, question_tokens
from tests.figure_wording import statements, wordings
from tests.test_linking_rounding_and_waves import cite, figure


def test_terms_cut_after_the_answer_keep_the_denial_their_statement_opens_with():
    cut = {"statement": "Disapprove of her handling of housing", "question_terms": "of her handling of housing"}
    kept = {"statement": "Approve of her handling of housing", "question_terms": "of her handling of housing"}
    assert "not" in question_tokens(cut)
    assert question_tokens(cut) != question_tokens(kept)


def test_a_share_set_off_after_its_subject_is_that_subject_s_share():
    said = statements("The Greens, on 9 per cent, are level with their best result in a decade.", ["9 per cent"])
    assert said == ["The Greens"]
    said = statements("Support for the Progressives stands at 17%, barely changed since the spring.", ["17%"])
    assert "Progressives" in said[0]


def test_a_place_opening_the_sentence_is_the_group_of_the_share_its_clause_gives():
    wording, = wordings("In Manitoba, the Liberals are backed by 49 per cent of decided voters.", ["49 per cent"])
    assert wording.group and "Manitoba" in wording.group
    wording, = wordings("In March, the Liberals were backed by 41 per cent of voters.", ["41 per cent"])
    assert "March" not in (wording.group or "")


def test_feeling_the_same_way_borrows_the_answer_of_the_share_before():
    text = ("Among farmers, 71 percent approve of the job the governor is doing. Only 30 percent of students feel "
            "the same way.")
    first, second = wordings(text, ["71 percent", "30 percent"])
    assert second.statement == first.statement


def test_what_drove_a_share_is_not_its_answer():
    said = statements("Backing for the Progressives rose to 31 percent, driven by a surge among renters.",
                      ["31 percent"])
    assert "driven" not in said[0] and "Progressives" in said[0]


def test_a_group_holding_a_view_ends_before_holding_it():
    wording, = wordings("Most renters expect never to buy. In the new poll, 64 per cent of tenants held that view.",
                        ["64 per cent"])
    assert wording.group == "tenants"


def test_an_earlier_reading_after_a_party_named_alone_is_that_party_s():
    linked = link_citations([
        cite("now", "Reform UK", 31, position=0, sentence=0),
        cite("now", "Labour", 22, position=60, sentence=0),
        {**cite("now", "down from", 24, position=80, sentence=0, start="2026-10-27"), "earlier_wave": True},
        cite("then", "Reform UK", 30, start="2026-10-27"), cite("then", "Labour", 24, start="2026-10-27", position=40),
    ])
    assert figure(linked, "now", 24)["figure_id"] == figure(linked, "then", 24)["figure_id"]


def test_a_share_the_figure_just_named_fell_to_points_back_at_it():
    wording, = wordings("The governor's approval crossed the 40% mark in May, when it fell to 37%.", ["37%"])
    assert wording.refers_back and not wording.statement


def test_two_parties_at_one_share_in_one_article_stay_two_answers():
    citations = [cite("wire", "Support for the Progressives", 25),
                 cite("wire", "would vote for the NVP", 25, position=60, sentence=50)]
    tokens = [frozenset({"progressiv", "support"}), frozenset({"nvp", "support"})]
    questions = ["progressiv support", "nvp support"]
    assert join_equal_values(citations, tokens, questions, ["w", "w"]) == questions
    citations[1]["statement"] = "would vote for them"  # naming no one: the share restated
    assert len(set(join_equal_values(citations, tokens, questions, ["w", "w"]))) == 1


def test_a_trust_share_beside_an_image_share_several_outlets_give_stays_its_own_figure():
    linked = link_citations([
        cite("herald", "Trust in the Nordic Council", 50),
        {**cite("herald", "a positive image of the NC", 48, position=60, sentence=50), "subgroup": "Nordics"},
        {**cite("courier", "now say they tend to trust the NC", 50, text="Half"), "subgroup": "Nordics"},
        cite("courier", "a positive image of the council", 48, position=60, sentence=50),
        cite("post", "", 48),
        cite("post", "Trust in the council in Iceland", 50, position=60, sentence=50),
    ])
    trust = {c["figure_id"] for c in linked if c["value"] == 50}
    image = {c["figure_id"] for c in linked if c["value"] == 48}
    assert len(trust) == len(image) == 1 and trust != image
