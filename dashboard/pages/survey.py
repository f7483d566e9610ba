"""`/survey/<id>`: the survey card and all its figures as a bar chart grouped by question."""

from __future__ import annotations

import math

import dash
from dash import dcc, html

from dashboard import charts, queries
from dashboard import layout as ui
from dashboard.store import get_package


def page_title(survey_id: str | None = None) -> str:
    survey = queries.survey_record(get_package(), survey_id or "")
    return f"{queries.survey_description(survey)} · Polltrace" if survey else "Not found · Polltrace"


dash.register_page(__name__, path_template="/survey/<survey_id>", title=page_title, name="Survey")


def _number(value, fmt: str) -> str | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else fmt.format(value)


def explore_link(text: str, facet: str, label: str) -> html.Span:
    """A survey fact followed by a link to Explore filtered on it (the pollster's other surveys, the country's
    other polls): the site has no pollster page, and this is one. A full page load, like the header's
    link to Explore (see layout.nav_link)."""
    query = queries.ExploreParams(**{facet: (text,)}).to_query()
    return html.Span([text, " (", html.A(label, href=f"/?{query}"), ")"])


DETAIL_UNITS = {"respondents": " respondents", "points": " points"}


def cited_detail(package, figure: dict) -> html.Span:
    """A sample size or margin of error as outlets cited it (their range when they disagree and the pollster's
    number is unknown), linking to its citations."""
    citations = queries.figure_citations(package, figure["figure_id"])
    unit = figure.get("unit") or ""
    value = queries.headline_value({**figure, "unit": "respondents" if unit == "respondents" else None}, citations)
    value += DETAIL_UNITS.get(unit, "")
    count = int(figure.get("n_citations") or 0)
    return html.Span([
        dcc.Link(f"{value} ({count} citation{'s' if count != 1 else ''})", href=f"/figure/{figure['figure_id']}"),
        " ", ui.badge("outlets disagree", "bad") if figure.get("disagree") else None,
    ])


def survey_card(survey: dict, details: list[dict] | tuple = (), package=None) -> html.Dl:
    """The survey's facts, with the sample size and margin of error outlets cited (survey metadata, not questions)."""
    pollster, country = survey.get("pollster"), survey.get("geography")
    facts = [
        ("Pollster", explore_link(pollster, "pollster", "every figure from this pollster") if pollster
         else "Not identified"),
        ("Sponsor", survey.get("sponsor")),
        ("Population", survey.get("population")),
        ("Country", explore_link(country, "country", "every figure from this country") if country else None),
        ("Fieldwork", queries.fieldwork_phrase(survey) or "Not stated"),
        ("Sample size", _number(survey.get("sample_size"), "{:,.0f} respondents")),
        ("Mode", survey.get("mode")),
        ("Margin of error", _number(survey.get("margin_of_error"), "±{:g} points")),
        *[(f"{queries.question_label(row)} cited in the news", cited_detail(package, row)) for row in details],
        ("Published by the pollster", ui.external("Primary source", survey.get("primary_url"))
         if survey.get("primary_url") else None),
        ("Details from", "the pollster's publication" if survey.get("basis") == "primary" else "news articles"),
    ]
    items = []
    for label, value in facts:
        if value:
            items += [html.Dt(label), html.Dd(value)]
    return html.Dl(items, className="card facts")


def disagreement_phrase(count: int) -> str:
    """'outlets disagree about 2 figures' ('' for none), for the checks list's note."""
    return f"outlets disagree about {count} figure{'s' if count != 1 else ''}" if count else ""


def layout(survey_id: str | None = None, **_query) -> html.Main:
    package = get_package()
    survey = queries.survey_record(package, survey_id or "")
    if survey is None:
        return ui.not_found("survey")
    figures, details = queries.split_survey_details(queries.survey_figures(package, survey_id))
    moe = survey.get("margin_of_error")
    drawn = queries.chart_figures(figures)
    bars = ui.chart(
        charts.survey_bars(drawn, moe), chart_id="survey-chart",
        description=f"Bar chart of {len(drawn)} results from the {queries.survey_description(survey)}",
        alternative=ui.data_table(drawn, {"question": "Question", "answer": "Answer", "subgroup": "Group",
                                            "display_value": "Value (%)", "disagree": "Outlets disagree"},
                                  "Survey results", hidden=True),
        source=queries.survey_source_line(package, survey, figures),
        downloads=ui.data_links(f"/data/survey/{survey_id}"),
        embed_path=f"/embed/survey/{survey_id}",
    )
    headers = ["Question", "Answer", "Group", "Value", "Citations"]
    listing = ui.stacked_table(headers, [ui.node("Tr", ui.cells(headers, [
        dcc.Link(queries.question_label(row), href=f"/figure/{row['figure_id']}"),
        row["answer"] or "–", row["subgroup"] or "–",
        [queries.format_value(row["display_value"], row["unit"]),
         " ", ui.badge("outlets disagree", "bad") if row["disagree"] else None],
        f"{row['n_citations']}",
    ])) for row in figures])
    note = ("Bars show the pollster's published values, or the value outlets cited where none was found. "
            "Hatched orange bars marked ⚠: outlets disagree about the value.")
    if moe:
        note += f" Whiskers show the margin of error (±{moe:g} points)."
    return ui.page(
        ui.crumbs(survey.get("pollster"), "Survey"),
        html.H1(queries.survey_description(survey)),
        survey_card(survey, details, package),
        ui.section("Results", html.P(note, className="small"), bars),
        ui.section("All figures", listing, ui.table_tools(f"/data/survey/{survey_id}/figures")),
        ui.section("Checks", ui.checks_list(queries.checks_for(package, survey_id=survey_id),
                                            disagreement_phrase(sum(bool(row["disagree"])
                                                                    for row in figures + details)))),
    )
