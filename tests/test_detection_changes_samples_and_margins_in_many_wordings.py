"""Changes, leads, net ratings, sample sizes and margins of error in wordings the dev data has little of, and
look-alikes that are none (a lab's sample, a market index's points, a plan's points).

Every sentence here is written for these tests.
"""

import pytest

from etl.extract import find_mentions

POLL = "A new Ipsos poll was published on Tuesday. "


def figures(text: str, min_confidence: float = 0.5) -> list[tuple[str, float, str]]:
    """(kind, value, value_text) of every mention at or above min_confidence."""
    return [(m["kind"], m["value"], m["value_text"]) for m in find_mentions("t", text)
            if m["confidence"] >= min_confidence]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ms Ortiz leads by 5 there among registered voters.", ("change", 5.0, "5")),
    ("The Greens are down 4 (12%) and the Liberals up 2 (30%).", ("change", -4.0, "4")),
    ("Ms Lind now leads Mr Berg as preferred premier by 7.", ("change", 7.0, "7")),
    ("The Social Democrats' lead is 6, down from 9 in May.", ("change", 6.0, "6")),
])
def test_a_bare_lead_or_change_in_new_wordings_is_a_change(sentence, expected):
    assert expected in figures(POLL + sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The poll finds 61 percent oppose the new fuel tax, a 6-point increase since spring.", ("change", 6.0, "6-point")),
    ("In all, 48% oppose higher tariffs on imports, the survey found, up 5 points from March.",
     ("change", 5.0, "5 points")),
])
def test_a_change_set_after_its_share_is_as_sure_as_the_share(sentence, expected):
    assert expected in figures(POLL + sentence)


def test_a_subgroup_count_before_its_share_near_a_poll_is_a_sample_size():
    found = figures(POLL + "The sample was weighted.\nAmong 612 Democrats, 84% back the bill.")
    assert ("sample_size", 612.0, "612") in found


def test_a_subsample_count_and_its_margin_are_found():
    found = figures(POLL + "The margin of error for the subsample of 388 independents is 5.1 points.")
    assert ("sample_size", 388.0, "388") in found
    assert ("margin_of_error", 5.1, "5.1 points") in found


def test_the_second_of_two_counts_contacted_is_not_the_sample():
    found = figures("The telephone survey reached 1,400 households with voters and 1,900 mobile phone users, "
                    "receiving responses from 510 and 702 people, respectively.")
    assert ("sample_size", 1900.0, "1,900") not in found
    assert ("sample_size", 510.0, "510") in found


def test_a_count_that_answered_restated_as_a_rate_leaves_those_contacted_out():
    found = figures("The broadcaster contacted 2,150 people by phone over two days, and 1,080, or 50 percent, "
                    "responded.")
    assert ("sample_size", 2150.0, "2,150") not in found
    assert ("sample_size", 1080.0, "1,080") in found


def test_a_lab_sample_is_no_survey():
    assert figures("Scientists analysed a sample of 400 blood tests and found the assay picked up 88% of tumours, "
                   "with an error margin of 3%.") == []


@pytest.mark.parametrize("sentence", [
    "The poll comes as a storm cut the grid overnight, leaving 210,000 households without power.",
    "The survey was taken as floods displaced 14,000 residents along the river.",
    "The survey comes as 3,500 residents were evacuated from the valley.",
])
def test_people_an_event_left_affected_in_a_poll_sentence_are_no_sample(sentence):
    found = figures("A Savanta poll of 1,150 adults found 44% in favour. " + sentence)
    assert [f for f in found if f[0] == "sample_size"] == [("sample_size", 1150.0, "1,150")]


def test_a_sample_described_by_what_it_lacks_is_still_a_sample():
    assert ("sample_size", 1800.0, "1,800") in figures("Savanta polled 1,800 adults without a landline by text.")


@pytest.mark.parametrize("sentence", [
    "The ASX 200 meanwhile fell 38 points on Friday.",
    "In Mumbai the Sensex lost 80 points by the close.",
])
def test_a_market_index_points_in_a_poll_article_are_no_change(sentence):
    assert [f for f in figures(POLL + "Labour is on 30%. " + sentence) if f[0] == "change"] == []


def test_points_of_a_plan_are_no_change():
    assert [f for f in figures(POLL + "The minister set out four points of a new plan for schools.")
            if f[0] == "change"] == []


def test_a_credibility_interval_without_its_unit_is_a_margin_of_error():
    assert ("margin_of_error", 2.5, "2.5") in figures(POLL + "The poll has a credibility interval of 2.5.")


@pytest.mark.parametrize("sentence", [
    "Leicester went three points clear at the top on Saturday.",
    "Burnley are now six points from safety.",
    "Rovers trail by four points in the title race.",
])
def test_a_team_standing_in_a_poll_article_is_no_change(sentence):
    assert [f for f in figures(POLL + "Labour is on 30%. " + sentence) if f[0] == "change"] == []


def test_a_party_clear_at_the_top_of_the_polls_is_a_lead():
    assert ("change", 2.0, "two points") in figures(POLL + "Reform are two points clear at the top of the polls.")


def test_a_net_rating_read_out_as_negative_is_a_negative_change():
    assert ("change", -14.0, "14") in figures(POLL + "Her net favourability is negative 14.")


def test_a_sample_size_named_so_is_a_sample_size():
    assert ("sample_size", 1460.0, "1,460") in figures(POLL + "The poll has a sample size of 1,460 adults.")


def test_a_lead_at_its_level_after_down_is_not_a_fall():
    assert ("change", 7.0, "7 points") in figures(POLL + "Labour's lead is down to single figures at 7 points.")


def test_a_team_net_rating_is_no_survey_cue():
    text = "The Celtics won 118-101. Boston are now 5 points clear in net rating after the win."
    assert figures(text) == []


def test_a_minus_before_points_written_short_keeps_its_sign():
    assert ("change", -2.0, "2pts") in figures(POLL + "Reform 29 (+3pts), Labour 22 (-2pts).")


def test_a_gap_of_a_single_point_after_is_a_change():
    assert ("change", 1.0, "a single point") in figures(POLL + "The gap between them is now just a single point.")


def test_an_error_tolerance_is_a_margin_of_error():
    assert ("margin_of_error", 2.5, "2.5 points") in figures(POLL + "The error tolerance is 2.5 points.")


def test_a_lead_cut_in_half_is_no_share():
    assert figures(POLL + "The Greens' lead has been cut in half to four points.") == [("change", 4.0, "four points")]
