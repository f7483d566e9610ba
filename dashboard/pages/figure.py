"""`/figure/<id>`: one figure, what every outlet cited for it, its checks, and its series across waves."""

from __future__ import annotations

import dash
from dash import html

from dashboard import charts, queries
from dashboard import layout as ui
from dashboard.store import article_texts, get_package


def page_title(figure_id: str | None = None) -> str:
    figure = queries.figure_record(get_package(), figure_id or "")
    return f"{queries.figure_title(figure)} · Polltrace" if figure else "Not found · Polltrace"


dash.register_page(__name__, path_template="/figure/<figure_id>", title=page_title, name="Figure")

BASIS = {
    "primary": "as published by the pollster",
    "citations": "as cited in the news; the pollster's own publication was not found",
    "unresolved": "unresolved: outlets cite different values and no published value was found",
}


CITATION_HEADERS = ["Outlet", "Date", "As written", "Verdict", "Link", "In context"]


def citation_row(citation: dict, figure: dict, texts: dict[str, str]) -> dict:
    """One citation as a table row (Dash JSON nodes: a much-cited figure has hundreds of rows)."""
    label, tone = queries.verdict(citation, figure)
    url = citation.get("url")
    values = [
        ui.link_node(citation.get("outlet") or "Unknown outlet", href=f"/source/{citation['source_id']}"),
        ui.node("Span", citation.get("published") or "–", className="nowrap"),
        ui.node("Strong", citation.get("value_text") or queries.format_value(citation.get("value_cited"), None)),
        ui.node("Span", label, className=f"badge badge-{tone}"),
        ui.node("A", "Read the article", href=url, rel="noopener nofollow", className="external") if url else "–",
        ui.in_context(citation, texts),
    ]
    return ui.node("Tr", ui.cells(CITATION_HEADERS, values), className="disagrees" if citation.get("disagrees") else "")


def citation_table(citations: list[dict], figure: dict) -> html.Div:
    texts = article_texts()
    if not citations:
        return html.P("No article citing this figure is recorded.", className="empty")
    return ui.stacked_table(CITATION_HEADERS, [citation_row(citation, figure, texts) for citation in citations])


def wave_links(waves: list[dict], figure_id: str) -> html.Div:
    """Every wave of the series with its value, each linking to its own figure page (this one marked, not linked):
    the chart's points are not links, and a reader following a question over time wants the other waves' sources."""
    items = []
    for row in reversed(waves):  # newest first, as Explore lists figures
        when = queries.fieldwork_phrase(row) or "Date not recorded"
        value = ui.node("Strong", queries.format_value(row.get("display_value"), row.get("unit")),
                        className="sibling-value")
        label = f"{when}, {row['pollster']}" if row.get("pollster") else when
        target = ui.node("Span", [label, " (this page, the larger orange point)"]) if row["figure_id"] == figure_id \
            else ui.link_node(label, href=f"/figure/{row['figure_id']}")
        items.append(ui.node("Li", value, " ", target))
    return html.Div([html.P("Every wave, newest first, each with the articles that cited it:", className="small"),
                     html.Ul(items, className="waves", id="series-waves")])


def series_section(package, figure: dict):
    waves = queries.series(package, figure)
    if len(waves) < 2:
        return None
    figure_id = figure["figure_id"]
    return ui.section(
        f"{queries.question_label(figure)} across waves" if queries.is_survey_detail(figure)
        else "The same question across waves",
        ui.chart(charts.series_line(waves, figure_id), chart_id="series-chart",
                 description=f"Line chart of {queries.figure_title(figure)} in {len(waves)} survey waves",
                 alternative=ui.data_table(waves, {"fieldwork_end": "Fieldwork end", "pollster": "Pollster",
                                                   "display_value": "Value"}, "Values by wave", hidden=True),
                 source=queries.series_source_line(waves),
                 downloads=ui.data_links(f"/data/figure/{figure_id}/series"),
                 embed_path=f"/embed/series/{figure_id}"),
        wave_links(waves, figure_id),
    )


def siblings_section(package, figure: dict):
    """The survey's other results, so a figure whose question is a bare answer ("rather no") reads in context."""
    shown, total = queries.sibling_figures(package, figure)
    if not total:
        return None
    items = [ui.node("Li", ui.node("Strong", queries.format_value(row.get("display_value"), row.get("unit")),
                                   className="sibling-value"), " ",
                     ui.link_node(queries.figure_title(row), href=f"/figure/{row['figure_id']}"),
                     ui.node("Span", "outlets disagree", className="badge badge-bad") if row.get("disagree") else "")
             for row in shown]
    more = f"All {total + 1} results of this survey" if total > len(shown) else "The survey's chart and details"
    return ui.section("Other results from this survey", ui.node("Ul", items, className="siblings"),
                      html.P(ui.survey_link(more, figure.get("survey_id")), className="small"), id="siblings")


def dots_note(figure: dict) -> str:
    """How to read the dot chart; it names the dashed line only when there is one (a published value)."""
    if charts.present(figure.get("value")):
        return ("One dot per citation. The dashed line is the pollster's published value; diamonds in orange-red "
                "disagree with it beyond rounding.")
    return ("One dot per citation. No published value was found, so there is no reference line; diamonds in "
            "orange-red disagree with the other outlets beyond rounding.")


def layout(figure_id: str | None = None, **_query) -> html.Main:
    package = get_package()
    figure = queries.figure_record(package, figure_id or "")
    if figure is None:
        return ui.not_found("figure")
    survey = queries.survey_record(package, figure["survey_id"]) or {}
    citations = queries.figure_citations(package, figure_id)
    n_disagree = sum(bool(citation["disagrees"]) for citation in citations)
    title = queries.figure_title(figure)
    headline = html.Div(className="headline", children=[
        html.Div(queries.headline_value(figure, citations), className="big-value"),
        html.Div([
            html.P(BASIS.get(figure.get("value_basis"), "basis not recorded")),
            html.P(["Outlets put it as: ", html.Q(figure["cited_as"])], className="small")
            if figure.get("cited_as") else None,
            html.P([ui.survey_link(queries.survey_description(survey), figure.get("survey_id")),
                    f" · cited {len(citations)} time{'s' if len(citations) != 1 else ''} by "
                    f"{figure.get('n_outlets') or 0} outlet{'s' if figure.get('n_outlets') != 1 else ''}"]),
            ui.badge(f"{n_disagree} citation{'s' if n_disagree != 1 else ''} disagree", "bad") if n_disagree else None,
        ]),
    ])
    dots = ui.chart(
        charts.citation_dots(citations, figure.get("value"), figure.get("unit")), chart_id="citations-chart",
        description=f"Dot chart: the value each outlet cited for {title}"
                    + (f"; the published value is {figure['value']:g}" if charts.present(figure.get("value")) else ""),
        alternative=ui.data_table(citations, {"outlet": "Outlet", "published": "Date", "value_cited": "Value cited",
                                              "disagrees": "Disagrees"}, "What each outlet cited", hidden=True),
        source=queries.source_line(survey, int(figure.get("n_outlets") or 0)),
        downloads=ui.data_links(f"/data/figure/{figure_id}"),
        embed_path=f"/embed/figure/{figure_id}",
    )
    return ui.page(
        ui.crumbs(survey.get("pollster"), ui.survey_link("Survey", figure.get("survey_id")), "Figure"),
        html.H1(title),
        headline,
        siblings_section(package, figure),
        ui.section("What each outlet cited", html.P(dots_note(figure), className="small"), dots),
        ui.section("Citations", citation_table(citations, figure),
                   ui.table_tools(f"/data/figure/{figure_id}") if citations else None),
        ui.section("Checks", ui.checks_list(queries.checks_for(package, figure_id=figure_id),
                                            f"{n_disagree} citation{'s' if n_disagree != 1 else ''} disagree"
                                            if n_disagree else "")),
        series_section(package, figure),
    )
