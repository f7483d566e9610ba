"""`/` Explore: search and facets over every figure; the view's state lives in the URL query."""

from __future__ import annotations

import dataclasses

import dash
from dash import Input, Output, callback, clientside_callback, dcc, html

from dashboard import layout as ui
from dashboard import queries
from dashboard.store import OTHER_TOPIC, get_package

dash.register_page(__name__, path="/", title="Explore poll figures · Polltrace", name="Explore")

MAX_SOURCES_SHOWN = 4


def _source_links(sources: list[dict]) -> list:
    """'Cited by Outlet (date), …' with each outlet linking to the article itself."""
    if not sources:
        return ["No citing article recorded"]
    links: list = ["Cited by "]
    for i, source in enumerate(sources[:MAX_SOURCES_SHOWN]):
        label = source.get("outlet") or "an outlet"
        if source.get("published"):
            label += f" ({source['published']})"
        if i:
            links.append(", ")
        links.append(ui.node("A", label, href=source["url"], rel="noopener nofollow", className="external")
                     if source.get("url") else label)
    if len(sources) > MAX_SOURCES_SHOWN:
        links.append(f" and {len(sources) - MAX_SOURCES_SHOWN} more")
    return links


def result_item(row: dict) -> dict:
    """One figure: its value, what was asked, the survey, and the articles citing it."""
    details = " · ".join(value for value in (row.get("geography"), row.get("topic")) if value and value != OTHER_TOPIC)
    survey = queries.survey_description(row)
    meta = [ui.link_node(survey, href=f"/survey/{row['survey_id']}") if row.get("survey_id") else survey,
            f" · {details}" if details else ""]
    if row.get("disagree"):
        meta.append(ui.node("Span", "outlets disagree", className="badge badge-bad"))
    return ui.node(
        "Li",
        ui.node("Div", queries.format_value(row.get("display_value"), row.get("unit")), className="result-value"),
        ui.node("Div",
                ui.node("H3", ui.link_node(queries.figure_title(row), href=f"/figure/{row['figure_id']}")),
                ui.node("P", meta, className="meta"),
                ui.node("P", _source_links(row.get("sources") or []), className="sources"),
                className="result-body"),
        className="result",
    )


def _page_link(params: queries.ExploreParams, page: int, label: str, current: bool = False):
    query = dataclasses.replace(params, page=page).to_query()
    return html.A(label, href="/?" + query if query else "/", className="page-link" + (" current" if current else ""),
                  **{"aria-label": f"Page {page}" if label.isdigit() else f"{label.strip('‹› ')} page"},
                  **({"aria-current": "page"} if current else {}))


def pager(params: queries.ExploreParams, page: int, pages: int) -> list:
    """Previous, the first, nearby and last pages (gaps marked), Next."""
    nearby = sorted({1, page - 1, page, page + 1, pages} - {0, pages + 1})
    links: list = [_page_link(params, page - 1, "‹ Previous")] if page > 1 else []
    for before, number in zip([0, *nearby], nearby, strict=False):
        if number > before + 1:
            links.append(html.Span("…", className="page-gap", **{"aria-hidden": "true"}))
        links.append(_page_link(params, number, str(number), current=number == page))
    if page < pages:
        links.append(_page_link(params, page + 1, "Next ›"))
    return links


def results_view(params: queries.ExploreParams) -> tuple[list, str]:
    """The result list with pagination, and the one-line summary of counts."""
    result = queries.explore(get_package(), params)
    if not result.total:
        # A full load, not dcc.Link: the filters live in the URL only via replaceState, so the router would see
        # "/" as the page it is already on and leave the empty results (and the typed words) in place.
        return [html.P(["No figures match. Try fewer words or clear a filter, or ",
                        html.A("show all figures", href="/"), "."], className="empty")], "No figures match"
    summary = (f"{result.total:,} figure{'s' if result.total != 1 else ''} from {result.surveys:,} "
               f"survey{'s' if result.surveys != 1 else ''}, cited {result.citations:,} "
               f"time{'s' if result.citations != 1 else ''}")
    pages = []
    if result.pages > 1:
        pages = [html.Nav(className="pager", **{"aria-label": "Result pages"},
                          children=pager(params, result.page, result.pages))]
    query = dataclasses.replace(params, page=1).to_query()
    downloads = html.P(className="chart-tools table-tools", children=ui.download_links(
        [(label, href + (f"?{query}" if query else "")) for label, href in ui.data_links("/data/explore")],
        f"Download all {result.total:,} result{'s' if result.total != 1 else ''}: "))
    return [ui.node("Ol", [result_item(row) for row in result.rows], className="results"), *pages, downloads], summary


FACETS = ("pollster", "country", "topic")


def known_facets(params: queries.ExploreParams, options: dict[str, list[dict]]) -> queries.ExploreParams:
    """The query without facet values no dropdown offers (a stale or mistyped link): a dropdown cannot show such a
    value, so filtering on it would give "No figures match" with every control reading "Any"."""
    kept = {}
    for name in FACETS:
        known = {option["value"] for option in options[name]}
        kept[name] = tuple(value for value in getattr(params, name) if value in known)
    return dataclasses.replace(params, **kept)


def _dropdown(name: str, label: str, options: list[dict], value: tuple[str, ...]) -> html.Div:
    return html.Div(className="control", children=[
        html.Label(label, htmlFor=f"explore-{name}"),
        dcc.Dropdown(id=f"explore-{name}", options=options, value=list(value), multi=True,
                     placeholder="Any", searchable=True),
    ])


def filters_label(params: queries.ExploreParams) -> str:
    """The phone's filter toggle: 'Filters', or 'Filters (2)' when two are set, so folded filters are not forgotten."""
    count = (len(params.pollster) + len(params.country) + len(params.topic) + bool(params.date_from)
             + bool(params.date_to) + params.disagree)
    return f"Filters ({count})" if count else "Filters"


def dates_note(date_from: object, date_to: object) -> str:
    """Said under the results when a fieldwork range was typed backwards (Explore reads it the right way round)."""
    if not queries.dates_inverted(date_from, date_to):
        return ""
    return f" (fieldwork dates read as {date_to} to {date_from}: “from” was after “to”)"


def layout(**query) -> html.Main:
    """The page as the URL describes it (Dash passes the query parameters as keyword arguments).

    On a phone only the search box shows at first; the other controls fold under a 'Filters' button, so the first
    screen shows results (style.css; on a wide screen the button is hidden and every control shows)."""
    options = queries.facet_options(get_package())
    params = known_facets(queries.parse_explore(query), options)
    results, summary = results_view(params)
    controls = html.Form(id="explore-filters", className="filters", role="search",
                         **{"aria-label": "Filter figures"}, children=[
        html.Div(className="control search", children=[
            html.Label("Search questions, pollsters, populations, outlets", htmlFor="explore-q"),
            dcc.Input(id="explore-q", type="search", value=params.q, debounce=0.35, maxLength=queries.MAX_QUERY_CHARS,
                      placeholder="e.g. trust, troops, Ipsos", autoComplete="off", className="input"),
        ]),
        html.Button(filters_label(params), id="explore-filters-toggle", type="button", className="filters-toggle",
                    n_clicks=0, **{"aria-expanded": "false", "aria-controls": "explore-more-filters"}),
        html.Div(id="explore-more-filters", className="more-filters", children=[
            _dropdown("pollster", "Pollster", options["pollster"], params.pollster),
            _dropdown("country", "Country", options["country"], params.country),
            _dropdown("topic", "Topic", options["topic"], params.topic),
            html.Div(className="control dates", children=[
                html.Label("Fieldwork from", htmlFor="explore-from"),
                dcc.Input(id="explore-from", type="date", value=params.date_from, className="input", debounce=True),
                html.Label([html.Span("Fieldwork ", className="visually-hidden"), "to"], htmlFor="explore-to"),
                dcc.Input(id="explore-to", type="date", value=params.date_to, className="input", debounce=True),
        ]),
        html.Div(className="control", children=[
            html.Label("Sort", htmlFor="explore-sort"),
            dcc.Dropdown(id="explore-sort", options=[{"label": v, "value": k} for k, v in queries.SORTS.items()],
                         value=params.sort, clearable=False, searchable=False),
        ]),
        html.Div(className="control wide", children=dcc.Checklist(
            id="explore-disagree", options=[{"label": "Only figures where outlets disagree", "value": "1"}],
            value=["1"] if params.disagree else [], inline=True, inputClassName="checkbox",
            labelClassName="check-label")),
        ]),
    ])
    return ui.page(
        controls,
        html.P(summary, id="explore-summary", className="summary", role="status", **{"aria-live": "polite"}),
        html.H2("Results", className="visually-hidden"),  # the result titles are h3s: no skipped heading level
        html.Div(results, id="explore-results"),
        dcc.Store(id="explore-query"),
        html.Div(id="explore-url-sink", hidden=True),
        title="Poll figures in the news",
        lead=ui.TAGLINE + " Search, filter, and open any figure to see every outlet that cited it.",
    )


@callback(
    Output("explore-results", "children"), Output("explore-summary", "children"), Output("explore-query", "data"),
    Input("explore-q", "value"), Input("explore-pollster", "value"), Input("explore-country", "value"),
    Input("explore-topic", "value"), Input("explore-from", "value"), Input("explore-to", "value"),
    Input("explore-disagree", "value"), Input("explore-sort", "value"),
    prevent_initial_call=True,
)
def update_results(q, pollster, country, topic, date_from, date_to, disagree, sort):
    """Any control change: back to page 1 with the new filters, and the URL rewritten to match."""
    params = queries.parse_explore({"q": q, "pollster": pollster, "country": country, "topic": topic,
                                    "from": date_from, "to": date_to, "disagree": "1" if disagree else "",
                                    "sort": sort})
    results, summary = results_view(params)
    return results, summary + dates_note(date_from, date_to), params.to_query()


# The phone's 'Filters' button: opens and closes the folded controls, and counts the filters set.
clientside_callback(
    """function (clicks, pollster, country, topic, from, to, disagree) {
        var count = [pollster, country, topic].reduce(function (n, v) { return n + (v ? v.length : 0); }, 0)
            + (from ? 1 : 0) + (to ? 1 : 0) + (disagree && disagree.length ? 1 : 0);
        var open = (clicks || 0) % 2 === 1;
        return [open ? "filters open" : "filters", open ? "true" : "false",
                count ? "Filters (" + count + ")" : "Filters"];
    }""",
    Output("explore-filters", "className"), Output("explore-filters-toggle", "aria-expanded"),
    Output("explore-filters-toggle", "children"),
    Input("explore-filters-toggle", "n_clicks"), Input("explore-pollster", "value"), Input("explore-country", "value"),
    Input("explore-topic", "value"), Input("explore-from", "value"), Input("explore-to", "value"),
    Input("explore-disagree", "value"),
    prevent_initial_call=True,
)


# replaceState, not dcc.Location: the pages router would otherwise re-render the page on every keystroke.
clientside_callback(
    """function (query) {
        if (query === undefined || query === null) { return window.dash_clientside.no_update; }
        var target = window.location.pathname + (query ? "?" + query : "");
        if (target !== window.location.pathname + window.location.search) {
            window.history.replaceState(window.history.state, "", target);
        }
        return "";
    }""",
    Output("explore-url-sink", "children"),
    Input("explore-query", "data"),
    prevent_initial_call=True,
)
