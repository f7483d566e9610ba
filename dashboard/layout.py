"""Shared page furniture: header, footer with sources, page shell, chart blocks with text alternatives,
embed and download panels. Every page (including the editors' /check page) builds on these."""

from __future__ import annotations

import html as html_lib
import math
from urllib.parse import quote

import flask
import numpy as np
from dash import dcc, html

from dashboard import queries
from dashboard.charts import CHART_CONFIG, present
from dashboard.store import get_package, package_licence

SITE_NAME = "Polltrace"
TAGLINE = "Every poll figure in the news, traced to its survey and its sources."
DEFAULT_LICENCE = ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")
NAV = [("Explore", "/"), ("Check a draft", "/check"), ("About", "/about")]


def nav_link(children, href: str, **props):
    """A header link. Those to Explore load the page afresh: Explore keeps its filters in the URL by replaceState,
    out of the router's sight, so a client-side link to "/" from a filtered Explore would change the address but
    leave the filtered results on screen."""
    return html.A(children, href=href, **props) if href == "/" else dcc.Link(children, href=href, **props)


def header() -> html.Header:
    return html.Header(className="site-header", children=html.Div(className="wrap header-row", children=[
        nav_link([html.Span("●", className="logo-dot", **{"aria-hidden": "true"}), SITE_NAME], href="/",
                 className="brand"),
        html.Nav(**{"aria-label": "Main"}, children=html.Ul(className="nav", children=[
            html.Li(nav_link(label, href=href)) for label, href in NAV
        ])),
    ]))


def licence() -> tuple[str, str]:
    """The data licence as the served package declares it."""
    return package_licence(get_package().folder, DEFAULT_LICENCE)


def footer() -> html.Footer:
    """Site footer naming the sources of everything shown, the data download and its licence."""
    name, url = licence()
    return html.Footer(className="site-footer", children=html.Div(className="wrap", children=[
        html.P([
            "Sources: news articles as published (each linked at the figure), and pollsters' own publications "
            "where available. Data: the Polltrace data package (",
            html.A("download", href="/data/package.zip"), "), licensed ",
            html.A(name, href=url, rel="license"), ". ",
            dcc.Link("How figures are found and checked", href="/about"), ".",
        ]),
    ]))


def page(*children, title: str | None = None, lead: str | None = None, wide: bool = False) -> html.Main:
    """A page's main content: optional title and lead paragraph, then the children."""
    heading = [html.H1(title)] if title else []
    if lead:
        heading.append(html.P(lead, className="lead"))
    return html.Main(id="main", className="wrap" + (" wide" if wide else ""), children=[*heading, *children])


def section(title: str, *children, id: str | None = None) -> html.Section:
    extra = {"id": id} if id else {}
    return html.Section(className="section", **extra, children=[html.H2(title), *children])


def not_found(what: str = "page") -> html.Main:
    return page(
        html.P(f"There is no {what} at this address. It may have been mistyped, or the data have changed."),
        html.P(dcc.Link("Search all figures", href="/", className="button")),
        title="Not found",
    )


def data_table(rows: list[dict], columns: dict[str, str], caption: str | None = None,
               hidden: bool = False) -> html.Div:
    """A plain accessible table; `hidden` makes it a visually hidden text alternative for a chart (the wrapper
    hides it: a table itself ignores the 1 px box and would widen a phone's page)."""
    table = html.Table(className="table", children=[
        html.Caption(caption) if caption else None,
        html.Thead(html.Tr([html.Th(label, scope="col") for label in columns.values()])),
        html.Tbody([node("Tr", [node("Td", cell_text(row.get(name))) for name in columns]) for row in rows]),
    ])
    return html.Div(table, className="visually-hidden" if hidden else "table-scroll")


def cell_text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def data_links(base: str) -> list[tuple[str, str]]:
    """The CSV and JSON addresses of one download (`base` without its extension)."""
    return [("CSV", f"{base}.csv"), ("JSON", f"{base}.json")]


def download_links(links: list[tuple[str, str]], label: str = "Download data: ") -> list:
    return [html.Span(label, className="muted"),
            *[html.A(text, href=href, download="", className="tool-link") for text, href in links]]


def table_tools(base: str, label: str = "Download this table: ") -> html.P:
    """The .csv/.json links under a table: every table a reader sees can be taken away as data."""
    return html.P(className="chart-tools table-tools", children=download_links(data_links(base), label))


def stacked_table(headers: list[str], rows: list, **props) -> html.Div:
    """A table that becomes one card per row on a phone (each cell labelled with its column), instead of
    hiding its right-hand columns behind a sideways scroll. `rows` are lists of Td nodes from `cells`."""
    return html.Div(className="table-scroll", children=html.Table(className="table stack", **props, children=[
        html.Thead(html.Tr([html.Th(h, scope="col") for h in headers])),
        html.Tbody(rows),
    ]))


def cells(headers: list[str], values: list) -> list[dict]:
    return [node("Td", value, **{"data-label": header}) for header, value in zip(headers, values, strict=True)]


def chart(figure, *, chart_id: str, description: str, alternative: html.Table, source: str,
          downloads: list[tuple[str, str]], embed_path: str | None) -> html.Figure:
    """A chart with its aria description, a visually hidden data table, its source line, 'Download data' and
    'Embed'."""
    described = f"{chart_id}-desc"
    return html.Figure(className="chart", children=[
        html.Div(role="img", **{"aria-label": description, "aria-describedby": described}, children=dcc.Graph(
            id=chart_id, figure=figure, config=CHART_CONFIG, className="graph")),
        html.Div(id=described, children=alternative),
        html.Figcaption(className="chart-tools", children=[
            html.P(source, className="chart-source"),
            *download_links(downloads),
            embed_panel(embed_path) if embed_path else None,
        ]),
    ])


def site_url() -> str:
    """This site's address as the visitor reached it (empty outside a request)."""
    return flask.request.host_url.rstrip("/") if flask.has_request_context() else ""


def iframe_code(site: str, embed_path: str, title: str = "Polltrace chart") -> str:
    """The iframe a publisher pastes (plus the resize snippet documented on /about)."""
    src = f"{site.rstrip('/')}{embed_path}"
    return (f'<iframe src="{html_lib.escape(src)}" title="{html_lib.escape(title)}" width="100%" height="420" '
            f'style="border:0;width:100%" loading="lazy"></iframe>')


def embed_panel(embed_path: str) -> html.Details:
    """'Embed' disclosure with copyable iframe code (filled with the site's address in the browser)."""
    code_id = "embed-code-" + quote(embed_path.strip("/").replace("/", "-"), safe="-")
    return html.Details(className="embed", children=[
        html.Summary("Embed"),
        html.P(["Paste this into your page. Add the resize snippet from ",
                dcc.Link("About", href="/about#embedding"), " so the frame fits its chart."], className="small"),
        html.Div(className="code-row", children=[
            html.Pre(iframe_code(site_url(), embed_path), id=code_id, className="code"),
            dcc.Clipboard(target_id=code_id, title="Copy the embed code", className="copy"),
        ]),
    ])


def in_context(citation: dict, texts: dict[str, str]) -> dict:
    """The sentence a citation sits in, the cited words marked (a dash when the article text is not at hand)."""
    text = texts.get(citation.get("text_sha256") or "")
    start, end = citation.get("char_start"), citation.get("char_end")
    parts = queries.context_sentence(text, int(start), int(end)) if text and present(start) and present(end) \
        else None
    if not parts:
        return node("Span", "–", className="muted")
    before, span, after = parts
    return node("Q", [before, node("Mark", span), after], className="context")


SEVERITY_TONE = {"error": "bad", "warning": "warn", "info": "neutral"}


def checks_list(checks: list[dict], disagreement: str = "") -> html.Div:
    """The recorded checks. `disagreement` ("2 citations disagree") names a disagreement the page marks although no
    check records it, so the empty list never reads "no problems" beside an "outlets disagree" badge."""
    if not checks and disagreement:
        return html.P(f"No check is recorded, but {disagreement}: see the values marked “outlets disagree” above.",
                      className="warn-note")
    if not checks:
        return html.P("No problems found: the citations agree with each other and with the pollster's published "
                      "value where there is one.",
                      className="ok-note")
    return html.Ul(className="checks", children=[
        html.Li([badge(check.get("severity") or "info", SEVERITY_TONE.get(check.get("severity"), "neutral")), " ",
                 check.get("message") or check.get("check")]) for check in checks])


def node(tag: str, *children, namespace: str = "dash_html_components", **props) -> dict:
    """An element in Dash's JSON form. Long result lists use these: a Dash component object costs ~40 µs to
    build and validate, this a microsecond, and the browser receives exactly the same JSON."""
    content = children[0] if len(children) == 1 else list(children)
    return {"type": tag, "namespace": namespace, "props": {"children": content, **props}}


def link_node(text, href: str, **props) -> dict:
    """A dcc.Link (client-side navigation) in Dash's JSON form."""
    return node("Link", text, namespace="dash_core_components", href=href, **props)


def pollster_href(pollster: str) -> str:
    """Explore filtered on one pollster: the site's page for a pollster's figures."""
    return "/?" + queries.ExploreParams(pollster=(pollster,)).to_query()


def crumbs(pollster: str | None, *trail) -> html.P:
    """'Explore › Pollster › …': the pollster links to all its figures (a full page load, see nav_link)."""
    steps: list = [dcc.Link("Explore", href="/")]
    if pollster:
        steps.append(html.A(pollster, href=pollster_href(pollster)))
    children: list = []
    for step in [*steps, *trail]:
        children += [" › ", step] if children else [step]
    return html.P(className="crumbs", children=children)


def survey_link(text: str, survey_id: str | None) -> dcc.Link | str:
    """A link to a survey's page; plain text for a figure whose survey was not identified."""
    return dcc.Link(text, href=f"/survey/{survey_id}") if survey_id else text


def badge(text: str, tone: str) -> html.Span:
    return html.Span(text, className=f"badge badge-{tone}")


def external(text: str, href: str | None) -> html.A | str:
    """A link out (new tab would surprise screen-reader users, so it opens in place)."""
    if not href:
        return text
    return html.A(text, href=href, rel="noopener nofollow", className="external")
