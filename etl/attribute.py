"""Attribute each figure mention to its survey: pollster, sponsor, population, dates, sample, statement.

News names the pollster once and then says "the survey" or "the same poll", states the fieldwork
("conducted from June 6 to 17") in another paragraph and gives the sample size at the end. So each
kind of fact is indexed once per article, by position (regexes tried only where a cue word, month name,
year or number occurs; one set operation over the capitalised words for all pollster names, see
etl.pollsters), and every mention looks up the nearest one by bisection: same sentence first, then
the closest before it, then the closest after it. So the cost grows with the article's length, not
with its length times its number of figures. Dates written next to a value ("28% in March", "78% last
June", "10% a year ago") belong to that value — usually an earlier wave; "down from 74%" is an earlier
wave left undated (linking finds it by its share), and a month no year can be found for is kept for
linking ("back in April it stood at 6%"); other dates in sentences about the survey (a poll word or a
pollster's name) are its fieldwork. Month names without a year ("in June": the latest June up to
publication) and "last month", "this year" are resolved against the article's `published` date; an
undated article takes it from its web address ("/2022/07/08/") or a weekday dateline ("Friday, July 8"),
or else uses the latest year the text states (or the address's "/2012/"); the date phrases themselves
are found and resolved by etl.dates. A person "running" a survey in an article that names one known
pollster is that pollster's researcher; an outlet written before "poll" ("an Observer poll") paid for
it. What each figure says — its statement, question terms and the group it is of — comes from
etl.statements. A pure function of one article, cheap enough for a process pool.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import NamedTuple

from etl.cues import NOT_A_SURVEY_EVENT, SPACED_THOUSANDS_BEFORE, GatedCue, contacted_count, responded_count
from etl.dates import (
    DATE_ANCHOR,
    NO_FIELDWORK,
    DateSpan,
    Fieldwork,
    _matches_at,
    date_span,
    earlier_than,
    fieldwork_in_year,
    find_all,
    find_dates,
    latest_year,
    months_ago,
    parse_published,
    plausible,
    resolve_relative,
    url_date,
    url_year,
    wave_before,
    weekday_dateline,
)
from etl.ingest import Article
from etl.numbers import fold
from etl.pollsters import CAPITALISED_WORD, WORD, Pollster, default_matcher, domain_key
from etl.sentences import split_sentences
from etl.statements import Wording, describe_figures, is_whole_sample
from etl.textmatch import contains_any, last_token

ATTRIBUTION_FIELDS = (
    "pollster", "sponsor", "population", "subgroup", "statement", "fieldwork_start", "fieldwork_end",
    "date_precision", "year_inferred", "earlier_wave", "fieldwork_month", "sample_size", "margin_of_error",
    "geography", "published", "question_terms", "poll_name", "mode",
)

# --- cues -------------------------------------------------------------------------------------------
class Anchored(NamedTuple):
    """A pattern each of whose matches starts with one of `words`, searched for (`found_in`) only where one
    of them occurs. `re` tries a pattern starting with \\b at every position of the window: over a whole
    sentence that costs more than finding a few words (over a few dozen characters it costs less)."""

    pattern: re.Pattern
    words: tuple[str, ...]

    def found_in(self, text: str, start: int, end: int) -> bool:
        """Whether the pattern matches in text[start:end] (as bool(pattern.search(text, start, end)))."""
        for word in self.words:
            pos = text.find(word, start, end)
            while pos >= 0:
                if self.pattern.match(text, pos, end):
                    return True
                pos = text.find(word, pos + 1, end)
        return False


# Matched against the lowercased text (ArticleContext.lowered), so written in lower case without re.I, which
# makes `re` about three times slower: SURVEY_CUE, EARLIER_WAVE_CUE, PREVIOUS_WAVE, COMPARED_DATE, FROM_TO,
# NOT_FIELDWORK, FIELDWORK_CUE, OTHER_PERIOD, CONDUCTS_*, SAMPLE_LEAD, SAMPLE_BEFORE (and etl.dates.YEAR_*).
SURVEY_CUE = Anchored(re.compile(
    r"\b(?:polls?|polled|polling|surveys?|surveyed|conducted|carried out|fieldwork|interview(?:s|ed)|questioned|"
    r"respondents|responses\s+from|took place|study|research|methodology|rolling\s+sample)\b"), (
        "poll", "survey", "conducted", "carried out", "fieldwork", "interview", "questioned", "respondents",
        "responses", "took place", "study", "research", "methodology", "rolling"))
# ("responses from 900 firms": a survey's; "the three-day rolling sample ending March 23": a tracking poll's)
EARLIER_WAVE_CUE = re.compile(
    r"\b(?:previous|prior|earlier|last)\s+(?:survey|poll|wave|study|round|edition)|\bcompared\s+(?:to|with)\b|\bsince\b|"
    r"\bsimilar\s+(?:survey|poll|study)\b|"  # "in a similar survey by the firm in March": an earlier wave's month
    r"\b(?:up|down)\s+from\b|\bthan\s+(?:in|at)\b|\bago\b|\bagainst\b|(?<!sampling )\bpoints?\s+(?:from|since)\b|"
    r"\b(?:up|down|unchanged|steady)(?:\s+[\w.-]+){0,2}?\s+on\b|"  # "down four on last month": a change's base
    r"\b(?:[a-z]+er|more|less|fewer)\s+than\s+(?:(?:in|at|the)\s+)?$")  # "a point lower than last month"
# A word every match of EARLIER_WAVE_CUE holds (and of EARLIER_WAVE_RAN: its first four), looked for first: the
# alternation, tried at every position, costs several times more than these `in` tests, and most dates have none.
EARLIER_WAVE_WORDS = ("previous", "prior", "earlier", "last", "compared", "since", "from", "than", "ago", "against",
                      "up", "down", "unchanged", "steady", "similar")
PREVIOUS_WAVE = re.compile(r"\b(?:previous|prior|earlier|last)\s+"  # also "the previous week's YouGov survey"
                           r"(?:(?:week|month|fortnight|year)['’]s\s+(?:[\w-]+\s+)?)?(?:survey|poll|wave|study|round)\b")
COMPARED_DATE = re.compile(
    r"\b(?:compared\s+(?:to|with)|since|than\s+(?:[a-z]+\s+){0,3}?(?:in|at)|versus|vs\.?|(?<!sampling )points?\s+from|"
    r"(?:up|down|unchanged|steady)(?:\s+[\w.-]+){0,2}?\s+on)\s+"
    r"(?:the\s+)?$")
FROM_TO = re.compile(r"\bfrom\s+$")
# "from 21% in the previous week's YouGov survey, carried out on 9-10 November": that wave's date, not the story's
EARLIER_WAVE_RAN = re.compile(r"\b(?:previous|prior|earlier|last)\s+(?:(?:week|month|fortnight|year)['’]s\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:survey|poll|wave|study|round),?\s+(?:which\s+was\s+)?"
                              r"(?:conducted|carried\s+out|taken|done|fielded)\s+(?:on|in|between|from)\s+(?:the\s+)?$")
# Before a date that is an earlier wave's: "up from 54 per cent in a survey by the same firm in March" (the
# compared value's survey, named in the same clause)
COMPARED_VALUE_SURVEY = re.compile(r"\b(?:from|compared\s+(?:to|with)|against|versus)\s+[\d.]+\s*"
                                   r"(?:%|per\s?cent|percent)\s+(?:in|at|of|by)\s+(?:an?|the|its|their)\s+[^.;,%\d]{0,50}?"
                                   r"\b(?:survey|poll|wave|study|round|edition)\b[^.;,%\d]{0,30}$")
COMPARED_VALUE_SURVEY_REACH = 110  # characters before a date in which COMPARED_VALUE_SURVEY is looked for
COMPARED_VALUE_WORDS = ("from", "compared", "against", "versus")  # one of them is in every match: looked for first
# Before a date that is an earlier wave's: "(40%, up from 36%) in the previous survey in April", "unchanged from May"
EARLIER_WAVE_DATE = re.compile(r"\b(?:(?:previous|prior|earlier|last)\s+(?:survey|poll|wave|study|round)\s+"
                               r"(?:in|of|from)|(?:unchanged|steady|flat)\s+(?:from|since))\s+(?:the\s+)?$")
SHARE_BEFORE = re.compile(r"%|\bper\s?cent")  # a value before "unchanged from May": that date is its
FROM_VALUE_IN = re.compile(r"\bfrom\s+[\d.]+\s*(?:%|per\s?cent)\s*(?:in|during)\s+(?:the\s+)?$")  # "up from 36% in"
LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)?(?=\s?(?:%|per\s?cent|percent))")  # "47%" in a headline, not "two-thirds"
ANOTHER_WORDS = ("separate", "another", "different", "rival")
ANOTHER_SURVEY = re.compile(r"\b(?:separate|another|different|rival)\s+(?:[\w-]+\s+){0,2}?(?:polls?|surveys?|study)\b")
ATTACHED_AFTER = re.compile(
    r"^\s*\)?\s*(?:(?:who|that|which|when)\s+(?:[A-Za-z’']+\s+){1,5})?(?:(?:a|an|one|two|three|\d+)\s+(?:decade|years?|months?)"
    r"\s+ago,?\s+)?(?:in\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?"  # "in the paper's poll in May"
    r"(?:survey|poll|wave|study|round)(?:\s+of\s+the\s+(?:survey|poll|study))?"  # "the previous round of the survey"
    r"(?:\s+(?:by|for)\s+(?:the\s+)?(?:same\s+)?[\w-]+)?"
    r"(?:\s+(?:conducted|taken|carried\s+out))?,?\s+)?"  # "33% in a poll by the same firm in May"
    r"(?:(?:in|during|as\s+of|back\s+in|at\s+the\s+(?:end|start)"
    r"\s+of|on|by|recorded\s+in|registered\s+in|last|(?:in\s+)?(?:early|late)|(?:earlier|later)\s+in)\s+|(?:(?:in|by)\s+)?mid[\s-])?"
    r"(?:(?:the|our|its|their)\s+|"
    r"(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+)?$")  # "44% in Gallup's October poll"
# Between a value and the year of the survey it is credited to: "38%, according to the network's 2024 survey"
SOURCE_OF_YEAR_GAP = re.compile(r"\s*,?\s*according\s+to\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?"
                                r"(?:(?:latest|last|previous|most\s+recent)\s+)?")
SURVEY_AFTER_DATE = re.compile(r"\s+(?:survey|poll|round|wave|study)\b")
# Between a value and its date in a bracketed source: "29% (Opinium, 4-6 June)"
BRACKETED_SOURCE = re.compile(r"\s*\(\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3},\s*")
# After a value of the wave before: "(down from 56.1) the week before", "(from 44%) the previous month"
WAVE_BEFORE_AFTER = re.compile(r"\s*,?\s*(?:in\s+)?the\s+(?:(?P<unit>week|month|year)\s+before|"
                               r"(?:previous|prior|preceding)\s+(?P<unit2>week|month|year))\b")
# After the first value of "from 54% to 61% in two months": the change's span dates it
TO_VALUE_IN_SPAN = re.compile(r"\s*(?:%|per\s?cent)?\s*to\s+[\d.]+\s*(?:%|per\s?cent)?\s+(?:in|over)\s+"
                              r"(?:the\s+(?:past|last)\s+)?(?P<n>an?|one|two|three|four|five|six|[1-9]|1[0-2])\s+(?P<unit>weeks?|months?|years?)\b")
# Before a value that an undated comparison gives for an earlier wave: "backed by 69%, down from 74%".
EARLIER_VALUE_BEFORE = re.compile(  # also "dropped to 25 percent from 33 percent", "support fell from 44%"
    r"(?:\b(?:up|down|fell|fallen|rose|risen|climbed|dropped|slipped|declined|increased|decreased|grew|grown|jumped|"
    r"dipped|slid|sank|slumped|surged|soared|plunged|tumbled|shrank|shrunk|went|gone)|"
    r"\d\s?(?:%|per\s?cent|percent))\s+from\s+(?:(?:only|just|some|about|around|nearly|almost|roughly)\s+)?$")
# After a value dated by how long ago it was: "(10%) a year ago", "(38%) six months earlier".
AGO_AFTER = re.compile(r"\s*,?\s*(?P<n>an?|one|two|three|four|five|six|[1-9]|1[0-2])\s+"
                       r"(?P<unit>years?|months?|weeks?|fortnights?)\s+(?:ago|earlier)\b")
# "(in May,) when the figure was 80%", "A month earlier, the rating stood at 61%": the value restated as a level
FIGURE_WAS = (r"(?:(?:(?:the|this|that|its)\s+(?:figure|share|rating|number|level|proportion|percentage|"
              r"indicator)|it)\s+(?:was|stood\s+at|amounted\s+to|reached)\s+)?")
# Leading a value's sentence: "A month earlier, the figure was 61%", "A year ago, 10%".
AGO_BEFORE = re.compile(r"\W*(?P<n>an?|one|two|three|four|five|six|[1-9]|1[0-2])\s+"
                        r"(?P<unit>years?|months?|weeks?|fortnights?)\s+"
                        rf"(?:ago|earlier),?\s*{FIGURE_WAS}(?:(?:only|just|some|about|around|nearly|almost)\s+)?")
# An earlier time the value's clause goes back to: "a reversal from four years ago, when more than 8 in 10 said".
AGO_WHEN = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|[1-9]|1[0-2])\s+(?P<unit>years?|months?|weeks?|"
                      r"fortnights?)\s+(?:ago|earlier),?\s+when\s+(?:[\w'’-]+\s+){0,3}$")
AGO_WHEN_REACH = 60  # characters before a value: the time, "when" and up to three words
PREVIOUS_WAVE_REACH = 120  # characters before a value in which PREVIOUS_WAVE_CLAUSE is looked for
# A sentence opening on an earlier time, whatever it then says: "A week earlier, YouGov had Labour on 21%".
AGO_OPENING = re.compile(r"\W*(?P<n>an?|one|two|three|four|five|six|[1-9]|1[0-2])\s+(?P<unit>years?|months?|weeks?|"
                         r"fortnights?)\s+(?:ago|earlier|before),\s")
# A poll dated by how long ago it ran, its figures after it: "the last YouGov poll a week ago had Labour on 30%",
# "in the firm's survey a month earlier the Greens stood at 9%"
AGO_POLL = re.compile(r"\b(?:poll|survey|wave|edition)\s+(?P<n>an?|one|two|three|four|five|six|[1-9]|1[0-2])\s+"
                      r"(?P<unit>years?|months?|weeks?|fortnights?)\s+(?:ago|earlier|before),?\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:had|put|showed|found|gave|recorded|stood|was|were)\b[^.;]{0,60}$")
AGO_REACH = 24  # characters after a value: "a year ago" or "twelve months ago" fits
# After a value dated by how long before its poll ran: "(44%) in the poll taken two weeks earlier"
AGO_IN_POLL_AFTER = re.compile(r"\s*,?\s*in\s+(?:the|a|an|its)\s+(?:(?:previous|earlier|last|prior|same)\s+)?"
                               r"(?:poll|survey|wave|study)(?:\s+(?:taken|conducted|carried\s+out|done|fielded))?\s+"
                               r"(?P<n>an?|one|two|three|four|five|six|[1-9]|1[0-2])\s+"
                               r"(?P<unit>years?|months?|weeks?|fortnights?)\s+(?:ago|earlier|before)\b")
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
EXIT_POLL = re.compile(r"\bexit[\s-]poll")
POLL_WORD = re.compile(r"(?:poll|survey)(?![\w-])(?!\s+(?:ratings?|leads?|numbers|averages?|positions?|tracker))")
JOINT_GAP = re.compile(r"\s+(?:and|&)\s+")  # between pollsters named jointly
BAROMETER_WORD = re.compile(r"barometer(?![\w-])")  # "the CIS barometer": a poll's name
WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
WHEN_GAP = re.compile(rf"^\s*,?\s*when\s+{FIGURE_WAS}(?:(?:only|just|some|about|around|nearly|almost)\s+)?$")
RESPECTIVELY = re.compile(r"\brespectively\b")
LIST_GAP = re.compile(r"\s*(?:%|per\s?cent|percent)?\s*(?:,|,?\s*and|,?\s*or)\s*", re.I)  # "52% and 49%"
RESPECTIVELY_AFTER = re.compile(r"\s*(?:%|per\s?cent|percent)?\s*,?\s*")  # "49% respectively", "49%, respectively"
# "On a two-party-preferred basis, Labor leads 58-42": the vote the figures give, which their own clause omits
# "Labor leads 56-44 after preferences", "trails 45 to 55 on the two-party measure": the same basis in other words
PREFERRED_BASIS = re.compile(r"\btwo[\s-]party[\s-]preferred\b|\b(?:2pp|tpp)\b|\bafter\s+(?:the\s+)?preferences\b|"
                             r"\btwo[\s-]party\s+(?:measure|basis|count|terms|split)\b")
CLAUSE_BREAK = re.compile(r"[,;:]")  # between a value and a vote basis: another clause's basis
BASIS_OPENING = 12  # characters: a basis this near the sentence start is the whole sentence's ("On a 2PP basis")
ATTACHED_BEFORE = re.compile(rf"^\s*,?\s*{FIGURE_WAS}(?:(?:only|just|some|about|around|nearly|almost)\s+)?$")
# What ends a clause (see _breaks_clause): a dash between spaces, ";", "respectively", a value dated in its clause.
DASH_BREAK = re.compile(r"\s[-–—]\s")
VALUE_IN_PERIOD = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s+(?:in|during)\s")
NOT_FIELDWORK = re.compile(
    r"\b(?:published|released|announced|presented|reported|posted|updated|found|showed|said|issued|unveiled|"
    r"launched|(?:came|comes|come|was|were)\s+out|made\s+public|(?:its\s+)?(?:release|publication))\s+(?:on\s+|in\s+)?"
    # "published on Thursday 12 June", "released on Thursday (June 12)"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+|\s*\(\s*))?$")
FIELDWORK_CUE = re.compile(r"\b(?:conducted|carried\s+out|(?:run|done)\s+by|fieldwork|took\s+place|interviewed|"
                           r"surveyed|polled|questioned|taken(?=\s+(?:over|at|during|last|this|on)\b)|"
                           r"between|field(?:ed)?)\b")  # ("a poll taken last weekend")
# A poll said to have run when the one named before it did: "taken over the same period", "conducted at the same time"
SAME_PERIOD = re.compile(r"\b(?:taken|conducted|carried\s+out|fielded|done|run|in\s+the\s+field)\s+"
                         r"(?:over|during|in|at|on)\s+the\s+same\s+(?:period|time|days|dates|week|weekend|fortnight)\b")
WHILE_GAP = re.compile(r",?\s*(?:while|whereas)\s+")
# Before a value of the wave before, in a clause of its own: "from Curia's previous poll, which had National on 34%"
PREVIOUS_WAVE_CLAUSE = re.compile(r"\b(?:previous|prior|preceding)\s+(?:poll|survey|wave|round|edition)\b"
                                  r"[^.;]{0,40}?,?\s+(?:which|that)\s+(?:had|put|showed|found|gave|recorded)\b[^.;]{0,50}$")
PREVIOUS_WAVE_AFTER = re.compile(r"\s*(?:%|per\s?cent|percent)?\s+in\s+the\s+previous\s+"
                                 r"(?:(?:week|month|fortnight|year)['’]s\s+(?:[\w-]+\s+)?)?(?:survey|poll|wave|round)\b"
                                 r"(?!\s+(?:in|of|from|conducted|taken|carried|by|for)\b)")
COMPARED_VALUE_IN = re.compile(
    r"\bfrom\s+[\d.]+\s*(?:%|per\s?cent)\s*(?:in|during)\s+(?:the\s+)?(?:early\s+|mid-|late\s+)?$")  # "from 38% in May"
NAME_BEFORE_INSTITUTE = re.compile(r"\b[Tt]he (?P<name>[A-Z][\w'’&.-]+(?: [A-Z][\w'’&.-]+)?) $")  # "the Ipec institute"
FINDING_BEFORE = re.compile(r"\b(?:found|finds|showed|shows|reported|reports|recorded)\s+(?:in\s+)?$")
CLAUSE_JOIN = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\s(?:while|whereas)\s")  # a second clause's start
SHARED_DATE = re.compile(r"^,?\s*(?:with|and|against)\s+(?:\w+\s+)?$")
VALUE_BEFORE = re.compile(r"\d\s*(?:%|per\s?cent|percent)\s*(?:(?:in|during|as\s+of)\s+(?:the\s+)?)?$")
# After a date that leads a value's clause: "In May, 80% trusted him" dates that value more than the survey.
VALUE_AFTER = re.compile(
    r",?\s*(?:(?:only|just|some|about|around|nearly|almost)\s+)?\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)")
POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:(?:figure|reading|rating|score|level)\s+of\s+)?")
SHARE_LATER = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)")
NUMBER_IN_BEFORE = re.compile(r"\d\s+(?:in|during)\s+$")  # "(down to 44 from) 38 in March": that number's date
THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he $")
# A name right before its value, as round-ups list polls: "YouGov has Labour on 19, More in Common 21, Opinium 22".
NAME_HOLDS_VALUE = re.compile(r"\s+(?:(?:on|at)\s+)?")
# A value and the name right after it: "27% with Opinium", "31% in the Gallup Korea survey", "38% in Léger's poll",
# "29% (Opinium, 4-6 June)"
VALUE_WITH_NAME = re.compile(
    r"\d[\d.,]*\s*(?:%|per\s?cent|percent)?(?:\s+(?:with|in|for|according\s+to)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:this|last)\s+(?:week|month)['’]s\s+|latest\s+|new\s+)?|\s*\(\s*)")  # "36% in this week's Essential poll"
# "taken in the days after last week's debate": the survey ran from that date on
DAYS_AFTER = re.compile(r"\bin\s+the\s+(?:days|hours|weeks?)\s+(?:after|following)\s+(?:the\s+)?$")
OTHER_PERIOD = re.compile(r"\b(?:since|prior\s+to|before|after|until)\s+(?:the\s+)?$")
DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,30},\s*")  # "MOSCOW, Feb 2 (Interfax) - ...": the story's date
# "Stockholm, 23 April 2025 – ...", "Nairobi, Kenya, 18 February 2026 -- ...": a press release's place and date,
# a dash or agency after the date
TITLE_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})?,\s*")
DATELINE_END = re.compile(r"\s*(?:[-–—/]|\([A-Z]|:[ \t]+\S)")  # "New Delhi, Aug 22: Prime Minister ..."
ELECTION_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:parliamentary|presidential|general|local|municipal|snap|early|"
                            r"legislative|european|federal|state)\s+)?(?:elections?|vote|referendum|runoff)\b")
# "the December 17 elections", "last year's general election"
# a date that names an event, not a survey's days: "those convicted over the Jan. 8 riots", "since the Oct. 7 attack"
EVENT_AFTER = re.compile(r"\s+(?:riots?|attacks?|uprising|protests?|coup|insurrection|invasion|massacre|bombings?|"
                         r"shootings?|earthquake|storming|ceasefire|truce|deadline|summit|raids?|killings?|floods?|"
                         r"blasts?|explosions?|unrest|crackdown|revolution|incursion|assassination)\b")
ELECTION_BEFORE = re.compile(r"\belections?\s+(?:(?:held|due|scheduled)\s+)?(?:in|of)\s+(?:the\s+)?$")  # "... in 2024"
# who a value is of ("those who voted in 2019"), or a vote won then ("the 11.6% they won in February")
GROUP_DATE = re.compile(r"\b(?:who|voted|backed|supported|elected|won|received|took(?!\s+place))\b[^,;:.%\d]{0,40}"
                        r"\b(?:in|at|during)\s+(?:the\s+)?$")
GROUP_DATE_WORDS = ("who", "voted", "backed", "supported", "elected", "won", "received", "took")  # one in every match
# a past vote, not fieldwork: "those who voted Labour last July", "at the general election last year"
PAST_VOTE_BEFORE = re.compile(
    r"(?:\bvoted\b[^,;:.%\d]{0,30}?|\b(?:at|in)\s+the\s+(?:[a-z]+\s+)?elections?)\s+(?:last\s+)?$")
# a deadline or plan, not fieldwork: "must call it by early April if ...", "in May next year"
FUTURE_BY = re.compile(r"\bby\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:end|start|middle|beginning)\s+of\s+)?$")
FUTURE_WORDS = re.compile(r"\b(?:will|must|shall|(?:has|have|needs?)\s+to|(?:is|are)\s+due|expected\s+to|"
                          r"plans?\s+to|wants?\s+to|if)\b")
NEXT_YEAR_AFTER = re.compile(r",?\s+next\s+year\b")
DATE_LEADS = re.compile(r"(?:^|[.;:]\s*|\b(?:In|By|As of|Back in|in|by)\s+(?:the\s+)?)$")

EXIT_POLL_REACH = 300  # characters before a value in which an "exit poll" names its survey
EXIT_POLL_MODE = "exit poll"  # the survey mode (surveys.mode) of a value an exit poll gave
# A survey the copy names: "the exit poll", "exit polling", "opinion polls", "the latest GQR polling", "a YouGov
# survey" (not "polling stations" or "polling day": the election's); "the poll" / "this survey" (singular, after
# "the", "this" or "that") points back to one named before it, so it names no survey of its own; "polls closed"
# (or opened) are the election's
SURVEY_MENTION = re.compile(r"\b(?P<back>(?:the|this|that)\s+(?:same\s+)?(?=(?:poll|survey)\b))?"
                            r"(?:(?P<exit>exit[\s-])(?:polls?|polling)|polls?(?!\s+(?:had\s+)?(?:clos|open)\w*\b)|"
                            r"surveys?|polling(?!\s+(?:stations?|"
                            r"places?|booths?|days?|centres?|centers?|cards?|officials?|staff|agents?|districts?|"
                            r"hours|units?)\b))\b")
# What respondents judge, not who asked: "52% trust the Centers for Disease Control", "confidence in the CDC"
VERDICT_ON_BEFORE = re.compile(r"\b(?:(?:dis|mis)?trust(?:s|ed|ing)?|(?:confidence|faith)\s+in|satisfied\s+with|"
                               r"rely\s+on|approve\s+of)\s+(?:in\s+)?(?:the\s+)?$")
VERDICT_ON_REACH = 30  # characters: the verb and its article before the name
ANALYSIS_OF_BEFORE = re.compile(r"\banaly[sz](?:is|es|ed)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$")  # before "survey"
ANALYSIS_REACH = 70  # characters: "analysis of the" and a survey's name of up to five words
PHOTO_CREDIT = re.compile(r"\s*/\s*(?:Getty|AFP|AP|Reuters|EPA|Bloomberg|Shutterstock|Alamy|PA|Sipa|Zuma)\b"
                          r"(?!\s+(?:[\w-]+\s+)?(?:polls?|surveys?)\b)")  # not "the Ipsos/Reuters poll": its partner
CONDUCTS_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:\([^)]{1,12}\)\s*)?(?:[\w&-]+\s+)?(?:(?:recent|latest|monthly|weekly|fortnightly|quarterly|"
    r"annual|national|online|telephone|tracking)\s+)?(?:polls?|polling|surveys?|study|research|data|"
    r"tracker|barometer|found|finds|showed|shows|asked|polled|surveyed|conducted|interviewed|questioned|measured|"
    r"measures|recorded|records|puts|put|places|placed|has|had)\b")  # "Závecz Research measured ..."
CONDUCTS_BEFORE = re.compile(
    r"\b(?:by|from|of|according\s+to|conducted\s+by|carried\s+out\s+by|commissioned\s+from|pollsters?|"
    r"(?:research|polling)\s+(?:firm|company|agency|institute|group))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
# An organisation's name: capitalised words joined by the lower-case particles names keep ("Le Journal du
# Dimanche", "Folha de S.Paulo", "Corriere della Sera"), a dot only inside a word, a number only before a word.
NAME_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*"
NAME_PARTICLE = r"(?:of|and|&|on|du|de|des|del|della|di|der|den|van|von|la|le|el|da|do|dos|das|y|für|am|im) "
# "at" joins a unit to its university: "the Policy Institute at King's College London"
UNIT_AT = r"(?:(?<=Institute )|(?<=Centre )|(?<=Center )|(?<=School )|(?<=Lab )|(?<=Unit )|(?<=Initiative ))at "
SPONSOR_NAME = rf"(?:The )?(?:\d+ )?{NAME_WORD}(?: (?:{NAME_PARTICLE}|{UNIT_AT})?{NAME_WORD}){{0,4}}"
# Several outlets paying together: "for the BBC, ITV News and Sky News" (a full list, ending in "and").
SPONSOR_NAMES = rf"(?:{SPONSOR_NAME}(?:, (?:the )?{SPONSOR_NAME})+,? and (?:the )?{SPONSOR_NAME}|{SPONSOR_NAME})"
# What kind of body a sponsor is, written before its name: "for broadcaster ARD", "commissioned by the public
# broadcaster LRT", "on behalf of the campaign group 38 Degrees".
OUTLET_KIND = (r"(?:(?:[\w-]+\s+){0,2}?(?:broadcasters?|newspapers?|daily|weekly|paper|magazine|tabloid|channel|"
               r"television|tv|radio|station|network|news\s+agency|agency|wire(?:\s+service)?|website|news\s+site|"
               r"portal|outlet|"
               r"(?:campaign|pressure|lobby|advocacy|industry)\s+group|think[\s-]tank|charity|trade\s+body|"
               r"union|foundation)\s+)?")
# Words many clients' names share: "Sky News" and "BBC News" are two clients, "the Nine newspapers" and "Nine" one.
CLIENT_FILLER_WORDS = frozenset(["the", "a", "an", "of", "and", "for", "s", "news", "media", "group", "daily", "sunday",
                                 "newspaper", "newspapers", "paper", "papers", "mastheads", "broadcaster", "network",
                                 "tv", "radio", "channel", "public", "national",
                                 # articles of other languages open many titles: "El País" is not "El Mundo"
                                 "el", "la", "le", "les", "los", "las", "il", "lo", "die", "der", "das", "de", "del",
                                 "du", "des", "di", "het", "o", "os"])
SPONSOR_LEAD = r"(?:for|commissioned\s+by|on\s+behalf\s+of|sponsored\s+by|funded\s+by|paid\s+for\s+by)"
# The capital first, then "not after a word" (a look back over both), lets `re` skip to capitals.
OUTLET_BEFORE = re.compile(r"(?P<name>[A-Z](?<![\w'’][A-Z])[\w&-]+(?: [A-Z][\w&-]+){0,2})(?:['’]s "
                           r"(?:(?:most\s+)?(?:latest|recent|new|monthly|weekly)\s+)?|/| |-)$")  # "ARD's latest"
PLACE_OWNER = re.compile(r"(?P<place>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s (?=[A-Z])")  # "Peru's (El Comercio)"
WHEN_AFTER_NAME = re.compile(r"\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur)day|"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?)$")
OWNED_TITLE_OPENINGS = ("El ", "La ", "Le ", "Les ", "Il ", "Der ", "Die ", "O ", "The ")  # "Peru's El Comercio"
# The word a pollster's own name opens with in its language, no sponsor before it: "The Instituto (Datafolha) survey"
INSTITUTE_WORDS = frozenset(["Instituto", "Institut", "Institute", "Istituto", "Instytut", "Institutul"])
SENTENCE_PREPOSITIONS = frozenset(["In", "On", "At", "By", "From", "For"])  # a capital before an outlet's name
NOT_A_SPONSOR = frozenset(
    ["A", "An", "The", "In", "On", "At", "By", "For", "From", "New", "Latest", "Recent", "Last", "This", "That",
     "Another", "According", "Separate", "Online", "Exit", "Opinion", "Snap", "Our", "Their", "Its", "And", "But",
     "Explore", "Read", "See", "View", "Watch", "More", "Related", "Subscribe", "Pollster", "Pollsters",
     # connectives opening a sentence: "Meanwhile YouGov found ..." names no outlet
     "Meanwhile", "Separately", "However", "Similarly", "Elsewhere", "Still", "Yet", "Also", "Indeed", "Overall"])
# The days a survey ran, between "conducted" and its sponsor: "June 2 to June 4", "April 11 to 13", "Feb. 3-5".
DAY_OF_MONTH = r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?"  # "June 2", "Feb. 3", "11th"
FIELDWORK_DAYS = rf"{DAY_OF_MONTH}(?:\s*(?:-|–|to|and)\s*{DAY_OF_MONTH})?,?"
SPONSOR = re.compile(
    rf"(?:\b(?:poll|survey|research|study|polling|conducted|carried\s+out|polled|surveyed|questioned|interviewed)|"
    rf"barometer)[^\S\n]+(?:(?!by\s)\w[\w,]*[^\S\n]+){{0,4}}?"  # "of 2,000 UK adults", "(Forsa) questioned 1,003
    # people for RTL"; on one line (a headline's "... in Jiji poll" does not run on into the body's "rating for the
    # Cabinet") and not across "by" ("by the National Centre for ...": a name)
    rf"{SPONSOR_LEAD}\s+(?:the\s+)?{OUTLET_KIND}(?P<name>{SPONSOR_NAMES})"
    rf"|\b(?:conducted|carried\s+out)\s+(?:from\s+|between\s+|on\s+)?{FIELDWORK_DAYS}\s+for\s+(?:the\s+)?{OUTLET_KIND}"
    rf"(?P<name4>{SPONSOR_NAMES})"  # "conducted from June 2 to June 4 for the Taxpayers' Union"
    rf"|\b(?:commissioned|sponsored|funded)\s+by\s+(?:the\s+)?{OUTLET_KIND}(?P<name2>{SPONSOR_NAMES})"
    rf"|(?P<name3>[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){{0,3}})-commissioned"
    # a pollster an outlet owns: "Datafolha, the polling arm of newspaper Folha de S.Paulo"
    rf"|\b(?:polling|research|survey)\s+(?:arm|unit|division|department)\s+of\s+(?:the\s+)?{OUTLET_KIND}"
    rf"(?P<name5>{SPONSOR_NAME})")
# Who a survey is of, though not written as paying for it: "Research from the Northfield Trust, carried out by
# Savanta", "the Social Trends survey, published by the Harbour Trust" (a listed pollster so named ran it instead).
PUBLISHED_BY = re.compile(
    rf"(?:[Rr]esearch|[Ss]tudy)\s+(?:from|by)\s+(?:the\s+)?(?P<name>{SPONSOR_NAMES})"
    rf"|(?:poll|survey|study|research)\b[^.;]{{0,40}}?,?\s+(?:published|released)\s+"
    rf"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+|"
    rf"(?:yesterday|today|last\s+week|this\s+week)\s+)?"  # "the Invamer poll released Sunday night by Caracol"
    rf"by\s+(?:the\s+)?{OUTLET_KIND}"
    rf"(?P<name2>{SPONSOR_NAMES})")
RESEARCH_OR_STUDY = ("Research", "research", "Study", "study")  # what PUBLISHED_BY's first form opens with
# The two bodies behind a survey: "a collaboration between the Policy Institute at King's College London and Ipsos";
# the one not listed as a pollster is the sponsor.
COLLABORATION = re.compile(rf"\b(?:collaboration|partnership|joint\s+(?:project|venture|effort))\s+(?:between|of)\s+"
                           rf"(?:the\s+)?(?P<first>{SPONSOR_NAME})\s+and\s+(?:the\s+)?(?P<second>{SPONSOR_NAME})")
# After a pollster a poll is "from" or "by": the body it ran it with ("a poll from AP-NORC and USAFacts.").
POLL_FROM_BEFORE = re.compile(r"\b(?:poll|survey|study)\s+(?:from|by)\s+(?:the\s+)?$")
WITH_PARTNER_AFTER = re.compile(
    rf"\s+and\s+(?:the\s+)?(?P<name>{SPONSOR_NAME})(?=\s*[.,;]|\s+(?:found|finds|shows|showed)\b)")
# A poll's title after the outlet that runs it: "the India Today Mood of the Nation survey" (see _titled_poll_outlet).
TITLE_RUN_BEFORE = re.compile(r"(?:^|[^\w'’])(?P<run>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){1,4}) $")
OUTLET_NAME_WORDS = frozenset([
    "News", "Times", "Post", "Daily", "Herald", "Journal", "Telegraph", "Observer", "Guardian", "Mail", "Globe",
    "Tribune", "Gazette", "Star", "Sun", "Mirror", "Express", "Standard", "Independent", "Chronicle", "Press", "Radio",
    "TV", "Television", "Today", "Zeitung", "Review", "Courier", "Inquirer", "Bulletin", "Economist", "Spectator"])
# Before a pollster's name, an outlet's own poll: "in our latest weekly poll with YouGov" (the outlet paid).
OUR_POLL_BEFORE = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,3}?(?:poll|survey|polling|tracker)\s+(?:with|by|from|"
                             r"(?:conducted|carried\s+out|run)\s+by)\s+(?:the\s+)?$")
# After a pollster's name: "Ifop for Le Figaro", "Ifop (for Le Figaro)", "YouGov/Times poll" (the outlet then a poll
# word).
SPONSOR_AFTER_POLLSTER = re.compile(
    rf"\s+(?:\(\s*)?(?:(?:tracking|polling|research)\s+)?{SPONSOR_LEAD}\s+(?:the\s+)?{OUTLET_KIND}(?P<name>{SPONSOR_NAMES})")
NAME_TAIL = re.compile(r"[\s.,'’-]+$")  # what _clean_name cuts off a name's end: punctuation, then a particle
SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # not "St. Louis", "U.S. Chamber"
POSSESSIVE_END = re.compile(r"['’]s$")
NAME_TAIL_PARTICLE = re.compile(r"\s+(?:of|for|and|&|on)$")
OUTLET_AFTER = re.compile(r"/(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})")
# An outlet or body written before "poll"/"survey" with no pollster named: "an Observer poll", "the latest
# Harbour Trust survey" (who paid: checked against pollsters, places, dates and filler words by _sponsor_name).
NAMED_POLL_BEFORE = re.compile(  # also after the day it came out: "Tonight's TVNZ poll", "Sunday night's Observer poll"
    r"(?:^|[^\w'’])(?:[Aa]n?|[Tt]he|[Ll]atest|[Nn]ew|[Rr]ecent|(?:[Tt]onight|[Tt]oday|[Yy]esterday|[Ll]ast\s+night|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|evening))?)['’]?s)\s+(?:(?:latest|new|recent)\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})\s+$")
JOINED_ACRONYM = re.compile(r"(?<=[-/])[A-Z]{3,}\b|\b[A-Z]{3,}(?=[-/])")  # "NORC" of "AP-NORC", "Reuters/IPSOS"
WEB_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}(?![\w-])")  # "ipsos.com", "news.gallup.com"
WEB_SUFFIX = re.compile(r"\.[a-z]{2,6}(?![\w-])")  # where a web address may end: found by one cheap scan
JOINED_NAME_BREAK = re.compile(r"\s*[/-]\s*")  # "Reuters/Ipsos", "Reuters-Ipsos": an outlet and its pollster
OTHER_POLL_CONNECTIVE = re.compile(r"\b(?:meanwhile|separately|by\s+contrast|in\s+contrast)\b")
OTHER_POLL_WORDS = (*ANOTHER_WORDS, "meanwhile", "contrast")  # one is in every ANOTHER_SURVEY or OTHER_POLL_CONNECTIVE
# Words that cite a poll in passing, set against the article's own: "That is in line with Gallup's finding",
# "Earlier polling by Abacus had shown ...", "A Leger poll published last week had the Liberals on 40%"
PASSING_POLL = re.compile(
    r"\bin\s+line\s+with\b|\bsimilar\b|\bechoe[sd]\b|\b(?:this|that)\s+compares\s+with\b|\bby\s+comparison\b|"
    r"\b(?:earlier|previous|prior|last)\s+(?:[\w&'’-]+\s+){0,3}?(?:polls?|polling|surveys?)\b|"
    r"(?:polls?|polling|surveys?|barometer|tracker|monitor|study)\b[^.;]{0,60}?\b(?:earlier\s+this|last)\s+"
    r"(?:week|weekend|month)\b|\b(?:earlier\s+this|last)\s+(?:week|weekend|month)['’]?s?\b[^.;]{0,40}?(?:polls?|surveys?)\b|"
    r"\bhad\s+(?:shown|found|put|given|suggested|recorded|placed|indicated)\b|"
    r"\bhad\s+(?:[\w'’-]+\s+){1,3}?(?:on|at|ahead|behind|level|leading|trailing)\b")
PASSING_POLL_WORDS = ("had", "last", "earlier", "previous", "prior", "similar", "line", "echoe", "compar")  # one is in
# every PASSING_POLL match: looked for first, as most sentences have none and the search costs far more
# A sentence giving the source of the figures before it: "That is according to the latest Opinium poll."
SOURCE_AFTER_FIGURES = re.compile(r"\s*(?:That|This|These|Those|The\s+(?:figures?|findings?|numbers?|results?|data))\s+"
                                  r"(?:is|was|are|were|comes?|came)\s+(?:\w+\s+){0,2}?(?:according\s+to|from)\s")
# A sentence opening on the poll just named, with no brand of its own: "The online survey of 2,000 adults was"
BACK_REFERENCED_POLL = re.compile(r"\s*(?:The|This|That)\s+(?:[a-z][\w-]*\s+){0,3}?(?:poll|survey|study|research)\b")
POLL_AVERAGE_WORDS = ("poll of polls", "polling average", "poll average", "average of polls", "average of the polls",
                      "poll tracker", "aggregation of", "polling aggregate", "average of recent",
                      "realclearpolitics average", "fivethirtyeight's tracker",
                      "fivethirtyeight's average")  # several polls' figure, no one pollster's
# A sentence going on about the poll just named: "It also found ...", "That survey put ..."
BACK_REFERENCE_OPENING = re.compile(r"\s*(?:(?:It|Its)\b|(?:That|This|The\s+same)\s+(?:poll|survey|study)\b)")
BACK_REFERENCE = re.compile(r"\b(?:that|the\s+(?:same|other|separate|rival|earlier|latter))\s+(?:poll|survey|study)\b")
# "The former" or "the latter" standing for one of the last two polls named ("the latter surveyed 2,045 voters", "29%
# in the former"), not a noun's adjective ("the former president")
FORMER_OR_LATTER = re.compile(r"\bthe\s+(?P<which>former|latter)(?=['’]s\b|\s*[.,;:)]|\s+(?:and|or|was|is|had|has|"
                              r"put|puts|found|finds|showed|shows|gave|gives|surveyed|interviewed|polled|questioned|"
                              r"sampled|asked|ran|conducted|recorded|records|at|on|with)\b)")
NEXT_NAME_WORD = re.compile(r" [A-Z]")  # after a word: more of a name ("Abacus Capital")
# Where a listed pollster's own first word, written alone, runs a survey: "Abacus's latest national survey",
# "Mainstreet's numbers", "Abacus found in polling ...", "Resolve surveyed 1,600 voters", and "according to Abacus",
# also past an aside in brackets: "Resolve (for the Nine papers, in the field last week) had Labor on 33".
SHORT_NAME_RAN_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:polls?|polling|surveys?|numbers|figures|data|tracking|trackers?|research|study)\b"
    r"|(?:\s*\([^()\n]{1,80}\))?(?:\s+(?:found|finds|surveyed|polled|interviewed|questioned)\b"
    r"|\s+(?:has|had|puts?)\s+[^.;\n]{0,40}?\b(?:on|at)\s+\d)")  # "Abacus has the Tories on 39%"
ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+$")
# Before a short name that is a value's source: "12% (Curia, 6-8 June)", "33 per cent in Resolve's"
VALUE_SOURCE_BEFORE = re.compile(r"\d\s*(?:%|per\s?cent|percent)?(?:\s*\(|\s+(?:in|with)\s+)$")
FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z]+) $")  # "Robert (Redfield)": a person's first name
SENTENCE_OPENERS = frozenset(["The", "A", "An", "In", "By", "For", "From", "With", "And", "But", "Meanwhile",
                              "Separately", "New", "Latest", "Last", "This", "That", "Earlier", "According", "Yet"])
TITLE_OF_THE_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+the\s+$")  # "State of the (Union survey)"
OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|a|an)\s+$")  # "Mood of the Nation survey": a poll's title, no outlet
# Before "commissioned <Pollster>": "The Northfield Trust commissioned Opinium to ask ...".
COMMISSIONER_BEFORE = re.compile(rf"(?<![\w'’])(?P<name>{SPONSOR_NAME})\s+(?:has\s+|had\s+)?$")
NAME_WITH_FOR = re.compile(
    r"\b(?:Centre|Center|Institute|Foundation|Council|Office|Agency|Alliance|Campaign|Society|Trust|Fund|Committee|"
    r"Commission|Coalition|Association|Network|Programme|Program|School|Bureau|Partnership|Data|Research|Union|"
    r"League|Forum|Group|Unit|Initiative|Project|Movement|Department|Ministry|Organi[sz]ation|Party)$")
# A headline's label: "Focus: support for leaving NATO edges up", "Support edges up – Focus".
TITLE_LABEL = re.compile(r"(?:(?P<lead>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}):\s.*|.*\s[-–—|]\s"
                         r"(?P<tail>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}))", re.S)
INSTITUTION_WORDS = frozenset(["University", "College", "Foundation", "Fund", "Trust", "School", "Bank", "Stiftung"])
POLLING_NAME_WORDS = frozenset(["Poll", "Polling", "Research", "Institute", "Surveys", "Opinion", "Center", "Centre"])
# A headline opening with one capitalised word as its label or before a poll word: "Curia poll: Labour slips".
TITLE_SHORT_NAME = re.compile(r"(?P<label>[A-Z][\w'’-]*):\s|(?P<poll>[A-Z][\w'’-]*?)(?:['’]s)?\s+(?:[\w-]+\s+)?"
                              r"(?:poll|survey|tracker)s?\b")
# "support fell to 21%, Gallup Korea said": a name reporting the figure just before it ran the survey.
SAID_AFTER = re.compile(r"\s+(?:said|says|reported|reports)\b")
FIGURE_BEFORE = re.compile(r"\d\s*(?:%|per\s?cent|percent|points?)\s*,\s*$")
# After a name that published a survey another ran: "Afrobarometer survey conducted by (NOI Polls)".
PUBLISHED_SURVEY_BY = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:polls?|surveys?|study)\s*[,.]?\s+"
                                 r"(?:(?:the|this)\s+(?:poll|survey|study)\s*,?\s+)?(?:was\s+|were\s+)?"
                                 r"(?:conducted|carried\s+out|done|run)\s+by\s+(?:the\s+)?")
# A body that commissioned a named pollster: "the Resolution Trust, which commissioned Opinium to poll ...".
COMMISSIONED_POLLSTER = re.compile(r",?\s+(?:which|who|that)\s+(?:has\s+|had\s+)?commissioned\s+(?:the\s+)?"
                                   r"(?:(?:pollsters?|polling\s+(?:firm|company))\s+)?")
# A name written as who paid ("on behalf of the X") is the sponsor, not who ran the survey.
SPONSORED_BEFORE = re.compile(rf"\b{SPONSOR_LEAD}\s+(?:the\s+)?{OUTLET_KIND}$")
# A publisher written with what it publishes: "a poll published by Nine newspapers", "released by the ABC network"
PUBLISHED_BY_BEFORE = re.compile(r"\b(?:published|released|printed|run|carried|aired)\s+(?:by|in|on)\s+(?:the\s+)?$")
OUTLET_KIND_AFTER = re.compile(r"\s+(?:newspapers?|papers?|mastheads?|titles|broadcasters?|network|channels?|tv|"
                               r"television|radio|magazines?|tabloids?)\b")
# What kind of body ran a survey, written before its name: "surveyed by trade body UKHospitality".
BODY_KIND = (r"(?:(?:trade|industry|business|employers['’]?|lobby|campaign|pressure)\s+(?:body|group|association)\s+|"
             r"(?:[A-Z][a-z]+\s+)?(?:newspaper|broadcaster|magazine|news\s+agency)\s+|"  # "by Mexican newspaper X"
             r"(?:researchers|academics|economists|scientists)\s+(?:at|from)\s+(?:the\s+)?|"  # "from researchers at X"
             r"(?:charity|union|think[\s-]tank|consultancy|pollster|recruiter|insurer|lender|bank|retailer|"
             r"(?:market\s+)?researchers?|(?:research|polling|recruitment|consulting|accountancy|tech)\s+"
             r"(?:firm|company|group|organi[sz]ation|agency)|(?<=the\s)(?:[A-Z][a-z]+\s+)?(?:firm|company)|"
             r"rival(?:\s+pollster)?)\s+)?")  # "by the Democratic firm Hart Research Associates"
BASED_IN = r"(?:[A-Z][\w'’.]*(?:[^\S\n]+[A-Z][\w'’.]*){0,2}-based\s+)?"  # "by Honolulu-based Ward Research": a place
UNKNOWN_POLLSTER = re.compile(
    # capitalised where a sentence opens with it: "Research by X found"
    r"\b(?:[Pp]olls?|[Ss]urveys?|surveyed|polled|[Ss]tudy|[Rr]esearch|[Pp]olling|findings|[Bb]arometer)"
    r"(?:\s+|,\s*(?=conducted|carried|done|run|by\s)|"  # also after who paid: "The survey, commissioned by X, was"
    r",\s*(?:commissioned|sponsored|funded)\s+by\s+[^,;.\n]{1,60},\s*(?=(?:was|were)\s))"
    r"(?:of\s+[\w,]+(?:\s+[\w-]+){0,2}?\s+(?=by\s|(?P<passive>(?:was|were)\s+(?:conducted|carried|done|run)\s)))?"
    r"(?:was\s+|were\s+)?(?:(?:conducted|carried\s+out|done|run|presented|(?P<issued>released|published))"
    r"(?:\s+(?:(?:on|in|between|from|this|last)\s+[^.;]{1,30}?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|"
    r"yesterday))?)?\s*(?:by|(?<=[ly]\s)from)\s+(?:the\s+)?" + BASED_IN  # "by Lusaka-based research group X"
    + BODY_KIND + BASED_IN + r"(?P<name>(?:\d{1,3}[^\S\n])?[A-Z][\w'’&.-]*(?:[^\S\n]+(?:(?:of|for|and|&|"
    r"de|van|von|der|den|ter|da|di|du|del|la|le)\s+)?[A-Z][\w'’&.-]*){0,5})"
    r"|\b(?:[Pp]ollsters?|[Pp]olling\s+(?:firm|company|agency)|[Rr]esearch\s+(?:firm|company|agency))\s+(?P<name2>[A-Z][\w'’&.-]*"
    r"(?:[^\S\n]+[A-Z][\w'’&.-]*){0,3})")

# A name described as a pollster in an aside after it: "Brand Matrix, a Lagos-based polling firm, found"
DESCRIBED_AS_POLLSTER = re.compile(
    r"(?P<name>[A-Z][\w'’&.-]*(?:[^\S\n]+[A-Z][\w'’&.-]*){0,3}),\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<kind>pollster|polling\s+(?:firm|company|agency|organi[sz]ation)|(?:market\s+)?research\s+(?:firm|company|"
    r"agency))\s*[,)]")
DESCRIBED_GATES = ("pollster,", "polling firm", "polling company", "polling agency", "polling organi",
                   "research firm", "research company", "research agency")
# A name opening a sentence and then polling a number of people: "Censuswide polled 2,000 adults", "Medián
# interviewed 1,000 people". Searched before "polled"/"surveyed"/"interviewed"/"questioned".
NAME_POLLED_BEFORE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:(?P<staff>(?:Researchers|Academics|Economists|Scientists) (?:at|from) (?:the )?))?"
    r"(?P<name>[A-Z][\w.'’&-]*(?: (?(staff)(?:of |for |and )?)[A-Z][\w.'’&-]*){0,3}) $")  # "Researchers at the X"
POLLED_COUNT = re.compile(  # not a party's share: "Sumar polled 7.2%"
    r"(?:polled|surveyed|interviewed|questioned) (?:more than |over |some |about |nearly |almost )?\d"
    r"(?![\d.,]*\s*(?:%|per\s?cent|percent))")
# A research organisation opening a sentence (maybe after a connective) and finding a number: "Meanwhile,
# Northgate Research Group found that 36 per cent ..." (a name that ends in RESEARCH_ORG_WORDS).
FOUND_NUMBER = re.compile(r"(?:found|finds)\s+(?:that\s+)?(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+)?\d")
NAME_FOUND_BEFORE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:(?:Meanwhile|Separately|However|Similarly|Elsewhere|By contrast|In contrast),\s+|"
    r"(?P<poll_lead>In (?:an?|another|its) (?:(?:separate|different|rival|new|second|own|earlier)\s+)?"
    r"(?:poll|survey),\s+|"
    r"(?P<appositive>(?:Another|A rival|A second) (?:firm|pollster|polling firm|company|institute|agency),\s+)))?"
    r"(?:[Tt]he )?(?P<name>[A-Z][\w.'’&-]*(?: (?:(?:for|of|and) )?[A-Z][\w.'’&-]*){0,4})(?(appositive),) $")
# ("Another firm, CNC, found", "The Institute for Public Policy Research found")
RESEARCH_ORG_WORDS = frozenset(["Research", "Insights", "Insight", "Analytics", "Strategies", "Polling", "Opinion",
                                "Associates", "Consulting", "Group", "Institute"])
NOT_A_POLLSTER_SUBJECT = frozenset(["They", "We", "It", "He", "She", "Researchers", "Pollsters", "Analysts",
                                    "Authors", "Organisers", "Organizers", "Scientists", "Interviewers", "Volunteers",
                                    "Officials"])
# A known generic name ("Public Opinion Foundation") after more words of a name is another body's name: "the
# Kyrgyz Public Opinion Foundation"; so is a known name followed by a kind of body: "the Pew Charitable Trusts".
NAME_WORDS_BEFORE = re.compile(r"(?:^|(?<=[^\w'’]))(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) $")
BODY_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){0,2} (?:Trusts?|Foundation|Fund|Bank|University|College|School|Hospital|"
                        r"Church|Museum|Council|Party|Ministry|Commission|Society|Association)\b")

# A name that may be a person's ("a survey run by Grigory Astapenia"): two or three plain capitalised words, none
# an organisation's word. In an article that names one known pollster (and no other), it is that pollster's
# researcher: the survey is that pollster's.
SURNAME_PARTICLE = re.compile(r" (?:de|van|von|der|den|ter|da|di|du|del|la|le) ")  # "Maurice de Hond"
PERSON_LIKE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2}")
ORGANISATION_WORDS = frozenset([
    "Research", "Institute", "Institut", "Group", "Analytics", "Insight", "Insights", "Associates", "Partners",
    "Strategies", "Strategy", "Polling", "Polls", "Poll", "Opinion", "Survey", "Surveys", "Consulting", "Consultants",
    "Centre", "Center", "Foundation", "University", "Agency", "Media", "Data", "Lab", "Labs", "Monitor", "Trust",
    "Council", "Society", "Network", "Company", "Services", "Intelligence", "Public", "Affairs", "Global",
    "International", "Bureau", "Initiative", "Project", "Office", "Statistics", "Barometer", "Market", "Marketing",
    "Bank"])

# An unknown name written before "poll"/"survey" is a pollster's, not an outlet's, when it is shaped like one:
# an acronym ("a TIFA poll", "the CBS-AXA survey") or a name with a pollster's word ("a Muhlenberg College
# Institute of Public Opinion poll"); "an Observer poll", "a Channel 12 poll" stay the sponsor's.
NAME_BEFORE_POLL = re.compile(
    r"(?:^|[^\w'’])(?:[Aa]n?|[Tt]he|[Ll]atest|[Nn]ew|[Rr]ecent|[Ss]eparate|[Aa]nother)\s+"
    r"(?:(?:latest|new|recent|separate|fresh|weekly|monthly|quarterly|annual)\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?: (?:of |for |and |& )?[A-Z][\w&'’.-]*){0,5})\s+$")
# A sentence opening on another poll: "A Fox News poll ...", "Meanwhile, the CIS barometer ...", and words that
# set a poll against the one before: "The CIS barometer, in contrast, gives ...".
SECOND_POLL_LEAD = re.compile(
    r"(?:[A-Z][A-Z .'’-]{1,30}:\s+)?"  # a transcript's speaker: "REPORTER: The Redbridge survey, meanwhile, ..."
    r"(?P<connective>(?:Meanwhile|However|But|Yet|Elsewhere|Separately|By contrast|In contrast),?\s+)?"
    r"(?:(?P<introduced>[Aa]n?)|[Tt]he)\s+(?:(?:latest|new|recent|separate|rival|fresh|weekly|monthly)\s+)?")
CONTRAST = re.compile(r"\b(?:in|by)\s+contrast\b|\bmeanwhile\b|\bhowever\b|\bon\s+the\s+other\s+hand\b|\bin\s+turn\b")
# "the Football Supporters' Association's annual survey": whose survey it is.
POSSESSOR_BEFORE_POLL = re.compile(
    r"(?:^|[^\w'’])(?:[Tt]he\s+)?(?P<name>[A-Z][\w&'’.-]*(?: (?:of |for |and |& )?[A-Z][\w&'’.-]*){0,5})['’]s?\s+"
    r"(?:(?:annual|latest|new|own|recent|monthly|quarterly|weekly|yearly|regular|daily|nightly)\s+)?$")  # see below
# A body's survey described in plain words: "Deutsche Bank's monthly investor survey", "NAB's business survey".
DESCRIBED_POSSESSOR_POLL = re.compile(
    r"(?:^|[^\w'’])(?:[Tt]he\s+)?(?P<name>[A-Z][\w&'’.-]*(?: (?:of |for |and |& )?[A-Z][\w&'’.-]*){0,5})['’]s\s+"
    r"(?:(?!(?:in|the|of|an?|to|for|by|on|with|from|and|at|its|their|his|her|this|that)\s)[a-z][\w-]*\s+){1,3}$")
# A body's own survey under a title of its own: "the Scanlon Foundation's annual Mapping Social Cohesion survey".
TITLED_POLL_OWNER = re.compile(
    r"(?:^|[^\w'’])(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.-]*(?: (?:of |for |and |& )?[A-Z][\w&.-]*){0,5})['’]s?\s+"
    r"(?:(?:annual|latest|new|recent|biannual|yearly|flagship)\s+)?(?:[A-Z][\w-]*\s+){1,4}$")
OWNED_NAME = re.compile(r"['’]s? (?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)$")  # "Herald Sun's (RedBridge)"
# Words of an outlet's, a party's or a topic's name: "a Sunday Times poll", "a Labour poll", "a Senate poll" name
# who paid or what was asked, not who ran the poll, even where the article speaks of "the pollster".
NOT_POLLSTER_NAME_WORDS = frozenset([
    "News", "Times", "Post", "Daily", "Herald", "Journal", "Telegraph", "Observer", "Guardian", "Mail", "Globe",
    "Tribune", "Gazette", "Star", "Sun", "Mirror", "Express", "Standard", "Independent", "Chronicle", "Press", "Radio",
    "TV", "Television", "Broadcasting", "Channel", "Network", "Magazine", "Today", "Zeitung", "Weekly", "Week",
    "Review", "Courier", "Record", "Register", "Inquirer", "Bulletin", "Economist", "Spectator", "Monitor", "Nation",
    "Sunday", "Evening", "Morning", "Media", "Labour", "Conservative", "Tory", "Democratic", "Republican", "Liberal",
    "Party", "Senate", "House", "Congress", "Parliament", "Brexit", "Covid", "Census", "Budget", "Election",
    "Referendum", "Primary", "Presidential", "Twitter", "Facebook", "Instagram", "Straw", "Exit", "Snap", "Online"])
# Words by which an article speaks of a pollster it has named: "the pollster said", "the polling firm found".
POLLSTER_SPOKEN_OF = ("pollster", "polling firm", "polling company", "polling agency")
POLL_ADJECTIVES = frozenset(["annual", "latest", "new", "own", "recent", "monthly", "quarterly", "weekly", "yearly",
                             "regular", "daily", "nightly"])
# A tracking poll after its pollster's possessive: "Mainstreet's daily tracking" (not "tracking app", "tracking data").
TRACKING_WORD = re.compile(r"tracking(?:\s+poll)?\b(?!\s+(?:app|device|data|system|number)s?\b)")
REPORTER_LEADS = frozenset(["a", "an", "its", "the", "in", "found", "finds", "said", "says", "reported", "new",
                            "latest", "recent"])
SLASHED_NAME = re.compile(r"/(?P<name>[A-Z][\w&'’.-]*)\s$")  # the pollster after an outlet's name and a slash
# "STEM found in a poll for CNN Prima News": an acronym reporting a poll it ran.
ACRONYM_REPORTS_POLL = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z]{3,}(?:[-–][A-Z]\w*)*)\s+(?:found|finds|said|says|reported)\s+(?:in\s+)?"
    r"(?:an?\s+|its\s+|the\s+)?(?:(?:new|latest|recent)\s+)?$")
REPORTING_VERBS = ("found", "finds", "said", "says", "reported")  # one is in every ACRONYM_REPORTS_POLL match
BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")  # a long name's short form: "(BIGD)", "(IBRiS)"
ACRONYM_WORD = re.compile(r"(?<![\w'’-])[A-Z]{3,6}(?![\w'’-])")  # "CCS" in "University of Lima CCS", not "CCS-UL"
ACRONYM_NAME = re.compile(r"[A-Z]{3,}(?:[-–][A-Z][\w]*)*|[A-Z]{2,}(?:[-–][A-Z][\w]*)+")
POLLSTER_WORDS = frozenset([
    "Research", "Institute", "Poll", "Polls", "Polling", "Opinion", "Insights", "Analytics", "Strategies",
    "Associates", "Consulting", "Consultants", "Marketing", "Intelligence", "College", "University"])
# The words a pollster's name may go on in after its own part when papers shorten it ("the Siena poll").
NAME_TAIL_WORDS = frozenset(w.lower() for w in [
    *POLLSTER_WORDS, "Strategic", "Strategy", "Data", "Group", "Analysis", "Centre", "Center", "Law", "School",
    "Political", "Public", "Affairs", "Company", "Co", "of", "for", "and", "&", "the"])
# A body that surveys its own members or trade, or a government body the public: "a National Restaurant
# Association survey", "a Cabinet Office survey" (unless the text says who ran it: "a British Chambers of Commerce
# survey conducted by ...").
MEMBER_BODY_WORDS = frozenset(["Association", "Federation", "Confederation", "Chamber", "Chambers", "Union", "Council",
                               "Society", "Office", "Ministry", "Department", "Bureau"])
RUN_BY_REACH = 60  # characters after who paid for a survey in which "by" names who ran it
RUN_BY_AFTER = re.compile(
    r"(?:polls?|surveys?),?\s+(?:(?:was\s+)?(?:conducted|carried\s+out|done|run)\s+)?(?:by|from)\s")
# A body reporting a share of its own members: "the Retail Guild said 58% of its members expect ...".
MEMBERS_SURVEY = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w'’&.-]*(?: (?:of |for |and |& )?[A-Z][\w'’&.-]*){0,5})\s+(?:said|says|found|finds|"
    r"reported|reports)\s+(?:that\s+)?(?:about\s+|almost\s+|nearly\s+|over\s+|some\s+)?\d[\d.]*\s*(?:%|per\s?cent|percent|pc)"
    r"\s+of\s+its\s+(?:[\w-]+\s+)?members\b")
# A name ending in "Poll" that reports figures: "Nida Poll reported that 45% ...".
NAME_POLL_REPORTS = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} Polls?)\s+(?:reported|reports|found|finds|shows|showed|"
    r"said|says|released|published)\b")
# Who did the fieldwork of a survey another body published: "with fieldwork carried out by the Yerevan-based
# company Breavis", "the fieldwork was done in May by CRRC", "conducted for the institute by X", "conducted by X
# on behalf of the network". The publisher is then the sponsor, the agency the pollster (corpus rule).
AGENCY_DESCRIPTION = (r"(?:the\s+)?(?:(?:[A-Z][\w]*-based|[A-Z][a-z]+(?=\s+(?:firm|company|agency|pollster|polling|"
                      r"research|consultancy)\b)|[a-z][\w-]*)\s+){0,3}")  # "the Yerevan-based company", "the Riga firm"
AGENCY_NAME = r"(?P<name>[A-Z][\w'’&.-]*(?:[^\S\n]+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&.-]*){0,4})"
PARTNER_KIND = r"(?:national|local|in-country|country|fieldwork|research)"
FIELDWORK_AGENCY = re.compile(
    rf"\b[Ff]ieldwork\b[^.;]{{0,60}}?\bby\s+{AGENCY_DESCRIPTION}{AGENCY_NAME}"
    rf"|\b(?:conducted|carried\s+out|done)\s+for\s+[^.;]{{1,50}}?\s+by\s+{AGENCY_DESCRIPTION}"
    rf"{AGENCY_NAME.replace('name', 'name2')}"
    rf"|\bby\s+(?:the\s+)?{AGENCY_NAME.replace('name', 'name3')}\s+on\s+behalf\s+of\b"
    rf"|\b(?:polled|surveyed|interviewed|questioned)\s[^.;]{{1,60}}?\s(?:through|via)\s+(?:the\s+)?"
    rf"(?:pollster\s+|(?:research|polling)\s+(?:firm|company)\s+)?{AGENCY_NAME.replace('name', 'name4')}"
    # a release's boilerplate: "The survey was commissioned by X and conducted by Y"
    rf"|\bcommissioned\s+by\s+[^.;]{{1,60}}?\s+and\s+(?:was\s+)?(?:conducted|carried\s+out|done|fielded|run)\s+by\s+"
    rf"{AGENCY_DESCRIPTION}{AGENCY_NAME.replace('name', 'name5')}"
    # a survey network's fieldwork partner: "carried out by its national partner NOIPolls", "Eurobarometer's
    # local partner, the X Institute, interviewed ...", "by X, the national partner of the network"
    rf"|(?:\b(?:its|their|the\s+network['’]s)|(?<![\w'’])[A-Z][\w-]*['’]s)\s+{PARTNER_KIND}\s+partners?,?\s+"
    rf"{AGENCY_DESCRIPTION}{AGENCY_NAME.replace('name', 'name6')}"
    rf"|(?<![\w'’]){AGENCY_NAME.replace('name', 'name7')},\s+(?:the|its|their|an?)\s+{PARTNER_KIND}\s+partner\s+"
    r"(?:of|for|to|in)\s"
    # a client hiring the pollster: "The thinktank commissioned YouGov to survey 4,000 adults"
    rf"|\bcommissioned\s+(?:the\s+)?(?:pollsters?\s+|(?:research|polling)\s+(?:firm|company)\s+)?"
    rf"{AGENCY_NAME.replace('name', 'name8')}\s+to\s+"
    r"(?:survey|poll|interview|question|ask|sample|carry\s+out|conduct)\b")
# "(fieldwork by) Afrobarometer's national partner, the X": X ran it, the possessor published it.
POSSESSOR_PARTNER = re.compile(rf"[A-Z][\w-]*['’]s\s+{PARTNER_KIND}\s+partners?,?\s+{AGENCY_DESCRIPTION}{AGENCY_NAME}")
# What a client's possessive owns when that is its poll: "the Observer's numbers", "ARD's monthly barometer".
CLIENT_POLL_AFTER = re.compile(r"(?:(?:latest|new|recent|own|monthly|weekly|political)\s+){0,2}"
                               r"(?:polls?|surveys?|barometer|numbers|figures|findings|data)(?![\w-])")
POLL_PAID_AFTER = re.compile(r"(?:polls?|surveys?),?\s+(?:(?:was\s+)?commissioned\s+by|published\s+(?:by|in)|"
                             r"(?:conducted\s+|carried\s+out\s+)?(?:for|on\s+behalf\s+of))\s")
AGENCY_GATES = ("fieldwork", "behalf", "conducted for", "carried out for", "done for", " through ", " via ",
                "commissioned ", "partner")
# The words FIELDWORK_AGENCY's forms open with, but the partner forms (a name first, then "partner") and "by X on
# behalf of" ("by" only where "behalf" is): it is tried only there, as a search at every position costs far more.
AGENCY_OPENINGS = ("Fieldwork", "fieldwork", "conducted", "carried", "done", "polled", "surveyed", "interviewed",
                   "questioned", "commissioned")

CUE_KIND = {"poll": "survey", "survey": "survey", "study": "survey", "research": "survey", "sample": "survey",
            "Barometer": "survey", "barometer": "survey", "Poll": "survey",  # "Pollster X found", "Polling firm X"
            "Research": "survey", "Survey": "survey", "Study": "survey",  # "Research by X found", at a sentence's start
            "findings": "survey",  # "findings released by X"
            "tracking": "survey",  # "Mainstreet's daily tracking"
            "questioned": "paid", "interviewed": "paid",  # "Forsa questioned 1,003 people for RTL"
            "commissioned": "paid", "sponsored": "paid", "funded": "paid", "conducted": "paid", "carried": "paid",
            "margin": "margin", "credibility": "margin", "sampling": "margin", "±": "margin", "+/-": "margin",
            "+-": "margin", "plus": "margin"}
NUMBER_RUN = re.compile(r"\d[\d,]{2,}")  # a sample size has 3 digits or more
# A count of one night or one part of the sample, not its size: "500 voters each night" (a tracker's
# 1,500 rolling sample), "750 Jewish and 150 Arab respondents" (of 900): taken only if no other size is written.
PER_PERIOD_AFTER = re.compile(r"[^.;,\d]{0,40}?\b(?:each|every|per|a)\s+(?:night|evening|day|week|wave)\b", re.I)
DIGIT_RUN = re.compile(r"\d(?:[\d,.]*\d)?")  # "1,500": where a count's digits end
PART_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[A-Za-z][\w'’-]*\s+){1,2}(?:and|or)\s+$")
DOT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}$")  # "1.200" (searched up to the run's end)
SAMPLE_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{3,7})(?![\d.,]\d)")
QUALIFIER = r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|a\s+total\s+of)\s+)?"
QUALIFIER_LAST_WORDS = ("than", "over", "about", "around", "nearly", "almost", "some", "roughly", "of")
# (searched in the 50 characters before a number only where they end, spaces aside, with a word a match ends with)
SAMPLE_LEAD = GatedCue(re.compile(
    rf"(?:\b(?:sample|survey|poll|study|questionnaire|polling)\s+(?:size\s+)?(?:was\s+)?of|\bn\s?=)\s*{QUALIFIER}$"),
    last_words=("=", *QUALIFIER_LAST_WORDS))
SAMPLE_BEFORE = GatedCue(re.compile(
    rf"\b(?:surveyed|polled|questioned|interviewed|reached|contacted|sampled|covering|covered|among|of|responses\s+from|"
    rf"interviews\s+with|(?:conducted|carried\s+out)\s+on)\s+{QUALIFIER}$"), last_words=(
    "surveyed", "polled", "questioned", "interviewed", "reached", "contacted", "sampled", "covering", "covered",
    "among", "from", "with", "on", *QUALIFIER_LAST_WORDS))
SAMPLE_AFTER = re.compile(
    r"\s+(?:[\w.'’-]+\s+){0,3}?(?:respondents|people|adults|voters|electors|residents|citizens|participants|"
    r"households|businesses|firms|companies|students|members|workers|employees|parents|consumers|customers|users|"
    r"teachers|nurses|doctors|[A-Z][a-z]+(?:ans|ers|ians|ese|ish|s))\b")
SAMPLE_VERB_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:respondents|people|adults|voters|participants|[A-Z][a-z]+(?:ans|ians|s))\s+"
    r"(?:(?:took\s+part|participated)" + NOT_A_SURVEY_EVENT
    + r"|were\s+(?:surveyed|polled|questioned|interviewed|asked)|responded)")
SAMPLE_VERBS = ("took", "participated", "were", "responded")  # one is in every SAMPLE_VERB_AFTER match
MARGIN = re.compile(
    r"\b(?:margin\s+of\s+(?:sampling\s+)?error|(?<=error )margin|sampling\s+error|credibility\s+interval)\b"
    r"[^.;\d]{0,40}?(?P<m>\d{1,2}(?:\.\d+)?)"
    r"|(?:±|\+/-|\+-|plus\s+or\s+minus)\s*(?P<m2>\d{1,2}(?:\.\d+)?)\s*(?:percentage\s+points?|points?|%|per\s?cent)")
MARGIN_NUMBER_BEFORE = re.compile(r"(?<![\d.])(?P<m>\d{1,2}(?:\.\d+)?)(?:-|\s)(?:percentage(?:-|\s))?points?\s+$")

# --- populations and places -------------------------------------------------------------------------
GEO_FORMS = {
    "GB": "Britain|British|Britons|Brits|UK|U.K.|United Kingdom|England|English|Scotland|Scottish|Scots|Wales|Welsh",
    "US": "America|Americans|US|U.S.|USA|United States",
    "CA": "Canada|Canadians|Canadian", "AU": "Australia|Australians|Australian", "NZ": "New Zealand|New Zealanders",
    "IE": "Ireland|Irish", "DE": "Germany|Germans|German", "FR": "France|French", "IT": "Italy|Italians|Italian",
    "ES": "Spain|Spaniards|Spanish", "NL": "Netherlands|Dutch", "BE": "Belgium|Belgians|Belgian",
    "PL": "Poland|Poles|Polish", "UA": "Ukraine|Ukrainians|Ukrainian", "RU": "Russia|Russians|Russian",
    "BY": "Belarus|Belarusians|Belarusian|Belarussians", "LT": "Lithuania|Lithuanians|Lithuanian",
    "LV": "Latvia|Latvians|Latvian", "EE": "Estonia|Estonians|Estonian", "MD": "Moldova|Moldovans|Moldovan",
    "GE": "Georgia|Georgians", "IN": "India|Indians|Indian", "PK": "Pakistan|Pakistanis|Pakistani",
    "JP": "Japan|Japanese", "KR": "South Korea|South Koreans|Korean", "CN": "China|Chinese",
    "BR": "Brazil|Brazilians|Brazilian", "MX": "Mexico|Mexicans|Mexican", "AR": "Argentina|Argentines",
    "CL": "Chile|Chileans|Chilean", "ZA": "South Africa|South Africans", "NG": "Nigeria|Nigerians|Nigerian",
    "KE": "Kenya|Kenyans|Kenyan", "IL": "Israel|Israelis|Israeli", "TR": "Turkey|Turks|Turkish",
    "SE": "Sweden|Swedes|Swedish", "NO": "Norway|Norwegians|Norwegian", "DK": "Denmark|Danes|Danish",
    "FI": "Finland|Finns|Finnish", "CH": "Switzerland|Swiss", "AT": "Austria|Austrians|Austrian",
    "CZ": "Czech Republic|Czechia|Czechs|Czech", "SK": "Slovakia|Slovaks|Slovak", "HU": "Hungary|Hungarians|Hungarian",
    "RO": "Romania|Romanians|Romanian", "BG": "Bulgaria|Bulgarians|Bulgarian", "GR": "Greece|Greeks|Greek",
    "PT": "Portugal|Portuguese", "PH": "Philippines|Filipinos|Filipino", "ID": "Indonesia|Indonesians|Indonesian",
    "KZ": "Kazakhstan|Kazakhs", "AM": "Armenia|Armenians|Armenian", "AZ": "Azerbaijan|Azerbaijanis",
}
GEO_CODE = {form: code for code, forms in GEO_FORMS.items() for form in forms.split("|")}
# "American adults" are a US poll's whole sample; "American" is no GEO_CODE form, as in "Latin American" or
# "American Airlines" it names no country's people
PLACE_NAMES = frozenset(GEO_CODE) | {"American"}
GEO = re.compile(r"(?<![\w.])(?:{})(?![\w])".format("|".join(
    re.escape(f) for f in sorted(GEO_CODE, key=lambda f: (-len(f), f)))))
GEO_BY_FIRST_WORD = {
    word: re.compile(r"(?<![\w.])(?:{})(?![\w])".format("|".join(
        re.escape(f) for f in sorted(GEO_CODE, key=lambda f: (-len(f), f)) if re.match(r"\w+", f).group() == word)))
    for word in {re.match(r"\w+", form).group() for form in GEO_CODE}}
GEO_FIRST_WORDS = frozenset(GEO_BY_FIRST_WORD)  # a set: intersecting it with a set walks the smaller one
POPULATION_OF_SURVEY = re.compile(
    r"\b(?:survey|poll|study|sample)\s+of\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?"
    r"(?:[\d,]+\s+)?(?P<np>(?:[A-Z][a-z]+\s+)?(?:(?!(?:by|for|in|of|from|at|with|on|and)\s)[a-z]+\s+)?(?:respondents|people|adults|voters|residents|citizens|"
    r"[A-Z][a-z]+(?:ans|ians|ers|ese|ish|s)))\b")
# Who a sample size counts, written after it: "1,200 adult Filipinos", "2,398 people aged 18 or older", "1,000 adults"
SAMPLED_POPULATION = re.compile(
    r"\s+(?:randomly\s+selected\s+)?(?P<np>(?:(?:adult|registered|eligible|likely)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:respondents|people|persons|adults|voters|residents|citizens|[A-Z][a-z]+(?:ans|ians|ers|ese|ish|is|os|s))"
    r"(?:\s+(?:of|in|across)\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|[A-Z][a-z]+day\b)"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"  # "adult residents of Lithuania", not "adults in June" (when asked)
    r"(?:\s+aged\s+\d{2}(?:\s*(?:-|–|to)\s*\d{2})?(?:\s+years)?(?:\s*(?:\+|(?:and|or)\s+(?:over|above|older|up)))?)?)"
    r"(?![\w+])")
UNDESCRIPTIVE_SAMPLE = re.compile(
    r"(?:(?:the|all|those|of)\s+)*(?:respondents|those(?:\s+\w+ed)?|sample|vote|participants|interviewees|"
    r"everyone|all|them|people)", re.I)
ALL_PLACES = re.compile(r"(?:all|each|every|both|the\s+(?:country|nation))\b|\d", re.I)
DEMONYM_PLURAL = re.compile(r"\b[A-Z][a-z]+(?:ians|ans|ese|ers|ites)\b")
PEOPLES = frozenset(form for form in GEO_CODE if DEMONYM_PLURAL.fullmatch(form))  # GEO forms naming a people

# --- shared patterns and limits (statements, questions and groups: etl.statements) -------------------
CONTENT_WORD = re.compile(r"[A-Za-z]{3,}")
ANY_DIGIT = re.compile(r"\d")
NON_DIGIT = re.compile(r"\D")
OPEN_BRACKET_GAP = re.compile(r"\s*\(\s*")
# Windows (characters) that bound the per-mention work, so a long sentence costs no more per figure.
CLAUSE_GAP = 300
TERM_WINDOW = 160  # twelve words fit
SURVEY_LEVEL_KINDS = ("sample_size", "margin_of_error")  # facts of the survey, not answers
ANY_POLLSTER = "\x00any"  # key of the survey dates of every pollster
UNNAMED_POLLSTER = "\x00unnamed"  # key of the survey dates in sentences that name no pollster


def _span_asked_about(d: DateSpan, lead: str) -> bool:
    """A relative span after "the" is the period an answer is about, not when the survey ran: "worse over the
    past year", "in the past year, 38%" (`lead`: the words just before the date)."""
    return bool(d.relative) and THE_BEFORE.search(lead) is not None


def attribute_mentions(article: Article, mentions: list[dict], min_confidence: float = 0.0) -> list[dict]:
    """Return the mentions at or above min_confidence (all by default) with every attribution field set
    (None where the text does not say). The others are not attributed, but their words still count:
    a figure's wording draws on the figures around it (see ArticleContext.wordings)."""
    if not mentions:
        return []
    context = ArticleContext(article, [(m["start"], int(m["value"])) for m in mentions
                                       if m["kind"] == "sample_size" and m["confidence"] >= 0.5])
    spans = sorted((m["start"], m["end"]) for m in mentions)
    wordings = context.wordings(mentions, min_confidence)
    return _sponsor_is_no_pollster([context.attribute(m, spans, wording) for m, wording in zip(
        mentions, wordings, strict=True) if not min_confidence or m["confidence"] >= min_confidence])


def _sponsor_is_no_pollster(attributed: list[dict]) -> list[dict]:
    """ "NDI poll: 79% back EU membership" over a story of "a survey by CRRC for the NDI": a figure given to
    the organisation the article names as another pollster's one sponsor is that pollster's survey."""
    ran: dict[str, set[str]] = {}
    for m in attributed:
        if m["pollster"] and m["sponsor"] and m["sponsor"] != m["pollster"]:
            ran.setdefault(_known_name(m["sponsor"]), set()).add(m["pollster"])
    for m in attributed:
        if len(pollsters := ran.get(m["pollster"], ())) == 1:
            m["sponsor"], m["pollster"] = m["pollster"], next(iter(pollsters))
    return attributed


def _known_name(organisation: str) -> str:
    """The canonical name of the known organisation a name holds ("the American NDI": National Democratic
    Institute), else the name as written."""
    return _first_pollster(organisation)[0] or organisation


class ArticleContext:
    """Everything attribution needs from one article, found once: sentences, names, dates, samples.

    Each index is built by one pass over the text and kept sorted by position, so a mention looks up
    the nearest name, date, sample size or margin by bisection: the cost of an article grows with its
    length, not with its length times its number of figures.
    """

    def __init__(self, article: Article, detected_samples: list[tuple[int, int]] = ()):
        """`detected_samples`: (position, size) of the sample sizes detection found, valued by etl.numbers:
        with scale words ("1.2 lakh voters") that _samples (digits) skips, or in forms it does not read
        ("with 814 adults", "1,012 voters in the seat were interviewed")."""
        self.article = article
        self.detected_samples = detected_samples
        self.text = text = article.text
        self.lowered = fold(text)  # for the cue patterns below, written in lower case (cached: detection's)
        self.published = parse_published(article.published) or url_date(article.url)
        self.published_text = self.published.isoformat() if self.published else None
        self.sentence_starts, self.sentence_ends = _sentence_bounds(text)
        self.cue_words = _cue_words(text)
        matcher = default_matcher()
        capitalised = set(CAPITALISED_WORD.findall(text))
        known = [(m.start, m.end, m.pollster.name, m.pollster) for m in matcher.find(text, capitalised)
                 if not PHOTO_CREDIT.match(text, m.end) and not VERDICT_ON_BEFORE.search(
                     self.lowered, max(0, m.start - VERDICT_ON_REACH), m.start)]
        known = _bracketed_acronyms(text, _shortened_names([_whole_name(text, k) for k in known]))
        self.poll_names: set[str] = set()  # unknown names before "poll" not taken as pollsters (see `poll_name`)
        self.pollsters = self._without_clients(sorted(known + self._unknown_pollsters(known, capitalised),
                                                      key=lambda p: p[0]))
        self.pollster_starts = [p[0] for p in self.pollsters]
        self.passing_with_figures: dict[int, bool] = {}  # by name index: see _passing_with_figures
        self.source_after: dict[int, int] = {}  # by sentence end: see _source_given_after
        self.sponsored = [self._sponsored(p[0]) or self._publishes(p[1], p[2]) or self._published_in(p[0], p[1])
                          for p in self.pollsters]
        self.conducting = [not sponsored and self._conducts(p[0], p[1])
                           for p, sponsored in zip(self.pollsters, self.sponsored, strict=True)]
        self.conducting_at_or_before = _last_true_index(self.conducting)
        self.conducting_at_or_after = _next_true_index(self.conducting)
        self.numbers = list(NUMBER_RUN.finditer(text))
        found_dates = find_dates(text, capitalised, self.numbers)
        self.dates = [d for d in map(date_span, found_dates) if d and plausible(d, self.lowered, self.published)]
        self.date_starts = [d.start for d in self.dates]
        self.date_ends = [d.end for d in self.dates]
        if not self.published:  # text_year is read before the dateline dates the article
            self.published = weekday_dateline(text, self.dates, self.text_year, capitalised)
        self.resolved: dict[DateSpan, Fieldwork] = {}
        self.population_of_group: dict[str | None, tuple[str | None, str | None]] = {}
        self.group_dates: dict[tuple[int, int], bool] = {}  # (date, sentence) -> see _defines_group
        self.other_dates: dict[tuple[int, int], bool] = {}  # (date, sentence) -> see _marks_other_date
        self.strong_cues: dict[DateSpan, bool] = {}  # date -> see _strong_cue
        self.sponsors = self._sponsors()
        self.sponsors_near = _NearestBy([(pos, self.pollster_for(pos, *self.sentence_of(pos))[0], name)
                                         for pos, name in self.sponsors])
        self.samples = _ByPollster(self, self._whole_samples(self._samples()))
        self.margins = _ByPollster(self, self._margins())
        self.geo_matches = _geo_matches(text, capitalised)
        self.population = self._survey_population()
        self.article_geography = self._article_geography()
        self.survey_dates = self._survey_dates()
        self.survey_dates_near = _SurveyDates(self, self.survey_dates)
        self.says_respectively = "respectively" in text  # most articles do not: then no figure looks for it

    # -- facts only some articles need: found on first use (after __init__, so on final dates) ------------
    @cached_property
    def poll_name(self) -> str | None:
        """The one unknown name an article writes before "poll" or "survey" without naming it as the pollster
        ("a new Focus poll", "the latest Focus survey"): a common word, or an outlet's name, so not a pollster
        here; linking takes it as the pollster the batch names so elsewhere ("a survey by the Focus agency")."""
        return next(iter(self.poll_names)) if len(self.poll_names) == 1 else None

    @cached_property
    def title_pollster(self) -> tuple[str | None, Pollster | None]:
        """The pollster the title names, else the one whose own site published the page."""
        found = _first_pollster(self.article.title or "")
        if found[0] is None and (site := default_matcher().by_website(self.article.url or self.article.outlet)):
            return site.name, site
        if found[0] is None and self.article.outlet:  # a pollster's own release, its name as the outlet
            found = _first_pollster(self.article.outlet)
        if found[0] is None and (poll := self.poll_name) and _title_label(self.article.title or "") == poll:
            return poll, None  # "Ipec: approval at 48%" over "an Ipec survey": the poll's name is who ran it
        if found[0] is None and (short := _title_short_name(self.article.title or "")):
            return short.name, short
        return found

    @cached_property
    def sponsor_runners(self) -> dict[str, int]:
        """Client -> the mention of the one firm a sentence names running its poll ("a survey by Infratest dimap
        for ARD"): a later "according to the ARD poll" is that firm's poll, whoever was named in between."""
        runners: dict[str, int] = {}
        for pos, name in self.sponsors:
            s_start, s_end = self.sentence_of(pos)
            named = range(bisect.bisect_left(self.pollster_starts, s_start),
                          bisect.bisect_left(self.pollster_starts, s_end))
            firms = {self.pollsters[n][2] for n in named if not self.sponsored[n]}
            if len(firms) == 1 and name not in runners and name not in firms:
                runners[name] = next(n for n in named if not self.sponsored[n])
        return runners

    @cached_property
    def text_year(self) -> int | None:
        """The year the text or address gives: read only to date an article without a publication date,
        so in __init__ before the dateline may set one, or later on an unchanged `published`. Not a year that
        bounds another period ("the first rise since 2019"): history, not the story's time."""
        return latest_year([d for d in self.dates if not self._other_period(d)], self.published,
                           url_year(self.article.url))

    @cached_property
    def survey_year(self) -> int | None:
        """The latest year a survey date states ("conducted 2-5 May 2025"): an undated story's "last year" is
        the one before it (the text's other years may be history: "since 2013")."""
        return max((d.last[0] for d in self.survey_dates if d.last[0]), default=None)

    @cached_property
    def earlier_wave(self) -> tuple[int, int] | None:
        """(year, month) of the latest wave the text calls previous; a later wave cannot precede it."""
        found = [(d.last[0], d.last[1]) for d in self.dates if d.last[0] and d.last[1] and
                 PREVIOUS_WAVE.search(self.lowered, max(0, d.start - 60), d.start)]
        return max(found) if found else None

    @cached_property
    def compared_wave(self) -> Fieldwork:
        """The date of the latest wave a value is compared with ("up from 38% in early April"), else an undated
        earlier wave: when "the previous survey" ran."""
        found = [d for d in self.dates if COMPARED_VALUE_IN.search(self.lowered, max(0, d.start - 30), d.start)]
        resolved = self.resolve(max(found, key=lambda d: d.last)) if found else NO_FIELDWORK
        return replace(resolved, earlier=True) if resolved.start else Fieldwork(None, None, None, earlier=True)

    @cached_property
    def compared_dates(self) -> list[tuple[int, Fieldwork]]:
        """(position, fieldwork) of every date a value is compared with ("down from 82% in 2022")."""
        return [(d.start, self.resolve(d)) for d in self.dates
                if COMPARED_VALUE_IN.search(self.lowered, max(0, d.start - 30), d.start)]

    def _sole_compared_date(self, start: int) -> Fieldwork:
        """The wave of an undated earlier value ("Republicans: 71%, up from 40%"): the one date the text compares
        values with before it ("Democrats: 38%, down from 82% in 2022"); none if it names none, or several."""
        found = {fieldwork for pos, fieldwork in self.compared_dates if pos < start and fieldwork.start}
        return found.pop() if len(found) == 1 else NO_FIELDWORK

    @cached_property
    def precise_survey_date_of_year(self) -> dict[str, Fieldwork]:
        """ "in 2023" + "conducted July 31-Aug 6, 2023": a year's precise survey date, for a value dated by year."""
        found: dict[str, Fieldwork] = {}
        for span in self.survey_dates:
            precise = self.resolve(span)
            if precise.start and precise.precision != "year":  # the value's own year confirms an inferred one
                found.setdefault(precise.start[:4], replace(precise, year_inferred=False))
        return found

    @cached_property
    def precise_survey_date_of_month(self) -> dict[str, Fieldwork]:
        """ "June poll: 40%" + "conducted 28 May - 2 June": the precise survey date of a month it starts or ends in."""
        found: dict[str, Fieldwork] = {}
        for span in self.survey_dates:
            precise = self.resolve(span)
            if precise.start and precise.precision == "day":
                found.setdefault(precise.start[:7], precise)
                found.setdefault(precise.end[:7], precise)
        return found

    # -- per mention ---------------------------------------------------------------------------------
    def wordings(self, mentions: list[dict], min_confidence: float = 0.0) -> list[Wording | None]:
        """What each figure says (etl.statements; None for sample sizes and margins), found in text
        order, so a figure that only points back ("shared this view") takes the words before it. Below
        min_confidence a figure's wording is found only where a figure at or above it reads it (else None)."""
        figures = sorted((m["start"], m["end"], *self._sentence_of_mention(m), n) for n, m in enumerate(mentions)
                         if m.get("kind") not in SURVEY_LEVEL_KINDS)
        wanted = None if not min_confidence else {
            k for k, (*_, n) in enumerate(figures) if mentions[n]["confidence"] >= min_confidence}
        out: list[Wording | None] = [None] * len(mentions)
        for (*_, n), wording in zip(figures, describe_figures(self.text, [f[:4] for f in figures], wanted),
                                    strict=True):
            out[n] = wording
        return out

    def attribute(self, mention: dict, spans: list[tuple[int, int]], wording: Wording | None = None) -> dict:
        """The mention with its attribution fields (a new dict); `spans` are all the article's value spans,
        sorted; `wording` is what the figure says (see `wordings`)."""
        start, end = mention["start"], mention["end"]
        s_start, s_end = self._sentence_of_mention(mention)
        if s_start == 0 and (twin := self._headline_twin(mention, s_end)):
            start, end, s_start, s_end = twin  # the headline's figure is the body's: its survey too
        name, pollster = self.pollster_for(start, s_start, s_end)
        written = name  # the name the survey's dates are filed under (see _SurveyDates)
        sponsor = self._nearest_sponsor(start, name)
        if self.agency_spans and (publishers := self.publishers):  # "published by NDI, fieldwork by CRRC"
            if name in publishers:
                sponsor, (name, pollster) = name, publishers[name]
            elif sponsor is None and len(publishers) == 1 and name == next(iter(publishers.values()))[0]:
                sponsor = next(iter(publishers))
        population, subgroup = self._population_and_subgroup(wording.group if wording else None)
        fieldwork = self.fieldwork_for(start, end, s_start, s_end, name, spans)
        if fieldwork.start is None and written != name:  # "Fieldwork was done in May by X's partner, Y": X's date
            fieldwork = self.fieldwork_for(start, end, s_start, s_end, written, spans)
        mode = self.survey_mode(start, end, s_start, s_end)
        if mode and fieldwork.precision == "day" and fieldwork.start != fieldwork.end and not fieldwork.earlier:
            # an exit poll runs on polling day: days of fieldwork written near it are another poll's (the
            # pollster's last one before the election)
            fieldwork = self._exit_poll_month(start, end, s_start, s_end)
        return {
            **mention,
            "pollster": name,
            "sponsor": sponsor,
            "population": population,
            "subgroup": subgroup,
            "statement": wording.statement if wording else str(mention.get("kind", "")).replace("_", " "),
            "question_terms": self._vote_basis(wording.question_terms, start, end, s_start, s_end) if wording
            else mention.get("kind"),
            "fieldwork_start": fieldwork.start,
            "fieldwork_end": fieldwork.end,
            "date_precision": fieldwork.precision,
            "year_inferred": fieldwork.year_inferred,
            "earlier_wave": fieldwork.earlier,  # link keeps such a value out of every dated wave
            "fieldwork_month": fieldwork.month,  # link looks for its wave among the pollster's waves of that month
            "sample_size": self.samples.nearest(start, name),
            "margin_of_error": self.margins.nearest(start, name),
            "geography": _geography(population) or self.article_geography or (pollster.country if pollster else None),
            "published": self.published_text,  # link places undated citations in waves no later than this
            "poll_name": self.poll_name if name is None else None,
            "mode": mode,
        }

    def _headline_twin(self, mention: dict, s_end: int) -> tuple[int, int, int, int] | None:
        """Where the body restates a headline's figure ("47% back the tax" over two polls, the second finding
        47%): its span and sentence, when the headline names no pollster."""
        headline = self.text[:s_end].rstrip()
        number = LEADING_NUMBER.match(mention.get("value_text") or "")
        if not number or headline.endswith(".") or "\n" not in self.text[s_end:s_end + 3] or (
                bisect.bisect_left(self.pollster_starts, s_end) > 0):
            return None
        twin = re.compile(rf"(?<![\d.,]){re.escape(number.group())}(?![\d.,]\d)\s?(?:%|per\s?cent|percent)")
        found = twin.search(self.text, s_end)
        return (found.start(), found.end(), *self.sentence_of(found.start())) if found else None

    def _vote_basis(self, terms: str | None, start: int, end: int, s_start: int, s_end: int) -> str | None:
        """Question terms plus "two-party-preferred" when the value's clause gives that basis, or the sentence
        opens on it ("On a two-party-preferred basis, Labor leads 55-45"), so link keeps a party's preferred
        vote apart from its primary vote ("the Coalition on 29%, with Labor ahead 58-42 on a two-party
        preferred basis": the 29% is a primary vote)."""
        if not self.says_basis:
            return terms
        lowered = self.lowered
        if not (lowered.find("prefer", s_start, s_end) >= 0 or lowered.find("tpp", s_start, s_end) >= 0 or (
                lowered.find("2pp", s_start, s_end) >= 0) or lowered.find("two-party", s_start, s_end) >= 0 or (
                lowered.find("two party", s_start, s_end) >= 0)) or (
                terms and PREFERRED_BASIS.search(terms)):
            return terms
        for basis in PREFERRED_BASIS.finditer(lowered, s_start, s_end):
            between = lowered[end:basis.start()] if basis.start() >= end else lowered[basis.end():start]
            if not CLAUSE_BREAK.search(between) or basis.start() - s_start <= BASIS_OPENING:
                return f"{terms or ''} two-party-preferred".strip()
        return terms

    @cached_property
    def says_basis(self) -> bool:
        """Whether the article holds a word of a preferred-vote basis at all (most hold none): asked once, so
        _vote_basis need not search each figure's sentence for them."""
        return any(word in self.lowered for word in ("prefer", "tpp", "2pp", "two-party", "two party"))

    def _sentence_of_mention(self, mention: dict) -> tuple[int, int]:
        if mention.get("sentence_start") is not None and mention.get("sentence_end") is not None:
            return mention["sentence_start"], mention["sentence_end"]
        return self.sentence_of(mention["start"])

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)
        return self.sentence_starts[i], self.sentence_ends[i]

    def fact_keys(self, pollster: str | None, s_start: int, s_end: int,
                  lend: bool = True) -> tuple[str | None, ...]:
        """Groups a survey fact of this sentence belongs to (see _ByPollster): its pollster's, every
        pollster's and, when the sentence names none itself, the unnamed ones that other pollsters may take.
        With `lend` False, a fact that an earlier or later sentence gives a pollster is that pollster's
        alone: in a round-up, "The survey had a sample of 1,034 adults" after a Survation poll does not
        size the YouGov poll named elsewhere (dates are lent: polls cited together ran at about one time)."""
        names_one = bisect.bisect_left(self.pollster_starts, s_start) < bisect.bisect_left(self.pollster_starts, s_end)
        if names_one or (pollster and not lend):
            return pollster, ANY_POLLSTER
        return pollster, ANY_POLLSTER, UNNAMED_POLLSTER

    def pollster_for(self, start: int, s_start: int, s_end: int) -> tuple[str | None, Pollster | None]:
        """Same sentence (nearest to the value), else the closest name before, else after, else the title.

        Outside the value's sentence, a name written as running the survey ("a YouGov poll", "a survey
        by KIIS", "according to Gallup") wins over a passing mention ("a professor at Oxford").
        """
        starts = self.pollster_starts
        same = range(bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end))
        if same and all(self.sponsored[n] for n in same) and (ran := self._ran_elsewhere(start)) >= 0:
            if self._paid_by_another(ran, s_start, s_end):
                return None, None  # "A poll for ARD put the AfD at 24%. A Forsa survey for RTL had ...": not Forsa's
            return self.pollsters[ran][2], self.pollsters[ran][3]  # "the Chicago Council Survey" run by Ipsos
        if not same and self._averages_polls(s_start, s_end):
            return None, None  # "43%, according to the CBC Poll Tracker, an aggregation of polls": no one poll's
        if not same and self.says_former_or_latter and (
                (referred := self._former_or_latter(start, s_start, s_end)) >= 0):
            return self.pollsters[referred][2], self.pollsters[referred][3]
        if same and not self._passing_poll_after(same, start) and not self._names_own_figures_after(same, start, s_end):
            best = same[0] if len(same) == 1 else min(  # most sentences name one
                same, key=lambda n: (self.sponsored[n], not self._holds_value(n, start),
                                     self._other_clause(starts[n], self.pollsters[n][1], start),
                                     not VALUE_WITH_NAME.fullmatch(self.text, start, starts[n]),
                                     not self.conducting[n], _distance(starts[n], start)))
            best = self._first_of_joint(best)
            return self.pollsters[best][2], self.pollsters[best][3]
        if not same and (runner := self._runner_for_client_poll(start, s_start, s_end)) >= 0:
            return self.pollsters[runner][2], self.pollsters[runner][3]  # "according to the ARD poll": its runner's
        j = bisect.bisect_left(starts, start)
        if (self.lowered.find("exit", s_start, s_end) >= 0 and EXIT_POLL.search(self.lowered, s_start, s_end)) or (
                self.names_exit_poll and self.survey_mode(start, start, s_start, s_end) == EXIT_POLL_MODE):
            # (a word found first: searching every sentence for the pattern costs more, and few name an exit poll);
            # a sentence naming no survey goes on with the exit poll named before it ("Women backed it by 65%")
            return self._exit_poll_conductor(j, s_start)
        if (source := self._source_given_after(s_end)) >= 0:
            return self.pollsters[source][2], self.pollsters[source][3]
        if j > 0:
            best = self.conducting_at_or_before[j - 1]
            best = self._last_unsponsored(j) if best < 0 else self._outside_quotes(best, start)
            best = self._returned_to(j - 1, best)
            best = self._before_passing_polls(best, s_start, s_end)
            if best < 0:
                return self.title_pollster
        elif j < len(starts):
            best = self.conducting_at_or_after[j]
            best = j if best < 0 else best
            if self.title_pollster[0] is None and (
                    self._brings_another_poll(starts[best]) or self._passing_with_figures(best)) and (
                    (later := self._runner_named_after_passing(best)) >= 0):
                best = later  # "A separate Forsa poll put it at 19%. The ARD survey was carried out by Infratest"
            elif self._brings_another_poll(starts[best]) or self._title_names_other(best):
                return self.title_pollster
        else:
            return self.title_pollster
        best = self._first_of_joint(best)
        if self.sponsors and self._paid_by_another(best, s_start, s_end):
            return None, None  # "A poll for ZDF put the CDU at 26%. An INSA poll for Bild ...": not INSA's
        return self.pollsters[best][2], self.pollsters[best][3]

    def _paid_by_another(self, n: int, s_start: int, s_end: int) -> bool:
        """Whether a sentence naming no pollster but who paid for its poll ("A poll for broadcaster ZDF put ...",
        "an Observer poll") would take the n-th name, written after it in a sentence that names only other clients
        ("An INSA poll for Bild") or brings in a poll with figures of its own ("An INSA poll had the AfD on 27%"):
        that is a rival's poll, so the value's pollster is left to linking (the one the batch names for that
        client). A firm named before keeps it (the client named after it may be one more of that poll's) unless
        its own sentence names only other clients and the value's client had a poll of its own before it."""
        own = [name for pos, name in self.sponsors if s_start <= pos < s_end] or self._client_poll_just_before(s_start)
        if not own:
            return False
        name_start = self.pollster_starts[n]
        if s_start <= name_start < s_end or (name_start < s_start and self.sponsored[n]):
            return False
        p_start, p_end = self.sentence_of(name_start)
        if name_start < s_start:  # "The Observer poll ... A YouGov poll for The Times ... the Observer's numbers"
            theirs = [name for pos, name in self.sponsors if p_start <= pos < p_end]
            return bool(theirs) and not any(_one_client(a, b) for a in own for b in theirs) and any(
                pos < p_start and _one_client(a, name) for pos, name in self.sponsors for a in own)
        if theirs := [name for pos, name in self.sponsors if p_start <= pos < p_end]:
            return not any(_one_client(a, b) for a in own for b in theirs)
        lead = SECOND_POLL_LEAD.fullmatch(self.text, p_start, name_start)
        return self._passing_with_figures(n) or bool(lead and (lead.group("introduced") or lead.group("connective"))
                                                     and self._gives_share(p_start, p_end))

    @cached_property
    def says_former_or_latter(self) -> bool:
        """Whether the article writes "the former" or "the latter" (most do not: then no sentence is searched)."""
        return "the former" in self.lowered or "the latter" in self.lowered

    def _former_or_latter(self, pos: int, s_start: int, s_end: int) -> int:
        """The index of the name that "the former" or "the latter" nearest `pos` in its clause points to: of the
        last two pollsters named before the sentence ("Datafolha found 35%, while Quaest had 32%. The former
        interviewed 2,004 people; the latter surveyed 2,045"); -1 if none or only one pollster was named."""
        lowered = self.lowered
        found = [(abs(m.start() - pos), m.group("which")) for m in FORMER_OR_LATTER.finditer(lowered, s_start, s_end)
                 if ";" not in lowered[min(m.start(), pos):max(m.start(), pos)]]
        if not found:
            return -1
        named: list[int] = []
        for n in range(bisect.bisect_left(self.pollster_starts, s_start) - 1, -1, -1):
            if not self.sponsored[n] and all(self.pollsters[k][2] != self.pollsters[n][2] for k in named):
                named.append(n)
                if len(named) == 2:
                    return named[1] if min(found)[1] == "former" else named[0]
        return -1

    def _runner_for_client_poll(self, start: int, s_start: int, s_end: int) -> int:
        """The firm named earlier as running the poll of the client whose poll this sentence names ("the ARD poll",
        see sponsor_runners), when it precedes the value; else -1."""
        if not self.sponsors:
            return -1
        for pos, name in self.sponsors:
            if s_start <= pos < s_end and (runner := self.sponsor_runners.get(name, -1)) >= 0 and (
                    self.pollster_starts[runner] < s_start):
                return runner
        return -1

    def _returned_to(self, last: int, best: int) -> int:
        """The last name before a value, where it is no sponsor's and no survey's running but the article's own
        pollster (written running one earlier) named again after another's poll ("A Nanos poll had 52%. ... said Ipsos
        CEO Darrell Bricker. Some 61% ..."): the story is back on its own poll; else `best`."""
        if best < 0 or last <= best or self.sponsored[last] or self.conducting[last]:
            return best
        name, other = self.pollsters[last][2], self.pollsters[best][2]
        other_sentence = self.sentence_of(self.pollster_starts[best])
        if name == other or other_sentence == self.sentence_of(self.pollster_starts[last]) or any(
                p[2] == other and self.sentence_of(p[0]) != other_sentence for p in self.pollsters) or not any(
                self.conducting[k] and self.pollsters[k][2] == name for k in range(best)):
            return best  # the same sentence ("by CRRC for the NDI"), or the other poll is the story's too
        return last

    def _averages_polls(self, s_start: int, s_end: int) -> bool:
        """Whether a sentence cites an average of polls ("the poll of polls", "a polling average", "the Poll
        Tracker, an aggregation of ..."): its figure is no one pollster's."""
        lowered = self.lowered
        return self.cites_poll_average and any(lowered.find(words, s_start, s_end) >= 0 for words in POLL_AVERAGE_WORDS)

    @cached_property
    def cites_poll_average(self) -> bool:
        """Whether the article cites an average of polls at all (most do not: then no sentence is searched)."""
        return any(words in self.lowered for words in POLL_AVERAGE_WORDS)

    def _names_own_figures_after(self, same: range, start: int, s_end: int) -> bool:
        """Whether every name of the value's sentence comes after it, in another clause that gives a share of its
        own ("In 2016 the figure was 32%, and a Pew survey in 2024 put it at 40%"): the value is not theirs."""
        starts = self.pollster_starts
        return all(starts[n] > start and self._other_clause(starts[n], self.pollsters[n][1], start) and (
            self._gives_share(self.pollsters[n][1], s_end)) for n in same)

    def _described_survey_owner(self, pos: int) -> re.Match | None:
        """The body whose survey the words before `pos` describe ("Deutsche Bank's monthly investor survey"): a
        name of two words or more, or an acronym, not a person's ("Trump's approval survey")."""
        owner = DESCRIBED_POSSESSOR_POLL.search(self.text, max(0, pos - 90), pos)
        if owner is None:
            return None
        name = owner.group("name")
        return owner if " " in name or ACRONYM_NAME.fullmatch(name) else None

    def _runner_named_after_passing(self, n: int) -> int:
        """The index of a name written as running a survey after the n-th, a rival poll cited in passing, in a
        sentence giving no share of its own and citing no other poll ("The ARD survey of 1,322 voters was carried
        out by Infratest dimap"): the article's own poll, named late; -1 if none."""
        if (known := self.runners_after.get(n)) is not None:
            return known
        passing, found = self.pollsters[n][2], -1
        for k in range(n + 1, len(self.pollsters)):
            if not self.conducting[k] or self.sponsored[k] or self.pollsters[k][2] == passing:
                continue
            k_start, k_end = self.sentence_of(self.pollster_starts[k])
            if not self._gives_share(k_start, k_end) and not self._cites_other_poll(k_start, k_end):
                found = k
                break
        self.runners_after[n] = found
        return found

    @cached_property
    def runners_after(self) -> dict[int, int]:
        """_runner_named_after_passing's answers by name index: every figure before the late name asks."""
        return {}

    def poll_referred_back(self, s_start: int, s_end: int, runner: str) -> str | None:
        """The pollster of the poll named last before a sentence that goes back to it as "the survey" and names
        the agency that ran it, giving no figures ("Research by the Policy Institute found 41% ... The survey of
        2,000 adults was carried out by Ipsos between 2 and 6 May"): its dates are that poll's too; else None."""
        if not BACK_REFERENCED_POLL.match(self.text, s_start) or self._gives_share(s_start, s_end):
            return None
        before = bisect.bisect_left(self.pollster_starts, s_start) - 1
        name = self.pollsters[before][2] if before >= 0 else None
        return name if name != runner else None

    def _title_names_other(self, n: int) -> bool:
        """Whether the title names a listed pollster that is not the n-th name, the first after a value the body
        names none before ("YouGov: most back a four-day week" ... "Luke Tryl of More in Common said"): the figures
        opening the story are the title's poll's."""
        name, listed = self.title_pollster
        return listed is not None and name != self.pollsters[n][2]

    def _holds_value(self, n: int, start: int) -> bool:
        """Whether a name stands right before the value (see NAME_HOLDS_VALUE): "More in Common 21"."""
        return NAME_HOLDS_VALUE.fullmatch(self.text, self.pollsters[n][1], start) is not None

    def _brings_another_poll(self, name_start: int) -> bool:
        """Whether the sentence of a name after a value brings in another poll ("A separate YouGov study put it at
        39%", "Meanwhile, Gallup found ..."): the value before it is not that pollster's."""
        return self._cites_other_poll(*self.sentence_of(name_start))

    def _cites_other_poll(self, start: int, end: int) -> bool:
        """Whether the text from start to end brings in another poll (ANOTHER_SURVEY, OTHER_POLL_CONNECTIVE); their
        words are looked for first, as most sentences have none."""
        lowered = self.lowered
        return any(lowered.find(word, start, end) >= 0 for word in OTHER_POLL_WORDS) and bool(
            ANOTHER_SURVEY.search(lowered, start, end) or OTHER_POLL_CONNECTIVE.search(lowered, start, end))

    def _source_given_after(self, s_end: int) -> int:
        """The index of the name in a sentence of the same paragraph, after the value's, that gives the source of
        the figures before it ("Reform is on 30%. That is according to the latest Opinium poll."); -1 if none. Found
        once per sentence."""
        if (known := self.source_after.get(s_end)) is None:
            known = self.source_after[s_end] = self._source_named_after(s_end)
        return known

    def _source_named_after(self, s_end: int) -> int:
        i = bisect.bisect_left(self.sentence_starts, s_end)
        for a, b in zip(self.sentence_starts[i:i + 2], self.sentence_ends[i:i + 2], strict=True):
            if self.text.find("\n", s_end, a) >= 0:
                return -1
            named = range(bisect.bisect_left(self.pollster_starts, a), bisect.bisect_left(self.pollster_starts, b))
            if named:
                found = SOURCE_AFTER_FIGURES.match(self.text, a) and not self._gives_share(a, b)
                return named[0] if found else -1
            s_end = b
        return -1

    def _gives_share(self, start: int, end: int) -> bool:
        """Whether the text from start to end gives a share (SHARE_LATER); its "%" or "cent" is looked for first,
        as the search costs more where there is none."""
        lowered = self.lowered
        return (lowered.find("%", start, end) >= 0 or lowered.find("cent", start, end) >= 0) and (
            SHARE_LATER.search(lowered, start, end) is not None)

    def _last_unsponsored(self, j: int) -> int:
        """The index of the last name before the j-th not written as a sponsor or publisher ("the Resolve Political
        Monitor, a survey published by Nine newspapers"), else the one just before it."""
        found = j - 1
        while found >= 0 and self.sponsored[found]:
            found -= 1
        return j - 1 if found < 0 else found

    def _passing_poll_after(self, same: range, start: int) -> bool:
        """Whether every name of the value's sentence comes after it, in a clause citing another poll ("Just 21%
        were content, the pollster said, while a separate poll by YouGov found 68%"): the value is not theirs."""
        return all(self.pollster_starts[n] > start and self._other_clause(
            self.pollster_starts[n], self.pollsters[n][1], start) and self._cites_other_poll(
                start, self.pollster_starts[n]) for n in same)

    def _before_passing_polls(self, n: int, s_start: int, s_end: int) -> int:
        """The index of the name that ran the survey of a later sentence naming none, given the closest one
        before: not a poll cited in passing, its figure in a sentence of its own ("A separate Ipsos survey put it at
        38%", "Earlier polling by Abacus had shown 40%"), its pollster named nowhere else, after an earlier
        pollster's (or the title's: -1), unless the sentence goes on about it ("It also found ...", "in that poll")."""
        if n < 0 or not self._passing_with_figures(n) or self.sentence_of(self.pollster_starts[n])[0] == s_start:
            return n  # most figures: the name before them ran their poll (asked first: it is known once per name)
        if BACK_REFERENCE_OPENING.match(self.text, s_start) or BACK_REFERENCE.search(self.lowered, s_start, s_end):
            return n
        while n >= 0:
            p_start, p_end = self.sentence_of(self.pollster_starts[n])
            if p_start == s_start or not self._passing_with_figures(n):
                return n  # a sentence bringing in another poll without its figures introduces the next ones
            name = self.pollsters[n][2]
            if any(p[2] == name and not p_start <= p[0] < p_end for p in self.pollsters):
                return n  # named again elsewhere: one of the article's own polls
            first = bisect.bisect_left(self.pollster_starts, p_start)
            earlier = self.conducting_at_or_before[first - 1] if first > 0 else -1
            if earlier < 0 and first > 0 and not self.sponsored[first - 1]:
                earlier = first - 1  # "..., says Abacus Data. Its CEO noted that Nanos, which had the party at 41%"
            if earlier >= 0 and self.pollsters[earlier][2] != name:
                n = earlier
            elif earlier < 0 and (self.title_pollster[0] not in (None, name) or self._client_poll_before(p_start)):
                return -1
            elif earlier < 0 and self.title_pollster[0] is None and (later := self._runner_named_after_passing(n)) >= 0:
                return later  # "A Nanos poll last month had found 58%. Only 21% ... The survey was run by Abacus"
            else:
                return n
        return n

    def _client_poll_just_before(self, s_start: int) -> list[str]:
        """The clients of the last poll named before a sentence only by who paid for it, no pollster named since
        ("Tonight's TVNZ poll is out. Headline: National 34, Labour 33."): the poll that sentence's figures are of."""
        pos = max((at for at, _ in self.sponsors if at < s_start), default=-1)
        if pos < 0 or self._names_pollster(self.sentence_of(pos)[0], s_start):
            return []
        c_start, c_end = self.sentence_of(pos)
        return [name for at, name in self.sponsors if c_start <= at < c_end]

    def _client_poll_before(self, pos: int) -> bool:
        """Whether a sentence before `pos` names a poll only by who paid for it ("Tonight's TVNZ poll has National on
        34%", "A poll for The Observer ..."): the article's own poll, which a poll cited in passing after it does
        not replace."""
        return any(at < pos and not self._names_pollster(*self.sentence_of(at)) for at, _ in self.sponsors)

    def _passing_with_figures(self, n: int) -> bool:
        """Whether the n-th name's sentence cites its poll in passing and gives figures of its own; found once
        per name, as every later figure naming no pollster asks (see _before_passing_polls)."""
        if (known := self.passing_with_figures.get(n)) is None:
            p_start, p_end = self.sentence_of(self.pollster_starts[n])
            known = self.passing_with_figures[n] = self._gives_share(p_start, p_end) and (
                self._cited_in_passing(self.pollster_starts[n]))
        return known

    def _outside_quotes(self, n: int, start: int) -> int:
        """The name before a value that names no pollster: not one quoted in a paragraph of its own ("These
        figures echo data from Gallup," said ...), when a name outside quotes ran a survey before it."""
        found = n
        while found >= 0 and self.quoted_names[found] and self.text.find("\n", self.pollster_starts[found], start) >= 0:
            found = self.conducting_at_or_before[found - 1] if found > 0 else -1
        return n if found < 0 else found

    @cached_property
    def quoted_names(self) -> list[bool]:
        """Whether each name is inside a quotation of its paragraph: found once per name, as every figure after
        it that names no pollster asks again (see _outside_quotes)."""
        text, quoted = self.text, []
        for pos in self.pollster_starts:
            before = text[text.rfind("\n", 0, pos) + 1:pos]
            quoted.append(before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”"))
        return quoted

    def _other_clause(self, name_start: int, name_end: int, start: int) -> bool:
        """Whether a name and the value lie in different clauses of one sentence ("52% in the Angus Reid poll,
        and the Liberals on 41% in Nanos's tracking", "Newspoll has Labor on 56, while Roy Morgan puts it at 54")."""
        gap = self.lowered[name_end:start] if name_end <= start else self.lowered[start:name_start]
        return ("," in gap or ";" in gap or " while " in gap or " whereas " in gap) and (
            CLAUSE_JOIN.search(gap) is not None)

    def _ran_elsewhere(self, start: int) -> int:
        """The index of the closest name written as running a survey, before the position else after it; -1 if
        none: who ran the survey of a sentence that names only its publisher or sponsor."""
        j = bisect.bisect_left(self.pollster_starts, start)
        best = self.conducting_at_or_before[j - 1] if j > 0 else -1
        return best if best >= 0 or j >= len(self.pollsters) else self.conducting_at_or_after[j]

    def _first_of_joint(self, n: int) -> int:
        """The first of pollsters named jointly ("conducted by Ipsos MORI and GfK"): one survey, one name; but
        where the article writes one of them alone as running it ("a collaboration between King's College London
        and Ipsos ... Ipsos interviewed 2,180 adults"), that one."""
        first = last = n
        while first > 0 and JOINT_GAP.fullmatch(self.text, self.pollsters[first - 1][1], self.pollsters[first][0]):
            first -= 1
        while last + 1 < len(self.pollsters) and JOINT_GAP.fullmatch(
                self.text, self.pollsters[last][1], self.pollsters[last + 1][0]):
            last += 1
        if last > first:
            joint = range(first, last + 1)
            ran = {p[2] for k, p in enumerate(self.pollsters) if self.conducting[k] and not self._named_jointly(k)}
            members = [k for k in joint if self.pollsters[k][2] in ran]
            if len({self.pollsters[k][2] for k in members}) == 1:
                return members[0]
            polling = [k for k in joint if not _institution(self.pollsters[k][2])]
            if len(polling) == 1 and len(polling) < len(joint):
                return polling[0]  # "research by King's College London and Ipsos": the polling firm ran it
        return first

    def _named_jointly(self, n: int) -> bool:
        """Whether a pollster's name is joined to the one before or after it ("Opinium and Deltapoll")."""
        pollsters, text = self.pollsters, self.text
        return (n > 0 and JOINT_GAP.fullmatch(text, pollsters[n - 1][1], pollsters[n][0]) is not None) or (
            n + 1 < len(pollsters) and JOINT_GAP.fullmatch(text, pollsters[n][1], pollsters[n + 1][0]) is not None)

    def _joined_to_polling_firm(self, n: int) -> bool:
        """Whether a name is joined by "and" to a listed name that is no institution (see _first_of_joint)."""
        pollsters, text = self.pollsters, self.text
        return (n > 0 and JOINT_GAP.fullmatch(text, pollsters[n - 1][1], pollsters[n][0]) is not None and not (
            _institution(pollsters[n - 1][2]))) or (n + 1 < len(pollsters) and not _institution(pollsters[n + 1][2])
                                                    and JOINT_GAP.fullmatch(text, pollsters[n][1], pollsters[n + 1][0]))

    def _exit_poll_conductor(self, j: int, s_start: int) -> tuple[str | None, Pollster | None]:
        """An exit poll is run for broadcasters, and pollsters of every firm comment on it ("ICM director Jo
        Bloggs tweeted after the exit poll"): named elsewhere, only a name written as running a survey is its
        pollster (the one in the last sentence before that names an exit poll: "An exit poll by Epinion ...
        The final Voxmeter poll ... In the exit poll, 41%"; else before the figure, else after it), else the
        title's."""
        best = self._named_with_exit_poll(s_start)
        if best < 0:
            best = self.conducting_at_or_before[j - 1] if j > 0 else -1
            best = -1 if best >= 0 and self._with_other_poll_figures(best) else best
        if best < 0 and j < len(self.pollsters):
            best = self.conducting_at_or_after[j]
            best = -1 if best >= 0 and self._with_other_poll_figures(best) else best
        return (self.pollsters[best][2], self.pollsters[best][3]) if best >= 0 else self.title_pollster

    def _with_other_poll_figures(self, n: int) -> bool:
        """Whether the n-th name's sentence gives the figures of a poll of its own that is no exit poll ("A Red C
        poll for the Business Post a fortnight earlier had Yes on 57%"): that firm's pre-election poll, so not who
        ran the exit poll a story credits only to its broadcasters ("the exit poll for RTÉ")."""
        p_start, p_end = self.sentence_of(self.pollster_starts[n])
        named = self._first_survey_named(p_start, p_end)
        return named is not None and not named.group("exit") and self._gives_share(p_start, p_end) and not (
            EXIT_POLL.search(self.lowered, p_start, p_end))

    def _named_with_exit_poll(self, s_start: int) -> int:
        """The index of the first name written as running a survey in the last sentence before s_start that
        names an exit poll; -1 if none."""
        named = self.lowered.rfind("exit poll", 0, s_start)
        if named < 0:
            return -1
        first, last = self.sentence_of(named)
        starts = self.pollster_starts
        for n in range(bisect.bisect_left(starts, first), bisect.bisect_left(starts, last)):
            if self.conducting[n]:
                return n
        return -1

    def _conducts(self, start: int, end: int) -> bool:
        """Whether a name not written as the sponsor is written as running the survey."""
        reports = SAID_AFTER.match(self.lowered, end) and FIGURE_BEFORE.search(self.lowered, max(0, start - 30), start)
        return bool(CONDUCTS_AFTER.match(self.lowered, end) or reports
                    or CONDUCTS_BEFORE.search(self.lowered, max(0, start - 45), start))

    def _publishes(self, end: int, name: str) -> bool:
        """Whether a name is written as publishing a survey another named pollster ran ("the latest Afrobarometer
        survey conducted by NOI Polls"): the one that ran it is the pollster (corpus rule). Not a poll's
        name run by its own pollster ("the DeutschlandTrend survey, carried out by Infratest dimap")."""
        m = PUBLISHED_SURVEY_BY.match(self.lowered, end) or COMMISSIONED_POLLSTER.match(self.lowered, end)
        if not m or m.end() not in self.pollster_starts:
            return False
        return self.pollsters[self.pollster_starts.index(m.end())][2] != name

    def _without_clients(self, named: list[tuple]) -> list[tuple]:
        """The names found, less the unlisted ones the article also writes as who paid ("a poll for broadcaster
        ARD"): such a name is that client's wherever it stands ("the ARD survey found"), not the poll's runner."""
        clients = {name for start, _, name, pollster in named if pollster is None and self._sponsored(start)}
        return [p for p in named if p[3] is not None or p[2] not in clients] if clients else named

    def _sponsored(self, start: int) -> bool:
        """Whether a name is written as who paid ("a poll by Rating Group on behalf of the IRI")."""
        return bool(SPONSORED_BEFORE.search(self.lowered, max(0, start - 60), start))

    def _published_in(self, start: int, end: int) -> bool:
        """Whether a name is written as the outlet that published a poll ("a survey published by Nine newspapers"):
        its publisher, not who ran it."""
        return bool(OUTLET_KIND_AFTER.match(self.lowered, end)  # (the cheaper test first)
                    and PUBLISHED_BY_BEFORE.search(self.lowered, max(0, start - 30), start))

    def fieldwork_for(self, start: int, end: int, s_start: int, s_end: int, pollster: str | None,
                      spans: list[tuple[int, int]]) -> Fieldwork:
        """The value's own date ("28% in March"), else a date leading its sentence, else the survey's."""
        last = self._last_date_before(start, s_start)
        own = self._attached_date(start, end, s_start, s_end, last) or self._leading_date(start, s_start, last) or (
            self._respective_date(start, end, s_start, s_end, spans))
        if own is not None and (own.relative or "").endswith("weekend") and not self._strong_cue(own):
            own = None  # "a poll for the Observer at the weekend put them on 17%": when it came out
        elif own is not None and (own.relative or "").endswith("week") and not self._strong_cue(own) and (
                survey := self.survey_dates_near.best(start, s_start, s_end, pollster)) and (
                self.resolve(survey).precision == "day"):
            own = None  # "approval rose to 58% this week" when it came out; "surveyed ... from May 4 to 8" ran
        if "the " in self.lowered[end:end + 8] and (before := WAVE_BEFORE_AFTER.match(self.lowered, end)):
            if not (current := own or self.survey_dates_near.best(start, s_start, s_end, pollster)):
                return replace(NO_FIELDWORK, earlier=True)  # "(from 28%) the week before" in an undated story
            unit = before.group("unit") or before.group("unit2")
            if unit == "year":  # "21%, from 24% the previous year": a year before the current wave (not the phrase)
                if own is not None and own.start > start:
                    current = self.survey_dates_near.best(start, s_start, s_end, pollster)
                return earlier_than(unit, self.resolve(current) if current else NO_FIELDWORK, self.published)
            then = wave_before(unit, self.resolve(current), self.published)
            return replace(then, earlier=True) if unit == "week" else then  # a week back is in the same month
        after = self.lowered[end:end + AGO_REACH]
        ago = AGO_AFTER.match(self.lowered, end) if "ago" in after or "earlier" in after else None
        if ago is None and after.startswith((" in ", ", in ")) and ("poll" in after or "survey" in after):
            ago = AGO_IN_POLL_AFTER.match(self.lowered, end)
        if own is not None and ago and own.start < start:  # "In its March poll, 54%, against 72% a year earlier"
            return self._counted_back(ago, self.resolve(own))
        if own is None:
            opening = None
            if ago is None and ("ago" in (lead := self.lowered[s_start:start]) or "earlier" in lead):
                # "A month earlier, the figure was 61%"
                ago = AGO_BEFORE.fullmatch(lead) if start - s_start <= 60 else None
                if ago is None and "when" in lead[-AGO_WHEN_REACH:]:
                    ago = AGO_WHEN.search(lead, max(0, len(lead) - AGO_WHEN_REACH))
                opening = None if ago else AGO_OPENING.match(lead)  # "A week earlier, YouGov had Labour on 21%"
                if not (ago or opening):
                    opening = AGO_POLL.search(lead)  # "the last YouGov poll a week ago had Labour on 30%"
            if ago or opening:
                current = self.survey_dates_near.best(start, s_start, s_end, pollster)
                then = self._counted_back(ago or opening, self.resolve(current) if current else NO_FIELDWORK)
                return replace(then, earlier=True) if opening else then  # "only 10% a year ago"
            if " previous " in after and PREVIOUS_WAVE_AFTER.match(self.lowered, end):
                return self.compared_wave  # "29% in the previous survey": the wave another value is compared with
            if self._of_previous_wave(start, s_start):
                return self.compared_wave  # "the previous poll, which had National on 34%": that wave's value
            survey = self.survey_dates_near.best(start, s_start, s_end, pollster)
            if self._earlier_value(start, s_start):
                if span := TO_VALUE_IN_SPAN.match(self.lowered, end):  # "from 54% to 61% in two months"
                    count = span.group("n")
                    current = self.resolve(survey) if survey else NO_FIELDWORK
                    return wave_before(span.group("unit"), current, self.published,
                                       int(count) if count.isdigit() else COUNT_WORDS[count])
                return self._sole_compared_date(start)  # an earlier wave's value: else linking finds it by share
            if survey and not s_start <= survey.start < s_end and not (
                    survey.start >= s_end and pollster in self.survey_dates_near.tiers) and (
                    self._names_another_survey(s_start, s_end)):
                return NO_FIELDWORK  # "Another survey, by ..., found 30%": not the dates of the poll named before
                # (its pollster's date after it is its own: "Sociopolis interviewed 1,200 people between May 20 and 27")
            if survey is None and self.lowered.find("same", s_start, s_end) >= 0 and (
                    SAME_PERIOD.search(self.lowered, s_start, s_end)):
                survey = self._survey_date_before(s_start)  # "a Resolve poll, taken over the same period, had 30%"
            return self.resolve(survey) if survey else self._exit_poll_month(start, end, s_start, s_end)
        resolved = self.resolve(own)
        if (own.relative == "this month" or self.lowered.endswith("earlier in ", 0, own.start)) and (
                self._earlier_value(start, s_start)):
            return replace(resolved, earlier=True)  # "up from 58% earlier this month (in May)": a wave before this one
        if not resolved.start:  # an undated story: "back in April it stood at 6%", "(32%, up) from 19% last year"
            if own.relative:  # another value before it in its sentence makes it a comparison's earlier wave
                compared = bisect.bisect_left(spans, (s_start, 0)) < bisect.bisect_left(spans, (start, 0))
                return Fieldwork(None, None, None, earlier=compared or self._of_previous_wave(start, s_start))
            return Fieldwork(None, None, None, month=own.first[1])
        if resolved.start and resolved.start != resolved.end and resolved.precision == "month":
            return self._respective_month(own, resolved, start, end, s_end, spans)
        if resolved.precision == "year" and resolved.start:
            return self.precise_survey_date_of_year.get(resolved.start[:4], resolved)
        if s_start == 0 and resolved.precision == "month" and resolved.start == resolved.end and not (
                self.text[s_start:s_end].rstrip().endswith(".")):
            return self.precise_survey_date_of_month.get(resolved.start, resolved)  # headline "June poll: 40%"
        return resolved

    def _of_previous_wave(self, start: int, s_start: int) -> bool:
        """Whether the value's clause gives the pollster's wave before ("from Curia's previous poll last month, which
        had National on 34.1%"): its words are looked for first, as most clauses have none."""
        if not self.names_earlier_poll:
            return False
        clause = self.lowered[max(s_start, start - PREVIOUS_WAVE_REACH):start]
        return ("previous" in clause or "prior" in clause or "preceding" in clause) and (
            PREVIOUS_WAVE_CLAUSE.search(clause) is not None)

    @cached_property
    def names_earlier_poll(self) -> bool:
        """Whether the text has a word of PREVIOUS_WAVE_CLAUSE's (looked for once: most articles have none)."""
        return "previous" in self.lowered or "prior" in self.lowered or "preceding" in self.lowered

    def _survey_date_before(self, pos: int) -> DateSpan | None:
        """The last survey date written before a position, whichever poll's; None if none."""
        i = bisect.bisect_left([d.start for d in self.survey_dates], pos)
        return self.survey_dates[i - 1] if i > 0 else None

    def _earlier_value(self, start: int, s_start: int) -> bool:
        """Whether the value is the earlier one of a comparison ("backed by 69%, down from 74%"): tried only
        where "from", which EARLIER_VALUE_BEFORE ends in, is within its reach (most values have none)."""
        low = max(s_start, start - 22)
        return self.lowered.find("from", low, start) >= 0 and (
            EARLIER_VALUE_BEFORE.search(self.lowered, low, start) is not None)

    def _counted_back(self, ago: re.Match, current: Fieldwork) -> Fieldwork:
        """ "a year ago" counts back from publication, "a year earlier" from the current wave's date."""
        count, unit = ago.group("n", "unit")
        count_back = int(count) if count.isdigit() else COUNT_WORDS[count]
        if "ago" in ago.group():
            return months_ago(count_back, unit, self.published)
        return earlier_than(unit, current, self.published, count_back)

    def _names_another_survey(self, s_start: int, s_end: int) -> bool:
        """ "Another survey, by ..." (a word found first: most articles, and most sentences, have none of them)."""
        lowered = self.lowered
        return self.says_another and contains_any(lowered[s_start:s_end], ANOTHER_WORDS) and (
            ANOTHER_SURVEY.search(lowered, s_start, s_end) is not None)

    @cached_property
    def says_another(self) -> bool:
        """Whether the article has a word of ANOTHER_WORDS at all (figures of sentences naming no pollster ask)."""
        return contains_any(self.lowered, ANOTHER_WORDS)

    @cached_property
    def names_exit_poll(self) -> bool:
        """Whether the article names an exit poll at all (most do not: then no value looks for one)."""
        return "exit poll" in self.lowered or "exit-poll" in self.lowered

    def survey_mode(self, start: int, end: int, s_start: int, s_end: int) -> str | None:
        """EXIT_POLL_MODE when the survey a value belongs to is an exit poll, else None. That survey is the last
        one the value's sentence names before it ("the exit poll of 22,000 voters"), else the first it names after
        it ("Having questioned 22,000 voters, the exit poll ..."), else the last one named within EXIT_POLL_REACH
        before it ("Exit polls gave ... The survey of 20,000 voters": "the survey" points back). Most articles name
        no exit poll: then no value looks."""
        if not self.names_exit_poll:
            return None
        named = (self._last_survey_named(s_start, start) or self._first_survey_named(end, s_end)
                 or self._last_survey_named(max(0, min(s_start, start - EXIT_POLL_REACH)), s_start))
        if named is None and (i := bisect.bisect_left(self.survey_mention_starts, s_start)) > 0 and (
                SURVEY_MENTION.search(self.lowered, s_start, s_end) is None):
            # a sentence naming no survey at all goes on with the last one named, however far back ("The exit poll
            # suggests a divide. [...] Women were more likely than men to vote Yes, by 65% to 58%")
            named = self.survey_mentions[i - 1]
        return EXIT_POLL_MODE if named is not None and named.group("exit") else None

    @cached_property
    def survey_mentions(self) -> list[re.Match]:
        """Every survey the text names that does not point back to one named before (asked only by articles
        that name an exit poll: see survey_mode)."""
        return [m for m in SURVEY_MENTION.finditer(self.lowered) if not m.group("back")]

    @cached_property
    def survey_mention_starts(self) -> list[int]:
        return [m.start() for m in self.survey_mentions]

    def _last_survey_named(self, low: int, high: int) -> re.Match | None:
        """The last survey named in lowered[low:high] that does not point back to one named before."""
        last = None
        for m in SURVEY_MENTION.finditer(self.lowered, low, high):
            if not m.group("back"):
                last = m
        return last

    def _first_survey_named(self, low: int, high: int) -> re.Match | None:
        """The first survey named in lowered[low:high] that does not point back to one named before."""
        return next((m for m in SURVEY_MENTION.finditer(self.lowered, low, high) if not m.group("back")), None)

    def _exit_poll_month(self, start: int, end: int, s_start: int, s_end: int) -> Fieldwork:
        """An undated exit poll ran on polling day, which its report follows by a day at most: the month of
        publication (for a value of an exit poll, see survey_mode)."""
        if not self.published or self.survey_mode(start, end, s_start, s_end) != EXIT_POLL_MODE:
            return NO_FIELDWORK
        month = self.published.isoformat()[:7]
        return Fieldwork(month, month, "month", year_inferred=True)

    def _respective_month(self, own: DateSpan, resolved: Fieldwork, start: int, end: int, s_end: int,
                          spans: list[tuple[int, int]]) -> Fieldwork:
        """ "In February and March, 42% and 40% respectively": each value takes its own month."""
        if " and " not in self.text[own.start:own.end]:
            return resolved
        respectively = self._respectively_after(end, s_end)
        if not respectively:
            return resolved
        values = spans[bisect.bisect_left(spans, (own.end, 0)):bisect.bisect_left(spans, (respectively.start(), 0))]
        if len(values) != 2 or (start, end) not in values:
            return resolved
        month = resolved.start if values.index((start, end)) == 0 else resolved.end
        return Fieldwork(month, month, "month")

    def _respective_date(self, start: int, end: int, s_start: int, s_end: int,
                         spans: list[tuple[int, int]]) -> DateSpan | None:
        """ "55% in June against 53% in April, and for themselves (52% and 49% respectively)": a list of
        values taken "respectively" follows the order of the dated values before it in the sentence."""
        respectively = self._respectively_after(end, s_end)
        if not respectively:
            return None
        first, last = bisect.bisect_left(spans, (s_start, 0)), bisect.bisect_left(spans, (respectively.start(), 0))
        run = [last - 1]
        while run[0] > first and LIST_GAP.fullmatch(self.text, spans[run[0] - 1][1], spans[run[0]][0]):
            run.insert(0, run[0] - 1)
        listed = [spans[i] for i in run]
        if len(listed) < 2 or (start, end) not in listed or run[0] - len(run) < first or not (
                RESPECTIVELY_AFTER.fullmatch(self.text, listed[-1][1], respectively.start())):
            return None
        dated = [self._attached_date(*spans[i], s_start, s_end, self._last_date_before(spans[i][0], s_start))
                 for i in range(run[0] - len(run), run[0])]
        return None if None in dated else dated[listed.index((start, end))]

    def _respectively_after(self, end: int, s_end: int) -> re.Match | None:
        """The "respectively" closing the list a value ends, if any; most articles have no such word."""
        if not self.says_respectively:
            return None
        return RESPECTIVELY.search(self.text, end, min(s_end, end + TERM_WINDOW))

    # -- dates ---------------------------------------------------------------------------------------
    def resolve(self, span: DateSpan) -> Fieldwork:
        if span not in self.resolved:
            self.resolved[span] = self._resolve(span)
        return self.resolved[span]

    def _resolve(self, span: DateSpan) -> Fieldwork:
        if span.relative:
            if not self.published and span.relative in ("year", "this year") and self.survey_year:
                year = str(self.survey_year - (span.relative == "year"))  # undated: "last year" before the survey's
                return Fieldwork(year, year, "year", year_inferred=True)
            return resolve_relative(span, self.published)
        year, inferred = self._year_for(span)
        if year is None:
            return NO_FIELDWORK
        fieldwork = fieldwork_in_year(span, year)
        if fieldwork.precision == "day" and span.first == span.last and self._after_event(span):
            fieldwork = _day_after(fieldwork)  # "polled in the days after Sept. 30": from Oct. 1
        return replace(fieldwork, year_inferred=True) if inferred else fieldwork

    def _after_event(self, span: DateSpan) -> bool:
        """Whether a date is an event's that the survey followed ("in the days after Sept. 30")."""
        lead = self.lowered[max(0, span.start - 25):span.start]
        return ("after" in lead or "following" in lead) and DAYS_AFTER.search(lead) is not None

    def _year_for(self, span: DateSpan) -> tuple[int | None, bool]:
        """The year of a date phrase: its own, else one its sentence states, else the publication
        date's (the latest such month: then it is only inferred, and says so), else, in an undated story, the
        latest the text states (a month's year is then only inferred too)."""
        stated = span.last[0] or span.first[0]
        if stated:
            return stated, False
        month = span.first[1]
        if month and self.lowered.endswith("last ", max(0, span.start - 5), span.start) and (
                reference := self._reference_month(span)):
            return (reference[0] if month < reference[1] else reference[0] - 1), False  # "78% last June"
        s_start, s_end = self.sentence_of(span.start)
        following = bisect.bisect_left(self.date_starts, span.end)
        if following < len(self.dates):
            nxt = self.dates[following]
            if nxt.relative and nxt.start - span.end <= 2:
                relative = resolve_relative(nxt, self.published)
                return (int(relative.start[:4]) if relative.start else None), False  # "May 16 and 22 this year"
        for d in self.dates[following:bisect.bisect_left(self.date_starts, s_end)]:
            if d.last[0] and not self._other_period(d) and not self._after_publication(d.last[0], month) and (
                    self._year_of_dates(d, s_start)) and "%" not in self.text[span.end:d.start]:
                return d.last[0], False  # not "conducted Oct. 3-7, 40% said it was worse than in 2024"
        for d in reversed(self.dates[bisect.bisect_left(self.date_starts, s_start):
                                     bisect.bisect_left(self.date_starts, span.start)]):
            if d.last[0] and not self._other_period(d) and not self._after_publication(d.last[0], month) and (
                    self._year_of_dates(d, s_start)):
                return d.last[0], False
        if self.published and month:  # the year of its last month: "December 28 to January 3" in a January paper
            last_month = span.last[1] or month
            return (self.published.year if last_month <= self.published.month else self.published.year - 1), True
        if self.earlier_wave and month and self.text_year and (self.text_year, month) <= self.earlier_wave:
            year, earlier_month = self.earlier_wave  # "polled in March" after "the previous poll, in August 2022"
            return (year if month > earlier_month else year + 1), False
        return self.text_year, bool(month)  # a month of some year the text states: linking may find its wave

    def _year_of_dates(self, d: DateSpan, s_start: int) -> bool:
        """Whether a year of the sentence may be that of its other dates: not one a value is compared with
        ("than in 2024"), nor one saying who was asked ("those who voted in 2024"), nor a value's ("40% in 2020")."""
        lead = self.lowered[max(s_start, d.start - 25):d.start]
        return not (COMPARED_DATE.search(lead) or VALUE_BEFORE.search(lead) or self._defines_group(d, s_start))

    def _after_publication(self, year: int, month: int | None) -> bool:
        """Whether a year another date of the sentence states would put the month after publication
        ("polled at the end of November: 62% against elections in 2024", published in January 2024)."""
        return bool(month and self.published) and (year, month) > (self.published.year, self.published.month)

    def _reference_month(self, span: DateSpan) -> tuple[int, int] | None:
        """(year, month) that "last June" counts back from: the publication date, else the latest dated month
        the phrase's sentence states ("from 78% last June, in a survey conducted in March 2024")."""
        if self.published:
            return self.published.year, self.published.month
        s_start, s_end = self.sentence_of(span.start)
        first, last = bisect.bisect_left(self.date_starts, s_start), bisect.bisect_left(self.date_starts, s_end)
        in_sentence = self.dates[first:last]
        stated = [d.last[:2] for d in in_sentence if d.last[0] and d.last[1]]
        return max(stated) if stated else None

    def _other_period(self, d: DateSpan) -> bool:
        """A date that marks another period ("since August 2020"), so its year says nothing about ours."""
        return bool(d.relative) or bool(OTHER_PERIOD.search(self.lowered, max(0, d.start - 14), d.start))

    def _last_date_before(self, start: int, s_start: int) -> DateSpan | None:
        """The last date of the sentence that ends before the value, unless it says who the value is of
        ("Among those who voted Labour in 2019, 23%...": 2019 is when they voted, not when they were asked)."""
        k = bisect.bisect_right(self.date_ends, start) - 1
        if k < 0 or self.dates[k].start < s_start or self._defines_group(self.dates[k], s_start):
            return None
        return self.dates[k]

    def _defines_group(self, d: DateSpan, s_start: int) -> bool:
        """Whether the words around a date say who a value is of ("those who voted in 2019"), name a vote
        ("in the December 17 elections") or date the story ("MOSCOW, Feb 2 -"), not the fieldwork: asked once
        per date, as every figure after it in its sentence asks again (see _last_date_before)."""
        key = (d.start, s_start)
        if key not in self.group_dates:
            lead = self.lowered[max(s_start, d.start - 25):d.start]
            if ("after" in lead or "following" in lead) and DAYS_AFTER.search(lead):
                self.group_dates[key] = False  # "in the days after the Oct. 26 elections": fieldwork after the vote
                return False
            before = max(s_start, d.start - 50)
            self.group_dates[key] = (contains_any(self.lowered[before:d.start], GROUP_DATE_WORDS) and (
                GROUP_DATE.search(self.lowered, before, d.start) is not None)) or (
                ELECTION_AFTER.match(self.lowered, d.end) is not None) or (
                EVENT_AFTER.match(self.lowered, d.end) is not None) or (
                ELECTION_BEFORE.search(self.lowered, max(s_start, d.start - 30), d.start) is not None) or (
                self._past_vote(d, s_start)) or (
                d.start - s_start <= 32 and (DATELINE.fullmatch(self.text, s_start, d.start) is not None or (
                    TITLE_DATELINE.fullmatch(self.text, s_start, d.start) is not None
                    and DATELINE_END.match(self.text, d.end) is not None and not (  # not "Newspoll, 4 June 2023: ..."
                        bisect.bisect_left(self.pollster_starts, s_start) < bisect.bisect_left(
                            self.pollster_starts, d.start)))))
        return self.group_dates[key]

    def _past_vote(self, d: DateSpan, s_start: int) -> bool:
        """ "Among those who voted Labour last July", "the general election last year": when a vote took place, not
        when the poll ran."""
        lead = self.lowered[max(s_start, d.start - 50):d.start]
        return ("voted" in lead or "election" in lead) and PAST_VOTE_BEFORE.search(lead) is not None

    def _future_date(self, d: DateSpan, s_start: int, lead: str) -> bool:
        """A deadline or plan ("has to call it by early April if he wants a poll in May", "in May next year"):
        not when a poll ran; `lead` is the 25 folded characters before the date. A month without a year after
        the publication's month, in a sentence that looks ahead, is this year's, still to come."""
        if " next " in self.lowered[d.end:d.end + 7] and NEXT_YEAR_AFTER.match(self.lowered, d.end):
            return True
        later_month = d.first[0] is None and d.first[1] is not None and self.published is not None and (
            d.first[1] > self.published.month) and not lead.endswith("last ")
        return (later_month or ("by " in lead and FUTURE_BY.search(lead) is not None)) and (
            FUTURE_WORDS.search(self.lowered, s_start, d.start) is not None)

    def _marks_other_date(self, d: DateSpan, s_start: int, lead: str) -> bool:
        """Whether the words before a date make it no fieldwork ("published in", "compared with", "28% in"):
        asked once per date, like _defines_group; `lead` is the 25 folded characters before it."""
        key = (d.start, s_start)
        if key not in self.other_dates:
            self.other_dates[key] = any(p.search(lead) for p in (NOT_FIELDWORK, COMPARED_DATE, VALUE_BEFORE,
                                                                 NUMBER_IN_BEFORE)) or (
                EARLIER_WAVE_DATE.search(lead) is not None and (
                    SHARE_BEFORE.search(self.lowered, s_start, d.start) is not None)) or (
                _span_asked_about(d, lead))
        return self.other_dates[key]

    def _attached_date(self, start: int, end: int, s_start: int, s_end: int,
                       last: DateSpan | None) -> DateSpan | None:
        """A date written right after the value ("28% in March"), or leading its clause ("In March, 28%");
        `last` is the sentence's last date before the value (_last_date_before)."""
        i = bisect.bisect_left(self.date_starts, end)
        if i < len(self.dates) and self.dates[i].start < s_end:
            gap = self.text[end:self.dates[i].start]
            if len(gap) <= 45 and (ATTACHED_AFTER.match(gap) or ("(" in gap and BRACKETED_SOURCE.fullmatch(gap)) or (
                    "according" in gap and SOURCE_OF_YEAR_GAP.fullmatch(gap)
                    and SURVEY_AFTER_DATE.match(self.lowered, self.dates[i].end))) and (
                    not ANY_DIGIT.search(gap)) and not (
                    self._defines_group(self.dates[i], s_start)):  # not "38% in the November 19 elections"
                return self.dates[i]
        if last:
            gap = self.text[last.end:start]
            if POSSESSIVE_GAP.fullmatch(gap):
                return last  # "down two points from last month's 66 percent", "May's 45%": that date's value
            lead = self.text[max(s_start, last.start - 12):last.start]
            if ((ATTACHED_BEFORE.match(gap) and DATE_LEADS.search(lead)) or WHEN_GAP.match(gap)) and not (
                    _span_asked_about(last, lead)):
                return last  # "In March, 28%"; "since December 2022, when 38% said so"
            prefix = self.lowered[max(s_start, start - 8):start]
            compared = self.lowered[max(s_start, last.start - 20):last.start]
            if FROM_TO.search(prefix) and COMPARED_DATE.search(compared):
                return last  # "Compared to April, this fell from 6 to 5%": the first value is April's
        return None

    def _leading_date(self, start: int, s_start: int, last: DateSpan | None) -> DateSpan | None:
        """The closest date before the value in its sentence ("In 2021, 45% ... and 37%"), same clause:
        `last` (see _attached_date)."""
        if not last:
            return None
        gap = self.text[last.end:start]
        lead = self.lowered[max(s_start, last.start - 25):last.start]
        if len(gap.strip(" ,:-–—")) == 0 and not ANY_DIGIT.search(lead[-6:]) and not _span_asked_about(last, lead) \
                and not NOT_FIELDWORK.search(lead):
            return last  # "in March - 79.3%", not "a poll released Oct. 14, 45%"
        if OPEN_BRACKET_GAP.fullmatch(gap) or (SHARED_DATE.match(gap) and VALUE_BEFORE.search(lead) and not (
                FROM_VALUE_IN.search(lead))):
            return last  # "since 2010 (47%)"; "38% in July 2022, with 59% disapproval", not "up from 36% in May, and"
        if gap == " that " and FINDING_BEFORE.search(lead):
            return last  # "Gallup found last year that half ...": when it found so
        if len(gap) > CLAUSE_GAP or _breaks_clause(gap) or WHILE_GAP.fullmatch(gap):
            return None  # "as parliament approved in May, while 31% are against": the date ends its own clause
        if gap.strip() == "to" and self.lowered.find("from", s_start, last.start) >= 0:
            return None  # "from 38% in March to 45%": March is the first value's
        return None if self._marks_other_date(last, s_start, lead) or self._other_poll_between(last, start, s_start) \
            else last

    def _other_poll_between(self, d: DateSpan, start: int, s_start: int) -> bool:
        """Whether a pollster named between a date and a value differs from one named before the date in its
        sentence ("While a Gallup poll found 40% in October, the latest Quinnipiac poll has 38%"): the date is
        the other poll's."""
        starts = self.pollster_starts
        between = range(bisect.bisect_left(starts, d.end), bisect.bisect_left(starts, start))
        if not between:
            return False
        before = {self.pollsters[k][2] for k in range(bisect.bisect_left(starts, s_start),
                                                      bisect.bisect_left(starts, d.start))}
        return bool(before) and any(self.pollsters[k][2] not in before for k in between)

    def _dates_a_value(self, d: DateSpan, s_start: int, s_end: int) -> bool:
        """Whether a date is a share's own: right before it ("In May, 80% trusted him"), or leading a sentence that
        gives one ("In August, Quinnipiac had the race tied at 46%")."""
        return VALUE_AFTER.match(self.text, d.end) is not None or (
            d.start - s_start <= 4 and SHARE_LATER.search(self.text, d.end, min(s_end, d.end + 90)) is not None)

    def _strong_cue(self, d: DateSpan) -> bool:
        """Whether a fieldwork word ("conducted", "between") is near the date in its sentence: asked once per
        date, as choosing the survey dates and dating the figures both ask."""
        if d not in self.strong_cues:
            s_start, s_end = self.sentence_of(d.start)
            self.strong_cues[d] = FIELDWORK_CUE.search(
                self.lowered, max(s_start, d.start - 60), min(s_end, d.end + 40)) is not None
        return self.strong_cues[d]

    def _survey_dates(self) -> list[DateSpan]:
        """Dates in sentences about the survey itself, not next to a value and not about an earlier wave."""
        found, cued_sentences = [], {}
        for d in self.dates:
            if (relative := d.relative) and (relative.endswith("year") or (
                    (relative.endswith("weekend") or relative.startswith("season")) and not self._strong_cue(d))):
                continue  # "a poll for the Observer at the weekend put ...": when it came out, not when it ran;
                # "the bushfires last summer": an event's season (a summer of either hemisphere)
            s_start, s_end = self.sentence_of(d.start)
            if s_start not in cued_sentences:  # a poll word, or a pollster's name ("in the 4 June 2023 Newspoll")
                cued_sentences[s_start] = SURVEY_CUE.found_in(self.lowered, s_start, s_end) or (
                    self._names_pollster(s_start, s_end))
            if not cued_sentences[s_start]:
                continue
            if self._earlier_wave_before(d, s_start):
                continue
            if VALUE_BEFORE.search(self.text, max(s_start, d.start - 14), d.start) or (
                    NUMBER_IN_BEFORE.search(self.text, max(s_start, d.start - 14), d.start)):
                continue  # "28% in March", "(an index down from) 41.8 in July" belong to that value, not to the survey
            lead = self.lowered[max(s_start, d.start - 25):d.start]
            days_after = ("after" in lead or "following" in lead) and DAYS_AFTER.search(lead) is not None
            if (self.text.startswith(("'s", "’s"), d.end) and not days_after) or self._defines_group(d, s_start):
                continue  # "June's election", "those who voted in May"
            if NOT_FIELDWORK.search(lead) or (OTHER_PERIOD.search(lead) and not days_after):
                continue
            if self._future_date(d, s_start, lead):
                continue
            if (d.precision == "year" or _is_quarter(self.lowered, d)) and not self._strong_cue(d):
                continue  # "firms expect sales to rise in the third quarter of 2025": a forecast's period
            found.append(d)
        return found

    def _earlier_wave_before(self, d: DateSpan, s_start: int) -> bool:
        """Whether the words before a date in its sentence make it an earlier wave's (EARLIER_WAVE_CUE, "up from 38%
        since May", EARLIER_WAVE_RAN, "the previous survey, conducted on", or COMPARED_VALUE_SURVEY, "up from 38% in
        a survey by the firm in"): searched only where one of their words occurs."""
        near, far = max(s_start, d.start - 40), max(s_start, d.start - 80)
        lowered = self.lowered
        if contains_any(lowered[near:d.start], EARLIER_WAVE_WORDS) and (
                EARLIER_WAVE_CUE.search(lowered, near, d.start) is not None):
            return True
        if contains_any(lowered[far:d.start], EARLIER_WAVE_WORDS[:4]) and (
                EARLIER_WAVE_RAN.search(lowered, far, d.start) is not None):
            return True
        reach = max(s_start, d.start - COMPARED_VALUE_SURVEY_REACH)
        return contains_any(lowered[reach:d.start], COMPARED_VALUE_WORDS) and (
            COMPARED_VALUE_SURVEY.search(lowered, reach, d.start) is not None)

    # -- names ---------------------------------------------------------------------------------------
    def _unknown_pollsters(self, known: list[tuple],
                           capitalised: set[str]) -> list[tuple[int, int, str, Pollster | None]]:
        """Names written as running a survey ("a poll by Northfield Analytics") that the list lacks."""
        found, last_end, text = [], -1, self.text
        known_starts = [k[0] for k in known]
        for pos in self.cue_words.get("survey", ()):
            if pos < last_end or not (m := UNKNOWN_POLLSTER.match(self.text, pos)):
                continue
            if m.group("issued") and any(0 <= pos - k[1] <= 1 for k in known):
                continue  # "a Datafolha poll published by Folha": the paper that published a named pollster's poll
            if m.group("passive") is not None and known:
                continue  # "The poll of 1,245 voters was conducted by Pyxis": the named poll's fieldwork agency
            if "analy" in self.lowered[max(0, pos - ANALYSIS_REACH):pos] and ANALYSIS_OF_BEFORE.search(
                    self.lowered, max(0, pos - ANALYSIS_REACH), pos):
                continue  # "analysis of the Social Attitudes survey by the Health Trust": who analysed, not who ran it
            last_end = m.end()
            group = "name" if m.group("name") else "name2"
            s, e = m.span(group)
            name = _clean_name(_without_client(m.group(group)))
            e = s + len(name) if name else e
            k = bisect.bisect_right(known_starts, e + 3) - 1
            known_next = k >= 0 and known_starts[k] >= e  # "pollster Andrei] Vardomatsky"
            k = bisect.bisect_left(known_starts, e) - 1  # the known name starting last before e ends last
            overlaps = k >= 0 and known[k][1] > s
            person = name and PERSON_LIKE.fullmatch(SURNAME_PARTICLE.sub(" ", name)) and (
                not ORGANISATION_WORDS.intersection(name.split()))
            before = person and text[pos - 1:pos] == " " and NAME_BEFORE_POLL.search(text, max(0, pos - 80), pos)
            if before and (poll_name := _clean_name(before.group("name"))) and not any(
                    a < before.end("name") and before.start("name") < b for a, b, *_ in known):
                s = before.start("name")  # "a Peil.nl poll by Maurice de Hond": the poll's name is the pollster
                found.append((s, s + len(poll_name), poll_name, default_matcher().closest(poll_name)))
                continue
            if name and len({k[2] for k in known}) == 1 and PERSON_LIKE.fullmatch(name) and (
                    not ORGANISATION_WORDS.intersection(name.split())):
                found.append((s, e, known[0][2], known[0][3]))  # "run by Grigory Astapenia": Chatham House's
                continue
            if name and not known_next and not overlaps and not GEO.fullmatch(name) and not (
                    DATE_ANCHOR.match(name) or WEEKDAY_NAME.match(name)):  # "a poll from March"
                name = name.replace("’s ", " ").replace("'s ", " ")  # "Muhlenberg College's Institute of ..."
                pollster = default_matcher().closest(name)  # "Baltijos Tyrimi" is a typo of a known name
                found.append((s, e, pollster.name if pollster else name, pollster))
        found += self._names_polling(known + found)
        found += self._named_before_poll(known + found)
        found += self._unlisted_agencies(known + found)
        found += self._named_institutes(known + found)
        found += self._described_as_pollsters(known + found)
        found += self._written_short(known + found)
        found += self._short_names_alone(known + found, capitalised)
        found += self._pollster_websites(known + found)
        return _one_form_per_body(self.text, found + self._written_again(known + found))

    def _run_by_named(self, pos: int, named: list[tuple]) -> bool:
        """Whether a named pollster runs the survey, written just after who paid: "(conducted for Bloomberg News)
        by AtlasIntel"."""
        by = self.text.find(" by ", pos, pos + RUN_BY_REACH)
        while by >= 0 and self.text[by + 4:by + 8] == "the ":
            by += 4
        return by >= 0 and any(n[0] == by + 4 for n in named)

    def _described_as_pollsters(self, named: list[tuple]) -> list[tuple[int, int, str, Pollster | None]]:
        """A name the list lacks that the text describes as a pollster in an aside ("Brand Matrix, a Lagos-based
        polling firm, found ..."), not a person ("Frank Lutz, a Republican pollster, said")."""
        if not contains_any(self.lowered, DESCRIBED_GATES):
            return []
        found: list[tuple[int, int, str, Pollster | None]] = []
        for m in DESCRIBED_AS_POLLSTER.finditer(self.text):
            name, s = _clean_name(m.group("name")), m.start("name")
            if not name or name.split()[0] in NOT_A_SPONSOR or GEO.fullmatch(name) or any(
                    a < s + len(name) and s < b for a, b, *_ in named):
                continue
            if m.group("kind") == "pollster" and PERSON_LIKE.fullmatch(SURNAME_PARTICLE.sub(" ", name)) and not (
                    ORGANISATION_WORDS.intersection(name.split())):
                continue  # "Frank Lutz, a Republican pollster,": a person; a firm or company is none
            found.append((s, s + len(name), name, None))
        return found

    def _names_polling(self, named: list[tuple]) -> list[tuple[int, int, str, Pollster | None]]:
        """Unknown names opening a sentence that polled a number of people (NAME_POLLED_BEFORE), or research
        organisations opening one that found a number (NAME_FOUND_BEFORE)."""
        found, text = [], self.text
        positions = [*self.cue_words.get("survey", ()), *find_all(text, "interviewed"), *find_all(text, "questioned")]
        for pos in [*positions, *find_all(text, "found "), *find_all(text, "finds ")]:
            if POLLED_COUNT.match(text, pos):
                m = NAME_POLLED_BEFORE.search(text, max(0, pos - 80), pos)
            elif FOUND_NUMBER.match(text, pos) and (m := NAME_FOUND_BEFORE.search(text, max(0, pos - 80), pos)):
                m = m if m.group("poll_lead") or m.group("name").split()[-1] in RESEARCH_ORG_WORDS else None
            else:
                m = None
            if m is None:
                continue
            name, s = _clean_name(m.group("name")), m.start("name")
            if not name or name.split()[0] in NOT_A_SPONSOR or name in NOT_A_POLLSTER_SUBJECT or GEO.fullmatch(
                    name) or any(a < s + len(name) and s < b for a, b, *_ in named + found):
                continue
            if " " not in name and name.endswith("ing"):
                continue  # "Having questioned 22,000 people, ...": a participle opens the sentence, not a name
            longer = [n for n in named if self.text[n[0]:n[1]].startswith(name + " ") or n[2].startswith(name + " ")]
            if longer:  # "Abacus surveyed 1,915 adults" after "a new survey from Abacus Data": the same pollster
                found.append((s, s + len(name), longer[0][2], longer[0][3]))
                continue
            pollster = default_matcher().closest(name)
            found.append((s, s + len(name), pollster.name if pollster else name, pollster))
        return found

    def _named_before_poll(self, named: list[tuple]) -> list[tuple[int, int, str, Pollster | None]]:
        """Unknown names shaped like a pollster's before "poll"/"survey" (see NAME_BEFORE_POLL). A bare
        acronym may be an outlet's ("a CNN poll"): it is taken only where the article names no other
        pollster or the poll is written as paid for by someone else ("the CBS-AXA poll commissioned by")."""
        found, text = [], self.text
        for pos in self.cue_words.get("survey", ()):
            tracking = text.startswith("tracking", pos)
            if text[pos - 1:pos] != " " or not ((text.startswith(("poll", "survey"), pos) and POLL_WORD.match(
                    text, pos)) or BAROMETER_WORD.match(text, pos) or (tracking and TRACKING_WORD.match(text, pos))):
                continue
            before = text[text.rfind(" ", max(0, pos - 40), pos - 1) + 1:pos - 1]  # the word before: which
            possessor = reporter = m = None  # patterns can match at all (most polls follow "a" or "the")
            if before[:1].isupper() and not tracking:  # "a Redfield poll"; a tracking is only a possessor's
                m = NAME_BEFORE_POLL.search(text, max(0, pos - 80), pos)
            if not m and (before.endswith(("'s", "’s", "'", "’")) or before in POLL_ADJECTIVES):
                possessor = POSSESSOR_BEFORE_POLL.search(text, max(0, pos - 90), pos)
            if not (m or possessor) and before.islower() and not tracking and (
                    text.find("'s ", max(0, pos - 45), pos) >= 0 or text.find("’s ", max(0, pos - 45), pos) >= 0):
                possessor = self._described_survey_owner(pos)
            if not (m or possessor) and before[:1].isupper() and (owner := self._titled_poll_owner(pos, named + found)):
                found.append(owner)
                continue
            if not (m or possessor) and before in REPORTER_LEADS and not tracking:
                reporter = ACRONYM_REPORTS_POLL.search(text, max(0, pos - 40), pos) if contains_any(
                    text[max(0, pos - 40):pos], REPORTING_VERBS) else None
            if not (m or possessor or reporter) and "/" in before and (
                    short := SLASHED_NAME.search(text, pos - 1 - len(before), pos)):  # "a Times/Siena poll"
                if (pollster := default_matcher().extended(short.group("name"), NAME_TAIL_WORDS)) and not any(
                        a < short.end("name") and short.start("name") < b for a, b, *_ in named + found):
                    found.append((short.start("name"), short.end("name"), pollster.name, pollster))
                continue
            if not (m or possessor or reporter):
                continue
            m = m or possessor or reporter
            name, s = _clean_name(m.group("name")), m.start("name")
            if name and (owned := OWNED_NAME.search(name)) and (
                    pollster := default_matcher().extended(owned.group("name"), NAME_TAIL_WORDS)
                    or default_matcher().closest(owned.group("name"))):
                s += owned.start("name")  # "the Herald Sun's RedBridge survey": the outlet's poll, that firm's
                if not any(a < s + len(owned.group("name")) and s < b for a, b, *_ in named + found):
                    found.append((s, s + len(owned.group("name")), pollster.name, pollster))
                continue
            if possessor and name and PERSON_LIKE.fullmatch(name) and ORGANISATION_WORDS.isdisjoint(name.split()):
                continue  # "Smith's poll": a person's
            if not name or any(a < s + len(name) and s < b for a, b, *_ in named + found):
                continue
            words = name.replace("’s ", " ").replace("'s ", " ").split()
            pollster_word = not POLLSTER_WORDS.isdisjoint(words) or (
                not MEMBER_BODY_WORDS.isdisjoint(words) and not RUN_BY_AFTER.match(text, pos))
            if GEO.fullmatch(words[0]) or DATE_ANCHOR.match(name) or WEEKDAY_NAME.match(name):
                continue
            if TITLE_OF_THE_BEFORE.search(text, max(0, s - 30), s):
                continue  # "the State of the Union survey": the last word of a survey's title
            paid_by_another = POLL_PAID_AFTER.match(text, pos)  # "the Muhlenberg survey, conducted for The Call"
            if paid_by_another and self._run_by_named(paid_by_another.end(), named):
                paid_by_another = None  # "the LatAm Pulse survey conducted for Bloomberg News by AtlasIntel": a title
            shaped = ACRONYM_NAME.fullmatch(words[0]) or possessor
            short = " ".join(words) + " "
            if longer := [n for n in named if n[3] is not None and (
                    text.startswith(short, n[0]) or n[2].startswith(short))]:
                found.append((s, s + len(name), longer[0][2], longer[0][3]))  # "the Emerson poll": Emerson College's
                continue
            if m and (pollster := default_matcher().extended(name, NAME_TAIL_WORDS)):
                found.append((s, s + len(name), pollster.name, pollster))  # "the Siena poll": not named in full
                continue
            if not (pollster_word or paid_by_another or reporter or (shaped and not (named or found)) or (
                    (named or found) and self._opens_another_poll(s, named + found)) or (
                    self._only_name_of_a_pollster(s, words, named + found))):
                self.poll_names.add(" ".join(words))  # "a new Focus poll": maybe a pollster's, maybe an outlet's
                continue
            pollster = default_matcher().closest(name)
            found.append((s, s + len(name), pollster.name if pollster else " ".join(words), pollster))
        if " of its " in text:
            for m in MEMBERS_SURVEY.finditer(text):
                s, e = m.span("name")
                if m.group("name").split()[0] not in NOT_A_SPONSOR and not any(
                        a < e and s < b for a, b, *_ in named + found):
                    pollster = default_matcher().closest(m.group("name"))
                    found.append((s, e, pollster.name if pollster else m.group("name"), pollster))
        if " Poll" in text:
            for m in NAME_POLL_REPORTS.finditer(text):
                s, e = m.span("name")
                if m.group("name").split()[0] not in NOT_A_SPONSOR and not any(
                        a < e and s < b for a, b, *_ in named + found):
                    found.append((s, e, m.group("name"), None))
        return found

    def _titled_poll_owner(self, pos: int, named: list[tuple]) -> tuple[int, int, str, Pollster | None] | None:
        """The body (a name with an organisation's word, no outlet's) whose survey, titled in capitals, ends at pos
        ("the Scanlon Foundation's annual Mapping Social Cohesion survey"): it runs its own titled survey."""
        low = max(0, pos - 120)
        if self.text.find("'", low, pos) < 0 and self.text.find("’", low, pos) < 0:
            return None  # (the possessive every match has, looked for first)
        titled = TITLED_POLL_OWNER.search(self.text, low, pos)
        owner = _clean_name(titled.group("name")) if titled else None
        if not owner or ORGANISATION_WORDS.isdisjoint(owner.split()) or not NOT_POLLSTER_NAME_WORDS.isdisjoint(
                owner.split()) or any(a < titled.end("name") and titled.start("name") < b for a, b, *_ in named):
            return None
        pollster = default_matcher().closest(owner)
        start = titled.start("name")
        return start, start + len(owner), pollster.name if pollster else owner, pollster

    def _only_name_of_a_pollster(self, name_start: int, words: list[str], named: list[tuple]) -> bool:
        """Whether an unknown name before "poll" ("a Cedatos poll") is its pollster's, no word of it being an outlet's,
        a party's or a topic's (NOT_POLLSTER_NAME_WORDS): where the article names no other pollster yet speaks of
        one ("the pollster interviewed 2,500 voters"), or names the others in other sentences the same way, as
        the pollster of a poll ("58% in the Criteria survey ... The Cadem poll put him at 57%")."""
        if not NOT_POLLSTER_NAME_WORDS.isdisjoint(words):
            return False
        if not named:
            return any(word in self.lowered for word in POLLSTER_SPOKEN_OF)
        s_start, s_end = self.sentence_of(name_start)
        return all(self.text.startswith((" poll", " survey"), n[1]) and not s_start <= n[0] < s_end for n in named)

    def _opens_another_poll(self, name_start: int, named: list[tuple]) -> bool:
        """Whether a name before "poll" opens a sentence that brings in another poll than the article's named
        ones ("A Fox News poll released the same week put ...", "The CIS barometer, in contrast, gives ..."):
        its figures are that poll's, not the last named pollster's. A bare acronym ("A CNN poll put ...") is
        more often an outlet's, so it needs the sentence to set its poll against the other."""
        s_start, s_end = self.sentence_of(name_start)
        lead = SECOND_POLL_LEAD.fullmatch(self.text, s_start, name_start)
        if not lead or any(s_start <= p[0] < s_end for p in named):
            return False
        acronym = (m := ACRONYM_NAME.match(self.text, name_start)) and self.text[m.end():m.end() + 1].isspace()
        return bool((lead.group("introduced") and not acronym) or lead.group("connective")  # "a CNN poll": an outlet's
                    or CONTRAST.search(self.lowered, s_start, s_end))

    def _unlisted_agencies(self, named: list[tuple]) -> list[tuple[int, int, str, Pollster | None]]:
        """Fieldwork agencies (FIELDWORK_AGENCY) the list and the other cues miss; every agency's span is kept
        in `agency_spans` for `publishers`."""
        self.agency_spans: list[tuple[int, int]] = []
        if not contains_any(self.lowered, AGENCY_GATES):
            return []
        found = []
        for m in self._fieldwork_agency_matches():
            group = next(g for g, written in m.groupdict().items() if written)
            s = m.start(group)
            name = _clean_name(_without_client(m.group(group)))
            if partner := POSSESSOR_PARTNER.match(self.text, s):
                s, name = partner.start("name"), _clean_name(_without_client(partner.group("name")))
            if not name or GEO.fullmatch(name) or DATE_ANCHOR.match(name) or WEEKDAY_NAME.match(name):
                continue  # "polled 1,214 people from Friday through Sunday": a day, no agency
            e = s + len(name)
            self.agency_spans.append((s, e))
            if not any(a < e and s < b for a, b, *_ in named + found):
                pollster = default_matcher().closest(name)
                found.append((s, e, pollster.name if pollster else name, pollster))
        return found

    def _fieldwork_agency_matches(self) -> Iterator[re.Match]:
        """What FIELDWORK_AGENCY.finditer finds, tried only where one of its forms can open (AGENCY_OPENINGS) unless
        the text has "partner" (those forms open with a name)."""
        text = self.text
        if "partner" in text:
            return FIELDWORK_AGENCY.finditer(text)
        openings = AGENCY_OPENINGS + (("by",) if "behalf" in text else ())
        return _matches_at(FIELDWORK_AGENCY, text, sorted({at for word in openings for at in find_all(text, word)}))

    def _named_institutes(self, named: list[tuple]) -> list[tuple[int, int, str, Pollster | None]]:
        """A name the list lacks before a lower-case "institute", as translated copy writes a pollster ("the
        Ipec institute had measured 31%"), not a place ("the Erfurt-based institute"); a capitalised "Institute"
        is part of some other body's name."""
        found: list[tuple[int, int, str, Pollster | None]] = []
        at = self.text.find(" institute")
        while at >= 0:
            m = NAME_BEFORE_INSTITUTE.search(self.text, max(0, at - 40), at + 1)
            if m and not GEO.fullmatch(name := m.group("name")) and not name.endswith("-based") and not any(
                    a < m.end("name") and m.start("name") < b for a, b, *_ in named):
                found.append((m.start("name"), m.end("name"), name, None))
            at = self.text.find(" institute", at + 10)
        return found

    def _written_short(self, named: list[tuple]) -> list[tuple[int, int, str, Pollster | None]]:
        """A named pollster's first word written alone elsewhere, where it opens no other listed name ("Abacus Data
        has the Tories at 41% ... In December, Abacus had them tied"): papers shorten a name once given in full."""
        found, text, matcher = [], self.text, default_matcher()
        for first, name in {(text[s:e].split()[0], n) for s, e, n, p in named if p is not None and " " in text[s:e]}:
            if (pollster := matcher.shortened(first)) is None or pollster.name != name:
                continue
            for at in find_all(text, first):
                end = at + len(first)
                if (at and _word_char(text[at - 1])) or (end < len(text) and _word_char(text[end])) or (
                        NEXT_NAME_WORD.match(text, end)) or any(a < end and at < b for a, b, *_ in named + found):
                    continue
                found.append((at, end, pollster.name, pollster))
        return found

    def _short_names_alone(self, named: list[tuple], capitalised: set[str]) -> list[tuple[int, int, str, Pollster]]:
        """A listed pollster's own first word never written in full ("Abacus" of Abacus Data, "Mainstreet" of
        Mainstreet Research), where the text has it run a survey (SHORT_NAME_RAN_AFTER) or cites it ("according
        to Abacus"): papers that know the pollster drop the generic rest of its name."""
        found: list[tuple[int, int, str, Pollster]] = []
        text, short_forms = self.text, _short_forms()
        for word in capitalised:
            if (pollster := short_forms.get(word.lower())) is None or word in NOT_A_SPONSOR or GEO.fullmatch(word):
                continue
            for at in find_all(text, word):
                end = at + len(word)
                if (at and _word_char(text[at - 1])) or (end < len(text) and _word_char(text[end])) or (
                        NEXT_NAME_WORD.match(text, end)) or any(a < end and at < b for a, b, *_ in named):
                    continue
                if (first := FIRST_NAME_BEFORE.search(text, max(0, at - 20), at)) and (
                        first.group(1) not in SENTENCE_OPENERS):
                    continue  # "Robert Redfield said": a person of that surname
                if SHORT_NAME_RAN_AFTER.match(text, end) or ACCORDING_TO_BEFORE.search(text, max(0, at - 16), at) or (
                        text.startswith((",", ")", "'s", "’s"), end) and (
                        VALUE_SOURCE_BEFORE.search(text, max(0, at - 16), at))):
                    found.append((at, end, pollster.name, pollster))
        return found

    def _pollster_websites(self, named: list[tuple]) -> list[tuple[int, int, str, Pollster]]:
        """A listed pollster's web address written in the text ("data published on ipsos.com"): its site names it.
        Found from its dotted endings (a cheap scan), each address read once from its first character."""
        found: list[tuple[int, int, str, Pollster]] = []
        text, by_domain, last_end = self.text, default_matcher().by_domain, -1
        for suffix in WEB_SUFFIX.finditer(text):
            begin = suffix.start()
            if begin < last_end:
                continue
            while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "-."):
                begin -= 1
            if not (host := WEB_HOST.match(text, begin)):
                continue
            last_end = host.end()
            pollster = by_domain.get(domain_key(host.group()) or "")
            if pollster and not any(a < host.end() and begin < b for a, b, *_ in named + found):
                found.append((begin, host.end(), pollster.name, pollster))
        return found

    def _written_again(self, named: list[tuple]) -> list[tuple[int, int, str, None]]:
        """The other places an unknown pollster's name is written ("TIFA said", a headline's "TIFA survey"),
        and its acronym alone where the name is the acronym and a word ("TIFA Research": "TIFA")."""
        found, text = [], self.text
        for s, e, name, pollster in named:
            if pollster is not None:
                continue
            forms = {text[s:e]}
            if " " in (written := text[s:e]) and ACRONYM_NAME.fullmatch(first := written.split()[0]):
                forms.add(first)
            if (bracket := BRACKETED_ACRONYM.match(text, e)) and " " in written:  # "... Development (BIGD)"
                forms.add(bracket.group(1))
            for form in forms:
                for at in find_all(text, form):
                    end = at + len(form)
                    if (at and _word_char(text[at - 1])) or (end < len(text) and _word_char(text[end])) or any(
                            a < end and at < b for a, b, *_ in named + found):
                        continue
                    found.append((at, end, name, None))
        return found

    @cached_property
    def publishers(self) -> dict[str, tuple[str, Pollster | None]]:
        """Publisher -> the fieldwork agency that ran its survey, where the article names one agency: the
        other pollsters named in its sentence, the two before or the title, else the only other one."""
        agencies = {(p[2], p[3]) for p in self.pollsters if any(a < p[1] and p[0] < b for a, b in self.agency_spans)}
        if len(agencies) != 1:
            return {}
        agency = next(iter(agencies))
        first = min(a for a, _ in self.agency_spans)
        i = max(0, bisect.bisect_right(self.sentence_starts, first) - 1)
        low, high = self.sentence_starts[max(0, i - 2)], self.sentence_ends[i]
        candidates = [p for p in self.pollsters if p[2] != agency[0] and not self._cited_in_passing(p[0])]
        others = {p[2] for p in candidates}
        near = {p[2] for p in candidates if low <= p[0] < high}
        if (title := self.title_pollster[0]) and title != agency[0]:
            near.add(title)
        chosen = near or (others if len(others) == 1 else set())
        return {name: agency for name in chosen}

    def _cited_in_passing(self, name_start: int) -> bool:
        """Whether a name's sentence cites its poll in passing ("That is in line with Pew's finding of 69%"): no
        publisher of the survey another agency ran."""
        p_start, p_end = self.sentence_of(name_start)
        return self._brings_another_poll(name_start) or (any(
            self.lowered.find(word, p_start, p_end) >= 0 for word in PASSING_POLL_WORDS) and PASSING_POLL.search(
            self.lowered, p_start, p_end) is not None)

    def _sponsors(self) -> list[tuple[int, str]]:
        """Who paid: "a poll for The Observer", "commissioned by X", "X-commissioned", "X commissioned
        Opinium", "Ifop for Le Figaro", and the outlet written next to a pollster running a poll ("the
        Times/YouGov poll", "the YouGov/Times poll", "Guardian Essential poll")."""
        found, last_end = [], -1
        candidates = sorted({*self.cue_words.get("survey", ()), *self.cue_words.get("paid", ())})
        # PUBLISHED_BY opens with RESEARCH_OR_STUDY or has one of these after
        last_published = max(self.text.rfind("published"), self.text.rfind("released"))
        for pos in candidates:
            if pos < last_end:
                continue
            m = SPONSOR.match(self.text, pos)
            if m is None and self.text.startswith("-commissioned", pos - 1):
                m = SPONSOR.search(self.text, max(last_end, pos - 60), pos + 12)
            if m and m.lastgroup in ("name", "name4") and self._part_of_pollster_name(*m.span(m.lastgroup)):
                continue  # "a survey by Merdeka Centre for Opinion Research": the "for" is the pollster's name's
            if m:
                last_end = m.end()
                names = m.group("name", "name2", "name3", "name4", "name5")
                found.append((m.start(), next(name for name in names if name), True))
            elif self.text.startswith("commissioned ", pos) and self.text[pos + 13:pos + 14].isupper() and (
                    c := COMMISSIONER_BEFORE.search(self.text, max(0, pos - 60), pos)):
                found.append((c.start("name"), c.group("name"), True))  # "The Trust commissioned Opinium"
            elif (pos < last_published or self.text.startswith(RESEARCH_OR_STUDY, pos)) and (
                    p := PUBLISHED_BY.match(self.text, pos)):  # a pollster's own name here is no sponsor (not explicit)
                last_end = p.end()
                if not self._part_of_pollster_name(*p.span(p.lastgroup)):  # not "by the Office (for National ...)"
                    found.append((p.start(), p.group("name") or p.group("name2"), False))
        for pos in self.cue_words.get("survey", ()):
            if self.text.startswith(("poll", "survey"), pos) and self.text[pos - 2:pos - 1].isalpha() and (
                    POLL_WORD.match(self.text, pos)) and "A" <= last_token(self.text[max(0, pos - 50):pos - 1])[
                    :1] <= "Z" and (  # (the name's last word is capitalised: most polls follow "the" or "a")
                    m := NAMED_POLL_BEFORE.search(self.text, max(0, pos - 50), pos)) and not WEEKDAY_NAME.search(
                    m.group("name")) and not self._names_pollster(m.start("name"), pos) and not (
                    POLL_PAID_AFTER.match(self.text, pos)):  # "the X survey, published by Y": Y's
                if of_the := OF_THE_BEFORE.search(self.text, max(0, m.start("name") - 12), m.start("name")):
                    if outlet := self._titled_poll_outlet(of_the.start()):
                        found.append(outlet)  # "the India Today Mood of the Nation survey"
                    continue
                found.append((m.start("name"), m.group("name"), False))  # "an Observer poll"
        if "collaboration" in self.lowered or "partnership" in self.lowered or "joint " in self.lowered:
            for m in COLLABORATION.finditer(self.text):
                first, second = m.group("first", "second")
                if (_first_pollster(first)[0] is None) != (_first_pollster(second)[0] is None):
                    found.append((m.start(), first if _first_pollster(second)[0] else second, False))
        for n, (start, end, name, pollster) in enumerate(self.pollsters):
            if self.sponsored[n] and not self._sponsored(start):
                found.append((start, name, True))  # publisher (see _publishes)
            before = start - 40  # the outlet's name and the character before it, within 40 characters
            m = OUTLET_BEFORE.search(self.text, before + 1 if before > 0 else 0, start)
            misspelt_name = m and m.group("name").isupper() and m.group()[len(m.group("name")):] == " "  # "CDS Lokniti"
            if m and (CONDUCTS_AFTER.match(self.lowered, end) or _names_a_poll(self.text[start:end])) and (
                    not misspelt_name):
                lead, _, rest = m.group("name").partition(" ")  # "In ARD's latest poll", "The BRC-Opinium survey"
                leading = lead in SENTENCE_PREPOSITIONS or (lead == "The" and rest.isupper())
                skip = len(lead) + 1 if rest and leading else 0
                found.append((m.start("name") + skip, m.group("name")[skip:], False))
            if self.article.outlet and start >= 4 and OUR_POLL_BEFORE.search(self.text, max(0, start - 60), start):
                found.append((start, self.article.outlet, True))  # "our latest weekly poll with YouGov": the outlet's
            written = self.text[start:end]  # a listed "Reuters/Ipsos" (or "Reuters-Ipsos"): the outlet paid
            if pollster and ("/" in written or ("-" in written and {written.lower(), JOINED_NAME_BREAK.sub(
                    "/", written).lower()}.intersection(alias.lower() for alias in pollster.aliases))):
                found.extend((start, part, False) for part in JOINED_NAME_BREAK.split(written)
                             if part.lower() not in name.lower() and _first_pollster(part)[0] != name)
            if self.text.startswith(" and ", end) and POLL_FROM_BEFORE.search(
                    self.lowered, max(0, start - 25), start) and (partner := WITH_PARTNER_AFTER.match(self.text, end)):
                found.append((partner.start("name"), partner.group("name"), False))  # "a poll from X and USAFacts"
            if _institution(name) and self._joined_to_polling_firm(n):  # "King's College London and Ipsos"
                found.append((start, name, True))  # (a listed name, so taken as sponsor only explicitly)
            if after := SPONSOR_AFTER_POLLSTER.match(self.text, end):  # "Ifop for Le Figaro"
                found.append((after.start("name"), after.group("name"), True))
            if (slash := OUTLET_AFTER.match(self.text, end)) and CONDUCTS_AFTER.match(self.lowered, slash.end()):
                found.append((slash.start("name"), slash.group("name"), False))  # "the YouGov/Times poll"
        named = sorted({(pos, name) for pos, raw, explicit in found if (name := _sponsor_name(raw, explicit))})
        return sorted({*named, *self._client_possessive_polls({name for _, name in named})}) if named else named

    def _client_possessive_polls(self, clients: set[str]) -> list[tuple[int, str]]:
        """Where a client the article names as paying for a poll is written again as its owner ("the Observer's
        numbers", "the Observer's latest poll"): that sentence's figures are that client's poll, not those of a
        rival firm named before with a client of its own ("A YouGov poll for The Times ...")."""
        found, text = [], self.text
        for client in clients:
            for apostrophe in ("'s ", "’s "):
                at = text.find(client + apostrophe)
                while at >= 0:
                    after = at + len(client) + 3
                    if (at == 0 or not text[at - 1].isalnum()) and CLIENT_POLL_AFTER.match(self.lowered, after):
                        found.append((at, client))
                    at = text.find(client + apostrophe, after)
        return found

    def _part_of_pollster_name(self, start: int, end: int) -> bool:
        """Whether a name found between the positions is only part of a pollster's name written around it."""
        n = bisect.bisect_right(self.pollster_starts, start) - 1
        return n >= 0 and start < self.pollsters[n][1] and (self.pollsters[n][0] < start or self.pollsters[n][1] > end)

    def _titled_poll_outlet(self, title_end: int) -> tuple[int, str, bool] | None:
        """The outlet opening a poll's title ("the India Today Mood of the Nation survey": India Today), where a
        word of an outlet's name (OUTLET_NAME_WORDS) ends the capitalised words before the title's own."""
        m = TITLE_RUN_BEFORE.search(self.text, max(0, title_end - 60), title_end)
        if not m:
            return None
        words = m.group("run").split()
        ends = [k for k, word in enumerate(words[:-1]) if word in OUTLET_NAME_WORDS]
        return (m.start("run"), " ".join(words[:ends[-1] + 1]), False) if ends else None

    def _names_pollster(self, start: int, end: int) -> bool:
        """Whether a pollster's name starts between the two positions."""
        return bisect.bisect_left(self.pollster_starts, start) < bisect.bisect_left(self.pollster_starts, end)

    def _nearest_sponsor(self, start: int, pollster: str | None) -> str | None:
        """The closest sponsor named with this pollster (when the pollster is unknown, of those named with no
        pollster, else any: "A poll for ZDF put the SPD at 15%" is ZDF's though "An INSA poll for Bild" follows);
        none where that is the pollster itself ("a survey commissioned by the UNDP" run by the UNDP)."""
        sponsor = self.sponsors_near.nearest(start, pollster)
        if pollster is None and (unnamed := self.sponsors_near.nearest(start, None, any_key=False)):
            sponsor = unnamed
        return None if sponsor and pollster and pollster in (sponsor, _first_pollster(sponsor)[0]) else sponsor

    def _samples(self) -> list[tuple[int, int]]:
        """Sample sizes: "a survey of 1,034 voters", "804 respondents took part", "n=1,000", "1.200 adults"."""
        found, text = [], self.text
        for m in self.numbers:
            start = m.start()
            if start and text[start - 1] == "." and (dotted := self._dot_thousands_sample(m)):
                found.append(dotted)
                continue
            if _is_year(m.group()) and not text.startswith(".", m.end()):
                continue  # a year is no sample: _plausible_sample says so too, after the costlier checks below
            if start and (text[start - 1] in ".," or ((text[start - 2:start - 1].isdecimal() or text[
                    start - 1] == "\n") and SPACED_THOUSANDS_BEFORE.search(text, max(0, start - 5), start))):
                continue  # the "200" of "1.200" or "2 500" is only part of a number
            sample = SAMPLE_NUMBER.match(text, start)
            if not sample or not _plausible_sample(sample.group(1)):
                continue
            if self._sized_by(start, sample.end()):
                found.append((start, int(sample.group(1).replace(",", ""))))
        written = {pos for pos, _ in found}
        found += [(start, size) for start, size in self.detected_samples if start not in written]
        return sorted(found)

    def _whole_samples(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The sizes that are a whole sample, without the counts of a night or a part (PER_PERIOD_AFTER,
        PART_BEFORE) when another size is written; the parts are not summed: a total not written is not known."""
        whole = [(pos, size) for pos, size in found if not self._part_count(pos)]
        return whole or found

    def _part_count(self, pos: int) -> bool:
        """Whether the count at pos is of one night or one part of the sample (see PER_PERIOD_AFTER)."""
        end = run.end() if (run := DIGIT_RUN.match(self.text, pos)) else pos
        return bool(PER_PERIOD_AFTER.match(self.text, end, end + 60)
                    or PART_BEFORE.search(self.text, max(0, pos - 40), pos))

    def _sized_by(self, start: int, end: int) -> bool:
        """Whether the count at text[start:end] is a sample: those who answered ("1,200 of them gave answers"),
        or those surveyed unless the sentence goes on to say how many of them answered."""
        s_start, s_end = self.sentence_of(start)
        if responded_count(self.lowered, end, s_end):
            return True
        before = self.lowered[max(0, start - 50):start]
        return bool(SAMPLE_LEAD.search(before)
                    or (SAMPLE_BEFORE.search(before) and SAMPLE_AFTER.match(self.text, end, end + 60))
                    or self._sample_verb_after(end)) and not contacted_count(
            self.lowered, start, end, s_start, s_end)

    def _sample_verb_after(self, end: int) -> bool:
        """Whether SAMPLE_VERB_AFTER matches right after a count ("804 respondents took part"): tried only where one of
        its verbs (SAMPLE_VERBS) follows within its reach, as after most counts none does."""
        return contains_any(self.text[end:end + 60], SAMPLE_VERBS) and (
            SAMPLE_VERB_AFTER.match(self.text, end, end + 60) is not None)

    def _dot_thousands_sample(self, run: re.Match) -> tuple[int, int] | None:
        """A sample written with a dot between thousands ("1.200 respondents", "2.034 adults were asked"),
        given the run of digits after the dot: only three digits, and people right after, so no decimal."""
        end = run.end()
        whole = DOT_THOUSANDS.search(self.text, max(0, run.start() - 5), end)
        if not whole or (end < len(self.text) and self.text[end] in ".,0123456789"):
            return None
        before = self.lowered[max(0, whole.start() - 50):whole.start()]
        led = SAMPLE_LEAD.search(before) or SAMPLE_BEFORE.search(before)
        if (led and SAMPLE_AFTER.match(self.text, end, end + 60)) or self._sample_verb_after(end):
            return whole.start(), int(NON_DIGIT.sub("", whole.group()))
        return None

    def _margins(self) -> list[tuple[int, float]]:
        """Margins of error: "a margin of error of 3.1 points", "±2.5%", "plus or minus 3 points"."""
        found, last_end = [], -1
        for pos in self.cue_words.get("margin", ()):
            if pos >= last_end and (m := MARGIN.match(self.text, pos)):
                last_end = m.end()
                value = float(m.group("m") or m.group("m2"))
            elif self.text.startswith("margin of", pos) and (
                    m := MARGIN_NUMBER_BEFORE.search(self.text, max(0, pos - 30), pos)):
                value = float(m.group("m"))  # "a 3-point margin of error"
            else:
                continue
            if 0 < value <= 15:
                found.append((m.start(), value))
        return found

    def _survey_population(self) -> str | None:
        for pos in self.cue_words.get("survey", ()):
            if (self.text.find("of", pos, pos + 12) > 0 and (m := POPULATION_OF_SURVEY.match(self.text, pos))
                    and not UNDESCRIPTIVE_SAMPLE.fullmatch(m.group("np"))):
                return m.group("np")
        return self._sampled_population() or self._people_named

    def _sampled_population(self) -> str | None:
        """Who the first sample size counts, where it says more than "people": "interviewed 1,200 adult Filipinos",
        "among 2,398 people aged 18 or older"."""
        positions = self.samples.groups.get(ANY_POLLSTER, ((),))[0]
        for pos in positions[:1]:
            if (run := DIGIT_RUN.match(self.text, pos)) and (m := SAMPLED_POPULATION.match(self.text, run.end())) and (
                    not UNDESCRIPTIVE_SAMPLE.fullmatch(np := m.group("np").strip())):
                return np
        return None

    @cached_property
    def _people_named(self) -> str | None:
        """The people the article names most often ("Kenyans"): whom a national poll asked, where nothing else says."""
        counts = Counter(form for _, form in self.geo_matches if form in PEOPLES)
        return counts.most_common(1)[0][0] if counts else None

    def _article_geography(self) -> str | None:
        for population in (self.population, self._people_named):
            if population and (code := _geography(population)):
                return code
        counts = Counter(GEO_CODE[form] for _, form in self.geo_matches)
        if not counts:
            return None
        (code, n), *rest = counts.most_common(2)
        return code if not rest or n > rest[0][1] else None

    def _population_and_subgroup(self, noun_phrase: str | None) -> tuple[str | None, str | None]:
        """Who a share is of: the whole sample ("of registered voters", "adults in Britain" in a British
        poll) or a subgroup ("of women", "in cities", "those in Spain and Italy" in a multi-country poll).
        Figures of one article often name one group: each group is worked out once."""
        if noun_phrase not in self.population_of_group:
            self.population_of_group[noun_phrase] = self._population_of(noun_phrase)
        return self.population_of_group[noun_phrase]

    def _population_of(self, noun_phrase: str | None) -> tuple[str | None, str | None]:
        if not noun_phrase or _content_words(noun_phrase) == 0 or _first_pollster(noun_phrase)[0]:
            return self.population, None
        group, _, place = noun_phrase.partition("in ") if noun_phrase.startswith("in ") else (
            noun_phrase.partition(" in "))
        if place and not self._home(place):
            return self.population, noun_phrase.removeprefix("in ")  # a place within the survey: a subgroup
        if not group:
            return self.population, None  # "62% in Britain" in a British poll: the whole sample
        if is_whole_sample(noun_phrase, PLACE_NAMES):
            # "of those polled", "of respondents", "of the vote" say the whole sample but not who it is
            return (self.population if UNDESCRIPTIVE_SAMPLE.fullmatch(noun_phrase) else noun_phrase), None
        return self.population, noun_phrase

    def _home(self, place: str) -> bool:
        """Whether a place is where the whole survey was done: the poll's country ("Belarusian cities" in a
        Belarus poll), all of its places ("all countries", "50 countries"), or a place its population names."""
        if ALL_PLACES.match(place):
            return True
        code = _geography(place)
        if code:
            return code == self.article_geography
        return bool(self.population) and place.lower() in self.population.lower()


class _NearestBy:
    """Items (position, key, value) in text order: the value nearest a position, among one key's items."""

    def __init__(self, items: list[tuple[int, str | None, str]]):
        self.all = ([pos for pos, _, _ in items], [value for _, _, value in items])
        self.by_key: dict[str | None, tuple[list[int], list[str]]] = {}
        for pos, key, value in items:
            positions, values = self.by_key.setdefault(key, ([], []))
            positions.append(pos)
            values.append(value)

    def nearest(self, pos: int, key: str | None, any_key: bool = True) -> str | None:
        """The nearest value, one written after the position counting as a little further (see _distance); of
        any key where `key` is None, unless `any_key` is False (then of the items keyed None)."""
        positions, values = self.all if key is None and any_key else self.by_key.get(key, ([], []))
        if not positions:
            return None
        i = bisect.bisect_left(positions, pos)
        if i == 0 or (i < len(positions) and _distance(positions[i], pos) < _distance(positions[i - 1], pos)):
            return values[i]
        return values[i - 1]  # the earlier one on a tie


class _ByPollster:
    """An article's survey facts (position, value), e.g. sample sizes: a mention takes the nearest of its
    pollster's, else of those in sentences naming no pollster (never another's: "A separate Ipsos poll of
    1,000 adults" does not size the YouGov survey), else, for a mention naming no pollster, any."""

    def __init__(self, context: ArticleContext, items: list[tuple[int, float]]):
        self.groups: dict[str | None, tuple[list[int], list[float]]] = {}
        for pos, value in items:
            s_start, s_end = context.sentence_of(pos)
            for key in context.fact_keys(context.pollster_for(pos, s_start, s_end)[0], s_start, s_end, lend=False):
                positions, values = self.groups.setdefault(key, ([], []))
                positions.append(pos)
                values.append(value)

    def nearest(self, pos: int, pollster: str | None) -> float | None:
        positions, values = self.groups.get(pollster) or self.groups.get(
            UNNAMED_POLLSTER if pollster else ANY_POLLSTER) or ((), ())
        i = _nearest_index(positions, pos)
        return values[i] if i is not None else None


class _SurveyDates:
    """The survey date a mention takes: one of its pollster's (else any), preferring a fieldwork cue
    ("conducted", "between"), then its own sentence, then a month or day over a bare year, then the
    nearest. Grouped and sorted once, so each mention costs a few bisections."""

    def __init__(self, context: ArticleContext, dates: list[DateSpan]):
        self.groups: dict[str | None, list[list[DateSpan]]] = {}
        for d in dates:
            s_start, s_end = context.sentence_of(d.start)
            pollster = context.pollster_for(d.start, s_start, s_end)[0]
            # "In May, 80% trusted him" (no fieldwork word) is that value's month, often an earlier wave's: last
            tier = 0 if context._strong_cue(d) else 2 if context._dates_a_value(d, s_start, s_end) else 1
            for key in context.fact_keys(pollster, s_start, s_end):
                self.groups.setdefault(key, [[], [], []])[tier].append(d)
            if tier < 2 and pollster and (client := context.poll_referred_back(s_start, s_end, pollster)):
                self.groups.setdefault(client, [[], [], []])[tier].append(d)  # "The survey was carried out by Ipsos"
        self.tiers = {key: [(n, _DateTier(t)) for n, t in enumerate(tiers) if t] for key, tiers in self.groups.items()}
        self.namesakes: dict[str, list[tuple[int, _DateTier]] | None] = {}  # pollster -> see _namesake

    def best(self, start: int, s_start: int, s_end: int, pollster: str | None) -> DateSpan | None:
        """A named pollster without dates of its own never takes a date whose sentence names another:
        "An Infratest poll, conducted from 20 to 22 January" does not date the Forsa figure before it."""
        tiers = self.tiers.get(pollster) or (pollster and self._namesake(pollster)) or (
            self.tiers.get(UNNAMED_POLLSTER if pollster else ANY_POLLSTER))
        if not tiers:
            return None
        tier, dates = tiers[0]
        found = dates.best(start, s_start, s_end)
        # "Harlan has 48%. In August, Quinnipiac had the race tied at 46%": a later value's own month is no date
        # of the figures before it (a comparison names the earlier wave after the current one)
        return None if tier == 2 and found.start >= s_end else found


    def _namesake(self, pollster: str) -> list[tuple[int, _DateTier]] | None:
        """The dates of a pollster written with the same first word ("a Market survey" and "Market-Institut
        interviewed 800 people from 14 to 16 April"): one organisation, named short and in full. Looked for once
        per pollster, as each of its figures asks again. Also a body whose acronym the pollster's name joins to
        another ("NORC" of "AP-NORC": "conducted March 6-10 using NORC's panel" dates the AP-NORC poll)."""
        if pollster not in self.namesakes:
            first = _first_name_word(pollster)
            joined = {w.lower() for w in JOINED_ACRONYM.findall(pollster)}
            self.namesakes[pollster] = next((
                tiers for key, tiers in self.tiers.items() if key and key[0] != "\x00" and key != pollster
                and ((len(first) > 2 and _first_name_word(key) == first) or (
                    key.split(" ", 1)[0].isupper() and _first_name_word(key) in joined))), None)
        return self.namesakes[pollster]


class _DateTier:
    def __init__(self, dates: list[DateSpan]):
        self.dates, self.starts = dates, [d.start for d in dates]
        self.precise = [d for d in dates if d.precision != "year"]
        self.precise_starts = [d.start for d in self.precise]
        self.years = [d for d in dates if d.precision == "year"]
        self.year_starts = [d.start for d in self.years]

    def best(self, start: int, s_start: int, s_end: int) -> DateSpan:
        in_sentence = self.dates[bisect.bisect_left(self.starts, s_start):bisect.bisect_left(self.starts, s_end)]
        if in_sentence:
            return min(in_sentence, key=lambda d: (d.precision == "year", abs(d.start - start)))
        dates, starts = (self.precise, self.precise_starts) if self.precise else (self.years, self.year_starts)
        return dates[_nearest_index(starts, start)]


# --- helpers ----------------------------------------------------------------------------------------
def _is_quarter(lowered: str, d: DateSpan) -> bool:
    """Whether a date is a year's quarter ("Q3 2025", "the third quarter of 2025")."""
    return lowered.startswith("q", d.start) or lowered.find("quarter", d.start, d.end) >= 0


def _first_name_word(name: str) -> str:
    return name.replace("-", " ").split(" ", 1)[0].lower()


def _cue_words(text: str) -> dict[str, list[int]]:
    """Where the words that start sample, sponsor, margin and unknown-pollster phrases occur, by kind (a kind
    none of whose words occurs is left out)."""
    found: dict[str, list[int]] = {}
    for word, kind in CUE_KIND.items():
        if word in text:  # most of the words are not: one scan each, and no list
            found.setdefault(kind, []).extend(find_all(text, word))
    for positions in found.values():
        positions.sort()
    return found


def _geo_matches(text: str, capitalised: set[str]) -> list[tuple[int, str]]:
    """(position, form) of every place or people name (GEO), found only where its first word occurs."""
    found: list[tuple[int, str]] = []
    last_end = -1
    for pos, word in sorted((p, w) for w in capitalised.intersection(GEO_FIRST_WORDS) for p in find_all(text, w)):
        if pos >= last_end and (m := GEO_BY_FIRST_WORD[word].match(text, pos)):
            found.append((pos, m.group()))
            last_end = m.end()
    return found


def _breaks_clause(gap: str) -> bool:
    """Whether a clause ends in the text: each kind of break is looked for only where its character or
    word occurs (one alternation of them all is tried at every position of the text, which costs more)."""
    return (";" in gap or ("respectively" in gap and RESPECTIVELY.search(gap) is not None)
            or (("-" in gap or "–" in gap or "—" in gap) and DASH_BREAK.search(gap) is not None)
            or (("%" in gap or "per" in gap) and VALUE_IN_PERIOD.search(gap) is not None))


def _last_true_index(flags: list[bool]) -> list[int]:
    """For each index, the last index at or before it whose flag is set (-1 if none)."""
    out, last = [], -1
    for n, flag in enumerate(flags):
        last = n if flag else last
        out.append(last)
    return out


def _next_true_index(flags: list[bool]) -> list[int]:
    """For each index, the first index at or after it whose flag is set (-1 if none)."""
    out, nxt = [0] * len(flags), -1
    for n in range(len(flags) - 1, -1, -1):
        nxt = n if flags[n] else nxt
        out[n] = nxt
    return out


def _nearest_index(positions: list[int], pos: int) -> int | None:
    """Index of the position nearest `pos` (the earlier one on a tie), by bisection."""
    if not positions:
        return None
    i = bisect.bisect_left(positions, pos)
    if i == len(positions) or (i > 0 and pos - positions[i - 1] <= positions[i] - pos):
        return bisect.bisect_left(positions, positions[i - 1])
    return i


def _sponsor_name(raw: str | None, explicit: bool = False) -> str | None:
    """A cleaned sponsor name, or None; a pollster's name is a sponsor only where the text says it paid
    (`explicit`: "on behalf of the International Republican Institute"), not as "Ipsos/Reuters"."""
    name = _clean_name(raw)
    if name and (owner := PLACE_OWNER.match(name)) and (GEO.fullmatch(owner.group("place")) or name.startswith(
            OWNED_TITLE_OPENINGS, owner.end())):
        name = name[owner.end():]  # "for Peru's El Comercio": the paper, not its country
    if name and " on " in name:
        name = WHEN_AFTER_NAME.sub("", name)  # "for Le Figaro on Monday" (not "the Mail on Sunday": a paper's name)
    if not name or (len(name.split()) == 1 and name in NOT_A_SPONSOR) or name.removeprefix("The ") in INSTITUTE_WORDS:
        return None
    if GEO.fullmatch(name) or DATE_ANCHOR.fullmatch(name) or (not explicit and _first_pollster(name)[0] is not None):
        return None
    return name


def _one_client(a: str, b: str) -> bool:
    """Whether two sponsor names are one client written two ways ("ZDF", "ZDF's Politbarometer"; "the Nine
    newspapers", "Nine"): a word in common other than an article (of any language) or an outlet's kind."""
    return bool(set(WORD.findall(a.lower())) & set(WORD.findall(b.lower())) - CLIENT_FILLER_WORDS)


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, Pollster]:
    """Lower-case first word -> the one listed pollster it opens, where the rest of that name is only generic
    words (NAME_TAIL_WORDS: "Abacus" Data, "Emerson" College Polling) and the word is no name of its own."""
    matcher = default_matcher()
    return {word: pollster for word in matcher.by_opening if " " not in word and word not in matcher.by_form
            and (pollster := matcher.shortened(word)) is not None
            and (matcher.extended(word, NAME_TAIL_WORDS) is pollster or _partners_name(pollster.name, word))}


def _partners_name(name: str, word: str) -> bool:
    """Whether a firm's name joins its founders' ("Redfield & Wilton Strategies"): papers call it by the first."""
    words = name.split()
    return len(words) >= 3 and words[0].lower() == word and words[1] in ("&", "and")


def _day_after(fieldwork: Fieldwork) -> Fieldwork:
    """A one-day fieldwork moved to the next day: a survey "in the days after" an event starts once it is over."""
    day = (dt.date.fromisoformat(fieldwork.start) + dt.timedelta(days=1)).isoformat()
    return replace(fieldwork, start=day, end=max(day, fieldwork.end))


def _shortened_names(known: list[tuple]) -> list[tuple]:
    """A listed name the article also writes in a longer listed form is that one ("The Gallup Korea number
    arrives ... Gallup had him at 58%"): papers shorten a name once given in full; where two longer forms
    extend it (Gallup Korea and Gallup Pakistan), which one is meant stays open."""
    names = {k[2]: k[3] for k in known}
    longer = {name: [other for other in names if other.startswith(name + " ")] for name in names}
    return [(s, e, (full := longer[name][0]), names[full]) if len(longer[name]) == 1 else (s, e, name, pollster)
            for s, e, name, pollster in known]


def _bracketed_acronyms(text: str, known: list[tuple]) -> list[tuple]:
    """A listed name followed by another listed one in brackets ("the Public Opinion Research Centre (CBOS)")
    names one body: the bracketed short form is the one the list ties to a single organisation, where a
    translated long name may be shared by several (Poland's and the Czech Republic's centres)."""
    if " (" not in text:
        return known
    renamed = list(known)
    for i in range(len(known) - 1):
        (s, e, name, _), after = known[i], known[i + 1]
        if after[2] != name and text[e:after[0]] == " (" and text[after[1]:after[1] + 1] == ")":
            renamed[i] = (s, e, after[2], after[3])
    return renamed


def _one_form_per_body(text: str, unknown: list[tuple]) -> list[tuple]:
    """An unlisted body written with its acronym goes by one form in every outlet: its long name with the
    acronym in brackets where the article spells both ("the Centre for Civic Studies (CCS)": readers and
    annotators may write either), else the acronym ("a University of Lima CCS survey" is "CCS"); the linker joins
    a bare "CCS" of another outlet to either (link.written_shorter). A name of acronyms only ("CCS-UL") stays as
    written, the linker joining it to its first acronym."""
    short: dict[str, str] = {}
    for _, e, name, pollster in unknown:
        if pollster is not None or name in short:
            continue
        if bracket := BRACKETED_ACRONYM.match(text, e):
            short[name] = f"{name} ({bracket.group(1)})"
        elif len(acronyms := ACRONYM_WORD.findall(name)) == 1 and " " in name.strip():
            short[name] = acronyms[0]
    if not short:
        return unknown
    return [(s, e, short.get(name, name), pollster) if pollster is None else (s, e, name, pollster)
            for s, e, name, pollster in unknown]


def _whole_name(text: str, known: tuple) -> tuple:
    """A known name that is part of a longer name written around it (NAME_WORDS_BEFORE, BODY_AFTER) is that
    longer name, unknown unless it is close to a listed one; else the known name as found."""
    start, end = known[0], known[1]
    if after := BODY_AFTER.match(text, end):
        end = after.end()
    elif all(w in ORGANISATION_WORDS for w in WORD.findall(text[start:end])) and (
            before := NAME_WORDS_BEFORE.search(text, max(0, start - 40), start)) and (
            before.group("name").split()[0] not in NOT_A_SPONSOR):
        start = before.start("name")
    else:
        return known
    whole = text[start:end]
    closest = default_matcher().closest(whole, cutoff=0.92)
    return start, end, closest.name if closest else whole, closest


def _without_client(name: str) -> str:
    """ "a poll by STEM for CNN Prima News": the pollster is STEM (CNN Prima News paid); a "for" after a word
    like Centre or Institute is part of the name ("Centre for Policy Studies")."""
    head, sep, _ = name.partition(" for ")
    return head if sep and not NAME_WITH_FOR.search(head) else name


def _names_a_poll(name: str) -> bool:
    """A pollster name that is itself a poll's name ("Essential poll"): an outlet in front of it paid for it."""
    return name.lower().endswith(("poll", "survey", "barometer", "trend", "monitor"))  # "DeutschlandTrend"


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _distance(pos: int, start: int) -> int:
    """How far a name is from the value; a name after the value counts as a little further."""
    return abs(pos - start) + (0 if pos < start else 40)


def _sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    starts, ends = zip(*(split_sentences(text) or [(0, len(text))]), strict=True)
    return list(starts), list(ends)


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdecimal() and 1950 <= int(number) <= 2099


def _plausible_sample(number: str) -> bool:
    """Whether a SAMPLE_NUMBER ("1,034": digits and commas) is a sample's size."""
    n = int(number.replace(",", ""))
    return 50 <= n <= 10_000_000 and not (1950 <= n <= 2099 and "," not in number)


@lru_cache(maxsize=4096)
def _title_label(title: str) -> str | None:
    """The name a headline is labelled with: "Ipec: approval steady", "Approval steady - Ipec"."""
    m = TITLE_LABEL.fullmatch(title.strip())
    return (m.group("lead") or m.group("tail")) if m else None


def _institution(name: str) -> bool:
    """Whether a listed name is a university, foundation or bank that works with pollsters rather than a polling
    firm ("King's College London", not "Emerson College Polling" nor "Siena College Research Institute")."""
    words = set(name.split())
    return not words.isdisjoint(INSTITUTION_WORDS) and words.isdisjoint(POLLING_NAME_WORDS)


def _title_short_name(title: str) -> Pollster | None:
    """A listed pollster's first word alone as a headline's label or before its poll word ("Curia poll: Labour
    slips", "Leger: Liberals ahead"): headlines shorten a name the way copy does (see _short_names_alone)."""
    m = TITLE_SHORT_NAME.match(title.strip())
    word = m and (m.group("label") or m.group("poll"))
    return _short_forms().get(word.lower()) if word and word not in NOT_A_SPONSOR and not GEO.fullmatch(word) else None


@lru_cache(maxsize=4096)
def _first_pollster(text: str) -> tuple[str | None, Pollster | None]:
    """The first known pollster a short text names (a title, a sponsor, a group): kept, as every figure of an
    article asks about its sponsor and group again, and the same groups ("of voters") recur across articles."""
    found = default_matcher().find(text)
    return (found[0].pollster.name, found[0].pollster) if found else (None, None)


PAID_FOR_SUFFIXES = ("-commissioned", "-funded", "-sponsored")


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = SENTENCE_END_IN_NAME.split(name, 1)[0]  # a name ends with its sentence: "the Tenancy Forum. The ..."
    name = NAME_TAIL.sub("", name)
    name = NAME_TAIL_PARTICLE.sub("", name)
    if " " in name and ("'" in name or "’" in name):  # "the Scanlon Foundation Research Institute's survey" (not a
        # brand's own: "Moody's")
        name = POSSESSIVE_END.sub("", name)
    words = name.split()
    if not words or words[0] in ("A", "An", "This", "That", "It", "In", "On", "At") or words == ["The"]:
        return None
    if name.endswith(PAID_FOR_SUFFIXES):  # "a TUC-commissioned poll": who paid, never who ran it
        return None
    return name


@lru_cache(maxsize=4096)
def _geography(text: str | None) -> str | None:
    if not text:
        return None
    m = GEO.search(text)
    return GEO_CODE[m.group()] if m else None


def _content_words(text: str) -> int:
    return len(CONTENT_WORD.findall(text))


