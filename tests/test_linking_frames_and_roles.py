"""Sentence-opening frames, head-to-head pairs, earlier weeks' waves and the roles a share plays (a vote, a
verdict on a job, a two-party-preferred share, a best-leader share) kept apart when linking (sentences written
for these tests)."""

from __future__ import annotations

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import link_citations, statement_tokens
from tests.test_linking_rounding_and_waves import cite, figure


def shares(text: str, published: str = "2026-03-10") -> dict[str, dict]:
    article = Article(id="t1", text=text, published=published, outlet="example.com")
    return {c["value_text"]: c for c in extract_articles([article]) if c["kind"] == "share"}


def test_a_previous_week_s_survey_date_dates_neither_the_story_nor_the_earlier_share_s_wave_alike():
    found = shares("The Greens fell to 14 per cent, down from 17 per cent in the previous week's Ipsos poll, "
                   "carried out on 2-3 March.\n\nThe Liberals stayed on 33 per cent, the pollster said.")
    assert found["33 per cent"]["fieldwork_start"] is None  # not 2 March: that was the week before's poll
    assert found["17 per cent"]["earlier_wave"] is True
    assert not found["14 per cent"]["earlier_wave"]


def test_an_opening_frame_names_the_question_of_the_sentence_s_shares():
    tpp = shares("Labor's primary vote is 32% in the poll. On Redfield's two-party preferred measure, Labor is on "
                 "51% and the Coalition on 49%.")
    assert "two-party preferred" in tpp["51%"]["question_terms"]
    assert "two-party preferred" not in tpp["32%"]["question_terms"]
    premier = shares("In the Resolve poll, the Liberals are on 35%. In the better premier race, Minns is on 38%.")
    assert "premier" in premier["38%"]["question_terms"] and "premier" not in premier["35%"]["question_terms"]
    run_off = shares("In the Ipsos poll, Ruiz leads the first round. In a simulated run-off, Ruiz would get 54%.")
    assert "run-off" in run_off["54%"]["question_terms"]


def test_each_value_of_a_head_to_head_pair_is_its_own_rival_s():
    beat = shares("In the Ipsos poll, Tomas Novak would beat centrist Ilse Berg 52% to 48% in the run-off.")
    assert "Novak" in beat["52%"]["statement"] and "Berg" not in beat["52%"]["statement"]
    assert "Berg" in beat["48%"]["statement"]
    win = shares("In the second round, Tomas Novak would win 55% to 45% against Ilse Berg, the Ipsos poll found.")
    assert "Berg" in win["45%"]["statement"] and "Berg" not in win["55%"]["statement"]
    ahead = shares("The Ipsos poll has Novak ahead of Berg: 47% to 44%.")
    assert ahead["47%"]["statement"] != ahead["44%"]["statement"]


def test_a_figure_in_a_relative_aside_does_not_cut_the_subject_off_the_share_after_it():
    found = shares("In the Ipsos poll, the Greens, which took 11.2% in May, are on 9%, and the Liberals on 30%.")
    assert "Greens" in found["9%"]["statement"]


def test_a_vote_for_someone_and_approval_of_his_job_stay_two_figures_through_a_bare_name():
    linked = link_citations([
        cite("a", "Gov. Ray Okafor", 54),
        cite("a", "approve of the way Okafor is handling his job", 54, position=60),
        cite("b", "would vote for Okafor", 54),
        cite("b", "Okafor's job approval", 54, position=60),
    ])
    vote, approval = figure(linked, "b", 54), [c for c in linked if c["article_id"] == "b"][1]
    assert vote["figure_id"] != approval["figure_id"]
    assert [c for c in linked if c["article_id"] == "a"][1]["figure_id"] == approval["figure_id"]


def test_a_two_party_preferred_share_is_not_the_party_s_primary_vote():
    linked = link_citations([
        cite("a", "the Coalition", 44),
        cite("a", "two-party preferred the Coalition", 47, position=60),
        cite("b", "the Coalition recorded a primary vote", 44),
        cite("b", "the Coalition on 2PP", 47, position=60),
    ])
    assert figure(linked, "a", 44)["figure_id"] != figure(linked, "a", 47)["figure_id"]
    assert figure(linked, "a", 47)["figure_id"] == figure(linked, "b", 47)["figure_id"]


def test_a_bare_best_leader_share_joins_no_other_leader_s_figure():
    linked = link_citations([
        cite("a", "Ruiz's party", 30),
        cite("a", "approve of Ruiz", 40, position=20),
        cite("a", "preferred prime minister Ruiz", 7, position=40),
        cite("a", "preferred prime minister Berg", 24, position=60),
        cite("b", "Berg", 24),
        cite("c", "preferred prime minister", 24),
    ])
    assert figure(linked, "a", 7)["figure_id"] != figure(linked, "c", 24)["figure_id"]
    assert figure(linked, "c", 24)["figure_id"] == figure(linked, "a", 24)["figure_id"]


def test_a_party_named_by_its_leader_is_the_party_and_a_titled_leader_is_the_person():
    assert statement_tokens("Maria Lopez's Liberal Party") == statement_tokens("Liberal Party")
    assert statement_tokens("Ana Ruiz's Green Party") == statement_tokens("the Green Party")
    assert statement_tokens("Green Party leader Ana Ruiz") == statement_tokens("Ana Ruiz")
    assert statement_tokens("the Labour leader") >= statement_tokens("Labour")  # no name after it: the title stays
