"""/check — the editors' desk: paste a draft, see every survey figure in it checked against the dataset.

The verdict logic is etl.desk (shared with `python -m etl check`); this module only renders it. Drafts
are never stored: the text goes from the form to the callback and back. Everything shown is built from
Dash components, which render strings as text, so a draft cannot inject HTML.
"""

from __future__ import annotations

import logging
from functools import cache

import dash
from dash import Input, Output, State, callback, dcc, html

from dashboard import layout as shell
from dashboard.store import get_package
from etl.desk import (
    MAX_DRAFT_BYTES,
    VERDICTS,
    Verdict,
    check_citations,
    draft_too_large,
    line_col,
    summarize,
    summary_sentence,
)
from etl.desk_data import Dataset, date_bounds, read_pollsters
from etl.ingest import Article

dash.register_page(__name__, path="/check", name="Check a draft", title="Check a draft · Polltrace",
                   description="Paste a draft and get every survey figure in it checked against the dataset.")

LOG = logging.getLogger(__name__)
TONE = {"match": "good", "rounding": "good", "differs": "bad", "conflict": "warn", "unknown": "muted",
        "unattributed": "warn"}
COLOURS = {"good": "#d9f2e3", "bad": "#fbd9d9", "warn": "#fdf0c8", "muted": "#e8e8ee"}
LEGEND = {
    "match": "matches the pollster's published value (or what every other outlet cites)",
    "rounding": "within rounding of the published value",
    "differs": "differs from the published value",
    "conflict": "no published value known, and other outlets cite a different number",
    "unknown": "survey or question not in the dataset (the best candidate is shown when there is one)",
    "unattributed": "no pollster or date in the draft",
}


def layout(**_query) -> html.Main:
    return shell.page(
        html.Div(className="check-form", children=[
            html.Label("Draft text", htmlFor="check-draft", className="field-label"),
            dcc.Textarea(id="check-draft", placeholder="Paste the draft here…", className="check-textarea",
                         style={"width": "100%", "minHeight": "16em"}),
            html.P(f"Up to {MAX_DRAFT_BYTES // 1024} KB of text. Drafts are checked and forgotten: nothing is stored.",
                   className="small muted"),
            html.Label("Publication date (optional, YYYY-MM-DD)", htmlFor="check-published", className="field-label"),
            dcc.Input(id="check-published", type="text", placeholder="YYYY-MM-DD", debounce=False,
                      className="input check-date", autoComplete="off"),
            html.Button("Check the draft", id="check-submit", n_clicks=0, className="button"),
        ]),
        dcc.Loading(html.Div(id="check-result", **{"aria-live": "polite"}), delay_show=150,
                    custom_spinner=html.P("Checking the draft…", id="check-loading", className="loading-note",
                                          role="status")),
        shell.section("What the marks mean", html.Ul(className="check-legend", children=[
            html.Li([_mark(code), " ", text]) for code, text in LEGEND.items()
        ])),
        title="Check a draft",
        lead="Paste a draft to check every survey figure in it against the pollsters' published values and "
             "what other outlets cite. Each mark links to the figure's page.",
    )


@callback(Output("check-result", "children"), Input("check-submit", "n_clicks"),
          State("check-draft", "value"), State("check-published", "value"), prevent_initial_call=True)
def check_draft(_clicks, text, published):
    """The editor always gets an answer: an unexpected failure is logged and shown as a plain sentence."""
    try:
        return render_check(text or "", (published or "").strip() or None)
    except Exception:
        LOG.exception("checking a draft failed")
        return [_alert("Sorry, this draft could not be checked because of a fault on our side. "
                       "Please try again; if it keeps happening, tell us which draft it was.")]


def render_check(text: str, published: str | None) -> list:
    """The result panel for a draft: summary, the draft with marked figures, the list of verdicts."""
    if not text.strip():
        return [_alert("Paste a draft first.")]
    if message := draft_too_large(text):
        return [_alert(message)]
    if published and date_bounds(published) is None:
        return [_alert(f"“{published}” is not a date: write the publication date as YYYY-MM-DD, or leave it empty.")]
    from etl.extract import extract_article  # the extractor is only needed once a draft arrives

    article = Article(id="draft", text=text, published=published)
    verdicts = check_citations(extract_article(article), dataset(), text=text, published=published,
                               draft_sha256=article.text_sha256)
    return [_summary(verdicts), annotated_draft(text, verdicts), _verdict_list(text, verdicts)]


@cache
def dataset() -> Dataset:
    """The desk's view of the package this worker serves (built once from the tables already loaded)."""
    package = get_package()
    records = {name: _records(package.tables[name]) for name in ("figures", "surveys", "citations", "sources")}
    return Dataset.from_records(records["figures"], records["surveys"], records["citations"], records["sources"],
                                read_pollsters(package.folder))


def _records(frame) -> list[dict]:
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def annotated_draft(text: str, verdicts: list[Verdict]) -> html.Div:
    """The draft as written, each checked figure highlighted with its mark beside it."""
    children, at = [], 0
    for v in verdicts:
        if v.start < at:
            continue  # overlapping mentions: the first one is shown
        children.append(text[at:v.start])
        highlight = html.Mark(text[v.start:v.end], style={"background": COLOURS[TONE[v.verdict]], "padding": "0 .15em"})
        children.append(html.Span([highlight, _mark(v.verdict, v)], className=f"check-figure verdict-{v.verdict}",
                                  **{"data-verdict": v.verdict}))
        at = v.end
    children.append(text[at:])
    draft = html.Div(children, id="check-annotated", className="check-draft",
                     style={"whiteSpace": "pre-wrap", "lineHeight": "1.8"})
    return shell.section("Your draft, checked", draft)


def _mark(code: str, verdict: Verdict | None = None):
    symbol, label = VERDICTS[code]
    style = {"background": COLOURS[TONE[code]], "borderRadius": "3px", "padding": "0 .3em", "marginLeft": ".2em",
             "fontWeight": "bold", "textDecoration": "none"}
    if verdict is None:
        return html.Span(symbol, className=f"verdict-mark verdict-{code}", style=style, title=label)
    title = f"{label}: {verdict.message}"
    if href := _page_of(verdict):
        return html.A(symbol, href=href, className=f"verdict-mark verdict-{code}",
                      style=style, title=title, **{"aria-label": title})
    return html.Span(symbol, className=f"verdict-mark verdict-{code}", style=style, title=title,
                     role="img", **{"aria-label": title})


def _page_of(verdict: Verdict) -> str | None:
    """The figure's page; for a survey's published sample size or margin, which has none, the survey's."""
    if verdict.figure_id:
        return f"/figure/{verdict.figure_id}"
    return f"/survey/{verdict.survey_id}" if verdict.survey_id else None


def _summary(verdicts: list[Verdict]) -> html.Div:
    counts = summarize(verdicts)
    badges = [html.Span([_mark(code), f" {counts[code]} {VERDICTS[code][1]}"], className="check-count")
              for code in VERDICTS if counts[code]]
    tone = "check-summary problems" if counts["problems"] else "check-summary"
    return html.Div(id="check-summary", className=tone, **{"data-figures": str(counts["figures"]),
                                                          "data-problems": str(counts["problems"])}, children=[
        html.P(html.Strong(summary_sentence(verdicts))),
        html.P(badges, className="check-counts") if badges else None,
    ])


def _verdict_list(text: str, verdicts: list[Verdict]):
    if not verdicts:
        return None
    items = []
    for v in verdicts:
        line, col = line_col(text, v.start)
        items.append(html.Li(className=f"check-verdict verdict-{v.verdict}", **{"data-verdict": v.verdict}, children=[
            _mark(v.verdict, v), " ", html.Strong(f"“{v.value_text}”"), f" (line {line}, column {col}): ",
            v.message, " ",
            dcc.Link("Figure page" if v.figure_id else "Survey page", href=href, className="figure-link")
            if (href := _page_of(v)) else None,
            html.P(f"Matched on: {v.why}.", className="small muted") if v.why and v.verdict != "unknown" else None,
        ]))
    return shell.section("Every figure", html.Ol(id="check-verdicts", className="check-verdicts", children=items))


def _alert(message: str) -> html.P:
    return html.P(message, id="check-error", className="check-error", role="alert")
