"""Split article text into sentences, keeping code-point offsets into the original string.

News text breaks lines oddly and abbreviates freely, so a boundary is a line break or sentence-final
punctuation (plus closing quotes/brackets) followed by space and a capital, digit or opening quote,
unless the word before the full stop is a known abbreviation or a single initial, or an ellipsis
stands for words left out of a quote ("asked about the war … 29% said").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Sentence-final punctuation (then closing quotes/brackets) before space and a capital, digit or
# opening quote, or straight before a capitalised word after a closing quote ('unsure."The next') or after
# a doubled full stop, where a scraper joined two paragraphs ('the Institute..New data'), or
# line breaks (a run of them is one boundary: the blank text between them would be dropped anyway, and
# each match costs a step of the loop). Written to start with one character class, which lets `re`
# skip ahead to the next candidate character instead of trying every position.
BOUNDARY = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<=[a-z0-9%)]\.)\.(?=[A-Z])"
                      r"|[.!?…]*[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9]|(?<=[\"”])[A-Z][a-z]))")
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "v", "gen", "gov", "sen", "rep", "jr", "sr", "inc",
    "ltd", "co", "corp", "dept", "fig", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "u.s", "u.k", "u.n", "a.m", "p.m", "ph.d",
})
NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})  # "No. 10", but "most said no. Then …" ends a sentence
LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS | NUMBER_ABBREVIATIONS))
WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# End sentences as often as they close a phrase ("in the U.S. The …", "at 9 p.m. Most …", "etc. But …").
ENDING_ABBREVIATIONS = ("u.s", "u.k", "u.n", "a.m", "p.m", "etc")
ELLIPSES = ("…", "...")  # not "....": that is an ellipsis and a full stop, which ends the sentence
SPACED_ELLIPSIS = ". . "  # the rest of ". . ." before its last full stop
NUMBER_NEXT = re.compile(r"\s+[\"“‘(\[]?\d")
SENTENCE_OPENER = re.compile(
    r"\s+(?:The|A|An|Another|But|And|In|It|Its|This|That|These|Those|They|He|She|We|I|Some|Most|Many|Only|About|"
    r"Meanwhile|However|Still|Yet|Overall|Among|Of)(?=\s)")  # not a digit: "the U.S. 10-year bond"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence, whitespace trimmed, in text order.

    Detection and attribution both split each article: the last few results are kept, so the
    second call costs a copy.
    """
    return list(_split_sentences(text))


@lru_cache(maxsize=8)
def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = 0
    has_ellipsis = "…" in text or ".." in text or ". ." in text  # (most texts have none: then none is looked for)
    for m in BOUNDARY.finditer(text):
        stop = m.start()
        if text[stop] == "." and _is_abbreviation(text, stop) and not _ends_sentence_here(text, stop):
            continue  # WORD_BEFORE needs the full stop
        if has_ellipsis and _ellipsis_before_number(text, m):
            continue
        if text[stop] == "\n" and _wrapped_line(text, stop, m.end()):
            continue
        end = m.end()
        if trimmed := _trim(text, start, end):
            spans.append(trimmed)
        start = end
    if trimmed := _trim(text, start, len(text)):
        spans.append(trimmed)
    return tuple(spans)


def _ellipsis_before_number(text: str, boundary: re.Match) -> bool:
    """Whether the boundary is an ellipsis alone (no closing quote) before a number: words left out of one
    sentence ("asked about the war … 29% said")."""
    punctuation = boundary.group()
    stop = boundary.start()
    spaced = punctuation == "." and text[max(0, stop - 4):stop] == SPACED_ELLIPSIS  # the last dot of ". . ."
    return (punctuation in ELLIPSES or spaced) and bool(NUMBER_NEXT.match(text, boundary.end()))


def _wrapped_line(text: str, stop: int, end: int) -> bool:
    """A single line break between two lower-case words ("Two in three still\ntrust him"): a line wrapped
    mid-sentence, no boundary (a list line ends in a figure or a label, a heading before a capital)."""
    return end == stop + 1 and stop > 0 and end < len(text) and text[stop - 1].islower() and text[end].islower()


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends a known abbreviation or an initial (WORD_BEFORE: the word
    is the run of word characters and dots before it, at most 12 characters back)."""
    if dot >= LONGEST_ABBREVIATION + 1 and text[dot - LONGEST_ABBREVIATION - 1:dot].isalpha():
        return False  # a word longer than any abbreviation: most sentences end so, and then no search is needed
    if not text[dot - 1:dot].isalpha():
        return False  # "in 2014.", "(52%).": every abbreviation and initial ends with a letter
    m = WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in NUMBER_ABBREVIATIONS:
        return bool(NUMBER_NEXT.match(text, dot + 1))
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _ends_sentence_here(text: str, dot: int) -> bool:
    """ "… support in the U.S. Another 12% …": an abbreviation that often closes a phrase, then a word that
    opens sentences."""
    return text[max(0, dot - 3):dot].lower() in ENDING_ABBREVIATIONS and bool(SENTENCE_OPENER.match(text, dot + 1))


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
