"""Sentence splitting: ellipses, abbreviations, decimals, initials and quotes.

All sentences are written for these tests (no corpus text).
"""

import pytest

from etl.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "Asked about the new tax … 31% said they would pay it.",
    "Asked about the new tax... 31% said they would pay it.",
    "Asked about the new tax . . . 31% said they would pay it.",
    "Asked about the new tax … (31%) said they would pay it.",
    "Opinion is split … 44.2% in favour … 40.1% against.",
])
def test_an_ellipsis_before_a_number_leaves_words_out_of_one_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "The minister paused … and then said yes.",
    "The minister paused... and then said yes.",
])
def test_an_ellipsis_before_a_lower_case_word_continues_the_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("The count went on… Turnout was 64%.", ["The count went on…", "Turnout was 64%."]),
    ("The count went on... Turnout was 64%.", ["The count went on...", "Turnout was 64%."]),
    ("The count went on.... 64% voted.", ["The count went on....", "64% voted."]),  # an ellipsis, then a full stop
    ("She said “we will see…” 52% agree.", ["She said “we will see…”", "52% agree."]),  # the quote closes
    ("Is it over…? 12% think so.", ["Is it over…?", "12% think so."]),
])
def test_an_ellipsis_ends_a_sentence_before_a_capital_or_with_a_closing_mark(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Voters chose No. 10 as the venue.", ["Voters chose No. 10 as the venue."]),
    ("Most voters said no. Then the count began.", ["Most voters said no.", "Then the count began."]),
    ("They cited rent, food, fuel, etc. But 38% named wages.", ["They cited rent, food, fuel, etc.",
                                                              "But 38% named wages."]),
    ("Polls closed at 10 p.m. Most results came in overnight.", ["Polls closed at 10 p.m.",
                                                                 "Most results came in overnight."]),
    ("Polls closed at 10 p.m. Eastern time on Tuesday.", ["Polls closed at 10 p.m. Eastern time on Tuesday."]),
    ("Prof. Okafor and Gov. Lind met. Dr. Ruiz did not.", ["Prof. Okafor and Gov. Lind met.",
                                                          "Dr. Ruiz did not."]),
])
def test_abbreviations_end_a_sentence_only_where_they_usually_do(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Support rose to 47.5 per cent. The rest, 3.1%, were unsure.",
     ["Support rose to 47.5 per cent.", "The rest, 3.1%, were unsure."]),
    ("The poll by K. L. Marsh and T. Ode ran in May. It found 58% support.",
     ["The poll by K. L. Marsh and T. Ode ran in May.", "It found 58% support."]),
    ("Why now? 27% asked that. Enough! 9% agreed.", ["Why now?", "27% asked that.", "Enough!", "9% agreed."]),
    ("He said: “It is done.” Then 61% cheered.", ["He said: “It is done.”", "Then 61% cheered."]),
    ("“Is it done?” she asked. It was.", ["“Is it done?” she asked.", "It was."]),
    ('Most felt "a bit of both."The share who agreed was 38%.',
     ['Most felt "a bit of both."', "The share who agreed was 38%."]),  # a closing quote glued to the next word
    ("A quote “ends here.”Then 12% said no.", ["A quote “ends here.”", "Then 12% said no."]),
    ('The "U.S."-made kit and the "No."-voters stayed in one sentence.',
     ['The "U.S."-made kit and the "No."-voters stayed in one sentence.']),
])
def test_decimals_initials_and_quotes(text, expected):
    assert sentences(text) == expected


def test_spans_are_offsets_into_the_text_with_whitespace_trimmed():
    text = "  Asked about rents … 22% agreed.\n\n Others were unsure.  "
    assert split_sentences(text) == [(2, 33), (36, 55)]
    assert sentences(text) == ["Asked about rents … 22% agreed.", "Others were unsure."]


@pytest.mark.parametrize("text, expected", [
    ("Two in three voters still\nback the tram plan. Most want it soon.",
     ["Two in three voters still\nback the tram plan.", "Most want it soon."]),
    ("Parking fees\nBacked by 40%", ["Parking fees", "Backed by 40%"]),  # a heading before a capital
    ("Support: 40%\noppose: 35%", ["Support: 40%", "oppose: 35%"]),  # a list line ending in a figure
    ("Two in three still\n\nback it", ["Two in three still", "back it"]),  # a blank line is a break
])
def test_a_line_wrapped_between_lower_case_words_continues_the_sentence(text, expected):
    assert sentences(text) == expected


def test_a_doubled_full_stop_before_a_capital_joins_two_paragraphs():
    text = "Backing for the plan rose to 35% in the poll..New figures put trust at 40%..A third agree."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Backing for the plan rose to 35% in the poll..", "New figures put trust at 40%..", "A third agree."]
    assert len(split_sentences("He waited...Then the results came.")) == 1
