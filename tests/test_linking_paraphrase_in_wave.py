"""One wave's question worded differently by two outlets: a small survey vocabulary (a trend for the worse, graft,
counter-tariffs, verbs of choosing), a party named by its leader, "the party" pointing at the party its sentence
names, a leader named alone in a best-prime-minister list, and a share in figures that a fraction of its own article
does not place."""

from __future__ import annotations

from etl.link import SIMILAR, link_citations, similarity, statement_tokens
from tests.figure_wording import statements
from tests.test_linking_rounding_and_waves import cite, figure


def _alike(a: str, b: str) -> bool:
    one, other = statement_tokens(a), statement_tokens(b)
    return similarity(one, other, {t: 1.0 for t in one | other}) >= SIMILAR


def test_a_worsening_ill_is_one_answer_whatever_the_verb():
    assert _alike("say graft has got worse in the last twelve months", "believe corruption has increased")
    assert _alike("the level of crime in their town had risen", "think crime has worsened")
    assert _alike("feel poverty grew worse", "poverty has gone up")


def test_a_worsening_ill_is_not_its_easing_nor_a_rising_good():
    assert not _alike("corruption has increased", "corruption has decreased")
    assert statement_tokens("wages have increased") == statement_tokens("wages increased")
    assert "worsen" not in statement_tokens("wages have risen")  # only ills get worse by rising


def test_counter_tariffs_are_retaliatory_tariffs_but_not_tariffs_on_another_good():
    assert statement_tokens("would back new counter-tariffs") == statement_tokens("would back new retaliatory tariffs")
    assert statement_tokens("fund counter-terrorism police") == statement_tokens("fund counter terrorism police")


def test_a_party_named_by_its_leader_meets_the_party_named_outright():
    assert statement_tokens("Winston Peters' party") == statement_tokens("NZ First")
    assert statement_tokens("Nigel Farage's Reform UK") == statement_tokens("Reform UK")
    assert statement_tokens("Pedro Sánchez's party") == statement_tokens("the Socialists")
    assert "ipso" in statement_tokens("trust Ipsos's Political Monitor")  # no leader the table knows: kept


def test_the_party_points_at_the_one_party_its_sentence_names():
    text = ("Kemi Badenoch's Conservatives have crept up again, with the party now on 19 per cent. "
            "Labour's lead over the Greens has narrowed, with the party on 23 per cent.")
    said = statements(text, ["19 per cent", "23 per cent"])
    assert "Conservatives" in said[0] and "the party" not in said[0]
    assert "Labour" not in (said[1] or "") and "Greens" not in (said[1] or "")  # two parties named: left alone


def test_a_share_in_figures_is_not_placed_by_a_fraction_of_its_own_article():
    linked = link_citations([
        cite("tabloid", "are content with the premier's performance", 20, text="one in five"),
        cite("tabloid", "are unhappy with him", 70, text="seven in 10", position=30, sentence=25),
        cite("tabloid", "", 20, position=60, sentence=50),  # "... against Labour's 20 per cent", its words missed
        cite("broadsheet", "are content with the premier's performance", 21),
        cite("broadsheet", "Labour", 20, position=60, sentence=50),
        cite("wire", "Labour", 20),
    ])
    wordless = next(c for c in linked if c["article_id"] == "tabloid" and not c["statement"])
    assert wordless["figure_id"] != figure(linked, "broadsheet", 21)["figure_id"]
    assert wordless["figure_id"] == figure(linked, "wire", 20)["figure_id"]  # the share two outlets give as Labour's


def test_a_leader_named_alone_answers_the_best_premier_question_another_outlet_gives_at_that_share():
    linked = link_citations([
        cite("daily", "as preferred prime minister, Greens leader Tama Ruatoki", 18),
        cite("daily", "as preferred prime minister, Prime Minister Ana Vaile", 30, position=60),
        cite("weekly", "Ruatoki", 18, sentence=0),
        cite("weekly", "Vaile", 29, position=60, sentence=0),
        cite("weekly", "the Greens", 12, position=120, sentence=100),
    ])
    assert figure(linked, "daily", 18)["figure_id"] == figure(linked, "weekly", 18)["figure_id"]
    assert figure(linked, "daily", 30)["figure_id"] == figure(linked, "weekly", 29)["figure_id"]
    assert figure(linked, "weekly", 12)["figure_id"] != figure(linked, "daily", 18)["figure_id"]


def test_a_leader_named_alone_whose_approval_outlets_also_give_is_left_alone():
    linked = link_citations([
        cite("daily", "as preferred prime minister, Greens leader Tama Ruatoki", 18),
        cite("weekly", "Ruatoki", 18),
        cite("monthly", "approve of the job Ruatoki is doing", 41),
    ])
    assert figure(linked, "daily", 18)["figure_id"] != figure(linked, "weekly", 18)["figure_id"]


def test_one_choice_whatever_the_verb_but_two_names_chosen_stay_two_answers():
    assert _alike("chose Ridgeway", "picked Ridgeway")
    assert _alike("Ridgeway was the choice", "selected Ridgeway")
    linked = link_citations([cite("herald", "picked the Ecology Party", 17),
                             cite("gazette", "chose the Unity bloc", 17)])
    assert figure(linked, "herald", 17)["figure_id"] != figure(linked, "gazette", 17)["figure_id"]
