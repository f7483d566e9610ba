"""The desk on a second round of fresh drafts: two groups compared in one pair of numbers ('men more than women,
48% to 41%'), a British spelling of a group ('the Centre'), and a loosely worded number called wrong when the match
is firm by everything but its wording.

Every pollster, figure and sentence here is made up for the tests.
"""

from __future__ import annotations

from etl.desk import check_citations
from etl.desk_data import Dataset, Figure
from tests.draft_citation import draft_citation

OCTOBER = {"pollster": "Harbour Research", "fieldwork_start": "2024-10", "fieldwork_end": "2024-10"}
TOLL = "Should the bridge toll be scrapped?"
FERRY = "Which comes closer to your view on the ferry link to the island?"


def harbour(figure_id: str, question: str, answer: str | None, value: float, subgroup: str = "all") -> Figure:
    """A published figure of Harbour Research's October 2024 wave."""
    return Figure(figure_id=figure_id, survey_id="s-harbour-oct", pollster="Harbour Research",
                  fieldwork_start="2024-10-03", fieldwork_end="2024-10-11", population="Islanders",
                  question=question, answer=answer, subgroup=subgroup, value=value, unit="percent",
                  value_basis="primary", kinds=frozenset({"share"}))


DATASET = Dataset.of([
    harbour("f-toll", TOLL, "yes", 44.0),
    harbour("f-toll-north", TOLL, "yes", 52.0, subgroup="Islanders, North district"),
    harbour("f-toll-centre", TOLL, "yes", 35.0, subgroup="residents of the Center"),
    harbour("f-toll-men", TOLL, "yes", 48.0, subgroup="Islander men"),
    harbour("f-toll-women", TOLL, "yes", 41.0, subgroup="Islander women"),
    harbour("f-keep", FERRY, "keep the subsidised ferry timetable", 61.0),
])


def cite(text: str, number: str, statement: str | None, when: dict = OCTOBER, **fields) -> dict:
    return draft_citation(text, number, statement, when, **fields)


def verdicts(text: str, *citations: dict) -> list[tuple[str, str | None]]:
    return [(v.verdict, v.figure_id) for v in check_citations(list(citations), DATASET, text=text)]


def test_a_pair_of_numbers_after_two_groups_gives_each_group_its_number():
    text = ("Harbour Research's October 2024 poll found 44% want the bridge toll scrapped. "
            "Men are keener to scrap the toll than women, 48% to 41%.")
    statement = "Men are keener to scrap the toll than women"
    assert verdicts(text, cite(text, "44%", "want the bridge toll scrapped"), cite(text, "48%", statement),
                    cite(text, "41%", statement)) == [
        ("match", "f-toll"), ("match", "f-toll-men"), ("match", "f-toll-women")]


def test_the_pair_follows_the_order_the_groups_are_named_in():
    text = ("Harbour Research's October 2024 poll found 44% want the bridge toll scrapped. "
            "Women are less keen to scrap the toll than men, 41% versus 48%.")
    statement = "Women are less keen to scrap the toll than men"
    assert verdicts(text, cite(text, "44%", "want the bridge toll scrapped"), cite(text, "41%", statement),
                    cite(text, "48%", statement))[1:] == [("match", "f-toll-women"), ("match", "f-toll-men")]


def test_a_british_spelling_names_the_pollsters_american_spelt_group():
    """Worded loosely, the 35% is the wave's only figure with its number in the draft's group: 'the Centre' must
    be taken for 'residents of the Center' for the group to agree."""
    text = "In the Centre, 35% would happily see the toll go, Harbour Research's October 2024 poll found."
    assert verdicts(text, cite(text, "35%", "would happily see the toll go", subgroup="the Centre")) == [
        ("match", "f-toll-centre")]


FIRM = "In the North district, 57% would see the toll go, Harbour Research's October 2024 poll found."


def test_a_loose_wording_is_called_wrong_when_its_dated_wave_and_group_hold_one_figure_on_its_topic():
    """Only the North district's toll figure (52%) of the October wave is about the toll in that district."""
    [verdict] = check_citations([cite(FIRM, "57%", "would see the toll go", subgroup="the North district")],
                                DATASET, text=FIRM)
    assert (verdict.verdict, verdict.figure_id) == ("differs", "f-toll-north")
    assert "only figure of this survey wave and group on its topic" in verdict.message


def test_an_undated_loose_wording_is_never_called_wrong():
    undated = {"pollster": "Harbour Research", "fieldwork_start": None, "fieldwork_end": None}
    text = "In the North district, 57% would see the toll go, Harbour Research found."
    [(verdict, _)] = verdicts(text, cite(text, "57%", "would see the toll go", when=undated,
                                         subgroup="the North district"))
    assert verdict != "differs"


def test_a_clause_naming_another_group_is_not_a_firm_match():
    """The group came from elsewhere in the sentence; 'among newcomers' says the 57% is another group's."""
    text = ("In the North district, Harbour Research's October 2024 poll found; among newcomers 57% would see "
            "the toll go.")
    [(verdict, _)] = verdicts(text, cite(text, "57%", "would see the toll go", subgroup="the North district"))
    assert verdict != "differs"
