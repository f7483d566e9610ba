"""Pollster reference data (data/pollsters.csv) and a matcher that finds any of their names in a text.

Names and aliases are indexed by their first word. A name is written with a capital or a digit
first, so only the text's capitalised words are collected (one fast regex scan) and intersected with
that index in C (a set operation); only where an indexed word occurs are that word's few names
tried, so the cost does not grow with the length of the list, unlike one big regex alternation. Matching
ignores case ("Chatham house") and punctuation between words ("AP-NORC", "AP NORC"), but acronyms
must be written in capitals and other names must start with a capital letter, so that "essential"
or "rating" in running text is not taken for a pollster; a name the list itself writes lower-case first
("iData", "gfs.bern") is found where its first word is written exactly so.
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

POLLSTERS_CSV = Path(__file__).resolve().parent.parent / "data" / "pollsters.csv"
WORD = re.compile(r"\w+")
CAPITALISED_WORD = re.compile(r"[A-Z0-9]\w*")  # where a written name can start (see _written_as_name)
NAME_WITH_BRACKETED_ACRONYM = re.compile(r"(?P<name>.+?) \((?P<acronym>[A-Z]{2,6})\)")
SEPARATOR = r"[\s\-–/&.'’\"“”«»]{1,3}"  # between a name's words: "AP-NORC", "Reuters/Ipsos", 'Group "Rating"'
GENERIC_LABELS = frozenset({"info", "news", "online", "europa"})  # europa.eu hosts every EU body, not one pollster
CLOSEST_CACHE_SIZE = 10_000
# Words many pollsters' names share: a near match must hold on the other words ("Mori Research" is no typo of
# "UMR Research", though the whole names are 88% alike).
GENERIC_NAME_WORDS = frozenset(["research", "institute", "institut", "group", "center", "centre", "poll", "polls",
                                "polling", "survey", "surveys", "associates", "consulting", "strategies", "insights",
                                "analytics", "the", "of", "and", "for"])
# Words that open several bodies' names or ordinary phrases: written alone, they shorten no one pollster's name
# ("National" is no "National Research", "United" no "United Surveys").
SHARED_FIRST_WORDS = GENERIC_NAME_WORDS | frozenset(
    ["national", "public", "united", "social", "international", "global", "world", "new", "american", "european",
     "market", "opinion", "media", "data", "news", "people", "policy", "political", "university", "college",
     "school", "pew", "economic", "general", "first", "open", "central", "independent", "citizens",
     "democratic", "republican"])  # a party's adjective: "the Democratic firm Hart Research", "Democratic voters"
SHORT_NAME_MIN_LETTERS = 4  # "Abacus", "Redfield": a shorter word is too likely some other name's
# Lower-case words that make a name no styled brand ("Gallup poll", "YouGov plc", "UK in a Changing Europe").
NOT_BRAND_STYLING = frozenset(["poll", "survey", "plc", "project", "research", "in", "a", "e", "i", "si", "și", "und",
                               "of", "and", "for", "de", "du", "des", "der", "van", "von", "la", "le", "on", "the",
                               "at", "für"])


@dataclass(frozen=True, slots=True)
class Pollster:
    name: str
    aliases: tuple[str, ...]
    country: str
    website: str


@dataclass(frozen=True, slots=True)
class PollsterMatch:
    start: int
    end: int
    pollster: Pollster


def read_pollsters(path: Path = POLLSTERS_CSV) -> list[Pollster]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Pollster(
                name=row["name"].strip(),
                aliases=tuple(a.strip() for a in (row["aliases"] or "").split("|") if a.strip()),
                country=row["country"].strip(),
                website=(row["website"] or "").strip(),
            )
            for row in csv.DictReader(handle)
        ]


class PollsterMatcher:
    """Finds every known pollster name or alias in a text, longest name first at each place."""

    def __init__(self, pollsters: list[Pollster]):
        self.by_form: dict[str, Pollster] = {}
        for pollster in pollsters:
            for form in _written_forms(pollster):
                self.by_form.setdefault(form.lower(), pollster)
        self.acronyms = frozenset(f.lower() for p in pollsters for f in _written_forms(p) if _is_acronym(f))
        self.forms_by_first_word: dict[str, list[tuple[str, list[str]]]] = {}
        for form in self.by_form:
            words = WORD.findall(form)
            if words:
                self.forms_by_first_word.setdefault(words[0], []).append((form, words))
        self.first_words = frozenset(self.forms_by_first_word)
        self.lower_first_words = frozenset(  # "iData": found only as written, as capitals would miss it
            first for p in pollsters for f in (p.name, *p.aliases) if (first := WORD.match(f)) and (
                first := first.group()) and not (first[0].isupper() or first[0].isdigit()))
        self.lower_case_forms = frozenset(  # "Infratest dimap": a styled brand, also written all in lower case
            form for form, words in ((f.lower(), f.split()) for p in pollsters for f in (p.name, *p.aliases))
            if len(words) > 1 and words[0][0].isupper() and any(
                w[0].islower() and w not in NOT_BRAND_STYLING for w in words[1:]))
        self.lower_scan_words = frozenset(form.split()[0] for form in self.lower_case_forms)
        self.compiled: dict[str, list[tuple[re.Pattern, str]]] = {}  # filled by `_candidates`, word by word
        self.closest_cache: dict[str, Pollster | None] = {}
        by_opening: dict[str, dict[str, Pollster]] = {}  # a name's first words -> the pollsters so named
        for form, pollster in self.by_form.items():
            words = WORD.findall(form)
            for n in range(1, len(words)):
                by_opening.setdefault(" ".join(words[:n]), {})[pollster.name] = pollster
        self.by_opening = {opening: next(iter(named.values())) for opening, named in by_opening.items()
                           if len(named) == 1}
        self.by_domain: dict[str, Pollster] = {}
        for pollster in pollsters:
            if key := domain_key(pollster.website):
                self.by_domain.setdefault(key, pollster)

    def find(self, text: str, capitalised: set[str] | None = None) -> list[PollsterMatch]:
        """Every name in the text; `capitalised` is set(CAPITALISED_WORD.findall(text)) if the caller has it."""
        if capitalised is None:
            capitalised = set(CAPITALISED_WORD.findall(text))
        written = [(token, word) for token in capitalised
                   if (word := token.lower()) in self.first_words]
        written += [(token, token.lower()) for token in self.lower_first_words if token in text]
        written += [(token, token) for token in self.lower_scan_words if token in text]
        found, resume = [], 0
        for start, word in sorted(_occurrences(text, written)):
            if start < resume:
                continue
            for pattern, form in self._candidates(word):
                m = pattern.match(text, start)
                if m and self._written_as_name(text[m.start():m.end()], form):
                    found.append(PollsterMatch(m.start(), m.end(), self.by_form[form]))
                    resume = m.end()
                    break
        return found

    def _candidates(self, word: str) -> list[tuple[re.Pattern, str]]:
        """The patterns of the names starting with `word`, longest name first ("Ipsos MORI" before "Ipsos").

        Compiled the first time the word occurs in a text: compiling every name up front costs more than
        a batch of articles spends matching the few that occur.
        """
        candidates = self.compiled.get(word)
        if candidates is None:
            candidates = sorted(
                ((re.compile(SEPARATOR.join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE), form)
                 for form, words in self.forms_by_first_word[word]),
                key=lambda c: (-len(c[1]), c[1]))
            self.compiled[word] = candidates
        return candidates

    def extended(self, written: str, generic: frozenset[str]) -> Pollster | None:
        """The one listed pollster with a name that starts with the written name's words and goes on only in
        `generic` words ("Siena" of "Siena College Research Institute"): papers shorten a name to its own part."""
        words = WORD.findall(written.lower())
        found = {self.by_form[form].name: self.by_form[form] for form, form_words in (
            self.forms_by_first_word.get(words[0], ()) if words else ())
            if len(form_words) > len(words) and form_words[:len(words)] == words
            and all(w in generic for w in form_words[len(words):])}
        return next(iter(found.values())) if len(found) == 1 else None

    def by_website(self, url: str | None) -> Pollster | None:
        """The pollster whose own site published a page ("news.gallup.com/..." is Gallup's)."""
        key = domain_key(url)
        return self.by_domain.get(key) if key else None

    def closest(self, written: str, cutoff: float = 0.88) -> Pollster | None:
        """The known pollster a name not found verbatim most likely means (typos, transliterations)."""
        key = f"{cutoff} {written.lower()}"
        if key not in self.closest_cache:  # difflib over every form is slow; names recur across articles
            if len(self.closest_cache) >= CLOSEST_CACHE_SIZE:
                self.closest_cache.clear()
            forms = difflib.get_close_matches(written.lower(), self.by_form, n=1, cutoff=cutoff)
            alike = forms and difflib.SequenceMatcher(
                None, _distinctive(written.lower()), _distinctive(forms[0])).ratio() >= cutoff
            self.closest_cache[key] = self.by_form[forms[0]] if alike else self.shortened(written)
        return self.closest_cache[key]

    def shortened(self, written: str) -> Pollster | None:
        """The one listed pollster whose name opens with the written words ("Abacus" of "Abacus Data", "Redfield" of
        "Redfield & Wilton Strategies"), unless the first is a word many names or phrases open with ("National")."""
        words = WORD.findall(written.lower())
        if not words or words[0] in SHARED_FIRST_WORDS or len(words[0]) < SHORT_NAME_MIN_LETTERS or all(
                w in SHARED_FIRST_WORDS for w in words):
            return None
        return self.by_opening.get(" ".join(words))

    def _written_as_name(self, written: str, form: str) -> bool:
        if form in self.acronyms:
            letters = [c for c in written if c.isalpha()]
            return all(c.isupper() for c in letters) or written == self.by_form[form].name
        return (written[0].isupper() or written[0].isdigit() or WORD.match(written).group() in self.lower_first_words
                or (form in self.lower_case_forms and written.islower()))


def _written_forms(pollster: Pollster) -> list[str]:
    """The listed name and aliases, and of a form with its acronym in brackets ("Centro de Investigaciones
    Sociológicas (CIS)") also the acronym alone and the name without it: papers write either one."""
    forms = []
    for form in (pollster.name, *pollster.aliases):
        forms.append(form)
        if bracketed := NAME_WITH_BRACKETED_ACRONYM.fullmatch(form):
            forms += [bracketed.group("acronym"), bracketed.group("name")]
    return forms


def _distinctive(name: str) -> str:
    """A lower-case name without the words many names share (GENERIC_NAME_WORDS), or all of it if nothing is left."""
    return " ".join(w for w in WORD.findall(name) if w not in GENERIC_NAME_WORDS) or name


def _occurrences(text: str, written: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(start, word) wherever a word, written as given (case and all), stands as a whole word in the text."""
    found = []
    for token, word in written:
        start = text.find(token)
        while start >= 0:
            end = start + len(token)
            whole_word = (start == 0 or not _is_word_char(text[start - 1])) and (
                end == len(text) or not _is_word_char(text[end]))
            if whole_word:
                found.append((start, word))
            start = text.find(token, end)
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=4096)
def domain_key(url: str | None) -> str | None:
    """The distinctive label of a web address: "https://news.gallup.com/x" -> "gallup"."""
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    labels = [label for label in host.lower().split(".") if label and label != "www"]
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in GENERIC_LABELS):
        labels.pop()
    return labels[-1] if labels and len(labels[-1]) > 3 else None


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) <= 6 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def default_matcher() -> PollsterMatcher:
    return PollsterMatcher(read_pollsters())
