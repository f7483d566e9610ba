"""Find survey figures in article text: which numbers are poll figures, of what kind, how sure.

Per sentence (see etl.sentences), every number expression (see etl.numbers) is given a kind (share,
change, sample_size, margin_of_error) from its form and the words around it (see etl.cues), and a confidence from
survey cues (poll, survey, respondents, pollster names, "said", "of voters") in the sentence, its
neighbours and the article, minus cues of official statistics, money, elections and casualties.
`extract_article` is a pure function of one article, so it can run in a process pool.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from etl import cues
from etl.attribute import attribute_mentions
from etl.ingest import Article, InputError, read_inputs
from etl.link import link_citations
from etl.numbers import NumberExpr, find_numbers_in, fold
from etl.sentences import split_sentences
from etl.textmatch import contains_any, last_token

EXTRACTOR_VERSION = "1.0.0"
OUTPUT_FIELDS = (
    "article_id", "kind", "value", "unit", "value_text", "start", "end", "sentence_start", "sentence_end",
    "qualifier", "pollster", "sponsor", "population", "subgroup", "statement", "fieldwork_start",
    "fieldwork_end", "sample_size", "margin_of_error", "survey_id", "question_id", "figure_id",
    "confidence", "extractor_version",
)
# "a nine-point lead", "nine points clear": a change with no sign of its own
LEAD_NOUNS = (" lead", " gap", " margin", " advantage", " clear", " ahead")
UNIT_OF_KIND = {"share": "percent", "change": "points", "sample_size": "respondents", "margin_of_error": "points"}

FORM_PRIOR = {"percent": 0.3, "points": 0.3, "point_adj": 0.3, "a_point": 0.3, "ratio": 0.25, "fraction": 0.15,
              "pair": 0.3, "versus": 0.3, "updown": 0.2, "bare": 0.2, "signed": 0.3, "count": 0.3}
WINDOW_BEFORE, WINDOW_AFTER = 60, 80


def extract_article(article: Article, min_confidence: float = 0.0) -> list[dict]:
    """Every survey figure mention of one article at or above min_confidence, attributed.

    Attribution costs more than detection, so an article with no mention to keep skips it; the
    mentions below min_confidence are still passed on, as neighbours of the kept ones.
    """
    mentions = find_mentions(article.id, article.text)
    if not any(m["confidence"] >= min_confidence for m in mentions):
        return []
    return attribute_mentions(article, mentions, min_confidence)


class UncuedSentence:
    """What a sentence with no survey cue says that only a figure's confidence reads, found on first use:
    most such sentences' numbers are no figures (a price, an age, a date), and then neither is looked for.
    (Kept in slots, not functools.cached_property, which takes a lock on first use.)"""

    __slots__ = ("_money", "_non_survey_source", "end", "folded", "start")

    def __init__(self, folded: str, start: int, end: int):
        self.folded, self.start, self.end = folded, start, end
        self._money: bool | None = None
        self._non_survey_source: bool | None = None

    @property
    def money(self) -> bool:
        if self._money is None:
            self._money = _mentions_money(self.folded, self.start, self.end)
        return self._money

    @property
    def non_survey_source(self) -> bool:
        if self._non_survey_source is None:
            self._non_survey_source = cues.non_survey_source(self.folded[self.start:self.end])
        return self._non_survey_source


class Context(NamedTuple):
    """Survey evidence around a sentence: cue in it, cue within 3 sentences, cues in the article; and
    whether it states official statistics or, with no survey cue in it, an amount of money."""

    cued: bool
    near: bool
    article_cues: int
    official: bool
    after_negative: bool = False  # an earlier number of the sentence follows a non-survey word (_sets_negative)
    quick_count: bool = False  # a quick count's estimate of the result, from counted ballots, whoever ran it
    after_share: bool = False  # the sentence before it gave a share (a poll's list may go on in the next sentence)
    result: bool = False  # no survey cue, and an election's result is told in it or the sentence before (_result)
    result_from: int = 0  # where its results start: a vote won after a poll's present level leaves that level out
    official_from: int = 0  # where its official statistics start (_official_from)
    sports: bool = False  # no survey cue but points, in an article that tells a game's result (cues.SPORTS_RESULT)
    uncued: UncuedSentence | None = None  # the sentence, if it has no survey cue

    @property
    def money(self) -> bool:
        """No survey cue, and an amount of money (_mentions_money)."""
        return self.uncued is not None and self.uncued.money

    @property
    def non_survey_source(self) -> bool:
        """No survey cue, but official statistics or a trial (cues.NON_SURVEY_SOURCE)."""
        return self.uncued is not None and self.uncued.non_survey_source


class Window(NamedTuple):
    """One number and the words around it, inside its sentence."""

    text: str  # the article
    folded: str  # fold(text)
    expr: NumberExpr
    sentence: tuple[int, int]
    before: str  # folded text just before the number
    after: str  # folded text just after it
    after_raw: str  # the same, as written
    before_token: str  # last_token(before), for the GatedCue tests of `before`
    partner: NumberExpr | None = None  # the other figure of a pair without a unit ("52-48")
    unit_ahead: NumberExpr | None = None  # for a bare number, the next figure of its sentence if in percent


def find_mentions(article_id: str, text: str) -> list[dict]:
    """Classified number mentions (kind, value, span, sentence, qualifier, confidence) of one text."""
    folded = fold(text)
    survey_at, official_at = [], []
    for start, group in cues.context_cue_matches(folded):
        (survey_at if group.startswith("survey") else official_at).append(start)
    article_cues = min(3, len(survey_at)) - (1 if len(official_at) > len(survey_at) else 0)
    sentences = split_sentences(text)
    sports = None  # whether the article tells a game's result (its standings are not a poll's): once, on first need
    cued = [_any_within(survey_at, s, e) and (article_cues > 0 or bool(cues.POLL_OF_SAMPLE.search(folded, s, e)))
            for s, e in sentences]
    mentions, last_figure = [], (-1, None)  # the last figure with a unit of the last sentence with a number
    last_result = -9  # the last sentence with a number that told an election's result
    last_share = -9  # the last sentence that gave a share
    for i, ((s, e), numbers) in enumerate(zip(sentences, find_numbers_in(text, sentences, folded), strict=True)):
        if not numbers:
            continue
        anaphoric = last_figure[0] == i - 1 and last_figure[1] is not None and cues.ANAPHORIC_START.match(folded, s)
        sentence_before = last_figure[1] if anaphoric else None
        quick_count = _quick_count(folded, s, e)
        result_from, carried = -1, False
        if not cued[i]:
            result_from, carried = _result(folded, s, e, quick_count, i - last_result <= 2 and not any(
                cued[last_result + 1:i]), i > 0 and cued[i - 1])
        result = result_from >= 0
        if quick_count or carried:
            last_result = i
        official = _any_within(official_at, s, e)
        sports_here = not cued[i] and folded.find("point", s, e) >= 0
        if sports_here and sports is None:
            sports = bool(cues.SPORTS_RESULT.search(folded))
        context = tuple.__new__(Context, (  # in field order (NamedTuple's own __new__ is a slower Python call)
            cued[i], any(cued[max(0, i - 3):i + 4]), article_cues, official, False, quick_count, last_share == i - 1,
            result, result_from, _official_from(folded, s, e, official_at) if official else s,
            sports_here and (sports or cues.tells_sports_standing(folded, s, e)),
            None if cued[i] else UncuedSentence(folded, s, e)))
        share_seen, versus_first, previous = False, True, None
        for k, expr in enumerate(numbers):
            _, start, end, _, form, _ = expr  # unpacked once: each read of a NamedTuple field is a call
            if form == "bare" and end - start >= 5 and text[end - 4] == ".":
                expr = _dot_thousands(text, expr)  # "1.200 people": the same span, read as a count
                form = expr.form
            partner = unit_ahead = None
            if form == "versus":  # its figures come in twos, one after the other
                partner = numbers[k + 1] if versus_first else numbers[k - 1]
                versus_first = not versus_first
            elif form == "bare" and folded.endswith(cues.LIST_ITEM_ENDS, 0, start):
                unit_ahead = _unit_ahead(numbers, k, folded)
            before = folded[max(s, start - WINDOW_BEFORE):start]
            after_end = min(e, end + WINDOW_AFTER)
            window = tuple.__new__(Window, (text, folded, expr, (s, e), before, folded[end:after_end],
                                            text[end:after_end], last_token(before), partner, unit_ahead))
            if form == "bare" and window.before_token in cues.CARRIED_UNIT_LAST_WORDS and _carried_percent(
                    window, previous, sentence_before):
                expr = expr._replace(unit="percent", form="percent")
                window = window._replace(expr=expr)
            mention = classify(window, context, share_seen, article_id)
            if previous is not None and mention is not None:
                mention = _appositive_change(previous[1], window, _continued(*previous, window, mention))
            if expr.unit != "count":  # "28.8% of entries at grade 7 or above, compared with 27.7%": skip the 7
                previous = window, mention
            if mention is not None:
                share_seen = share_seen or mention["kind"] == "share"
                if mention["kind"] == "share" and mention["confidence"] >= 0.5:
                    last_share = i
                mentions.append(mention)
                if not context.after_negative and k < len(numbers) - 1 and _sets_negative(window, context):
                    context = context._replace(after_negative=True)
        last_figure = i, previous
    return mentions


def _level_after_result(w: Window) -> bool:
    """A poll's level (or its change) said in the present after a clause break that follows a past result in its
    sentence (cues.LEVEL_AFTER_RESULT): "Fine Gael, which won 20.8% at the election, is down a point"; after a bare
    label ("…, and the Left at 10") only where what follows marks it a poll's level (cues.LEVEL_NOTE_AFTER)."""
    tail = w.before[-45:]
    if "," not in tail or not (level := cues.LEVEL_AFTER_RESULT.search(tail)):
        return False
    return not cues.negative_before(tail[tail.rfind(",") + 1:]) and bool(
        level.group("verb") or cues.LEVEL_NOTE_AFTER.match(w.after_raw))


def _level_after_vote(w: Window) -> bool:
    """A poll's level said after a vote won earlier in its sentence (_level_after_result, _level_after_won_clause):
    the election and its result are the vote's, not this figure's."""
    return _level_after_result(w) or _level_after_won_clause(w)


def _level_after_won_clause(w: Window) -> bool:
    """A party's level said after a relative clause telling the vote it won (cues.LEVEL_AFTER_WON_CLAUSE): "The
    Greens, who took 4.1 per cent at the last election, are on 6"."""
    return w.before.endswith(("at ", "on ")) and bool(cues.LEVEL_AFTER_WON_CLAUSE.search(
        w.folded, max(w.sentence[0], w.expr.start - 180), w.expr.start))


def _carried_percent(w: Window, previous: tuple[Window, dict | None] | None,
                     sentence_before: tuple[Window, dict | None] | None) -> bool:
    """A bare number (at most 100) that is another value of the share in percent just before it, the unit left out:
    "58 percent, down from 61 the week before", "74 percent, while among those over 55 it was 54" (cues.CARRIED_UNIT_*),
    the share earlier in its sentence or, where the sentence opens on it ("That's down from sixty-seven"), the last
    figure of the sentence before."""
    if previous is None:
        if sentence_before is None or w.expr.start - w.sentence[0] > 30:
            return False
        previous = sentence_before
    elif w.expr.start - previous[0].expr.end > 80:
        return False
    first, first_mention = previous
    return first.expr.unit == "percent" and first_mention is not None and first_mention["kind"] == "share" and (
        0 < w.expr.value <= 100 and bool(cues.CARRIED_UNIT_BEFORE.search(w.before))
        and bool(cues.CARRIED_UNIT_AFTER.match(w.after)))


def _continued(earlier: Window, earlier_mention: dict | None, w: Window, mention: dict) -> dict | None:
    """The earlier value of the figure just before it, in the same unit ("pay growth slowed to 4.8% from 5.0%",
    "a 50% chance of a cut, up from 15%", "28.8% of their entries, compared with 27.7%"): no more a survey figure
    than that one."""
    first = earlier.expr
    if first.unit != w.expr.unit or w.expr.start - first.end > 70 or not w.before.endswith(cues.CONTINUATION_WORDS):
        return mention
    if not cues.CONTINUATION_GAP.search(w.folded, first.end, w.expr.start):
        return mention
    if earlier_mention is None:
        return None if _other_quantity(earlier) else mention
    if earlier_mention["confidence"] < mention["confidence"]:
        return {**mention, "confidence": earlier_mention["confidence"]}
    return mention


def _appositive_change(earlier_mention: dict | None, w: Window, mention: dict | None) -> dict | None:
    """A change in points set after the share before it ("57% oppose the new tariffs, a 9-point increase since
    February"): as much a poll's figure as that share, whatever non-survey word the share's answer named."""
    if mention is None or earlier_mention is None or mention["kind"] != "change" or w.expr.unit != "points" or (
            earlier_mention["kind"] != "share") or earlier_mention["sentence_start"] != mention["sentence_start"] or (
            mention["confidence"] >= earlier_mention["confidence"]) or (
            not w.before.endswith(cues.APPOSITIVE_CHANGE_ENDS)) or (
            not cues.APPOSITIVE_CHANGE_BEFORE.search(w.before)):
        return mention
    return {**mention, "confidence": earlier_mention["confidence"]}


def _other_quantity(w: Window) -> bool:
    """A figure in percent that _kind turned down as a quantity of another kind: a chance, a rate, an offer, a
    price change, a rate's pace, a fact from records."""
    return cues.not_a_share_after(w.after) or _another_quantity_in_percent(w, _other_quantity_cue(w)) or bool(
        cues.NOT_A_SHARE_BEFORE.search(w.before, w.before_token) or cues.RECORD_FACT_AFTER.match(w.after)
        or cues.RATE_PACE_BEFORE.search(w.before, w.before_token))


def _other_quantity_cue(w: Window) -> re.Match | None:
    """The cue of another quantity just before the figure (cues.other_quantity_before: its group names it), searched
    only where the word before the figure is one such a cue ends with, and a word it needs is there."""
    if w.before_token not in cues.OTHER_QUANTITY_LAST_WORDS or not cues.OTHER_QUANTITY_WORD.search(w.before):
        return None
    return cues.other_quantity_before(w.before)


def _another_quantity_in_percent(w: Window, other: re.Match | None) -> bool:
    """A percentage that is no share of respondents, told by the words around it: a chance ("put his chances at
    66%"), a goal ("a target of 75%"), a change in an amount ("raise their prices by 3.8%", "are set to rise by 26%"),
    a true value set against people's guesses ("the actual figure of 14%"), all found in `other`
    (cues.OTHER_QUANTITY_CUES); made of attempted ("16 of 35 attempts (45.7%)"); a past election's result, decided
    per figure, as a poll's share may share its sentence (see _past_result)."""
    before = w.before
    return bool((other and other.lastgroup in ("chance", "target", "amount", "effect", "fact", "forecast"))
                or _past_result(w) or (before.endswith("(") and cues.COUNTS_RATIO_BEFORE.search(before)))


def _past_result(w: Window) -> bool:
    """A past election's result: "27.5% at the last election", "28.5 percent at the election", "the 20.8 percent of
    the vote it won in February's election", "the 9.3 percent they took three years ago", "the vote share at the
    general election was 33.7%"; not what a party would win at one ("would get 30% at the election")."""
    before, after = w.before, w.after
    if after.startswith(cues.PAST_ELECTION_STARTS) and cues.PAST_ELECTION_AFTER.match(after):
        return not cues.HYPOTHETICAL_VOTE_BEFORE.search(before)
    if cues.PAST_RESULT_AFTER.match(after):
        return not cues.HYPOTHETICAL_VOTE_BEFORE.search(before)
    if before.endswith(cues.EARLIER_VALUE_ENDS) and (month := cues.IN_MONTH_AFTER.match(after)):
        return _election_month(w.folded, month.group(1))
    return "share" in before and bool(cues.PAST_RESULT_BEFORE.search(before))


def _election_month(folded: str, month: str) -> bool:
    """Whether the article names an election held in `month` ("February's federal election", "the election on 23
    February"): an earlier value "against 16.4 percent in February" is then that election's result."""
    at = folded.find(month)
    while at >= 0:
        if cues.ELECTION_AFTER_MONTH.match(folded, at + len(month), at + len(month) + 40) or \
                cues.ELECTION_BEFORE_MONTH.search(folded, max(0, at - 30), at):
            return True
        at = folded.find(month, at + len(month))
    return False


def _dot_thousands(text: str, expr: NumberExpr) -> NumberExpr:
    """ "1.200 respondents", "2.034 adults" (a dot between thousands, as in German or Dutch): a count where
    exactly three digits follow the one dot (a bare number is at most 3 digits, a dot and more digits) and
    people follow the number, so it cannot be a decimal."""
    if not cues.SAMPLE_AFTER.match(text[expr.end:expr.end + 80]):
        return expr
    return expr._replace(value=float(text[expr.start:expr.end].replace(".", "")), unit="count", form="count")


def _sets_negative(w: Window, context: Context) -> bool:
    """A number after a non-survey word, with no survey cue in its sentence and no opinion after it: the
    numbers after it in the sentence are taken as the same kind of figure ("inflation rose to 2.3% in
    October, up from 1.7%", "won the state by 3.5 points in 2016 but lost it by 0.3 points in 2020")."""
    return not context.cued and _negative_before(w, context) and not cues.OPINION_AFTER.match(w.after) \
        and not cues.ANSWER_BY_BEFORE.search(w.before) and not cues.OPINION_SUBJECT_BEFORE.search(w.before)


def _negative_before(w: Window, context: Context) -> bool:
    """A non-survey word just before the figure (cues.negative_before), unless, near a survey cue, it names a
    subgroup by its income ("among families earning up to two minimum wages, approval reaches 39%"): then only
    the words after the subgroup tell; nor a vote won in an exit poll named before it in its sentence."""
    if not cues.negative_before(w.before[-45:]) or _negative_word_in_name(w):
        return False
    if "poll" in w.before[-45:] and (since := cues.POLL_VERB_AFTER_FIGURE.search(w.before[-45:])) and \
            not cues.negative_before(w.before[-45:][since.end():]):
        return False  # "who won 27.5% in 2022, are now polling 21.9%": the vote won is that figure's, not this one's
    if _level_after_vote(w):
        return False  # "Fine Gael, which won 20.8% at the election, is down a point": the vote won is the first's
    clause = w.folded[w.sentence[0]:w.expr.start]
    if "exit poll" in clause and not cues.negative_before(cues.VOTE_WON.sub(" ", w.before[-45:])):
        return False  # "according to the exit poll, the party won 31%": the exit poll's estimate, not the count's
    if not context.near:
        return True
    subgroup = cues.INCOME_SUBGROUP.search(clause) if "among" in clause else None
    return subgroup is None or cues.negative_before(clause[subgroup.end():][-45:])


def _negative_word_in_name(w: Window) -> bool:
    """Whether the non-survey word before a figure is part of the name the figure is given to, in title case: "People
    Before Profit 3", "the Low Pay Party on 2" (the name masked, the words before it are tested again); not "cut Bank
    Rate to 4%"."""
    raw = w.text[max(w.sentence[0], w.expr.start - 45):w.expr.start]
    name = cues.TITLE_NAME_BEFORE.search(raw) if raw[-1:] == " " else None
    return name is not None and not cues.negative_before(fold(raw[:name.start()]))


def _quick_count(folded: str, start: int, end: int) -> bool:
    """ "A quick count by Indikator, from 3,000 polling stations, had him on 58.2%", or a count under way: results,
    though a pollster ran it (found with `str.find` first: most sentences have no such words)."""
    if folded.find("quick count", start, end) >= 0 or folded.find("quick-count", start, end) >= 0:
        return True
    # "with 87% of the expected vote counted, she led 51.2% to 47.1%": a partial count of the votes, not an exit poll
    return (folded.find("counted", start, end) >= 0 or folded.find("reporting", start, end) >= 0) and bool(
        cues.PARTIAL_COUNT.search(folded, start, end)) and folded.find("exit poll", start, end) < 0


def _result(folded: str, start: int, end: int, quick_count: bool, after_result: bool,
            after_survey: bool) -> tuple[int, bool]:
    """An election's result, in a sentence with no survey cue: a count, an official result ("final results showed"), a
    vote won ("PiS received 35.4% of the vote", unless just after a survey's sentence; "won the May election with 41%"
    or "In 2022, she defeated X with 50.9% of the valid votes" even there), a sentence that goes on from
    one ("Civic Coalition got 30.7%", no survey named between them nor a poll's level said in the present), or one
    that opens on a past vote ("At the 2014 referendum, 55.3% voted No"). Returns where its results start (-1 if
    none: the sentence start, or where a vote won is told after a poll's level said in the present) and whether the
    next sentences may go on from it."""
    sentence = folded[start:end]
    if quick_count or cues.ELECTION_RESULT.search(sentence) or (
            after_result and not cues.PRESENT_LEVEL.search(sentence)):  # "The SPD comes in at 14.5%": a poll's
        return start, True
    if (won := cues.ELECTION_WON.search(sentence)) or ((not after_survey or cues.YEAR_OPENING.match(sentence)) and (
            won := cues.VOTE_RESULT.search(sentence))):
        present = cues.PRESENT_LEVEL.search(sentence, 0, won.start())
        return (start + won.start() if present else start), True
    return (start, True) if cues.PAST_VOTE_OPENING.match(sentence) else (-1, False)


def _official_from(folded: str, start: int, end: int, official_at: list[int]) -> int:
    """Where the official statistics of a sentence start: at its first official cue when a poll's level is said in the
    present before it ("the Liberal Alliance is on 12,4 percent …, when they won 9,3 percent"), so the poll's figures
    before that cue are not doubted; else at the sentence start."""
    level = cues.PRESENT_LEVEL.search(folded, start, end)
    first = official_at[bisect_left(official_at, start)]
    return first if level is not None and first > level.end() else start


def _mentions_money(folded: str, start: int, end: int) -> bool:
    """An amount of money in folded[start:end] (cues.MONEY), searched once per sentence and only where
    a currency sign or word occurs: most sentences have none, and `str.find` is far cheaper than MONEY."""
    return contains_any(folded[start:end], cues.MONEY_SIGNS) and bool(cues.MONEY.search(folded, start, end))


def _any_within(positions: list[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def classify(w: Window, context: Context, share_seen: bool, article_id: str) -> dict | None:
    """Kind, signed value and confidence of one number in its sentence; None if not a survey figure."""
    kind = _kind(w, context, share_seen)
    if kind is None:
        return None
    value, start, end, unit, _, qualifier = w.expr  # unpacked once: each read of a NamedTuple field is a call
    text = w.text
    if kind == "change" and value > 0 and not w.folded.startswith(("+", "plus"), start) and \
            _decreasing(w.before, w.after):
        value = -value  # not "fell to +12": a level written with its sign
    elif kind == "change" and unit == "points" and text[start - 1:start] in ("-", "−", "–") and \
            text[start - 2:start - 1] in ("(", " "):
        value = -value  # "Labour 22 (-2pts)": a sign its unit kept out of the signed form
    if kind == "margin_of_error":
        value = abs(value)
    s_start, s_end = w.sentence
    return {
        "article_id": article_id, "kind": kind, "value": float(value), "unit": UNIT_OF_KIND[kind],
        "value_text": text[start:end],
        "start": start, "end": end, "sentence_start": s_start, "sentence_end": s_end,
        "qualifier": qualifier, "confidence": round(_confidence(kind, w, context), 3),
        "extractor_version": EXTRACTOR_VERSION,
    }


def _sample_count(w: Window, before: str, context: Context | None = None) -> bool:
    """A count of respondents: "a poll of 1,034 voters", "1,200 of them gave answers" after "contacted 2,076
    people", the second sample of "surveyed 2,214 renters and 509 landlords", people "heard" or "quizzed" where a
    survey is named near or in the article, people in brackets after a pollster ("Gallup (May 2-4, 1,001 adults)");
    not those contacted when the sentence says how many answered, nor the "500" of "2 500 people", nor the "200" of
    the party "Eesti 200"."""
    expr, (s_start, s_end) = w.expr, w.sentence
    if cues.spaced_thousands_before(before) or ("represent" in before and cues.REPRESENTED_BEFORE.search(before)) or (
            expr.form == "bare" and cues.NAME_WORD_BEFORE.search(w.text, max(s_start, expr.start - 20), expr.start)):
        return False
    if cues.responded_count(w.folded, expr.end, s_end):
        return bool(cues.SAMPLE_CONTEXT.search(w.folded, s_start, s_end) or cues.CONTACT_WORD.search(
            w.folded, s_start, expr.start))
    return bool(cues.SAMPLE_AFTER.match(w.after_raw) or cues.SAMPLE_BEFORE.search(before, w.before_token) or (
        cues.SAMPLE_TOTAL_AFTER.match(w.after)) or (
        cues.SAMPLE_ASKED_AFTER.match(w.after_raw)) or (
        cues.SAMPLE_HOW_BEFORE.search(before, w.before_token) and cues.SAMPLE_HOW_AFTER.match(w.after)) or (
        before.endswith(" and ") and cues.SECOND_SAMPLE_BEFORE.search(before)
        and cues.SECOND_SAMPLE_AFTER.match(w.after))) and bool(
        cues.SAMPLE_CONTEXT.search(w.folded, s_start, s_end) or (
            context is not None and _sample_worded(before, context)) or (
            context is not None and context.near and before.endswith("among ") and bool(
                cues.SUBGROUP_SHARE_AFTER.match(w.folded, expr.end, s_end)))) and not cues.contacted_count(
        w.folded, expr.start, expr.end, s_start, s_end)


def _gathered_count(w: Window, context: Context) -> bool:
    """A count of interviews a survey gathered, in or near a sentence with a survey cue, named by a word pollsters use
    for them ("the study collected 1,400 cases", "fieldwork yielded 980 questionnaires")."""
    return (context.cued or context.near) and w.before_token in cues.GATHERED_LAST_WORDS and bool(
        cues.GATHERED_BEFORE.search(w.before)) and bool(cues.GATHERED_AFTER.match(w.after))


def _sample_worded(before: str, context: Context) -> bool:
    """A count of people asked, told by the words before it rather than a survey word in its sentence: a verb of wire
    copy ("heard", "quizzed") where a survey is named near or in the article, or a bracket after a survey cue."""
    return ((context.near or context.article_cues > 0) and bool(cues.SAMPLE_VERB_BEFORE.search(before))) or (
        context.cued and bool(cues.SAMPLE_BRACKET_BEFORE.search(before)))


def _kind(w: Window, context: Context, share_seen: bool) -> str | None:
    expr, before, after = w.expr, w.before, w.after
    # read once: each read of a NamedTuple field is a call
    form, unit, before_token, cued = expr.form, expr.unit, w.before_token, context.cued
    if form == "versus":
        return "share" if _poll_pair(w, context) else None
    if unit == "points" and w.text.endswith("PP", expr.start, expr.end):
        return None  # "on a 2PP basis": Australian copy's two-party preferred, never "2 percentage points" (2pp)
    if (unit in ("percent", "points") or (form == "bare" and (
            before.endswith(" minus ") or cues.MARGIN_LABEL_BEFORE.search(before[-30:])))) and \
            0 < abs(expr.value) <= 20 and (  # "plus or minus three point nine", read out with no unit
            cues.MARGIN_BEFORE.search(before) or (after[:1] == " " and cues.MARGIN_AFTER.match(after)) or (
            cues.LIMIT_BEFORE.search(before) and "error" in w.folded[w.sentence[0]:expr.start])):
        return "margin_of_error"  # "Error of representativeness (with a probability of 0.95): no more than 2.2%"
    if form == "count" or (form == "bare" and expr.value >= 50 and expr.value == int(expr.value)):
        if expr.value >= 50 and (_sample_count(w, before, context) or _gathered_count(w, context)) and \
                not cues.STATIONS_AFTER.match(after) and not (
                cues.SAMPLE_THINGS_AFTER.match(after)) and not (
                cues.AFFECTED_BEFORE.search(before[-40:]) or cues.AFFECTED_AFTER.match(after)) and not (
                not cued and cues.NOT_A_POLL_COUNT.search(w.folded[w.sentence[0]:w.sentence[1]])):
            return "sample_size"
        if form == "count":
            return None
    if form == "bare" and before.endswith(" negative ") and 0 < expr.value <= 100 and \
            cues.NET_RATING_BEFORE.search(before, 0, len(before) - len("negative ")):
        return "change"  # "his net favourability is negative 12": a net rating read out with no sign
    if context.sports and (unit == "points" or form == "bare"):
        return None  # "Celtic are on 31, two points clear of Hearts": a league's standings, not a poll's
    if form == "bare" and before_token in cues.BARE_CHANGE_LAST_WORDS and _bare_change(w, context):
        return "change"  # "Harlan up 3 in new poll", "Conservatives lead by 6 as Liberals slip"
    if form == "bare" and before_token in cues.GAP_LEVEL_LAST_WORDS and _gap_level(w, context):
        return "change"  # "cut the lead to 3", "the gap has narrowed from 10 points to six"
    if form == "bare":  # only a listed share; the list test is the cheapest, so it goes first
        listed = (_listed_share(w, share_seen) or _party_list_item(w, context, share_seen)
                  or ((context.near or context.article_cues > 0) and expr.value <= 100
                      and bool(cues.ANSWER_PAIR_AFTER.match(after)))
                  or (w.text[expr.start - 1:expr.start] == " " and _name_figure_list(w, context))
                  or _flat_table_line(w, context) or (w.unit_ahead is not None and _listed_before_unit(w, context))
                  or _table_row_column(w, context) == 1 or _level_after_gap(w, context) or _level_with_note(w, context)
                  or _name_paren_list(w, context) or _leader_level(w, context)
                  or _named_level_changed_to(w, context, share_seen)
                  or _possessive_level(w, context, share_seen) or _follows_with(w, context, share_seen)
                  or _level_verb_item(w, context, share_seen) or _vote_level(w, context)
                  or _earlier_level(w, context, share_seen)
                  ) and not cues.not_a_share_after(
            after)
        return "share" if listed and not cues.HYPOTHETICAL_BEFORE.search(before, before_token) else None
    if cues.not_a_share_after(after) and not cues.VOTE_INTENTION_BEFORE.search(before) and not (
            cues.OF_THE_VOTES_AFTER.match(after) and "exit poll" in w.folded[w.sentence[0]:w.sentence[1]]):
        return None  # "30% off", "a 2% target", "a 10-point scale", "56.5% (13-of-23)"
    if unit == "percent" and cues.NOT_A_SHARE_BEFORE.search(before, before_token):
        return None  # "asking for 8%", "offered 4%", "cut 10% of its staff": a claim or a cut, not a result
    if unit == "percent" and (cues.OFFICIAL_RATE_BEFORE.search(before, before_token) or
                              cues.RATE_PACE_BEFORE.search(before, before_token)):
        return None  # "kept its benchmark Selic rate at 14.25%": a bank's rate, not a share of anyone
    if unit == "percent" and not cued and " by " in before[-16:] and cues.VOTE_MARGIN_BEFORE.search(
            w.folded, max(w.sentence[0], expr.start - 160), expr.start):
        return None  # "voters rejected the draft in 2022 by 62%": a vote's result
    if unit == "percent" and not cued and "account" in before and cues.ACCOUNT_FOR_BEFORE.search(
            before) and after.lstrip().startswith("of ") and not cues.OF_PEOPLE_AFTER.match(after):
        return None  # "its members account for 62% of US restaurant locations": a composition, not an answer
    if unit == "percent" and not cued and "employ" in before and cues.EMPLOYER_BEFORE.search(before):
        return None  # "small businesses employ 46% of private-sector workers": a composition too
    if unit == "percent" and not cued and after.startswith(" of ") and cues.OF_LAND_OR_AMOUNT_AFTER.match(
            after):
        return None  # "occupies 19% of the country's territory", "a pension at 48% of average wages": not of people
    if "turnout" in before and unit == "percent" and cues.TURNOUT_BEFORE.search(before):
        return None  # "turnout is often below a third of the electorate": a count of ballots, not an answer
    other = _other_quantity_cue(w)
    if unit == "percent" and _another_quantity_in_percent(w, other):
        return None  # "put his chances at 66%", "a target of 75%", "raise their prices by 3.8%"
    if other and other.lastgroup == "player" and cues.PLAYER_RATE_AFTER.match(after):
        return None  # "completed 71% of his passes": a player's rate
    if (other and other.lastgroup == "error") or (
            unit == "points" and " of " in after[:6] and cues.POLL_ERROR_AFTER.match(after)):
        return None  # "overstated his lead by four points": how far polls missed a result, not a poll figure
    if cues.CONFIDENCE_LEVEL_BEFORE.search(before) or (
            before_token in cues.NEAR_LAST_WORDS and cues.REFERENCE_VALUE_BEFORE.search(before, before_token)):
        return None  # "a confidence level of 95%", "for indicators close to 50%": how sure the pollster is
    if cues.HYPOTHETICAL_BEFORE.search(before, before_token):
        return None  # "will exceed 50%", "fell below 40%": a threshold, not a result
    if "need" in before and cues.NEEDED_BEFORE.search(before[-60:]):
        return None  # "needs a swing of 4.5 points to win": a target, not a result
    if form == "updown" and "seat" in before:
        return None  # "would win 26 seats, down two": a seat projection's change
    if unit == "points" and abs(expr.value) > 100:
        return None  # "jumped 250 points", "scored 112 points": a stock index or a game; net ratings stay within 100
    if (unit == "points" or form == "signed") and (before.endswith((" to ", " up ", " down ", " by ")) or (
            after.startswith(" to "))) and cues.names_index(w.folded, *w.sentence) and (
            before.endswith(" to ") or cues.INDEX_LEVEL_AFTER.match(after) or cues.INDEX_LEVEL_BEFORE.search(
                before)) and not cues.NET_RATING_BEFORE.search(before) and not cues.GAP_TO.search(before):
        return None  # "the confidence index rose two points to minus 20", "fell to -24.1": an index, not a poll's share
    if form == "signed" and "rating" in before[-20:] and cues.NET_RATING_GAME.search(w.folded, *w.sentence):
        return None  # "a net rating of +12.7 over the regular season": a team's, not a poll's
    if form == "signed":
        signed = bool(cues.SIGNED_BEFORE.search(before)) or _table_row_column(w, context) == 2 or (  # "AfD, 21, +1"
            bool(cues.SIGNED_CHANGE_AFTER.match(after))) or _signed_after_name(w, context)
        return "change" if signed and not cues.SEATS_AFTER.match(after) and not (
            before.endswith("s ") and before[-3:-2] in "'’" and not cues.SIGNED_POSSESSIVE_AFTER.match(after)) else None
    if form == "a_point":  # "up a point", "the lead narrowed to a point", "within a point of Labour" (a gap)
        return "change" if cues.CHANGE_BEFORE.search(before, before_token) or cues.GAP_TO.search(before) or (
            before_token == "within" and after.startswith(" of ")) or cues.COMPARED_AFTER.match(after) or (
            cues.LEAD_IS_BEFORE.search(before)) or (  # "the gap between them is now just a single point"
            cues.GAP_WORD_AFTER.match(after)) or (  # "Reform a point behind Labour"
            after.startswith((" up on ", " down on ")) and (cued or context.near)) else None  # "a point up on"
    if form == "fraction" and (cues.FRACTION_OF_FIGURE_AFTER.match(after) or (
            " by " in before[-20:] and cues.FRACTION_CHANGE_BEFORE.search(before)) or (
            before.endswith(" in ") and cues.CUT_IN_FRACTION_BEFORE.search(before))):
        return None  # "more than half of the 9.3 percent", "down by nearly half": no share of anyone
    if form == "ratio" and before.endswith(("score of ", "scored ", "rating of ", "rated ")):
        return None  # "a score of 32 out of 100": a mark on a scale, not a share of anyone
    if form in ("ratio", "fraction") and cues.OF_POLLS_AFTER.match(after):
        return None  # "one in five final polls": a share of polls, not of people
    if after.startswith(" of ") and (cues.RESPONSE_RATE_AFTER.match(after) or cues.SAMPLE_SPLIT_AFTER.match(after)):
        return None  # "a third of the people it dialled": a response rate; "half of respondents were asked": a method
    if after.startswith(" of ") and ("respon" in before or "repl" in before) and \
            cues.RESPONSE_RATE_CONTACTED_AFTER.match(after):
        return None  # "answers came from 12.5% of the households contacted": a response rate
    if unit == "percent" and before.endswith("from ") and cues.RESPONSES_FROM_SHARE_BEFORE.search(before):
        return None  # "valid responses were obtained from 61.2%": a response rate
    if form in ("ratio", "fraction") and (cues.RESTATED_AFTER.match(after) or cues.RESTATED_BEFORE.search(before)):
        return None  # "a quarter (24%)", "19%, or about 1 in 5": the percent is the figure
    if form == "fraction" and w.text[expr.start + 1] == "/" and not (
            cues.OF_PEOPLE_AFTER.match(after) or cues.OF_NATIONALS_AFTER.match(w.after_raw)):
        return None  # "3/4 of Ukrainians" is a share; "2/3 of the budget" or "1/2 of the time" are not answers
    if form == "fraction" and (cues.NOT_EVERY_FRACTION_AFTER.match(after) if w.folded.startswith(
            "every", expr.start) else cues.NOT_FRACTION_AFTER.match(after)):
        return None  # "a third consecutive term", "two-thirds of a year", "every third day"
    if form == "points" and (cues.POINTS_SCORED_AFTER.match(after) or cues.POINTS_SCORED_BEFORE.search(before)):
        return None  # "finished with 31 points, 14 rebounds": a player's points
    if form == "points" and after[:1] == ":" and cues.POINTS_LISTED_BEFORE.search(before):
        return None  # "the bill has four points: …": the items of a list
    if form == "points" and after.startswith(" of ") and cues.POINTS_OF_PLAN_AFTER.match(after):
        return None  # "set out three points of a plan": items of a list, not a change
    if form == "point_adj" and cues.POINT_ADJ_NOT_A_GAP_AFTER.match(after):
        return None  # "three-point attempts", "a five-point plan"
    if unit == "points" and before.endswith(" to ") and w.folded.find("index", *w.sentence) >= 0 and (
            not cues.GAP_TO.search(before)):
        return None  # "sentiment rose 1.8% to 93.1 points, the index showed": an index's level, not a poll's change
    if unit == "points" and after.startswith(" to ") and cues.SCORE_LEVEL_AFTER.match(after):
        return None  # "fell 12 points to 698": a score's change; poll shares and net ratings stay within 100
    if unit == "points" and after.startswith((" at ", " in ")) and cues.POINTS_AT_PAST_ELECTION_AFTER.match(after):
        return None  # "the party's vote share jumped 14 points at the 2023 election": a result's change
    if unit == "points":
        if form == "points" and cues.SHARE_POINTS_BEFORE.search(before) and not (
                cues.CHANGE_AFTER.match(after) or cues.LEAD_AT_BEFORE.search(before)):
            return "share"  # "at 45 points": a level, not a change; "the lead stands at 8 points" is a lead
        return "change"
    if not 0 <= expr.value <= 100:
        return None
    if not cued and (fact := cues.POPULATION_FACT_AFTER.match(after)) and \
            not cues.OPINION_VERB_AFTER.match(after[fact.end():]):
        return None  # "3% of the population is immunosuppressed": a fact about a population, not an answer
    if not cued and cues.DEMOGRAPHIC_FACT_AFTER.match(after):
        return None  # "four in ten US adults have a college degree", "one in ten lives alone": who people are
    if unit == "percent" and " or " in before[-16:] and cues.RESPONSE_RATE_BEFORE.search(before):
        return None  # "drew valid responses from 11,218, or 56.1%": a response rate
    if not cued and after.startswith(" of ") and cues.RECORD_FACT_AFTER.match(after):
        return None  # "24% of teachers had walked out", "82% of applicants were placed": records, not answers
    if before_token in cues.LEVEL_PAIR_LEAD_WORDS and cues.LEVEL_PAIR_AFTER.match(after):
        return "share"  # "put her ahead 48% to 47%": the first of two levels
    if cues.CHANGE_BEFORE.search(before, before_token) or cues.CHANGE_AFTER.match(after):
        return "change" if form == "percent" else "share"
    return "share"


def _poll_pair(w: Window, context: Context) -> bool:
    """One of two figures without a unit ("leads 46-43", "approve 67 to 31") that are a poll's split: a
    survey cue in the sentence (or near it, after a lead or an opinion verb), the larger figure first
    (unless "trails"), together at most 100 (and more than 50: "3-1" is a score), and no vote count,
    game or age band around it, unless a lead or opinion word comes after it ("ahead of the election, Ms
    Lee leads 48-45")."""
    if not context.near and context.article_cues < 2:  # a transcript's turns are short: a survey named twice
        return False
    expr, partner, (start, end) = w.expr, w.partner, w.sentence
    if partner.start > expr.start:  # w is the first figure
        first, second = expr.value, partner.value
        before, after = w.before, w.folded[partner.end:min(end, partner.end + WINDOW_AFTER)]
    else:
        first, second = partner.value, expr.value
        before, after = w.folded[max(start, partner.start - WINDOW_BEFORE):partner.start], w.after
    if not (50 <= first + second <= 101 or (20 <= first + second < 50 and cues.PREFERRED_LEADER_BEFORE.search(
            before))) or (first < second and not cues.VERSUS_TRAILING.search(before)):
        return False
    if not context.cued and not cues.VERSUS_POLL_BEFORE.search(before):
        return False
    if cues.VERSUS_NOT_A_POLL_AFTER.match(after):
        return False
    if after.startswith(cues.PAST_ELECTION_STARTS) and cues.PAST_ELECTION_AFTER.match(after) and \
            not cues.HYPOTHETICAL_VOTE_BEFORE.search(before):
        return False  # "leads 57-43, against 55.2-44.8 at the election": the election's split
    not_a_poll = list(cues.VERSUS_NOT_A_POLL_BEFORE.finditer(before))  # the nearest one tells
    return not not_a_poll or bool(cues.VERSUS_POLL_WORD.search(before, not_a_poll[-1].end()))


def _bare_change(w: Window, context: Context) -> bool:
    """A bare number after "up", "drops" or "lead by", near a survey cue and ending its clause or followed by
    where or since when ("Smith up 3 in Ohio poll", "the Liberals are down 3 since our last survey"): a change
    or a lead in points, as headlines and tables write them; not "up 3 seats", "led by 6 researchers", nor, with
    no survey cue in the sentence, "climbed 12 in a week"."""
    if not 0 < w.expr.value <= 30 or not (context.cued or context.near):
        return False
    ending = cues.BARE_CHANGE_AFTER if context.cued else cues.BARE_CHANGE_END_AFTER  # "climbed 12 in a week"
    return bool(cues.BARE_CHANGE_BEFORE.search(w.before) and (ending.match(w.after) or (
        w.after.startswith(" on ") and cues.BARE_LEAD_ON.search(w.before)))) and not (
        w.before_token == "of" and "need" in w.before and cues.NEEDED_BEFORE.search(w.before[-60:]))


def _signed_after_name(w: Window, context: Context) -> bool:
    """A signed figure without a unit right after a name and ending its clause, in a sentence with a survey cue or,
    near one, in a list of net ratings or before its own change in brackets: a lead or a net rating as headlines and
    lists write them ("Trump +3 in Pennsylvania, poll shows", "Net approval: Starmer -41 (-3)"); not a percent
    ("Apple -3%"), nor a market's or a team's "Brent -2.1" with no poll in its sentence."""
    start = w.expr.start
    if w.expr.unit != "points" or not cues.SIGNED_END_AFTER.match(w.after) or not cues.SIGNED_NAME_BEFORE.search(
            w.text, max(w.sentence[0], start - 30), start):
        return False
    return context.cued or (context.near and (w.after.startswith(" (") or w.folded.find(
        "net ", w.sentence[0], start) >= 0))


def _gap_level(w: Window, context: Context) -> bool:
    """A bare number that is a lead's or gap's level, near a survey cue (or in an article naming one) and ending its
    clause, told by the words before it: the lead it is of or was cut to ("an advantage of eight", "extended its lead
    to nine", "the gap narrowed from 10 points to six") or, after "down from", a lead earlier in its sentence ("leads
    by four points, down from nine"); not the second bound of a range ("voters aged from 18 to 24"),
    nor a lead needed ("would need a lead of 6")."""
    before = w.before
    if not 0 < w.expr.value <= 40 or not (context.cued or context.near or context.article_cues > 0) or (
            "need" in before and cues.NEEDED_BEFORE.search(before[-60:])):
        return False
    if before.endswith((" down from ", " up from ")):
        return bool(cues.BARE_CHANGE_AFTER.match(w.after) or cues.EARLIER_WHEN_AFTER.match(w.after)) and bool(
            cues.LEAD_WORD.search(w.folded, w.sentence[0], w.expr.start))
    if not (cues.BARE_CHANGE_AFTER.match(w.after) or w.after.startswith(" over ")):  # "a lead of 5 over the GOP"
        return False
    match = cues.GAP_LEVEL_BEFORE.search(before)
    return match is not None and not cues.RANGE_START_BEFORE.search(before, 0, match.end())


def _on_table_line(w: Window) -> bool:
    """A poll table line: a label, a dash or colon, then the figure ("Greens — 12 (+1)", "YES — 46%", "- Sweden: 79%"
    where the line ends with the figure or its change)."""
    start = w.expr.start
    line_start = w.text.rfind("\n", 0, start) + 1
    if start - line_start > 64:
        return False  # a table line's label is short (tested first: most figures are far into their line)
    head = w.text[line_start:start].rstrip()
    if head.endswith(":") and head[-2:-1] != " " and not cues.TABLE_VALUE_END.match(w.after_raw):
        return False  # "Vaccination campaign: 92% of children protected": a label, then prose, not a table line
    return head.endswith(cues.TABLE_LINE_ENDS) and bool(
        cues.TABLE_LINE.match(w.text, line_start, start))


def _listed_share(w: Window, share_seen: bool) -> bool:
    """A bare number that is one of a list of shares: "44 oppose", a poll table line "Greens — 12 (+1)", a
    figure with its change in brackets anywhere ("Labor's primary vote is 34 (+1)"), or, after a share, a name's
    figure in brackets ("…, followed by CD&V (11.9)")."""
    if not 0 < w.expr.value <= 100:
        return False
    if cues.TABLE_FIGURE_AFTER.match(w.after) and (w.after.lstrip().startswith("(") or _on_table_line(w)):
        return not cues.SEATS_AFTER.match(w.after)
    if w.before.endswith("(") and w.after.startswith(",") and cues.PAREN_CHANGE_AFTER.match(w.after):
        return bool(cues.LABEL_PAREN_BEFORE.search(w.text, max(w.sentence[0], w.expr.start - 30), w.expr.start))
    if share_seen and w.before.endswith("(") and w.after.startswith(")"):  # "followed by CD&V (11.9) and …"
        label = cues.LABEL_PAREN_BEFORE.search(w.text, max(w.sentence[0], w.expr.start - 30), w.expr.start)
        return bool(label) and label.group()[:-1].rstrip().lower() not in cues.CALENDAR_WORDS  # "Friday (13)": a day
    return share_seen and bool(cues.LIST_BEFORE.search(w.before)) and bool(cues.LIST_AFTER.match(w.after_raw))


def _unit_ahead(numbers: list[NumberExpr], k: int, folded: str) -> NumberExpr | None:
    """For a bare number after a label's last word ("backed by 13.9"), the figure in percent that ends its
    list: the next figure after the same word ("… the Centre by 9.8 and the Greens by 4.2 percent"). Bare
    numbers after the same word are items of the list; other bare numbers are part of a label ("Party 21")."""
    end = numbers[k].end
    for later in numbers[k + 1:]:  # a run of bare numbers ending in percent: "on 14, 15, even 17 per cent"
        gap = cues.LIST_RUN_GAP.fullmatch(folded, end, later.start)
        if not gap:
            break
        if later.form != "bare":
            return later if later.form == "percent" else None
        if gap.group("last"):
            break  # "at 10 and 16, and 45% of respondents": "and" joins a list's last item, the one with the unit
        end = later.end
    start = numbers[k].start
    label_end = next((end for end in cues.LIST_LABEL_ENDS if folded.endswith(end, 0, start)), None)
    if label_end is None:
        return None
    for later in numbers[k + 1:]:
        if folded.endswith(label_end, 0, later.start):
            if later.form != "bare":
                return later if later.form == "percent" else None
        elif later.form != "bare":
            return None
    return None


def _listed_before_unit(w: Window, context: Context) -> bool:
    """A bare number with a unit ahead (see _unit_ahead) in a list whose unit is written once, at its end, near
    a survey cue: "the Social Democrats are backed by 13.9, the Centre by 9.8 and the Greens by 4.2 percent"."""
    ahead = w.unit_ahead
    return context.near and 0 < w.expr.value < 100 and \
        ahead.start - w.expr.end <= 120 and bool(cues.LIST_SEPARATOR_AFTER.match(w.after_raw)) and \
        not cues.DAY_OF_MONTH_AFTER.match(w.after)  # "carried out on 9 and 10 November, put Reform on 28%": days


def _flat_table_line(w: Window, context: Context) -> bool:
    """A figure of a poll table flattened into one line ("Yes 45 No 40 Undecided 15") near a survey cue: the
    line is nothing but two or more label-figure pairs whose figures add up to a whole (97 to 103), so a
    score or a list of counts is not one."""
    if not context.near:
        return False
    line_start = w.text.rfind("\n", 0, w.expr.start) + 1
    line_end = w.text.find("\n", w.expr.end)
    line = w.text[line_start:len(w.text) if line_end < 0 else line_end].rstrip()
    if len(line) > 160:
        return False
    figures, pos = [], 0
    while pos < len(line) and (pair := cues.FLAT_TABLE_PAIR.match(line, pos)):
        figures.append(float(pair.group(2)))
        pos = pair.end()
    return pos == len(line) and len(figures) >= 2 and 97 <= sum(figures) <= 103


def _table_row_column(w: Window, context: Context) -> int:
    """Which column of a poll table row (cues.TABLE_ROW) a figure is: 1 the share, 2 its change; 0 if its line is no
    such row, or no row of a table of rows one after the other whose shares add up to a whole (97 to 103), so a
    list of counts or scores is not one, of two rows near a survey cue or of three and more (a long table's last
    rows are far from the cue above it): "Yes\t48 / No\t44 / Don't know\t8"."""
    if "\n" not in w.text:
        return 0
    text, start = w.text, w.expr.start
    row_start = text.rfind("\n", 0, start) + 1
    row = _table_row_at(text, row_start)
    if row is None or start not in (row.start(1), row.start(2)):
        return 0
    total, rows = float(row.group(1)), 1
    above = row_start - 1
    while above > 0 and (prior := _table_row_at(text, text.rfind("\n", 0, above) + 1)) is not None:
        total, rows, above = total + float(prior.group(1)), rows + 1, prior.start() - 1
    below = row.end() + 1
    while below < len(text) and (after := _table_row_at(text, below)) is not None:
        total, rows, below = total + float(after.group(1)), rows + 1, after.end() + 1
    if rows < (2 if context.near else 3) or not 97 <= total <= 103:
        return 0  # two rows near a survey cue, or three and more
    return 1 if start == row.start(1) else 2


def _table_row_at(text: str, line_start: int) -> re.Match | None:
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if text.count(" ", line_start, line_end) > cues.TABLE_ROW_MAX_TOKENS and len(
            text[line_start:line_end].split(None, cues.TABLE_ROW_MAX_TOKENS)) > cues.TABLE_ROW_MAX_TOKENS:
        return None  # a line of prose: more words than a row holds (tested first, as most lines are such)
    return cues.TABLE_ROW.fullmatch(text, line_start, line_end)


def _party_list_item(w: Window, context: Context, share_seen: bool) -> bool:
    """A bare number after a name and "at"/"on" in a list of parties ("…, the Bloc at 8 and the Greens are on
    12"): a share where an earlier figure of the sentence is one, or the sentence (with a survey cue) lists
    two such items or more ("The poll puts Labour on 40, the Tories on 25 and the Greens on 12")."""
    if not 0 < w.expr.value < 100:
        return False
    if not w.before.endswith(("at ", "on ", "just ", "only ")):  # most fail here
        return share_seen and w.before[-1:] == " " and _elided_list_item(w)
    if not cues.LIST_ITEM_AFTER.match(w.after_raw):  # tried before the label's search, which costs more
        return False
    start = w.expr.start
    label = cues.LIST_ITEM_BEFORE.search(w.text, max(w.sentence[0], start - 40), start)
    if not label:  # "the poll has Labor's primary vote at thirty-four", "…, 12 points behind, are now on 17"
        return (context.cued and bool(cues.PLACED_AT_BEFORE.search(w.text, max(w.sentence[0], start - 60), start))) or (
            (share_seen or (context.near and context.after_share)) and bool(
                cues.LEVEL_VERB_BEFORE.search(w.before))) or (
            (context.cued or context.near) and _level_after_won_clause(w))  # "…, who took 4.1% in 2024, are on 6"
    if label.group(1).lower() in cues.CALENDAR_WORDS:
        return False
    if share_seen or (context.cued and cues.PLACING_VERB_BEFORE.search(w.text, max(w.sentence[0], label.start() - 20),
                                                                       label.start())):
        return True
    if (context.cued or context.near) and w.after_raw.startswith((",", ";")) and cues.ELIDED_NEXT_AFTER.match(
            w.after_raw):
        return True  # "the CDU is at 25, the AfD 24, the SPD 15": the first item of a list whose verb is left out
    if (context.cued or context.after_share) and cues.BOTH_AT_BEFORE.search(label.group()):
        return True  # "Labour and Reform are both on 24": two parties' level
    if not (context.cued or context.near):
        return False
    items = [m for m in cues.LIST_ITEM.finditer(w.text, *w.sentence) if m.group(1).lower() not in cues.CALENDAR_WORDS]
    count = len(items)  # or three near one: "The League is at 8, Avs at 6 and …"
    if context.after_share and (label.group(1) in ("others", "undecided") or (
            count == 2 and cues.LIST_ITEM_JOIN.fullmatch(w.text, items[0].end(), items[1].start())) or (
            count == 1 and cues.LONE_LIST_ITEM.fullmatch(w.text, *w.sentence))):
        return True  # the list of the sentence before goes on: "… The Greens are at 9 and the Bloc at 6.", "ACT on 8."
    if count == 2 and cues.PLACING_VERB_BEFORE.search(w.text, max(w.sentence[0], items[0].start() - 20),
                                                      items[0].start()):
        return True  # "the tracker had Labour on 24 and the Tories on 19": two levels a poll places
    return count >= 3 or (count == 2 and (context.cued or bool(cues.STANDING_WORDS.search(w.folded, *w.sentence))))


def _level_after_gap(w: Window, context: Context) -> bool:
    """A bare number after a change or a gap in points, or after a vote's name (cues.LEVEL_AFTER_GAP_BEFORE), near a
    survey cue and ending its clause: "the Coalition slipped a point to 27", "Labour six points behind on 21", "Labour
    are down two at 22", "unchanged on 17"; not an index's level ("the index fell 3 points to 45", "a gauge of current
    conditions was unchanged at 85.6")."""
    if not (context.cued or context.near) or not 0 < w.expr.value < 100 or not w.before.endswith(("to ", "on ", "at ")):
        return False
    return bool(cues.LIST_ITEM_AFTER.match(w.after_raw) or cues.LEVEL_NOTE_AFTER.match(w.after_raw)) and bool(
        cues.LEVEL_AFTER_GAP_BEFORE.search(w.before)) and not cues.names_index(w.folded, *w.sentence)


def _level_with_note(w: Window, context: Context) -> bool:
    """A party's level without its unit near a survey cue, after a name and "at"/"on" or a change verb and "to", told by
    what follows it (cues.LEVEL_NOTE_AFTER: its change, the result it is set against, the poll it is in): "the NDP is
    at 10, up a point", "One Nation has climbed to 15, up three", "the Left at 11, compared with 8.8% at the election";
    not a time ("on Monday at 10, up from …")."""
    if not (context.cued or context.near) or not 0 < w.expr.value < 100 or not w.before.endswith(("at ", "on ", "to ")):
        return False
    if not cues.LEVEL_NOTE_AFTER.match(w.after_raw) or cues.names_index(w.folded, *w.sentence):
        return False  # "the index rose to 45, up two": an index's level
    if w.before.endswith("to "):
        return bool(cues.CHANGED_TO_BEFORE.search(w.before))
    label = cues.LIST_ITEM_BEFORE.search(w.text, max(w.sentence[0], w.expr.start - 40), w.expr.start)
    if label is None or label.group(1).lower() in cues.CALENDAR_WORDS:  # "The NDP, which won 6.3% in April, is on 9"
        return _level_after_won_clause(w)
    return True


def _named_level_changed_to(w: Window, context: Context, share_seen: bool) -> bool:
    """A party's level without its unit ending its clause after a change verb, the party its subject, near a survey
    cue and after a share (cues.NAMED_CHANGED_TO_BEFORE): "The Tories, which have dropped to 11."; not an index's
    level ("the index has fallen to 45.") nor an official statistic's ("Inflation has dropped to 3.")."""
    if not (context.cued or context.near) or not (share_seen or context.after_share) or not 0 < w.expr.value < 100 \
            or not w.before.endswith("to "):
        return False
    return bool(cues.LIST_ITEM_AFTER.match(w.after_raw)) and bool(cues.NAMED_CHANGED_TO_BEFORE.search(
        w.text, max(w.sentence[0], w.expr.start - 80), w.expr.start) or cues.SUPPORT_CHANGED_TO_BEFORE.search(
        w.text, max(w.sentence[0], w.expr.start - 80), w.expr.start)) and not cues.names_index(
        w.folded, *w.sentence) and not cues.negative_before(w.before[-45:])  # "Turnout, which has fallen to 61."


def _leader_level(w: Window, context: Context) -> bool:
    """The leader's level without its unit, set off before its lead over another party's level, in a sentence with a
    survey cue: "Reform leads on 31, ahead of Labour on 20", "the SNP comes first, at 33, followed by Labour on 18"
    (cues.LEADER_LEVEL_AFTER)."""
    return context.cued and 0 < w.expr.value < 100 and w.before.endswith(("at ", "on ")) and bool(
        cues.LEADER_LEVEL_AFTER.match(w.after_raw)) and not cues.names_index(w.folded, *w.sentence)


def _level_verb_item(w: Window, context: Context, share_seen: bool) -> bool:
    """A party's level without its unit after its verb or place in the standings and ending its clause, in a poll's
    sentence or near one in an article naming a survey: "Labour is on 24.", "Alliance third on 16", "the Greens, on
    10, are …" (cues.LEVEL_VERB_ITEM_BEFORE, cues.APPOSITIVE_LEVEL_BEFORE); not "on 15 March" nor "on 411 seats", nor
    above 70, where a league's points are more often than a party's level ("Celtic are on 82"), nor, with no survey
    cue in its sentence, one with a game's words ("Leeds are on 30 after the win"). A bare "is on" or "are at" with no
    survey cue in its sentence takes a share in it or the sentence before, or a change or a standing after it ("The
    party is on 16, behind the Greens"): "Labour is on 38, the paper says" alone is no list."""
    if not w.before.endswith(("at ", "on ", "just ", "only ")) or not 0 < w.expr.value <= 70 or not (
            context.cued or (context.near and context.article_cues > 0)):
        return False
    if not cues.LIST_ITEM_AFTER.match(w.after_raw) or cues.names_index(w.folded, *w.sentence):
        return False
    start = w.expr.start
    label = cues.LEVEL_VERB_ITEM_BEFORE.search(w.text, max(w.sentence[0], start - 70), start) or (
        w.after_raw.startswith(",") and cues.APPOSITIVE_LEVEL_BEFORE.search(w.text, max(w.sentence[0], start - 40),
                                                                            start))
    if not label or label.group().split(None, 1)[0].strip(",").lower() in cues.CALENDAR_WORDS:
        return False
    if context.cued:
        return True
    return (share_seen or context.after_share or not cues.PLAIN_LEVEL_VERB_END.search(label.group()) or bool(
        cues.PLAIN_LEVEL_NOTE_AFTER.match(w.after))) and \
        not cues.GAME_WORDS.search(w.folded, *w.sentence)


def _vote_level(w: Window, context: Context) -> bool:
    """A vote's level without its unit, as Australian copy writes it, near a survey cue: "the Coalition's primary vote
    of 37 is its lowest", "Labor's two-party preferred vote is 51"; not "a primary vote of 37 per cent" (a percent)."""
    return w.before.endswith(("of ", "is ", "was ", "just ", "only ")) and (context.cued or context.near) and \
        0 < w.expr.value < 100 and "vote" in w.before and bool(cues.VOTE_LEVEL_BEFORE.search(w.before)) and bool(
            cues.VOTE_LEVEL_AFTER.match(w.after))


def _earlier_level(w: Window, context: Context, share_seen: bool) -> bool:
    """A party's earlier level without its unit, told by when it was, near a survey cue, after a share in its sentence
    or the one before: "Labour second on 20, down from 22 the previous week", "which was on 10 the previous quarter";
    or its present level before it: "rose to 45, up from almost 40 in January"; not an index's level."""
    if not w.before.endswith(("from ", "on ", "to ", "almost ", "nearly ", "about ", "around ", "just ", "only ")) or \
            not (context.cued or context.near) or not 0 < w.expr.value < 100:
        return False
    if w.before.endswith("to ") and cues.CHANGED_TO_BEFORE.search(w.before):  # "rose to 45, up from almost 40 in May"
        return bool(cues.LATER_LEVEL_AFTER.match(w.after)) and not cues.names_index(w.folded, *w.sentence)
    if (share_seen or context.after_share) and cues.EARLIER_WHEN_BEFORE.search(w.before[-30:]) and \
            cues.CLAUSE_END_AFTER.match(w.after) and cues.EARLIER_POLL_BEFORE.search(w.before):
        return True  # "down two since the May poll, when it was on 31": the poll's earlier level
    if not (share_seen or context.after_share) or not cues.EARLIER_LEVEL_BEFORE.search(w.before[-30:]):
        return False
    return bool(cues.EARLIER_LEVEL_AFTER.match(w.after)) and not cues.names_index(w.folded, *w.sentence)


def _name_paren_list(w: Window, context: Context) -> bool:
    """A figure in brackets after a name, in a sentence listing two such names (three away from a survey cue) whose
    figures make up at most a whole: a poll's parties as a chart writes them ("Reform UK (29) leads Labour (22)"); not
    ages ("Biden (81) and Trump (77)" make up more than a whole) nor days ("Friday (13)")."""
    if not w.before.endswith("(") or not w.after.startswith(")") or not (context.cued or context.near):
        return False
    items = [m for m in cues.NAME_PAREN_ITEM.finditer(w.text, *w.sentence)
             if m.group(1).lower() not in cues.CALENDAR_WORDS]
    if not any(m.start(2) == w.expr.start for m in items):
        return False
    return len(items) >= (2 if context.cued else 3) and 30 <= sum(float(m.group(2)) for m in items) <= 100


def _possessive_level(w: Window, context: Context, share_seen: bool) -> bool:
    """A party's level without its unit right after its name's possessive, in a sentence with a survey cue that lists
    two such levels making up at most a whole, or after a share of its sentence: "the poll put the CSU's 41.5 ahead of
    the Free Voters' 11.2"; not "the team's 31 points" nor a lone "Biden's 81"."""
    if not context.cued or not w.before.endswith(cues.POSSESSIVE_ENDS) or not 0 < w.expr.value < 100 or \
            not cues.POSSESSIVE_LEVEL_AFTER.match(w.after_raw):
        return False
    items = list(cues.POSSESSIVE_LEVEL.finditer(w.text, *w.sentence))
    if not any(m.start(1) == w.expr.start for m in items):
        return False
    return share_seen or (len(items) >= 2 and sum(float(m.group(1)) for m in items) <= 100)


def _follows_with(w: Window, context: Context, share_seen: bool) -> bool:
    """The next party of a poll's list, its level without a unit after "follows with" and ending its clause, after a
    share in its sentence or the one before: "… Forza Italia follows with 8.7."."""
    return (share_seen or context.after_share) and 0 < w.expr.value < 100 and w.before.endswith(" with ") and bool(
        cues.LIST_ITEM_AFTER.match(w.after_raw)) and bool(cues.FOLLOWS_WITH_BEFORE.search(
            w.text, max(w.sentence[0], w.expr.start - 60), w.expr.start))


def _elided_list_item(w: Window) -> bool:
    """A bare number right after a name, its list's verb and unit given once with its first item ("The Left would
    reach 8 percent, the BSW 4 and the FDP 3"); not a date ("between May 4 and June 2")."""
    if not cues.LIST_ITEM_AFTER.match(w.after_raw):  # tried before the name's search, which costs more
        return False
    name = cues.ELIDED_ITEM_BEFORE.search(w.text, max(w.sentence[0], w.expr.start - 40), w.expr.start)
    return bool(name) and name.group(1).lower() not in cues.CALENDAR_WORDS


def _name_figure_list(w: Window, context: Context) -> bool:
    """A bare number after a name, in a run of names each with its figure that makes up at most a whole (30 to 100,
    so a score is not one), near a survey cue: a poll's parties written as its table is ("Union 27, AfD 25, SPD 15",
    or two in a sentence with a survey cue: "Poll: Union 27, AfD 25 in ARD survey", or two that make a whole; a live
    blog's "Poll: Lab 28 Con 24 LD 12" where the run ends its line or its source follows in brackets); not a date
    ("May 27, June 25")."""
    if not context.near or not w.text[w.expr.start - 2:w.expr.start - 1].isalpha():
        return False
    start, end = w.sentence
    if not _name_may_end_before(w.text, start, w.expr.start):
        return False  # no capital in the words right before it: no item of a run ends with it (the scan is slow)
    items = list(cues.NAME_FIGURE_ITEM.finditer(w.text, start, end))
    for k, item in enumerate(items):
        if item.start(2) != w.expr.start:
            continue
        first = last = k
        while first > 0 and cues.NAME_FIGURE_JOIN.fullmatch(w.text, items[first - 1].end(), items[first].start()):
            first -= 1
        while last + 1 < len(items) and cues.NAME_FIGURE_JOIN.fullmatch(w.text, items[last].end(),
                                                                        items[last + 1].start()):
            last += 1
        run = items[first:last + 1]  # two items only in a sentence with a survey cue: "Coventry 41, Millwall 38"
        if any(not w.text[a.end():b.start()].strip() for a, b in pairwise(run)) and not \
                cues.RUN_END_AFTER.match(w.text, run[-1].end()):
            return False  # names and figures with only spaces between ("Lab 28 Con 24") make up a whole line
        total = sum(float(m.group(2)) for m in run)  # two that make a whole are a split: "Yes 52 / No 48"
        headline = w.text.startswith(": ", run[-1].end()) or bool(  # "Labour 24, Reform 29: Starmer's …"
            cues.RUN_LABEL_BEFORE.search(w.text, max(0, run[0].start() - 32), run[0].start()))  # "Preferred: Lab 52, …"
        return len(run) >= (2 if context.cued or total >= 98 or headline else 3) and 30 <= total <= 100 and not any(
            m.group(1).split()[-1].lower() in cues.CALENDAR_WORDS for m in run)
    return False


def _name_may_end_before(text: str, sentence_start: int, start: int) -> bool:
    """Whether a cues.NAME_FIGURE_ITEM's name can end right before the number at `start` (after one space, perhaps
    "on"/"at"): its last word starts with a capital A-Z, so the last word of the sentence before the number (or the
    one before "on"/"at") must hold a capital ("Labour 24", "Reform on 29"); not "between 7", "on 5"."""
    words = text[sentence_start:start].rsplit(None, 2)
    if len(words) > 1 and words[-1] in ("on", "at"):
        return not words[-2].islower()
    return bool(words) and not words[-1].islower()


def _share_of_people_before(w: Window) -> bool:
    """ "The share of consumers expecting higher unemployment fell to 31%": the subject is a share of people."""
    before = w.folded[w.sentence[0]:w.expr.start]
    return contains_any(before, cues.SHARE_OF_WORDS) and bool(cues.SHARE_OF_PEOPLE_BEFORE.search(before))


def _decreasing(before: str, after: str) -> bool:
    if before.endswith(" negative "):
        return True  # "his net popularity was negative 4 percentage points"
    if before.endswith(" of ") and cues.GAP_LEVEL_BEFORE.search(before):
        return False  # "down from an advantage of eight": a lead's level
    if before.endswith(" at ") and cues.LEAD_AT_BEFORE.search(before):
        return False  # "the lead is down to single figures at 8 points": the lead's level
    if before.endswith((" to ", " from ")) or (before.endswith(" ") and cues.LEVEL_HEDGE_TAIL.sub("", before).endswith(
            (" to ", " from "))):
        return False  # "his lead fell to 16 points", "shrank to 2.5 points from 5 points", "to just one point": levels
    clause_before = cues.CLAUSE_BREAK.split(before)[-1]
    clause_after = cues.AFTER_CLAUSE_BREAK.split(after[:25], maxsplit=1)[0]  # not the next item's "(down 0.5%)"
    if clause_after.startswith(LEAD_NOUNS) or clause_after.startswith((" and ", " while ", " but ", " whereas ")):
        clause_after = ""  # "a nine-point lead as Labour slumps", "rises four tenths and the PP falls": another's
    return bool(cues.DECREASE.search(clause_before[-40:]) or cues.DECREASE.search(clause_after)
                or cues.FALL_AFTER.match(clause_after))


def _confidence(kind: str, w: Window, context: Context) -> float:
    expr, before, after = w.expr, w.before, w.after  # read once: each read of a NamedTuple field is a call
    score = FORM_PRIOR[expr.form]
    if kind in ("sample_size", "margin_of_error"):
        score += 0.3
    if kind == "margin_of_error" and not context.near:
        score -= 0.3  # "the assay's error margin of 2.5%" with no poll in or near its sentence: a lab's or a model's
    score += 0.35 if context.cued else 0.0
    score += 0.2 if context.near else 0.0
    score += 0.1 * context.article_cues if context.article_cues > 0 else -0.1
    # "Unemployment was mentioned by 21 per cent": the non-survey word before it is the answer
    answer = kind == "share" and ((" by " in before[-16:] and bool(cues.ANSWER_BY_BEFORE.search(before))) or (
        before.endswith("(") and bool(cues.ANSWER_FOLLOWED_BEFORE.search(  # a fourth answer's words start further
            w.folded, max(w.sentence[0], expr.start - 2 * WINDOW_BEFORE), expr.start))) or (
        ("followed" in before or "ahead" in before) and bool(cues.ANSWER_FOLLOWED_AT_BEFORE.search(before)) and (
            context.cued or (context.near and bool(
                cues.RANKED_ANSWER_BY.search(w.folded, w.sentence[0], expr.start))))))
    earlier = before.endswith("from ") and bool(cues.EARLIER_SHARE_BEFORE.search(before))
    opinion = answer or (kind == "share" and (bool(cues.OPINION_AFTER.match(after)) or _share_of_people_before(w)))
    if opinion:
        score += 0.25
        if not context.near and context.article_cues >= 0 and cues.SAYING_AFTER.match(after):
            score += 0.1  # "24% of Americans say they will not": what people say, though no poll is named
    table_line = _on_table_line(w)
    if table_line:
        score += 0.3
    if kind == "share" and not opinion and not context.cued and cues.OF_NON_PEOPLE_AFTER.match(after):
        score -= 0.3  # "30% of trains were cancelled", "60% of them outside the US": things, not respondents
    if context.money:
        score -= 0.3  # "the scheme costs £1.4bn": a sentence about money, with no poll in it
    if kind != "margin_of_error" and (  # its cue outweighs "a probability of 95%" or "the size of" before it
            (_negative_before(w, context) and not answer and not earlier and not (table_line and context.near)
             and not cues.OPINION_SUBJECT_BEFORE.search(before))  # "- Cut income tax: 48%": the label is the answer
            or cues.DEATHS_AFTER.match(after) or (
                context.after_negative and not opinion and not _level_after_vote(w))):
        score -= 0.5 if opinion else 0.8
    if " by " in after[:40] and cues.FORECAST_AFTER.match(after):
        score -= 1.0  # "the 2.3% expected by economists in a poll": their forecast, not a share of respondents
    if "not " in before[-24:] and cues.DENIED_FINDING_BEFORE.search(before):
        score -= 1.0  # "the poll did not find that 70% back it" (a fact-check): a figure the survey did not give
    if "referendum" in after[:100] and cues.REFERENDUM_OUTCOME_AFTER.match(after):
        score -= 1.0  # "64% of voters approved the plan in a referendum": a result, not a poll
    if context.official and expr.start >= context.official_from and not _level_after_vote(w):
        score -= 0.2 if context.cued else 0.4
    if context.quick_count or (context.result and expr.start >= context.result_from and (
            not opinion or cues.RESULT_VOTED_AFTER.match(after)) and not _level_after_vote(w)):
        score -= 0.8  # "Gálvez took 27%" after the count, "62% of Scots voted Remain" at a past vote: results too
    if context.non_survey_source:  # "11% of adults smoke, the ONS said": a count, unless an opinion verb follows
        score -= 0.4 if cues.OPINION_VERB_AFTER.match(after) else 0.8
    if expr.form == "signed" and "net" in before and cues.NET_RATING_BEFORE.search(before):
        score += 0.25  # "for a net of +6", "net approval of -12": a net rating is a poll's
    if kind == "change" and expr.form == "percent" and not context.cued and \
            not cues.BRACKETED_CHANGE_BEFORE.search(before) and not (
            after.startswith(" to ") and cues.TO_PERCENT_LEVEL_AFTER.match(after)):
        score -= 0.4  # "rose 18.8%" is mostly a relative change of a quantity; polls move in points
    return min(1.0, max(0.0, score))


def extract_articles(articles: Iterable[Article], min_confidence: float = 0.5, jobs: int = 1) -> list[dict]:
    """Citations of many articles at or above min_confidence (a process pool when jobs > 1)."""
    return [c for batch in _map_articles(articles, min_confidence, jobs) for c in batch]


def _map_articles(articles: Iterable[Article], min_confidence: float, jobs: int) -> Iterator[list[dict]]:
    extract = partial(extract_article, min_confidence=min_confidence)
    if jobs <= 1:
        yield from map(extract, articles)
        return
    from multiprocessing import Pool

    with Pool(jobs) as pool:
        yield from pool.imap(extract, articles, chunksize=16)


def _articles_reporting_errors(inputs: list[str], failures: list[InputError]) -> Iterator[Article]:
    for item in read_inputs(inputs):
        if isinstance(item, InputError):
            print(f"error: {item}", file=sys.stderr, flush=True)
            failures.append(item)
        else:
            yield item


def write_citations(citations: list[dict], fmt: str, out) -> None:
    rows = [{field: c.get(field) for field in OUTPUT_FIELDS} for c in citations]
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=OUTPUT_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


def run(args) -> int:
    failures: list[InputError] = []
    citations = extract_articles(_articles_reporting_errors(args.inputs, failures), args.min_confidence, args.jobs)
    status = 2 if failures else 0
    write_citations(link_citations(citations), args.format, sys.stdout)
    return status
