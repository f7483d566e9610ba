"""Embeddable charts as small standalone HTML pages (no Dash runtime, so an embed weighs little more than
plotly's basic bundle), plus the friendly 404 page. Every value placed in HTML is escaped."""

from __future__ import annotations

import json
from html import escape

from plotly.utils import PlotlyJSONEncoder

from dashboard import charts, queries
from dashboard.layout import NAV, cell_text
from dashboard.store import Package

PLOTLY_BASIC = "/assets/vendor/plotly-basic.min.js"
RESIZE_MESSAGE = "polltrace:resize"

# The parent-page half of the resizing handshake, shown to publishers on /about.
RESIZE_SNIPPET = (
    "<script>\n"
    "window.addEventListener('message', function (event) {\n"
    f"  if (!event.data || event.data.type !== '{RESIZE_MESSAGE}') return;\n"
    "  document.querySelectorAll('iframe').forEach(function (frame) {\n"
    "    if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';\n"
    "  });\n"
    "});\n"
    "</script>"
)

_EMBED_CSS = """
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;
color:#1f2933;background:#fff}figure{margin:0;padding:12px 14px}h1{font-size:17px;margin:0 0 2px;line-height:1.3}
.sub{margin:0 0 6px;color:#52606d;font-size:13px}#chart{width:100%}figcaption{font-size:12px;color:#52606d;
border-top:1px solid #e4e7eb;padding-top:6px;margin-top:4px}a{color:#0b5cad}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
white-space:nowrap}
"""

_HEIGHT_SCRIPT = (
    "(function(){var last=0;function post(){var h=Math.ceil(document.documentElement.getBoundingClientRect()"
    ".height);if(h!==last&&window.parent!==window){last=h;window.parent.postMessage({type:'" + RESIZE_MESSAGE
    + "',height:h,src:location.href},'*');}}window.addEventListener('load',post);"
    "window.addEventListener('resize',post);if(window.ResizeObserver){new ResizeObserver(post)"
    ".observe(document.body);}post();})();"
)


def _script_json(figure: dict) -> str:
    """Figure JSON safe inside a <script> element."""
    return json.dumps(figure, cls=PlotlyJSONEncoder).replace("</", "<\\/")


def _table(rows: list[dict], columns: dict[str, str], caption: str) -> str:
    head = "".join(f'<th scope="col">{escape(label)}</th>' for label in columns.values())
    body = []
    for row in rows:
        cells = "".join(f"<td>{escape(cell_text(row.get(name)))}</td>" for name in columns)
        body.append(f"<tr>{cells}</tr>")
    return (f'<div class="visually-hidden"><table><caption>{escape(caption)}</caption><thead><tr>{head}</tr>'
            f"</thead><tbody>{''.join(body)}</tbody></table></div>")


def render_embed(title: str, subtitle: str, figure: dict, table_html: str, description: str,
                 source: str, explore_url: str, data_url: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(title)} · Polltrace</title><link rel="icon" href="data:,"><style>{_EMBED_CSS}</style></head>
<body><figure><h1>{escape(title)}</h1><p class="sub">{escape(subtitle)}</p>
<div id="chart" role="img" aria-label="{escape(description)}"></div>{table_html}
<figcaption>{escape(source)} · <a href="{escape(explore_url)}" target="_blank" rel="noopener">Explore the data</a>
· <a href="{escape(data_url)}" download>Download data</a></figcaption></figure>
<script src="{PLOTLY_BASIC}"></script>
<script>var fig={_script_json(figure)};fig.layout.autosize=true;delete fig.layout.width;
Plotly.newPlot('chart',fig.data,fig.layout,{{responsive:true,displayModeBar:false}});{_HEIGHT_SCRIPT}</script>
</body></html>"""


def figure_embed(package: Package, figure_id: str, site: str) -> str | None:
    figure = queries.figure_record(package, figure_id)
    if figure is None:
        return None
    survey = queries.survey_record(package, figure["survey_id"]) or {}
    citations = queries.figure_citations(package, figure_id)
    chart = charts.citation_dots(citations, figure.get("value"), figure.get("unit"))
    table = _table(citations, {"outlet": "Outlet", "published": "Date", "value_cited": "Value cited"},
                   "What each outlet cited")
    value = queries.headline_value(figure, citations)
    subtitle = f"{value} · " + ("as published by the pollster" if figure.get("value_basis") == "primary"
                                else "as cited; no published value found")
    return render_embed(queries.figure_title(figure), subtitle, chart, table,
                        f"Dot chart of the value each outlet cited for: {queries.figure_title(figure)}",
                        queries.source_line(survey, int(figure.get("n_outlets") or 0)),
                        f"{site}/figure/{figure_id}", f"{site}/data/figure/{figure_id}.csv")


def survey_embed(package: Package, survey_id: str, site: str) -> str | None:
    survey = queries.survey_record(package, survey_id)
    if survey is None:
        return None
    figures = queries.survey_figures(package, survey_id)
    drawn = queries.chart_figures(figures)
    chart = charts.survey_bars(drawn, survey.get("margin_of_error"))
    table = _table(drawn, {"question": "Question", "answer": "Answer", "subgroup": "Group",
                             "display_value": "Value (%)"}, "Survey results")
    subtitle = queries.survey_description(survey)
    if any(row.get("disagree") for row in drawn):  # the survey page says so above its chart; an embed must too
        subtitle += " · hatched bars marked ⚠: outlets disagree about the value"
    return render_embed(f"{survey.get('pollster') or 'Survey'}: results", subtitle, chart, table,
                        "Bar chart of this survey's results by question",
                        queries.survey_source_line(package, survey, figures), f"{site}/survey/{survey_id}",
                        f"{site}/data/survey/{survey_id}.csv")


def series_embed(package: Package, figure_id: str, site: str) -> str | None:
    """The figure page's line chart: the same question across survey waves (None when there is no series)."""
    figure = queries.figure_record(package, figure_id)
    waves = queries.series(package, figure) if figure else []
    if len(waves) < 2:
        return None
    title = queries.figure_title(figure)
    table = _table(waves, {"fieldwork_end": "Fieldwork end", "pollster": "Pollster", "display_value": "Value"},
                   "Values by wave")
    subtitle = f"{len(waves)} survey waves"
    current = next((row for row in waves if row["figure_id"] == figure_id), None)
    if current:  # an embed has no page around it to say which wave the highlighted point is
        subtitle += f"; the larger orange point is {queries.fieldwork_phrase(current) or 'the wave embedded'}"
    return render_embed(title, subtitle, charts.series_line(waves, figure_id), table,
                        f"Line chart of {title} in {len(waves)} survey waves",
                        queries.series_source_line(waves), f"{site}/figure/{figure_id}",
                        f"{site}/data/figure/{figure_id}/series.csv")


def _nav_items() -> str:
    """The site's main menu, so a visitor who lands on a dead link can still go anywhere."""
    return "".join(f'<li><a href="{href}">{escape(label)}</a></li>' for label, href in NAV)


def not_found_html(message: str = "There is no page at this address.", title: str = "Not found") -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(title)} · Polltrace</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/style.css"></head>
<body><div class="site"><header class="site-header"><div class="wrap header-row"><a class="brand" href="/">
<span class="logo-dot" aria-hidden="true">●</span>Polltrace</a>
<nav aria-label="Main"><ul class="nav">{_nav_items()}</ul></nav></div></header>
<main id="main" class="wrap"><h1>{escape(title)}</h1><p>{escape(message)}</p>
<p><a class="button" href="/">Search all figures</a></p></main>
<footer class="site-footer"><div class="wrap"><p>Sources: news articles as published and pollsters' own
publications. <a href="/about">About Polltrace</a>.</p></div></footer></div></body></html>"""


def oembed(kind: str, item_id: str, title: str, site: str, maxwidth: int | None, maxheight: int | None) -> dict:
    """oEmbed 1.0 'rich' response for a figure or survey chart."""
    width = min(maxwidth or 640, 1200)
    height = min(maxheight or 440, 2000)
    src = f"{site}/embed/{kind}/{item_id}"
    frame = (f'<iframe src="{escape(src)}" title="{escape(title)}" width="{width}" height="{height}" '
             f'style="border:0;max-width:100%" loading="lazy"></iframe>')
    return {"version": "1.0", "type": "rich", "provider_name": "Polltrace", "provider_url": site + "/",
            "title": title, "html": frame, "width": width, "height": height}


def dumps(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False)
