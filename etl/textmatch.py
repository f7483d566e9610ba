"""Fast matching of word lists (pollster names, cue words).

Python's `re` tries the branches of `a|b|c…` one by one at every position, so a list of hundreds
of names is slow. Factoring common prefixes into a trie (`Ips(?:os(?: MORI)?)|…`) lets the engine
reject most positions after a character or two. A few short words are looked for with `in`, in a
plain loop (`contains_any`): cheaper than a regex search or any() over a generator.
"""

from __future__ import annotations

import re


def trie_pattern(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A regex (no anchors, no flags) matching any of the words, longest first at each branch."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


def last_token(text: str) -> str:
    """The last whitespace-separated token of text ("" if none). Where it is all letters, it is the
    whole last word: a test for the words a pattern ends with is then one set look-up, not an
    `endswith` per word (found once for all the tests of one text)."""
    tokens = text.rsplit(None, 1)
    return tokens[-1] if tokens else ""


def contains_any(text: str, parts: tuple[str, ...] | list[str]) -> bool:
    """Whether one of the parts occurs in text."""
    for part in parts:  # noqa: SIM110 (any() over a generator is twice as slow here)
        if part in text:
            return True
    return False


# Lookbehinds, then the first character, then the letters after it that no quantifier applies to
LEADING_LOOKBEHINDS = re.compile(r"((?:\(\?<[!=][^()]*\))*)(\w)((?:[a-z](?![?*+{]))*)")


def split_first_char(cue: str) -> tuple[str, str]:
    """'p' and 'oll(?<!to the poll)s?' for '(?<!to the )polls?': the first character, and the rest with
    the lookbehinds before the cue moved after its leading letters (widened by them), which matches
    the same text. Tested after the letters, they cost nothing at the many words that start with the
    same character ("said", "some" for "(?<!geological )surveys?")."""
    m = LEADING_LOOKBEHINDS.match(cue)
    if not m:
        raise ValueError(f"a cue must start with a letter (after any lookbehinds): {cue!r}")
    first, letters = m.group(2), m.group(3)
    moved = "".join(lookbehind[:-1] + re.escape(first + letters) + ")"
                    for lookbehind in re.findall(r"\(\?<[!=][^()]*\)", m.group(1)))
    return first, re.escape(letters) + moved + cue[m.end():]


def first_char_alternation(branches: list[tuple[str, str]]) -> str:
    """`(?:…)` for (first character, rest) regex branches, which matches what the alternation of
    first + rest matches: the branches are grouped by first character, in order within a group, so
    `re` tries a group only where its character is (branches of two groups never match at the same
    place, so their order does not matter)."""
    groups: dict[str, list[str]] = {}
    for first, rest in branches:
        groups.setdefault(first, []).append(rest)
    return "(?:" + "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()) + ")"
