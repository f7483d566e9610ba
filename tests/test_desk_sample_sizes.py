"""The desk on sample sizes and margins of error: checked against the survey's published metadata (surveys.csv,
basis primary), read with the tolerance a rounded or bounded count deserves, and matched to the survey by its
wave and the population the draft names. Every pollster wave, outlet and sentence here is made up for the tests.
"""

from __future__ import annotations

import pytest

from etl.desk import agreement_of, check_citations, check_one
from etl.desk_data import Dataset

SOURCES = [{"source_id": "src-1", "outlet": "Harbour Gazette", "text_sha256": "1" * 64},
           {"source_id": "src-2", "outlet": "Valley Courier", "text_sha256": "2" * 64}]


def survey(survey_id: str, start: str, end: str, size: str, margin: str, basis: str = "primary",
           population: str = "Canadian adults", pollster: str = "Northbeam Research") -> dict:
    return {"survey_id": survey_id, "pollster": pollster, "sponsor": "", "population": population,
            "geography": "CA", "fieldwork_start": start, "fieldwork_end": end, "sample_size": size,
            "margin_of_error": margin, "basis": basis}


SURVEYS = [
    survey("w-may", "2024-05-02", "2024-05-06", "1503", "2.5"),  # no article cites its size: metadata only
    survey("w-june", "2024-06-10", "2024-06-14", "2041", ""),  # an outlet cites its size too
    survey("w-july", "2024-07-08", "2024-07-12", "", "", basis="article"),  # only outlets know its size
    {**survey("w-uk", "2024-05-01", "2024-05-05", "1688", "", population="Britons"), "geography": "GB"},
]
FIGURES = [
    {"figure_id": "f-may-transit", "survey_id": "w-may", "question": "support more money for public transit",
     "answer": "support", "subgroup": "all", "value": "58", "unit": "percent", "value_basis": "primary"},
    {"figure_id": "f-june-size", "survey_id": "w-june", "question": "sample size", "subgroup": "all",
     "unit": "respondents", "value_basis": "citations"},
    {"figure_id": "f-june-housing", "survey_id": "w-june", "question": "say housing costs are their top worry",
     "answer": "top worry", "subgroup": "all", "value": "44", "unit": "percent", "value_basis": "primary"},
    {"figure_id": "f-july-margin", "survey_id": "w-july", "question": "margin of error", "subgroup": "all",
     "unit": "points", "value_basis": "citations"},
]
CITATIONS = [
    {"figure_id": "f-june-size", "source_id": "src-1", "kind": "sample_size", "value_cited": "2040",
     "qualifier": "exact"},
    {"figure_id": "f-july-margin", "source_id": "src-1", "kind": "margin_of_error", "value_cited": "3.1",
     "qualifier": "exact"},
    {"figure_id": "f-july-margin", "source_id": "src-2", "kind": "margin_of_error", "value_cited": "3.1",
     "qualifier": "less_than"},
]
MAY = {"pollster": "Northbeam Research", "fieldwork_start": "2024-05-02", "fieldwork_end": "2024-05-06"}
JUNE = {"pollster": "Northbeam Research", "fieldwork_start": "2024-06-10", "fieldwork_end": "2024-06-14"}
JULY = {"pollster": "Northbeam Research", "fieldwork_start": "2024-07-08", "fieldwork_end": "2024-07-12"}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_records(FIGURES, SURVEYS, CITATIONS, SOURCES)


def cite(value: float, text: str, kind: str = "sample_size", qualifier: str = "exact", **fields) -> dict:
    """A survey-level citation as etl.extract gives it (only the fields the desk reads)."""
    return {"article_id": "draft", "kind": kind, "value": value, "value_text": text, "start": 0, "end": len(text),
            "qualifier": qualifier, "confidence": 0.9, "pollster": None, "fieldwork_start": None,
            "fieldwork_end": None, "statement": kind.replace("_", " "), "subgroup": None, **fields}


def test_sample_size_no_outlet_cited_is_checked_against_the_published_one(dataset):
    right = check_one(cite(1503, "1,503", population="Canadians", **MAY), dataset)
    assert right.verdict == "match" and "1,503 respondents" in right.message
    assert right.figure_id is None and right.survey_id == "w-may"  # no figure page: the survey's page instead
    wrong = check_one(cite(1530, "1,530", population="Canadians", **MAY), dataset)
    assert wrong.verdict == "differs" and "by 27 respondents" in wrong.message


def test_published_sample_size_outweighs_what_an_outlet_cites(dataset):
    v = check_one(cite(2041, "2,041", **JUNE), dataset)
    assert (v.verdict, v.figure_id) == ("match", "f-june-size")
    assert check_one(cite(2014, "2,014", **JUNE), dataset).verdict == "differs"


def test_margin_of_error_against_published_and_against_outlets(dataset):
    assert check_one(cite(2.5, "2.5 points", kind="margin_of_error", **MAY), dataset).verdict == "match"
    assert check_one(cite(3.5, "3.5 points", kind="margin_of_error", **MAY), dataset).verdict == "differs"
    # 'up to 3.4 points' is a margin of 3.4, not any margin below it: outlets that cite 3.1 disagree
    bounded = check_one(cite(3.4, "3.4 points", kind="margin_of_error", qualifier="less_than", **JULY), dataset)
    assert bounded.verdict == "conflict"


def test_sample_size_of_an_unknown_wave_or_without_a_pollster(dataset):
    october = {"pollster": "Northbeam Research", "fieldwork_start": "2024-10", "fieldwork_end": "2024-10"}
    assert check_one(cite(1212, "1,212", **october), dataset).verdict == "unknown"
    assert check_one(cite(1503, "1,503"), dataset).verdict == "unattributed"


def test_population_of_another_country_is_another_survey(dataset):
    britons = check_one(cite(1688, "1,688", population="Canadians", geography="CA", pollster="Northbeam Research",
                             fieldwork_start="2024-05", fieldwork_end="2024-05"), dataset)
    assert britons.verdict == "unknown" or "1,503" in britons.message  # never the survey of Britons' 1,688
    assert "1,688" not in britons.message


def test_part_of_the_sample_is_not_called_a_misquote(dataset):
    v = check_one(cite(1204, "1,204", population="registered voters", **MAY), dataset)
    assert v.verdict == "unknown"


def test_undated_exact_sample_size_pins_its_wave_for_the_other_figures(dataset):
    text = "Northbeam Research surveyed 2,041 Canadians; 44% say housing costs are their top worry."
    size = cite(2041, "2,041", pollster="Northbeam Research", population="Canadians", start=28, end=33,
                sentence_start=0, sentence_end=len(text))
    share = {**cite(44, "44%", kind="share", pollster="Northbeam Research", start=46, end=49, sentence_start=0,
                    sentence_end=len(text)), "statement": "say housing costs are their top worry"}
    verdicts = check_citations([size, share], dataset, text=text)
    assert [(v.verdict, v.figure_id) for v in verdicts] == [("match", "f-june-size"), ("match", "f-june-housing")]


@pytest.mark.parametrize(("cited", "qualifier", "published", "agrees"), [
    (2000, "more_than", 2041, True),  # 'more than 2,000' is 2,000-odd
    (2000, "more_than", 1990, False),
    (1000, "more_than", 1450, True),
    (11000, "more_than", 12500, False),
    (2000, "less_than", 1950, True),  # 'nearly 2,000'
    (2000, "less_than", 1700, False),
    (20000, "approx", 21000, True),  # 'roughly 20,000'
    (20000, "approx", 22000, False),  # a writer rounding 22,000 says 'about 22,000'
    (2000, "exact", 2030, True),
    (2000, "exact", 2061, False),
    (1013, "exact", 1031, False),
])
def test_count_tolerance(cited, qualifier, published, agrees):
    assert (agreement_of(cited, qualifier, published, "respondents") is not None) is agrees


def test_rounded_count_against_published_is_within_rounding(dataset):
    v = check_one(cite(2000, "2,000", qualifier="more_than", **JUNE), dataset)
    assert v.verdict == "rounding"


def test_who_a_count_names_right_after_it_is_its_population(dataset):
    text = "Northbeam Research interviewed 1,204 registered voters in early May."
    size = cite(1204, "1,204", start=31, end=36, sentence_start=0, sentence_end=len(text), **MAY)
    assert check_one(size, dataset, text=text).verdict == "unknown"  # a part of the sample, not a misquote
    text = "Northbeam Research interviewed 1,530 Canadian adults in early May."
    size = cite(1530, "1,530", start=31, end=36, sentence_start=0, sentence_end=len(text), **MAY)
    assert check_one(size, dataset, text=text).verdict == "differs"


def test_group_named_after_a_sample_size_is_its_population(dataset):
    v = check_one(cite(1530, "1,530", subgroup="residents of Canada", **MAY), dataset)
    assert v.verdict == "differs"


def test_the_check_page_links_a_published_sample_size_to_its_survey_page(dataset):
    import dashboard.app  # noqa: F401  (registers the pages, so their modules can be imported)
    from dashboard.pages.check import _verdict_list

    def links(component) -> list[tuple[str, object]]:
        found = [(component.href, component.children)] if getattr(component, "href", None) else []
        children = getattr(component, "children", None)
        for child in children if isinstance(children, list) else [children]:
            found += links(child) if hasattr(child, "to_plotly_json") else []
        return found

    verdict = check_one(cite(1503, "1,503", population="Canadians", **MAY), dataset)
    (mark_href, _), (page_href, page_text) = links(_verdict_list("1,503", [verdict]))
    assert (mark_href, page_href, page_text) == ("/survey/w-may", "/survey/w-may", "Survey page")
