"""The word starts a time reference is tried at (etl.statements._word_starts), found by a regex."""

from etl.statements import _word_starts


def test_word_starts_from_the_last_word_back():
    window = "as back in April, it stood at"
    assert [window[n:].split()[0] for n in _word_starts(window)] == [
        "at", "stood", "it", "April,", "in", "back", "as"]


def test_word_starts_take_letters_and_digits_not_underscores_or_punctuation():
    assert _word_starts("x_1 (2024) été") == [11, 5, 2, 0]
    assert _word_starts("") == []
