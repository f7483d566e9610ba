"""Unit tests of etl.dates: date phrases found in text, addresses and publication dates, and resolution."""

from __future__ import annotations

import datetime as dt
import re

from etl.attribute import NUMBER_RUN
from etl.dates import (
    NO_FIELDWORK,
    DateSpan,
    Fieldwork,
    date_span,
    fieldwork_in_year,
    find_dates,
    iso,
    latest_year,
    months_ago,
    parse_published,
    plausible,
    resolve_relative,
    url_date,
    url_year,
    weekday_dateline,
)
from etl.pollsters import CAPITALISED_WORD


def spans(text: str) -> list[DateSpan]:
    found = find_dates(text, set(CAPITALISED_WORD.findall(text)), list(NUMBER_RUN.finditer(text)))
    return [d for d in map(date_span, found) if d]


def test_day_range_with_year_keeps_each_part():
    text = "Interviews ran from March 3 to 9, 2024 across the region."
    (d,) = spans(text)
    assert text[d.start:d.end].startswith("March 3 to 9, 2024")
    assert (d.first, d.last, d.precision) == ((None, 3, 3), (2024, 3, 9), "day")


def test_day_before_month_range_and_month_without_year():
    (d,) = spans("The panel answered between 6 and 17 June.")
    assert (d.first, d.last, d.precision) == ((None, 6, 6), (None, 6, 17), "day")


def test_the_three_months_to_a_month_is_a_quarter():
    (d,) = spans("Sales in the three months to June 2023 rose.")
    assert (d.first[1], d.last[:2], d.precision) == (4, (2023, 6), "month")


def test_relative_phrases_keep_their_unit():
    found = spans("It fell last month and again earlier this year.")
    assert [d.relative for d in found] == ["month", "this year"]


def test_address_dates_in_several_forms_and_ids_are_not_dates():
    assert url_date("https://news.example/2021/11/04/story") == dt.date(2021, 11, 4)
    assert url_date("news.example/world/2019-02-28-headline") == dt.date(2019, 2, 28)
    assert url_date("https://news.example/20200315/story") == dt.date(2020, 3, 15)
    assert url_date("https://news.example/2018/07/story") == dt.date(2018, 7, 1)
    assert url_date("https://news.example/story-2099123456") is None
    assert url_date(None) is None
    assert url_year("https://news.example/archive/2012/story") == 2012
    assert url_year("https://news.example/story") is None
    assert url_date("https://news.example/story") is None  # no year in it: not even parsed
    assert url_date("https://news20.example/19/story") is None


def test_published_takes_the_date_part_and_ignores_rubbish():
    assert parse_published("2022-05-06T10:00:00Z") == dt.date(2022, 5, 6)
    assert parse_published("yesterday") is None
    assert parse_published(None) is None


def test_a_span_across_new_year_starts_the_year_before():
    span = DateSpan(0, 10, (None, 12, None), (None, 3, None), "month")
    assert fieldwork_in_year(span, 2024) == Fieldwork("2023-12", "2024-03", "month")


def test_iso_drops_an_impossible_day_to_the_month():
    assert iso(2023, 2, 30) == "2023-02"
    assert iso(2023, None, None) == "2023"
    assert iso(2023, 2, 3) == "2023-02-03"


def test_relative_dates_count_back_from_publication():
    published = dt.date(2024, 1, 10)
    last_month = DateSpan(0, 10, (None,) * 3, (None,) * 3, "month", "month")
    this_year = DateSpan(0, 9, (None,) * 3, (None,) * 3, "month", "this year")
    last_week = DateSpan(0, 9, (None,) * 3, (None,) * 3, "month", "week")
    assert resolve_relative(last_month, published) == Fieldwork("2023-12", "2023-12", "month")
    assert resolve_relative(this_year, published) == Fieldwork("2024", "2024", "year")
    assert resolve_relative(last_week, published) == Fieldwork("2024-01", "2024-01", "month")
    assert resolve_relative(last_month, None) == NO_FIELDWORK


def test_a_bare_year_is_a_date_only_where_written_as_one():
    text = "a 2019 survey found it; the plan runs to 2040 and 2018 numbers vary; in 2020 it rose."
    year = {int(m.group()): DateSpan(m.start(), m.end(), (int(m.group()),) + (None,) * 2,
                                     (int(m.group()),) + (None,) * 2, "year")
            for m in re.finditer(r"20\d\d", text)}
    published = dt.date(2021, 1, 1)
    assert plausible(year[2019], text, published)
    assert plausible(year[2020], text, published)
    assert not plausible(year[2018], text, published)
    assert not plausible(year[2040], text, None) and not plausible(year[2040], text, published)


def test_a_month_naming_a_yearly_event_is_no_date():
    text = "most will wait for the january sales; the poll ran in january."
    sales, poll = (DateSpan(m.start(), m.end(), (None, 1, None), (None, 1, None), "month")
                   for m in re.finditer("january", text))
    assert not plausible(sales, text, dt.date(2025, 11, 28))
    assert plausible(poll, text, dt.date(2025, 11, 28))


def test_weekday_dateline_picks_the_year_on_which_the_day_matches():
    text = "Lisbon, Tuesday, March 5 - The council met; in 2023 it had met twice."
    found = spans(text)
    assert weekday_dateline(text, found, 2023) == dt.date(2024, 3, 5)  # a Tuesday, the year after 2023
    assert weekday_dateline(text, found, None) is None


def test_latest_year_ignores_years_after_publication_then_falls_back_to_the_address():
    found = spans("Compared with 2019 and 2021 figures, targets for 2030 remain.")
    assert latest_year(found, dt.date(2022, 6, 1), None) == 2021
    assert latest_year([], None, 2012) == 2012


def resolved(text: str, published: str) -> list[tuple[str, Fieldwork]]:
    day = dt.date.fromisoformat(published)
    return [(text[d.start:d.end], resolve_relative(d, day)) for d in spans(text)]


def test_weekday_ranges_are_the_latest_such_days_up_to_publication():
    assert resolved("Voters were polled from Monday to Wednesday this week.", "2024-06-07") == [
        ("Monday to Wednesday this week", Fieldwork("2024-06-03", "2024-06-05", "day"))]
    assert resolved("It ran on Saturday and Sunday.", "2024-05-20") == [
        ("Saturday and Sunday", Fieldwork("2024-05-18", "2024-05-19", "day"))]
    assert resolved("It ran from Tuesday to Thursday last week.", "2024-05-20") == [  # a Monday: the week before
        ("Tuesday to Thursday last week", Fieldwork("2024-05-14", "2024-05-16", "day"))]
    assert resolved("It ran from Wednesday to Sunday last week.", "2024-05-23") == [  # a Thursday
        ("Wednesday to Sunday last week", Fieldwork("2024-05-15", "2024-05-19", "day"))]
    assert resolved("The poll ran over three days from Friday.", "2024-05-20") == [
        ("three days from Friday", Fieldwork("2024-05-17", "2024-05-19", "day"))]


def test_weekends_count_back_from_the_publication_s_week():
    assert resolved("It was carried out last weekend.", "2024-03-13") == [
        ("last weekend", Fieldwork("2024-03-09", "2024-03-10", "day"))]
    assert resolved("It was carried out last weekend.", "2024-03-10") == [  # a Sunday: the weekend before
        ("last weekend", Fieldwork("2024-03-02", "2024-03-03", "day"))]
    assert resolved("Voters were polled over the weekend.", "2024-03-09") == [  # a Saturday: this one
        ("over the weekend", Fieldwork("2024-03-09", "2024-03-10", "day"))]
    assert resolved("It was carried out last week.", "2024-03-13") == [
        ("last week", Fieldwork("2024-03", "2024-03", "month"))]


def test_a_week_straddling_two_months_is_the_month_of_most_of_its_days():
    assert resolved("The poll ran over the past week.", "2025-04-06") == [  # 31 March to 5 April
        ("past week", Fieldwork("2025-04", "2025-04", "month"))]
    assert resolved("It was carried out last week.", "2025-04-02") == [  # 24 to 30 March
        ("last week", Fieldwork("2025-03", "2025-03", "month"))]
    assert resolved("It was carried out this week.", "2025-05-02") == [  # a Friday: Monday 28 April on
        ("this week", Fieldwork("2025-04", "2025-04", "month"))]


def test_weekday_dateline_needs_a_weekday_written_with_its_date():
    assert weekday_dateline("On Friday the board met; 2023 was calm.", spans("2023 was calm."), 2023) is None
    text = "The report, out on a Monday in 2021, says Riga, Friday, July 8 - the vote was close."
    assert weekday_dateline(text, spans(text), 2021) == dt.date(2022, 7, 8)  # the Friday after 2021's


def test_months_ago_counts_back_from_publication_in_months():
    published = dt.date(2024, 2, 10)
    assert months_ago(1, "year", published) == Fieldwork("2023-02", "2023-02", "month")
    assert months_ago(3, "months", published) == Fieldwork("2023-11", "2023-11", "month")
    assert months_ago(2, "weeks", published) == Fieldwork("2024-01", "2024-01", "month")


def test_months_ago_without_publication_is_undated_but_earlier():
    found = months_ago(1, "year", None)
    assert (found.start, found.earlier) == (None, True)


def test_a_season_of_a_year_is_its_three_months():
    (spring, autumn) = spans("Back in the spring of 2020 it was 59%; in autumn 2021, 40%.")
    assert (spring.first, spring.last, spring.precision) == ((2020, 3, None), (2020, 5, None), "month")
    assert (autumn.first[:2], autumn.last[:2]) == ((2021, 9), (2021, 11))


def test_numeric_day_month_year_dates_and_ranges():
    text = "Fieldwork ran from 03.11.2023 to 14.11.2023; a second wave on 01.12–09.12.2023."
    first, second = spans(text)
    assert (first.first, first.last, first.precision) == ((2023, 11, 3), (2023, 11, 14), "day")
    assert text[second.start:second.end] == "01.12–09.12.2023"
    assert (second.first, second.last) == ((None, 12, 1), (2023, 12, 9))


def test_a_decimal_without_a_year_is_no_numeric_date():
    assert [d.precision for d in spans("Support stood at 12.10 points, up from 11.5 in 2022.")] == ["year"]


def test_a_date_phrase_stays_within_its_line():
    text = "Trust fell to 61% in April\n\n18 respondents refused to answer."
    (d,) = spans(text)
    assert (text[d.start:d.end], d.first) == ("April", (None, 4, None))


def test_a_month_abbreviation_starting_a_name_is_no_date():
    text = "Jan Suraaj could get 4 per cent, a Jan 12 poll said."
    assert [text[d.start:d.end] for d in spans(text)] == ["Jan 12"]


def test_day_lists_slashes_and_a_repeated_the_make_one_range():
    found = {"They polled on 8, 9 and 10 May.": ((None, 5, 8), (None, 5, 10)),
             "They polled on 21/22 March.": ((None, 3, 21), (None, 3, 22)),
             "They polled from October 2nd to the 6th.": ((None, 10, 2), (None, 10, 6)),
             "They polled between the 12th and 19th of April.": ((None, 4, 12), (None, 4, 19)),
             "They polled on August 4, 5 and 6, 2022.": ((None, 8, 4), (2022, 8, 6))}
    for text, parts in found.items():
        (d,) = spans(text)
        assert (d.first, d.last) == parts, text


def test_a_range_may_name_the_weekday_of_its_last_day_and_qualify_its_last_month():
    (d,) = spans("Fieldwork ran between Thursday, January 30 and Monday, February 3.")
    assert (d.first, d.last) == ((None, 1, 30), (None, 2, 3))
    (d,) = spans("Fieldwork ran from 30 January to Monday 3 February.")
    assert (d.first, d.last) == ((None, 1, 30), (None, 2, 3))
    (d,) = spans("Fieldwork ran from late August to early September.")
    assert (d.first[1], d.last[1], d.precision) == (8, 9, "month")


def test_a_range_may_repeat_the_before_its_last_day():
    (d,) = spans("It ran between the 28th of February and the 4th of March.")
    assert (d.first, d.last) == ((None, 2, 28), (None, 3, 4))


def test_the_last_week_of_a_month_is_that_month_not_last_week():
    found = spans("It ran in the last week of May, as in the last month of 2022.")
    assert [(d.relative, d.first[1]) for d in found] == [(None, 5), (None, None)]
    assert found[1].first[0] == 2022


def test_the_month_of_publication_written_as_the_month_and_recent_days():
    assert resolved("The poll was carried out earlier in the month.", "2024-03-20") == [
        ("earlier in the month", Fieldwork("2024-03", "2024-03", "month"))]
    assert resolved("Fieldwork began at the start of the month.", "2024-03-20") == [
        ("start of the month", Fieldwork("2024-03", "2024-03", "month"))]
    assert resolved("Voters were polled over the past few days.", "2024-03-20") == [
        ("over the past few days", Fieldwork("2024-03", "2024-03", "month"))]
    assert resolved("It was carried out in recent days.", "2024-03-20") == [
        ("in recent days", Fieldwork("2024-03", "2024-03", "month"))]
    text = "at the end of the month before the vote, and earlier in the month to June"
    assert all(d.relative is None for d in spans(text))
