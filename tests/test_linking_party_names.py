"""Vote intention across outlets: one party under the names outlets give it ("the Greens", "Grüne", "Farage's
party") is one figure; a party's share, its leader's best-prime-minister figure and a run-off's shares stay
apart (sentences written for these tests)."""

from __future__ import annotations

from etl.link import link_citations, statement_tokens
from tests.figure_wording import wordings as figure_wordings
from tests.test_linking_rounding_and_waves import cite, figure


def wordings(text: str, values: list[str]) -> list[tuple[str | None, str | None]]:
    return [(w.statement, w.question_terms) for w in figure_wordings(text, values)]


def test_a_party_s_names_in_several_languages_and_forms_fold_into_one():
    assert statement_tokens("Bündnis 90/Die Grünen") == statement_tokens("Grüne") == statement_tokens("the Greens")
    assert statement_tokens("Die Linke") == statement_tokens("the Left")
    assert statement_tokens("Law and Justice") == statement_tokens("PiS")
    assert statement_tokens("the Civic Coalition") == statement_tokens("KO")
    assert statement_tokens("Rassemblement National") == statement_tokens("National Rally") == statement_tokens("RN")
    assert statement_tokens("the Liberal Democrats") == statement_tokens("Lib Dems") == statement_tokens("LD")
    assert statement_tokens("the Union bloc") == statement_tokens("CDU/CSU")
    assert statement_tokens("Alternative for Germany") == statement_tokens("AfD")
    assert statement_tokens("a trade union leader") != statement_tokens("CDU")  # only "the Union" alone is a party


def test_a_party_named_by_its_leader_is_the_party_and_the_leader_alone_stays_a_person():
    assert statement_tokens("Nigel Farage's party") == statement_tokens("Reform UK") - {"org:uk"}
    assert statement_tokens("Jarosław Kaczyński's party") == statement_tokens("PiS")
    assert statement_tokens("Marine Le Pen's party") == statement_tokens("RN")
    assert statement_tokens("Carney's Liberals") == statement_tokens("the Liberals")
    assert "merz" not in statement_tokens("support for Friedrich Merz's conservatives")
    assert "farag" in statement_tokens("picked Nigel Farage")
    assert statement_tokens("Olsen's party") == statement_tokens("Olsen party")  # a leader the table does not know


def test_outlets_naming_one_party_differently_cite_one_figure_and_other_parties_stay_apart():
    linked = link_citations([  # each outlet rounds the release its own way: no share is quoted alike
        cite("a", "the Greens", 13, position=10), cite("a", "the Union", 26, position=30),
        cite("b", "would vote for Bündnis 90/Die Grünen", 12.6, position=10),
        cite("b", "Merz's conservatives", 25.6, position=30),
        cite("c", "Grüne", 12.5, position=10), cite("c", "CDU/CSU", 25.5, position=30),
    ])
    greens = {figure(linked, a, v)["figure_id"] for a, v in (("a", 13), ("b", 12.6), ("c", 12.5))}
    union = {figure(linked, a, v)["figure_id"] for a, v in (("a", 26), ("b", 25.6), ("c", 25.5))}
    assert len(greens) == 1 and len(union) == 1 and greens != union


def test_a_best_prime_minister_share_never_joins_the_party_share_it_equals():
    linked = link_citations([
        cite("a", "Reform UK", 29, position=10), cite("a", "Labour", 21, position=30),
        cite("b", "Nigel Farage's party", 29, position=10), cite("b", "Labour", 21, position=30),
        cite("c", "picked Farage as the best prime minister", 29, position=10, sentence=0),
        cite("c", "Labour", 21, position=60, sentence=50),
    ])
    party = figure(linked, "a", 29)["figure_id"]
    assert figure(linked, "b", 29)["figure_id"] == party
    assert figure(linked, "c", 29)["figure_id"] != party


def test_a_best_prime_minister_sentence_lends_its_question_to_the_shares_after_it():
    linked = link_citations([
        cite("a", "picked Farage as best prime minister", 23, position=10),
        cite("a", "Keir Starmer", 20, position=40),
        cite("b", "Keir Starmer was chosen as best prime minister", 20, position=10, sentence=0),
        cite("b", "Starmer's party", 20, position=90, sentence=80),
    ])
    best_pm = figure(linked, "b", 20)["figure_id"]
    assert figure(linked, "a", 20)["figure_id"] == best_pm
    party = next(c for c in linked if c["article_id"] == "b" and c["start"] == 90)
    assert party["figure_id"] != best_pm


def test_the_share_after_a_run_off_share_in_its_sentence_is_no_first_round_figure():
    linked = link_citations([
        cite("a", "for Ana Okafor", 19, position=10, sentence=0),
        cite("b", "would win the run-off", 53, position=110, sentence=100),
        cite("b", "for Ana Okafor", 47, position=130, sentence=100),
        cite("c", "Ana Okafor", 19, position=10, sentence=0),
    ])
    assert figure(linked, "a", 19)["figure_id"] == figure(linked, "c", 19)["figure_id"]
    assert figure(linked, "b", 47)["figure_id"] != figure(linked, "a", 19)["figure_id"]


def test_a_leader_s_pair_keeps_what_it_measures_and_a_pronoun_leader_is_the_person_named_before():
    text = "Okafor's ratings improved this month. She leads Brandt 48-30 as preferred premier."
    said = [s for s, _ in wordings(text, ["48", "30"])]
    assert said == ["Okafor as preferred premier", "Brandt as preferred premier"]
    text = "The Social Democrats hold a three-point edge over the Liberals, 31 per cent to 28 per cent."
    assert [s for s, _ in wordings(text, ["31 per cent", "28 per cent"])] == ["The Social Democrats", "the Liberals"]


def test_a_sentence_opening_with_its_round_gives_its_shares_that_round():
    text = "In a second round against Okafor, Brandt would get 55% and his rival 45%."
    assert all(terms and terms.startswith("second round") for _, terms in wordings(text, ["55%", "45%"]))
