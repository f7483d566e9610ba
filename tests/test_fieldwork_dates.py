"""Fieldwork dates of figures on sentences written for these tests: press-release datelines, seasons, earlier
waves named after a value ("the week before", "in two months"), dates that end their own clause, and pollsters
named two ways."""

from __future__ import annotations

import datetime as dt
import re

from etl.attribute import NUMBER_RUN, attribute_mentions
from etl.dates import date_span, find_dates, resolve_relative
from etl.ingest import Article
from etl.pollsters import CAPITALISED_WORD
from etl.sentences import split_sentences


def starts(text: str, *values: str, published: str | None = None) -> list[str | None]:
    """The fieldwork start attributed to each share (value texts searched in order)."""
    sentences = split_sentences(text)
    mentions, pos = [], 0
    for value_text in values:
        start = text.index(value_text, pos)
        end = pos = start + len(value_text)
        s_start, s_end = next((s, e) for s, e in sentences if s <= start < e)
        mentions.append({
            "article_id": "t1", "kind": "share", "value": float(re.sub(r"[^\d.]", "", value_text)),
            "unit": "percent", "value_text": value_text, "start": start, "end": end, "sentence_start": s_start,
            "sentence_end": s_end, "qualifier": "exact", "confidence": 0.9,
        })
    out = attribute_mentions(Article(id="t1", text=text, published=published), mentions)
    return [m["fieldwork_start"] for m in out]


def season(text: str, published: dt.date) -> tuple[str | None, str | None]:
    (m,) = find_dates(text, set(CAPITALISED_WORD.findall(text)), list(NUMBER_RUN.finditer(text)))
    fieldwork = resolve_relative(date_span(m), published)
    return fieldwork.start, fieldwork.end


def test_last_season_is_the_latest_one_over_before_publication():
    assert season("asked last spring", dt.date(2026, 1, 20)) == ("2025-03", "2025-05")
    assert season("asked last spring", dt.date(2026, 7, 2)) == ("2026-03", "2026-05")
    assert season("polled last summer", dt.date(2026, 7, 2)) == ("2025-06", "2025-08")


def test_season_without_last_is_the_latest_one_begun():
    assert season("polled in the autumn", dt.date(2026, 5, 4)) == ("2025-09", "2025-11")
    assert season("polled in the autumn", dt.date(2026, 10, 4)) == ("2026-09", "2026-11")


def test_season_followed_by_of_is_no_date():
    text = "They spoke in the fall of the old regime."
    assert find_dates(text, set(CAPITALISED_WORD.findall(text)), list(NUMBER_RUN.finditer(text))) == []


def test_earlier_value_asked_last_spring_takes_that_season():
    text = ("In an Ipsos survey released this week, 44% of tenants said rents were unaffordable, up from 31% when "
            "Ipsos asked the same question last spring. The survey was conducted from January 5 to 9.")
    assert starts(text, "44%", "31%", published="2026-01-21") == ["2026-01-05", "2025-03"]


def test_event_season_does_not_date_the_survey():
    text = "The poll shows 40% want more flood defences after the storms last summer."
    assert starts(text, "40%", published="2026-02-10") == [None]


def test_city_and_country_dateline_dates_the_release_not_the_survey():
    text = ("Lusaka, Zambia, 4 March 2026 -- 62% of Zambians say load-shedding has hurt their income, according to "
            "a new Afrobarometer survey. Fieldwork was conducted in January 2026.")
    assert starts(text, "62%", published="2026-03-04") == ["2026-01"]


def test_date_of_an_earlier_wave_does_not_date_the_value_after_while():
    text = ("Approval climbed to 47% from 43% in the previous poll in March, while 12% had no opinion. "
            "The poll was conducted May 5-8.")
    assert starts(text, "47%", "43%", "12%", published="2026-05-12") == ["2026-05-05", "2026-03", "2026-05-05"]


def test_unchanged_from_a_month_dates_no_later_value():
    text = ("In the NFIB survey, 30% of owners named taxes, unchanged from August, while 22% cited red tape. "
            "The survey was conducted in September.")
    assert starts(text, "22%", published="2026-10-14") == ["2026-09"]


def test_date_of_an_up_from_value_is_not_shared_by_the_value_after_and():
    text = ("Some 45% favoured talks, up from 39% in February, and 20% wanted more sanctions, the survey found. "
            "It was conducted from 3 to 9 June.")
    assert starts(text, "45%", "39%", "20%", published="2026-06-15") == ["2026-06-03", "2026-02", "2026-06-03"]


def test_it_stood_at_after_a_month_is_that_month_value():
    text = ("Opposition to the deal rose by four points compared to January, when it stood at 50%. "
            "The poll was conducted April 10-14.")
    assert starts(text, "50%", published="2026-04-20") == ["2026-01"]


def test_a_pollster_named_short_takes_the_dates_of_its_full_name():
    text = ("In a Market survey for the paper, 61 percent of respondents backed the tunnel. "
            "Market-Institut interviewed 800 people online from 2 to 5 March.")
    assert starts(text, "61 percent", published="2026-03-09") == ["2026-03-02"]


def test_methodology_line_dates_the_survey():
    text = ("Gallup says 41% of Americans rate the economy as poor.\n"
            "Methodology: telephone interviews with 1,500 adults, March 3-9.")
    assert starts(text, "41%", published="2026-03-20") == ["2026-03-03"]


def test_value_of_the_week_before_is_a_week_before_the_survey():
    text = ("The poll, conducted from April 6 to 10, put approval at 51.2 percent, down from 53.0 percent the week "
            "before.")
    assert starts(text, "51.2 percent", "53.0 percent", published="2026-04-13") == ["2026-04-06", "2026-03"]


def test_first_value_of_a_change_over_months_is_that_many_months_earlier():
    text = ("Support has risen from 40 per cent to 47 per cent in three months, according to the tracker. "
            "The survey was conducted 1-4 June.")
    assert starts(text, "40 per cent", "47 per cent", published="2026-06-10") == ["2026-03", "2026-06-01"]


def test_separate_survey_takes_its_own_pollster_dates():
    text = ("A YouGov poll put the figure at 30%. A separate survey by the Sociopolis centre found that 58% would "
            "back a truce. Sociopolis interviewed 1,100 people between May 12 and 19.")
    assert starts(text, "58%", published="2026-05-28") == ["2026-05-12"]
