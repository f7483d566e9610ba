"""Detection in text types the other sets hold few of: broadcast transcripts, live blogs, data-journalism tables,
business surveys, health and election-night stories, copy translated from German or French.

Every sentence below is written for these tests (no corpus text).
"""

import pytest

from etl.extract import find_mentions
from etl.numbers import find_numbers

POLL = "A new Kantar poll was published on Tuesday. "


def figures(text: str, min_confidence: float = 0.5) -> list[tuple[str, float, str]]:
    """(kind, value, value_text) of every mention at or above min_confidence."""
    return [(m["kind"], m["value"], m["value_text"]) for m in find_mentions("t", text)
            if m["confidence"] >= min_confidence]


def shares(text: str) -> list[float]:
    return [value for kind, value, _ in figures(text) if kind == "share"]


# --- translated copy: "Prozent", "pour cent", "Pkt." ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Greens fell to 12,5 Prozent in the Infratest survey.", ("share", 12.5, "12,5 Prozent")),
    ("The Ifop poll gives the left 27 pour cent of the first-round vote.", ("share", 27, "27 pour cent")),
    ("Its rival stood at 18,5 pour cent in the same poll.", ("share", 18.5, "18,5 pour cent")),
])
def test_percent_written_in_german_or_french_is_a_share(sentence, expected):
    assert expected in figures(sentence)


def test_pkt_is_points():
    assert [(n.value, n.unit) for n in find_numbers("up 2,5 Pkt. on last month")] == [(2.5, "points")]


# --- transcripts: numbers read out ------------------------------------------------------------------------------------

def test_a_pair_read_out_in_words_is_a_poll_split():
    assert shares(POLL + "It has the governor leading fifty-two to forty-one among registered voters.") == [52, 41]


def test_a_pair_read_out_in_a_race_is_no_game_score():
    text = POLL + "The poll puts the Senate race at forty-eight to forty-five."
    assert shares(text) == [48, 45]


def test_a_pair_read_out_with_no_poll_anywhere_is_nothing():
    assert shares("The committee voted fifty-one to forty-nine to advance the bill.") == []


@pytest.mark.parametrize("text", [
    POLL + "Thirty-two approve, sixty disapprove.",
    POLL + "Among renters 32 approve and 60 disapprove.",
])
def test_two_answers_read_out_without_a_unit_are_shares(text):
    assert shares(text) == [32, 60]


def test_answers_with_no_survey_in_the_article_are_nothing():
    assert shares("At the club meeting 32 approve and 60 disapprove of the new kit.") == []


def test_a_share_then_another_answer_read_out_in_words():
    assert shares(POLL + "Fifty-eight per cent say prices are rising, only nine say they are falling.") == [58, 9]


def test_a_decimal_read_out_after_plus_or_minus_is_the_margin():
    text = POLL + "The figures carry a margin of plus or minus two point eight."
    assert ("margin_of_error", 2.8, "two point eight") in figures(text)


def test_a_spoken_decimal_is_not_read_as_points():
    assert [(n.value, n.unit) for n in find_numbers("a gap of three point one")][-1:] != [(3.0, "points")]


def test_a_split_a_poll_reports_as_a_runoff_is_no_game_result():
    text = POLL + "In a run-off the mayor would beat her rival 55 to 45, the poll suggests."
    assert shares(text) == [55, 45]


def test_two_pairs_in_a_transcript_a_survey_named_twice_far_above():
    text = ("HOST: The new Kantar poll is out. Kantar spoke to voters across the state. Let's go through it.\n"
            "GUEST: Right.\nHOST: Go on.\nGUEST: Well.\nHOST: And the independents?\n"
            "GUEST: Independents break forty-four to thirty-nine for the challenger.")
    assert shares(text) == [44, 39]


# --- live blogs and data tables -------------------------------------------------------------------------------------

def test_a_live_blog_poll_line_with_names_and_figures_joined_by_spaces():
    text = "10:42\nLatest poll. Poll: Con 31 Lab 27 LD 14 Grn 8 (Savanta, 3-5 June)"
    assert shares(text) == [31, 27, 14, 8]


def test_names_and_figures_joined_by_spaces_but_followed_by_more_words_are_no_table():
    text = "10:42\nLatest poll. Poll: Con 31 Lab 27 LD 14 Grn 8 over the years 2019 and 2020"
    assert shares(text) == []


def test_two_answers_that_make_a_whole_joined_by_a_slash():
    text = "Should the park be sold? Kantar asked 1,200 adults.\n\nYes 46 / No 54 (excluding don't knows)"
    assert shares(text) == [46, 54]


def test_answer_options_with_change_or_tax_words_on_bullet_lines_are_shares():
    text = ("What voters want from the spending review, according to a Kantar poll:\n"
            "- Cut council tax: 44%\n- Raise fuel duty: 12%\n- Scrap tuition fees: 39%")
    assert shares(text) == [44, 12, 39]


def test_a_table_s_bare_net_line_is_a_change():
    text = "Kantar poll of 1,000 adults.\n• Satisfied: 30%\n• Dissatisfied: 61%\nNet: −31"
    assert ("change", -31, "−31") in figures(text)


def test_fieldwork_dates_name_a_survey():
    text = ("The Political Monitor (fieldwork 3-9 March) is out. Here are its numbers.\n\nBy region. In Wales, "
            "approval is 28%; in Scotland it is 22%.")
    assert shares(text) == [28, 22]


# --- what is no share of respondents --------------------------------------------------------------------------------

def test_a_cut_by_a_treatment_is_no_share():
    text = ("The drug cut heart attacks by 41% in a trial of 12,000 patients. A survey of cardiologists found 62% "
            "would prescribe it.")
    assert shares(text) == [62]


def test_an_economic_forecast_is_no_share():
    text = POLL + "The central bank says inflation will be 2.4% by the spring."
    assert shares(text) == []


def test_shares_of_votes_counted_so_far_are_results():
    text = ("The exit poll had been close. With 64% of the expected vote counted in Ohio, the Republican led 52.8% "
            "to 46.1%.")
    assert shares(text) == []


def test_an_exit_poll_in_a_sentence_about_votes_counted_still_counts():
    text = "As votes counted rose, the exit poll showed 57% of young voters backed the Democrat."
    assert 57 in shares(text)
