"""Pollster reference data (data/pollsters.csv) and one combined regex that finds any of their names.

Names and aliases are indexed by their first word, so finding every pollster in an article is one
pass over its words with a dictionary lookup per word (like Aho-Corasick over words): the cost does
not grow with the length of the list, unlike one big regex alternation. Matching ignores case
("Chatham house") and punctuation between words ("AP-NORC", "AP NORC"), but acronyms must be
written in capitals and other names must start with a capital letter, so that "essential" or
"rating" in running text is not taken for a pollster.
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

POLLSTERS_CSV = Path(__file__).resolve().parent.parent / "data" / "pollsters.csv"
WORD = re.compile(r"\w+")


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
    """Finds every known pollster name or alias in a text in one pass over its words."""

    def __init__(self, pollsters: list[Pollster]):
        self.by_form: dict[str, Pollster] = {}
        for pollster in pollsters:
            for form in (pollster.name, *pollster.aliases):
                self.by_form.setdefault(form.lower(), pollster)
        self.acronyms = frozenset(f.lower() for p in pollsters for f in (p.name, *p.aliases) if _is_acronym(f))
        self.by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for form in self.by_form:
            words = tuple(WORD.findall(form))
            if words:
                self.by_first_word.setdefault(words[0], []).append((words, form))
        for candidates in self.by_first_word.values():
            candidates.sort(key=lambda c: (-len(c[0]), c[1]))  # longest name first: "Ipsos MORI" before "Ipsos"
        self.by_name = {p.name: p for p in pollsters}

    def find(self, text: str) -> list[PollsterMatch]:
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text.lower())]
        found, i, firsts = [], 0, self.by_first_word
        while i < len(words):
            match = self._match_at(text, words, i) if words[i][2] in firsts else None
            if match:
                found.append(match[0])
                i += match[1]
            else:
                i += 1
        return found

    def _match_at(self, text: str, words: list[tuple[int, int, str]], i: int) -> tuple[PollsterMatch, int] | None:
        for form_words, form in self.by_first_word.get(words[i][2], ()):
            n = len(form_words)
            if tuple(w[2] for w in words[i:i + n]) != form_words:
                continue
            start, end = words[i][0], words[i + n - 1][1]
            if _adjacent(text, words[i:i + n]) and self._written_as_name(text[start:end], form):
                return PollsterMatch(start, end, self.by_form[form]), n
        return None

    def closest(self, written: str, cutoff: float = 0.88) -> Pollster | None:
        """The known pollster a name not found verbatim most likely means (typos, transliterations)."""
        forms = difflib.get_close_matches(written.lower(), self.by_form, n=1, cutoff=cutoff)
        return self.by_form[forms[0]] if forms else None

    def _written_as_name(self, written: str, form: str) -> bool:
        if form in self.acronyms:
            letters = [c for c in written if c.isalpha()]
            return all(c.isupper() for c in letters) or written == self.by_form[form].name
        return written[0].isupper() or written[0].isdigit()


def _adjacent(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Words of one name: only spaces or joining punctuation between them ("AP-NORC", "Reuters/Ipsos")."""
    return all(len(text[a[1]:b[0]]) <= 3 and not text[a[1]:b[0]].strip(" -–/&.'’") for a, b in zip(words, words[1:]))


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) <= 6 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def default_matcher() -> PollsterMatcher:
    return PollsterMatcher(read_pollsters())
