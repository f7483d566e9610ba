"""Attribution in styles of copy the development corpus has few of: several polls in one sentence, business
surveys, fieldwork written as a quarter, "last Tuesday to Saturday" or "in the days after" an event, pollsters
before a slash or opening a sentence after a connective (sentences written for these tests)."""

from __future__ import annotations

import pytest

from etl.pollsters import default_matcher
from tests.test_attribute import attribute
from tests.test_fieldwork_dates import starts


def test_responses_from_firms_make_a_survey_sentence_that_dates_the_others():
    text = ("Two in five retailers expect to cut staff, says the Northern Traders Guild. "
            "Its Spring Outlook, based on responses from 610 shops between 2 and 20 March, found 41% had frozen pay. "
            "Only 12% planned to hire.")
    assert starts(text, "41%", "12%", published="2025-04-09") == ["2025-03-02", "2025-03-02"]


def test_a_value_in_an_outlets_survey_of_a_month_is_that_months():
    text = ("Backing for the mayor fell to 48% in a Savanta poll conducted over three days from Friday, "
            "down from 53% in the paper's poll in November.")
    assert starts(text, "48%", "53%", published="2026-01-20") == ["2026-01-16", "2025-11"]


def test_a_value_in_a_pollsters_month_poll_is_that_months():
    text = "Gallup's survey, conducted Oct 6-19, found 39% satisfied, compared with 45% in Gallup's September poll."
    assert starts(text, "39%", "45%", published="2025-10-28") == ["2025-10-06", "2025-09"]


def test_a_poll_taken_in_the_days_after_last_weeks_event_ran_from_that_week():
    text = ("Most voters judged the budget unfair, according to a Deltapoll survey taken in the days after last "
            "week's statement. Some 36% thought it fair.")
    (start,) = starts(text, "36%", published="2025-11-04")
    assert start and start.startswith("2025-10")


@pytest.mark.parametrize("when", ["in Q2 2025", "in the second quarter of 2025", "during the 2nd quarter 2025"])
def test_a_quarter_with_a_fieldwork_word_dates_the_survey(when):
    text = f"The Harbour Chamber survey, carried out {when}, found 44% of members expect higher costs."
    assert starts(text, "44%", published="2025-08-01") == ["2025-04"]


def test_a_quarter_a_survey_asks_about_is_no_fieldwork():
    text = "The Harbour Chamber survey found 44% of members expect orders to grow in the fourth quarter of 2025."
    assert starts(text, "44%", published="2025-08-01") == [None]


def test_last_weekday_to_weekday_is_the_latest_such_days_before_publication():
    text = "The Resolve Political Monitor, taken last Tuesday to Saturday, had the government on 37%."
    assert starts(text, "37%", published="2025-06-18") == ["2025-06-10"]  # a Wednesday: the week before's


def test_a_pollster_before_a_slash_and_an_agency_name_is_no_photo_credit():
    (share,) = attribute("The AtlasIntel/Bloomberg poll put the president's approval at 46%.", "46%",
                         published="2025-09-01")
    assert share["pollster"] == "AtlasIntel"


def test_an_agency_after_a_slash_under_a_photo_is_still_a_credit():
    text = "Pollster YouGov/Getty Images\n\nSupport for the plan stood at 33%, a Deltapoll survey found."
    (share,) = attribute(text, "33%", published="2025-09-01")
    assert share["pollster"] == "Deltapoll"


def test_research_by_opening_a_sentence_names_an_unlisted_pollster():
    (share,) = attribute("Research by the University of Eastmoor found that 29% of carers had skipped meals.",
                         "29%", published="2025-09-01")
    assert share["pollster"] == "University of Eastmoor"


def test_a_poll_by_a_described_newspaper_is_that_newspapers():
    (share,) = attribute("In a poll by Peruvian newspaper La Voz del Sur, 31% backed the reform.", "31%",
                         published="2025-09-01")
    assert share["pollster"] == "La Voz del Sur"


def test_researchers_at_a_body_who_polled_people_make_it_the_pollster():
    text = "Researchers at the Westbrook Institute of Labour surveyed 1,800 workers. Some 27% said they worked unpaid."
    (share,) = attribute(text, "27%", published="2025-09-01")
    assert share["pollster"] == "Westbrook Institute of Labour"


def test_a_research_body_after_the_opening_a_sentence_that_found_a_number():
    text = "The Centre for Rural Research found 38% of farmers planned to sell land, in a survey of 900 farms."
    (share,) = attribute(text, "38%", published="2025-09-01")
    assert share["pollster"] == "Centre for Rural Research"


def test_each_value_takes_the_pollster_written_right_after_it():
    text = "The Greens are on 12% with Survation, 15% with Techne and 11% in the Find Out Now survey."
    shares = attribute(text, "12%", "15%", "11%", published="2025-09-01")
    assert [s["pollster"] for s in shares] == ["Survation", "Techne", "Find Out Now"]


def test_a_connective_opening_a_sentence_is_no_sponsor():
    text = "Labour is on 21%, Opinium found. Meanwhile Deltapoll found that 39% want an early election."
    _, second = attribute(text, "21%", "39%", published="2025-09-01")
    assert (second["pollster"], second["sponsor"]) == ("Deltapoll", None)


@pytest.mark.parametrize("name", ["OnePoll", "Censuswide", "Talker Research", "SurveyMonkey", "HKPORI"])
def test_commissioning_and_panel_firms_are_listed(name):
    (found,) = default_matcher().find(f"The survey by {name} found 40% agreed.")
    assert found.pollster.website
