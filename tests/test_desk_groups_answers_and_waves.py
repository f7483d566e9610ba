"""The desk telling which group, answer and wave a draft's number is: ages said another way, a region named
by its core word, 'of them', words naming another answer of a listed-answers question, a wave the draft's
dated figures pin for its undated ones, and a number the draft gives as an earlier reading.

Every pollster, figure and sentence here is made up for the tests.
"""

from __future__ import annotations

from etl.desk import _groups_agree, check_citations
from etl.desk_data import Dataset, Figure
from tests.draft_citation import draft_citation

MAY = {"pollster": "Lakeside Polling", "fieldwork_start": "2024-05", "fieldwork_end": "2024-05"}
AID = "Is the council spending too much, not enough, or about the right amount on road repairs?"
BUS = "Should the council run night buses?"


def lakeside(figure_id: str, question: str, answer: str | None, value: float, subgroup: str = "all",
             unit: str = "percent", kind: str = "share") -> Figure:
    """A published figure of Lakeside Polling's May 2024 wave."""
    return Figure(figure_id=figure_id, survey_id="s-lake-may", pollster="Lakeside Polling",
                  fieldwork_start="2024-05-06", fieldwork_end="2024-05-12", population="Lakeside residents",
                  question=question, answer=answer, subgroup=subgroup, value=value, unit=unit, value_basis="primary",
                  kinds=frozenset({kind}))


DATASET = Dataset.of([
    lakeside("f-too-much", AID, "too much", 26.0),
    lakeside("f-right", AID, "about the right amount", 31.0),
    lakeside("f-not-enough", AID, "not enough", 20.0),
    lakeside("f-not-enough-drivers", AID, "not enough", 23.0, subgroup="drivers"),
    lakeside("f-too-much-drivers", AID, "too much", 15.0, subgroup="drivers"),
    lakeside("f-bus", BUS, "yes", 64.0),
    lakeside("f-bus-young", BUS, "yes", 81.0, subgroup="aged 18-29"),
    lakeside("f-bus-north", BUS, "yes", 57.0, subgroup="Lakeside residents, North district"),
    lakeside("f-sample", "sample size", None, 1200.0, unit="respondents", kind="sample_size"),
])


def cite(text: str, number: str, statement: str | None, kind: str = "share", dated: bool = True, **fields) -> dict:
    """Dated to the May wave unless `dated` is false (then only the pollster is named)."""
    return draft_citation(text, number, statement, MAY if dated else {"pollster": "Lakeside Polling"}, kind=kind,
                          **fields)


def verdicts(text: str, *citations: dict) -> list[tuple[str, str | None]]:
    return [(v.verdict, v.figure_id) for v in check_citations(list(citations), DATASET, text=text)]


def test_ages_said_another_way_are_the_same_group():
    assert _groups_agree("adults under 30", "aged 18-29")
    assert _groups_agree("those 65 and older", "aged 65+")
    assert not _groups_agree("women under 30", "aged 18-29")
    assert not _groups_agree("aged 30-49", "aged 18-29")
    text = "Lakeside Polling's May 2024 survey found that among residents under 30, 81% want night buses run."
    assert verdicts(text, cite(text, "81%", "want night buses run", subgroup="residents under 30")) == [
        ("match", "f-bus-young")]


def test_a_region_named_by_its_core_word_is_the_numbers_group():
    text = ("Lakeside Polling's May 2024 survey found 64% want the council to run night buses, "
            "and in the north, 57% want night buses run.")
    assert verdicts(text, cite(text, "64%", "want the council to run night buses"),
                    cite(text, "57%", "want night buses run")) == [("match", "f-bus"), ("match", "f-bus-north")]


def test_a_core_word_not_placed_by_in_or_among_names_no_group():
    """'North' alone may be anything (a street, a team): only 'in the north' or 'among …' place the number."""
    text = "Lakeside Polling's May 2024 survey, run from North Street, found 57% want night buses run."
    assert verdicts(text, cite(text, "57%", "want night buses run")) == [("differs", "f-bus")]


def test_a_number_of_them_is_of_the_group_named_before_it():
    text = ("In Lakeside Polling's May 2024 survey, 15% of drivers say the council spends too much on road repairs, "
            "and 23% of them say it spends not enough.")
    assert verdicts(text, cite(text, "15%", "say the council spends too much on road repairs", subgroup="drivers"),
                    cite(text, "23%", "say it spends not enough")) == [
        ("match", "f-too-much-drivers"), ("match", "f-not-enough-drivers")]


def test_words_naming_another_listed_answer_rule_out_a_figure():
    """The question lists every answer, so 'too much' shares its words with each answer's figure: 30% is a
    misquote of 'too much' (26%), not a near miss of 'about the right amount' (31%)."""
    text = "Lakeside Polling's May 2024 survey found 30% think the council spends too much on road repairs."
    [(verdict, figure_id)] = verdicts(text, cite(text, "30%", "think the council spends too much on road repairs"))
    assert (verdict, figure_id) == ("differs", "f-too-much")


def test_the_drafts_dated_figures_pin_the_wave_of_its_undated_ones():
    text = ("Lakeside Polling's May 2024 survey found 64% want night buses run, and 26% say the council spends too "
            "much on road repairs. The pollster questioned 1,200 people.")
    assert verdicts(text, cite(text, "64%", "want night buses run"),
                    cite(text, "26%", "say the council spends too much on road repairs"),
                    cite(text, "1,200", "sample size", kind="sample_size", dated=False))[2] == ("match", "f-sample")


def test_a_number_given_as_an_earlier_reading_is_no_misquote_of_this_wave():
    text = "Lakeside Polling's May 2024 survey found 64% want night buses run, up from 52% a year ago."
    earlier = verdicts(text, cite(text, "64%", "want night buses run"), cite(text, "52%", "want night buses run"))
    assert earlier[0] == ("match", "f-bus") and earlier[1][0] == "unknown"
    text = "In Lakeside Polling's May 2024 survey, support for night buses rose from 52%."
    assert verdicts(text, cite(text, "52%", "support for night buses"))[0][0] == "unknown"
    text = "In Lakeside Polling's May 2024 survey, 52% want night buses run, more than a year ago."
    assert verdicts(text, cite(text, "52%", "want night buses run"))[0][0] == "differs"
