"""The cheap tests put before detection's slower searches must never turn down what the search would find."""

import pytest

from etl import cues
from etl.extract import _name_may_end_before, find_mentions
from etl.sentences import split_sentences
from etl.textmatch import last_token


@pytest.mark.parametrize(("before", "expected"), [
    ("Poll: Labour ", True),
    ("the Greens on ", True),
    ("Reform UK at ", True),
    ("talks were held between ", False),
    ("the vote is due on ", False),
    ("", False),
])
def test_name_may_end_before_needs_a_capital_in_the_last_word(before, expected):
    text = before + "24"
    assert _name_may_end_before(text, 0, len(before)) is expected


def test_name_figure_run_is_still_found_after_the_gate():
    text = "A poll by Forsa for RTL put the parties at Union 31, Greens 22, SPD 17, FDP 9."
    values = [m["value"] for m in find_mentions("t1", text) if m["kind"] == "share"]
    assert values == [31.0, 22.0, 17.0, 9.0]


@pytest.mark.parametrize(("cue", "before"), [
    (cues.SAMPLE_BEFORE, "the firm polled "),
    (cues.SAMPLE_BEFORE, "a survey of more than "),
    (cues.SAMPLE_BEFORE, "(n= "),
    (cues.SAMPLE_BEFORE, "base: all adults in wales ("),
    (cues.SAMPLE_HOW_BEFORE, "a study of how roughly "),
    (cues.SAMPLE_VERB_BEFORE, "the researchers spoke to "),
    (cues.GAP_TO, "the lead shrank to "),
    (cues.SHARE_POINTS_BEFORE, "a rating of just "),
    (cues.ANSWER_BY_BEFORE, "housing was named by nearly "),
    (cues.OPINION_SUBJECT_BEFORE, "support for the new levy stands at "),
    (cues.LIMIT_BEFORE, "the error does not exceed: "),
])
def test_gated_cues_find_what_their_pattern_finds(cue, before):
    assert cue.pattern.search(before)
    assert cue.search(before) and cue.search(before, last_token(before))


@pytest.mark.parametrize("cue", [cues.SAMPLE_BEFORE, cues.SAMPLE_VERB_BEFORE, cues.GAP_TO, cues.ANSWER_BY_BEFORE])
def test_gated_cues_skip_text_their_pattern_cannot_match(cue):
    before = "the stadium, which holds roughly "
    assert not cue.pattern.search(before)
    assert not cue.possible(before, last_token(before)) and not cue.possible(before)


def test_long_words_end_sentences_and_abbreviations_do_not():
    text = "Support peaked after the referendum. The Gov. said otherwise. Turnout fell."
    starts = [text[s:e].split()[0] for s, e in split_sentences(text)]
    assert starts == ["Support", "The", "Turnout"]
