"""Attribution in article shapes the corpus has few of: the article's own pollster named only late, after a rival
poll cited in passing; an earlier wave dated "in the poll taken two weeks earlier"; fieldwork at "sampling points
from Thursday to Saturday"; a poll series written by its brand (sentences written for these tests)."""

from __future__ import annotations

from etl.pollsters import default_matcher
from tests.test_attribute import attribute
from tests.test_fieldwork_dates import starts


def test_the_own_pollster_named_late_after_a_rival_poll_owns_the_opening_figures():
    text = ("Most Danes back the bridge, a poll for the broadcaster DR showed, with 61% in favour. "
            "A separate Voxmeter poll put support at 55%. "
            "The DR survey of 1,050 adults was carried out by Epinion over the weekend.")
    own, rival = attribute(text, "61%", "55%", published="2025-05-12")
    assert own["pollster"] == "Epinion"
    assert rival["pollster"] == "Voxmeter"


def test_a_late_name_giving_figures_of_its_own_does_not_take_the_opening_figures():
    text = ("Support for the bridge stands at 61%. A separate Voxmeter poll put it at 55%. "
            "Epinion found 48% opposed.")
    own, _, _ = attribute(text, "61%", "55%", "48%", published="2025-05-12")
    assert own["pollster"] != "Epinion"


def test_a_value_in_the_poll_taken_weeks_earlier_is_that_earlier_waves():
    text = ("A Morning Consult poll conducted March 16-18 found 41% approve. "
            "That is down from 44% in the poll taken six weeks earlier.")
    assert starts(text, "41%", "44%", published="2025-03-20") == ["2025-03-16", "2025-02"]


def test_a_value_in_a_survey_a_year_ago_is_dated_back_from_publication():
    text = "An Ipsos survey conducted May 2-6 found 37% trust the police, compared with 45% in a survey a year ago."
    assert starts(text, "37%", "45%", published="2025-05-14") == ["2025-05-02", "2024-05"]


def test_sampling_points_before_the_fieldwork_days_are_no_earlier_wave():
    text = ("Fine Gael is on 23 per cent, according to the latest Red C poll. The poll was conducted among 1,000 "
            "voters at 100 sampling points from Thursday to Saturday last week.")
    (start,) = starts(text, "23 per cent", published="2025-03-03")
    assert start == "2025-02-27"


def test_a_poll_series_name_finds_its_research_institute():
    assert default_matcher().closest("Mapping Social Cohesion").name == "Scanlon Foundation Research Institute"


def test_a_party_adjective_before_a_firm_is_no_pollster():
    text = ("Some 45% of registered voters approve, according to a network poll. The survey was conducted by the "
            "Democratic firm Hart Research Associates and the Republican firm Public Opinion Strategies.")
    (share,) = attribute(text, "45%", published="2025-06-10")
    assert share["pollster"] == "Hart Research Associates"


def test_a_party_adjective_alone_is_no_short_name_of_a_listed_pollster():
    assert default_matcher().shortened("Democratic") is None
    assert default_matcher().shortened("Republican") is None


def test_a_poll_taken_last_weekend_ran_then():
    text = "Some 44% of voters back the Coalition, the Resolve poll of 1,600 voters taken last weekend found."
    assert starts(text, "44%", published="2025-11-10") == ["2025-11-08"]


def test_a_figure_after_a_rival_cited_by_the_own_pollsters_chief_is_the_own_pollsters():
    text = ("The Conservatives are up two to 38 per cent, says Abacus Data. The firm's chief executive noted that "
            "Nanos, which had the party at 41 per cent, weights its sample differently. Among men, Conservative "
            "support reaches 45 per cent.")
    own, rival, men = attribute(text, "38 per cent", "41 per cent", "45 per cent", published="2025-11-10")
    assert (own["pollster"], rival["pollster"], men["pollster"]) == ("Abacus Data", "Nanos Research", "Abacus Data")


def test_a_date_of_another_pollsters_clause_does_not_date_the_next_poll():
    text = ("While a Gallup poll found 40% approval in October, the latest Quinnipiac poll, released Wednesday, "
            "has the president at 38%.")
    assert starts(text, "40%", "38%", published="2025-11-10") == ["2025-10", None]


def test_a_bracketed_source_after_each_value_gives_its_pollster_and_dates():
    text = ("Recent polls put the Greens on 14% (Verian, 3-5 June), 12% (Curia, 6-8 June) "
            "and 11% (Freshwater, 1-4 June).")
    shares = attribute(text, "14%", "12%", "11%", published="2025-06-12")
    assert [s["pollster"] for s in shares] == ["Verian", "Curia Market Research", "Freshwater Strategy"]
    assert starts(text, "14%", "12%", "11%", published="2025-06-12") == ["2025-06-03", "2025-06-06", "2025-06-01"]


def test_the_survey_referred_back_to_with_its_agency_dates_the_commissioners_figures():
    text = ("Some 41% of nurses plan to quit, according to research by the Institute for Employment Studies. "
            "The online survey of 2,000 nurses was carried out by Ipsos between 2 and 6 May.")
    assert starts(text, "41%", published="2025-06-12") == ["2025-05-02"]


def test_a_branded_poll_of_its_own_does_not_date_the_poll_before_it():
    text = "A Gallup poll found 40% approve. The Ipsos survey was conducted June 1-3 and found 38% approve."
    assert starts(text, "40%", "38%", published="2025-06-12") == [None, "2025-06-01"]


def test_figures_around_a_rival_poll_in_passing_belong_to_the_agency_named_at_the_end():
    text = ("Most Canadians (66%) back dollar-for-dollar retaliation, according to new polling.\n"
            "A Leger poll for the Globe last month had found 58% support.\n"
            "Only 21% oppose any retaliation.\n"
            "The online survey of 1,500 adults was conducted Feb. 28 to March 2 by Pollara Strategic Insights.")
    shares = attribute(text, "66%", "58%", "21%", published="2025-03-04")
    assert [s["pollster"] for s in shares] == ["Pollara Strategic Insights", "Leger", "Pollara Strategic Insights"]
    assert starts(text, "66%", "21%", published="2025-03-04") == ["2025-02-28", "2025-02-28"]


def test_each_value_of_a_comparison_takes_the_poll_written_after_it():
    text = ("Labor's primary vote is 34 per cent in the Newspoll, against 36 per cent in this week's Essential "
            "poll and 33 per cent in Resolve's.")
    shares = attribute(text, "34 per cent", "36 per cent", "33 per cent", published="2025-06-12")
    assert [s["pollster"] for s in shares] == ["Newspoll", "Essential Research", "Resolve Strategic"]


def test_a_value_before_another_pollsters_clause_with_its_own_figure_keeps_the_earlier_poll():
    text = ("Some 47% of Americans trust the media, Gallup found in its annual governance survey. "
            "In 2016 the figure was 32%, and a Pew survey in 2024 put it at 40%.")
    _, then, pew = attribute(text, "47%", "32%", "40%", published="2025-06-12")
    assert (then["pollster"], pew["pollster"]) == ("Gallup", "Pew Research Center")


def test_a_poll_average_is_no_single_pollsters_figure():
    text = ("The Liberals have 43% support, according to the national poll tracker, an aggregation of all "
            "published polls. The latest Leger survey had them on 45%.")
    average, leger = attribute(text, "43%", "45%", published="2025-06-12")
    assert (average["pollster"], leger["pollster"]) == (None, "Leger")


def test_a_bodys_survey_described_in_plain_words_is_that_bodys():
    text = "Some 40% of investors are bearish, according to Deutsche Bank's monthly investor survey."
    (share,) = attribute(text, "40%", published="2025-09-15")
    assert share["pollster"] == "Deutsche Bank"


def test_a_persons_rating_in_a_poll_names_no_pollster():
    text = "Trump's approval in the latest poll is 40%."
    (share,) = attribute(text, "40%", published="2025-09-15")
    assert share["pollster"] is None
