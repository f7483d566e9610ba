"""Attribution rules, on sentences written for these tests: which of two pollsters in one sentence
ran a figure, names quoted in passing, newly listed pollsters, and waves dated against the current one."""

from __future__ import annotations

import datetime as dt

from etl.attribute import ArticleContext
from etl.dates import Fieldwork, earlier_than
from etl.ingest import Article
from tests.test_attribute import attribute


def _context(text: str) -> ArticleContext:
    return ArticleContext(Article(id="t1", text=text, published="2026-06-02"))


def test_each_clause_of_a_sentence_takes_its_own_pollster():
    text = ("Turnout intent is 61% in the same Ipsos survey, and the Greens are on 12.4 per cent in "
            "Nanos Research's nightly tracking, ahead of the NDP at 9.8.")
    first, second, third = attribute(text, "61%", "12.4 per cent", "9.8", published="2026-02-10")
    assert first["pollster"] == "Ipsos"
    assert second["pollster"] == "Nanos Research"
    assert third["pollster"] == "Nanos Research"


def test_a_while_clause_names_its_own_pollster():
    text = ("The latest Newspoll for The Australian has the Greens on 13 per cent, while Roy Morgan puts "
            "them at 14.5%.")
    first, second = attribute(text, "13 per cent", "14.5%", published="2026-05-02")
    assert first["pollster"] == "Newspoll"
    assert second["pollster"] == "Roy Morgan"


def test_a_pollster_quoted_in_passing_does_not_take_the_bullets_below():
    text = ("The Ipsos study, paid for by the Dairy Council, found that 70% of adults drink milk daily.\n\n"
            "\"That chimes with recent data from Gallup,\" said the council's director.\n\n"
            "Key points:\n\n- 38% prefer oat milk\n\nIpsos interviewed 1,200 adults from 3 to 9 March 2026.")
    (bullet,) = attribute(text, "38%", published="2026-03-20")
    assert bullet["pollster"] == "Ipsos"
    assert bullet["fieldwork_start"] == "2026-03-03"


def test_a_name_quoted_in_the_value_s_own_paragraph_still_counts():
    text = "\"Gallup found that 44% of workers feel burned out,\" the report says."
    (m,) = attribute(text, "44%", published="2026-03-20")
    assert m["pollster"] == "Gallup"


def test_a_newly_listed_pollster_is_found():
    text = "A Gallup poll put it at 30%. Separately, 42% backed the opposition in a 21 Kutatóközpont poll."
    _, second = attribute(text, "30%", "42%", published="2026-04-02")
    assert second["pollster"] == "21 Kutatóközpont"


def test_a_name_before_a_lower_case_institute_is_a_pollster():
    text = ("A Gallup poll put approval at 40% in May. The Vox Populi institute, founded in 1984, had measured "
            "35% in March.")
    _, second = attribute(text, "40%", "35%", published="2026-06-02")
    assert second["pollster"] == "Vox Populi"


def test_a_people_before_institute_is_no_pollster():
    text = ("A Gallup poll put approval at 40% in May. The Brazilian institute of statistics put inflation at 5%, "
            "and the Omaha-based institute agreed.")
    (m,) = attribute(text, "40%", published="2026-06-02")
    assert m["pollster"] == "Gallup"
    context_names = [p[2] for p in _context(text).pollsters]
    assert "Brazilian" not in context_names
    assert "Omaha-based" not in context_names


def test_a_year_earlier_counts_back_from_the_survey_not_from_publication():
    text = ("Some 58% of farmers expect lower incomes, Kantar found in a survey from 14 to 20 May 2026. "
            "A year earlier, 49% said so.")
    _, earlier = attribute(text, "58%", "49%", published="2026-07-01")
    assert earlier["fieldwork_start"] == "2025-05"


def test_a_year_ago_still_counts_back_from_publication():
    text = ("Some 58% of farmers expect lower incomes, Kantar found in a survey from 14 to 20 May 2026. "
            "A year ago, 49% said so.")
    _, earlier = attribute(text, "58%", "49%", published="2026-07-01")
    assert earlier["fieldwork_start"] == "2025-07"


def test_a_year_earlier_after_a_value_beats_the_month_leading_its_sentence():
    text = "In Leger's April poll, 40% said they would cancel a trip, compared with 55% a year earlier."
    current, earlier = attribute(text, "40%", "55%", published="2026-04-25")
    assert current["fieldwork_start"] == "2026-04"
    assert earlier["fieldwork_start"] == "2025-04"


def test_found_last_year_that_dates_the_finding():
    text = ("Of the parents asked in May, 30% limit screen time, while Pew Research Center found last year "
            "that 45% of parents worry about it.")
    _, found = attribute(text, "30%", "45%", published="2026-06-10")
    assert found["fieldwork_start"] == "2025"


def test_previous_round_of_the_survey_in_a_year():
    text = ("In the Afrobarometer survey, 48% said corruption had increased, up from 41% in the previous "
            "round of the survey in 2022.")
    _, earlier = attribute(text, "48%", "41%", published="2025-09-01")
    assert earlier["fieldwork_start"] == "2022"


def test_the_previous_survey_takes_the_date_of_the_compared_wave():
    text = ("Approval rose to 44% in July, up from 40% in early May, a Datafolha survey found. "
            "Some 31% rated it bad, against 35% in the previous survey.")
    *_, earlier = attribute(text, "44%", "40%", "31%", "35%", published="2026-07-20")
    assert earlier["fieldwork_start"] == "2026-05"
    assert earlier["earlier_wave"] is True


def test_the_previous_survey_without_a_compared_date_is_an_undated_earlier_wave():
    text = "A Datafolha survey found 31% rated it bad, against 35% in the previous survey."
    _, earlier = attribute(text, "31%", "35%", published="2026-07-20")
    assert earlier["fieldwork_start"] is None
    assert earlier["earlier_wave"] is True


def test_this_week_is_when_results_came_out_when_the_survey_gives_its_days():
    text = ("Approval of the cabinet rose to 52 percent this week, according to Realmeter. Realmeter surveyed "
            "2,500 adults from May 4 to 8.")
    (m,) = attribute(text, "52 percent", published="2026-05-12")
    assert m["fieldwork_start"] == "2026-05-04"


def test_this_week_stays_when_no_survey_day_is_given():
    text = "Approval of the cabinet rose to 52 percent this week, according to Realmeter."
    (m,) = attribute(text, "52 percent", published="2026-06-03")
    assert m["fieldwork_start"] == "2026-06"


def test_earlier_than_counts_from_a_month_start_for_months_and_years():
    published = dt.date(2026, 9, 3)
    assert earlier_than("year", Fieldwork("2026-08", "2026-08", "month"), published).start == "2025-08"
    assert earlier_than("month", Fieldwork("2026-08-21", "2026-08-27", "day"), published).start == "2026-07"
    assert earlier_than("year", Fieldwork(None, None, None), published).start == "2025-09"


def test_a_release_date_in_brackets_is_not_the_fieldwork():
    text = ("Approval of the mayor rose to 44% in May, according to an Ifop survey released on Friday (May 15).\n"
            "The share of residents who rate the council as good was 30%.\n"
            "Among renters, one of the groups most critical of the council, approval reaches 52%.\n"
            "Ifop also found that 61% of residents expect rents to keep rising over the coming year.\n"
            "The survey interviewed 1,010 residents aged 18 or older in 12 districts on May 11 and 12.")
    (rated,) = attribute(text, "30%", published="2026-05-16")
    assert (rated["fieldwork_start"], rated["fieldwork_end"]) == ("2026-05-11", "2026-05-12")
