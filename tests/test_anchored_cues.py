"""Anchored cue patterns (etl.attribute.Anchored) are searched only where one of their words occurs:
their words must start every match, or a match would be missed."""

import re
from re import _constants as sre
from re import _parser as sre_parse

import pytest

from etl import attribute
from etl.attribute import Anchored

ANCHORED = {name: value for name, value in vars(attribute).items() if isinstance(value, Anchored)}


def literal_prefixes(items) -> set[str]:
    """The literal text every match of a parsed (sub)pattern starts with, one per alternative."""
    prefixes = {""}
    for op, av in items:
        if op is sre.AT:
            continue  # \b: no text
        if op is sre.LITERAL:
            prefixes = {p + chr(av) for p in prefixes}
            continue
        if op is sre.SUBPATTERN:
            inner = literal_prefixes(av[-1])
        elif op is sre.BRANCH:
            inner = set().union(*(literal_prefixes(branch) for branch in av[1]))
        else:
            return prefixes  # a repeat, class or category: the literal part ends here
        prefixes = {p + q for p in prefixes for q in inner}
        if any(not q for q in inner):
            return prefixes
    return prefixes


def test_there_are_anchored_cues():
    assert "SURVEY_CUE" in ANCHORED


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_every_match_starts_with_one_of_the_words(name):
    cue = ANCHORED[name]
    for prefix in literal_prefixes(sre_parse.parse(cue.pattern.pattern)):
        assert prefix and prefix.startswith(cue.words), (name, prefix)


def test_the_prefix_check_sees_each_alternative():
    parsed = sre_parse.parse(r"\b(?:polls?|carried\s+out|field(?:ed)?)\b")
    assert literal_prefixes(parsed) == {"poll", "carried", "field"}
    assert literal_prefixes(sre_parse.parse(r"\bfrom|\bn\s?=")) == {"from", "n"}


SENTENCES = [
    "the tracker was conducted by phone among 1,020 adults, who voted in the last election in 2019",
    "a sample of n = 804 parents, compared with the previous wave in may, when fieldwork took place",
    "commissioned by the campaign group for change, the survey of about 2,000 people ran for a week",
    "support rose since april and was up from 30% than in june, polled on behalf of the regional daily",
]


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_found_in_agrees_with_a_search_of_the_window(name):
    cue = ANCHORED[name]
    for text in SENTENCES:
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 7):
                assert cue.found_in(text, start, end) == bool(cue.pattern.search(text, start, end)), (text, start, end)


def test_found_in_finds_a_match_that_is_not_at_the_first_occurrence_of_its_word():
    cue = Anchored(re.compile(r"\bpoll\s+of\b"), ("poll",))
    assert cue.found_in("a pollster's poll of voters", 0, 27)
    assert not cue.found_in("a pollster's poll of voters", 0, 19)
