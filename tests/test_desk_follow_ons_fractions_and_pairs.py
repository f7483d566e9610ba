"""The desk on how copy really words figures: a fraction word carries its own rounding ('half' for 52%), a
group's follow-on opens a paragraph of its own, a sentence's opening group is all its numbers', a group goes with
the number of its own clause, the second number of 'by 52% to 40%' is the other side, an earlier reading of a
group is never the whole sample's, a group named by its place alone ('in the East'), a number naming only its
group shares the question of the number before it, and 'refused to say' or 'some but not others' is no 'no'.

Every pollster, figure and sentence here is made up for the tests.
"""

from __future__ import annotations

from etl.desk import _names_both_sides, check_citations, check_one, fraction_span
from etl.desk_data import Dataset
from etl.link import statement_tokens
from tests.tram_wave import MARCH, tram

DATASET = Dataset.of([
    tram("f-support", "support", 52.0),
    tram("f-oppose", "oppose", 40.0),
    tram("f-support-cyclists", "support", 61.0, subgroup="cyclists"),
    tram("f-oppose-cyclists", "oppose", 30.0, subgroup="cyclists"),
    tram("f-support-drivers", "support", 38.0, subgroup="drivers"),
    tram("f-support-east", "support", 45.0, subgroup="residents, East district"),
    tram("f-support-commuters", "support", 70.0, subgroup="residents who commute by bus every day"),
])


def cite_in(text: str, number: str, statement: str | None, **fields) -> dict:
    """A citation of `number` in `text` as etl.extract gives it (its sentence ends at '. ' or a paragraph)."""
    start = text.index(number)
    stops = [found + 2 for found in (text.rfind(". ", 0, start), text.rfind("\n\n", 0, start)) if found >= 0]
    sentence_start = max(stops, default=0)
    ends = [i for i in (text.find(". ", start), text.find("\n\n", start)) if i >= 0]
    sentence_end = min(ends) + 1 if ends else len(text)
    value = float(number.rstrip("%")) if number[0].isdigit() else fields.pop("value")
    return {"article_id": "draft", "kind": "share", "value": value, "value_text": number, "start": start,
            "end": start + len(number), "sentence_start": sentence_start, "sentence_end": sentence_end,
            "qualifier": "exact", "confidence": 0.9, "statement": statement, "subgroup": None, **MARCH, **fields}


def verdict_of(text: str, number: str, statement: str | None, **fields):
    return check_one(cite_in(text, number, statement, **fields), DATASET, text=text)


def test_a_fraction_word_stands_for_the_shares_nearest_to_it():
    assert fraction_span("half", 50.0) == (45.0, 55.0)
    assert fraction_span("six in 10", 60.0) == (55.0, 65.0)
    low, high = fraction_span("a third", 33.3)
    assert 29 < low < 30 and 36 < high < 37
    assert fraction_span("48%", 48.0) is None


def test_half_agrees_within_rounding_with_a_published_52_percent():
    text = "Half of residents support the airport tram line, Northfield found in March 2024."
    v = verdict_of(text, "Half", "support the airport tram line", value=50.0)
    assert (v.verdict, v.figure_id) == ("rounding", "f-support")


def test_half_is_still_wrong_for_a_published_40_percent():
    text = "Half of residents oppose the airport tram line, Northfield found in March 2024."
    v = verdict_of(text, "Half", "oppose the airport tram line", value=50.0)
    assert (v.verdict, v.figure_id) == ("differs", "f-oppose")


def test_a_groups_follow_on_may_open_a_paragraph_of_its_own():
    text = ("Northfield found in March 2024 that 52% of residents support the airport tram line.\n\n"
            "Cyclists are keener still, at 61%.")
    v = verdict_of(text, "61%", "Cyclists are keener still", subgroup="cyclists")
    assert (v.verdict, v.figure_id) == ("match", "f-support-cyclists")


def test_the_group_a_sentence_opens_with_is_all_its_numbers():
    text = ("Among cyclists, 61% support the airport tram line in Northfield's March 2024 poll, "
            "while 30% oppose it.")
    v = verdict_of(text, "30%", "oppose it")
    assert (v.verdict, v.figure_id) == ("match", "f-oppose-cyclists")


def test_a_group_goes_with_the_number_of_its_own_clause():
    text = ("In Northfield's March 2024 poll, cyclists support the airport tram line most at 61%, "
            "drivers support it least at 38%.")
    v = verdict_of(text, "38%", "support the airport tram line least")
    assert (v.verdict, v.figure_id) == ("match", "f-support-drivers")


def test_the_second_number_of_by_so_much_to_so_much_is_the_other_side():
    text = "Residents support the airport tram line by 52% to 40%, Northfield found in March 2024."
    v = verdict_of(text, "40%", "support the airport tram line")
    assert (v.verdict, v.figure_id) == ("match", "f-oppose")


def test_an_earlier_reading_of_a_group_never_agrees_with_the_whole_sample():
    text = ("In Northfield's March 2024 poll, 61% of cyclists support the airport tram line, "
            "up from 52% in January.")
    cited = [cite_in(text, "61%", "support the airport tram line", subgroup="cyclists"),
             cite_in(text, "52%", "support the airport tram line")]
    verdicts = check_citations(cited, DATASET, text=text)
    assert verdicts[0].verdict == "match"
    assert verdicts[1].verdict == "unknown"


def test_a_group_named_by_its_place_alone_is_the_pollsters_group():
    """Taken for the pollster's group, a misquote of it is called wrong, as it is for any group."""
    text = "Northfield's March 2024 poll found 55% in the East support the airport tram line."
    v = verdict_of(text, "55%", "support the airport tram line", subgroup="the East")
    assert (v.verdict, v.figure_id) == ("differs", "f-support-east")


def test_a_number_naming_only_its_group_shares_the_question_of_the_number_before():
    """With the question, a misquote of the group's number is called wrong (with 'drivers' alone, too loose)."""
    text = "Northfield's March 2024 poll found 61% of cyclists support the airport tram line, against 45% of drivers."
    cited = [cite_in(text, "61%", "support the airport tram line", subgroup="cyclists"),
             cite_in(text, "45%", "drivers", subgroup="drivers")]
    v = check_citations(cited, DATASET, text=text)[1]
    assert (v.verdict, v.figure_id) == ("differs", "f-support-drivers")


def test_refusing_to_say_is_no_answer_rather_than_a_no():
    assert statement_tokens("were undecided or refused to say") == statement_tokens("did not want to answer")
    assert "not" in statement_tokens("refuse to join the scheme")


def test_backing_some_parts_but_not_others_names_both_sides():
    assert _names_both_sides("support some parts of the plan but not others")
    assert not _names_both_sides("support the plan")
