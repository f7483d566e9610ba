"""The cheap tests that now spare a pattern its match (a year or an age before a number's forms, a prose line
before a table row, four digits before a date's alternatives, the word before a sample) must never
change what the patterns find."""

import re

from etl import cues, numbers
from etl.attribute import SAMPLE_BEFORE, SAMPLE_LEAD, ArticleContext
from etl.dates import DATE_AT_DIGIT, date_span, find_dates
from etl.extract import _table_row_at
from etl.ingest import Article
from etl.pollsters import CAPITALISED_WORD


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(e.value, e.unit, text[e.start:e.end]) for e in numbers.find_numbers(text)]


def test_no_form_is_tried_after_a_year_and_a_comma_nor_before_an_age():
    assert numbers._digit_forms(False, False, ",", four_digits=True) == ()  # "in 2022, when"
    assert numbers._digit_forms(False, False, "-", mark_then="year") == ()  # "the 56-year-old"
    assert numbers._digit_forms(False, False, ",", mark_then="digit") == ("measure", "bare")  # "22,4 percent"
    assert numbers._digit_forms(False, False, ".", four_digits=True) == ()  # "since 2019."


def test_numbers_next_to_years_ages_and_decimal_commas_are_read_as_before():
    text = "In 2022, 45% said so. The 56-year-old backed it with 22,4 percent, and 48-percent opposed it since 2019."
    assert _read(text) == [(45.0, "percent", "45%"), (22.4, "percent", "22,4 percent"),
                           (48.0, "percent", "48-percent")]
    assert _read("Support rose 3-5 points; 52-48 against, a 10-point lead.") == [
        (3.0, "points", "3"), (5.0, "points", "5 points"), (52.0, "count", "52"), (48.0, "count", "48"),
        (10.0, "points", "10-point")]


def test_a_prose_line_is_no_table_row_but_a_row_padded_with_spaces_is():
    prose = "Labour is on 41 per cent, the Conservatives are on 24 and Reform UK has 19, the pollster said today."
    assert _table_row_at(prose, 0) is None
    row = "Labour" + " " * 20 + "41" + " " * 10 + "+2\nReform    19"
    match = _table_row_at(row, 0)
    assert match is not None and match.group(1) == "41" and match.group(2) == "+2"
    assert _table_row_at("Yes\t48\nNo\t44", 0).group(1) == "48"


def test_dates_starting_with_four_digits_match_as_all_alternatives_do():
    text = "Fieldwork ran 2025-02-03 to 2025-02-16, as in 2019, and in the spring of 2020 and Q3 2024."
    found = find_dates(text, set(CAPITALISED_WORD.findall(text)), [m for m in re.finditer(r"\d[\d,]{2,}", text)])
    for m in found:
        if text[m.start():m.start() + 4].isdecimal():
            whole = DATE_AT_DIGIT.match(text, m.start())
            assert (whole.span(), whole.lastgroup) == (m.span(), m.lastgroup)
    spans = [date_span(m) for m in found]
    assert [(s.first, s.last) for s in spans if s] == [
        ((2025, 2, 3), (2025, 2, 16)), ((2019, None, None), (2019, None, None)),
        ((2020, 3, None), (2020, 5, None)), ((2024, 7, None), (2024, 9, None))]


def test_a_gated_cue_tests_the_last_character_before_its_last_words():
    cue = cues.GatedCue(re.compile(r"\b(?:sample|share)\s+of\s+$"), last_words=("of",))
    assert cue.search("a sample of ") is not None and cue.possible("a sample of\n")
    assert cue.search("a sample of, ") is None and not cue.possible("the share of,")
    assert cue.search("a sample of ", "of") is not None


def test_sample_leads_are_found_behind_their_last_words():
    assert SAMPLE_LEAD.search("the survey, with a sample of about ") is not None
    assert SAMPLE_LEAD.search("n = ") is not None and SAMPLE_LEAD.search("the sample of 2 ") is None
    assert SAMPLE_BEFORE.search("the firm interviewed more than ") is not None
    assert SAMPLE_BEFORE.search("interviews with ") is not None and SAMPLE_BEFORE.search("in its report ") is None


def test_the_end_of_a_space_split_thousand_is_no_sample_of_its_own():
    context = ArticleContext(Article(id="t", text="In all, 2 500 adults took part, and 40% backed it. The survey of "
                                                 "1,034 voters, n = 1,034, ran in May."))
    assert [size for _, size in context._samples()] == [1034, 1034]  # not the "500" of "2 500"
