"""The faster forms and cheap gates of cue patterns decide exactly as the patterns they stand for."""

import pytest

from etl import cues, statements
from etl.textmatch import contains_any

SOURCE_SENTENCES = [
    "11% of adults smoke, according to the ons.",
    "ons figures show unemployment at 4.2%.",
    "the census bureau said the population grew.",
    "the office for national statistics found 12% had no savings.",
    "the federal statistical office reported a rise of 2%.",
    "government data put the rate at 3%.",
    "nhs england recorded 40% fewer visits.",
    "side-effects were reported by 5% of those on the drug, against 4% on placebo.",
    "adverse events hit 2% of patients.",
    "the secretary of state's office counted 98% of ballots.",
    "the electoral commission said turnout was 61%.",
    "questions about persons and nations drew 30% support.",  # "ons" inside words only
    "éons ago 40% of statisticians agreed.",
    "40% said the statistics agency was biased.",
    "statistics office staff (12%) disagreed",
    "the irs audited 1% of filers",
    "first-round voters (52%) backed the eurostat plan",
    "",
    "ons",
]


@pytest.mark.parametrize("sentence", SOURCE_SENTENCES)
def test_non_survey_source_agrees_with_the_pattern(sentence):
    assert cues.non_survey_source(sentence) is bool(cues.NON_SURVEY_SOURCE.search(sentence))


def test_non_survey_source_finds_sources_and_skips_words_that_contain_them():
    assert cues.non_survey_source("according to the ons, 11% smoke")
    assert not cues.non_survey_source("questions about persons drew 30% support")


@pytest.mark.parametrize("before", [
    "a sample of 2 ", "some 12\u00a0", "of 1\u202f", "about 2 \n", "2 ", "(2 ", "1.2 ", "x2 ", "\u0663 ",
    "voters ", "of 20", "2  ", "", " ", "2\n", "2 \n\n",
])
def test_spaced_thousands_gate_agrees_with_the_pattern(before):
    assert cues.spaced_thousands_before(before) is bool(cues.SPACED_THOUSANDS_BEFORE.search(before))


@pytest.mark.parametrize(("window", "matches"), [
    ("Independents break for Harris ", True),
    ("In the state, while white voters disapprove ", True),
    ("Among registered voters, young women back the plan by ", True),
    ("Black voters approve 40% - ", True),
    ("Renters back the levy, with ", False),
    ("Support among women, who back the bill, stood at ", False),
    ("Most people oppose: ", False),
])
def test_subject_group_verb_comes_after_the_last_clause_break(window, matches):
    """subject_group looks for a verb only after the last "," ";" or ":" of its window (see its gate)."""
    after_break = window[max(window.rfind(","), window.rfind(";"), window.rfind(":")) + 1:]
    assert bool(statements.SUBJECT_GROUP.search(window)) is matches
    assert contains_any(after_break.lower(), statements.SUBJECT_VERBS) or not matches


def test_subject_group_still_found_after_a_clause_break():
    assert statements.subject_group("Among likely voters, young women back Harris ", 0, 45) is not None


@pytest.mark.parametrize(("clause", "matches"), [
    ("would back the plan, the survey found", True),
    ("oppose it,\" the Pew report reads", True),
    ("are worried, a new poll shows", True),
    ("back it, Ms Lee noted", True),
    ("said so, according to the firm", False),
    ("would vote, with most undecided", False),
])
def test_trail_attribution_needs_one_of_its_verbs(clause, matches):
    assert bool(statements.TRAIL_ATTRIBUTION.search(clause)) is matches
    assert contains_any(clause.lower(), statements.TRAIL_ATTRIBUTION_VERBS) or not matches


def test_trail_attribution_is_still_cut():
    assert statements.after_clause("42% would back the plan, the survey found.", 3, 44) == "would back the plan"

