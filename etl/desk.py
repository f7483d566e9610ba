"""The editors' desk: match each figure of a draft to the dataset and give it a verdict.

Pure logic shared by `python -m etl check` and the dashboard's /check page. The caller extracts the
draft's citations (etl.extract) and loads the package (`load_dataset`); `check_citations` then scores
every dataset figure as a candidate for each citation (pollster, or the sponsor when the draft names only
who commissioned the survey; fieldwork, statement similarity, subgroup, value proximity) and compares the
cited value with the best one. The pollster's published value decides when it is known; otherwise the
values other outlets cite do. A figure's statement is its short label, the pollster's answer, and how each
other outlet words it (the package keeps every citation's statement words): never the draft's own citation.

A draft that dates none of its figures may still say which survey wave it quotes: when its other figures of
a pollster agree with one wave and no other, that wave stands in for the missing date (`_pinned_waves`).

A sample size or margin of error is the survey's, not a question's: it is checked against the survey's published
one (etl.desk_data.survey_level_figures; else what other outlets cite), the wave the draft dates (or pins) and the
population it names ('1,003 Canadians' is no sample size of a survey of Britons; 'registered voters' are a part of
an adult sample, never called wrong against the whole sample's size). An undated count written to the unit ('5,152
adults') that is one wave's published sample size and no other's helps pin that wave. How near a rounded or bounded
count ('roughly 20,000', 'more than 2,000') must be: agreement_of.

The figure's sentence is read as an editor reads it: a follow-on sentence ('Support was 76% among men') takes its
topic from the sentence before, loosely (enough to agree with an equal number, never to call one wrong); a 'not' in
another clause of the sentence does not decide the number's side; words that name the question but not the answer
leave the answer to the number; a group the pollster reports separately, named anywhere in the sentence next to
the number (in its own clause first), is the number's group, and a group the sentence opens with ('Among …,') is all
its numbers'. A group's follow-on may open a paragraph of its own. The second number of 'by 53% to 40%' is the other
side of the question. A fraction word ('half', 'one in five') stands for the shares nearest to it (fraction_span).
A number of a group the pollster reports never agrees with the pollster's whole-sample value.

A figure is called wrong (✖ / ⚠) only on a sure match: a closer fit than a ✔ needs (on the evidence there
is: a survey the dataset cannot date is no evidence against the match), the draft's group (and no other group
its sentence names for the number), the same survey wave (with no date in the draft, or none in the dataset,
another wave may be meant), and not every answer of one question off at once (that means another wave or group
of respondents, not as many misquotes), nor when its words name both sides of the question ('legal in some cases
and illegal in others').
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from etl.desk_data import (
    EXIT_POLL_MODE,
    UNIT_BY_KIND,
    Cited,
    Dataset,
    Figure,
    date_bounds,
    month_label,
    names_match,
    normalise,
    pollster_key,
    statement_words,
    text_or_none,
)
from etl.link import BARE_ANSWER, COUNTRIES, american_spelling, statement_tokens
from etl.numbers import FRACTION_WORDS, parse_number
from etl.sentences import split_sentences

MAX_DRAFT_BYTES = 100 * 1024  # the web form's limit: a long feature is ~30 KB of text
MIN_CONFIDENCE = 0.5  # the extractor's own threshold for "this is a survey figure"
MIN_CONFIDENCE_IF_MATCHED = 0.2  # below MIN_CONFIDENCE: a number shown only when it matches a figure of its survey

# code -> (symbol, short label). The symbols are what editors see next to each figure.
VERDICTS = {
    "match": ("✔", "matching"),
    "rounding": ("≈", "within rounding"),
    "differs": ("✖", "differing"),
    "conflict": ("⚠", "conflicting"),
    "unknown": ("?", "not in the dataset"),
    "unattributed": ("!", "unattributed"),
}
PROBLEMS = frozenset({"differs", "conflict"})

# Candidate scoring: a weighted sum in 0-1; pollster and kind are gates, not weights.
WEIGHTS = {"statement": 0.45, "fieldwork": 0.25, "subgroup": 0.15, "value": 0.15}
CONFIDENT = 0.6  # at or above: the figure is the candidate
PLAUSIBLE = 0.35  # between this and CONFIDENT: show the best candidate and why, verdict "?"
UNSURE = (PLAUSIBLE + CONFIDENT) / 2
SURE_TO_FLAG = 0.7  # a figure called wrong needs a surer match than one called right: a differing number is
# itself a hint that the match is wrong, and a false ✖ costs the editor more than a missed ✔. Judged on the
# evidence there is (Candidate.sureness): a survey the dataset cannot date counts neither way.
BEYOND_DOUBT = 0.8  # at or above: statement, fieldwork and subgroup all fit (a near-identical statement needed)
MIN_STATEMENT_SIMILARITY = 0.4  # below: the draft says something else (statements are short clauses)
LOOSE_WORDING = MIN_STATEMENT_SIMILARITY / 2  # from here: a paraphrase, enough to agree with an equal number in the
# draft's dated wave and group (_loosely_worded_agreement), never to call a number wrong
SENTENCE_DISCOUNT = 0.7  # the figure's words found in the draft's sentence: weaker than a matching statement
ANSWER_ALONE_DISCOUNT = SENTENCE_DISCOUNT  # a draft naming only the answer of the one figure of its wave and group
# with that answer: as weak as the figure's words found in the sentence (see _named_by_answer_alone)
FOLLOW_ON_WORDING = LOOSE_WORDING  # a figure the sentence before names (well enough to match) fits a follow-on
# sentence ('Support was 76% among men', 'Only 15% of Democrats agree') this loosely: enough to agree with an equal
# number of the draft's dated wave and group (_loosely_worded_agreement), never to call a number wrong
FOLLOW_ON_SENTENCES = 2  # sentences before a follow-on figure's that may name its question
MIN_PINNING_FIGURES = 2  # the draft's undated figures that must agree with one wave before it is taken as theirs
OVERHANG_DAYS = 14  # a survey running this much longer than the draft's period ("in June") is likely another
TIE_MARGIN = 0.1  # candidates this close to the best are about as likely
POLARITY = frozenset({"not"})
MIN_ANSWER_WORDS = 2  # topic words a draft must share with a figure's answer for the answer alone to match it

CREDIT_WITHIN_CHARS = 500  # a pollster named this far after a figure still credits it (about a paragraph)
FUZZY_NAME_RATIO = 0.88  # a misspelt pollster name: the cutoff etl.pollsters uses to recognise one
MIN_FUZZY_NAME = 8  # characters; shorter names differ from other words by a letter or two

SURVEY_LEVEL = frozenset({"sample_size", "margin_of_error"})
EXIT_POLL_SURVEY = "exit_poll_survey"  # the key of the exit poll a draft's pollster-less figure is matched in
EXIT_POLL_DAYS = 4  # days between a dated draft and an exit poll's fieldwork within which it may report that poll
MARGIN_UNIT = "margin points"  # points of a margin of error: compared by agreement_of's own rule for margins
WHOLE_SAMPLE_WORDS = frozenset(re.findall(r"\w+", """
    of among the all those people respondents adults polled surveyed asked population public citizens residents voters
"""))
PUNCT = re.compile(r"[^\w\s]")
CLAUSE_SPLIT = re.compile(r",|;|\b(?:and|but|or|while|whereas)\b", re.IGNORECASE)
NUMBER_RUN = re.compile(r"\d+(?:[.,]\d+)*")
YEAR = re.compile(r"(?:19|20)\d\d")
BOUND = re.compile(r"\b(?:range|bound)\b", re.IGNORECASE)  # an answer that is one end of a published range
_WORD, _SPACE = r"[^\W\d_][\w'’-]*", r"[^\S\n]+"  # a word (no digits first), spaces within one line
GROUP_AFTER_VALUE = re.compile(  # '83 percent approval among Democrats': up to three words, then 'among'/'of'
    rf"[^\S\n]*(?P<what>(?:{_WORD}{_SPACE}){{0,3}}?)(?:among|of){_SPACE}(?P<who>{_WORD}(?:{_SPACE}{_WORD}){{0,3}})",
    re.IGNORECASE)
GROUP_IN_SENTENCE = re.compile(rf"\bamong{_SPACE}(?P<who>{_WORD}(?:{_SPACE}{_WORD}){{0,3}})", re.IGNORECASE)
EARLIER_BEFORE_VALUE = re.compile(  # 'up from 38%', 'fell from 38%': the number is an earlier reading ('compared
    # with' is left out: it compares groups as often as waves)
    rf"\b(?:up|down|rising|falling|rose|fell|climbed|dropped|jumped|slipped|increased|decreased){_SPACE}from"
    rf"{_SPACE}(?:just{_SPACE}|only{_SPACE})?$", re.IGNORECASE)
EARLIER_AFTER_VALUE = re.compile(  # '38% a year ago', '38% in the previous survey', '38% previously' (not 'better off
    # than a year ago', a question's words)
    rf"[^\S\n]*(?:\S+{_SPACE}){{0,6}}?(?:previously|(?<!than )(?<!since )(?:a|one|two|three|six|\d+){_SPACE}"
    rf"(?:years?|months?|weeks?){_SPACE}(?:ago|earlier|before)|last{_SPACE}(?:year|month|survey|poll|wave)"
    rf"|in{_SPACE}(?:the|an|its){_SPACE}(?:previous|prior|last|earlier){_SPACE}(?:survey|poll|wave|round))\b",
    re.IGNORECASE)
EARLIER_WINDOW = 30  # characters before the number that may say 'up from' (twice that after it: '… a year ago')
THEM_AFTER_VALUE = re.compile(r"[^\S\n]*(?:of|among)[^\S\n]+them\b", re.IGNORECASE)  # '23% of them'
AGE_SPAN = re.compile(r"\b(?P<low>\d{2})\s*(?:-|–|to)\s*(?P<high>\d{2})\b")
AGE_BELOW = re.compile(r"\b(?:under|younger\s+than|below)\s+(?P<below>\d{2})\b", re.IGNORECASE)
AGE_FROM = re.compile(r"\b(?:(?P<at>\d{2})\s*(?:\+|(?:and|or)\s+(?:older|over|above)\b)|(?:over|older\s+than|above)"
                      r"\s+(?P<over>\d{2})\b)", re.IGNORECASE)
GROUP_NOUNS = frozenset({  # what a breakdown is by: 'Kyiv region', 'residents of the East'
    "region", "regions", "oblast", "oblasts", "province", "provinces", "area", "areas", "state", "states", "district",
    "districts", "county", "counties", "resident", "residents", "part", "parts", "macroregion"})
PLACE_OR_GROUP_BEFORE = re.compile(r"\b(?:in|among|amongst|across)\s+(?:the\s+)?$", re.IGNORECASE)  # 'in the east'
PLACE_LOOKBEHIND = 16  # characters before a group's name that may say 'in the' / 'among'
GROUP_THEN_VALUE = re.compile(r"\s*(?:\(|,?\s+(?:at|on|with)\s+)\s*", re.IGNORECASE)  # 'the west (82%)', 'men, at 76%'
MIN_CORE_NAME = 3  # letters: 'men' names a group, 'us' is a pronoun
ADULT_AGE = 18  # the youngest respondent of an adult sample: 'under 30' is '18-29' there
AGE_WORDS = frozenset({"aged", "ages", "age", "adults", "adult", "people", "those", "year", "years", "old", "olds"})
CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)|\b(?:while|whereas|but|against)\b", re.IGNORECASE)  # not '1,013'
FRONTED_GROUP = re.compile(  # 'Among adults who have heard a lot about AI, 47% … while 15% …': the whole sentence's
    r"[^\S\n]*(?:(?:even|but|and|yet|meanwhile)[^\S\n]+)?among[^\S\n]+(?P<who>[^,;:\n]{3,80}?)[^\S\n]*,", re.IGNORECASE)
PARTIAL_ANSWER = re.compile(r"\b(?:some|parts?)\b.{0,60}?\bbut\s+not\s+(?:others|all|the\s+rest|every|the\s+whole)\b",
                            re.IGNORECASE)
SECOND_OF_PAIR = re.compile(  # 'approve by 53% to 40%': the second number is the other side's
    r"\bby[^\S\n]+\S+(?:[^\S\n]+(?:percent|per[^\S\n]+cent))?[^\S\n]+to[^\S\n]+$", re.IGNORECASE)
PAIR_WINDOW = 30  # characters before the number that may say 'by 53% to'
_PAIR_NUMBER = r"\d+(?:\.\d+)?(?:[^\S\n]*(?:%|percent|per[^\S\n]+cent))?"
PAIR_TO = r"[^\S\n]+(?:to|vs\.?|versus)[^\S\n]+"
FIRST_OF_GROUP_PAIR = re.compile(PAIR_TO + r"\d")  # 'more hawkish than women, 76% to 64%': after the first number
SECOND_OF_GROUP_PAIR = re.compile(rf"(?P<first>{_PAIR_NUMBER}){PAIR_TO}$", re.IGNORECASE)  # before the second
FRACTION_TEXT = re.compile(  # 'half', 'a third', 'two-thirds', 'one in five', 'seven out of ten' (not '20%')
    rf"\b(?:{'|'.join(FRACTION_WORDS)})\b|\b(?:in|out\s+of)\s+(?P<den>\w+)$", re.IGNORECASE)
PERCENT_TEXT = re.compile(r"%|\bper\s*cent|\bpct\b|\bpercentage\b", re.IGNORECASE)
SIMPLE_DENOMINATORS = (2, 3, 4, 5)  # the fractions a reader rounds any share to: halves, thirds, quarters, fifths
FRACTION_SLACK = 5.0  # points: no fraction word stands for a share further away than this
ABOUT_THE_ASKING = statement_tokens("the question questions asked survey poll")  # 'found the question hard to
# answer' names the answer alone: these words are about the asking, not a topic
POPULATION_FILLER = statement_tokens(" ".join(WHOLE_SAMPLE_WORDS | AGE_WORDS))  # 'adults', 'people aged': anyone
SAMPLE_AFTER_COUNT = re.compile(  # '5,152 U.S. adults', '3,500 registered voters', '1,003 Canadians': who was asked
    r"[^\S\n]+(?P<who>(?:[\w.'’-]+[^\S\n]+){0,2}?(?:adults|voters|people|respondents|residents|citizens|teens|"
    r"teenagers|parents|workers|students|[A-Z][a-z]+(?:ans|ians|ers|ese|s)))\b")
TRAILING_GROUP = re.compile(r"(?P<what>\w.*?)\s+among\s+(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,3})\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    figure: Figure
    score: float
    reasons: tuple[str, ...]
    same_group: bool  # the draft's subgroup is the figure's (the whole sample counts as one)
    sureness: float  # the score over the evidence there is: what a figure called wrong must reach
    fit: float = 0.0  # the score before any cap: among candidates capped alike, the better fit is shown first


@dataclass(frozen=True, slots=True)
class Verdict:
    """The desk's answer for one figure of the draft."""

    verdict: str
    start: int
    end: int
    value_text: str
    value: float
    kind: str
    message: str
    figure_id: str | None = None
    figure_label: str | None = None
    survey_id: str | None = None  # the matched figure's survey: the link of a published sample size with no figure page
    why: str | None = None
    match_score: float = 0.0  # how well the figure fits (0 without one): decides between numbers sharing it

    @property
    def symbol(self) -> str:
        return VERDICTS[self.verdict][0]

    @property
    def is_problem(self) -> bool:
        return self.verdict in PROBLEMS

    def as_dict(self) -> dict:
        return {
            "verdict": self.verdict, "symbol": self.symbol, "start": self.start, "end": self.end,
            "value_text": self.value_text, "value": self.value, "kind": self.kind, "message": self.message,
            "figure_id": self.figure_id, "figure": self.figure_label, "survey_id": self.survey_id, "why": self.why,
        }


def draft_too_large(text: str) -> str | None:
    """The message for a draft over the web form's limit, or None when it fits."""
    size = len(text.encode("utf-8"))
    if size <= MAX_DRAFT_BYTES:
        return None
    return (f"This draft is {size / 1024:,.0f} KB; the desk checks drafts up to {MAX_DRAFT_BYTES // 1024} KB. "
            "Check it in parts, or use `python -m etl check` for long documents.")


def check_citations(citations: list[dict], dataset: Dataset, *, text: str = "", title: str = "",
                    published: str | None = None, draft_sha256: str | None = None) -> list[Verdict]:
    """A verdict for every survey figure the extractor found in a draft, in text order.

    `text` and `title` are the draft (for context words when the extractor gave no statement, and to see
    where the pollster is named); `published` the draft's publication date (a fallback for fieldwork);
    `draft_sha256` the draft's text hash, so a draft already in the package is compared with the other
    outlets, never with itself.
    """
    kept = [c for c in citations if (c.get("confidence") or 0) >= MIN_CONFIDENCE]
    kept.sort(key=lambda c: (c["start"], c["end"]))
    kept = _topics_shared_in_sentence(_groups_referred_back(kept, text))
    context = {"text": text, "title": title, "published": published, "draft_sha256": draft_sha256}
    verdicts = [check_one(c, dataset, **context) for c in kept]
    pins = _pinned_waves(kept, verdicts, dataset, text=text, published=published, draft_sha256=draft_sha256)
    if pins:
        kept = [{**c, "pinned_wave": pins[key]} if not _dated(c) and (key := _pollster_of(c)) in pins else c
                for c in kept]
        verdicts = [check_one(c, dataset, **context) if "pinned_wave" in c else v
                    for c, v in zip(kept, verdicts, strict=True)]
    verdicts = [_only_figure_with_its_number(c, v, dataset, text, draft_sha256)
                for c, v in zip(kept, verdicts, strict=True)]
    verdicts = sorted([*verdicts, *_doubted_numbers_that_match(citations, dataset, **context)],
                      key=lambda v: (v.start, v.end))
    return _doubt_whole_question_differing(_doubt_shared_matches(verdicts), dataset)


def _doubted_numbers_that_match(citations: list[dict], dataset: Dataset, **context) -> list[Verdict]:
    """'Fewer, 64%, said Poland should go on taking in refugees': the extractor doubts a number whose sentence
    names no survey (below MIN_CONFIDENCE), though the paragraph before credits the poll. Such a number is
    still shown when it matches (✔ or ≈) a figure of the survey the draft credits it to, and left out otherwise:
    a doubted number is never called wrong."""
    doubted = [c for c in citations if MIN_CONFIDENCE_IF_MATCHED <= (c.get("confidence") or 0) < MIN_CONFIDENCE
               and text_or_none(c.get("pollster"))]
    matched = []
    for citation in doubted:
        verdict = _only_figure_with_its_number(citation, check_one(citation, dataset, **context), dataset,
                                               context["text"], context["draft_sha256"])
        if verdict.verdict in ("match", "rounding"):
            matched.append(verdict)
    return matched


def _only_figure_with_its_number(citation: dict, verdict: Verdict, dataset: Dataset, text: str,
                                 draft_sha256: str | None) -> Verdict:
    """A figure left unknown ('?') because the draft words it unlike the articles the dataset was built from
    ('would accept ceding land' for 'ready for territorial concessions') is still the draft's when it is the
    only figure of the survey wave the draft dates, in the draft's group, that shares a topic word with the
    draft's statement in a wording of the same polarity ('opposed' is not 'supporting') and has the draft's number,
    written as exact (published, or cited alone by an outlet). Where several
    do, the one sharing the most (by weight) decides, if one does. Only agreement is called so: a loose fit
    never makes a number wrong, so a number that would differ or conflict stays unknown."""
    if verdict.verdict != "unknown" or (citation.get("kind") or "share") in SURVEY_LEVEL:
        return verdict
    citation = _prepared(citation, dataset, text)
    exactly = {**citation, "qualifier": "exact"}  # 'about 40%', '27-42%' would agree with too many numbers
    said = statement_tokens(citation.get("statement")) | statement_tokens(citation.get("value_words"))
    words = said - BARE_ANSWER  # 'support' and 'oppose' are any question's answers, not its topic
    if not words or not text_or_none(citation.get("pollster")):
        return verdict
    kind = citation.get("kind") or "share"
    sharing: dict[Figure, float] = {}
    about: list[Figure] = []  # the wave's figures of the draft's group on the draft's topic, whatever their number
    for figure in _pool(citation, dataset):
        frame = dataset.frame_of(figure.pollster)
        if (kind not in figure.kinds or not _in_drafts_wave(citation, figure)
                or not _groups_agree(_group(citation.get("subgroup"), figure.population, frame),
                                     _group(figure.subgroup, figure.population, frame))
                or _names_another_answer(words, figure, dataset)):
            continue
        wordings = (figure.tokens, figure.cited_tokens, *figure.worded_by_others(kind, draft_sha256))
        weight = dataset.weight_among(figure.pollster)
        if shared := max(sum(map(weight, words & tokens)) if ("not" in said) == ("not" in tokens) else 0.0
                         for tokens in wordings):
            about.append(figure)
            if _agrees_firmly(exactly, figure, draft_sha256):
                sharing[figure] = shared
    ranked = sorted(sharing.items(), key=lambda item: -item[1])
    if not ranked:
        return _the_one_figure_on_its_topic_differs(citation, verdict, about, text, draft_sha256)
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return verdict
    figure = ranked[0][0]
    outcome, message = compare_value(citation, figure, draft_sha256=draft_sha256)
    if outcome not in ("match", "rounding"):
        return verdict
    return _loosely_matched(verdict, citation, figure, outcome, message,
                            "with this number that shares its topic", "with this number")


def _the_one_figure_on_its_topic_differs(citation: dict, verdict: Verdict, about: list[Figure], text: str,
                                         draft_sha256: str | None) -> Verdict:
    """'Republicans were far less keen on the marriages: 48% backed them' (the pollster published 44%): a loosely
    worded number is still called wrong when the match is firm by everything but the wording: the draft names the
    pollster and dates the wave itself, names the group, shares the topic, and the wave has exactly one figure of
    that group on that topic, with a published value. A second figure on the topic (another answer, another
    wording) leaves it unknown: the number would then choose, and a number never makes a loose match."""
    if len(about) != 1 or not _dated(citation) or "pinned_wave" in citation or _earlier_reading(citation, text):
        return verdict
    figure, kind = about[0], citation.get("kind") or "share"
    if figure.published(kind) is None or _second_of_pair(citation, text) or _names_another_group(citation, text):
        return verdict
    outcome, message = compare_value(citation, figure, draft_sha256=draft_sha256)
    if outcome != "differs":
        return verdict
    return _loosely_matched(verdict, citation, figure, outcome, message, "on its topic", "on its topic")


def _loosely_matched(verdict: Verdict, citation: dict, figure: Figure, outcome: str, message: str,
                     only: str, only_briefly: str) -> Verdict:
    """The verdict of a figure matched despite its wording, as the only figure of its wave and group `only`: never
    a confident match (its score stays below UNSURE), and saying why (`only_briefly`)."""
    return replace(verdict, verdict=outcome, figure_id=figure.figure_id, figure_label=figure.label(),
                   survey_id=figure.survey_id, match_score=min(verdict.match_score, UNSURE),
                   message=(f"{message} (Worded unlike the dataset's figure, but the only figure of this survey "
                            f"wave and group {only}.)"),
                   why=f"same {_matched_on(citation)}; fieldwork matches; only figure of the wave {only_briefly}")


def _names_another_group(citation: dict, text: str) -> bool:
    """Does the number's sentence name a group ('Among the most aware, concern outweighs excitement by 47% to 15%')
    other than the one the draft's figure was given? Then the number may be that group's, and no match is firm."""
    start, end = citation.get("sentence_start"), citation.get("sentence_end")
    if not text or not isinstance(start, int) or not isinstance(end, int):
        return False
    ours = normalise(text_or_none(citation.get("subgroup")) or "")
    return any(not ours or not normalise(m["who"]).startswith(ours)
               for m in GROUP_IN_SENTENCE.finditer(text, start, end))


def _groups_referred_back(citations: list[dict], text: str) -> list[dict]:
    """'15% of Democrats say the aid is too much, and 23% of them say it is not enough': a number 'of them' (or
    'among them') with no group of its own is of the group the sentence gave the number before it. Without it the
    number would be taken for the whole sample's and called wrong. So is an earlier reading ('31% of independents,
    down from 40% in February'): the same group's, never a whole-sample figure to agree with."""
    if not text:
        return citations
    referred = []
    for before, citation in zip([None, *citations], citations, strict=False):
        if (before is not None and not text_or_none(citation.get("subgroup"))
                and (group := text_or_none(before.get("subgroup")))
                and before.get("sentence_start") == citation.get("sentence_start") is not None
                and (THEM_AFTER_VALUE.match(text, int(citation["end"])) or _earlier_reading(citation, text))):
            citation = {**citation, "subgroup": group}
        referred.append(citation)
    return referred


def _topics_shared_in_sentence(citations: list[dict]) -> list[dict]:
    """'83% in the Kyiv region favour fighting on, against 58% in the South region': a number whose own words
    name only its group ('in the South region') compares that group with the number before it in the sentence,
    on the same question: it takes that number's statement. Left with 'region', it would match nothing."""
    shared = []
    for before, citation in zip([None, *citations], citations, strict=False):
        if (before is not None and before.get("sentence_start") == citation.get("sentence_start") is not None
                and text_or_none(citation.get("subgroup")) and text_or_none(before.get("statement"))
                and before.get("kind") == citation.get("kind")
                and not (statement_tokens(citation.get("statement")) - statement_tokens(citation.get("subgroup"))
                         - GROUP_NOUNS - POLARITY)):
            citation = {**citation, "statement": before["statement"]}
        shared.append(citation)
    return shared


def _pinned_waves(citations: list[dict], verdicts: list[Verdict], dataset: Dataset, *, text: str,
                  published: str | None, draft_sha256: str | None) -> dict[str, str]:
    """Pollster key -> the survey wave the draft's undated figures credited to that pollster quote.

    A draft that dates none of its figures ('Biden's approval fell to 37%, Gallup says') leaves each to be
    matched on its own, and a figure the draft words loosely may then be taken for another wave. So does a draft
    that dates its figures in one sentence and not in the next ('The study polled 1,000 people'). But the
    draft's other figures of the same pollster, dated or not, say which wave it quotes: when at least
    MIN_PINNING_FIGURES different figures of it agree (✔ or ≈) with the dataset, and the waves each agrees with
    have exactly one in common, that wave is the draft's, and its fieldwork counts as the draft's date for the
    pollster's other undated figures (the verdict's reasons say so). Agreeing means a confident match in the draft's
    group whose published value (or an outlet citing one number) is the draft's: a number that fits two
    waves, or figures pointing at different waves, pin nothing.
    """
    agreeing: dict[str, dict[str, set[str]]] = {}  # pollster key -> figure id -> the waves the number agrees with
    for citation, verdict in zip(citations, verdicts, strict=True):
        if not text_or_none(citation.get("pollster")):
            continue
        confident = verdict.verdict in ("match", "rounding") and verdict.match_score >= CONFIDENT
        if not confident and (citation.get("kind") != "sample_size" or _dated(citation)):
            continue
        prepared = _prepared(citation, dataset, text)
        ranked = rank_candidates(prepared, dataset, text=text, published=published, draft_sha256=draft_sha256)
        if not confident:
            if (sized := _sample_size_of_one_wave(prepared, ranked)) is not None:
                agreeing.setdefault(_pollster_of(citation), {})[sized.figure_id] = {sized.survey_id}
            continue
        waves = {c.figure.survey_id for c in ranked
                 if c.score >= CONFIDENT and c.same_group and c.figure.survey_id
                 and _agrees_firmly(prepared, c.figure, draft_sha256)}
        agreeing.setdefault(_pollster_of(citation), {})[verdict.figure_id or verdict.figure_label] = waves
    pins = {}
    for key, by_figure in agreeing.items():
        if len(by_figure) >= MIN_PINNING_FIGURES and len(common := set.intersection(*by_figure.values())) == 1:
            pins[key] = common.pop()
    return pins


def _sample_size_of_one_wave(citation: dict, ranked: list[Candidate]) -> Figure | None:
    """The survey wave an undated sample size written to the unit ('5,152 adults', not '5,000') is the published
    sample size of, when it is exactly one wave of the pollster's in the draft's population: as telling as a
    figure agreeing with that wave and no other (_pinned_waves). A round count is any number of surveys' size."""
    value, kind = float(citation["value"]), "sample_size"
    if citation.get("qualifier") not in (None, "exact") or _count_precision(value) > 1:
        return None
    sized = [c.figure for c in ranked if c.same_group and c.figure.published(kind) == value]
    return sized[0] if len(sized) == 1 and sized[0].survey_id else None


def _dated(citation: dict) -> bool:
    return bool(text_or_none(citation.get("fieldwork_start")) or text_or_none(citation.get("fieldwork_end")))


def _pollster_of(citation: dict) -> str | None:
    """The pollster the draft credits the figure to, as the dataset keys it (None: none named)."""
    pollster = text_or_none(citation.get("pollster"))
    return pollster_key(pollster) if pollster else None


def _prepared(citation: dict, dataset: Dataset, text: str) -> dict:
    """The citation with the subgroup the draft names in its statement, right after the number, or with
    'among' nearest to the number in its sentence."""
    citation = _subgroup_after_value(_subgroup_from_statement(_subgroup_of_own_clause(citation, dataset, text)),
                                     dataset, text)
    return _subgroup_by_core_name(_subgroup_named_in_sentence(citation, dataset, text), dataset)


def _subgroup_of_own_clause(citation: dict, dataset: Dataset, text: str) -> dict:
    """'Among Republicans, 40% say it is too much; among Democrats only 15% agree': the extractor may carry the
    sentence's first group over to every number in it. A group the number's own clause names with 'among', one the
    pollster reports, is the number's."""
    group = text_or_none(citation.get("subgroup"))
    start, end = citation.get("sentence_start"), citation.get("sentence_end")
    number = NUMBER_RUN.match(text, int(citation["start"])) if text and group else None
    if number is None or not isinstance(start, int) or not isinstance(end, int):
        return citation
    low, _ = _clause_around(text, start, end, number)
    nearest = text[low:number.start()].lower().rfind("among ")  # the 'among' nearest before the number
    named = GROUP_IN_SENTENCE.match(text, low + nearest) if nearest >= 0 else None
    if named is None or (own := _known_subgroup(citation, dataset, named["who"])) is None:
        return citation
    if (theirs := _known_subgroup(citation, dataset, group)) is None or theirs == own:
        return citation
    return {**citation, "subgroup": own}


def _subgroup_by_core_name(citation: dict, dataset: Dataset) -> dict:
    """'56% in the East' for the pollster's 'Ukrainians, East region': a group the draft names by what sets it
    apart from the rest of the sample (see _core_name) is that group, when it is the only one so named. Taken
    for another group, the number would match none."""
    subgroup = text_or_none(citation.get("subgroup"))
    if subgroup is None or _known_subgroup(citation, dataset, subgroup) is not None:
        return citation
    words = normalise(subgroup).split()
    named = " ".join(words[1:] if words[:1] == ["the"] else words)
    bare = " ".join(w for w in words if w not in WHOLE_SAMPLE_WORDS | GROUP_NOUNS)  # 'the Kyiv region': 'kyiv'
    named, bare = american_spelling(named), american_spelling(bare)
    cores = {group for group, population in _reported_groups(citation, dataset)
             if american_spelling(_core_name(group, population) or "") in (named, bare)}
    return {**citation, "subgroup": cores.pop()} if len(cores) == 1 else citation


def _doubt_whole_question_differing(verdicts: list[Verdict], dataset: Dataset) -> list[Verdict]:
    """When a draft gives several answers of one published question (45% / 18% / 37%) and every one of
    them differs from the pollster's, the draft quotes another wave or group of respondents than the
    one matched, far more likely than it misquotes them all: none is reported as a problem. Numbers that
    are the published ones in another order stay flagged (two answers swapped is a real mistake)."""
    differing = [v for v in verdicts if v.verdict == "differs" and v.figure_id]
    if len(differing) < 2:
        return verdicts
    figures = {f.figure_id: f for f in dataset.figures}
    by_question: dict[tuple, list[Verdict]] = {}
    for v in verdicts:
        figure = figures.get(v.figure_id)
        if figure is not None:
            by_question.setdefault((figure.survey_id, figure.question, figure.subgroup), []).append(v)
    doubtful = set()
    for group in by_question.values():
        if len({v.figure_id for v in group}) < 2 or any(v.verdict != "differs" for v in group):
            continue
        published = {figures[v.figure_id].published(v.kind) for v in group}
        swapped = [v for v in group if any(agreement_of(v.value, None, p, _unit(v.kind)) for p in published)]
        if len(swapped) < len(group):
            doubtful.update(id(v) for v in group)
    return [
        replace(v, verdict="unknown", message=(
            "Every number this draft gives for this question differs from the pollster's, so it probably "
            f"quotes another survey wave or group of respondents; the closest match said: {v.message}"))
        if id(v) in doubtful else v
        for v in verdicts
    ]


def _doubt_shared_matches(verdicts: list[Verdict]) -> list[Verdict]:
    """A figure has one value: when the draft cites several different numbers that all matched the same
    figure, at most one of those matches is right. When one of them agrees with the figure, it is the one;
    otherwise the one that fits clearly best (by TIE_MARGIN) keeps its verdict, and so does the same number
    cited again. The others, and all of them when none stands out, are not reported as problems. Only
    confident matches count: a number shown with a figure as its best candidate was not taken for it."""
    by_figure: dict[str, list[Verdict]] = {}
    for v in verdicts:
        if v.figure_id and v.match_score >= CONFIDENT:
            by_figure.setdefault(v.figure_id, []).append(v)
    doubtful = set()
    for group in by_figure.values():
        unit = UNIT_BY_KIND.get(group[0].kind)
        if any(v.verdict in ("match", "rounding") for v in group):  # that one is the figure; the rest are
            doubtful.update(id(v) for v in group if v.is_problem)  # breakdowns or other waves of it
            continue
        best = max(group, key=lambda v: v.match_score)
        rivals = {id(v): v for v in group if agreement_of(best.value, None, v.value, unit) is None}
        if not rivals:
            continue
        stands_out = all(best.match_score - v.match_score >= TIE_MARGIN for v in rivals.values())
        doubtful.update(id(v) for v in group if v.is_problem and not (stands_out and id(v) not in rivals))
    if not doubtful:
        return verdicts
    return [
        replace(v, verdict="unknown", message=(
            f"Several different numbers in this draft look like the same figure ({v.figure_label}), so which one "
            f"it is cannot be told; the closest match said: {v.message}"))
        if id(v) in doubtful else v
        for v in verdicts
    ]


def check_one(citation: dict, dataset: Dataset, *, text: str = "", title: str = "", published: str | None = None,
              draft_sha256: str | None = None) -> Verdict:
    citation = _prepared(citation, dataset, text)
    base = {
        "start": int(citation["start"]), "end": int(citation["end"]), "value_text": str(citation["value_text"]),
        "value": float(citation["value"]), "kind": citation.get("kind") or "share",
    }
    pollster = text_or_none(citation.get("pollster"))
    has_date = _dated(citation)
    if not pollster:
        return _check_by_sponsor(citation, dataset, base, has_date, text=text, title=title, published=published,
                                 draft_sha256=draft_sha256)
    if citation.get("mode") == EXIT_POLL_MODE:
        citation = _in_pollsters_exit_poll(citation, dataset, pollster, published)
    ranked = rank_candidates(citation, dataset, text=text, published=published, draft_sha256=draft_sha256)
    best = ranked[0] if ranked else None
    if text and not named_where_it_appears(citation, dataset.names_of(pollster), text, title):
        later = any(first_mention(name, text) is not None for name in dataset.names_of(pollster))
        return _not_named_here(citation, dataset, pollster, later, best, base, text=text, published=published,
                               draft_sha256=draft_sha256)
    if best is None or best.score < PLAUSIBLE:
        if not has_date:
            return Verdict("unattributed", **base, message=(
                f"No fieldwork date is given for this {pollster} figure, and the dataset holds no {pollster} "
                "figure that fits it: say when the survey was carried out."))
        return Verdict("unknown", **base, message=(
            f"No {pollster} survey or question in the dataset matches this figure: it cannot be checked here."))
    if best.score < CONFIDENT:
        return Verdict("unknown", **base, **_figure_ref(best), message=(
            f"Not sure this figure is in the dataset. Best candidate: "
            f"{_described(best.figure, base['kind'], draft_sha256)} — {'; '.join(best.reasons)}."))
    undated = "" if has_date else (
        " (The draft gives no fieldwork date: matched on pollster, statement and the wave its other figures of "
        "this pollster match.)" if _in_drafts_wave(citation, best.figure)
        else " (The draft gives no fieldwork date: matched on pollster and its one exit poll in the dataset.)"
        if citation.get(EXIT_POLL_SURVEY) == best.figure.survey_id
        else " (The draft gives no fieldwork date: matched on pollster and statement.)")
    return _judge_match(citation, dataset, ranked, base, undated, text=text, published=published,
                        draft_sha256=draft_sha256)


def _judge_match(citation: dict, dataset: Dataset, ranked: list[Candidate], base: dict, note: str, *,
                 text: str, published: str | None, draft_sha256: str | None) -> Verdict:
    """The verdict for a figure with a confident candidate (ranked[0]): its value compared with the best
    match, unless a range, another wave or a loose fit gives reason to doubt a difference. `note` ends the
    message of a verdict the match decides (how the match was made)."""
    best = _benefit_of_the_doubt(citation, ranked, draft_sha256)
    if _group_against_whole_sample(citation, dataset, best):
        return Verdict("unknown", **base, **_figure_ref(best), message=(
            f"The draft gives this number for {_group(citation.get('subgroup'))}, and no figure of that group fits "
            f"it; the closest is the pollster's whole-sample value, which says nothing of the group's: "
            f"{_described(best.figure, base['kind'], draft_sha256)} — {'; '.join(best.reasons)}."))
    verdict, message = compare_value(citation, best.figure, draft_sha256=draft_sha256,
                                     beyond_doubt=best.score >= BEYOND_DOUBT)
    if verdict in PROBLEMS and (answer := _answer_its_number_names(citation, dataset, best, text)):
        best = replace(best, figure=answer, reasons=(*best.reasons, "the draft's words name the question, not the "
                                                     f"answer; its number is the published '{answer.answer}'"))
        verdict, message = compare_value(citation, answer, draft_sha256=draft_sha256)
    if verdict in PROBLEMS and (bounds := _published_range(citation, ranked, best)):
        low, high = (_format_value(b, _unit(base["kind"])) for b in bounds)
        verdict = "match"
        message = f"Within the range the pollster published ({low} to {high}) — {best.figure.label()}."
    if verdict in PROBLEMS and (doubt := _reason_to_doubt(citation, dataset, best, message, text=text,
                                                          published=published, draft_sha256=draft_sha256)):
        return Verdict("unknown", **base, **_figure_ref(best), message=doubt)
    return Verdict(verdict, **base, **_figure_ref(best), message=message + note)


def _group_against_whole_sample(citation: dict, dataset: Dataset, best: Candidate) -> bool:
    """Is the draft's number of a group the pollster reports separately ('31% of independents, down from 40% in
    February') and the best match the pollster's published whole-sample value? A group's number agreeing with the
    whole sample's is a coincidence, never a check (the whole-sample figures only outlets cite are left alone:
    their groups are the outlets' wording, and may be the draft's)."""
    kind = citation.get("kind") or "share"
    figure = best.figure
    if best.same_group or kind in SURVEY_LEVEL or figure.published(kind) is None:
        return False
    group = _group(citation.get("subgroup"))
    return (group != "all" and _group(figure.subgroup, figure.population, dataset.frame_of(figure.pollster)) == "all"
            and any(_groups_agree(group, _group(g)) for g, _ in _reported_groups(citation, dataset)))


def _check_by_sponsor(citation: dict, dataset: Dataset, base: dict, has_date: bool, *, text: str, title: str,
                      published: str | None, draft_sha256: str | None) -> Verdict:
    """A figure whose draft names no pollster, only who commissioned the survey ("a poll for the Daily
    Example"): matched among that sponsor's surveys as a pollster's would be. It stays unattributed
    when the sponsor is not named where the figure appears, or none of its surveys fits confidently."""
    unattributed = Verdict("unattributed", **base, message=(
        "No pollster is named for this figure" + ("" if has_date else " and no fieldwork date is given")
        + ": say who ran the survey and when, so readers can trace it."))
    sponsor = text_or_none(citation.get("sponsor"))
    if sponsor is None or (text and not named_where_it_appears(citation, {sponsor}, text, title)):
        return _check_by_exit_poll(citation, dataset, base, has_date, unattributed, text=text, published=published,
                                   draft_sha256=draft_sha256)
    ranked = rank_candidates(citation, dataset, text=text, published=published, draft_sha256=draft_sha256)
    if not ranked or ranked[0].score < CONFIDENT:
        return _check_by_exit_poll(citation, dataset, base, has_date, unattributed, text=text, published=published,
                                   draft_sha256=draft_sha256)
    verdict = _judge_match(citation, dataset, ranked, base, "", text=text, published=published,
                           draft_sha256=draft_sha256)
    ran_it = next((c.figure.pollster for c in ranked if c.figure.figure_id == verdict.figure_id), None)
    credit = f" (the dataset says {ran_it} ran it)" if ran_it else ""
    missing = "who ran the survey" + ("" if has_date else " and when")
    return replace(verdict, message=(f"{verdict.message} Matched on the sponsor: the draft names {sponsor} as the "
                                     f"sponsor but no pollster{credit}; say {missing}."))


def _check_by_exit_poll(citation: dict, dataset: Dataset, base: dict, has_date: bool, unattributed: Verdict, *,
                        text: str, published: str | None, draft_sha256: str | None) -> Verdict:
    """A figure the draft credits to "the exit poll", naming no pollster (everyone knows who runs it), or only a
    sponsor none of whose surveys fits: matched among the dataset's exit polls of the draft's country and, when the
    draft is dated, of its days (`_exit_polls_for`), when those are one survey. Two rival exit polls, or two
    elections' with an undated draft, leave it unattributed; so does no confident match in that survey."""
    if citation.get("mode") != EXIT_POLL_MODE:
        return unattributed
    surveys = {f.survey_id for f in _exit_polls_for(citation, dataset, published)}
    if len(surveys) != 1:
        return unattributed
    citation = {**citation, EXIT_POLL_SURVEY: next(iter(surveys))}
    ranked = rank_candidates(citation, dataset, text=text, published=published, draft_sha256=draft_sha256)
    if not ranked or ranked[0].score < CONFIDENT:
        return unattributed
    verdict = _judge_match(citation, dataset, ranked, base, "", text=text, published=published,
                           draft_sha256=draft_sha256)
    poll = ranked[0].figure
    where = f" in {poll.geography}" if poll.geography else ""
    when = f", {month_label(poll.fieldwork_start)}" if poll.fieldwork_start else ""
    ran_it = f"{poll.pollster}'s" if poll.pollster else "one"
    missing = "who ran the exit poll" + ("" if has_date else " and when")
    return replace(verdict, message=(f"{verdict.message} Matched on the exit poll: the draft names no pollster, and "
                                     f"the dataset's only exit poll{where} that fits is {ran_it}{when}; "
                                     f"say {missing}."))


def _exit_polls_for(citation: dict, dataset: Dataset, published: str | None) -> list[Figure]:
    """The dataset's exit-poll figures a draft's exit-poll figure may be: of the draft's country (where both say),
    of the sponsor the draft names (where both say), and, when the draft dates its figure (or itself), of a dated
    poll whose fieldwork lies within EXIT_POLL_DAYS of that date."""
    country = text_or_none(citation.get("geography"))
    sponsor = text_or_none(citation.get("sponsor"))
    drafted = _interval(citation.get("fieldwork_start"), citation.get("fieldwork_end")) or _interval(published, None)
    fitting = []
    for figure in dataset.exit_polls:
        if country and figure.geography and figure.geography != country:
            continue
        if sponsor and figure.sponsor and not names_match(pollster_key(sponsor), pollster_key(figure.sponsor)):
            continue
        if drafted is not None and ((survey := _interval(figure.fieldwork_start, figure.fieldwork_end)) is None
                                    or _gap_days(drafted, survey) > EXIT_POLL_DAYS):
            continue
        fitting.append(figure)
    return fitting


def _in_pollsters_exit_poll(citation: dict, dataset: Dataset, pollster: str, published: str | None) -> dict:
    """An exit-poll figure credited to its pollster, marked as of that pollster's exit poll when the dataset holds
    exactly one that fits the draft's country and date (`_exit_polls_for`): an election has one exit poll per
    pollster, so that says which wave even where neither the draft nor the dataset dates it."""
    wanted = pollster_key(pollster)
    surveys = {f.survey_id for f in _exit_polls_for(citation, dataset, published)
               if f.pollster and names_match(wanted, pollster_key(f.pollster))}
    return {**citation, EXIT_POLL_SURVEY: next(iter(surveys))} if len(surveys) == 1 else citation


def _matched_on(citation: dict) -> str:
    """What tied the draft's figure to the dataset's surveys: its pollster, else its exit poll, else its sponsor."""
    if text_or_none(citation.get("pollster")):
        return "pollster"
    return "exit poll" if citation.get(EXIT_POLL_SURVEY) else "sponsor"


def _pool(citation: dict, dataset: Dataset) -> Iterable[Figure]:
    """The figures a draft's figure may be: its pollster's, else (no pollster named) those of the exit poll it was
    matched in (see _check_by_exit_poll), else its sponsor's."""
    if pollster := text_or_none(citation.get("pollster")):
        return dataset.candidates_for(pollster)
    if survey := citation.get(EXIT_POLL_SURVEY):
        return [f for f in dataset.exit_polls if f.survey_id == survey]
    if sponsor := text_or_none(citation.get("sponsor")):
        return dataset.sponsored_by(sponsor)
    return ()


def _subgroup_from_statement(citation: dict) -> dict:
    """'approval among Democrats' with no subgroup: the group was left in the statement, where its words
    would count as the topic and the figure as the whole sample's. It is the subgroup; the rest the statement."""
    statement = text_or_none(citation.get("statement"))
    if text_or_none(citation.get("subgroup")) or statement is None:
        return citation
    if (split := TRAILING_GROUP.fullmatch(statement)) is None:
        return citation
    return {**citation, "statement": split["what"], "subgroup": split["who"]}


def _subgroup_after_value(citation: dict, dataset: Dataset, text: str) -> dict:
    """'an 83 percent approval among Democrats' where the extractor gave no subgroup (an unpunctuated
    transcript, a clipped statement): when the words right after the number name a group the pollster's
    figures are broken down by, that group is the draft's. Only groups the dataset knows count, so 'of
    Belarusians' (the whole sample) changes nothing. The words between the number and the group
    ('approval') are what the number measures: kept as `value_words`, a second statement the figure may
    fit (the extractor's statement of such a run-on sentence is often the words before the number)."""
    if text_or_none(citation.get("subgroup")) or not text:
        return citation
    if (after := GROUP_AFTER_VALUE.match(text, int(citation["end"]))) is None:
        return citation
    if (known := _known_subgroup(citation, dataset, after["who"])) is None:
        return citation
    return {**citation, "subgroup": known, "value_words": after["what"].strip() or None}


def _subgroup_named_in_sentence(citation: dict, dataset: Dataset, text: str) -> dict:
    """'Among Democrats, approval stood at 83%': a group the sentence names with 'among', nearest to the
    number (see _groups_near), that the pollster's figures are broken down by is the draft's subgroup where
    the extractor gave none."""
    if text_or_none(citation.get("subgroup")) or not text:
        return citation
    if paired := _group_of_pair(citation, dataset, text):
        return {**citation, "subgroup": paired}
    for who in _groups_near(citation, text):
        if (known := _known_subgroup(citation, dataset, who)) is not None:
            return {**citation, "subgroup": known}
    citation = _subgroup_as_subject(citation, dataset, text)
    return citation if text_or_none(citation.get("subgroup")) else _subgroup_fronted(citation, dataset, text)


def _group_of_pair(citation: dict, dataset: Dataset, text: str) -> str | None:
    """'Men are more hawkish than women, 76% to 64%': a pair of numbers ('A to B', 'A vs B') after a sentence
    naming exactly two groups the pollster reports gives each group its number, in the order the sentence names
    them. Without it both numbers would be taken for the whole sample's and match nothing."""
    start, end, sentence_start = int(citation["start"]), int(citation["end"]), citation.get("sentence_start")
    if not isinstance(sentence_start, int):
        return None
    if FIRST_OF_GROUP_PAIR.match(text, end):
        position, pair_start = 0, start
    elif second := SECOND_OF_GROUP_PAIR.search(text, max(sentence_start, start - PAIR_WINDOW), start):
        position, pair_start = 1, second.start("first")
    else:
        return None
    reported = _reported_groups(citation, dataset)
    found: dict[str, int] = {}
    for group, population in reported:
        for name in filter(None, (group, _core_name(group, population))):
            if hit := _name_pattern(name).search(text, sentence_start, pair_start):
                found[group] = min(found.get(group, hit.start()), hit.start())
    if len(found) != 2 or len(set(found.values())) != 2:
        return None
    return sorted(found, key=found.get)[position]


def _subgroup_fronted(citation: dict, dataset: Dataset, text: str) -> dict:
    """'Among adults who have heard a lot about AI, 47% are more concerned, while 15% are more excited': a group
    the sentence opens with ('Among …,') is every one of its numbers' that names no group of its own, not only
    the nearest one's."""
    start = citation.get("sentence_start")
    if not isinstance(start, int) or (fronted := FRONTED_GROUP.match(text, start, int(citation["start"]))) is None:
        return citation
    if (known := _known_subgroup(citation, dataset, fronted["who"])) is not None:
        return {**citation, "subgroup": known}
    words = statement_tokens(fronted["who"])
    described = [group for group, population in _reported_groups(citation, dataset)
                 if len(own := statement_tokens(group) - statement_tokens(population) - POLARITY) >= MIN_ANSWER_WORDS
                 and own <= words]
    return {**citation, "subgroup": max(described, key=len)} if described else citation


def _subgroup_as_subject(citation: dict, dataset: Dataset, text: str) -> dict:
    """'Republicans were far less keen, with 44% saying so', 'Democrats backed him (83%), Republicans did not
    (4%)': a group the pollster's figures are broken down by, named anywhere in the sentence, is the draft's
    subgroup when the draft's number is the number nearest to it (see _nearest_is_ours). Without it the number
    would be taken for the whole sample's and called wrong."""
    reported = _reported_groups(citation, dataset)
    groups = {group for group, _ in reported}
    start, end = citation.get("sentence_start"), citation.get("sentence_end")
    if not (groups and text and isinstance(start, int) and isinstance(end, int)):
        return citation
    named = [(m, group, False) for group in groups for m in _name_pattern(group).finditer(text, start, end)]
    named += [(m, group, True) for group, population in reported if (core := _core_name(group, population))
              for m in _name_pattern(core).finditer(text, start, end)
              if _placed(text, m) or _gives_the_number(text, m, citation)]
    labelled = [group for m, group, _ in named if _gives_the_number(text, m, citation)]
    ours = labelled or [group for m, group, _ in sorted(named, key=lambda n: (n[2], -len(n[1])))
                        if _nearest_is_ours(citation, text, m)]
    if not ours and not _other_numbers(citation, text):  # a sentence with one number: its groups are that number's
        ours = sorted(_groups_described(citation, reported, text), key=len, reverse=True)
    return {**citation, "subgroup": ours[0]} if ours else citation


def _placed(text: str, words: re.Match) -> bool:
    """Are the words a place or group the sentence puts its figure in ('in the east', 'among men')? Alone,
    'Kyiv' is as often the government as the city."""
    return PLACE_OR_GROUP_BEFORE.search(text, max(0, words.start() - PLACE_LOOKBEHIND), words.start()) is not None


def _gives_the_number(text: str, words: re.Match, citation: dict) -> bool:
    """Do the words stand right before the draft's number, as its label ('strongest in Kyiv (83%) and the west
    (82%)', 'Men, at 76%, are more hawkish than women')? A list of groups drops the 'in' or 'among' of all but the
    first, and a group the number is given for is a group, not the government of a place."""
    return GROUP_THEN_VALUE.fullmatch(text, words.end(), int(citation["start"])) is not None


@functools.lru_cache(maxsize=1 << 10)
def _core_name(group: str, population: str | None) -> str | None:
    """What sets a group apart from the rest of its survey's sample, as a draft names it ('Kyiv' for 'Ukrainians,
    Kyiv region', 'men' for 'Ukrainian men', 'the east' for 'residents of the East'): its words without the
    population's, the whole sample's ('of', 'the') and the nouns a breakdown is made of ('region', 'residents').
    None when that is the group's whole name already, or too short to tell from other words ('us')."""
    people = {w.rstrip("s") for w in normalise(population or "").split()}
    words = normalise(group).split()
    core = [w for w in words if w.rstrip("s") not in people and w not in WHOLE_SAMPLE_WORDS | GROUP_NOUNS]
    if core == words or len("".join(core)) < MIN_CORE_NAME:
        return None
    return " ".join(core)


def _groups_described(citation: dict, reported: set[tuple[str, str | None]], text: str) -> list[str]:
    """The `reported` subgroups (see _reported_groups) the draft's sentence describes in its own words
    ('Americans who had heard a lot about AI' for 'U.S. adults who have heard a lot about AI'): every word of the
    group beyond its survey's population, at least MIN_ANSWER_WORDS of them (one word turns up in any sentence
    on the topic)."""
    sentence = statement_tokens(_sentence(citation, text))
    described = set()
    for group, population in reported:
        own = statement_tokens(group) - statement_tokens(population) - POLARITY
        if len(own) >= MIN_ANSWER_WORDS and own <= sentence:
            described.add(group)
    return list(described)


def _reported_groups(citation: dict, dataset: Dataset) -> set[tuple[str, str | None]]:
    """(subgroup, its survey's population) for every group the pollster (or sponsor) reports separately."""
    named = {(f.subgroup, f.population, f.pollster) for f in _pool(citation, dataset) if f.subgroup}
    return {(group, population) for group, population, pollster in named
            if _group(group, population, dataset.frame_of(pollster)) != "all"}


def _other_numbers(citation: dict, text: str) -> bool:
    """Does the draft's sentence hold another number than the draft's (a year aside)?"""
    ours = (int(citation["start"]), int(citation["end"]))
    return any((m.end() <= ours[0] or m.start() >= ours[1]) and not YEAR.fullmatch(m.group())
               for m in NUMBER_RUN.finditer(text, citation["sentence_start"], citation["sentence_end"]))


def _known_subgroup(citation: dict, dataset: Dataset, who: str) -> str | None:
    """The subgroup of the draft's pollster (or sponsor) that the words `who` name ('the Democrats in the
    poll' names 'Democrats'), the longest when several do; None when they name none the dataset knows.

    A draft shortens a long group's name ('Democrats and those who lean Democratic' for 'Democrats and
    Democratic-leaning independents'): a group whose first word the draft's opens with is named when it is the
    only group so, and that word is not its survey's population ('Ukrainians' is every Ukrainian group's)."""
    named = normalise(who).split()
    named = named[1:] if named[:1] == ["the"] else named
    pairs = {(f.subgroup, f.population) for f in _pool(citation, dataset) if _group(f.subgroup, f.population) != "all"}
    known = [g for g, _ in pairs if (words := normalise(g).split()) and named[:len(words)] == words]
    if known or not named or named[0] in WHOLE_SAMPLE_WORDS:
        return max(known, key=len) if known else None
    headed = {g for g, population in pairs if normalise(g).split()[:1] == named[:1]
              and named[0].rstrip("s") not in {w.rstrip("s") for w in normalise(population or "").split()}}
    return headed.pop() if len(headed) == 1 else None


def _reason_to_doubt(citation: dict, dataset: Dataset, best: Candidate, message: str, *, text: str,
                     published: str | None, draft_sha256: str | None) -> str | None:
    """Why a differing figure is not reported as a mistake after all (None: it is one): the match is too
    loose, or the draft may quote another survey wave than the matched one."""
    kind = citation.get("kind") or "share"
    if _names_both_sides(citation.get("statement")):
        return (f"The draft's words name both sides of the question ('{citation['statement']}'), so which answer this "
                f"number is cannot be told; the closest match said: {message}")
    if _earlier_reading(citation, text):
        return ("The draft gives this number as an earlier reading ('up from …', '… a year ago'), so it may quote "
                f"another survey wave than the one matched; the closest match said: {message}")
    if best.sureness < SURE_TO_FLAG or not best.same_group:  # another group's number is no misquote of this one
        return (f"The closest figure in the dataset disagrees, but it fits too loosely to call this a mistake "
                f"({'; '.join(best.reasons)}): {message}")
    if group := _group_named_in_sentence(citation, best.figure, dataset, text):
        return (f"The draft's sentence names a group ('among {group}') this number may be of, and the closest "
                f"figure is the whole sample's, so it may quote that group rather than misquote this: {message}")
    if _interval(citation.get("fieldwork_start"), citation.get("fieldwork_end")) is not None:
        if _interval(best.figure.fieldwork_start, best.figure.fieldwork_end) is None:
            return ("The dataset does not say when this survey was carried out, so it cannot tell whether the draft "
                    f"quotes the same wave; the closest match said: {message}")
        if not _same_wave(citation, best.figure):
            return ("The draft's date for this survey falls outside the fieldwork of the closest match, so it may "
                    f"quote another wave; the closest match said: {message}")
        return None
    everything = rank_candidates(citation, dataset, text=text, published=published, draft_sha256=draft_sha256,
                                 comparable_only=False)
    if (rival := _another_wave_as_likely(everything, best)) is not None:
        return (f"The draft gives no fieldwork date, and more than one survey wave fits this figure: "
                f"{_described(best.figure, kind, draft_sha256)} or {_described(rival.figure, kind, draft_sha256)}. "
                "Say when the survey was carried out, so the figure can be checked.")
    return None


def _earlier_reading(citation: dict, text: str) -> bool:
    """Does the draft give its number as what an earlier survey found ('52%, up from 38%', '38% a year ago', '38% in
    the previous poll')? The extractor dates such a number with the sentence's survey, so it would be taken for
    that wave's and called wrong."""
    if not text:
        return False
    start, end = int(citation["start"]), int(citation["end"])
    return (EARLIER_BEFORE_VALUE.search(text, max(0, start - EARLIER_WINDOW), start) is not None
            or EARLIER_AFTER_VALUE.match(text, end, end + 2 * EARLIER_WINDOW) is not None)


def _names_both_sides(statement: object) -> bool:
    """Does the statement say one thing and its opposite ('legal in some cases and illegal in others'): a mixed
    answer, whose words fit each side's answer as well? Its parts (split at 'and', 'but', 'or', commas) share a
    topic word, one part negated and one not; or it takes a side in part only ('support some aspects but not
    others', 'back parts of the plan but not all of it')."""
    if PARTIAL_ANSWER.search(text_or_none(statement) or ""):
        return True
    parts = [statement_tokens(part) for part in CLAUSE_SPLIT.split(text_or_none(statement) or "")]
    return any(("not" in a) != ("not" in b) and (a & b) - POLARITY for a in parts for b in parts)


def _group_named_in_sentence(citation: dict, figure: Figure, dataset: Dataset, text: str) -> str | None:
    """The group a sentence names with 'among' ('Even among residents of the east, 77% …') when the draft's
    figure was taken for the whole sample's: the number may be that group's, which the extractor did not
    tie to it, so a difference from the whole sample is no misquote. A group goes with the number nearest
    to it in the sentence (in '71% say so, and 76% among the poor' the poor are the 76%'s; a tie goes to the
    draft's number); words that only restate the survey's population ('among Ukrainians', 'among those
    polled') name no group."""
    if _group(citation.get("subgroup")) != "all" or _group(figure.subgroup, figure.population) != "all":
        return None
    frame = dataset.frame_of(figure.pollster)
    return next((who for who in _groups_near(citation, text) if _group(who, figure.population, frame) != "all"),
                None)


def _groups_near(citation: dict, text: str) -> list[str]:
    """The groups the draft's sentence names with 'among' that go with the draft's number: each goes with
    the number nearest to it in the sentence (in '71% say so, and 76% among the poor' the poor are the
    76%'s; a tie goes to the draft's number)."""
    start, end = citation.get("sentence_start"), citation.get("sentence_end")
    if not (text and isinstance(start, int) and isinstance(end, int)):
        return []
    return [m["who"] for m in GROUP_IN_SENTENCE.finditer(text, start, end) if _nearest_is_ours(citation, text, m)]


def _nearest_is_ours(citation: dict, text: str, words: re.Match) -> bool:
    """Is the draft's number the one nearest to these words in its sentence (a tie goes to the draft's number)?
    A year ('in April 2023') is a date, not a figure a group could go with."""
    start, end = citation["sentence_start"], citation["sentence_end"]
    ours = (int(citation["start"]), int(citation["end"]))
    numbers = [ours, *((m.start(), m.end()) for m in NUMBER_RUN.finditer(text, start, end)
                       if (m.end() <= ours[0] or m.start() >= ours[1]) and not YEAR.fullmatch(m.group()))]
    clause = _clause_around(text, start, end, words)
    in_clause = [n for n in numbers if clause[0] <= n[0] and n[1] <= clause[1]]
    return min(in_clause or numbers,
               key=lambda n: (max(words.start() - n[1], n[0] - words.end(), 0), n != ours)) == ours


def _clause_around(text: str, start: int, end: int, words: re.Match) -> tuple[int, int]:
    """The clause of the sentence (start, end) that holds the words: 'Independents are the most supportive at 71%,
    Republicans the least at 44%' gives the Republicans the 44% of their own clause, not the nearer 71%."""
    breaks = [m for m in CLAUSE_BREAK.finditer(text, start, end)]
    low = max((m.end() for m in breaks if m.end() <= words.start()), default=start)
    high = min((m.start() for m in breaks if m.start() >= words.end()), default=end)
    return low, high


def _another_wave_as_likely(ranked: list[Candidate], best: Candidate) -> Candidate | None:
    """A confident candidate from another survey wave about as good as the best one: without a fieldwork
    date the draft may quote either, so a difference from the best one is no evidence of a misquote.
    `ranked` holds figures with nothing to compare too: a wave no other outlet cites is still a wave."""
    return next((c for c in ranked if c.figure.survey_id != best.figure.survey_id
                 and c.score >= max(CONFIDENT, best.score - TIE_MARGIN)), None)


def _described(figure: Figure, kind: str, draft_sha256: str | None) -> str:
    """'Pollster, month: question (value)', the value it would be checked against."""
    return f"{figure.label()} ({_format_value(figure.reference(kind, draft_sha256), _unit(kind))})"


def _figure_ref(candidate: Candidate) -> dict:
    """The Verdict fields that point at a matched (or best candidate) figure."""
    figure = candidate.figure
    return {"figure_id": None if figure.metadata_only else figure.figure_id, "figure_label": figure.label(),
            "survey_id": figure.survey_id, "why": "; ".join(candidate.reasons), "match_score": candidate.score}


def _benefit_of_the_doubt(citation: dict, ranked: list[Candidate], draft_sha256: str | None) -> Candidate:
    """The best candidate, unless one nearly as good is of the group the draft names, or agrees with the
    cited value: then that one.

    When two figures of the draft's subgroup fit it almost equally well, the one the draft quotes
    correctly is far more likely than a misquote of the other; so is it for another answer of the same
    published question that fits beyond doubt (`_same_question`), and for a published figure of the wave
    of a best match only outlets cite (`_published_decides`). Agreeing means with the published value or
    an outlet citing one number for the figure: an outlet citing several may have joined two answers.
    """
    best = ranked[0]
    if not best.same_group and _group(citation.get("subgroup")) != "all":
        # the draft names its group ('35% among independents'): a figure of that group about as good is the one
        # it quotes (with no group named, the extractor may have missed one: then the best stays)
        best = next((c for c in ranked if c.same_group and c.score >= max(CONFIDENT, best.score - TIE_MARGIN)), best)
    if compare_value(citation, best.figure, draft_sha256=draft_sha256)[0] not in PROBLEMS:
        return best
    kind = citation.get("kind") or "share"
    for other in ranked[1:]:
        close = other.score >= max(CONFIDENT, best.score - TIE_MARGIN) or (
            other.score >= BEYOND_DOUBT and _same_question(other.figure, best.figure)) or (
            _published_decides(best.figure, other, kind))
        if close and other.same_group and _agrees_firmly(citation, other.figure, draft_sha256):
            return other
        if other.score < min(BEYOND_DOUBT, best.score - TIE_MARGIN,
                             CONFIDENT if best.figure.published(kind) is None else 1.0):
            break
    return best


def _answer_its_number_names(citation: dict, dataset: Dataset, best: Candidate, text: str = "") -> Figure | None:
    """Another answer of the matched question whose published value is the draft's number, when the draft's
    own words name the question but not the answer ('38% gave him a thumbs-up, 59% a thumbs-down': both match
    the approval question through the sentence, and only the number says which answer each is). It must be the
    draft's wave and group, the only such answer, and nothing the draft says may contradict it; a draft that
    names an answer ('59% approve') keeps it, so swapped numbers stay flagged."""
    words = statement_tokens(citation.get("statement")) | statement_tokens(citation.get("value_words"))
    figure, kind = best.figure, citation.get("kind") or "share"
    if second := _second_of_pair(citation, text):
        words = frozenset()  # 'approve by 53% to 40%': the words are the first number's answer, not the 40%'s
    if (not best.same_group or not _in_drafts_wave(citation, figure) or not figure.question
            or (words & statement_words(figure.answer or "")) - POLARITY):
        return None
    agreeing = [f for f in _pool(citation, dataset)
                if (f.survey_id, f.question, f.subgroup) == (figure.survey_id, figure.question, figure.subgroup)
                and f.figure_id != figure.figure_id and not contradicts(words, f.tokens)
                and (not second or f.answer != figure.answer)
                and (published := f.published(kind)) is not None
                and agreement_of(float(citation["value"]), citation.get("qualifier"), published, _unit(kind))]
    return agreeing[0] if len(agreeing) == 1 else None


def _second_of_pair(citation: dict, text: str) -> bool:
    """Is the number the second of a pair ('approve by 53% to 40%', 'backed it by 65 percent to 28 percent')? The
    sentence's answer words are the first number's; the second is the other side of the same question."""
    start = int(citation["start"])
    return bool(text) and SECOND_OF_PAIR.search(text, max(0, start - PAIR_WINDOW), start) is not None


def _published_decides(best: Figure, other: Candidate, kind: str) -> bool:
    """Is `other` a confident match with a published value in the wave of a best match that only outlets cite?
    An outlet's number may be another answer the linker joined to the figure; the pollster's own number of the
    same survey agreeing with the draft outweighs it, as the published value decides wherever it is known."""
    return (best.published(kind) is None and other.score >= CONFIDENT and other.figure.survey_id == best.survey_id
            and other.figure.published(kind) is not None)


def _same_question(a: Figure, b: Figure) -> bool:
    """Two answers of one published question in one wave and group ('legal in all or most cases' and 'legal
    in all or most circumstances'): when the draft fits both beyond doubt, its words cannot tell them apart
    finer than that, and the one whose number it gives is the one it quotes."""
    return bool(a.question) and (a.survey_id, a.question, a.subgroup) == (b.survey_id, b.question, b.subgroup)


def _agrees_firmly(citation: dict, figure: Figure, draft_sha256: str | None) -> bool:
    """Does the cited value agree with the figure's published value, or (none published) with an outlet
    that cites this one number for it?"""
    kind = citation.get("kind") or "share"
    cited, qualifier, unit = float(citation["value"]), citation.get("qualifier"), _unit(kind)
    span = _fraction_span_of(citation)
    if (published := figure.published(kind)) is not None:
        return agreement_of(cited, qualifier, published, unit, span=span) is not None
    return any(agreement_of(cited, qualifier, c.value, unit, c.qualifier, span=span)
               for c in _unambiguous(figure.others(kind, draft_sha256), unit))


def _published_range(citation: dict, ranked: list[Candidate], best: Candidate) -> tuple[float, float] | None:
    """(low, high) when the pollster published a range ('2-4%') as two figures of one question, its bounds,
    that fit the draft about as well as the best one and hold the cited value between them."""
    kind, figure = citation.get("kind") or "share", best.figure
    bounds = [c.figure.published(kind) for c in ranked
              if c.score >= best.score - TIE_MARGIN and BOUND.search(c.figure.answer or "")
              and (c.figure.survey_id, c.figure.question, c.figure.subgroup)
              == (figure.survey_id, figure.question, figure.subgroup)]
    bounds = [b for b in bounds if b is not None]
    if len(bounds) < 2 or not min(bounds) <= float(citation["value"]) <= max(bounds):
        return None
    return min(bounds), max(bounds)


def named_where_it_appears(citation: dict, names: set[str], text: str, title: str = "") -> bool:
    """Is the pollster named in the title, anywhere before the figure, or shortly after it?

    A lede figure credited in the next paragraph is normal news style; a figure whose pollster the
    draft names only much further on is unattributed where it stands, however the extractor resolved it.
    """
    end = max(int(citation["end"]), citation.get("sentence_end") or 0)
    paragraph_end = text.find("\n", end)
    limit = max(end + CREDIT_WITHIN_CHARS, paragraph_end if paragraph_end >= 0 else len(text))
    return any(_name_pattern(name).search(title) for name in names) or any(
        (at := first_mention(name, text)) is not None and at < limit for name in names)


@functools.lru_cache(maxsize=64)
def first_mention(name: str, text: str) -> int | None:
    """Where the draft first names `name`, spelt right or slightly wrong (searched once per draft, however
    many figures ask): the extractor recognises a misspelt pollster, so the desk must see it named too."""
    found = _name_pattern(name).search(text)
    places = [at for at in (found.start() if found else None, _first_misspelling(name, text)) if at is not None]
    return min(places, default=None)


def _first_misspelling(name: str, text: str) -> int | None:
    """'Baltic Survays' for 'Baltic Surveys': as many words, the same first two letters, a capital, and
    as close as the extractor's own cutoff. Short names and acronyms are left out: their near misses are
    other words."""
    words = PUNCT.sub(" ", name).split()
    if len(name) < MIN_FUZZY_NAME or not words:
        return None
    spelt = re.compile(r"(?<!\w)" + re.escape(name[:2]) + r"\w*" + r"[\W_]+\w+" * (len(words) - 1), re.IGNORECASE)
    target = " ".join(words).lower()
    for m in spelt.finditer(text):
        written = " ".join(PUNCT.sub(" ", m.group()).split()).lower()
        if m.group()[0].isupper() and difflib.SequenceMatcher(None, written, target).ratio() >= FUZZY_NAME_RATIO:
            return m.start()
    return None


def _not_named_here(citation: dict, dataset: Dataset, pollster: str, later: bool, best: Candidate | None,
                    base: dict, *, text: str, published: str | None, draft_sha256: str | None) -> Verdict:
    where = f"names {pollster} only further on, not where this figure appears" if later else \
        f"does not name the pollster ({pollster}?) for this figure"
    note = f"The draft {where}: say who ran the survey (and when) in this paragraph."
    if best is not None and best.score >= CONFIDENT:
        verdict, message = compare_value(citation, best.figure, draft_sha256=draft_sha256,
                                         beyond_doubt=best.score >= BEYOND_DOUBT)
        doubt = verdict in PROBLEMS and _reason_to_doubt(citation, dataset, best, message, text=text,
                                                         published=published, draft_sha256=draft_sha256)
        if verdict in PROBLEMS and not doubt:  # a wrong number matters more than where the credit line sits
            return Verdict(verdict, **base, **_figure_ref(best), message=f"{message} {note}")
    return Verdict("unattributed", **base, message=note)


def rank_candidates(citation: dict, dataset: Dataset, *, text: str = "", published: str | None = None,
                    draft_sha256: str | None = None, comparable_only: bool = True) -> list[Candidate]:
    """Every figure of the same pollster (or, with no pollster, sponsor) and kind that still has evidence (or,
    with `comparable_only` off, every one: the draft's own citations alone), best first."""
    kind = citation.get("kind") or "share"
    statement = statement_tokens(citation.get("statement"))
    value_words = statement_tokens(citation.get("value_words"))
    sentence = _sided(statement_tokens(_sentence(citation, text)), statement | value_words)
    befores = [statement_tokens(s) for s in _sentences_before(citation, text)] if kind not in SURVEY_LEVEL else []
    if _group(citation.get("subgroup")) == "all":
        befores = befores[:1] if _sentences_before(citation, text, same_paragraph=True) else []
    named_answer = (_named_by_answer_alone(citation, value_words, dataset)
                    or _named_by_answer_alone(citation, statement - ABOUT_THE_ASKING, dataset))
    if kind in SURVEY_LEVEL and not text_or_none(citation.get("population")) and text:
        citation = {**citation, "sample_named": _sample_named_after(citation, text)}
    candidates = []
    for figure in _pool(citation, dataset):
        if kind not in figure.kinds or (comparable_only and figure.reference(kind, draft_sha256) is None):
            continue
        if kind in SURVEY_LEVEL and _population_fit(citation, figure, dataset.frame_of(figure.pollster)) is None:
            continue  # '1,003 Canadians' is no sample size of the pollster's survey of Britons
        if contradicts(statement, figure.tokens) or contradicts(value_words, figure.tokens):
            continue  # "approve" is not "disapprove", however much of the sentence the two share
        if _names_another_answer(statement, figure, dataset) or _names_another_answer(value_words, figure, dataset):
            continue  # "too much" is not "about the right amount", though the question offers both
        weight = dataset.weight_among(figure.pollster)
        in_wave = _in_drafts_wave(citation, figure)
        wordings = (figure.tokens, figure.cited_tokens, *figure.worded_by_others(kind, draft_sha256))
        similarity = max(*(_similarity(words, tokens, weight, whole_sentence=False)
                           for words in (statement, value_words) for tokens in wordings),
                         *(_answer_similarity(words, figure, weight) if in_wave else 0.0
                           for words in (statement, value_words)),
                         *(SENTENCE_DISCOUNT * _similarity(sentence, tokens, weight, whole_sentence=True)
                           for tokens in (figure.tokens, *_telling(wordings[1:]))),
                         ANSWER_ALONE_DISCOUNT if figure.figure_id == named_answer else 0.0,
                         FOLLOW_ON_WORDING if any(_named_before(before, sentence, figure, wordings, weight)
                                                  for before in befores) else 0.0)
        if similarity == 0 and (statement or sentence) and kind not in SURVEY_LEVEL:
            continue  # nothing in common: another question entirely
        if similarity > MIN_STATEMENT_SIMILARITY and statement - BARE_ANSWER and _answer_only(figure):
            similarity = MIN_STATEMENT_SIMILARITY  # enough to agree with an equal number, never to call one wrong
        candidates.append(score_candidate(citation, figure, similarity, published, draft_sha256,
                                          frame=dataset.frame_of(figure.pollster)))
    candidates.sort(key=lambda c: (-c.score, not c.same_group, -c.sureness, -c.fit, c.figure.figure_id))  # ties:
    # its group, then the better fit (an undated '5,152 adults' is shown with the wave whose sample size is 5,152)
    return candidates


def _sided(sentence: frozenset[str], statement: frozenset[str]) -> frozenset[str]:
    """The sentence's words with the side the draft's own statement takes: in '85% reject any concessions, while
    10% would accept some', the sentence names the topic of both numbers, but its 'not' is the 85%'s alone."""
    if not statement - POLARITY:
        return sentence
    return (sentence - POLARITY) | (statement & POLARITY)


def _telling(wordings: Iterable[frozenset[str]]) -> list[frozenset[str]]:
    """The outlets' wordings that say enough to be found in a draft's sentence: a single topic word ('Labor')
    turns up in any sentence about the topic."""
    return [w for w in wordings if len(w - POLARITY) >= MIN_ANSWER_WORDS]


def _named_before(before: frozenset[str], sentence: frozenset[str], figure: Figure,
                  wordings: tuple[frozenset[str], ...], weight) -> bool:
    """Does the sentence before the draft's name this figure's question (or its answer: a question offering
    every answer is long), with nothing in the draft's own sentence saying the opposite? A follow-on sentence
    ('Support was 76% among men', 'Only 15% of Democrats agree') leaves its topic to the one before, as news
    style does."""
    if not before or contradicts(sentence, figure.tokens):
        return False
    answer = statement_words(figure.answer or "")
    answered = _covered(before, answer, weight) if len((before & answer) - POLARITY) >= MIN_ANSWER_WORDS else 0.0
    asked = (_covered(before, tokens, weight) for tokens in (figure.tokens, *_telling(wordings[1:])))
    return max(answered, *asked) >= MIN_STATEMENT_SIMILARITY


def _covered(sentence: frozenset[str], figure: frozenset[str], weight) -> float:
    """How much of the figure's statement (by weight) a sentence of the same polarity holds: a sentence
    carries the pollster's name and the date besides, so its own extra words count for nothing."""
    if ("not" in sentence) != ("not" in figure) or not (topic := figure - POLARITY):
        return 0.0
    return sum(map(weight, (sentence & topic))) / sum(map(weight, topic))


def _named_by_answer_alone(citation: dict, words: frozenset[str], dataset: Dataset) -> str | None:
    """The figure a draft names by its answer alone ('83 percent approval among Democrats': `words` are
    the value words, {'support'}), or None. One answer word says nothing across a pollster's questions
    (MIN_ANSWER_WORDS), but within the survey wave the draft quotes (dated, or pinned by its other figures)
    and the group it names, an answer only one figure has names that figure. The draft must say nothing
    beyond the answer: 'support a ban on fireworks' is another topic, not the answer 'support'."""
    kind = citation.get("kind") or "share"
    if not words - POLARITY:
        return None
    named = [f for f in _pool(citation, dataset)
             if kind in f.kinds and f.answer and words <= statement_words(f.answer) and _in_drafts_wave(citation, f)
             and names_match(_group(citation.get("subgroup"), f.population, frame := dataset.frame_of(f.pollster)),
                             _group(f.subgroup, f.population, frame))]
    return named[0].figure_id if len(named) == 1 else None


def _names_another_answer(draft: frozenset[str], figure: Figure, dataset: Dataset) -> bool:
    """Do the draft's words name another answer of the figure's question ('giving too much support' against the
    figure of 'about the right amount'), every word of it, and none of the figure's own answer? The question's
    words, which list every answer, fit each answer's figure alike, so only the number would choose."""
    others = dataset.other_answers.get(figure.figure_id)
    if not others or not draft - POLARITY:
        return False
    own = statement_words(figure.answer or "") - POLARITY - frozenset().union(*others)
    return not (draft & own) and any(words - POLARITY <= draft for words in others if words - POLARITY)


def _answer_only(figure: Figure) -> bool:
    """Is the figure named by an answer alone ("disapprove", "not sure")? Then it says nothing of what was
    asked, and a draft naming a topic ("oppose the new bypass") fits it by its answer, not by its topic."""
    return figure.tokens <= BARE_ANSWER and figure.cited_tokens <= BARE_ANSWER


def contradicts(draft: frozenset[str], figure: frozenset[str]) -> bool:
    """Does the draft's statement say the opposite of the figure's: the same topic, the other polarity?"""
    return ("not" in draft) != ("not" in figure) and bool((draft & figure) - POLARITY)


def score_candidate(citation: dict, figure: Figure, similarity: float, published: str | None,
                    draft_sha256: str | None, frame: frozenset[str] = frozenset()) -> Candidate:
    """`frame`: the words every population the pollster itself published carries ('urban' for a pollster
    of urban internet users), which a draft or an article may add to the whole sample's name."""
    kind = citation.get("kind") or "share"
    by = _matched_on(citation)
    reasons = [f"same {by} ({figure.pollster if by == 'pollster' else figure.sponsor})"]
    parts = {}
    draft_group = _group(citation.get("subgroup"), figure.population, frame)
    figure_group = _group(figure.subgroup, figure.population, frame)
    parts["subgroup"] = 1.0 if _groups_agree(draft_group, figure_group) else 0.0
    if kind in SURVEY_LEVEL:  # the group a sample size names is its population: 'of 1,151 residents of Lithuania'
        parts["subgroup"] = _population_fit(citation, figure, frame) or 0.0
        draft_group = " ".join(filter(None, (text_or_none(citation.get(k))
                                             for k in ("population", "sample_named", "subgroup")))) or draft_group
    if kind not in SURVEY_LEVEL and similarity < MIN_STATEMENT_SIMILARITY and not _loosely_worded_agreement(
            citation, figure, similarity, bool(parts["subgroup"]), draft_sha256):
        citation = {**citation, "pinned_wave": None}  # the pinned wave says which survey, not which question
    parts["fieldwork"], why_date = _fieldwork_score(citation, figure, published)
    if kind in SURVEY_LEVEL:
        parts["statement"] = 1.0  # survey-level figures: the survey is the question, so the date must fit
        unsure = parts["fieldwork"] < 1.0
    else:
        parts["statement"] = similarity
        reasons.append(f"statement {similarity:.0%} similar")
        unsure = why_date.startswith("fieldwork differs") or similarity < MIN_STATEMENT_SIMILARITY
    reasons.append(why_date)
    if not parts["subgroup"]:
        reasons.append(f"subgroup differs ({draft_group} in the draft, {figure_group} in the dataset)")

    parts["value"] = _value_fit(citation, figure, draft_sha256)

    score = fit = sum(WEIGHTS[k] * v for k, v in parts.items())
    # A survey the dataset cannot date gives the date no evidence either way: the ranking scores it as middling,
    # but whether a match is sure enough to call a number wrong is judged on the evidence there is. (A draft
    # that gives no date for a dated survey is another matter: it may quote another wave.)
    dated = _interval(figure.fieldwork_start, figure.fieldwork_end) is not None
    known = [k for k in parts if dated or k != "fieldwork"]
    sureness = sum(WEIGHTS[k] * parts[k] for k in known) / sum(WEIGHTS[k] for k in known)
    if unsure and _loosely_worded_agreement(citation, figure, similarity, bool(parts["subgroup"]), draft_sha256):
        reasons.append("loosely worded, but the draft's wave and group, and its number")
        sureness = min(sureness, UNSURE)  # enough to agree with the number, never to call it wrong
    elif unsure:
        # another wave, or another question: a candidate to show, never a match
        score, sureness = min(score, UNSURE), min(sureness, UNSURE)
    return Candidate(figure, round(score, 4), tuple(reasons), bool(parts["subgroup"]), round(sureness, 4),
                     round(fit, 4))


def _population_fit(citation: dict, figure: Figure, frame: frozenset[str]) -> float | None:
    """Does the population a draft gives its sample size or margin ('1,003 Canadians', 'a poll of 1,200 registered
    voters') fit the survey's? None when it names another country than the survey's population (another survey
    entirely); 0.0 when it names people the survey's population and the pollster's frame do not (registered voters
    of an adult sample: a part of it, whose count is no misquote of the whole sample's); 1.0 otherwise. Words anyone
    is ('adults', 'people', 'aged') say nothing, and neither does a survey of unknown population."""
    said = frozenset().union(*(statement_tokens(citation.get(k)) for k in ("population", "sample_named", "subgroup")))
    said -= POPULATION_FILLER
    drafts = text_or_none(citation.get("geography")) if text_or_none(citation.get("population")) else None
    if said & COUNTRIES and drafts and figure.geography not in (None, drafts):
        return None  # the extractor gives the country of the population it found as the citation's geography
    if not said or figure.population is None:
        return 1.0
    theirs = statement_tokens(figure.population) | statement_tokens(" ".join(sorted(frame)))
    if said & COUNTRIES and theirs & COUNTRIES and not said & theirs & COUNTRIES:
        return None
    return 1.0 if said - COUNTRIES <= theirs else 0.0


def _sample_named_after(citation: dict, text: str) -> str | None:
    """Who a sample size counts, named right after it ('a survey of 3,500 registered voters'), when the extractor
    gave the draft's figure no population."""
    found = SAMPLE_AFTER_COUNT.match(text, int(citation["end"]))
    return found["who"] if found else None


def _groups_agree(draft: str, figure: str) -> bool:
    """Is the draft's group the figure's: the same name, or the same ages said another way ('adults under 30' and
    'aged 18-29', '65 and older' and '65+'), with nothing else said of them."""
    if names_match(draft, figure):
        return True
    draft_ages, figure_ages = _age_band(draft), _age_band(figure)
    return draft_ages is not None and draft_ages == figure_ages


@functools.lru_cache(maxsize=1 << 10)
def _age_band(group: str) -> tuple[tuple[int, int | None], frozenset[str]] | None:
    """((youngest, oldest or None), the group's other words) for a group named by its ages, else None. With no
    youngest age given, an adult sample's (ADULT_AGE) is meant."""
    if (span := AGE_SPAN.search(group)) is not None:
        band, found = (int(span["low"]), int(span["high"])), span
    elif (below := AGE_BELOW.search(group)) is not None:
        band, found = (ADULT_AGE, int(below["below"]) - 1), below
    elif (upward := AGE_FROM.search(group)) is not None:
        band, found = (int(upward["at"] or upward["over"]), None), upward
    else:
        return None
    rest = frozenset(normalise(group[:found.start()] + " " + group[found.end():]).split()) - AGE_WORDS
    return band, rest - WHOLE_SAMPLE_WORDS


def _loosely_worded_agreement(citation: dict, figure: Figure, similarity: float, same_group: bool,
                              draft_sha256: str | None) -> bool:
    """A figure the draft words loosely ('could accept territorial concessions' for 'ready for territorial
    concessions': some topic words shared, too few to be sure of the question) is still the draft's when it is
    of the wave the draft dates (or its other figures pin) and the group it names, and its number is the draft's:
    a paraphrase of a published answer, quoted right, is far likelier than a number that happens to be another
    answer's."""
    return (similarity >= LOOSE_WORDING and citation.get("kind") not in SURVEY_LEVEL and same_group
            and _in_drafts_wave(citation, figure) and _agrees_firmly(citation, figure, draft_sha256))


def _value_fit(citation: dict, figure: Figure, draft_sha256: str | None) -> float:
    """0-1: how near the cited number is to the figure's value. That is the published value, else the median
    of the outlets that each cite one number for it. An outlet citing several (the linker joined two answers)
    does not say which of them is the figure's: with only such outlets, each of their numbers is as likely."""
    kind = citation.get("kind") or "share"
    cited, unit = float(citation["value"]), _unit(kind)

    def nearness(reference: float) -> float:
        spread = max(10.0, abs(reference) * 0.1) if unit == "respondents" else 10.0
        return max(0.0, 1.0 - abs(cited - reference) / spread)

    if (published := figure.published(kind)) is not None:
        return nearness(published)
    others = figure.others(kind, draft_sha256)
    if firm := sorted(c.value for c in _unambiguous(others, unit)):
        return nearness(firm[len(firm) // 2])
    if others:
        return sum(nearness(c.value) for c in others) / len(others)
    return 0.5


def compare_value(citation: dict, figure: Figure, *, draft_sha256: str | None = None,
                  beyond_doubt: bool = False) -> tuple[str, str]:
    """(verdict, message) for a cited value against a matched figure.

    `beyond_doubt`: the draft's figure fits this one on every count (statement, date, group). Then other
    outlets each citing several numbers for it, none of them the draft's, still contradict it: whichever
    of their numbers is the figure, the draft's differs from it.
    """
    cited, qualifier, kind = float(citation["value"]), citation.get("qualifier"), citation.get("kind") or "share"
    label, unit = figure.label(), _unit(kind)
    published, span = figure.published(kind), _fraction_span_of(citation)
    if published is not None:
        agreement = agreement_of(cited, qualifier, published, unit, span=span)
        shown = _format_value(published, unit)
        if agreement == "exact":
            return "match", f"Matches the pollster's published value ({shown}) — {label}."
        if agreement == "rounding" and span is not None:
            return "rounding", (f"Within rounding of the pollster's published value ({shown}): "
                                f"'{citation['value_text']}' stands for {_format_value(round(span[0], 1), unit)} to "
                                f"{_format_value(round(span[1], 1), unit)} — {label}.")
        if agreement == "rounding":
            return "rounding", f"Within rounding of the pollster's published value ({shown}) — {label}."
        return "differs", (f"Differs from the pollster's published value ({shown}) by "
                           f"{_format_gap(abs(cited - published), unit)} — {label}.")
    others = figure.others(kind, draft_sha256)
    agreeing = [c for c in others if agreement_of(cited, qualifier, c.value, unit, c.qualifier, span=span)]
    disagreeing = [c for c in _unambiguous(others, unit) if c not in agreeing]
    if disagreeing:
        listed = _listed(disagreeing, unit)
        return "conflict", (f"No published value is known, and other outlets cite a different number: {listed} — "
                            f"{label}.")
    if agreeing:
        outlets = len({c.source_id for c in agreeing})
        return "match", (f"Agrees with {outlets} other outlet{'s' if outlets > 1 else ''} citing it "
                         f"(the pollster's published value is not in the dataset) — {label}.")
    if others and beyond_doubt:
        return "conflict", (f"No published value is known, and other outlets cite several numbers for this figure, "
                            f"none of them this one: {_listed(others, unit)} — {label}.")
    if others:
        return "unknown", (f"Other outlets cite several different numbers for this figure, none of them this one: "
                           f"nothing firm to compare with — {label}.")
    return "unknown", ("In the dataset but with nothing to compare against (no published value, no other "
                       f"outlet) — {label}.")


def agreement_of(cited: float, qualifier: str | None, reference: float, unit: str | None,
                 reference_qualifier: str | None = None, span: tuple[float, float] | None = None) -> str | None:
    """'exact', 'rounding' or None (they disagree), allowing for how precisely each value was written.
    `span`: the shares a cited fraction word stands for (see fraction_span).

    Counts (sample sizes) are read as a reader reads a round number: its zeros hold places, and no count claims
    less than its second significant digit (_count_precision). A plain count agrees within half a unit of that
    digit ('2,000' with 1,950 to 2,050; '2,061' only with 2,061); an approximate one ('about', 'roughly') within 1.5
    units, as 'about 40%' allows 1.5 points ('roughly 20,000' is 18,500 to 21,500: a writer rounding 22,000 writes
    'about 22,000'). A bound is on its side of the number and near it: 'more than 2,000' is 2,000-odd, up to one
    unit of its last significant digit (2,000 to 3,000, so 2,041 agrees; 'more than 11,000' is 11,000 to 12,000),
    and 'nearly' / 'under 2,000' down to one unit of its second digit (1,900 to 2,000). A margin of error is small
    and exact: it agrees within half a unit of the last digit written ('±3 points' with 2.5 to 3.5, '±3.1' only
    with 3.1), and 'up to' / 'does not exceed' change nothing: a stated margin is a maximum by definition."""
    gap = abs(cited - reference)
    if gap < 1e-6:
        return "exact"
    if unit == MARGIN_UNIT:  # 'up to 3.1 points' is the margin itself: a stated margin is a maximum by definition
        return "rounding" if gap <= 0.5 * 10 ** -min(_decimals(cited), _decimals(reference)) + 1e-6 else None
    if span is not None and qualifier not in ("more_than", "less_than"):
        return "rounding" if span[0] - 1e-6 <= reference <= span[1] + 1e-6 else None
    if reference_qualifier in ("more_than", "less_than") and qualifier not in ("more_than", "less_than"):
        # the other outlet wrote a bound ('more than half'): the draft's exact value agrees when inside it
        return agreement_of(reference, reference_qualifier, cited, unit)
    if unit == "respondents":
        if qualifier == "more_than":  # 'more than 2,000' is 2,000-odd: up to one unit of its last significant digit
            return "rounding" if _bound_consistent(cited, qualifier, reference, _significant_unit(cited)) else None
        if qualifier == "less_than":  # 'nearly 2,000', 'under 2,000': 1,900 to 2,000
            return "rounding" if _bound_consistent(cited, qualifier, reference, _count_precision(cited)) else None
        # half a unit of the last digit written, as for shares; a loose word ('roughly') allows 1.5 units
        precision = max(_count_precision(cited), _count_precision(reference))
        loose = {qualifier, reference_qualifier} & {"approx", "range"}
        return "rounding" if gap <= (1.5 if loose else 0.5) * precision + 1e-6 else None
    rounding = 0.5 * 10 ** -min(_decimals(cited), _decimals(reference))  # 5% agrees with 4.6, 74% not with 75%
    loose = {qualifier, reference_qualifier} & {"approx", "range"}
    tolerance = 1.5 if loose else rounding + 1e-6
    if qualifier in ("more_than", "less_than"):
        return "rounding" if _bound_consistent(cited, qualifier, reference, slack=5.0) else None
    return "rounding" if gap <= tolerance else None


@functools.lru_cache(maxsize=1 << 8)
def fraction_span(value_text: str, value: float) -> tuple[float, float] | None:
    """(low, high): the shares a number written as a fraction ('half', 'a third', 'one in five', 'six in 10')
    stands for, or None for a number written as such ('48%'). A writer rounds a share to the nearest simple
    fraction, so 'half' is any share nearer to a half than to any other fraction of a denominator up to five
    (or of the draft's own: tenths for 'six in 10'), at most FRACTION_SLACK points off: 45-55% for 'half',
    29-37% for 'a third', 55-65% for 'six in 10'. Called 'differs by 2' against a published 48%, 'half' would be
    a false alarm."""
    if PERCENT_TEXT.search(value_text) or (written := FRACTION_TEXT.search(value_text.strip())) is None:
        return None
    denominator = written["den"] and parse_number(written["den"])
    grid = {100 * k / n for n in SIMPLE_DENOMINATORS for k in range(n + 1)}
    if denominator and denominator == int(denominator) and 1 < denominator <= 1000:
        grid = {100 * k / denominator for k in range(int(denominator) + 1)} | (
            grid if denominator <= max(SIMPLE_DENOMINATORS) else set())
    below = max((g for g in grid if g < value - 0.1), default=0.0)  # the value is rounded to 0.1
    above = min((g for g in grid if g > value + 0.1), default=100.0)
    return max(value - FRACTION_SLACK, (below + value) / 2), min(value + FRACTION_SLACK, (value + above) / 2)


def _fraction_span_of(citation: dict) -> tuple[float, float] | None:
    return fraction_span(str(citation.get("value_text") or ""), float(citation["value"]))


def summarize(verdicts: list[Verdict]) -> dict:
    """Counts per verdict and of problems, for a summary line."""
    counts = {code: 0 for code in VERDICTS}
    for v in verdicts:
        counts[v.verdict] += 1
    return {"figures": len(verdicts), "problems": sum(counts[c] for c in PROBLEMS), **counts}


def summary_sentence(verdicts: list[Verdict]) -> str:
    s = summarize(verdicts)
    if not s["figures"]:
        return "No survey figures found in the draft."
    parts = [f"{s[code]} {VERDICTS[code][1]}" for code in VERDICTS if s[code]]
    problems = f"{s['problems']} problem{'s' if s['problems'] != 1 else ''}"
    return f"{s['figures']} figure{'s' if s['figures'] != 1 else ''} checked, {problems}: " + ", ".join(parts) + "."


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset (columns count characters, like most editors)."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# ---------------------------------------------------------------- helpers

def _unambiguous(citations: list[Cited], unit: str | None) -> list[Cited]:
    """Citations from outlets that cite one value for the figure.

    An outlet citing several different values for one figure (the linker joined two answers, or two
    subgroups) is no evidence that any one of them is wrong.
    """
    by_source: dict[str | None, list[Cited]] = {}
    for c in citations:
        by_source.setdefault(c.source_id, []).append(c)
    return [c for group in by_source.values()
            if all(agreement_of(a.value, a.qualifier, b.value, unit, b.qualifier) for a in group for b in group)
            for c in group]


def _listed(citations: list[Cited], unit: str | None) -> str:
    """'33% (Daily Example), more than 60% (Model Herald)': each outlet's value as it bounds it."""
    bounds = {"more_than": "more than ", "less_than": "less than "}
    return ", ".join(sorted({f"{bounds.get(c.qualifier, '')}{_format_value(c.value, unit)} "
                             f"({c.outlet or 'another outlet'})" for c in citations}))


def _similarity(draft: frozenset[str], figure: frozenset[str], weight, whole_sentence: bool) -> float:
    """Weighted overlap of two statements (the linker's tokens: synonyms folded, negation kept apart).

    A whole sentence is scored by how much of the figure's statement it contains; two statements by
    their overlap and their union, as the linker does.
    """
    if ("not" in draft) != ("not" in figure) or not (common := (draft & figure) - POLARITY):
        return 0.0
    # A shared "not" agrees in polarity, not in topic: more than half of the shorter side's topic words must match.
    topic = sum(map(weight, common))
    if topic <= 0.5 * min(sum(map(weight, draft - POLARITY)), sum(map(weight, figure - POLARITY))):
        return 0.0
    shared = sum(map(weight, draft & figure))
    if whole_sentence:
        return shared / sum(map(weight, figure))
    smaller = min(sum(map(weight, draft)), sum(map(weight, figure)))
    return 0.5 * shared / smaller + 0.5 * shared / sum(map(weight, draft | figure))


def _answer_similarity(draft: frozenset[str], figure: Figure, weight) -> float:
    """The draft's statement against the figure's answer alone: a published question is long and formal
    ("Which statement … do you agree with more?"), and a draft paraphrases the answer it quotes. An answer
    sharing fewer than MIN_ANSWER_WORDS topic words with the draft ('support', 'yes') says nothing alone."""
    answer = statement_words(figure.answer or "")
    if len((draft & answer) - POLARITY) < MIN_ANSWER_WORDS:
        return 0.0
    return _similarity(draft, answer, weight, whole_sentence=False)


def _in_drafts_wave(citation: dict, figure: Figure) -> bool:
    """Is the figure from the survey wave the draft quotes: dated within its fieldwork, or (no date in the
    draft) the wave the draft's other figures of the pollster pin (`pinned_wave`, see _pinned_waves)?"""
    pinned = citation.get("pinned_wave")
    return _same_wave(citation, figure) or (pinned is not None and pinned == figure.survey_id)


def _same_wave(citation: dict, figure: Figure) -> bool:
    """Does the draft date its figure within the survey's fieldwork?"""
    draft = _interval(citation.get("fieldwork_start"), citation.get("fieldwork_end"))
    survey = _interval(figure.fieldwork_start, figure.fieldwork_end)
    return draft is not None and survey is not None and _gap_days(draft, survey) <= 0


def _fieldwork_score(citation: dict, figure: Figure, published: str | None) -> tuple[float, str]:
    if citation.get(EXIT_POLL_SURVEY) == figure.survey_id:  # an election's one exit poll: no other wave to quote
        return 1.0, "the only exit poll in the dataset that fits the draft's country" + (
            " and date" if _dated(citation) or published else "")
    draft = _interval(citation.get("fieldwork_start"), citation.get("fieldwork_end"))
    survey = _interval(figure.fieldwork_start, figure.fieldwork_end)
    if draft is None and _in_drafts_wave(citation, figure):
        when = month_label(figure.fieldwork_start) or "undated"
        return 1.0, (f"no fieldwork date in the draft, but its other {figure.pollster} figures match this wave "
                     f"({when}) and no other")
    if survey is None:
        return 0.5, "the dataset has no fieldwork date for it"
    when = month_label(figure.fieldwork_start) or str(survey[0])
    if draft is not None:
        gap = _gap_days(draft, survey)
        if gap <= 0 and _overhang_days(survey, draft) > OVERHANG_DAYS:
            until = month_label(figure.fieldwork_end)
            return 0.5, f"fieldwork overlaps ({when} to {until}, a longer span than the draft's)"
        if gap <= 0:
            return 1.0, f"fieldwork matches ({when})"
        if gap <= 31:
            return 0.5, f"fieldwork close ({when}, {gap} days from the draft's)"
        drafted = month_label(citation.get("fieldwork_start") or citation.get("fieldwork_end"))
        return 0.0, f"fieldwork differs ({when} in the dataset, {drafted} in the draft)"
    pub = _interval(published, None)
    if pub is None:
        return 0.4, f"no fieldwork date in the draft (dataset: {when})"
    days_before = (pub[0] - survey[1]).days
    if -3 <= days_before <= 120:
        return 0.6, f"fieldwork {when}, shortly before publication"
    if -3 <= days_before <= 400:
        return 0.3, f"fieldwork {when}, within a year before publication"
    return 0.0, f"fieldwork {when}, far from the draft's publication date"


def _overhang_days(survey: tuple[date, date], draft: tuple[date, date]) -> int:
    """Days the survey ran outside the period the draft gives ("May to June" against "in June": 31)."""
    return max((draft[0] - survey[0]).days, (survey[1] - draft[1]).days, 0)


def _interval(start: object, end: object) -> tuple[date, date] | None:
    start, end = text_or_none(start), text_or_none(end)
    first, last = date_bounds(start or end), date_bounds(end or start)
    if first is None or last is None:
        return None
    return first[0], max(first[0], last[1])


def _gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two periods; 0 or less when they overlap."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _sentence(citation: dict, text: str) -> str:
    start, end = citation.get("sentence_start"), citation.get("sentence_end")
    if text and isinstance(start, int) and isinstance(end, int) and end > start:
        return text[start:end]
    return ""


def _sentences_before(citation: dict, text: str, same_paragraph: bool = False) -> list[str]:
    """The FOLLOW_ON_SENTENCES sentences before the draft's figure's own one, nearest first, also across a
    paragraph break (unless `same_paragraph`). A follow-on about a group ('Independents remain the weak spot at
    31%.') often has a paragraph of its own, and the sentence before may itself be a follow-on ('Among Democrats,
    83% approve.'); rank_candidates reaches that far only for a figure of a named group."""
    start = citation.get("sentence_start")
    if not text or not isinstance(start, int):
        return []
    before = [(s, e) for s, e in split_sentences(text) if e <= start]  # the extractor's split, cached
    if same_paragraph and before and "\n\n" in text[before[-1][1]:start]:
        return []
    return [text[s:e] for s, e in reversed(before[-FOLLOW_ON_SENTENCES:])]


@functools.lru_cache(maxsize=1 << 12)  # asked for every figure of a pollster, for every figure of a draft
def _group(subgroup: object, population: object = None, frame: frozenset[str] = frozenset()) -> str:
    """'all' for the whole sample — also when the 'subgroup' only restates the survey's population
    ("of urban Belarusians" in a survey of urban Belarusians, "of respondents"), or the pollster's own
    frame ("urban Belarusians" where the survey says "Belarusians" and the pollster only polls urban
    ones) — else the subgroup."""
    text = text_or_none(subgroup)
    if text is None or normalise(text) in ("all", "total", "overall"):
        return "all"
    words = set(normalise(text).split()) - WHOLE_SAMPLE_WORDS
    return "all" if words <= set(normalise(text_or_none(population) or "").split()) | frame else text


@functools.cache
def _name_pattern(name: str) -> re.Pattern:
    """A name as whole words, any punctuation or spacing between them ('Ipsos-MORI' = 'Ipsos MORI')."""
    words = [re.escape(w) for w in PUNCT.sub(" ", name).split()]
    return re.compile(r"(?<!\w)" + r"[\W_]+".join(words) + r"(?!\w)", re.IGNORECASE) if words else re.compile("(?!)")


def _decimals(value: float) -> int:
    for places in range(3):
        if abs(value * 10**places - round(value * 10**places)) < 1e-6:
            return places
    return 3


def _count_precision(count: float) -> float:
    """The unit of the last digit a count is written to. A round count's zeros hold places, and no count is
    read coarser than its second digit: '2,061' is to 1, '2,000' to 100 and '20,000' to 1,000 ('20 thousand'),
    so 'about 2,000' agrees with 2,061 and 'roughly 20,000' does not with 22,000."""
    count = round(abs(count))
    if count < 10:
        return 1.0
    coarsest = 10 ** (len(str(count)) - 2)
    last = 1
    while count % (last * 10) == 0 and last < coarsest:
        last *= 10
    return float(last)


def _significant_unit(count: float) -> float:
    """The unit of a count's last significant digit: 1,000 for '2,000', 100 for '1,500', 1 for '1,013'."""
    count, unit = round(abs(count)), 1
    while count and count % (unit * 10) == 0:
        unit *= 10
    return float(unit)


def _bound_consistent(cited: float, qualifier: str | None, reference: float, slack: float) -> bool:
    """'more than 70%' agrees with 72 (and with 70, as published rounding); 'less than' likewise."""
    if qualifier == "more_than":
        return cited - 0.5 <= reference <= cited + slack
    if qualifier == "less_than":
        return cited - slack <= reference <= cited + 0.5
    return abs(cited - reference) <= slack


def _unit(kind: str) -> str:
    """The unit a kind's values are compared in: a margin of error is in points, but read as MARGIN_UNIT."""
    return MARGIN_UNIT if kind == "margin_of_error" else UNIT_BY_KIND.get(kind, "percent")


def _format_value(value: float | None, unit: str | None) -> str:
    if value is None:
        return "no value"
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{number}%"
    if unit == "respondents":
        return f"{number} respondents"
    return f"{number} points"


def _format_gap(gap: float, unit: str | None) -> str:
    number = f"{gap:,.0f}" if abs(gap - round(gap)) < 1e-6 else f"{gap:,.1f}"
    if unit == "respondents":
        return f"{number} respondents"
    return f"{number} point" + ("" if number == "1" else "s")


