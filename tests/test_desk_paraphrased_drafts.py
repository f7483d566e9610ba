"""The desk on drafts written fresh: a question worded unlike the articles the dataset was built from, a number
the extractor doubts in a sentence that names no survey, and groups listed with their numbers ('the west (82%)').

Every pollster, figure and sentence here is made up for the tests.
"""

from __future__ import annotations

from etl.desk import check_citations, check_one
from etl.desk_data import Dataset, Figure
from tests.draft_citation import draft_citation

OCTOBER = {"pollster": "Harbour Research", "fieldwork_start": "2024-10", "fieldwork_end": "2024-10"}
FERRY = "Which comes closer to your view on the ferry link to the island?"
TOLL = "Should the bridge toll be scrapped?"


def harbour(figure_id: str, question: str, answer: str | None, value: float, subgroup: str = "all",
            survey_id: str = "s-harbour-oct", fieldwork: tuple[str, str] = ("2024-10-03", "2024-10-11")) -> Figure:
    """A published figure of Harbour Research (its October 2024 wave unless told otherwise)."""
    return Figure(figure_id=figure_id, survey_id=survey_id, pollster="Harbour Research", fieldwork_start=fieldwork[0],
                  fieldwork_end=fieldwork[1], population="Islanders", question=question, answer=answer,
                  subgroup=subgroup, value=value, unit="percent", value_basis="primary", kinds=frozenset({"share"}))


DATASET = Dataset.of([
    harbour("f-keep", FERRY, "keep the subsidised ferry timetable", 61.0),
    harbour("f-cut", FERRY, "accept fewer sailings to save money", 27.0),
    harbour("f-toll", TOLL, "yes", 44.0),
    harbour("f-toll-north", TOLL, "yes", 52.0, subgroup="Islanders, North district"),
    harbour("f-toll-south", TOLL, "yes", 39.0, subgroup="Islanders, South district"),
    harbour("f-toll-men", TOLL, "yes", 48.0, subgroup="Islander men"),
    harbour("f-toll-women", TOLL, "yes", 41.0, subgroup="Islander women"),
    harbour("f-cut-march", FERRY, "accept fewer sailings to save money", 31.0, survey_id="s-harbour-mar",
            fieldwork=("2024-03-04", "2024-03-10")),
])


def cite(text: str, number: str, statement: str | None, confidence: float = 0.9, when: dict = OCTOBER,
         **fields) -> dict:
    return draft_citation(text, number, statement, when, confidence=confidence, **fields)


def verdicts(text: str, *citations: dict) -> list[tuple[str, str | None]]:
    return [(v.verdict, v.figure_id) for v in check_citations(list(citations), DATASET, text=text)]


PARAPHRASE = "Harbour Research's October 2024 poll found 27% would put up with a thinner ferry service."


def test_a_paraphrase_too_loose_to_match_alone_is_the_waves_only_figure_with_its_number():
    """'a thinner ferry service' shares only 'ferry' with the published answer: unsure on its words, but no other
    figure of the wave is 27%."""
    citation = cite(PARAPHRASE, "27%", "would put up with a thinner ferry service")
    assert check_one(citation, DATASET, text=PARAPHRASE).verdict == "unknown"
    [verdict] = check_citations([citation], DATASET, text=PARAPHRASE)
    assert (verdict.verdict, verdict.figure_id) == ("match", "f-cut")
    assert "only figure of this survey wave" in verdict.message


def test_a_paraphrase_sharing_no_topic_word_stays_unknown():
    text = "Harbour Research's October 2024 poll found 27% would put up with worse connections."
    assert verdicts(text, cite(text, "27%", "would put up with worse connections")) == [("unknown", None)]


def test_a_loosely_worded_number_that_fits_no_figure_of_the_wave_is_never_called_wrong():
    text = "Harbour Research's October 2024 poll found 29% would put up with a thinner ferry service."
    [(verdict, _)] = verdicts(text, cite(text, "29%", "would put up with a thinner ferry service"))
    assert verdict == "unknown"


def test_another_waves_number_is_not_taken_for_the_drafts_wave():
    """31% is the March wave's: a draft dating its figure October matches nothing with it."""
    text = "Harbour Research's October 2024 poll found 31% would put up with a thinner ferry service."
    assert verdicts(text, cite(text, "31%", "would put up with a thinner ferry service")) == [("unknown", None)]


def test_a_doubted_number_is_shown_only_when_it_matches_a_figure_of_its_survey():
    text = ("Harbour Research polled islanders in October 2024 about the crossing. Most, 61%, said keep the subsidised "
            "ferry timetable. Fewer, 35%, said keep the subsidised ferry timetable for ever.")
    matched = cite(text, "61%", "keep the subsidised ferry timetable", confidence=0.3)
    unmatched = cite(text, "35%", "keep the subsidised ferry timetable for ever", confidence=0.3)
    assert verdicts(text, matched, unmatched) == [("match", "f-keep")]


def test_a_doubted_number_with_no_pollster_is_left_out():
    text = "Most, 61%, said keep the subsidised ferry timetable."
    assert verdicts(text, cite(text, "61%", "keep the subsidised ferry timetable", confidence=0.3,
                               when={"pollster": None})) == []


def test_groups_listed_with_their_numbers_are_the_numbers_groups():
    """Only the first of a list of places says 'in'; each group stands right before its own number."""
    text = ("Harbour Research's October 2024 poll found 44% want the bridge toll scrapped, with support strongest in "
            "the north (52%) and the south, at 39%. Men, at 48%, are keener than women, at 41%.")
    assert verdicts(text, cite(text, "44%", "want the bridge toll scrapped"),
                    cite(text, "52%", "support strongest"), cite(text, "39%", "support"),
                    cite(text, "48%", "are keener than women"), cite(text, "41%", "are keener than women")) == [
        ("match", "f-toll"), ("match", "f-toll-north"), ("match", "f-toll-south"), ("match", "f-toll-men"),
        ("match", "f-toll-women")]


def test_a_group_named_with_its_breakdown_noun_is_that_group():
    """'the North district' is the pollster's 'Islanders, North district', as 'the north' is: sure enough of the
    group to call its misquoted number wrong."""
    text = ("Harbour Research's October 2024 poll found 44% want the bridge toll scrapped. In the North district, 58% "
            "want the bridge toll scrapped.")
    assert verdicts(text, cite(text, "44%", "want the bridge toll scrapped"),
                    cite(text, "58%", "want the bridge toll scrapped", subgroup="the North district")) == [
        ("match", "f-toll"), ("differs", "f-toll-north")]


def test_a_shared_word_of_the_other_polarity_does_not_tie_a_paraphrase_to_a_figure():
    """'opposed to the ferry link' shares 'ferry' with the wave's 27%, but says the opposite of accepting."""
    text = "Harbour Research's October 2024 poll found 27% are opposed to any ferry link at all."
    assert verdicts(text, cite(text, "27%", "are opposed to any ferry link at all")) == [("unknown", None)]


def test_a_loosely_written_number_does_not_tie_a_paraphrase_to_a_figure():
    """'about 28%' agrees with 27% within its looseness, too loose to say which of the wave's figures it is."""
    text = "Harbour Research's October 2024 poll found about 28% would put up with a thinner ferry service."
    citation = cite(text, "28%", "would put up with a thinner ferry service", qualifier="approx")
    assert verdicts(text, citation) == [("unknown", None)]
