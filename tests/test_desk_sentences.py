"""The desk reading a figure's sentence as an editor would: a follow-on sentence that leaves its topic to the
one before, a sentence whose 'not' belongs to another clause, words that name the question but not the answer,
words that name both sides, and a group named as the sentence's subject.

Every pollster, figure and sentence here is made up for the tests.
"""

from __future__ import annotations

from etl.desk import check_citations, check_one
from etl.desk_data import Cited, Dataset, Figure
from etl.link import statement_tokens
from tests.tram_wave import MARCH, tram

DATASET = Dataset.of([
    tram("f-support", "support", 52.0),
    tram("f-oppose", "oppose", 40.0),
    tram("f-support-cyclists", "support", 61.0, subgroup="cyclists"),
    tram("f-support-drivers", "support", 38.0, subgroup="drivers"),
    tram("f-support-commuters", "support", 70.0, subgroup="residents who commute by bus every day"),
])


def cite_in(text: str, number: str, statement: str | None, occurrence: int = 0, **fields) -> dict:
    """A citation of `number` in `text` (its `occurrence`-th appearance) as etl.extract gives it."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(number, start + 1)
    sentence_start = max(text.rfind(". ", 0, start) + 2, 0) if text.rfind(". ", 0, start) >= 0 else 0
    sentence_end = text.find(". ", start)
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return {"article_id": "draft", "kind": "share", "value": float(number.rstrip("%")), "value_text": number,
            "start": start, "end": start + len(number), "sentence_start": sentence_start, "sentence_end": sentence_end,
            "qualifier": "exact", "confidence": 0.9, "statement": statement, "subgroup": None, **MARCH, **fields}


def verdict_of(text: str, number: str, statement: str | None, **fields):
    return check_one(cite_in(text, number, statement, **fields), DATASET, text=text)


def test_a_follow_on_sentence_takes_its_topic_from_the_sentence_before():
    text = ("Northfield found in March 2024 that 52% of residents want the airport tram line built. "
            "Among cyclists, 61% were keen.")
    v = verdict_of(text, "61%", "were keen", subgroup="cyclists")
    assert (v.verdict, v.figure_id) == ("match", "f-support-cyclists")


def test_a_follow_on_sentence_is_too_loose_to_call_its_number_wrong():
    text = ("Northfield found in March 2024 that 52% of residents want the airport tram line built. "
            "Among cyclists, 66% were keen.")
    assert verdict_of(text, "66%", "were keen", subgroup="cyclists").verdict == "unknown"


def test_a_whole_sample_follow_on_needs_the_sentence_before_in_its_paragraph():
    """(A group's follow-on may open a paragraph of its own: see test_desk_follow_ons_fractions_and_pairs.py.)"""
    text = ("Northfield found in March 2024 that 40% of residents oppose the airport tram line.\n\n"
            "Some 52% were keen.")
    assert verdict_of(text, "52%", "were keen", sentence_start=text.index("Some")).figure_id != "f-support"


def test_the_not_of_another_clause_does_not_decide_the_side_of_the_number():
    """'40% reject …, while 52% would welcome it': the sentence names the tram line for both numbers, and
    only the 40%'s clause says no."""
    text = "Northfield's March 2024 poll found 40% of residents reject the airport tram line, while 52% welcome it."
    v = verdict_of(text, "52%", "would welcome it")
    assert (v.verdict, v.figure_id) == ("match", "f-support")


def test_words_naming_the_question_but_not_the_answer_leave_the_answer_to_the_number():
    text = ("Asked in Northfield's March 2024 poll whether the city should build the new tram line to the airport, "
            "52% gave it a thumbs-up and 40% a thumbs-down.")
    v = verdict_of(text, "40%", "a thumbs-down")
    assert (v.verdict, v.figure_id) == ("match", "f-oppose")


def test_a_number_swapped_between_named_answers_is_still_called_wrong():
    text = "In Northfield's March 2024 poll, 52% oppose the airport tram line."
    v = verdict_of(text, "52%", "oppose the airport tram line")
    assert (v.verdict, v.figure_id) == ("differs", "f-oppose")


def test_words_naming_both_sides_of_the_question_are_no_misquote_of_either():
    text = "In Northfield's March 2024 poll, 45% support parts of the airport tram line plan and oppose other parts."
    v = verdict_of(text, "45%", "support parts of the airport tram line plan and oppose other parts")
    assert v.verdict == "unknown" and "both sides" in v.message


def test_a_group_named_as_the_subject_of_the_sentence_is_the_numbers_group():
    text = "Drivers were far cooler on the airport tram line in Northfield's March 2024 poll, with 38% in favour."
    v = verdict_of(text, "38%", "in favour")
    assert (v.verdict, v.figure_id) == ("match", "f-support-drivers")


def test_a_subject_group_goes_with_the_number_nearest_to_it():
    """'Cyclists backed it (61%), as did 52% of all residents': the year is a date, not a number the group
    could go with, and 52% is the whole sample's."""
    text = ("Cyclists backed the airport tram line in Northfield's March 2024 poll (61%), "
            "as did 52% of all residents.")
    verdicts = check_citations([cite_in(text, "61%", "backed the airport tram line"),
                                cite_in(text, "52%", "backed the airport tram line")], DATASET, text=text)
    assert [(v.verdict, v.figure_id) for v in verdicts] == [("match", "f-support-cyclists"), ("match", "f-support")]


def test_a_group_described_in_other_words_is_the_numbers_group_in_a_one_number_sentence():
    text = ("Northfield's March 2024 poll found 70% of people who commute by bus every day support the airport "
            "tram line.")
    v = verdict_of(text, "70%", "support the airport tram line")
    assert (v.verdict, v.figure_id) == ("match", "f-support-commuters")


def test_a_described_group_is_no_excuse_for_a_whole_sample_misquote_elsewhere():
    text = "Northfield's March 2024 poll found 60% of residents support the airport tram line."
    v = verdict_of(text, "60%", "support the airport tram line")
    assert (v.verdict, v.figure_id) == ("differs", "f-support")


def _echoed(survey_id: str = "v-north-mar") -> Dataset:
    """DATASET plus a figure only one outlet cites (45%), worded as the draft words its number."""
    wording = "against the airport tram line scheme as planned by the mayor"
    echo = Figure(figure_id="f-echo", survey_id=survey_id, pollster="Northfield", fieldwork_start="2024-03-04",
                  fieldwork_end="2024-03-08", population="residents", question=wording, answer=None, subgroup="all",
                  value=None, unit="percent", value_basis="citations", kinds=frozenset({"share"}),
                  citations=(Cited(value=45.0, kind="share", qualifier="exact", source_id="s-1", outlet="Outlet 1",
                                   text_sha256="1" * 64, terms=statement_tokens(wording)),))
    return Dataset.of([*DATASET.figures, echo])


ECHO_TEXT = "Northfield says 40% of residents are against the airport tram line scheme as planned by the mayor."


def test_the_published_value_of_the_wave_outweighs_one_outlets_number():
    """The draft words its 40% as one outlet worded its 45%, but the pollster published 40% for opposing the
    line in that very wave: the published value decides, so no conflict."""
    citation = cite_in(ECHO_TEXT, "40%", "are against the airport tram line scheme as planned by the mayor",
                       fieldwork_start=None, fieldwork_end=None)
    v = check_one(citation, _echoed(), text=ECHO_TEXT)
    assert (v.verdict, v.figure_id) == ("match", "f-oppose")


def test_a_published_value_of_another_wave_does_not_outweigh_an_outlet():
    citation = cite_in(ECHO_TEXT, "40%", "are against the airport tram line scheme as planned by the mayor",
                       fieldwork_start=None, fieldwork_end=None)
    v = check_one(citation, _echoed(survey_id="v-north-other"), text=ECHO_TEXT)
    assert (v.verdict, v.figure_id) == ("conflict", "f-echo")
