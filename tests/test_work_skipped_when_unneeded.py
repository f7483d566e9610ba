"""Work extraction skips when nothing reads it: the wordings of figures below the confidence threshold that
no kept figure borrows from, and the money and official-source tests of a sentence none of whose numbers is
a figure. What is read must come out as if everything had been computed."""

import re

from etl.extract import Context, UncuedSentence
from etl.numbers import fold
from etl.sentences import split_sentences
from etl.statements import describe_figures


def _figures(text: str) -> list[tuple[int, int, int, int]]:
    spans = split_sentences(text)
    return [(m.start(), m.end(), *next(s for s in spans if s[0] <= m.start() < s[1]))
            for m in re.finditer(r"\d+%", text)]


def test_unwanted_figure_read_by_a_wanted_one_is_found():
    text = ("Some 62% of parents support a ban on phones in class. The figure rose to 70% among teachers. "
            "Turnout in the city was 61% last year.")
    figures = _figures(text)
    every = describe_figures(text, figures)
    wanted = describe_figures(text, figures, {1})
    assert wanted[1] == every[1]
    assert wanted[1].statement == "support a ban on phones in class"  # taken from the figure before it
    assert wanted[0] == every[0]  # read by the wanted figure, so found


def test_unwanted_figure_nothing_reads_is_left_out():
    text = ("Some 62% of parents support a ban on phones in class. The figure rose to 70% among teachers. "
            "Turnout in the city was 61% last year.")
    figures = _figures(text)
    assert describe_figures(text, figures, {1})[2] is None
    assert describe_figures(text, figures, set()) == [None, None, None]
    assert None not in describe_figures(text, figures)


def test_uncued_sentence_money_and_official_source():
    money = "The scheme will cost £1.4bn over four years, and 12% of it goes on roads."
    official = "Some 11% of adults smoke, the ONS said."
    plain = "Some 11% of adults smoke every day."
    assert Context(False, False, 0, False, uncued=UncuedSentence(fold(money), 0, len(money))).money
    assert not Context(False, False, 0, False, uncued=UncuedSentence(fold(plain), 0, len(plain))).money
    assert Context(False, False, 0, False, uncued=UncuedSentence(fold(official), 0, len(official))).non_survey_source
    assert not Context(False, False, 0, False, uncued=UncuedSentence(fold(plain), 0, len(plain))).non_survey_source


def test_cued_sentence_has_neither():
    context = Context(True, True, 1, False)
    assert not context.money and not context.non_survey_source
