"""Split article text into sentences, keeping code-point offsets into the original string.

News text breaks lines oddly and abbreviates freely, so a boundary is a line break or sentence-final
punctuation (plus closing quotes/brackets) followed by space and a capital, digit or opening quote,
unless the word before the full stop is a known abbreviation or a single initial.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Sentence-final punctuation (then closing quotes/brackets) before space and a capital, digit or
# opening quote, or line breaks (a run of them is one boundary: the blank text between them would
# be dropped anyway, and each match costs a step of the loop). Written to start with one character
# class, which lets `re` skip ahead to the next candidate character instead of trying every position.
BOUNDARY = re.compile(r"[.!?…\n](?:(?<=\n)\n*|[.!?…]*[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9]))")
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "v", "gen", "gov", "sen", "rep", "jr", "sr", "inc",
    "ltd", "co", "corp", "dept", "fig", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "u.s", "u.k", "u.n", "a.m", "p.m", "ph.d",
})
WORD_BEFORE = re.compile(r"([\w.]+)\.$")
PLACE_ABBREVIATIONS = ("u.s", "u.k", "u.n")  # end sentences as often as they start names ("in the U.S. The …")
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
    for m in BOUNDARY.finditer(text):
        end = m.end()
        if text[m.start()] == "." and _is_abbreviation(text, m.start()) and not _place_ends_sentence(text, m.start()):
            continue  # WORD_BEFORE needs the full stop
        if trimmed := _trim(text, start, end):
            spans.append(trimmed)
        start = end
    if trimmed := _trim(text, start, len(text)):
        spans.append(trimmed)
    return tuple(spans)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends a known abbreviation or an initial (WORD_BEFORE: the word
    is the run of word characters and dots before it, at most 12 characters back)."""
    m = WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _place_ends_sentence(text: str, dot: int) -> bool:
    """ "… support in the U.S. Another 12% …": a country's initials, then a word that opens sentences."""
    return text[max(0, dot - 3):dot].lower() in PLACE_ABBREVIATIONS and bool(SENTENCE_OPENER.match(text, dot + 1))


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
