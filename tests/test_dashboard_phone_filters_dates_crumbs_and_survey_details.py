"""Explore's folded filters and backwards date ranges, breadcrumbs to a pollster's figures, figure titles that say
what a figure is when no statement was found, a survey's cited sample size shown as survey metadata (not as a
question), and bounded URL meta tags; layout functions over the example package and the Flask test client."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import dashboard.app
from dashboard import layout as ui
from dashboard import queries
from dashboard.store import build_package
from dashboard.synthetic import TABLES, content_id, example_tables, write_package
from tests.example_pages import explore_page, figure_page, rendered, serve, survey_page

F_YES, F_YES2, F_TROOPS = (content_id("figure", key) for key in ("yes-1", "yes-2", "troops"))
F_SAMPLE = content_id("figure", "sample-1")
S1 = content_id("survey", "wave-1")


def tables_with_a_cited_sample_size() -> dict[str, pd.DataFrame]:
    """The example package plus a sample size two outlets cite differently for wave 1 (800 and 804)."""
    tables = example_tables()
    sample = pd.DataFrame([[F_SAMPLE, S1, content_id("question", "sample"), "sample size", None, None, "all", None,
                            "respondents", "unresolved"]], columns=TABLES["figures"])
    a, b = content_id("source", "a"), content_id("source", "b")
    citations = pd.DataFrame([
        [content_id("citation", "n1"), a, F_SAMPLE, "sample_size", 804, "804", 0, 3, "exact", 0.9, "t", None],
        [content_id("citation", "n2"), b, F_SAMPLE, "sample_size", 800, "800", 0, 3, "exact", 0.9, "t", None],
    ], columns=TABLES["citations"])
    tables["figures"] = pd.concat([tables["figures"], sample], ignore_index=True)
    tables["citations"] = pd.concat([tables["citations"], citations], ignore_index=True)
    return tables


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return build_package(write_package(tmp_path_factory.mktemp("details"), tables_with_a_cited_sample_size()))


@pytest.fixture
def pages_on_example(package, monkeypatch):
    return serve(package, monkeypatch)


def find(component, component_id: str):
    """The component with this id in a layout tree (Dash components only)."""
    if getattr(component, "id", None) == component_id:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children]:
        if hasattr(child, "to_plotly_json"):
            found = find(child, component_id)
            if found is not None:
                return found
    return None


def ids_under(component) -> set[str]:
    return set(re.findall(r'"id": "([^"]+)"', rendered(component)))


# --- Explore: the phone's fold and backwards dates -------------------------------------------------------------


def test_search_stays_out_of_the_fold_and_every_other_control_folds(pages_on_example):
    form = find(explore_page.layout(), "explore-filters")
    assert [getattr(child, "id", None) for child in form.children][1:] == ["explore-filters-toggle",
                                                                          "explore-more-filters"]
    assert "explore-q" in ids_under(form.children[0])
    folded = ids_under(find(form, "explore-more-filters"))
    assert {"explore-pollster", "explore-country", "explore-topic", "explore-from", "explore-to", "explore-sort",
            "explore-disagree"} <= folded and "explore-q" not in folded
    toggle = find(form, "explore-filters-toggle")
    assert toggle.type == "button" and rendered(toggle).count('"aria-controls": "explore-more-filters"') == 1


def test_filters_toggle_counts_the_filters_set_so_a_folded_filter_is_not_forgotten(pages_on_example):
    assert explore_page.filters_label(queries.parse_explore({})) == "Filters"
    params = queries.parse_explore({"pollster": "Northfield Research", "from": "2022-01-01", "q": "trust",
                                    "sort": "oldest"})
    assert explore_page.filters_label(params) == "Filters (2)"  # the search and the sort are not filters
    form = find(explore_page.layout(pollster="Northfield Research", disagree="1"), "explore-filters")
    assert find(form, "explore-filters-toggle").children == "Filters (2)"


def test_a_backwards_fieldwork_range_is_read_the_right_way_round(package):
    backwards = queries.parse_explore({"from": "2023-12-31", "to": "2023-01-01"})
    assert (backwards.date_from, backwards.date_to) == ("2023-01-01", "2023-12-31")
    assert queries.dates_inverted("2023-12-31", "2023-01-01")
    assert not queries.dates_inverted("2023-01-01", "2023-12-31") and not queries.dates_inverted("2023-12-31", "")
    assert [row["figure_id"] for row in queries.explore(package, backwards).rows] == [F_YES2]


def test_explore_says_when_it_swapped_the_dates(pages_on_example):
    _, summary, query = explore_page.update_results("", [], [], [], "2023-12-31", "2023-01-01", [], "newest")
    assert summary.startswith("1 figure ") and "“from” was after “to”" in summary
    assert query == "from=2023-01-01&to=2023-12-31"
    _, summary, _ = explore_page.update_results("", [], [], [], "2023-01-01", "2023-12-31", [], "newest")
    assert "after" not in summary


# --- Breadcrumbs -----------------------------------------------------------------------------------------------


def test_breadcrumbs_link_the_pollster_to_its_figures_and_the_survey_to_its_page(pages_on_example):
    pollster_href = "/?pollster=Northfield+Research"
    survey_crumbs = rendered(survey_page.layout(survey_id=S1).children[0])
    assert f'"href": "{pollster_href}"' in survey_crumbs and "/survey/" not in survey_crumbs
    figure_crumbs = rendered(figure_page.layout(figure_id=F_TROOPS).children[0])
    assert f'"href": "{pollster_href}"' in figure_crumbs and f'"href": "/survey/{S1}"' in figure_crumbs
    assert figure_crumbs.index(pollster_href) < figure_crumbs.index(f"/survey/{S1}")


# --- What a figure is called -----------------------------------------------------------------------------------


def test_figure_titles_name_survey_details_and_figures_without_a_statement():
    assert queries.figure_title({"question": "sample size", "unit": "respondents", "subgroup": "all"}) == \
        "Sample size"
    assert queries.figure_title({"question": "margin of error", "unit": "points"}) == "Margin of error"
    assert queries.figure_title({"question": "", "unit": "percent", "subgroup": "all"}) == \
        "Share of respondents, statement not identified"
    assert queries.figure_title({"question": None, "unit": "points", "subgroup": "Labour voters"}) == \
        "Change in points, statement not identified (Labour voters)"
    assert "not recorded" not in queries.figure_title({})
    assert queries.figure_title({"question": "Back the bridge", "answer": "Yes"}) == "Back the bridge: Yes"


def test_survey_lists_its_cited_sample_size_as_a_fact_not_a_question(pages_on_example):
    page = survey_page.layout(survey_id=S1)
    card, listing = rendered(page.children[2]), rendered(page.children[4])
    assert "Sample size cited in the news" in card and f"/figure/{F_SAMPLE}" in card
    assert "800–804 respondents (2 citations)" in card and "outlets disagree" in card
    assert f"/figure/{F_SAMPLE}" not in listing and "sample size" not in listing.lower()
    assert f"/figure/{F_TROOPS}" in listing
    assert F_SAMPLE in set(queries.survey_table_rows(pages_on_example, S1)["figure_id"])  # the download keeps it


def test_figure_page_titles_a_sample_size_as_such(pages_on_example):
    assert rendered(figure_page.layout(figure_id=F_SAMPLE).children[1]).count("Sample size") == 1


def test_checks_never_say_no_problems_beside_a_disagreement(pages_on_example):
    assert "No problems found" in rendered(ui.checks_list([]))
    note = rendered(ui.checks_list([], "2 citations disagree"))
    assert "No problems" not in note and "2 citations disagree" in note
    survey_checks = rendered(survey_page.layout(survey_id=S1).children[-1])
    assert "No problems" not in survey_checks  # its checks list a recorded check


# --- URL meta tags ---------------------------------------------------------------------------------------------


def test_url_meta_tags_are_cut_to_the_page_address_when_the_url_is_long():
    short = '<meta property="twitter:url" content="https://site.example/?q=trust">'
    assert dashboard.app.bound_meta_urls(short, "https://site.example/") == short
    long = f'<meta property="twitter:url" content="https://site.example/?q={"a" * 3000}">'
    assert dashboard.app.bound_meta_urls(long, "https://site.example/") == \
        '<meta property="twitter:url" content="https://site.example/">'


def test_a_long_explore_address_is_not_copied_into_the_page_head():
    query = "x" * 3500
    response = dashboard.app.server.test_client().get(f"/?q={query}&pollster={query}")
    head = response.get_data(as_text=True).split("</head>")[0]
    assert response.status_code == 200 and query not in head
    assert re.search(r'<meta property="twitter:url" content="http://localhost/">', head)
    short = dashboard.app.server.test_client().get("/?q=trust").get_data(as_text=True)
    assert 'content="http://localhost/?q=trust"' in short


def test_a_lone_citation_without_a_published_value_claims_no_agreement(pages_on_example):
    lone = {"value": None, "n_citations": 1}
    assert queries.verdict({"value_cited": 40, "disagrees": False}, lone) == \
        ("The only citation; no published value", "neutral")
    assert queries.verdict({"value_cited": 40, "disagrees": False}, {**lone, "n_citations": 2})[0] == \
        "Agrees with other citations; no published value"


def test_other_results_of_a_survey_list_its_cited_sample_size_last(package):
    shown, total = queries.sibling_figures(package, queries.figure_record(package, F_YES))
    assert shown[-1]["figure_id"] == F_SAMPLE and total == 3
