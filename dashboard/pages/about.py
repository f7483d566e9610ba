"""`/about`: how figures are found and checked, downloads, licence, citing, and embedding for publishers."""

from __future__ import annotations

import dash
from dash import dcc, html

from dashboard import embed
from dashboard import layout as ui
from dashboard.store import TABLES

dash.register_page(__name__, path="/about", title="About · Polltrace", name="About")


def layout(**_query) -> html.Main:
    site = ui.site_url()
    licence_name, licence_url = ui.licence()
    return ui.page(
        ui.section(
            "How figures are found",
            html.P("Polltrace reads news articles and finds every survey figure they cite: shares of respondents "
                   "(“43 per cent”, “one in five”), changes in points, sample sizes and margins of error. Each "
                   "mention is tied to the survey that produced it (pollster, sponsor, population, fieldwork "
                   "dates) and to the question and answer it reports, so every article citing the same number "
                   "points at the same figure."),
            html.P("Where the pollster published its own results, the figure carries that published value; "
                   "otherwise the value comes from the citations and is marked as such."),
        ),
        ui.section(
            "How figures are checked",
            html.Ul([
                html.Li("Outlets cite different values for one figure (beyond rounding: a cited 5% agrees with a "
                        "published 4.6%, a cited 4% does not)."),
                html.Li("A cited value differs from the pollster's published value."),
                html.Li("The answers to one question add up to more than 100%, or a share lies outside 0–100."),
                html.Li("A stated change (“up 5 points”) disagrees with the values of the two waves."),
                html.Li("A margin of error is implausible for the sample size (about 98/√n for a simple random "
                        "sample)."),
                html.Li("A figure has no identifiable pollster or fieldwork date."),
            ]),
        ),
        ui.section(
            "Download the data",
            html.P(["Every table as CSV or JSON, and the whole Frictionless Data Package as a ",
                    html.A("zip", href="/data/package.zip"), " (", html.A("descriptor", href="/data/datapackage.json"),
                    "). Every chart and table also has CSV and JSON links with exactly the rows behind it, at a "
                    "permanent address, and Explore offers every figure matching a search. Text cells beginning "
                    "with = + - or @ are prefixed with an apostrophe so "
                    "spreadsheets do not run them as formulas."]),
            html.Ul([html.Li([html.Code(name), ": ", html.A("CSV", href=f"/data/{name}.csv"), " · ",
                              html.A("JSON", href=f"/data/{name}.json")]) for name in TABLES]),
        ),
        ui.section(
            "Licence and how to cite",
            html.P(["The data are published under ", html.A(licence_name, href=licence_url, rel="license"),
                    ". Cite as: “Polltrace, poll figures in the news, traced to their surveys and sources”, with "
                    "the address of the page or download you used and the date you retrieved it. The articles "
                    "remain their publishers'; Polltrace stores only facts about them (links, numbers, dates)."]),
        ),
        ui.section(
            "Embedding charts",
            html.P("Every chart page has an “Embed” button with iframe code. Embeds fit the width of their "
                   "container and send their height to the parent page; add this snippet once to the page that "
                   "hosts them so each frame grows to fit its chart:"),
            html.Pre(embed.RESIZE_SNIPPET, className="code"),
            html.P(["CMSs that support oEmbed can embed by URL: ",
                    html.Code(f"{site}/oembed?url={site}/figure/<id>"), " answers oEmbed 1.0 JSON, and every "
                    "figure and survey page names that address in a ", html.Code('<link rel="alternate">'),
                    " so a CMS can find it from the page's own address."]),
            id="embedding",
        ),
        html.P(dcc.Link("Start exploring", href="/", className="button")),
        title="About Polltrace",
        lead=ui.TAGLINE,
    )
