"""Detection in translated wire copy, live blogs and broadcast transcripts: the verbs, dates and units of copy
translated from Portuguese, Spanish or German, and figures whose unit is written once for several values.

Every sentence below is written for these tests (no corpus text).
"""

import datetime as dt

import pytest

from etl.dates import date_span, find_dates, resolve_relative
from etl.extract import find_mentions
from etl.numbers import find_numbers

POLL_INTRO = "A survey by the Instituto Pulso was published on Wednesday. "


def figures(text: str, min_confidence: float = 0.5) -> list[tuple[str, float, str]]:
    """(kind, value, value_text) of every mention at or above min_confidence."""
    return [(m["kind"], m["value"], m["value_text"]) for m in find_mentions("t", text)
            if m["confidence"] >= min_confidence]


# --- 1. the verbs of translated copy before a sample -------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The research heard 1,812 voters aged 16 or more in 96 towns.", ("sample_size", 1812, "1,812")),
    ("Pulso quizzed 2,310 adults online last week.", ("sample_size", 2310, "2,310")),
    ("The institute consulted 1,450 people in May.", ("sample_size", 1450, "1,450")),
    ("Its staff sounded out some 3,020 residents of the capital.", ("sample_size", 3020, "3,020")),
])
def test_a_count_of_people_after_a_verb_of_asking_is_a_sample_where_a_survey_is_named(sentence, expected):
    assert expected in figures(POLL_INTRO + "Its results follow. " + sentence)


def test_people_heard_in_an_article_with_no_survey_are_no_sample():
    assert figures("The court heard 1,200 residents over six weeks of hearings in the spring.") == []


def test_a_sample_in_brackets_after_a_pollster_with_its_dates():
    text = "Weekly round-up.\n\nYouGov (Oct 3-4, 2,011 adults): Reform 28%, Labour 21%."
    assert ("sample_size", 2011, "2,011") in figures(text)


# --- 2. a weekday and its day of the month in brackets -------------------------------------------------------------

def test_a_day_in_brackets_after_a_weekday_is_no_share():
    text = "Approval rose to 34%, according to the Pulso survey released this Friday (20). It had 29% in May."
    assert [f for f in figures(text) if f[2] == "20"] == []


def test_a_name_and_its_figure_in_brackets_after_a_share_is_still_a_share():
    text = POLL_INTRO + "The Greens have 14%, ahead of Volt (6) and the Pirates (3)."
    assert ("share", 6, "6") in figures(text)


def test_weekdays_with_days_in_brackets_are_days_of_the_month_of_publication():
    text = "Interviews were held between Monday (9) and Wednesday (11) across the country."
    spans = [date_span(m) for m in find_dates(text, {"Monday", "Wednesday"}, [])]
    assert [resolve_relative(s, dt.date(2026, 11, 13)).start for s in spans] == ["2026-11-09"]
    assert [resolve_relative(s, dt.date(2026, 11, 13)).end for s in spans] == ["2026-11-11"]
    assert resolve_relative(spans[0], dt.date(2026, 12, 2)).start == "2026-11-09"  # days after the 2nd: last month
    ordinal = "It ran from Friday (30th) to Sunday (1st)."
    span = date_span(find_dates(ordinal, {"Friday", "Sunday"}, [])[0])
    assert (resolve_relative(span, dt.date(2026, 2, 3)).start, resolve_relative(span, dt.date(2026, 2, 3)).end) == (
        "2026-01-30", "2026-02-01")  # across the turn of a month


# --- 3. changes counted in tenths of a point ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Greens stand at 11.2%, seven tenths more than in June.", ("change", 0.7, "seven tenths")),
    ("The Liberals gain three tenths and reach 18.4%.", ("change", 0.3, "three tenths")),
    ("The Left drops to 4.1%, two tenths less than last month.", ("change", -0.2, "two tenths")),
    ("Support is up by one tenth of a point.", ("change", 0.1, "one tenth")),
])
def test_tenths_of_a_point_are_a_change_in_points(text, expected):
    found = figures(POLL_INTRO + text)
    assert [f for f in found if f[0] == "change"] == [expected]
    assert all(f[1] < 20 for f in found if "tenth" in f[2])


@pytest.mark.parametrize(("text", "expected"), [
    ("half a point more", [(0.5, "points")]),
    ("half a percentage point less", [(-0.5, "points")]),
    ("half of voters", [(50.0, "percent")]),
])
def test_half_a_point_is_a_change_of_half_a_point(text, expected):
    assert [(e.value, e.unit) for e in find_numbers(text)] == expected


def test_a_fall_told_by_downward_after_the_points():
    text = POLL_INTRO + "Approval oscillated three points downward, to 41%."
    assert ("change", -3, "three points") in figures(text)


def test_tenths_of_a_point_read_as_points_and_tenths_of_people_as_a_share():
    assert [(e.value, e.unit) for e in find_numbers("two tenths of a point")] == [(0.2, "points")]
    assert [(e.value, e.unit) for e in find_numbers("three tenths of voters agree")] == [(30.0, "percent")]


# --- 4. a subgroup defined by its income ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Among families earning up to three minimum wages, Pulso puts approval at 41%.",
    "Among those with a household income of up to two minimum wages the rating reaches 44%.",
    "Among voters who earn more than four minimum wages, disapproval reaches 57%.",
])
def test_a_share_of_an_income_group_is_a_share(sentence):
    assert figures(POLL_INTRO + sentence)[-1][0] == "share"


def test_wages_and_income_outside_a_subgroup_still_tell_against_a_share():
    assert figures("Wages rose by 4% in the year, while income tax receipts fell 2%.") == []


# --- 5. a refusal is no fall ----------------------------------------------------------------------------------------

def test_a_share_that_declined_to_answer_is_a_share():
    found = figures(POLL_INTRO + "Negative ratings reached 35 percent, while 7 percent declined to give an opinion.")
    assert ("share", 7, "7 percent") in found


# --- 6. a threshold is no result ------------------------------------------------------------------------------------

def test_a_hurdle_is_no_survey_figure():
    text = POLL_INTRO + "The Pirates are at 2 percent and would miss the five percent hurdle."
    assert [f for f in figures(text) if f[0] == "share"] == [("share", 2, "2 percent")]


def test_the_share_a_party_needs_is_no_survey_figure():
    text = POLL_INTRO + "A reminder on the rules: parties need 5% of the list vote, or three district wins, to enter."
    assert [f for f in figures(text) if f[2] == "5%"] == []


# --- 7. another value of a share, its unit left out -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The premier had 44 percent approval, down from 49 the month before.", ("share", 49, "49")),
    ("Among women it was 52 percent, while among men it was 47.", ("share", 47, "47")),
    ("Support stood at 58 percent, with answers drawn from 40 towns.", None),
    ("Support stood at 58 percent; the next poll is out on Friday at 10.", None),
])
def test_a_bare_number_after_a_share_takes_its_unit(sentence, expected):
    found = figures(POLL_INTRO + sentence)
    if expected is None:
        assert [f for f in found if f[2] in ("40", "10")] == []
    else:
        assert expected in found


def test_an_age_after_a_share_keeps_no_unit():
    found = figures(POLL_INTRO + "Support reached 61 percent among those aged 18 to 29, and fell among those at 65 "
                                 "and over.")
    assert all(f[2] not in ("65", "18", "29") for f in found)


def test_a_transcript_sentence_about_the_last_share_takes_its_unit():
    text = POLL_INTRO + "GUEST: Forty-four percent said they trust the mayor. That's up from thirty-nine in March."
    assert ("share", 39, "thirty-nine") in figures(text)


def test_a_number_after_a_sentence_of_counts_keeps_no_unit():
    text = POLL_INTRO + "Some 3,000 people marched in the city. That's up from 40 in March."
    assert all(f[2] != "40" for f in figures(text))


# --- 8. a poll's parties and figures, as its table lists them -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (POLL_INTRO + "Union 30, SPD 16, Greens 12.", [30, 16, 12]),
    ("Poll: Labour 31, Reform 27 in new YouGov survey", [31, 27]),
    ("Pulso poll: Greens 24, Liberals 24 – dead heat", [24, 24]),
    (POLL_INTRO + "The poll put Labour on 29, Reform 27 and Conservatives 18.", [29, 27, 18]),
])
def test_names_with_bare_figures_near_a_poll_are_shares(text, expected):
    assert [v for kind, v, _ in figures(text) if kind == "share"] == expected


@pytest.mark.parametrize("text", [
    POLL_INTRO + "In the cup, Bayern 3, Dortmund 1.",
    POLL_INTRO + "The vote is set for May 27, June 25 or later.",
    "Union 27, AfD 25, SPD 15.",  # no survey named anywhere
    POLL_INTRO + "Top of the league: Rovers 44, United 39.",  # two items, no survey cue in the sentence
])
def test_scores_dates_and_lists_far_from_a_poll_are_no_shares(text):
    assert [f for f in figures(text) if f[0] == "share"] == []


def test_a_split_in_the_question_s_order_may_put_the_lower_figure_first():
    text = POLL_INTRO + "Back in March the same institute had the split at 31 to 44."
    assert [f for f in figures(text) if f[0] == "share"] == [("share", 31, "31"), ("share", 44, "44")]


# --- what is no share of respondents ---------------------------------------------------------------------------------

def test_a_median_estimate_of_economists_is_a_forecast():
    text = ("Retail sales grew 2.1 percent in May, the statistics office said, short of the 2.6 percent median "
            "estimate in a survey of economists.")
    assert figures(text) == []


def test_the_components_of_a_price_index_are_no_shares():
    text = ("A survey of economists was published. The sharpest annual increase was seen in transport, at 41 percent, "
            "followed by rents at 33 percent.")
    assert figures(text) == []
