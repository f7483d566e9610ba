"""What a reader sees on the site's pages and charts, over the tiny hand-written example package: hover text as a
reader writes numbers, links between a survey, its pollster, its country and a question's waves, and sentences
that never claim a published value the figure does not have."""

from __future__ import annotations

from urllib.parse import parse_qs

import plotly.graph_objects as go
import pytest

import dashboard.app  # noqa: F401  (registers the pages, so their modules can be imported)
from dashboard import charts, embed, queries
from dashboard import layout as ui
from dashboard.store import build_package
from dashboard.synthetic import content_id, example_tables, write_package
from tests.example_pages import explore_page, figure_page, rendered, serve, survey_page

F_YES, F_YES2, F_TROOPS = (content_id("figure", key) for key in ("yes-1", "yes-2", "troops"))
S1 = content_id("survey", "wave-1")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return build_package(write_package(tmp_path_factory.mktemp("example"), example_tables()))


@pytest.fixture
def pages_on_example(package, monkeypatch):
    return serve(package, monkeypatch)


def hovers(spec: dict) -> list[str]:
    go.Figure(spec)  # still a valid plotly figure
    trace = spec["data"][0]
    assert trace["hovertemplate"] == "%{hovertext}<extra></extra>"
    return list(trace["hovertext"])


def test_hover_values_read_as_written_not_padded_to_six_digits():
    bars = hovers(charts.survey_bars([
        {"question": "Back the new bridge", "answer": "Yes", "subgroup": "all", "display_value": 52.0},
        {"question": "Back the new bridge", "answer": "No", "subgroup": "over 65s", "display_value": 38.5},
    ], None))
    assert bars == ["Back the new bridge – Yes: 52%", "Back the new bridge – No (over 65s): 38.5%"]
    dots = hovers(charts.citation_dots([
        {"outlet": "Valley Courier", "value_cited": 52.0, "value_text": "52 per cent", "published": "2024-03-02"},
        {"outlet": "Coast Echo", "value_cited": 50.0, "value_text": "half", "published": None},
        {"outlet": None, "value_cited": 12.5, "value_text": None, "published": None},
    ], 52.0, "percent"))
    assert dots == ["Valley Courier: 52% (“52 per cent”, 2024-03-02)", "Coast Echo: 50% (“half”)",
                    "Unknown outlet: 12.5%"]
    assert not any("0000" in text or ", )" in text or "“”" in text for text in bars + dots)


def test_series_hover_gives_fieldwork_as_precisely_as_recorded():
    """A month-precision wave is 'March 2022', not the date axis's 'Mar 1, 2022'."""
    waves = [{"figure_id": "a", "fieldwork_start": "2022-03", "fieldwork_end": "2022-03", "date_precision": "month",
              "display_value": 79.3, "pollster": "Lakeview Institute"},
             {"figure_id": "b", "fieldwork_start": "2022-09-02", "fieldwork_end": "2022-09-09",
              "date_precision": "day", "display_value": 57.0, "pollster": None},
             {"figure_id": "c", "fieldwork_start": None, "fieldwork_end": None, "display_value": 50.0}]
    assert hovers(charts.series_line(waves, "a")) == [
        "March 2022: 79.3% (Lakeview Institute)", "2–9 September 2022: 57%", "Date not recorded: 50%"]


def test_wave_list_links_every_other_wave_newest_first(package):
    figure = queries.figure_record(package, F_YES)
    waves = queries.series(package, figure)
    items = figure_page.wave_links(waves, F_YES).children[1].children
    assert len(items) == 2
    newest, this = (item["props"]["children"] for item in items)
    assert newest[0]["props"]["children"] == "40%" and newest[2]["props"]["href"] == f"/figure/{F_YES2}"
    assert "January 2023" in newest[2]["props"]["children"] and "Northfield Research" in newest[2]["props"]["children"]
    assert this[0]["props"]["children"] == "43%"
    assert this[2]["type"] == "Span" and "this page" in rendered(this[2])  # the current wave is not a link to itself


def test_figure_page_has_the_wave_links_and_no_nan_or_phantom_reference_line(pages_on_example):
    without_published = rendered(figure_page.layout(figure_id=F_YES2))
    assert "series-waves" in without_published and f'"/figure/{F_YES}"' in without_published
    assert "is nan" not in without_published and "nan%" not in without_published  # the chart's aria text
    assert "dashed line" not in without_published and "no reference line" in without_published
    with_published = rendered(figure_page.layout(figure_id=F_TROOPS))
    assert "The dashed line is the pollster's published value" in with_published
    assert "the published value is 4.6" in with_published


def test_survey_card_links_pollster_and_country_to_explore(package):
    card = rendered(survey_page.survey_card(queries.survey_record(package, S1)))
    hrefs = [part.split('"')[0] for part in card.split('"href": "')[1:]]
    explore = [parse_qs(href.removeprefix("/?")) for href in hrefs if href.startswith("/?")]
    assert {"pollster": ["Northfield Research"]} in explore and {"country": ["GB"]} in explore
    unattributed = rendered(survey_page.survey_card({"survey_id": S1, "pollster": None, "geography": None}))
    assert "Not identified" in unattributed and '"href": "/?' not in unattributed


def test_explore_link_query_selects_that_pollster(package):
    href = survey_page.explore_link("Northfield Research", "pollster", "every figure").children[2].href
    params = queries.parse_explore({k: v for k, v in parse_qs(href.removeprefix("/?")).items()})
    assert queries.explore(package, params).total == 4


def test_unknown_facet_values_in_a_link_are_dropped_not_applied_invisibly(package):
    options = queries.facet_options(package)
    params = queries.parse_explore({"pollster": ["No Such Pollster", "Northfield Research"], "country": "ZZ",
                                    "q": "trust"})
    kept = explore_page.known_facets(params, options)
    assert kept.pollster == ("Northfield Research",) and kept.country == () and kept.q == "trust"


def test_explore_page_shows_results_for_a_stale_country_and_keeps_heading_order(pages_on_example):
    page = rendered(explore_page.layout(country="ZZ"))
    assert "No figures match" not in page and "4 figures from 2 surveys" in page
    assert page.index('"H2"') < page.index('"H3"')  # a Results heading between the page's h1 and the result h3s


def test_series_embed_says_which_wave_is_highlighted(package):
    body = embed.series_embed(package, F_YES, "https://polls.example.org")
    assert "2 survey waves; the larger orange point is 6–17 June 2022" in body


def test_no_problems_sentence_does_not_claim_a_published_value():
    text = ui.checks_list([]).children
    assert "where there is one" in text
