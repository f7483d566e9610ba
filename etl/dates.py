"""Fieldwork dates: find date phrases in text and turn them into ISO dates, as pure functions.

A phrase ("June 6-17, 2023", "the three months to June", "last month", "in 2021") becomes a DateSpan
that keeps only what the text states; etl.attribute fills the missing year from the article (its
`published` date, the address, a weekday dateline or the years the text states) and turns it into a
Fieldwork (ISO start, end and precision). Matching date phrases is costly, so `find_dates` tries
only where a phrase can start.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlparse

from etl.textmatch import contains_any

MONTH_NUMBER = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:19[5-9]\d|20\d\d)(?![\d-])"
SEP = r"\s*(?:-|–|—|/|to|and|through|until|till)\s*"  # "14/15 June": two days
DAY_LIST = rf"(?:,\s*{DAY})*"  # the middle days of "3, 4 and 5 June"
NUMERIC_DAY = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])"  # "16.10.2023", day first as in European copy
NUMERIC_MONTH = r"(?:1[0-2]|0?[1-9])"
# where "16.10.2023" or "16.10–20.10.2023" starts
NUMERIC_DATE_BEFORE_YEAR = re.compile(r"(?<![\d.,])\d{1,2}\.\d{1,2}(?:\.|(?=\s*(?:[-–—]|to\s|and\s)))")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = "(?:{})".format("|".join(WEEKDAY_NAMES))
WEEKDAY_LEAD = rf"(?:{WEEKDAY},?\s+)?"  # "between Saturday, May 31 and Wednesday, June 4"
# A date phrase: the alternatives in order of preference (the first that matches wins), each marked by what
# its first character can be. `re` tries every alternative of an alternation in turn, so a position is tried
# only against those its first character can start: DATE_AT_DIGIT or DATE_AT_LETTER (see `date_at`).
DATE_ALTERNATIVES = [
    ("digit", rf"""(?P<a_d1>{DAY})\s+(?:of\s+)?(?P<a_m1>{MONTH})(?:,?\s+(?P<a_y1>{YEAR}))?{SEP}
        {WEEKDAY_LEAD}(?:the\s+)?(?P<a_d2>{DAY})\s+(?:of\s+)?(?P<a_m2>{MONTH}),?(?:\s+(?P<a_y2>{YEAR}))?"""),
    ("letter", rf"""(?P<b_m1>{MONTH})\s+(?P<b_d1>{DAY}),?(?:\s+(?P<b_y1>{YEAR}))?{SEP}
        {WEEKDAY_LEAD}(?P<b_m2>{MONTH})\s+(?P<b_d2>{DAY}),?(?:\s+(?P<b_y2>{YEAR}))?"""),
    ("digit", rf"""(?P<c_d1>{DAY}){DAY_LIST}{SEP}(?:the\s+)?(?P<c_d2>{DAY})\s+(?:of\s+)?(?P<c_m>{MONTH}),?
        (?:\s+(?P<c_y>{YEAR}))?"""),
    ("letter", rf"""(?P<d_m>{MONTH})\s+(?P<d_d1>{DAY}){DAY_LIST}{SEP}(?:the\s+)?(?P<d_d2>{DAY}),?
        (?:\s+(?P<d_y>{YEAR}))?"""),
    ("letter", rf"""(?P<e_m1>{MONTH})(?:\s+(?P<e_y1>{YEAR}))?{SEP}(?:(?:early|mid|late)[\s-]+)?(?P<e_m2>{MONTH}),?
        (?:\s+(?P<e_y2>{YEAR}))?"""),
    ("digit", rf"(?P<f_d>{DAY})\s+(?:of\s+)?(?P<f_m>{MONTH}),?(?:\s+(?P<f_y>{YEAR}))?"),
    ("letter", rf"(?P<g_m>{MONTH})\s+(?P<g_d>{DAY})(?:,?\s+(?P<g_y>{YEAR}))?"),
    ("letter", rf"(?P<h_m>{MONTH})(?:,?\s+(?:of\s+)?(?P<h_y>{YEAR}))?"),
    ("either", rf"""(?P<i_n>(?i:three|six|nine|twelve|two|four|\d{{1,2}}))\s+months\s+(?:to|ending|ended|through)\s+
        (?:the\s+end\s+of\s+)?(?P<i_m>{MONTH}),?(?:\s+(?P<i_y>{YEAR}))?"""),
    ("letter", r"""(?P<rel>(?i:(?:(?:late|early|earlier|later)\s+(?:in\s+)?)?(?:last|this|previous|past)\s+))
        (?P<rel_unit>(?i:month|week|year))\b(?!\s+of\b)"""),  # not "the last week of June"
    # a weekday and its day of the month in brackets, as Brazilian copy dates: "between Tuesday (10) and Thursday (12)"
    ("letter", rf"""{WEEKDAY}\s?\((?P<pd_d1>{DAY})\)(?:{SEP}{WEEKDAY}\s?\((?P<pd_d2>{DAY})\))?"""),
    ("letter", rf"(?P<w_d1>{WEEKDAY}){SEP}(?P<w_d2>{WEEKDAY})(?:\s+(?P<w_week>(?i:this|last))\s+week)?"),
    # one weekday alone, a date only after a fieldwork verb (see SINGLE_DAY_LEAD): "a poll completed on Tuesday"
    ("letter", rf"(?P<sd>{WEEKDAY})\b(?!,?\s*(?:the\s+)?(?:\d|\(|{MONTH}\b))"),  # not "Thursday June 24th"
    # "conducted last Thursday": the latest Thursday before; "last Tuesday to Saturday": the latest such days
    ("letter", rf"(?i:last)\s+(?P<lw_d>{WEEKDAY})(?:{SEP}(?P<lw_d2>{WEEKDAY}))?"),
    # "over three days from Friday"; "over three days through Sunday" counts back from its last day
    ("either", rf"""(?P<n_days>(?i:two|three|four|five|[2-7]))\s+days\s+(?:from|starting|beginning|
        (?P<n_to>through|to|until|till|ending))\s+(?:on\s+)?(?P<n_from>{WEEKDAY})"""),
    ("letter", r"(?P<we_lead>(?i:last|this\s+past|this|over\s+the|at\s+the))\s+(?P<we>(?i:weekend))(?!\s+of\s)"),
    # the days up to publication: "in recent days", "over the past few days" (of this week, as "this week")
    ("letter", r"(?P<rd>(?i:in\s+recent|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of)))\s+"
               r"(?i:days)\b"),
    # the month of publication, written as "the month": "earlier in the month", "at the start of the month"; the week
    # of publication, as this week's days so far: "a poll taken earlier in the week" (not "later in": still to come)
    ("letter", r"(?P<tm>(?i:(?:(?:earlier|later)\s+in|(?:start|beginning|end)\s+of)\s+the\s+month|"
               r"(?:earlier\s+in|(?:start|beginning)\s+of)\s+the\s+week))\b"
               r"(?!\s+(?:before|after|to|of|when|in)\b)"),
    ("letter", rf"(?P<s_season>(?i:spring|summer|autumn|fall))\s+(?:of\s+)?(?P<s_y>{YEAR})"),
    # a season without its year, counted back from publication: "last spring", "in the autumn" (not "the fall of")
    ("letter", r"""(?P<ss_lead>(?i:last|this\s+past|this|earlier\s+this|in\s+the|in))\s+
        (?P<ss>(?i:spring|summer|autumn|fall))\b(?!\s+(?:of|in)\b|\s+(?:19|20)\d\d)"""),
    ("digit", rf"""(?P<j_d1>{NUMERIC_DAY})\.(?P<j_m1>{NUMERIC_MONTH})\.(?P<j_y1>{YEAR})(?:{SEP}(?P<j_d2>{NUMERIC_DAY})\.
        (?P<j_m2>{NUMERIC_MONTH})\.(?P<j_y2>{YEAR}))?"""),
    ("digit", rf"""(?P<k_d1>{NUMERIC_DAY})\.(?P<k_m1>{NUMERIC_MONTH})\.?{SEP}(?P<k_d2>{NUMERIC_DAY})\.
        (?P<k_m2>{NUMERIC_MONTH})\.(?P<k_y2>{YEAR})"""),
    # a quarter of a stated year: "the third quarter of 2025", "Q3 2025", "4th quarter 2024" (its three months)
    ("either", rf"""(?P<q_n>(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q[1-4])\s+(?:of\s+)?
        (?P<q_y>{YEAR})"""),
    # a quarter without its year: the latest such quarter begun by publication ("conducted in the first quarter")
    ("either", r"""(?P<qr>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)\b
        (?!\s*(?:of\s+)?(?:19|20)\d\d)"""),
    # the first or last weekend of a month or of the year ("over the first weekend of the year")
    ("letter", rf"""(?P<mw>(?i:first|last))\s+(?i:weekend)\s+of\s+
        (?:(?P<mw_year>(?i:the\s+year))|(?P<mw_m>{MONTH}))"""),
    # ISO dates, as methodology footers write a range: "2025-02-03 to 2025-02-16"
    ("digit", rf"""(?P<o_y1>(?:19|20)\d\d)-(?P<o_m1>0[1-9]|1[0-2])-(?P<o_d1>0[1-9]|[12]\d|3[01])(?!\d)
        (?:{SEP}(?P<o_y2>(?:19|20)\d\d)-(?P<o_m2>0[1-9]|1[0-2])-(?P<o_d2>0[1-9]|[12]\d|3[01])(?!\d))?"""),
    # day/month with two digits each, day first, in a range or with its year: "28/04 and 02/05", "28/04/2025"
    ("digit", rf"""(?<![\d/.,])(?P<l_d1>0[1-9]|[12]\d|3[01])/(?P<l_m1>0[1-9]|1[0-2])(?:/(?P<l_y1>{YEAR}))?
        (?:{SEP}(?P<l_d2>0[1-9]|[12]\d|3[01])/(?P<l_m2>0[1-9]|1[0-2])(?:/(?P<l_y2>{YEAR}))?)?(?![\d/])"""),
    ("digit", rf"(?<![\d,.$£€])(?P<y>{YEAR})"),
]
DATE_AT_DIGIT, DATE_AT_LETTER = (
    re.compile("|".join(pattern for first, pattern in DATE_ALTERNATIVES if first != other), re.X)
    for other in ("letter", "digit"))
# At four digits or more (most often a year) only the alternatives that start with a year can match: a day has
# at most two digits. The same first match there, with the others not tried (see `date_at`).
DATE_AT_YEAR = re.compile("|".join(pattern for first, pattern in DATE_ALTERNATIVES
                                   if first == "digit" and ("(?P<o_y1>" in pattern or "(?P<y>" in pattern)), re.X)
DATE_ANCHOR = re.compile(
    rf"{MONTH}|(?i:\b(?:last|this|previous|past)\s+(?:month|week|year)\b)|(?<![\d,.$£€])(?:19[5-9]\d|20\d\d)")
DATE_PARTS: dict[str, dict[str, str]] = {}  # alternative ("a_") -> its parts ("d1") -> group name ("a_d1")
for _name in sorted({*DATE_AT_DIGIT.groupindex, *DATE_AT_LETTER.groupindex}):
    if _name[1:2] == "_":
        DATE_PARTS.setdefault(_name[:2], {})[_name[2:]] = _name
# The same as (parts, group names): date_span reads all the groups of an alternative in one call
DATE_GROUPS = {prefix: (tuple(parts), tuple(parts.values())) for prefix, parts in DATE_PARTS.items()}
# Every way MONTH writes a month as a whole word ("Jun", "June", "Sept"): where a date may start. A capitalised
# word that only begins like one ("Market", "Mayor") starts none, as MONTH ends at a word boundary.
MONTH_WORDS = frozenset(["Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June",
                         "Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov",
                         "November", "Dec", "December"])
NAME_AFTER = re.compile(r" [A-Z]")  # after a three-letter month word: the rest of a name
DAY_REACH = 24  # characters before a month name in which its days may start: "the 11th and 13th of June"
MATCH_START = re.Match.start  # map(MATCH_START, matches): their start positions, without a Python call each
DAY_START = re.compile(r"\d(?<!\d\d)")  # a digit not after a digit (the digit first lets `re` skip to digits)
RELATIVE_UNITS = ("month", "week", "year")
RELATIVE_WORDS = ("last", "this", "previous", "past")
MONTHS_LEAD = re.compile(r"(?i:three|six|nine|twelve|two|four|\d{1,2})$")
MONTH_COUNT = {"two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12}
DAYS_LEAD = re.compile(r"(?i:two|three|four|five|[2-7])$")
DAY_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5}
WEEKEND_LEAD = re.compile(r"(?i:last|this\s+past|this|over\s+the|at\s+the)\s+$")  # "this past weekend"
RECENT_DAYS_LEAD = re.compile(
    r"(?i:in\s+recent|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of))$")  # "... days"
QUARTER_LEAD = re.compile(r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s+$")  # "the first quarter"
MONTH_WEEKEND_LEAD = re.compile(r"(?i:first|last)\s+$")  # "the first weekend of the year"
TWO_DIGIT_SLASH = re.compile(r"(?<![\d/])\d\d/\d\d(?![\d])")  # where a "28/04" date may start
THE_MONTH_LEAD = re.compile(r"(?i:(?:earlier|later)\s+in|(?:start|beginning|end)\s+of)$")  # "... the month"
RELATIVE_LEAD = re.compile(r"(?i:(?:(?:late|early|earlier|later)\s+(?:in\s+)?)?(?:last|this|previous|past)\s+)$")
SEASON_BEFORE_YEAR = re.compile(r"(?i:spring|summer|autumn|fall)\s+(?:of\s+)?$")  # "in the spring of 2020"
QUARTER_BEFORE_YEAR = re.compile(  # "the third quarter of 2025": where such a date starts
    r"\b(?:(?i:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?i:quarter)|Q[1-4])\s+(?:of\s+)?$")
# the last two letters of what SEASON_BEFORE_YEAR and QUARTER_BEFORE_YEAR end with, spaces aside, lower-cased
# ("spring", "summer", "autumn", "fall", "quarter", "Q1"-"Q4", "of"; none has another case form in `re`)
SEASON_OR_QUARTER_ENDS = frozenset(("ng", "er", "mn", "ll", "q1", "q2", "q3", "q4", "of"))
QUARTER_NUMBER = {"first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
                  "fourth": 4, "4th": 4, "q4": 4}
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
SEASON_LEAD = re.compile(r"\b(?i:last|this\s+past|this|earlier\s+this|in\s+the|in)\s+$")  # "last spring", "in the fall"
URL_DAY = re.compile(r"(?<![\d])((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)")
URL_COMPACT_DAY = re.compile(r"(?<![\d])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
URL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))(?!,?\s+(?:19|20)\d\d)")
# Matched against the lowercased text (written in lower case, without the slower re.I).
YEAR_OF_SURVEY = re.compile(r"\s+(?:survey|poll|study|wave|census|polling|edition|round)\b")
YEAR_CONTEXT = re.compile(r"(?:\b(?:in|during|since|of|from|between)(?:\s+(?:early|late|mid))?|\bmid-|[(,])\s*$")
# a month that names a yearly event, not a date: "wait for the January sales", "ahead of the March budget"
MONTH_EVENT_AFTER = re.compile(r"\s+(?:sales|budget|transfer\s+window|reshuffle|half-term|holidays?|summit)\b")
NON_DIGIT = re.compile(r"\D")
# Before a lone weekday that dates a survey: "a poll completed on Tuesday", "a survey that closed Sunday",
# "Redfield surveyed 2,000 adults on Sunday" (not "said on Tuesday": most lone weekdays date other events).
SINGLE_DAY_LEAD = re.compile(
    r"\b(?:completed|closed|concluded|ended|finished|conducted|carried\s+out|fielded|surveyed|polled|interviewed|"
    r"questioned)\b(?:\s+[\w,'’-]+){0,5}?\s+(?:on\s+)?$", re.I)
SINGLE_DAY_REACH = 60  # characters before the weekday in which its fieldwork verb stands
# SINGLE_DAY_LEAD's verbs, looked for first in a window of plain ASCII (where re.I is only a lower-case comparison):
# most lone weekdays follow none ("said on Tuesday"), and the search, tried at every position, costs more.
SINGLE_DAY_VERBS = ("completed", "closed", "concluded", "ended", "finished", "conducted", "carried", "fielded",
                    "surveyed", "polled", "interviewed", "questioned")


class DateSpan(NamedTuple):
    """A date expression found in text: (year, month, day) of its first and last day, each part None
    where the text leaves it out; `relative` is "month", "this week", ... for "last month", "this week".
    A tuple: an article makes several and attribution looks them up in dicts, cheaply (C-level hash)."""
    start: int
    end: int
    first: tuple[int | None, int | None, int | None]
    last: tuple[int | None, int | None, int | None]
    precision: str
    relative: str | None = None


@dataclass(frozen=True, slots=True)
class Fieldwork:
    """A survey's fieldwork as ISO dates ("2023-06-06", "2023-06" or "2023") and their precision."""
    start: str | None
    end: str | None
    precision: str | None
    year_inferred: bool = False  # the text gives no year: it is the publication date's (see etl.attribute)
    earlier: bool = False  # undated, but the text says an earlier wave's ("10% a year ago" in an undated story)
    month: int | None = None  # undated, but the text names the month ("back in April" with no year anywhere)


NO_FIELDWORK = Fieldwork(None, None, None)


def find_dates(text: str, capitalised: set[str], numbers: list[re.Match]) -> list[re.Match]:
    """Date phrase matches, tried only where one can start: at a month name or year, at a day number just
    before a month name ("6 and 17 June"), at "last"/"this" before month/week/year (matching is costly).

    `capitalised` and `numbers` are the text's capitalised words and runs of 3+ digits,
    which the caller collects anyway: month names and years are found among them.
    """
    starts = set()
    for word in capitalised.intersection(MONTH_WORDS):
        for pos in find_all(text, word):
            if len(word) == 3 and NAME_AFTER.match(text, pos + 3):
                continue  # "Jan Suraaj", "Jan Smith": a name; "Jan 5", "Jan. 5" and "Jan 2024" are dates
            starts.add(pos)
            starts.update(map(MATCH_START, DAY_START.finditer(text, max(0, pos - DAY_REACH), pos)))
    for m in numbers:
        if len(number := m.group()) >= 4 and number.startswith(("19", "20")) and "," not in number[2:4]:
            # (a run of digits and commas opening like a year: 19 or 20, then two digits)
            starts.add(start := m.start())
            if text[start - 1:start] == ".":  # "from 16.10.2023 to 20.10.2023", "16.10–20.10.2023"
                starts.update(map(MATCH_START, NUMERIC_DATE_BEFORE_YEAR.finditer(text, max(0, start - 20), start)))
            if text[max(0, start - 18):start].rstrip()[-2:].lower() not in SEASON_OR_QUARTER_ENDS:
                continue  # (most years follow no such word: then neither is searched for)
            if season := SEASON_BEFORE_YEAR.search(text, max(0, start - 10), start):
                starts.add(season.start())
            elif quarter := QUARTER_BEFORE_YEAR.search(text, max(0, start - 18), start):
                starts.add(quarter.start())
    for pos in find_all(text, " months "):  # "the three months to June"
        if lead := MONTHS_LEAD.search(text, max(0, pos - 8), pos):
            starts.add(lead.start())
    for word in capitalised.intersection(WEEKDAY_NAMES):  # "from Monday to Wednesday", "Saturday and Sunday"
        for pos in find_all(text, word):
            starts.add(pos - 5 if text[max(0, pos - 5):pos].lower() == "last " else pos)
    for pos in find_all(text, " days "):  # "over three days from Friday"
        if lead := DAYS_LEAD.search(text, max(0, pos - 6), pos):
            starts.add(lead.start())
    for pos in find_all(text, "weekend"):  # "last weekend", "over the weekend"
        if lead := WEEKEND_LEAD.search(text, max(0, pos - 15), pos):
            starts.add(lead.start())
    for pos in find_all(text, " days"):  # "over the past few days"
        if lead := RECENT_DAYS_LEAD.search(text, max(0, pos - 32), pos):
            starts.add(lead.start())
    for pos in (*find_all(text, " the month"), *find_all(text, " the week")):  # "earlier in the month"
        if lead := THE_MONTH_LEAD.search(text, max(0, pos - 12), pos):
            starts.add(lead.start())
    for pos in find_all(text, " quarter"):  # "in the first quarter" (a year after it is found at the year)
        if lead := QUARTER_LEAD.search(text, max(0, pos - 7), pos + 1):
            starts.add(lead.start())
    for pos in find_all(text, "weekend of "):
        if lead := MONTH_WEEKEND_LEAD.search(text, max(0, pos - 7), pos):
            starts.add(lead.start())
    if "/" in text:
        for pos in find_all(text, "/"):
            if pos >= 2 and TWO_DIGIT_SLASH.match(text, pos - 2):
                starts.add(pos - 2)
    for season in (" spring", " summer", " autumn", " fall"):
        for pos in find_all(text, season):
            if lead := SEASON_LEAD.search(text, max(0, pos - 17), pos + 1):
                starts.add(lead.start())
    for unit in RELATIVE_UNITS:
        for pos in find_all(text, unit):
            if not text[max(0, pos - 10):pos].rstrip().lower().endswith(RELATIVE_WORDS):
                continue
            if lead := RELATIVE_LEAD.search(text, max(0, pos - 30), pos):
                starts.add(lead.start())
    found: list[re.Match] = []
    for pos in sorted(starts):
        if (not found or pos >= found[-1].end()) and (m := date_at(text, pos)):
            found.append(m)
    return found


def date_at(text: str, pos: int) -> re.Match | None:
    """The date phrase starting at pos, tried only against the alternatives its first character can start;
    kept within its line (a headline's "in May" then a dateline's "21.09.2023" are no "May 21")."""
    if len(head := text[pos:pos + 4]) == 4 and head.isdecimal():
        pattern = DATE_AT_YEAR  # four digits: only a year can start there
    else:
        pattern = DATE_AT_DIGIT if text[pos].isdecimal() else DATE_AT_LETTER
    m = pattern.match(text, pos)
    if m and "\n" in m.group():
        m = pattern.match(text, pos, text.index("\n", pos))
    return m



def find_all(text: str, word: str) -> list[int]:
    found, pos = [], text.find(word)
    while pos >= 0:
        found.append(pos)
        pos = text.find(word, pos + len(word))
    return found


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """What pattern.finditer(text) finds when only the sorted `starts` can start a match: tried there alone,
    as `re` would try every position in between."""
    end = 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)):
            end = m.end()
            yield m


def url_date(url: str | None) -> dt.date | None:
    """The date a news address carries in its path ("/2022/07/08/", "/2022-07-08", "/20220708/",
    "/2022/07/": the month's first day), which dates an article that has no `published` date."""
    if not _may_hold_year(url):
        return None
    path = _url_path(url)
    for pattern in (URL_DAY, URL_COMPACT_DAY, URL_MONTH):
        for m in pattern.finditer(path):
            parts = [int(part) for part in m.groups() if part and part.isdigit()]
            try:
                return dt.date(*parts, *([1] if len(parts) == 2 else []))
            except ValueError:
                continue
    return None


def url_year(url: str | None) -> int | None:
    """A year standing alone in a news address ("/2012/"): the article's year when the text states none."""
    m = URL_YEAR.search(_url_path(url)) if _may_hold_year(url) else None
    return int(m.group(1)) if m else None


@lru_cache(maxsize=8)
def _url_path(url: str) -> str:
    """The path of a news address: an undated article's is read for a date, then for a year (parsing is costly)."""
    return urlparse(url if "//" in url else f"//{url}").path


def _may_hold_year(url: str | None) -> bool:
    """Every URL_* pattern needs a year (19xx or 20xx): most addresses have none, and parsing them is costly."""
    return bool(url) and ("19" in url or "20" in url)


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month(word: str | None) -> int | None:
    return MONTH_NUMBER.get(word[:3].lower()) if word else None


def _int(value: str | None) -> int | None:
    """The number in "17", "17th" or "1,034"."""
    if not value:
        return None
    return int(value) if value.isdecimal() else int(NON_DIGIT.sub("", value))


def date_span(m: re.Match) -> DateSpan | None:
    s, e = m.span()
    prefix = m.lastgroup[:2]  # which alternative matched: "y" (a bare year, the most common), "a_" ... "i_", ...
    if prefix == "y":
        year = int(m.group("y"))
        return DateSpan(s, e, (year, None, None), (year, None, None), "year")
    if prefix == "w_":  # "from Tuesday to Thursday (last week)": days counted back from publication
        first, last = (WEEKDAY_NAMES.index(m.group(g).capitalize()) for g in ("w_d1", "w_d2"))
        shift = 1 if (m.group("w_week") or "").lower() == "last" else 0
        return DateSpan(s, e, (None, None, None), (None, None, None), "day", f"days {first} {last} {shift}")
    if prefix == "sd":  # "completed on Tuesday": the latest such day up to publication
        lead = m.string[max(0, s - SINGLE_DAY_REACH):s]
        if (lead.isascii() and not contains_any(lead.lower(), SINGLE_DAY_VERBS)) or not (
                SINGLE_DAY_LEAD.search(m.string, max(0, s - SINGLE_DAY_REACH), s)):
            return None
        day = WEEKDAY_NAMES.index(m.group("sd"))
        return DateSpan(s, e, (None, None, None), (None, None, None), "day", f"days {day} {day} 0")
    if prefix == "pd":  # "Tuesday (10) and Thursday (12)": days of the month of publication (see resolve_relative)
        first_day = int(NON_DIGIT.sub("", m.group("pd_d1")))  # "Tuesday (10th)" too
        last_day = int(NON_DIGIT.sub("", m.group("pd_d2"))) if m.group("pd_d2") else first_day
        return DateSpan(s, e, (None, None, None), (None, None, None), "day", f"month days {first_day} {last_day}")
    if prefix == "lw":  # "last Thursday": that weekday of the days before publication
        day = WEEKDAY_NAMES.index(m.group("lw_d").capitalize())
        last_day = WEEKDAY_NAMES.index(m.group("lw_d2").capitalize()) if m.group("lw_d2") else day
        return DateSpan(s, e, (None, None, None), (None, None, None), "day", f"days {day} {last_day} 0")
    if prefix == "n_":  # "three days from Friday": Friday to Sunday
        day = WEEKDAY_NAMES.index(m.group("n_from").capitalize())
        days = DAY_COUNT.get(m.group("n_days").lower()) or int(m.group("n_days"))
        first, last = ((day - days + 1) % 7, day) if m.group("n_to") else (day, (day + days - 1) % 7)
        return DateSpan(s, e, (None, None, None), (None, None, None), "day", f"days {first} {last} 0")
    if prefix == "we":
        return DateSpan(s, e, (None, None, None), (None, None, None), "day",
                        "last weekend" if m.group("we_lead").lower().startswith(("last", "this past")) else "weekend")
    if prefix == "rd":
        return DateSpan(s, e, (None, None, None), (None, None, None), "month", "this week")
    if prefix == "tm":
        return DateSpan(s, e, (None, None, None), (None, None, None), "month",
                        "this week" if m.group("tm").endswith("week") else "this month")
    if prefix == "re":
        unit = m.group("rel_unit").lower()
        return DateSpan(s, e, (None, None, None), (None, None, None), "month",
                        "this " + unit if "this" in (lead := m.group("rel").lower()) else
                        "past week" if unit == "week" and "past" in lead else unit)
    if prefix == "ss":  # "last spring": the months of the season, its year counted back from publication
        first, last = SEASON_MONTHS[m.group("ss").lower()]
        past = "last" if m.group("ss_lead")[:4].lower() == "last" else "in"
        return DateSpan(s, e, (None, None, None), (None, None, None), "month", f"season {first} {last} {past}")
    if prefix == "s_":  # "the spring of 2020": March to May
        year, (first, last) = int(m.group("s_y")), SEASON_MONTHS[m.group("s_season").lower()]
        return DateSpan(s, e, (year, first, None), (year, last, None), "month")
    if prefix == "qr":  # "the first quarter": its year counted back from publication (see resolve_relative)
        return DateSpan(s, e, (None, None, None), (None, None, None), "month",
                        f"quarter {QUARTER_NUMBER[m.group('qr').lower()]}")
    if prefix == "mw":  # "the first weekend of the year": of the publication's year, or the year before if later
        month = _month(m.group("mw_m")) or 1
        return DateSpan(s, e, (None, None, None), (None, None, None), "day",
                        f"month weekend {month} {m.group('mw').lower()}")
    if (prefix == "l_" and not (m.group("l_d2") or m.group("l_y1") or m.group("l_y2"))) or (
            prefix == "o_" and not m.group("o_d2")):
        return None  # a lone "10/10" may be a score, a lone "2024-07-25" a page's date: only ranges date fieldwork
    if prefix == "q_":  # "the third quarter of 2025": July to September
        year, quarter = int(m.group("q_y")), QUARTER_NUMBER[m.group("q_n").split()[0].lower()]
        return DateSpan(s, e, (year, 3 * quarter - 2, None), (year, 3 * quarter, None), "month")
    parts, names = DATE_GROUPS[prefix]
    v = dict(zip(parts, m.group(0, *names)[1:], strict=True))  # (group 0 first: a tuple even for one name)
    if prefix == "i_":  # "the three months to June": April to June
        months = MONTH_COUNT.get(v["n"].lower()) or int(v["n"])
        last_month = _month(v["m"])
        first_month = (last_month - months) % 12 + 1
        return DateSpan(s, e, (None, first_month, None), (_int(v["y"]), last_month, None), "month")
    if prefix in ("j_", "k_", "o_", "l_"):  # "16.10.2023 to 20.10.2023": the months are numbers
        m1, m2 = int(v["m1"]), int(v.get("m2") or v["m1"])
        return DateSpan(s, e, (_int(v.get("y1")), m1, int(v["d1"])),
                        (_int(v.get("y2") or v.get("y1")), m2, int(v.get("d2") or v["d1"])), "day")
    m1 = _month(v.get("m1") or v.get("m"))
    m2 = _month(v.get("m2") or v.get("m"))
    y1 = _int(v.get("y1")) if v.get("y1") else None
    y2 = _int(v.get("y2") or v.get("y"))
    d1 = _int(v.get("d1") or v.get("d"))
    d2 = _int(v.get("d2") or v.get("d"))
    return DateSpan(s, e, (y1, m1, d1), (y2, m2, d2), "day" if d1 else "month")


def iso(year: int, month: int | None, day: int | None) -> str:
    if not month:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def fieldwork_in_year(span: DateSpan, year: int) -> Fieldwork:
    """The span as ISO dates, `year` filling the years it leaves out ("December to March": the
    December of the year before)."""
    (y1, m1, d1), (y2, m2, d2) = span.first, span.last
    y2 = y2 or year
    y1 = y1 or (y2 - 1 if m1 and m2 and m1 > m2 else y2)
    return Fieldwork(iso(y1, m1, d1), iso(y2, m2, d2), span.precision)


def resolve_relative(span: DateSpan, published: dt.date | None) -> Fieldwork:
    """ "last month", "this week", "last year", "Tuesday to Thursday", "last weekend", counted back from the
    publication date."""
    if not published:
        return NO_FIELDWORK
    if span.relative.startswith("month days"):
        return _month_days(span.relative, published)
    if span.relative.startswith("season"):  # "last spring": the latest one over; "in the spring": the latest begun
        first_month, last_month = (int(month) for month in span.relative.split()[1:3])
        over = last_month < published.month if span.relative.endswith("last") else first_month <= published.month
        year = published.year - (not over)
        return Fieldwork(iso(year, first_month, None), iso(year, last_month, None), "month")
    if span.relative.startswith("quarter"):  # the latest such quarter begun by publication
        first_month = 3 * int(span.relative.split()[1]) - 2
        year = published.year - (first_month > published.month)
        return Fieldwork(iso(year, first_month, None), iso(year, first_month + 2, None), "month")
    if span.relative.startswith("month weekend"):
        return _weekend_of_month(span.relative, published)
    if span.relative.startswith(("days", "weekend", "last weekend")):
        first, last = _days_before(span.relative, published)
        return Fieldwork(first.isoformat(), last.isoformat(), "day")
    unit, shift = span.relative, 0 if span.relative.startswith("this") else 1
    if unit == "this month" and published.day == 1:
        shift = 1  # "earlier in the month" in a paper of the 1st: no day of its own month is over yet
    if unit.endswith("year"):
        year = str(published.year - shift)
        return Fieldwork(year, year, "year")
    day = _middle_of_week(unit, published) if unit.endswith("week") else None
    if day is None:
        month_index = published.year * 12 + published.month - 1 - shift
        day = dt.date(month_index // 12, month_index % 12 + 1, 1)
    month = f"{day.year:04d}-{day.month:02d}"
    return Fieldwork(month, month, "month")


def _weekend_of_month(relative: str, published: dt.date) -> Fieldwork:
    """ "month weekend 1 first": the first Saturday and Sunday of January, in the publication's year, or the year
    before when that month is after publication."""
    month, which = int(relative.split()[2]), relative.split()[3]
    year = published.year - (month > published.month)
    if which == "first":
        saturday = dt.date(year, month, 1) + dt.timedelta(days=(5 - dt.date(year, month, 1).weekday()) % 7)
    else:
        last_day = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        saturday = last_day - dt.timedelta(days=(last_day.weekday() - 6) % 7 + 1)  # the day before the last Sunday
    return Fieldwork(saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat(), "day")


def _month_days(relative: str, published: dt.date) -> Fieldwork:
    """ "month days 10 12": the 10th to the 12th of the month of publication, or of the month before where the last
    day is after publication (the first day, if after the last, of the month before that one)."""
    first_day, last_day = (int(day) for day in relative.split()[2:4])
    last_month = published.year * 12 + published.month - 1 - (last_day > published.day)
    first_month = last_month - (first_day > last_day)
    return Fieldwork(iso(first_month // 12, first_month % 12 + 1, first_day),
                     iso(last_month // 12, last_month % 12 + 1, last_day), "day")


def _middle_of_week(unit: str, published: dt.date) -> dt.date:
    """The middle day of "this week" (Monday to publication), "last week" (the calendar week before) or "the past
    week" (the seven days before publication): a week across two months is the month of most of its days ("the
    past week" in a paper of Sunday 6 April is April's, "last week" in one of Tuesday 5 March is February's)."""
    if unit == "this week":
        return published - dt.timedelta(days=published.weekday() // 2)
    return published - dt.timedelta(days=4 + (0 if unit == "past week" else published.weekday()))


def months_ago(count: int, unit: str, published: dt.date | None) -> Fieldwork:
    """ "a year ago", "six months ago", "a fortnight ago": the month that many units before publication;
    undated but marked `earlier` when the article has no date to count back from."""
    if not published:
        return Fieldwork(None, None, None, earlier=True)
    if unit.startswith(("week", "fortnight")):
        day = published - dt.timedelta(days=(14 if unit.startswith("fortnight") else 7) * count)
        month_index = day.year * 12 + day.month - 1
    else:
        month_index = published.year * 12 + published.month - 1 - count * (12 if unit.startswith("year") else 1)
    month = f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    return Fieldwork(month, month, "month")


def wave_before(unit: str, current: Fieldwork, published: dt.date | None, count: int = 1) -> Fieldwork:
    """ "56.1 the week before", "from 54% to 61% in two months": the wave that many units before the current one,
    counted from its first day where known to the day, else from publication."""
    start = dt.date.fromisoformat(current.start) if current.start and len(current.start) == 10 else published
    return months_ago(count, unit, start)


def earlier_than(unit: str, current: Fieldwork, published: dt.date | None, count: int = 1) -> Fieldwork:
    """ "A year earlier, 64% backed talks": that many units before the current wave, not before publication
    ("ago" counts from publication): from its first day, or its month's first day for months and years."""
    start = current.start or ""
    if len(start) == 7 and not unit.startswith(("week", "fortnight")):
        start += "-01"
    return months_ago(count, unit, dt.date.fromisoformat(start) if len(start) == 10 else published)


def _days_before(relative: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of "days <first weekday> <last weekday> <weeks back>" or a weekend: the latest
    such days up to publication ("Saturday and Sunday" in a Monday paper: the two days before); "last
    weekend" is the weekend before the publication's week (the one before, if published at a weekend)."""
    monday = published - dt.timedelta(days=published.weekday())
    if relative.startswith("days"):
        first_day, last_day, weeks_back = map(int, relative.split()[1:])
        if weeks_back:  # "Tuesday to Thursday last week": those days of the calendar week before publication's
            last = monday - dt.timedelta(days=7 * weeks_back - last_day)
        else:
            last = published - dt.timedelta(days=(published.weekday() - last_day) % 7)
        return last - dt.timedelta(days=(last_day - first_day) % 7), last
    if relative == "weekend" and published.weekday() >= 5:
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    return monday - dt.timedelta(days=2), monday - dt.timedelta(days=1)


def plausible(d: DateSpan, lowered: str, published: dt.date | None) -> bool:
    """Whether a span can date a survey: not after publication ("net zero by 2050" is a target; nor a month
    of the publication's year after its month), and
    a bare year only where written as a date ("in 2020", "a 2020 survey"); `lowered` is the text in
    lower case."""
    stated_year = d.last[0] or d.first[0]
    if stated_year and published and stated_year > published.year:
        return False
    if published and d.first[0] == published.year and (d.first[1] or 0) > published.month:
        return False  # "by March 2025" in a story of February 2025: a deadline, not when a survey ran
    if d.first[0] is None and d.first[2] is None and not d.relative and lowered.endswith("the ", 0, d.start) and \
            MONTH_EVENT_AFTER.match(lowered, d.end):
        return False
    if d.precision == "year" and not d.relative:
        return bool(YEAR_CONTEXT.search(lowered, max(0, d.start - 12), d.start)
                    or YEAR_OF_SURVEY.match(lowered, d.end))
    return True


def weekday_dateline(text: str, dates: list[DateSpan], text_year: int | None,
                     capitalised: set[str] | None = None) -> dt.date | None:
    """Without a publication date, "Friday, July 8" dates the article (a stand-in for `published`):
    the latest year the text states on which July 8 is a Friday, else the first year after the
    latest stated one (`text_year`) on which it is. `capitalised` (see find_dates), if the caller has it,
    says which weekday names the text writes as words: only those can start a dateline."""
    if not text_year:
        return None
    names = WEEKDAY_NAMES if capitalised is None else capitalised.intersection(WEEKDAY_NAMES)
    named = sorted(pos for name in names for pos in find_all(text, name))
    if not named:
        return None
    stated = sorted({d.last[0] for d in dates if d.last[0]}, reverse=True)
    for m in _matches_at(WEEKDAY_DATE, text, named):  # only a weekday's name starts one
        month, day = _month(m.group("m1") or m.group("m2")), _int(m.group("d1") or m.group("d2"))
        weekday = WEEKDAYS.index(m.group("wd")[:3].lower())
        for year in [*stated, *range(text_year + 1, text_year + 7)]:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                break
            if date.weekday() == weekday:
                return date
    return None


def latest_year(dates: list[DateSpan], published: dt.date | None, url_year: int | None) -> int | None:
    """The latest year the text states (none after publication), else the year in the address."""
    years = [d.last[0] for d in dates if d.last[0]]
    if published:
        years = [y for y in years if y <= published.year]
    return max(years) if years else url_year
