"""`/source/<id>`: one article and every figure found in it, each with its verdict."""

from __future__ import annotations

import dash
from dash import dcc, html

from dashboard import layout as ui
from dashboard import queries
from dashboard.store import article_texts, get_package


def page_title(source_id: str | None = None) -> str:
    source = queries.source_record(get_package(), source_id or "")
    if source is None:
        return "Not found · Polltrace"
    return f"{source.get('title') or source.get('outlet') or 'Article'} · Polltrace"


dash.register_page(__name__, path_template="/source/<source_id>", title=page_title, name="Article")


def layout(source_id: str | None = None, **_query) -> html.Main:
    package = get_package()
    source = queries.source_record(package, source_id or "")
    if source is None:
        return ui.not_found("article")
    citations = queries.source_citations(package, source_id)
    texts = article_texts()
    in_context = bool(texts.get(source.get("text_sha256") or ""))  # else the column would be all dashes
    headers = ["As written", "Figure", "Survey", "Verdict"] + (["In context"] if in_context else [])
    rows = []
    for citation in citations:
        figure = citation["figure"]
        survey = queries.survey_record(package, figure.get("survey_id") or "") or {}
        rows.append(ui.node("Tr", ui.cells(headers, [
            html.Strong(citation.get("value_text") or "–"),
            dcc.Link(queries.figure_title(figure), href=f"/figure/{citation['figure_id']}"),
            dcc.Link(survey.get("pollster") or "Unattributed", href=f"/survey/{figure['survey_id']}")
            if figure.get("survey_id") else "–",
            ui.badge(citation["verdict"], citation["tone"]),
            *([ui.in_context(citation, texts)] if in_context else []),
        ])))
    table = [ui.stacked_table(headers, rows), ui.table_tools(f"/data/source/{source_id}")] if rows \
        else [html.P("No survey figures were found in this article.", className="empty")]
    return ui.page(
        html.P(className="crumbs", children=[dcc.Link("Explore", href="/"), " › Article"]),
        html.H1(source.get("title") or source.get("url") or "Article"),
        html.P(className="meta", children=[
            html.Strong(source.get("outlet") or "Unknown outlet"),
            f" · published {source['published']}" if source.get("published") else "",
            " · ", ui.external("Read the article", source.get("url")),
        ]),
        ui.section(f"Figures in this article ({len(rows)})", *table),
    )
