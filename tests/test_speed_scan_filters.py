"""Faster scans must find exactly what the plain patterns find."""

import random
import re

from etl import cues, sentences
from etl.numbers import fold

PLAIN_OTHER_QUANTITY_WORD = re.compile(
    "chance|probabilit|likelihood|odds|target|goal|threshold|ceiling|cap|limit|by |error|actual|real|true|official|"
    "rise |fall |increase |climb |growth|gdp|inflation|unemployment|deficit|econom|output|completed|converted|landed|"
    "made|hit|sank|saved|stopped|blocked|set to|expected to|forecast to|projected to|predicted to|poised to|due to|"
    "tipped to|likely to|expect|predict|forecast|project")


def _plain_cue_matches(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.lastgroup) for m in cues.context_cues().finditer(text)]


def test_cue_scan_by_required_starts_finds_every_cue_and_no_other():
    texts = [
        "According to the poll, inflation rates rose; the official results and the votes cast came later.",
        "YouGov's latest numbers put Labour ahead, a Redfield & Wilton Strategies survey found.",
        "Of the votes counted, 52% went to the mayor; the unemployment  rate was flat at the election results.",
        "The focus groups and those asked in the online panels said the exit polls closed at ten.",
        "Ésurvey, épolls and “polls” — é survey; the share of the vote in the 2019 elections on Sunday.",
        "pollsters polled; the pollster’s poll-of-polls, a census of seats, GDP and the interest\nrate",
    ]
    for text in texts:
        low = fold(text)
        assert cues.context_cue_matches(low) == _plain_cue_matches(low), text


def test_cue_scan_on_shuffled_cue_words():
    rng = random.Random(11)
    pieces = ["poll", "polls", "polled", "polling stations", "survey", "surveyed", "the harris poll", "ipsos", "gdp",
              "of the votes", "official results", "inflation rates", "asked whether", "respondents", "the", "é", ",",
              "(", "“", " ", "  ", "\n", "ifop", "seats", "won", "a majority", "according to the polls", "census"]
    for _ in range(2000):
        low = fold("".join(rng.choice(pieces) + rng.choice(["", " ", "-", ". "]) for _ in range(rng.randint(1, 12))))
        assert cues.context_cue_matches(low) == _plain_cue_matches(low), low


def test_required_start_keeps_only_what_every_match_starts_with():
    assert cues._required_start("olls?(?!\\s+closed)") == ("o", "l", "l")
    assert cues._required_start("nemployment\\s+rates?") == (*"nemployment", "\\s+", "r", "a", "t", "e")
    assert cues._required_start("ocus groups?") == ("o", "c", "u", "s", "\\ ", "g", "r", "o", "u", "p")
    assert cues._required_start("ab|cd") == ()  # either may match: nothing is required
    assert cues._required_start("a(?:b|c)d") == ("a",)
    assert cues._required_start("x+y") == ("x",)


def test_other_quantity_word_is_found_where_the_plain_alternation_is():
    rng = random.Random(5)
    words = ["the ", "chance", "expected to", "expect", "by", "by ", "rose ", "rise ", "real", "cap", "a ", "fore",
             "cast", "project", "due to ", "set ", "to", "made", "gd", "p", "econom", "y"]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        assert bool(cues.OTHER_QUANTITY_WORD.search(text)) == bool(PLAIN_OTHER_QUANTITY_WORD.search(text)), text


def _plain_is_abbreviation(text: str, dot: int) -> bool:
    m = sentences.WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in sentences.NUMBER_ABBREVIATIONS:
        return bool(sentences.NUMBER_NEXT.match(text, dot + 1))
    return word in sentences.ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def test_a_full_stop_after_no_letter_ends_no_abbreviation():
    assert not sentences._is_abbreviation("It reopens in 2014. Then", 17)
    assert sentences._is_abbreviation("Mr. Smith", 2)
    assert sentences._is_abbreviation("see No. 10", 6)
    rng = random.Random(7)
    pieces = ["Mr", "no", "U.S", "e.g", "é", "x", "2014", "(52%)", "_", "²", "word", ".", " ", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + ". 10 Then"
        for dot in (i for i, ch in enumerate(text) if ch == "."):
            assert sentences._is_abbreviation(text, dot) == _plain_is_abbreviation(text, dot), (text, dot)
