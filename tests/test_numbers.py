"""Number expressions: value, exact span and qualifier for every form poll figures are written in."""

import random
import re

import pytest

from etl import numbers
from etl.numbers import QUALIFIER_PHRASES, find_numbers, fold, parse_number, qualifier_before


def found(text: str) -> list[tuple[float, str, str, str]]:
    """(value, text as written, unit, qualifier) of every expression, checking the spans on the way."""
    result = []
    for expr in find_numbers(text):
        assert 0 <= expr.start < expr.end <= len(text)
        result.append((expr.value, text[expr.start:expr.end], expr.unit, expr.qualifier))
    return result


@pytest.mark.parametrize(("text", "value", "written"), [
    ("Support stood at 46% in May.", 46, "46%"),
    ("Support stood at 46 % in May.", 46, "46 %"),
    ("Some 38 per cent agreed.", 38, "38 per cent"),
    ("Some 38 percent agreed.", 38, "38 percent"),
    ("Some 38 Percent agreed.", 38, "38 Percent"),
    ("Backing fell to 12pc overall.", 12, "12pc"),
    ("Backing fell to 12 pct overall.", 12, "12 pct"),
    ("The figure was 41.3% among men.", 41.3, "41.3%"),
    ("Forty-six percent said no.", 46, "Forty-six percent"),
    ("Twenty seven per cent said no.", 27, "Twenty seven per cent"),
    ("Only four per cent said yes.", 4, "four per cent"),
    ("Nineteen percent were unsure.", 19, "Nineteen percent"),
    ("The party polled 22,4 percent in May.", 22.4, "22,4 percent"),
    ("Backing was 7,65 % overall.", 7.65, "7,65 %"),
])
def test_percent_forms(text, value, written):
    assert found(text) == [(value, written, "percent", found(text)[0][3])]


@pytest.mark.parametrize(("text", "value", "written"), [
    ("About one in five voters agreed.", 20, "one in five"),
    ("Nearly four in 10 adults agreed.", 40, "four in 10"),
    ("Roughly 2 in 3 parents agreed.", 66.7, "2 in 3"),
    ("Nine out of ten doctors agreed.", 90, "Nine out of ten"),
    ("One in every four pupils agreed.", 25, "One in every four"),
])
def test_ratios(text, value, written):
    assert [(v, w) for v, w, _, _ in found(text)] == [(value, written)]


@pytest.mark.parametrize(("text", "value", "written"), [
    ("Half of those asked were against.", 50, "Half"),
    ("A third of members disagreed.", 33.3, "A third"),
    ("Two-thirds of members disagreed.", 66.7, "Two-thirds"),
    ("Three-quarters of members disagreed.", 75, "Three-quarters"),
    ("Just over a quarter of members disagreed.", 25, "a quarter"),
    ("Four-fifths of members disagreed.", 80, "Four-fifths"),
])
def test_fractions(text, value, written):
    assert [(v, w) for v, w, _, _ in found(text)] == [(value, written)]


@pytest.mark.parametrize("text", [
    "Sales rose in the third quarter.",
    "He scored in the second half.",
    "The first half of the year was quiet.",
    "They came top half of the table.",
])
def test_ordinals_and_halves_of_time_are_not_fractions(text):
    assert found(text) == []


def test_ranges_yield_both_bounds_with_range_qualifier():
    assert found("Between 5% and 8% of them agreed.") == [
        (5, "5%", "percent", "range"), (8, "8%", "percent", "range")]
    assert found("It is 2-4% at most.") == [(2, "2", "percent", "range"), (4, "4%", "percent", "range")]
    assert found("Estimates run from 30 to 40 per cent.")[1][:2] == (40, "40 per cent")
    assert [q for *_, q in found("between 10 and 12 per cent")] == ["range", "range"]


def test_from_to_is_two_values_not_a_range():
    assert found("It moved from 6 to 5% this spring.") == [
        (6, "6", "percent", "exact"), (5, "5%", "percent", "exact")]


def test_a_decimal_after_up_or_down_is_read_whole_with_its_unit():
    assert found("Support is at 26.4%, down 2.3 percentage points from May.") == [
        (26.4, "26.4%", "percent", "exact"), (2.3, "2.3 percentage points", "points", "exact")]
    assert [(v, w) for v, w, _, _ in found("Its tally was down 3,000 votes.")] == [(3000, "3,000")]


def test_a_range_in_pp_is_in_points():
    assert [(v, u) for v, _, u, _ in found("It moved 2-3pp.")] == [(2, "points"), (3, "points")]


def test_a_comma_after_a_year_is_no_decimal_comma():
    assert found("In 2019,20 percent agreed.") == []


def test_paired_figures_in_brackets():
    assert [(v, w) for v, w, _, _ in found("Yes leads No (46/43).")] == [(46, "46"), (43, "43")]


@pytest.mark.parametrize(("text", "written"), [
    ("Remain led 53-47 in May.", ["53", "47"]),
    ("They back it 61 to 30 overall.", ["61", "30"]),
    ("Yes was ahead 50.5 – 49.5 last week.", ["50.5", "49.5"]),
    ("It stood at 44/41 then.", ["44", "41"]),
])
def test_a_pair_without_a_unit_is_two_figures_of_unknown_kind(text, written):
    exprs = find_numbers(text)
    assert [text[e.start:e.end] for e in exprs] == written
    assert {(e.form, e.unit) for e in exprs} == {("versus", "count")}


@pytest.mark.parametrize("text", ["From 2019-2024 it grew.", "It cost 5 to 10 million.", "Ages 18-24% of"])
def test_years_scaled_amounts_and_percent_ranges_are_no_unitless_pair(text):
    assert all(e.form != "versus" for e in find_numbers(text))


@pytest.mark.parametrize("text", ["roughly 12%", "(about 12%", "setover 12%", "c. 12%", "approx.12%", "some-12%",
                                  "at most\u00a012%", "no more than 12%", "12%"])
def test_qualifier_cheap_test_agrees_with_the_pattern(text):
    start = text.index("12")
    m = numbers.QUALIFIER_BEFORE.search(text[max(0, start - 25):start].lower())
    assert qualifier_before(text, start) == (m.lastgroup if m else "exact")


def test_qualifiers():
    assert found("almost 40% agreed")[0][3] == "approx"
    assert found("more than 40% agreed")[0][3] == "more_than"
    assert found("nearly half agreed")[0][3] == "approx"
    assert found("fewer than 10% agreed")[0][3] == "less_than"
    assert found("the error does not exceed 3.6%")[0][3] == "less_than"
    assert qualifier_before("Roughly 12%", 8) == "approx"
    assert qualifier_before("Exactly 12%", 8) == "exact"


@pytest.mark.parametrize(("qualifier", "phrase"), [(q, p) for q, ps in QUALIFIER_PHRASES.items() for p in ps])
def test_every_qualifier_phrase_gets_past_the_cheap_test(qualifier, phrase):
    text = f"Support was {phrase.upper()}  12% in May."
    assert qualifier_before(text, text.index("12")) == qualifier


@pytest.mark.parametrize(("text", "written"), [
    ("45% agreed.", ["45%"]),  # at the very start of the text
    ("Half agreed, two-thirds did not.", ["Half", "two-thirds"]),
    ("x_45% and 4.5% (+3) but 1,234 and ٤٥ people", ["45%", "4.5%", "+3", "1,234", "٤٥"]),
    ("a2 45% b.5 c,7 -3 were counted", ["45%", "-3"]),
])
def test_numbers_start_after_any_non_alphanumeric_character(text, written):
    assert [w for _, w, _, _ in found(text)] == written


@pytest.mark.parametrize(("text", "value", "written", "form"), [
    ("Labour is up 5 points.", 5, "5 points", "points"),
    ("It has a 10-point lead.", 10, "10-point", "point_adj"),
    ("Trust fell by 3 percentage points.", 3, "3 percentage points", "points"),
    ("Trust fell by 3% points.", 3, "3% points", "points"),
    ("Trust fell by 3pp.", 3, "3pp", "points"),
    ("Trust fell by 1.5 ppts.", 1.5, "1.5 ppts", "points"),
    ("Greens (minus 2 points) trail.", -2, "minus 2 points", "points"),
    ("The gap narrowed to a single percentage point.", 1, "a single percentage point", "a_point"),
    ("His net rating is -42 now.", -42, "-42", "signed"),
    ("Greens 12 (+2)", 2, "+2", "signed"),
    ("His rating is -38, a record low.", -38, "-38", "signed"),
    ("Reform is on 12 per cent, up two.", 2, "two", "updown"),
    ("The Greens are down 3 since May.", -3, "3", "updown"),
    ("The Greens are up 1.5.", 1.5, "1.5", "updown"),
    ("The Greens are up one to 13 per cent.", 1, "one", "updown"),
    ("Her balance is -27% this month.", -27, "-27%", "signed"),
    ("Net approval (+4 per cent) rose.", 4, "+4 per cent", "signed"),
])
def test_points_and_signed_forms(text, value, written, form):
    exprs = [e for e in find_numbers(text) if e.form == form]
    assert [(e.value, text[e.start:e.end]) for e in exprs] == [(value, written)]
    assert all(e.unit == "points" for e in exprs)


@pytest.mark.parametrize(("text", "value", "written"), [
    ("A poll of 2,000 adults was run.", 2000, "2,000"),
    ("It had 1.4 million responses.", 1_400_000, "1.4 million"),
    ("It reached half a million pupils.", 500_000, "half a million"),
    ("They asked about a thousand adults.", 1000, "a thousand"),
    ("A poll of 1.2 lakh voters was run.", 120_000, "1.2 lakh"),  # Indian English: a lakh is 100,000
    ("The state has 9.7 crore voters.", 97_000_000, "9.7 crore"),  # and a crore 10 million
    ("It reached two lakhs homes.", 200_000, "two lakhs"),
])
def test_counts(text, value, written):
    assert [(v, w) for v, w, unit, _ in found(text) if unit == "count"] == [(value, written)]


def test_dates_years_and_words_inside_words_are_not_numbers():
    assert found("In 2019 the Covid-19 report came out") == []
    assert found("someone, anyone, often, fourteenth") == []


def test_parse_number():
    assert parse_number("2,000") == 2000
    assert parse_number("4.5") == 4.5
    assert parse_number("twenty-nine") == 29
    assert parse_number("Seventy Three") == 73
    assert parse_number("a thousand") == 1000
    assert parse_number("1.4 million") == 1_400_000
    assert parse_number("1.5 lakh") == 150_000
    assert parse_number("lots") is None


def test_fold_keeps_offsets_even_when_lowercasing_changes_length():
    text = "İstanbul: 45% said yes"
    assert len(fold(text)) == len(text)
    assert found(text) == [(45, "45%", "percent", "exact")]


# --- fast paths: each must give what the plain pattern gives ----------------------------------------
PIECES = ["5", "46", "2019", "1,000", "12.5", "3,5", "twenty", "four", "one", "half", "a", "an", "third", "thirds",
          "quarter", "million", "between", "from", "up", "down", "plus", "minus", "in", "out of", "every", "to", "and",
          "or", "%", "per cent", "percent", "pc", "pct", "points", "point", "pts", "percentage", "single", "-", "–",
          "‐", "(", ")", "/", "+", ".", ",", ":", "£", "_", "x", "people", "thousand", "hundred", "-point", "(46/43)",
          "(+2)", "-8%", "52-48", "7 to 3", "lakh", "crore", "3/4 of ", "forty-six to forty-four", "pour cent",
          "Prozent", "pkt.", "three point nine", "approve"]


def _generated_texts(count: int) -> list[str]:
    """Random runs of number words, digits, units and punctuation, with and without spaces between."""
    rng = random.Random(7)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 8)))
            for _ in range(count)]


def _as_found(m: re.Match | None):
    return m and (m.span(), m.lastgroup, {k: (v, m.span(k)) for k, v in m.groupdict().items() if v is not None})


def test_forms_tried_at_an_anchor_match_what_the_whole_pattern_matches():
    """At each anchor only the forms that can start there are tried (by the anchor word, or by what
    follows the digits): the match must be PATTERN's, and every form must be met along the way."""
    forms_seen = set()
    for text in _generated_texts(6000):
        low = fold(text)
        for at in numbers._anchors(low, 0, len(low)):
            expected = numbers.PATTERN.match(low, at)
            pattern = numbers._pattern_at(low, at, len(low))
            assert _as_found(pattern.match(low, at) if pattern else None) == _as_found(expected), (text, at)
            forms_seen.add(expected and expected.lastgroup)
    assert forms_seen >= set(numbers._FORMS) | {None}


def test_anchors_are_the_starts_after_a_character_neither_alphanumeric_nor_a_point_or_comma():
    rng = random.Random(3)
    pieces = ["5", "٤", "(", "-", "_", ".", ",", " ", "é", "ß", "’", "—", "\u00a0", "a half", "an ", "one", "from"]
    for _ in range(3000):
        low = fold("".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))))
        expected = [p for p in range(len(low)) if numbers.ANCHOR_AT.match(low, p) and (
            p == 0 or not (low[p - 1].isalnum() or low[p - 1] in ".,"))]
        assert numbers._anchors(low, 0, len(low)) == expected, low


def test_forms_after_digits_are_cut_down():
    assert numbers._digit_forms(False, False, "%") == ("range", "measure")
    assert numbers._digit_forms(False, False, ".") == ("bare",)
    assert numbers._digit_forms(True, True, "p") == ("range", "count", "measure", "bare")
    assert numbers._digit_forms(False, False, "x") == ()


@pytest.mark.parametrize("token", ["0", "007", "46", "2,000", "1,234.5", ".5", "5.", "4.5", "٤٦"])
def test_parse_number_of_digits_is_the_float(token):
    assert parse_number(token) == float(token.replace(",", ""))


@pytest.mark.parametrize(("text", "value", "written"), [
    ("a tracker of 1,52,038 respondents", 152038, "1,52,038"),
    ("a sample of 12,40,500 voters", 1240500, "12,40,500"),
    ("a sample of 1,240,500 voters", 1240500, "1,240,500"),
])
def test_counts_with_indian_and_western_digit_grouping(text, value, written):
    assert [(v, w) for v, w, unit, _ in found(text) if unit == "count"] == [(value, written)]


# --- number words read out in transcripts and headlines ------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "written"), [
    ("plus or minus three and a half points.", 3.5, "three and a half points"),
    ("an error of two and a half percentage points", 2.5, "two and a half percentage points"),
    ("the Greens trail by a dozen points", 12.0, "a dozen points"),
])
def test_halves_and_a_dozen_said_in_words_are_one_number(text, value, written):
    assert [(v, w) for v, w, _form, _q in found(text)] == [(value, written)]


def test_and_a_half_with_a_scale_word_multiplies_the_whole():
    assert parse_number("two and a half million") == 2_500_000
    assert parse_number("three and a half") == 3.5


def test_a_four_digit_count_of_men_of_a_nation_is_a_count_not_a_year():
    assert (2000.0, "2000", "count", "more_than") in found("a panel of more than 2000 Dutchmen")


@pytest.mark.parametrize(("text", "written"), [
    ("Labour drops three as Reform gains", "three"),
    ("Smith leads by five in Ohio.", "five"),
])
def test_a_number_word_alone_before_as_in_or_a_full_stop_is_a_bare_number(text, written):
    assert [(text[e.start:e.end], e.form) for e in find_numbers(text)] == [(written, "bare")]


def test_a_number_word_before_a_noun_is_no_bare_number():
    assert found("Labour gains three seats and four councils") == []


def test_a_signed_change_with_a_decimal_comma_is_one_number():
    assert find_numbers("the MR drops to 24,2% (-5,6) while")[-1][:1] == (-5.6,)


def test_a_signed_thousand_in_brackets_is_no_decimal():
    assert [e.value for e in find_numbers("(-1,500)")] == [1500.0]


def test_a_day_after_a_month_is_not_the_first_share_of_a_list():
    text = "The poll ran Dec. 2 to Dec. 6 and 38 per cent agreed, while between 40 and 45 per cent in March did."
    found = [(e.value, e.unit) for e in find_numbers(text)]
    assert (6.0, "percent") not in found
    assert (38.0, "percent") in found and (40.0, "percent") in found and (45.0, "percent") in found
