"""Linking citations of made-up articles into surveys, questions (series) and figures."""

from __future__ import annotations

import datetime as dt
import random
import re

from etl.link import (
    contradict,
    join_equal_values,
    link_citations,
    question_tokens,
    stable_id,
    statement_tokens,
    subgroup_figure_id,
    written_shorter,
)


def cite(article: str, statement: str, value: float, *, pollster: str | None = "Gallup", start: str | None = "2023-04",
         subgroup: str | None = None, published: str | None = None, position: int = 0) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "start": position, "end": position + 3,
        "pollster": pollster, "statement": statement, "subgroup": subgroup, "fieldwork_start": start,
        "fieldwork_end": start, "published": published,
    }


def by_article(linked: list[dict]) -> dict[str, dict]:
    return {c["article_id"]: c for c in linked}


def test_one_figure_across_outlets_citing_different_values():
    linked = by_article(link_citations([
        cite("a", "said they would support sending troops to the front", 4),
        cite("b", "would support sending troops", 5),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"]


def test_different_waves_are_different_surveys_of_one_series():
    linked = by_article(link_citations([
        cite("a", "approve of the way the president is handling the job", 40, start="2023-03"),
        cite("b", "approve of the way the president is handling his job", 37, start="2023-04-03"),
    ]))
    assert linked["a"]["survey_id"] != linked["b"]["survey_id"]
    assert linked["a"]["figure_id"] != linked["b"]["figure_id"]
    assert linked["a"]["question_id"] == linked["b"]["question_id"]


def test_overlapping_fieldwork_written_differently_is_one_wave():
    linked = by_article(link_citations([
        cite("a", "would cede territory for peace", 19, start="2023-12"),
        {**cite("b", "are ready to cede territory for peace", 19, start="2023-11-29"), "fieldwork_end": "2023-12-09"},
    ]))
    assert linked["a"]["survey_id"] == linked["b"]["survey_id"]


def test_subgroups_answer_one_question_and_are_separate_published_figures():
    linked = by_article(link_citations([
        cite("a", "back the spending cap", 55),
        cite("b", "back the spending cap", 72, subgroup="Conservative voters"),
        cite("c", "back the spending cap", 70, subgroup="Conservatives"),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"] == linked["c"]["figure_id"]
    published = {k: subgroup_figure_id(c) for k, c in linked.items()}
    assert published["a"] == linked["a"]["figure_id"]  # the whole sample keeps the question-level id
    assert published["a"] != published["b"] == published["c"]


def test_opposite_answers_stay_apart():
    linked = by_article(link_citations([
        cite("a", "are more concerned than excited about AI", 52),
        cite("b", "are more excited than concerned about AI", 10),
        cite("c", "support the strike", 40),
        cite("d", "do not support the strike", 45),
    ]))
    assert linked["a"]["question_id"] != linked["b"]["question_id"]
    assert linked["c"]["question_id"] != linked["d"]["question_id"]


def test_leave_and_stay_or_right_and_wrong_are_opposite_answers():
    assert contradict(statement_tokens("would vote to leave the federation"),
                      statement_tokens("would vote to stay in the federation"))
    assert contradict(statement_tokens("think the region is heading in the right direction"),
                      statement_tokens("say the region is heading in the wrong direction"))
    assert not contradict(statement_tokens("would vote to stay"), statement_tokens("would vote to remain"))


def test_unrelated_questions_of_one_survey_stay_apart():
    linked = by_article(link_citations([
        cite("a", "think the economy is getting worse", 61),
        cite("b", "trust the police in their area", 58),
    ]))
    assert linked["a"]["survey_id"] == linked["b"]["survey_id"]
    assert linked["a"]["question_id"] != linked["b"]["question_id"]


def test_figures_without_a_pollster_do_not_collapse_into_one_survey():
    linked = by_article(link_citations([
        cite("a", "feel unsafe at night", 30, pollster=None, start=None),
        cite("b", "feel unsafe at night", 30, pollster=None, start=None),
    ]))
    assert linked["a"]["survey_id"] != linked["b"]["survey_id"]


def test_undated_citation_joins_the_latest_wave_the_article_could_know():
    linked = by_article(link_citations([
        cite("dated", "are more worried than excited about robots", 52, pollster="Pew", start="2023-08"),
        cite("older", "are more worried than excited about robots", 38, pollster="Pew", start="2022-12"),
        cite("late", "more worried than excited by robots", 52, pollster="Pew", start=None, published="2023-09-10"),
        cite("early", "more worried than excited by robots", 38, pollster="Pew", start=None, published="2023-01-20"),
    ]))
    assert linked["late"]["survey_id"] == linked["dated"]["survey_id"]
    assert linked["early"]["survey_id"] == linked["older"]["survey_id"]


def test_ids_are_stable_and_independent_of_input_order():
    citations = [
        cite("a", "said they would support sending troops", 4, position=10),
        cite("b", "would support sending troops", 5, position=20),
        cite("c", "oppose the war", 43, start="2022-06", position=30),
        cite("d", "do not approve of the war", 40, start="2022-04", position=40),
        cite("e", "back the spending cap", 72, subgroup="Labour voters", position=50),
    ]
    first = link_citations(citations)
    shuffled = citations[:]
    random.Random(7).shuffle(shuffled)
    again = link_citations(shuffled)
    key = ("survey_id", "question_id", "figure_id")
    assert {c["article_id"]: tuple(c[k] for k in key) for c in first} == {
        c["article_id"]: tuple(c[k] for k in key) for c in again}
    assert all(re.fullmatch(r"[0-9a-f]{16}", c[k]) for c in first for k in key)


def test_figure_id_does_not_depend_on_the_value():
    one = link_citations([cite("a", "back the spending cap", 55)])[0]
    other = link_citations([cite("a", "back the spending cap", 61)])[0]
    assert one["figure_id"] == other["figure_id"]


def test_stable_id_normalises_case_spacing_and_none():
    assert stable_id("Gallup", "2023-04") == stable_id("  gallup ", "2023-04")
    assert stable_id("Gallup", None) != stable_id("Gallup", "None ")
    assert len(stable_id("x")) == 16


def test_paraphrased_questions_meet_through_synonyms():
    linked = by_article(link_citations([  # three waves, so only the wording can make them one series
        cite("a", "would support the country sending troops into the fighting", 6, start="2023-02"),
        cite("b", "believe the army should take part in the war", 9, start="2023-06"),
        cite("c", "are in favour of soldiers joining the conflict", 7, start="2023-10"),
    ]))
    assert linked["a"]["question_id"] == linked["b"]["question_id"] == linked["c"]["question_id"]


def test_clearly_different_questions_stay_apart_even_with_shared_words():
    linked = by_article(link_citations([
        cite("a", "trust the army to defend the border", 61),
        cite("b", "want the army to take part in the war", 12),
        cite("c", "are more excited than worried about robots", 10),
        cite("d", "are more worried about robots", 10),
    ]))
    assert linked["a"]["question_id"] != linked["b"]["question_id"]
    assert linked["c"]["question_id"] != linked["d"]["question_id"]


def test_a_shared_share_in_one_wave_joins_loosely_worded_citations():
    together = by_article(link_citations([
        cite("a", "approve of the way the mayor handles housing", 41),
        cite("b", "give the mayor good marks on housing", 41),
    ]))
    apart = by_article(link_citations([
        cite("a", "approve of the way the mayor handles housing", 41),
        cite("b", "give the mayor good marks on housing", 41, start="2022-01"),
    ]))
    assert together["a"]["figure_id"] == together["b"]["figure_id"]
    assert apart["a"]["question_id"] != apart["b"]["question_id"]


def test_a_share_with_decimals_quoted_alike_in_one_wave_is_one_figure_whatever_the_words():
    decimals = by_article(link_citations([
        cite("a", "the centre-right bloc", 27.5, pollster="Forsa"),
        cite("b", "conservatives come in", 27.5, pollster="Forsa"),
    ]))
    whole = by_article(link_citations([
        cite("a", "the centre-right bloc", 27, pollster="Forsa"),
        cite("b", "conservatives come in", 27, pollster="Forsa"),
    ]))
    opposed = by_article(link_citations([
        cite("a", "support the new tax", 27.5, pollster="Forsa"),
        cite("b", "do not support the new tax", 27.5, pollster="Forsa"),
    ]))
    assert decimals["a"]["figure_id"] == decimals["b"]["figure_id"]
    assert whole["a"]["figure_id"] != whole["b"]["figure_id"]
    assert opposed["a"]["figure_id"] != opposed["b"]["figure_id"]


def test_undated_citation_joins_the_wave_whose_share_it_quotes_and_takes_its_dates():
    linked = by_article(link_citations([
        {**cite("spring", "want a ceasefire now", 48, pollster="Ipsos", start="2024-03-04"),
         "fieldwork_end": "2024-03-15"},
        cite("summer", "want a ceasefire now", 55, pollster="Ipsos", start="2024-07"),
        cite("recap", "said they wanted a ceasefire now", 48, pollster="Ipsos", start=None, published="2024-09-01"),
    ]))
    assert linked["recap"]["survey_id"] == linked["spring"]["survey_id"]
    assert linked["recap"]["figure_id"] == linked["spring"]["figure_id"]
    assert (linked["recap"]["fieldwork_start"], linked["recap"]["fieldwork_end"]) == ("2024-03-04", "2024-03-15")
    assert linked["recap"]["date_precision"] == "day"


def test_wave_dates_fill_vaguer_fieldwork_but_never_replace_precise_dates():
    linked = by_article(link_citations([
        {**cite("exact", "fear losing their job", 22, start="2023-05-02"), "fieldwork_end": "2023-05-09"},
        cite("month", "are afraid of losing their job", 22, start="2023-05"),
        {**cite("other", "fear losing their job", 22, start="2023-05-03"), "fieldwork_end": "2023-05-08"},
    ]))
    assert linked["month"]["fieldwork_start"] == "2023-05-02"
    assert linked["exact"]["fieldwork_start"] == "2023-05-02"
    assert linked["other"]["fieldwork_start"] == "2023-05-03"


def test_new_rules_do_not_depend_on_input_order():
    citations = [
        {**cite("a", "want a ceasefire now", 48, pollster="Ipsos", start="2024-03-04"), "fieldwork_end": "2024-03-15"},
        cite("b", "want a ceasefire now", 55, pollster="Ipsos", start="2024-07", position=5),
        cite("c", "said they wanted a ceasefire now", 48, pollster="Ipsos", start=None, published="2024-09-01"),
        cite("d", "would support sending troops into the fighting", 6, start="2024-03"),
        cite("e", "believe the army should take part in the war", 6, start="2024-03", position=9),
        cite("f", "All-time low", 6, start=None, published="2024-05-01"),
    ]
    key = ("survey_id", "question_id", "figure_id", "fieldwork_start", "fieldwork_end")
    expected = {(c["article_id"], c["start"]): tuple(c[k] for k in key) for c in link_citations(citations)}
    for seed in range(5):
        shuffled = citations[:]
        random.Random(seed).shuffle(shuffled)
        assert {(c["article_id"], c["start"]): tuple(c[k] for k in key) for c in link_citations(shuffled)} == expected


def test_article_naming_no_pollster_joins_the_pollster_whose_figures_it_repeats():
    citations = [
        cite("named", "see the neighbour as a threat to national security", 70, pollster="Vilmorus"),
        cite("named", "say the sanctions are working", 35, pollster="Vilmorus", position=10),
        cite("bare", "consider the neighbour a threat to national security", 70, pollster=None, start=None),
        cite("bare", "believe the sanctions are working", 35, pollster=None, start=None, position=10),
        cite("lone", "consider the neighbour a threat to national security", 70, pollster=None, start=None),
    ]
    linked = {(c["article_id"], c["start"]): c for c in link_citations(citations)}
    assert linked[("bare", 0)]["figure_id"] == linked[("named", 0)]["figure_id"]
    assert linked[("bare", 10)]["figure_id"] == linked[("named", 10)]["figure_id"]
    assert linked[("lone", 0)]["survey_id"] != linked[("named", 0)]["survey_id"]  # one repeated figure is not enough


def test_a_dropped_subgroup_is_recovered_from_the_share_another_outlet_labels():
    linked = by_article(link_citations([
        cite("full", "want lower speed limits", 64, subgroup="drivers over 70"),
        cite("whole", "want lower speed limits", 41),
        cite("terse", "want lower speed limits", 64),
    ]))
    assert linked["terse"]["subgroup"] == "drivers over 70"
    assert subgroup_figure_id(linked["terse"]) == subgroup_figure_id(linked["full"])
    assert subgroup_figure_id(linked["whole"]) != subgroup_figure_id(linked["full"])


def test_a_share_another_outlet_gives_for_everyone_keeps_no_subgroup():
    linked = by_article(link_citations([
        cite("full", "want lower speed limits", 64, subgroup="drivers over 70"),
        cite("whole", "want lower speed limits", 64),
        cite("terse", "want lower speed limits", 64),
    ]))
    assert subgroup_figure_id(linked["terse"]) == subgroup_figure_id(linked["whole"])
    assert linked["terse"]["subgroup"] is None


def test_answers_on_a_scale_or_comparison_stay_apart():
    linked = by_article(link_citations([
        cite("a", "strongly oppose the new runway", 35),
        cite("b", "somewhat oppose the new runway", 30),
        cite("all", "oppose the new runway", 65),  # everyone opposed, strongly or somewhat: a third answer
        cite("c", "say finding a job got easier", 12),
        cite("d", "say finding a job got more difficult", 62),
    ]))
    assert linked["a"]["question_id"] != linked["b"]["question_id"]
    assert linked["all"]["question_id"] not in (linked["a"]["question_id"], linked["b"]["question_id"])
    assert linked["c"]["question_id"] != linked["d"]["question_id"]


def test_against_after_war_is_no_opposition_and_the_pollster_name_is_no_question():
    linked = by_article(link_citations([  # two waves, so only the wording can join them
        cite("a", "want their army to fight the war against the invaders", 5, pollster="Kantar", start="2023-02"),
        cite("b", "believe their army should join the war", 7, pollster="Kantar", start="2023-08"),
        cite("c", "of people polled by Kantar", 50, pollster="Kantar", start="2023-08"),
        cite("d", "told Kantar they trust the courts", 20, pollster="Kantar", start="2023-02"),
    ]))
    assert linked["a"]["question_id"] == linked["b"]["question_id"]
    assert linked["c"]["question_id"] != linked["d"]["question_id"]


def test_one_quoted_comparison_does_not_date_the_rest_of_an_undated_article():
    linked = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("june", "back a ban on phones in schools", 30, pollster="YouGov", start="2024-06"),
        cite("new", "back a ban on phones in schools", 30, pollster="YouGov", start=None, published="2024-09-01"),
        cite("new", "think homework should be abolished", 22, pollster="YouGov", start=None, published="2024-09-01",
             position=10),
        cite("new", "want longer school holidays", 47, pollster="YouGov", start=None, published="2024-09-01",
             position=20),
        cite("new", "trust teachers", 71, pollster="YouGov", start=None, published="2024-09-01", position=30),
    ])}
    assert linked[("new", 0)]["survey_id"] == linked[("june", 0)]["survey_id"]
    assert linked[("new", 10)]["survey_id"] != linked[("june", 0)]["survey_id"]
    assert linked[("new", 10)]["fieldwork_start"] is None


def test_outlets_disagreeing_on_a_share_still_cite_one_figure():
    linked = by_article(link_citations([
        cite("a", "would support sending troops", 4),
        cite("b", "would support sending troops", 9),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"]


def test_wordless_citations_of_one_article_stay_separate_without_offsets():
    bare = [{k: v for k, v in cite("a", "", value, position=0).items() if k not in ("start", "end")} | {"_row": row}
            for row, value in ((7, 12), (8, 55))]
    linked = link_citations(bare)
    assert linked[0]["figure_id"] != linked[1]["figure_id"]


def test_dont_know_answers_meet_and_are_no_negation():
    linked = by_article(link_citations([  # two waves, so only the wording can join them
        cite("a", "said they don't know", 9, start="2023-02"),
        cite("b", "are not sure", 11, start="2023-08"),
        cite("c", "do not trust the police", 40, start="2023-08"),
    ]))
    assert linked["a"]["question_id"] == linked["b"]["question_id"]
    assert linked["b"]["question_id"] != linked["c"]["question_id"]


def test_dates_in_the_wording_are_no_part_of_the_question():
    linked = by_article(link_citations([
        cite("a", "in early March last year backed the plan", 28, start="2023-03"),
        cite("b", "backed the plan as of June", 23, start="2023-06"),
    ]))
    assert linked["a"]["question_id"] == linked["b"]["question_id"]


def test_an_undated_share_prefers_the_wave_it_repeats_exactly_over_its_articles_usual_wave():
    """The recap's other figures come from March, but 33% is July's share; March said 32%."""
    linked = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("march", "want a ceasefire now", 32, pollster="Ipsos", start="2024-03"),
        cite("march", "trust the army", 60, pollster="Ipsos", start="2024-03", position=10),
        cite("march", "back early elections", 21, pollster="Ipsos", start="2024-03", position=20),
        cite("july", "want a ceasefire now", 33, pollster="Ipsos", start="2024-07"),
        cite("recap", "said they wanted a ceasefire now", 33, pollster="Ipsos", start=None, published="2024-09-01"),
        cite("recap", "trust the army", 60, pollster="Ipsos", start=None, published="2024-09-01", position=10),
        cite("recap", "back early elections", 21, pollster="Ipsos", start=None, published="2024-09-01",
             position=20),
    ])}
    assert linked[("recap", 0)]["survey_id"] == linked[("july", 0)]["survey_id"]
    assert linked[("recap", 10)]["survey_id"] == linked[("march", 10)]["survey_id"]


def test_a_near_share_of_an_older_wave_does_not_pull_an_undated_share_out_of_its_articles_usual_wave():
    """The recap's figures are the spring wave's; 3% for joining the fight is one point off the autumn wave's
    4%, which is no evidence that the recap quotes that wave (an exact repeat would be)."""
    linked = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("autumn", "want the army to join the fighting", 4, pollster="Ipsos", start="2022-10"),
        cite("spring", "trust the army", 60, pollster="Ipsos", start="2023-03", position=10),
        cite("spring", "back early elections", 21, pollster="Ipsos", start="2023-03", position=20),
        cite("recap", "wanted the army to join the fighting", 3, pollster="Ipsos", start=None, position=0),
        cite("recap", "trust the army", 60, pollster="Ipsos", start=None, position=10),
        cite("recap", "back early elections", 21, pollster="Ipsos", start=None, position=20),
    ])}
    assert linked[("recap", 0)]["survey_id"] == linked[("spring", 10)]["survey_id"]
    assert linked[("recap", 0)]["survey_id"] != linked[("autumn", 0)]["survey_id"]


def test_a_poll_named_by_an_unlisted_word_joins_the_pollster_the_batch_names_so():
    """ "A new Focus poll" names no pollster the list knows; another outlet writes "a survey by the Focus
    agency": one pollster, so its figures meet. A name no citation gives as its pollster changes nothing."""
    citations = [
        cite("wire", "would vote to remain in the alliance", 59, pollster="Focus"),
        {**cite("paper", "would vote to remain in the alliance", 59, pollster=None, start=None), "poll_name": "Focus"},
        {**cite("blog", "would vote to remain in the alliance", 59, pollster=None, start=None), "poll_name": "Herald"},
    ]
    linked = by_article(link_citations(citations))
    assert linked["paper"]["figure_id"] == linked["wire"]["figure_id"]
    assert linked["blog"]["survey_id"] != linked["wire"]["survey_id"]


def test_a_fraction_joins_the_wave_whose_share_it_rounds():
    """ "Two-thirds say the economy is getting worse" in an undated story rounds another outlet's 68%: that
    wave, not a poll of its own (a share in per cent this far off would be another reading)."""
    linked = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("axios", "say the economy is getting worse", 68, pollster="Gallup", start="2025-10"),
        cite("axios", "say it is getting better", 26, pollster="Gallup", start="2025-10", position=10),
        {**cite("hill", "say the economy is getting worse", 66.7, pollster="Gallup", start=None,
                published="2025-10-22"), "value_text": "Two-thirds"},
        cite("hill", "say conditions are improving", 26, pollster="Gallup", start=None, published="2025-10-22",
             position=10),
    ])}
    assert linked[("hill", 0)]["survey_id"] == linked[("axios", 0)]["survey_id"]
    assert linked[("hill", 0)]["fieldwork_start"] == "2025-10"


def test_an_article_s_comparison_share_is_not_put_in_the_wave_it_dates_for_that_question():
    """ "79% back membership, down from 81% in the spring wave": 79% is dated September, 81% is not; one
    article gives one share per question and wave, so 81% reads another wave (spring's, where another outlet
    gives it), never September's figure."""
    linked = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("autumn", "support joining the union", 79, pollster="CRRC", start="2026-09", position=0),
        cite("autumn", "support joining the union", 81, pollster="CRRC", start=None, position=10),
        cite("autumn", "say the country is heading the wrong way", 47, pollster="CRRC", start="2026-09",
             position=20),
        cite("other", "back joining the union", 79, pollster="CRRC", start="2026-09"),
    ])}
    assert linked[("autumn", 10)]["survey_id"] != linked[("autumn", 0)]["survey_id"]
    assert linked[("autumn", 0)]["figure_id"] == linked[("other", 0)]["figure_id"]
    spring = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("autumn", "support joining the union", 79, pollster="CRRC", start="2026-09", position=0),
        cite("autumn", "support joining the union", 81, pollster="CRRC", start=None, position=10),
        cite("spring", "back joining the union", 81, pollster="CRRC", start="2026-04"),
    ])}
    assert spring[("autumn", 10)]["survey_id"] == spring[("spring", 0)]["survey_id"]


def test_an_unnamed_article_joins_a_poll_whose_list_gives_its_party_shares_in_one_word():
    """A poll's list names each party in a word ("Labor 35, the Coalition 29"); an outlet that names no pollster
    writes "the Coalition's primary vote stuck at 29%" and "Labor's primary vote was 35%": the same two figures."""
    citations = [
        cite("named", "Labor primary vote", 35, pollster="Resolve Strategic"),
        cite("named", "the Coalition", 29, pollster="Resolve Strategic", position=10),
        cite("bare", "Labor's primary vote was", 35, pollster=None, start=None),
        cite("bare", "the Coalition's primary vote stuck", 29, pollster=None, start=None, position=10),
        cite("lone", "the Coalition's primary vote stuck", 29, pollster=None, start=None),
    ]
    linked = {(c["article_id"], c["start"]): c for c in link_citations(citations)}
    assert linked[("bare", 10)]["figure_id"] == linked[("named", 10)]["figure_id"]
    assert linked[("lone", 0)]["survey_id"] != linked[("named", 0)]["survey_id"]  # one repeated figure is not enough


def test_a_comparison_share_worded_otherwise_goes_to_the_one_earlier_wave_that_cites_it():
    """ "Approval rose to 33%, up from 29% in the previous survey": the September article dates 33% only; 29% is
    the July wave's share (worded "rate the government great or good" there), not a figure of no wave."""
    linked = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("july", "rate the government great or good", 29, pollster="Datafolha", start="2025-07"),
        cite("july", "rate it bad or terrible", 40, pollster="Datafolha", start="2025-07", position=10),
        cite("sept", "approval of the government rose", 33, pollster="Datafolha", start="2025-09"),
        cite("sept", "up from the previous reading", 29, pollster="Datafolha", start=None, position=10),
    ])}
    assert linked[("sept", 10)]["survey_id"] == linked[("july", 0)]["survey_id"]
    assert linked[("sept", 10)]["fieldwork_start"] == "2025-07"
    alone = {(c["article_id"], c["start"]): c for c in link_citations([
        cite("july", "rate the government great or good", 29, pollster="Datafolha", start="2025-07"),
        cite("may", "rate the government great or good", 29, pollster="Datafolha", start="2025-05"),
        cite("sept", "approval of the government rose", 33, pollster="Datafolha", start="2025-09"),
        cite("sept", "up from the previous reading", 29, pollster="Datafolha", start=None, position=10),
    ])}
    assert alone[("sept", 10)]["survey_id"] not in {alone[("july", 0)]["survey_id"], alone[("may", 0)]["survey_id"]}


def test_x_outweighs_y_is_more_x_than_y():
    assert statement_tokens("concern now outweighs excitement") == statement_tokens("more concerned than excited")
    assert statement_tokens("hope outweighs the fear") == statement_tokens("more hope than fear")
    linked = by_article(link_citations([
        cite("a", "are more concerned than excited about robots", 52, pollster="Pew"),
        cite("b", "concern now outweighs excitement about robots", 52, pollster="Pew"),
        cite("c", "are more excited than concerned about robots", 10, pollster="Pew"),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"] != linked["c"]["figure_id"]


def test_a_statement_like_only_one_member_of_a_question_does_not_chain_into_it():
    """'against Labour' shares words with one wording of the strikes question, not with the question."""
    strikes = ["oppose the strikes in the capital", "oppose the strikes in the capital", "do not support the strikes",
               "do not support the strikes", "Labour should condemn the strikes"]
    others = ["oppose higher fuel duty", "oppose school closures", "against longer opening hours",
              "do not support the budget"]
    citations = [cite(f"a{n}", statement, 40 + n, position=n)
                 for n, statement in enumerate([*strikes, "against Labour", *others])]
    linked = {c["start"]: c for c in link_citations(citations)}
    assert len({linked[n]["question_id"] for n in range(len(strikes))}) == 1
    assert linked[len(strikes)]["question_id"] != linked[0]["question_id"]
    random.Random(3).shuffle(citations)
    assert {c["start"]: c["question_id"] for c in link_citations(citations)} == {
        n: c["question_id"] for n, c in linked.items()}


def test_nukes_are_nuclear_weapons():
    assert statement_tokens("oppose nukes on our soil") == statement_tokens("oppose nuclear weapons on our soil")


def in_sentence(citation: dict, sentence_start: int) -> dict:
    return {**citation, "sentence_start": sentence_start}


def test_a_breakdown_answers_the_question_its_sentence_just_asked():
    linked = link_citations([
        in_sentence(cite("a", "approve of the mayor's handling of the floods", 41, position=10), 0),
        in_sentence(cite("a", "and 9% of Republicans", 77, subgroup="Democrats", position=60), 0),
        in_sentence(cite("b", "approve of how the mayor handled the floods", 41, position=10), 0),
    ])
    whole, breakdown, other_outlet = linked
    assert breakdown["figure_id"] == whole["figure_id"] == other_outlet["figure_id"]
    assert subgroup_figure_id(breakdown) != subgroup_figure_id(whole)


def test_a_breakdown_that_contradicts_the_question_before_it_keeps_its_own():
    linked = link_citations([
        in_sentence(cite("a", "support the new rent cap", 52, position=10), 0),
        in_sentence(cite("a", "oppose it", 60, subgroup="landlords", position=60), 0),
    ])
    assert linked[0]["figure_id"] != linked[1]["figure_id"]


def test_a_breakdown_in_another_sentence_is_not_carried():
    linked = link_citations([
        in_sentence(cite("a", "approve of the mayor's handling of the floods", 41, position=10), 0),
        in_sentence(cite("a", "want a new seawall", 77, subgroup="Democrats", position=90), 80),
    ])
    assert linked[0]["figure_id"] != linked[1]["figure_id"]


def test_the_opposite_view_is_the_reversed_answer_of_the_share_before_it():
    linked = link_citations([
        in_sentence(cite("a", "are more hopeful than fearful about driverless buses", 48, position=10), 0),
        in_sentence(cite("a", "took the opposite view", 21, position=70), 0),
        in_sentence(cite("b", "more fearful than hopeful about driverless buses", 21, position=10), 0),
        in_sentence(cite("c", "back the new bike lanes", 55, position=10), 0),
        in_sentence(cite("c", "say the reverse", 30, position=50), 0),
        in_sentence(cite("d", "do not back the new bike lanes", 31, position=10), 0),
    ])
    hopeful, opposite, fearful, back, reverse, not_back = linked
    assert opposite["figure_id"] == fearful["figure_id"] != hopeful["figure_id"]
    assert reverse["figure_id"] == not_back["figure_id"] != back["figure_id"]


def test_a_year_guessed_from_the_publication_date_yields_to_the_wave_whose_shares_it_repeats():
    def restamped(statement: str, value: float) -> dict:
        return {**cite("restamped", statement, value, start="2025-03-02", published="2025-10-01"),
                "fieldwork_end": "2025-03-14", "year_inferred": True}
    explicit = [{**cite("dated", s, v, start="2023-03-02"), "fieldwork_end": "2023-03-14"}
                for s, v in [("trust the courts", 61), ("distrust the courts", 27)]]
    linked = link_citations([*explicit, restamped("have trust in judges", 61), restamped("do not trust judges", 27),
                             restamped("want judges elected", 44)])
    assert {c["survey_id"] for c in linked} == {linked[0]["survey_id"]}
    assert [c["fieldwork_start"] for c in linked[2:]] == ["2023-03-02"] * 3
    assert [c["fieldwork_end"] for c in linked[2:]] == ["2023-03-14"] * 3
    one_repeat = link_citations([*explicit, restamped("have trust in judges", 61),
                                 restamped("want judges elected", 44)])
    assert one_repeat[2]["fieldwork_start"] == "2025-03-02"
    assert one_repeat[2]["survey_id"] != one_repeat[0]["survey_id"]


def test_a_two_month_span_is_not_the_wave_in_its_second_month():
    linked = by_article(link_citations([
        {**cite("june", "would send troops", 5, start="2022-06-06"), "fieldwork_end": "2022-06-17"},
        {**cite("both", "would send troops", 8, start="2022-05"), "fieldwork_end": "2022-06"},
        cite("month", "would send troops", 5, start="2022-06"),
    ]))
    assert linked["month"]["survey_id"] == linked["june"]["survey_id"]
    assert linked["both"]["survey_id"] != linked["june"]["survey_id"]
    assert linked["both"]["fieldwork_start"] == "2022-05"  # not replaced by the June wave's dates


def test_a_long_wording_joins_the_question_it_contains():
    """Its rare words ("robots", "commute") are not in the short wording, but all of the short one is in it."""
    citations = [cite(f"short{n}", "are more worried than excited", 40 + n) for n in range(3)]
    citations.append(cite("long", "voice greater worry than excitement about robots on the daily commute", 44))
    linked = by_article(link_citations(citations))
    assert linked["long"]["figure_id"] == linked["short0"]["figure_id"]


def test_more_of_one_feeling_and_equal_feelings_are_two_answers():
    linked = by_article(link_citations([
        cite("more", "are now more worried about drones", 50),
        cite("equal", "are equally worried and excited about drones", 50),
    ]))
    assert linked["more"]["figure_id"] != linked["equal"]["figure_id"]


def test_opposite_answers_are_two_figures():
    linked = by_article(link_citations([
        cite("easier", "say renting a flat has become easier", 12),
        cite("harder", "say renting a flat has become difficult", 62),
        cite("harder2", "renting a flat has become difficult", 60),
    ]))
    assert linked["harder"]["figure_id"] == linked["harder2"]["figure_id"]
    assert linked["easier"]["figure_id"] != linked["harder"]["figure_id"]


def test_rather_than_is_no_answer_scale():
    linked = by_article(link_citations([
        cite("a", "say prices will rise rather than fall", 55),
        cite("b", "say prices will rise", 55),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"]


def test_agreed_and_disagreed_meet_their_infinitives():
    assert statement_tokens("agreed that rents are too high") == statement_tokens("agree that rents are too high")
    assert statement_tokens("disagreed that rents are too high") == statement_tokens("disagree that rents are too high")
    assert "not" in statement_tokens("disagreed that rents are too high")


def test_an_article_restating_a_share_in_close_words_cites_one_figure():
    """A headline and the text give one share; a third statement with that value says something else."""
    citations = [cite("a", "Tenants worry over rising rents in the capital", 40, position=0),
                 cite("a", "are now more worried by rents", 40, position=10),
                 cite("a", "say the mayor should resign", 40, position=20)]
    tokens = [question_tokens(c) for c in citations]
    assert join_equal_values(citations, tokens, ["q1", "q2", "q3"], ["w"] * 3) == ["q1", "q1", "q3"]


def test_a_share_quoted_alike_in_one_wave_does_not_join_far_apart_shares_of_another_wave():
    """Two questions meet on 41% in one wave; in the next wave one gives 30% and the other 85% (a
    different answer that happened to share a value once): that wave keeps them two figures."""
    citations = [cite("a", "support the new rent cap", 41), cite("b", "support capping rents", 41),
                 cite("c", "support the new rent cap", 30), cite("d", "support capping rents", 85),
                 cite("e", "support capping rents", 85, subgroup="renters")]
    tokens = [question_tokens(c) for c in citations]
    questions, waves = ["q1", "q2", "q1", "q2", "q2"], ["w1", "w1", "w2", "w2", "w2"]
    assert join_equal_values(citations, tokens, questions, waves) == ["q1", "q1", "q1", "q2", "q2"]
    citations[3]["value"] = 33  # near 30: the outlets differ on one figure, which the checks report
    assert join_equal_values(citations, tokens, questions, waves) == ["q1"] * 5


def test_inflation_is_rising_prices():
    assert statement_tokens("say inflation has hit them") >= statement_tokens("prices increased")


def test_noting_is_no_negation():
    assert "not" not in statement_tokens("noting a rise in prices")


def test_illegal_is_the_negation_of_legal():
    assert statement_tokens("should be illegal in most cases") == statement_tokens("should not be legal in most cases")
    linked = by_article(link_citations([
        cite("a", "say abortion should be legal in most cases", 36),
        cite("b", "say abortion should be illegal in most cases", 27),
    ]))
    assert linked["a"]["figure_id"] != linked["b"]["figure_id"]


def test_linking_copies_its_input_unless_asked_to_work_in_place():
    batch = [cite("a", "back the new bike lanes", 55), cite("b", "support the new bike lanes", 54)]
    copied = link_citations(batch)
    assert "figure_id" not in batch[0] and copied[0]["figure_id"] == copied[1]["figure_id"]
    in_place = link_citations(batch, in_place=True)
    assert in_place[0] is batch[0] and batch[0]["figure_id"] == copied[0]["figure_id"]


def test_a_negative_attitude_towards_something_opposes_it():
    assert statement_tokens("have a negative attitude towards the new bypass") == statement_tokens(
        "are against the new bypass")
    assert statement_tokens("have a positive attitude to the new bypass") == statement_tokens(
        "support the new bypass")
    assert "not" not in statement_tokens("have a negative view of the local economy")  # a rating, no stance
    linked = by_article(link_citations([
        cite("a", "were against building the bypass through the park", 58, pollster="Kantar"),
        cite("b", "expressed a negative attitude towards building the bypass through the park", 55, pollster="Kantar"),
        cite("c", "were positive about building the bypass through the park", 30, pollster="Kantar"),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"] != linked["c"]["figure_id"]


def test_a_bare_answer_takes_the_lead_of_its_list():
    """'Asked about the bypass road, 47% approve of it, 41% disapprove': the 41% disapprove of the bypass,
    not of whatever other question the pollster asked that someone opposes."""
    approve = {**cite("a", "approve of it", 47, position=10),
               "question_terms": "Asked about building the bypass road approve of it", "sentence_start": 0}
    disapprove = {**cite("a", "disapprove", 41, position=20), "question_terms": "disapprove", "sentence_start": 0}
    linked = link_citations([
        approve, disapprove,
        cite("b", "oppose building the bypass road", 40),
        cite("c", "oppose the library closure", 55), cite("d", "oppose the library closure", 56),
    ])
    by_value = {c["value"]: c for c in linked}
    assert by_value[41]["question_id"] == by_value[40]["question_id"] != by_value[55]["question_id"]


def test_an_answer_s_own_words_are_not_carried_to_the_next_answer():
    said = {**cite("a", "disagreed that the tram is too slow", 50, position=10), "sentence_start": 0}
    bare = {**cite("a", "agreed", 31, position=20), "sentence_start": 0}
    linked = link_citations([said, bare, cite("b", "say the tram is too slow", 60)])
    by_value = {c["value"]: c for c in linked}
    assert by_value[31]["question_id"] != by_value[60]["question_id"]


def test_wave_keys_are_year_and_month_and_limits_the_publication_day():
    from etl.link import _latest_wave, _month_key

    assert _month_key(dt.date(2023, 6, 17)) == "2023-06"
    assert (_latest_wave("2024-03-09"), _latest_wave("2024"), _latest_wave(None), _latest_wave("soon")) == (
        "2024-03-09", "2024-12-31", "9999", "9999")


def test_a_poll_named_only_by_who_paid_for_it_is_the_pollsters_survey():
    linked = by_article(link_citations([
        {**cite("a", "support building the new bridge", 61, pollster="Northfield Analytics"),
         "sponsor": "Harbour Trust"},
        cite("b", "support building the new bridge", 61, pollster="Harbour Trust", start=None),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"]


def test_a_sponsor_of_two_pollsters_says_nothing_about_which_ran_its_poll():
    linked = by_article(link_citations([
        {**cite("a", "support building the new bridge", 61, pollster="Northfield Analytics"),
         "sponsor": "Harbour Trust"},
        {**cite("c", "support building a new road", 30, pollster="Eastgate Polling"), "sponsor": "Harbour Trust"},
        cite("b", "support building the new bridge", 61, pollster="Harbour Trust", start=None),
    ]))
    assert linked["a"]["survey_id"] != linked["b"]["survey_id"]


def test_paraphrases_of_joining_and_of_excitement_are_one_question():
    linked = by_article(link_citations([
        cite("a", "support joining the European Union", 78),
        cite("b", "back EU accession", 78),
        cite("c", "are more concerned than excited about AI", 52),
        cite("d", "are more worried than enthusiastic about AI", 52),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"]
    assert linked["c"]["figure_id"] == linked["d"]["figure_id"]


def test_a_smaller_share_is_no_answer_scale_word():
    assert statement_tokens("a slightly smaller share support joining NATO") == statement_tokens("support joining NATO")


def test_a_wordless_share_takes_the_question_its_article_gives_that_share_elsewhere():
    linked = link_citations([
        cite("a", None, 84, position=0),
        cite("a", "reject any territorial concessions", 84, position=50),
        cite("b", "reject any territorial concessions", 84),
    ])
    assert linked[0]["figure_id"] == linked[1]["figure_id"] == linked[2]["figure_id"]


def test_a_wordless_share_takes_the_one_question_two_other_articles_cite_with_it():
    lone, cited = cite("x", None, 84), cite("a", "reject any concessions", 84)
    twice = link_citations([lone, cited, cite("b", "reject any concessions", 84)])
    once = link_citations([lone, cited])
    assert twice[0]["figure_id"] == twice[1]["figure_id"]
    assert once[0]["figure_id"] != once[1]["figure_id"]


def test_an_undated_earlier_value_is_a_wave_of_its_own():
    linked = link_citations([
        cite("a", "would accept territorial concessions", 10, start="2022-07"),
        {**cite("b", "would accept territorial concessions", 10, start=None), "earlier_wave": True},
        cite("c", "would accept territorial concessions", 10, start=None),
    ])
    assert linked[1]["survey_id"] != linked[0]["survey_id"]
    assert linked[2]["survey_id"] == linked[0]["survey_id"]  # an undated share still joins the wave it repeats


def test_a_month_without_a_year_finds_the_pollsters_wave_of_that_month():
    linked = link_citations([
        cite("a", "say the army should join the war", 6, start="2022-04"),
        cite("a", "think the war will hurt the country", 53, start="2022-04"),
        cite("b", "say the army should join the war", 5, start="2022-06"),
        cite("b", "think the war will hurt the country", 55, start="2022-06"),
        cite("c", "say the army should join the war", 5, start=None),
        {**cite("c", "say the army should join the war", 9, start=None, position=40), "fieldwork_month": 4},
    ])
    assert linked[4]["survey_id"] == linked[2]["survey_id"]  # the article's undated shares: June's
    assert linked[5]["survey_id"] == linked[0]["survey_id"]  # "back in April it stood at 9%": the only April wave
    assert linked[5]["fieldwork_start"] == "2022-04"


def test_a_month_without_a_year_and_no_wave_that_month_changes_nothing():
    linked = link_citations([
        cite("a", "say the army should join the war", 5, start="2022-06"),
        {**cite("b", "say the army should join the war", 5, start=None), "fieldwork_month": 9},
    ])
    assert linked[1]["survey_id"] == linked[0]["survey_id"]


def test_a_month_without_a_year_picks_among_waves_quoting_its_share_the_one_of_that_month():
    linked = link_citations([
        cite("a", "say the army should join the war", 6, start="2022-04"),
        cite("b", "say the army should join the war", 6, start="2022-06"),
        cite("b", "think the war will hurt the country", 55, start="2022-06"),
        cite("c", "think the war will hurt the country", 55, start=None),
        {**cite("c", "say the army should join the war", 6, start=None, position=40), "fieldwork_month": 4},
    ])
    assert linked[3]["survey_id"] == linked[1]["survey_id"]
    assert linked[4]["survey_id"] == linked[0]["survey_id"]


def test_a_poll_named_only_by_the_outlet_that_paid_is_the_pollsters_survey():
    linked = by_article(link_citations([
        {**cite("a", "want the mayor to resign", 45, pollster="Northfield Analytics"), "sponsor": "The Tribune"},
        {**cite("b", "want the mayor to step down", 45, pollster=None, start=None), "sponsor": "Tribune"},
    ]))
    assert linked["a"]["survey_id"] == linked["b"]["survey_id"]
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"]


def test_becoming_a_member_is_joining_and_pollster_is_no_question_word():
    assert statement_tokens("want their country to become a member of NATO") == statement_tokens(
        "want their country to join NATO")
    assert statement_tokens("said pollster Northfield") == statement_tokens("said Northfield")


def test_nouns_that_only_point_at_the_topic_are_no_question_words():
    assert statement_tokens("Recognition of the global emergency") == statement_tokens("the global emergency")
    assert statement_tokens("think the issue is a global emergency") == statement_tokens("think a global emergency")
    assert "issu" in statement_tokens("say the economy is the most important issue")



def test_a_month_without_a_year_takes_the_one_wave_of_that_month_quoting_its_share_for_any_question():
    linked = link_citations([
        cite("a", "want lower fuel taxes", 28, start="2022-03"),
        cite("b", "say the army should join the war", 5, start="2023-03"),
        cite("c", "say the army should join the war", 5, start="2022-06"),
        cite("c", "think the war will hurt the country", 55, start="2022-06"),
        cite("d", "think the war will hurt the country", 55, start=None),
        {**cite("d", "believe they should support the ally", 28, start=None, position=40), "fieldwork_month": 3},
    ])
    assert linked[4]["survey_id"] == linked[2]["survey_id"]  # the article's usual wave: June 2022
    assert linked[5]["survey_id"] == linked[0]["survey_id"]  # "in March there were 28%": the March quoting 28


def test_undated_shares_take_the_newest_wave_their_article_dates_when_others_date_it_too():
    def batch(published: str | None, other_article_dates_june: bool = True) -> list[dict]:
        others = [cite("a", "say the army should stay out of the war", 4, start="2022-06")]
        return link_citations([
            *(others if other_article_dates_june else []),
            cite("b", "want closer ties with the neighbour", 28, start="2022-03", published=published),
            cite("b", "want closer ties with the neighbour", 23, start="2022-06", published=published, position=20),
            cite("b", "oppose sending troops abroad", 95, start=None, published=published, position=40),
        ])
    undated_article = batch(None)
    assert undated_article[3]["survey_id"] == undated_article[0]["survey_id"]
    assert undated_article[3]["fieldwork_start"] == "2022-06"
    stale = batch("2023-05-01")  # a comparison a year old says nothing of the article's own survey
    assert stale[3]["survey_id"] != stale[0]["survey_id"]
    alone = batch(None, other_article_dates_june=False)
    assert alone[2]["survey_id"] != alone[1]["survey_id"]


def test_rejecting_and_refusing_are_opposition():
    tokens = statement_tokens
    assert tokens("rejecting the idea of a new runway") == tokens("reject the idea of a new runway")
    assert tokens("reject the idea of a new runway") == tokens("are against the idea of a new runway")
    assert tokens("rejection of the new runway") == tokens("oppose the new runway")
    assert tokens("refuse to join the reserve army") == tokens("would not join the reserve army")
    assert tokens("refused to answer") == tokens("did not know")  # an answer, no refusal
    assert contradict(tokens("refuse to join the reserve army"), tokens("would join the reserve army"))


def test_names_of_national_parliaments_and_cabinets_meet():
    linked = by_article(link_citations([
        cite("a", "trust the Verkhovna Rada", 21, pollster="Razumkov Centre"),  # shares apart: words must meet
        cite("b", "trusts parliament", 25, pollster="Razumkov Centre"),
        cite("c", "trust the Cabinet of Ministers", 33, pollster="Razumkov Centre"),
        cite("d", "trust the government", 37, pollster="Razumkov Centre"),
    ]))
    assert linked["a"]["figure_id"] == linked["b"]["figure_id"] != linked["c"]["figure_id"]
    assert linked["c"]["figure_id"] == linked["d"]["figure_id"]


def test_distrust_is_not_trust():
    linked = by_article(link_citations([
        cite("a", "trust the mayor", 61, pollster="SOCIS"),
        cite("b", "distrust the mayor", 30, pollster="SOCIS"),
        cite("c", "do not trust the mayor", 34, pollster="SOCIS"),
    ]))
    assert linked["b"]["figure_id"] == linked["c"]["figure_id"] != linked["a"]["figure_id"]


def test_tories_are_the_conservatives_in_a_statement():
    assert statement_tokens("would vote for the Tories") == statement_tokens("would vote Conservative")
    assert statement_tokens("would vote for the Tories") != statement_tokens("would vote Labour")


def test_a_wordless_share_restating_the_finding_of_the_sentence_before_takes_its_question():
    said = {**cite("a", "are sure the bridge will be finished", 90, position=0), "sentence_start": 0}
    again = {**cite("a", "is down", 95, position=80, start="2022-04"), "sentence_start": 70}
    elsewhere = cite("b", "expect the bridge to be finished", 95, start="2022-04")
    linked = link_citations([said, again, elsewhere, cite("c", "expect the bridge to be finished", 60)])
    assert linked[1]["question_id"] == linked[0]["question_id"]
    assert linked[1]["figure_id"] != linked[0]["figure_id"]  # another wave of that question


def test_a_wordless_share_in_the_sentence_of_another_answer_keeps_its_own_question():
    lead = {**cite("a", "Greens", 58, position=10), "sentence_start": 0}
    rival = {**cite("a", None, 42, position=30), "sentence_start": 0}  # "Greens lead 58 per cent to 42"
    lost = {**cite("a", "his lowest rating had been", 38, position=80), "sentence_start": 70}  # words lost
    linked = link_citations([lead, rival, lost])
    assert linked[1]["question_id"] != linked[0]["question_id"]
    assert linked[2]["question_id"] != linked[0]["question_id"]


def test_helped_and_hurt_are_two_answers_even_when_the_question_terms_name_both():
    hurt = cite("a", "say the levy has hurt their finances", 58)
    helped = {**cite("a", "helped", 11, position=40),
              "question_terms": "say the levy has hurt their finances helped"}
    linked = link_citations([hurt, helped, cite("b", "say the levy helped them", 11)])
    assert linked[1]["question_id"] != linked[0]["question_id"]
    assert linked[1]["figure_id"] == linked[2]["figure_id"]


def test_sure_of_a_win_and_believing_in_victory_are_one_question():
    linked = link_citations([cite("a", "believe in victory", 89), cite("b", "are sure their side will win", 90)])
    assert linked[0]["figure_id"] == linked[1]["figure_id"]


def test_an_undated_article_repeating_one_share_but_reading_another_question_otherwise_is_another_wave():
    wave = [cite("a", "Greens", 18, start="2023-05"), cite("a", "Liberals", 27, start="2023-05"),
            cite("b", "Greens", 18, start="2023-05"), cite("b", "Liberals", 27, start="2023-05")]
    later = [cite("c", "Greens", 18, start=None, published="2023-09-01"),
             cite("c", "Liberals", 29, start=None, published="2023-09-01", position=20),
             cite("c", "Farmers party", 30, start=None, published="2023-09-01", position=40)]
    same = [cite("d", "Greens", 18, start=None, published="2023-06-01"),
            cite("d", "Liberals", 27, start=None, published="2023-06-01", position=20)]
    linked = link_citations(wave + later + same)
    assert linked[4]["survey_id"] != linked[0]["survey_id"]  # 29% is not the wave's 27%: another poll
    assert linked[7]["survey_id"] == linked[0]["survey_id"]


def test_a_comparison_in_an_undated_article_does_not_refute_the_wave_it_repeats():
    wave = [cite("a", "disapprove of the mayor", 60, start="2023-05"), cite("b", "disapprove of the mayor", 60,
                                                                         start="2023-05")]
    undated = [cite("c", "disapprove of the mayor", 60, start=None, published="2023-06-01"),
               cite("c", "disapprove of the mayor", 58, start=None, published="2023-06-01", position=20)]
    linked = link_citations(wave + undated)
    assert linked[2]["figure_id"] == linked[0]["figure_id"]


def test_an_unnamed_article_repeating_two_party_shares_of_a_pollster_joins_it():
    named = [cite("a", "the Greens", 18), cite("a", "the Farmers' Party", 27, position=20)]
    unnamed = [cite("b", "Greens", 18, pollster=None), cite("b", "Farmers' Party", 27, pollster=None, position=20)]
    linked = link_citations(named + unnamed)
    assert linked[2]["figure_id"] == linked[0]["figure_id"]
    assert linked[3]["figure_id"] == linked[1]["figure_id"]


def test_a_negative_impact_is_hurt_and_falling_short_is_not_enough():
    assert statement_tokens("report a negative impact on their savings") == statement_tokens(
        "report it hurt their savings")
    assert contradict(statement_tokens("report a positive effect on their savings"),
                      statement_tokens("report a negative effect on their savings"))
    assert statement_tokens("say the plan fell short on childcare") == statement_tokens(
        "say the plan did not do enough on childcare")


def test_a_negation_in_what_people_worry_about_is_no_negated_answer():
    assert statement_tokens("are worried they won't afford their rent") == statement_tokens(
        "are worried they will afford their rent")
    assert contradict(statement_tokens("are not worried about their rent"),
                      statement_tokens("are worried about their rent"))


def test_two_waves_starting_in_one_month_are_two_surveys():
    early = {**cite("a", "trust the mayor", 72, start="2023-09-05"), "fieldwork_end": "2023-09-13"}
    late = {**cite("b", "oppose the toll", 74, start="2023-09-29"), "fieldwork_end": "2023-10-09"}
    again = {**cite("c", "trust the mayor", 72, start="2023-09-06"), "fieldwork_end": "2023-09-12"}
    linked = link_citations([early, late, again])
    assert linked[0]["survey_id"] != linked[1]["survey_id"]
    assert linked[0]["survey_id"] == linked[2]["survey_id"]


def test_a_citation_dated_by_month_only_does_not_join_two_waves_of_that_month():
    early = {**cite("a", "Greens", 40, start="2023-11-13"), "fieldwork_end": "2023-11-17"}
    late = {**cite("b", "Greens", 41, start="2023-11-27"), "fieldwork_end": "2023-12-01"}
    month = cite("c", "trust the mayor", 30, start="2023-11")
    linked = link_citations([month, early, late])
    assert linked[1]["survey_id"] != linked[2]["survey_id"]
    assert linked[0]["survey_id"] in {linked[1]["survey_id"], linked[2]["survey_id"]}


def test_a_bare_answer_in_a_sentence_of_its_own_answers_the_question_before_it():
    def article(name: str, statement: str, value: float, against: float) -> list[dict]:
        return [{**cite(name, statement, value, position=0), "sentence_start": 0},
                {**cite(name, "disapprove", against, position=40), "sentence_start": 30}]  # "Another 20% disapprove."
    mayor, tram = article("a", "approve of the mayor's budget plan", 72, 20), article(
        "b", "approve of the tram line", 60, 23)
    mayor_again = article("c", "approve of the mayor's budget plan", 71, 21)
    linked = link_citations(mayor + tram + mayor_again)
    assert linked[1]["figure_id"] != linked[3]["figure_id"]
    assert linked[1]["figure_id"] == linked[5]["figure_id"]


def test_a_wordless_share_in_the_sentence_of_another_wave_is_that_question_then():
    now = {**cite("a", "the mayor's approval rating", 45, position=10, start="2023-10"), "sentence_start": 0}
    then = {**cite("a", None, 41, position=30, start="2023-03"), "sentence_start": 0}  # "45% (March: 41%)"
    linked = link_citations([now, then])
    assert linked[1]["question_id"] == linked[0]["question_id"]
    assert linked[1]["survey_id"] != linked[0]["survey_id"]


def test_undated_citations_of_stories_months_apart_are_two_polls():
    def undated(article: str, value: float, published: str) -> dict:
        return cite(article, "Greens", value, start=None, published=published)
    linked = link_citations([undated("a", 30, "2023-11-20"), undated("b", 30, "2023-11-24"),
                             undated("c", 31, "2024-02-15")])
    assert linked[0]["figure_id"] == linked[1]["figure_id"]
    assert linked[2]["survey_id"] != linked[0]["survey_id"]


def test_two_answer_scale_steps_taken_together_are_the_plain_answer():
    assert statement_tokens('trust the courts "somewhat" or "a lot"') == statement_tokens("trust the courts")
    assert statement_tokens("strongly or somewhat agree with the ban") == statement_tokens("agree with the ban")
    assert statement_tokens('trust the courts "somewhat" or "a') == statement_tokens("trust the courts")
    assert statement_tokens("somewhat agree with the ban") != statement_tokens("agree with the ban")


def test_a_party_s_primary_vote_and_its_two_party_preferred_vote_are_two_figures():
    linked = by_article(link_citations([
        cite("a", "the Greens' primary vote rose", 44, pollster="Resolve"),
        {**cite("b", "the Greens", 56, pollster="Resolve"), "question_terms": "the Greens two-party-preferred"},
        {**cite("c", "Greens lead", 56, pollster="Resolve"), "question_terms": "Greens lead two-party preferred"},
        cite("d", "primary vote of the Greens", 44, pollster="Resolve"),
    ]))
    assert linked["a"]["figure_id"] == linked["d"]["figure_id"]
    assert linked["b"]["figure_id"] == linked["c"]["figure_id"] != linked["a"]["figure_id"]
    assert contradict(statement_tokens("primary vote of the Greens"), statement_tokens("Greens two-party-preferred"))


def test_two_party_preferred_votes_of_two_parties_stay_apart():
    linked = by_article(link_citations([
        {**cite("a", "Labor", 53, pollster="Resolve"), "question_terms": "Labor two-party-preferred"},
        {**cite("b", "the Coalition", 47, pollster="Resolve"), "question_terms": "the Coalition two-party-preferred"},
        {**cite("c", "the Coalition", 47, pollster="Resolve"), "question_terms": "the Coalition two-party-preferred"},
    ]))
    assert linked["b"]["figure_id"] == linked["c"]["figure_id"] != linked["a"]["figure_id"]


def test_party_abbreviations_of_a_poll_table_meet_the_party_names():
    assert statement_tokens("ALP") == statement_tokens("Labor")
    assert statement_tokens("L/NP") == statement_tokens("LNP") == statement_tokens("the Coalition")
    assert statement_tokens("ONP") == statement_tokens("One Nation")


def test_a_value_of_an_earlier_wave_that_month_stays_out_of_the_month_s_wave():
    linked = by_article(link_citations([
        cite("a", "back the levy", 44, start="2024-05-10"),
        {**cite("b", "back the levy", 41, start="2024-05"), "earlier_wave": True},
        cite("c", "back the levy", 44, start="2024-05"),
    ]))
    assert linked["a"]["survey_id"] == linked["c"]["survey_id"] != linked["b"]["survey_id"]
    assert linked["b"]["fieldwork_start"] == "2024-05"


def test_a_public_vote_is_a_referendum():
    assert statement_tokens("in favour of a public vote on the treaty") == statement_tokens(
        "support a referendum on the treaty")


def test_an_unlisted_pollster_written_short_and_long_is_one_pollster():
    linked = by_article(link_citations([
        cite("long", "approve of the governor", 38, pollster="Korva Research", start="2024-09"),
        cite("short", "approve of the governor", 38, pollster="Korva", start=None, published="2024-09-25"),
        cite("listed", "approve of the governor", 38, pollster="Ipsos MORI", start="2024-09"),
        cite("other", "approve of the governor", 38, pollster="Ipsos", start="2024-09"),
    ]))
    assert linked["long"]["figure_id"] == linked["short"]["figure_id"]
    assert linked["listed"]["survey_id"] != linked["other"]["survey_id"]


def test_written_shorter_maps_unlisted_names_to_the_listed_or_shorter_form():
    assert written_shorter({"korva", "korva research", "edison", "edison research", "ipsos", "ipsos mori"}) == {
        "korva research": "korva", "edison": "edison research"}


def test_a_bare_first_word_shared_by_two_unlisted_pollsters_joins_neither():
    assert written_shorter({"korva", "korva axa", "korva research"}) == {}


# --- one figure in other words (round 9) -------------------------------------------------------------------------
def test_a_fraction_cites_the_share_in_per_cent_it_rounds():
    """"four in ten" is another outlet's 41.2% when the words agree loosely; the same words with "40%" are
    another share (41.2% rounds to 41)."""
    def linked(value_text: str) -> dict[str, dict]:
        fraction = cite("b", "back the switch to the lev replacement", 40)
        return by_article(link_citations([
            {**cite("a", "support adopting the common currency next year", 41.2), "value_text": "41.2%"},
            {**fraction, "value_text": value_text}]))

    assert linked("four in ten")["a"]["figure_id"] == linked("four in ten")["b"]["figure_id"]
    assert linked("40%")["a"]["figure_id"] != linked("40%")["b"]["figure_id"]


def test_two_outlets_agreeing_on_one_figure_share_another_whatever_its_words():
    """Two articles give the same wave's opposition alike (47.6% and 48%); each also gives 41.2% / 41% for the
    support, in words that share nothing. One release, rounded by one outlet: one figure. Without the figure
    they agree on, nothing says the two 41s are one answer."""
    def cited(*, anchored: bool) -> list[dict]:
        rows = [{**cite("a", "support the introduction of the euro", 41.2, position=0), "value_text": "41.2%"},
                {**cite("b", "want the country to adopt the single currency", 41, position=0), "value_text": "41%"}]
        if anchored:
            rows += [{**cite("a", "are against the new currency", 47.6, position=20), "value_text": "47.6%"},
                     {**cite("b", "are against the new currency", 48, position=20), "value_text": "48%"}]
        return rows

    joined = by_article(c for c in link_citations(cited(anchored=True)) if c["value"] < 45)
    assert joined["a"]["figure_id"] == joined["b"]["figure_id"]
    alone = by_article(link_citations(cited(anchored=False)))
    assert alone["a"]["figure_id"] != alone["b"]["figure_id"]


def test_a_share_quoted_alike_does_not_join_a_contradicting_or_ambiguous_figure():
    """Same value, same wave, an agreed figure besides: still two figures when one statement negates the
    other, or when the other article gives another figure in words like it."""
    anchor = [cite("a", "trust the public broadcaster", 30, position=20),
              cite("b", "trust the public broadcaster", 30, position=20)]
    negated_rows = [*anchor, cite("a", "approve of the mayor", 41), cite("b", "do not like the new budget", 41)]
    negated = by_article(c for c in link_citations(negated_rows) if c["value"] == 41)
    assert negated["a"]["figure_id"] != negated["b"]["figure_id"]
    worded = [cite("a", "the Greens", 14), cite("a", "the Liberals", 29, position=10),
              cite("b", "behind the Liberals", 14), cite("b", "the Social Democrats", 18, position=10)]
    other = by_article(c for c in link_citations([*anchor, *worded]) if c["value"] == 14)
    assert other["a"]["figure_id"] != other["b"]["figure_id"]


def test_two_organisations_keep_two_answers_apart():
    assert contradict(statement_tokens("back Ukraine's membership in the EU"),
                      statement_tokens("back Ukraine's membership in NATO"))
    assert not contradict(statement_tokens("back EU membership"), statement_tokens("support joining the EU soon"))
    # who polled is no object: "an NDI poll", "by CRRC Georgia"
    assert not contradict(statement_tokens("According to an NDI poll want EU membership"),
                          statement_tokens("a survey by CRRC Georgia found support for joining the EU"))


def test_a_negative_rating_is_the_disapproval_another_outlet_gives():
    assert not contradict(statement_tokens("rate the administration bad or terrible"),
                          statement_tokens("disapprove of the administration"))
    assert contradict(statement_tokens("rate the administration good"),
                      statement_tokens("disapprove of the administration"))
    assert contradict(statement_tokens("rate the administration bad"),
                      statement_tokens("do not rate the administration bad"))


def test_paraphrases_of_one_answer_meet():
    assert statement_tokens("would vote to leave") == statement_tokens("backed separation")
    assert statement_tokens("would vote for the Greens") == statement_tokens("would vote Green")
    assert statement_tokens("Labor's primary vote") != statement_tokens("would vote Labor")
    assert statement_tokens("are mishandling the economy") == statement_tokens("are handling the economy badly")
    assert statement_tokens("Yes") == statement_tokens("support")
    assert "not" not in statement_tokens("more worried than excited, against a 25-country median")
    assert statement_tokens("Ipsos's finding on pensions") == statement_tokens("finding on pensions") | {"ipso"}
    assert statement_tokens("Research's finding on pensions") == statement_tokens("finding on pensions")


def test_question_terms_cut_short_keep_the_answer_of_their_statement():
    """Question terms that stop before "the wrong direction" still say which of the two answers it is."""
    wrong = question_tokens({"question_terms": "think the country is moving in",
                             "statement": "think the country is moving in the wrong direction"})
    right = question_tokens({"question_terms": "think the country is moving in",
                             "statement": "think the country is moving in the right direction"})
    assert "wrong" in wrong and contradict(wrong, right)


def test_a_headline_naming_two_parties_joins_neither_party_to_the_other():
    """"Greens gain as Liberals slide" gives the Liberals' 21%, but its words hold both parties' statements:
    it must not make the Greens' and the Liberals' shares one question."""
    citations = [cite("a", "Greens gain as Liberals slide", 21, position=0), cite("a", "the Liberals", 21, position=10),
                 cite("a", "the Greens", 27, position=20), cite("b", "the Liberals", 21),
                 cite("b", "the Greens", 27, position=10)]
    tokens = [question_tokens(c) for c in citations]
    questions = ["greens", "liberals", "greens", "liberals", "greens"]
    joined = join_equal_values(citations, tokens, questions, ["2023-04"] * 5)
    assert joined[1] == joined[3] != joined[2] == joined[4]


def test_a_denial_without_its_object_does_not_pull_distrust_of_several_institutions_into_one_figure():
    linked = link_citations([
        in_sentence(cite("a", "trust the mayor", 61, position=10), 0),
        in_sentence(cite("a", "not trusted", 33, position=40), 0),
        in_sentence(cite("a", "do not trust", 72, position=120), 100),
        in_sentence(cite("a", "do not trust", 54, position=220), 200),
        cite("b", "do not trust the mayor", 33, position=10),
        cite("b", "do not trust the harbour board", 72, position=60),
        cite("c", "distrust the regional assembly", 54, position=10),
        cite("c", "distrust the harbour board", 72, position=60),
    ])
    mayor, denial, harbour, assembly = linked[1], linked[4], linked[5], linked[6]
    assert denial["figure_id"] == mayor["figure_id"]  # "not trusted" right after "trust the mayor": of the mayor
    assert len({denial["figure_id"], harbour["figure_id"], assembly["figure_id"]}) == 3
    assert linked[2]["figure_id"] == harbour["figure_id"] == linked[7]["figure_id"]  # the repeated 72%
    assert linked[3]["figure_id"] == assembly["figure_id"]  # the repeated 54%


def test_a_denial_without_its_object_takes_the_object_of_the_share_before_it_in_its_sentence():
    first, second = link_citations([
        in_sentence(cite("a", "the port authority is trusted", 22, position=10), 0),
        in_sentence(cite("a", "not trusted", 70, position=40), 0),
    ])
    assert first["figure_id"] != second["figure_id"]
    tokens = question_tokens(second)
    assert "not" in tokens and "port" not in tokens  # its own words are still bare: the object is carried


def test_initials_meet_the_name_they_abbreviate():
    pairs = link_citations([cite("a", "would vote for Harbour Alliance", 27), cite("b", "HA", 20)])
    assert pairs[0]["figure_id"] == pairs[1]["figure_id"]
    unrelated = link_citations([cite("a", "would vote for Harbour Alliance", 27), cite("b", "GL", 20)])
    assert unrelated[0]["figure_id"] != unrelated[1]["figure_id"]


def test_initials_matching_two_names_join_neither():
    linked = link_citations([
        cite("a", "would vote for Harbour Alliance", 27),
        cite("a", "would vote for Hill Agrarians", 8),
        cite("b", "HA", 15),
    ])
    assert linked[2]["figure_id"] not in {linked[0]["figure_id"], linked[1]["figure_id"]}


def test_accented_letters_keep_a_name_one_word():
    assert statement_tokens("support Fianna Fáil") == statement_tokens("support Fianna Fail")
    assert "f" not in statement_tokens("backs Sinn Féin")


def test_a_poll_table_s_cut_label_meets_the_name_written_in_full():
    linked = link_citations([
        cite("a", "would vote for the Harbourists", 18, start="2023-04-03"),
        cite("b", "Har", 18, start="2023-04-03"),
        cite("b", "Gre", 9, start="2023-04-03"),
        cite("c", "Harb.", 18, start="2023-04-03"),
    ])
    assert linked[0]["figure_id"] == linked[1]["figure_id"] == linked[3]["figure_id"]
    assert linked[2]["figure_id"] != linked[0]["figure_id"]


def test_a_cut_label_two_full_names_start_with_joins_neither():
    linked = link_citations([
        cite("a", "would vote for the Harbourists", 18, start="2023-04-03"),
        cite("a", "would vote for the Harvesters", 11, start="2023-04-03"),
        cite("b", "Har", 18, start="2023-04-03"),
    ])
    assert linked[2]["figure_id"] not in {linked[0]["figure_id"], linked[1]["figure_id"]}


def test_opposition_and_satisfaction_are_the_answers_they_name():
    assert statement_tokens("opposition to the tram") == statement_tokens("oppose the tram")
    assert statement_tokens("Opposition has fallen") == statement_tokens("oppose fallen")
    assert "not" not in statement_tokens("back the opposition party")
    assert "not" not in statement_tokens("the opposition leads")
    assert statement_tokens("dissatisfaction with the council") == statement_tokens("dissatisfied with the council")


def test_don_t_knows_as_the_base_of_a_share_are_no_answer_of_it():
    assert statement_tokens("including don't knows, would vote Yes") == statement_tokens("would vote Yes")
    assert statement_tokens("back the levy once undecided voters are excluded") == statement_tokens("back the levy")
    assert statement_tokens("the don't knows") == statement_tokens("are undecided")
    assert not contradict(statement_tokens("including don't knows, would vote Yes"), statement_tokens("vote Yes"))


def test_a_lead_naming_two_parties_joins_neither_party_s_share():
    lead = {**cite("a", "the Greens' five-point lead over the Liberals", 5), "kind": "change"}
    linked = link_citations([
        cite("a", "the Greens", 31), cite("a", "the Liberals", 26), lead,
        cite("b", "the Greens", 31), cite("b", "the Liberals", 26),
        {**cite("b", "the Greens ahead of the Liberals", 5), "kind": "change"},
    ])
    greens, liberals, gap = linked[0], linked[1], linked[2]
    assert len({greens["question_id"], liberals["question_id"], gap["question_id"]}) == 3
    assert greens["figure_id"] == linked[3]["figure_id"] and liberals["figure_id"] == linked[4]["figure_id"]
    assert gap["figure_id"] == linked[5]["figure_id"]  # two outlets' leads are one figure


def test_two_party_labels_never_share_a_question_through_a_statement_naming_both():
    """Outlets often write "the Greens, well clear of the Liberals": that statement holds both labels, and
    must not become the question that the Greens' and the Liberals' shares both join."""
    clear = [cite(article, "the Greens, well clear of the Liberals", 33) for article in "bde"]
    linked = link_citations([cite("a", "the Greens", 33), cite("a", "the Liberals", 29), *clear,
                             cite("c", "the Liberals", 29), cite("c", "the Greens", 33)])
    assert linked[0]["question_id"] != linked[1]["question_id"]
    assert linked[0]["figure_id"] == linked[-1]["figure_id"] and linked[1]["figure_id"] == linked[-2]["figure_id"]


def test_an_unfavourable_view_is_the_denial_of_a_favourable_one_in_either_spelling():
    assert contradict(statement_tokens("hold a favourable view of her"), statement_tokens("view her unfavorably"))
    assert statement_tokens("have a favorable opinion") == statement_tokens("have a favourable opinion")


def test_against_before_another_share_sets_it_beside_and_does_not_oppose():
    assert "not" not in statement_tokens("approve in the province, against roughly half nationally")
    assert "not" not in statement_tokens("call it good, against 40 percent who call it bad")
    assert "not" in statement_tokens("voted against the budget")


def test_two_outlets_quoting_one_release_give_its_shares_one_figure_whatever_their_words():
    def wave(article: str, statements: list[str]) -> list[dict]:
        return [cite(article, said, value, start="2026-03-04", position=10 * n)
                for n, (said, value) in enumerate(zip(statements, (31, 38, 24), strict=True))]
    linked = link_citations(wave("a", ["rate the cabinet great or good", "rate it bad or terrible", "say average"])
                            + wave("b", ["edged upward", "went", "regular"]))
    assert [c["figure_id"] for c in linked[:3]] == [c["figure_id"] for c in linked[3:]]
    assert len({c["figure_id"] for c in linked}) == 3


def test_one_share_alike_in_two_outlets_is_not_enough_to_join_their_words():
    linked = link_citations([cite("a", "trust the courts", 41, start="2026-03-04"),
                             cite("a", "trust the police", 63, start="2026-03-04", position=10),
                             cite("b", "expect prices to rise", 41, start="2026-03-04"),
                             cite("b", "expect wages to stall", 18, start="2026-03-04", position=10)])
    assert linked[0]["figure_id"] != linked[2]["figure_id"]


def test_a_rounded_share_is_not_taken_for_another_outlet_s_decimal_one_by_value_alone():
    def wave(article: str, values: tuple[float, ...], statements: tuple[str, ...]) -> list[dict]:
        return [cite(article, said, value, start="2026-03-04", position=10 * n)
                for n, (said, value) in enumerate(zip(statements, values, strict=True))]
    linked = link_citations(wave("a", (47, 38, 12), ("called the economy poor", "said it was fair", "said great"))
                            + wave("b", (46.7, 38, 12), ("his average over the term", "went", "edged up")))
    assert linked[0]["figure_id"] != linked[3]["figure_id"]
    assert linked[1]["figure_id"] == linked[4]["figure_id"]


def test_don_t_know_is_never_the_same_answer_as_a_substantive_one():
    assert contradict(statement_tokens("do not know"), statement_tokens("back the new runway"))
    assert not contradict(statement_tokens("were undecided"), statement_tokens("said they did not know"))


def test_paraphrases_of_unease_of_cuts_and_of_job_ratings_meet():
    assert statement_tokens("feel uneasy about it") == statement_tokens("feel uncomfortable about it")
    assert statement_tokens("anticipate cuts to staff") == statement_tokens("expect a reduction in staff")
    assert statement_tokens("rate his performance as poor") == statement_tokens("rate his job as poor")


def test_stories_dating_neither_poll_nor_themselves_join_one_undated_poll_only_through_what_they_share():
    def undated(article: str, statement: str, value: float, kind: str = "share") -> dict:
        return {**cite(article, statement, value, pollster="Ipsos", start=None), "kind": kind}
    linked = link_citations([
        undated("exit", "sample size", 21000, kind="sample_size"),
        undated("patients", "rated their hospital care as good", 84),
        undated("patients", "waited under four hours", 71),
        undated("nurses", "rated their hospital care as good", 84),
        undated("energy", "plan to cut their heating", 39),
        undated("energy2", "will turn down the heating", 39),
    ])
    survey = [c["survey_id"] for c in linked]
    assert survey[1] == survey[2] == survey[3]  # one question in common: one poll
    assert survey[4] == survey[5] != survey[1]  # one share in common, worded otherwise: one poll, another one
    assert survey[0] not in (survey[1], survey[4])  # a lone sample size is evidence of no poll in particular


def test_undated_stories_with_publication_dates_stay_one_poll_whatever_they_cite():
    linked = link_citations([cite("a", "back the new runway", 41, start=None, published="2023-05-02"),
                             cite("b", "expect fares to rise", 63, start=None, published="2023-05-03")])
    assert linked[0]["survey_id"] == linked[1]["survey_id"]
