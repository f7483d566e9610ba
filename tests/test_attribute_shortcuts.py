"""The shortcuts that keep attribution cheap decide as the full patterns do."""

from __future__ import annotations

import datetime as dt
import re

from etl.attribute import EARLIER_VALUE_BEFORE, FIELDWORK_CUE, ArticleContext
from etl.dates import MONTH, MONTH_WORDS, date_span, find_dates, url_date, url_year, weekday_dateline
from etl.ingest import Article
from etl.numbers import fold
from etl.pollsters import CAPITALISED_WORD


def _context(text: str) -> ArticleContext:
    return ArticleContext(Article(id="s16", text=text, published="2024-06-20"))


def test_month_words_are_the_whole_words_month_reads():
    month = re.compile(MONTH)
    assert all(month.fullmatch(word) for word in MONTH_WORDS)
    for name in ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"):
        assert name in MONTH_WORDS and name[:3] in MONTH_WORDS
    assert "Sept" in MONTH_WORDS
    assert not MONTH_WORDS.intersection({"Market", "Mayor", "Junior", "Decade", "Augusta", "Marchers"})


def test_words_that_only_begin_like_a_month_start_no_date():
    text = "The Mayor of Marchton met 3 Market traders on 4 June 2024; Decade-long plans wait."
    found = find_dates(text, set(CAPITALISED_WORD.findall(text)), [])
    assert [m.group() for m in found] == ["4 June 2024"]


def test_earlier_value_is_tried_only_where_from_is_in_reach():
    text = "Support stood at 52%, down from 58% last year, while 40% said no and 61% rose."
    context = _context(text)
    low = fold(text)
    for value in ("58%", "40%", "61%"):
        start = text.index(value)
        expected = EARLIER_VALUE_BEFORE.search(low, max(0, start - 22), start) is not None
        assert context._earlier_value(start, 0) is expected
    assert context._earlier_value(text.index("58%"), 0)


def test_quoted_names_mark_names_inside_an_open_quotation_of_their_paragraph():
    text = ('A poll by YouGov found 40% backed the plan.\n"These figures echo data from Gallup," said an aide.\n'
            "Some 35% were against.")
    context = _context(text)
    names = {p[2]: quoted for p, quoted in zip(context.pollsters, context.quoted_names, strict=True)}
    assert names == {"YouGov": False, "Gallup": True}
    start = text.index("35%")
    name, _ = context.pollster_for(start, *context.sentence_of(start))
    assert name == "YouGov"  # the quoted Gallup of another paragraph does not take the figure


def test_strong_cue_is_found_once_per_date_and_agrees_with_the_pattern():
    text = "The survey was conducted between 3 and 9 June 2024. In May, 38% agreed."
    context = _context(text)
    for d in context.dates:
        s_start, s_end = context.sentence_of(d.start)
        expected = FIELDWORK_CUE.search(context.lowered, max(s_start, d.start - 60), min(s_end, d.end + 40)) is not None
        assert context._strong_cue(d) is expected
        assert context.strong_cues[d] is expected
    assert any(context.strong_cues.values()) and not all(context.strong_cues.values())


def test_a_weekday_dateline_is_found_among_the_capitalised_words_as_among_all():
    text = "BERLIN, Tuesday, March 5 - Mondays are quiet. The poll of 2023 was taken in May."
    found = [d for d in map(date_span, find_dates(text, set(CAPITALISED_WORD.findall(text)), [])) if d]
    everywhere = weekday_dateline(text, found, 2023)
    assert everywhere == weekday_dateline(text, found, 2023, set(CAPITALISED_WORD.findall(text)))
    assert everywhere is not None and everywhere.weekday() == 1  # a Tuesday
    assert weekday_dateline(text, found, 2023, {"Mondays", "BERLIN"}) is None  # no weekday written as a word


def test_an_address_is_read_for_its_date_and_its_year():
    assert url_date("https://news.example/2021/11/04/story") == dt.date(2021, 11, 4)
    assert url_year("https://news.example/2021/11/04/story") == 2021
    assert url_year("news.example/archive/2012/story") == 2012 and url_date("news.example/archive/2012/story") is None


def test_a_headline_figure_restated_in_the_body_takes_the_body_s_survey():
    text = "47% back the tax\nA survey by Ipsos found 147% odd, then 47 percent backed the tax in all."
    context = _context(text)
    twin = context._headline_twin({"value_text": "47%"}, text.index("\n"))
    at = text.index("47 percent")
    assert twin is not None and twin[:2] == (at, at + len("47 percent"))
