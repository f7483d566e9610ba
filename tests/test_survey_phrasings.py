"""Ways articles state a survey's sample, subgroups and tables, on sentences written for these tests:
those contacted versus those who answered, sample sizes in scale words, groups before a bracket or in a
sentence's "Among ..." lead, and a poll table flattened into one line."""

from __future__ import annotations

import pytest

from etl import cues
from etl.extract import extract_article
from etl.ingest import Article
from etl.numbers import fold


def citations(text: str) -> list[dict]:
    return extract_article(Article(id="t1", text=text, published="2025-03-01"), min_confidence=0.5)


def found(text: str, kind: str) -> list[tuple[float, str]]:
    return [(c["value"], c["value_text"]) for c in citations(text) if c["kind"] == kind]


def by_value(text: str) -> dict[str, dict]:
    return {c["value_text"]: c for c in citations(text)}


# --- contacted versus responded ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "sample"), [
    ("The broadcaster's poll found 31 percent back the cabinet. It contacted 3,104 people by phone over the "
     "weekend, and 1,512 of them, or 49 percent, gave answers.", 1512),
    ("Some 44% of residents back the new tram line, the council survey found. Of the 2,350 households "
     "approached, 1,105 responded.", 1105),
    ("The city survey found 52% favour the plan. In all, 1,830 homes were approached and 710 answered.", 710),
])
def test_the_sample_is_those_who_answered_not_those_contacted(text, sample):
    assert [value for value, _ in found(text, "sample_size")] == [sample]
    assert {c["sample_size"] for c in citations(text) if c["kind"] == "share"} == {sample}


def test_two_response_counts_each_are_a_sample_and_the_contacted_units_are_not():
    text = ("The newspaper's telephone survey put support at 38.5 percent. It covered 980 landline households and "
            "1,650 mobile numbers, of which 401 and 588 people, respectively, responded.")
    assert [value for value, _ in found(text, "sample_size")] == [401, 588]


def test_a_count_reached_stays_the_sample_when_no_answering_count_follows():
    text = "The survey found 40% back the levy. Pollsters contacted 1,240 adults by phone last week."
    assert [value for value, _ in found(text, "sample_size")] == [1240]


def test_contacted_count_cue_needs_a_contact_word_and_a_later_answering_count():
    text = fold("It contacted 3,104 people, and 1,512 of them gave answers. A poll of 900 people answered.")
    contacted, answered = text.index("3,104"), text.index("1,512")
    first_end = text.index(".") + 1
    assert cues.contacted_count(text, contacted, contacted + 5, 0, first_end)
    assert cues.responded_count(text, answered + 5, first_end)
    assert not cues.contacted_count(text, answered, answered + 5, 0, first_end)
    other = text.index("900")
    assert not cues.contacted_count(text, other, other + 3, first_end, len(text))


# --- sample sizes written with scale words -----------------------------------------------------------
@pytest.mark.parametrize(("text", "sample"), [
    ("A survey of 2.4 lakh voters across the state gives the ruling party 44 per cent.", 240_000),
    ("The online poll, which drew 1.6 million respondents, found 61% want the park kept.", 1_600_000),
])
def test_a_sample_size_in_scale_words_sizes_its_survey_figures(text, sample):
    assert [value for value, _ in found(text, "sample_size")] == [sample]
    assert {c["sample_size"] for c in citations(text)} == {sample}


# --- subgroups -----------------------------------------------------------------------------------------
def test_a_kind_of_adults_before_a_bracketed_figure_is_its_subgroup():
    text = ("The health poll found 39% of adults delay care. Rural adults (48%) and older voters (44%) are more "
            "likely than urban adults (33%) to say so.")
    figures = by_value(text)
    assert figures["48%"]["subgroup"] == "Rural adults"
    assert figures["44%"]["subgroup"] == "older voters"
    assert figures["33%"]["subgroup"] == "urban adults"


@pytest.mark.parametrize("text", [
    "The poll found most adults (58%) back the plan.",
    "The poll found four in ten adults (41%) back the plan.",
    "The poll found urban voters split with rural ones (52% to 41%) on the plan.",
])
def test_a_quantity_of_adults_or_a_bracketed_pair_names_no_subgroup(text):
    assert {c["subgroup"] for c in citations(text) if c["kind"] == "share"} == {None}


def test_a_sentence_lead_among_a_group_is_the_group_of_each_of_its_figures():
    text = "The state poll is out. Among renters, support was 61 percent and opposition 30 percent."
    assert [c["subgroup"] for c in citations(text) if c["kind"] == "share"] == ["renters", "renters"]


def test_a_sentence_lead_among_them_names_no_group():
    text = ("The survey of 1,000 adults was published today. Among them, 50% back the law, while 31% oppose it.")
    assert {c["subgroup"] for c in citations(text) if c["kind"] == "share"} == {None}


# --- a poll table flattened into one line ---------------------------------------------------------------
def test_a_flattened_table_line_after_a_poll_question_gives_its_shares():
    text = ("The latest poll asked whether the council should merge with its neighbour:\n\n"
            "Yes 38 No 47 Don't know 15\n\nThe poll of 800 residents was taken last week.")
    assert [value for value, _ in found(text, "share")] == [38, 47, 15]


@pytest.mark.parametrize("line", [
    "Rovers 2 United 1",  # a score
    "Yes 45 No 40",  # no whole: another kind of list
    "Yes 45 No 40 Undecided 15 in 2019 and 2020",  # more than label-figure pairs
])
def test_lines_that_are_no_flattened_poll_table_give_no_share(line):
    text = f"The latest poll asked voters about the stadium plan:\n\n{line}\n\nThe poll of 800 residents was taken."
    assert found(text, "share") == []


@pytest.mark.parametrize(("text", "sample"), [
    ("Most residents (54%) back the bypass, the university poll found. It was conducted by telephone with "
     "642 county adults.", 642),
    ("The seat poll puts the Greens on 31 per cent. Some 733 voters in the ward were interviewed last week.", 733),
])
def test_a_sample_size_detection_finds_sizes_the_survey_figures(text, sample):
    assert {c["sample_size"] for c in citations(text) if c["kind"] == "share"} == {sample}


def test_the_last_word_of_a_place_before_a_bracketed_figure_is_no_kind_of_people():
    text = "Half of New Jersey residents (50%) oppose the toll rise, the state poll found."
    assert {c["subgroup"] for c in citations(text) if c["kind"] == "share"} == {None}
