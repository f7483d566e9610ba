"""Pollsters written by a short name, unlisted names before "poll", fieldwork partners, joint credits, outlets'
own polls and date phrases of wire copy and methodology footers (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.attribute import NUMBER_RUN
from etl.dates import date_span, find_dates, resolve_relative
from etl.pollsters import CAPITALISED_WORD, default_matcher
from tests.test_attribute import attribute


def resolved(text: str, published: dt.date) -> list[tuple[str | None, str | None]]:
    """(start, end) of every date phrase the text states, counted back from `published` where relative."""
    found = find_dates(text, set(CAPITALISED_WORD.findall(text)), list(NUMBER_RUN.finditer(text)))
    spans = [d for d in map(date_span, found) if d]
    return [(f.start, f.end) for f in (resolve_relative(d, published) for d in spans if d.relative)] + [
        (d.first, d.last) for d in spans if not d.relative]


@pytest.mark.parametrize(("written", "name"), [
    ("Abacus", "Abacus Data"),
    ("Redfield", "Redfield & Wilton Strategies"),
    ("Mainstreet", "Mainstreet Research"),
])
def test_a_unique_first_word_of_a_listed_pollster_is_that_pollster(written, name):
    assert default_matcher().shortened(written).name == name


@pytest.mark.parametrize("written", ["National", "Public", "Research", "Institute", "United", "Ab"])
def test_a_word_many_names_open_with_shortens_no_pollster(written):
    assert default_matcher().shortened(written) is None


def test_a_pollster_written_by_its_first_word_takes_its_listed_name():
    text = "A new Redfield poll for a Sunday paper puts Labour on 27%. Redfield surveyed 1,800 voters."
    (share,) = attribute(text, "27%", published="2026-02-02")
    assert share["pollster"] == "Redfield & Wilton Strategies"


def test_a_named_pollster_s_first_word_alone_later_is_the_same_pollster():
    text = ("Abacus Data has the Greens at 12% this week. Leger has them at 10%. "
            "Back in May, Abacus had them at 9%.")
    *_, earlier = attribute(text, "12%", "10%", "9%", published="2026-06-20")
    assert earlier["pollster"] == "Abacus Data"


def test_a_possessive_tracking_poll_names_its_pollster():
    text = ("Leger had the Liberals at 40% last week. Mainstreet's nightly tracking, meanwhile, "
            "put the Conservatives at 38%.")
    _, tracked = attribute(text, "40%", "38%", published="2026-04-02")
    assert tracked["pollster"] == "Mainstreet Research"


def test_an_unlisted_name_before_poll_is_the_pollster_where_the_article_speaks_of_a_pollster():
    text = "A Sondeval poll released on Monday gives the mayor 44%. The pollster interviewed 900 residents."
    (share,) = attribute(text, "44%", published="2026-03-03")
    assert (share["pollster"], share["sponsor"]) == ("Sondeval", None)


def test_an_outlet_before_poll_stays_no_pollster_even_where_a_pollster_is_spoken_of():
    text = "A Valley Herald poll gives the mayor 44%. The pollster interviewed 900 residents."
    (share,) = attribute(text, "44%", published="2026-03-03")
    assert share["pollster"] is None


def test_an_unlisted_poll_name_set_beside_a_listed_pollster_s_poll_is_a_pollster():
    text = "The mayor had 51% in the Sondeval survey, against 45% for her rival. The Cadem poll put her at 49%."
    first, second, third = attribute(text, "51%", "45%", "49%", published="2026-03-03")
    assert [first["pollster"], second["pollster"], third["pollster"]] == ["Sondeval", "Sondeval", "Cadem"]


def test_a_survey_network_s_national_partner_is_the_pollster_and_the_network_the_sponsor():
    text = ("Most Ghanaians distrust the police, according to Afrobarometer. Some 61% said so. "
            "The survey was carried out by its national partner Ridgeview Surveys.")
    (share,) = attribute(text, "61%", published="2026-05-02")
    assert (share["pollster"], share["sponsor"]) == ("Ridgeview Surveys", "Afrobarometer")


def test_a_joint_credit_goes_to_the_member_written_alone_as_running_the_survey():
    text = ("The study, a collaboration between King's College London and Ipsos, found that 38% back the plan. "
            "Ipsos interviewed 2,000 adults online.")
    (share,) = attribute(text, "38%", published="2026-05-20")
    assert share["pollster"] == "Ipsos"


def test_an_outlet_s_own_poll_with_a_pollster_is_sponsored_by_the_outlet():
    text = "In our latest weekly poll with YouGov, 43% of adults approved of the president."
    (share,) = attribute(text, "43%", published="2026-06-20", outlet="weeklyreview.example")
    assert (share["pollster"], share["sponsor"]) == ("YouGov", "weeklyreview.example")


def test_a_poll_s_title_ending_in_a_capitalised_word_is_no_sponsor():
    text = "Some 47% back the scheme, according to the State of the Nation survey conducted by CVoter."
    (share,) = attribute(text, "47%", published="2026-02-14")
    assert (share["pollster"], share["sponsor"]) == ("CVoter", None)


def test_a_unit_at_a_university_keeps_its_whole_name_as_sponsor():
    text = ("The research, carried out by Ipsos on behalf of the Policy Institute at King's College London, "
            "found 35% agree.")
    (share,) = attribute(text, "35%", published="2026-05-20")
    assert share["sponsor"] == "Policy Institute at King's College London"


def test_fieldwork_in_the_days_after_an_election_is_dated_by_the_election():
    text = "Approval rose to 47% in the days after the Oct. 26 midterm elections, a poll by Zuban Cordoba showed."
    (share,) = attribute(text, "47%", published="2026-11-05")
    assert share["fieldwork_start"][:7] == "2026-10"


def test_a_quarter_without_a_year_is_the_latest_such_quarter_begun():
    assert resolved("a survey conducted in the first quarter", dt.date(2026, 4, 22)) == [("2026-01", "2026-03")]
    assert resolved("a survey conducted in the fourth quarter", dt.date(2026, 2, 10)) == [("2025-10", "2025-12")]


def test_the_first_weekend_of_the_year_is_its_first_saturday_and_sunday():
    assert resolved("surveyed over the first weekend of the year", dt.date(2026, 1, 8)) == [
        ("2026-01-03", "2026-01-04")]
    assert resolved("polled on the last weekend of March", dt.date(2026, 4, 8)) == [("2026-03-28", "2026-03-29")]


def test_methodology_footer_dates_in_iso_and_day_slash_month_ranges():
    assert resolved("Fieldwork: 2026-02-03 to 2026-02-16.", dt.date(2026, 2, 20)) == [
        ((2026, 2, 3), (2026, 2, 16))]
    assert resolved("interviewed online between 28/04 and 02/05.", dt.date(2026, 5, 20)) == [
        ((None, 4, 28), (None, 5, 2))]


@pytest.mark.parametrize("text", ["rated the show 10/10 overall", "page dated 2026-02-03 by the site"])
def test_a_lone_slashed_pair_or_iso_date_is_no_fieldwork_date(text):
    assert resolved(text, dt.date(2026, 5, 20)) == []


def test_earlier_in_the_month_in_a_paper_of_the_first_is_the_month_before():
    assert resolved("interviewed 1,600 adults earlier in the month", dt.date(2026, 7, 1)) == [("2026-06", "2026-06")]
    assert resolved("interviewed 1,600 adults earlier in the month", dt.date(2026, 7, 20)) == [("2026-07", "2026-07")]


def test_a_rolling_sample_ending_a_day_dates_the_tracking_figures():
    text = ("Nanos tracks the race for two networks. Support for the Liberals stood at 38%, in the three-day "
            "rolling sample ending March 23.")
    (share,) = attribute(text, "38%", published="2026-03-25")
    assert share["fieldwork_start"][:7] == "2026-03"

