"""Fast regex alternations for long word lists (pollster names, cue words).

Python's `re` tries the branches of `a|b|c…` one by one at every position, so a list of hundreds
of names is slow. Factoring common prefixes into a trie (`Ips(?:os(?: MORI)?)|…`) lets the engine
reject most positions after a character or two.
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
