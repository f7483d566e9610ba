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


def contains_any(text: str, parts: tuple[str, ...] | list[str]) -> bool:
    """Whether one of the parts occurs in text."""
    for part in parts:  # noqa: SIM110 (any() over a generator is twice as slow here)
        if part in text:
            return True
    return False
