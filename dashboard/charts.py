"""Chart builders: pure functions from query rows to plotly figure specs.

They return the plotly JSON structure (what `go.Figure(...).to_plotly_json()` gives) as plain dicts: building a
validated `go.Figure` costs ~20 ms a chart on a busy core, too much for a 25 ms page budget. The unit tests pass
every spec through `plotly.graph_objects.Figure` so an invalid property still fails loudly.
"""

from __future__ import annotations

import math
import textwrap

# Okabe–Ito: distinguishable with every common colour-vision deficiency; disagreement also changes the marker.
BLUE, ORANGE, VERMILLION, GREY, INK, GRID = "#0072B2", "#E69F00", "#D55E00", "#8a8a8a", "#1f2933", "#e5e7eb"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
CHART_CONFIG = {"displaylogo": False, "responsive": True,
                "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"]}


def present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _layout(height: int, **extra) -> dict:
    return {"height": height, "margin": {"l": 10, "r": 20, "t": 10, "b": 40},
            "font": {"family": FONT, "size": 13, "color": INK}, "paper_bgcolor": "white", "plot_bgcolor": "white",
            "showlegend": False, "hoverlabel": {"font": {"family": FONT}}, **extra}


def _wrap(text: str, width: int = 22) -> str:
    return "<br>".join(textwrap.wrap(str(text), width)[:3]) or " "


def _answer_label(row: dict) -> str:
    answer, subgroup = row.get("answer") or "–", row.get("subgroup")
    return answer if not subgroup or subgroup == "all" else f"{answer} ({subgroup})"


def _bar_labels(rows: list[dict]) -> tuple[list[str], list[str]]:
    """(question, answer) axis labels, made unique: plotly draws bars with equal labels on top of each other."""
    questions = [_wrap(row.get("question") or "Question not recorded") for row in rows]
    answers, seen = [], {}
    for question, row in zip(questions, rows, strict=True):
        answer = _answer_label(row)
        seen[(question, answer)] = seen.get((question, answer), 0) + 1
        answers.append(answer if seen[(question, answer)] == 1 else f"{answer} ({seen[(question, answer)]})")
    return questions, answers


def survey_bars(figures: list[dict], margin_of_error: float | None) -> dict:
    """Horizontal bars grouped by question; values labelled, ± margin of error where known, disagreements marked."""
    rows = [row for row in figures if present(row.get("display_value"))]
    flagged = [bool(row.get("disagree")) for row in rows]
    values = [float(row["display_value"]) for row in rows]
    labels_y = list(_bar_labels(rows))
    bar = {
        "type": "bar", "orientation": "h", "x": values, "y": labels_y,
        "marker": {"color": [VERMILLION if d else BLUE for d in flagged],
                   "pattern": {"shape": ["/" if d else "" for d in flagged], "fgcolor": "white"}},
        "hovertemplate": "%{y}: %{x:g}%<extra></extra>",
    }
    moe = float(margin_of_error) if present(margin_of_error) else 0.0
    if moe:
        bar["error_x"] = {"type": "constant", "value": moe, "color": GREY, "thickness": 1.2, "width": 4}
    # Value labels sit past the whisker (a bar's own outside text would be drawn over it).
    labels = {"type": "scatter", "mode": "text", "x": [v + moe for v in values], "y": labels_y,
              "text": [f"{v:g}%{' ⚠' if d else ''}" for v, d in zip(values, flagged, strict=True)],
              "textposition": "middle right", "cliponaxis": False, "hoverinfo": "skip"}
    top = max(values, default=100.0)
    return {"data": [bar, labels], "layout": _layout(
        max(160, 46 * len(rows) + 60),
        xaxis={"range": [0, max(10.0, top * 1.35 + moe)], "ticksuffix": "%", "gridcolor": GRID, "zeroline": True,
               "zerolinecolor": "#9aa5b1"},
        yaxis={"autorange": "reversed", "automargin": True, "tickfont": {"size": 12}},
    )}


def citation_dots(citations: list[dict], published: float | None, unit: str | None = "percent") -> dict:
    """One dot per citation: what each outlet cited; the published value as a dashed reference line."""
    rows = [row for row in citations if present(row.get("value_cited"))]
    flagged = [bool(row.get("disagrees")) for row in rows]
    values = [float(row["value_cited"]) for row in rows]
    suffix = "%" if unit == "percent" else ""
    dots = {
        "type": "scatter", "mode": "markers", "x": values, "y": [row.get("outlet") or "Unknown outlet" for row in rows],
        "marker": {"size": 14, "color": [VERMILLION if d else BLUE for d in flagged],
                   "symbol": ["diamond" if d else "circle" for d in flagged], "line": {"width": 1, "color": "white"}},
        "customdata": [[row.get("value_text") or "", row.get("published") or ""] for row in rows],
        "hovertemplate": "%{y}: %{x:g}" + suffix + " (“%{customdata[0]}”, %{customdata[1]})<extra></extra>",
    }
    has_reference = present(published)
    span = values + ([float(published)] if has_reference else [])
    low, high = (min(span), max(span)) if span else (0.0, 100.0)
    pad = max(2.0, (high - low) * 0.25)
    shapes, annotations = [], []
    if has_reference:
        shapes.append({"type": "line", "xref": "x", "yref": "paper", "x0": published, "x1": published, "y0": 0,
                       "y1": 1, "line": {"color": INK, "dash": "dash", "width": 1.5}})
        annotations.append({"x": published, "y": 1, "xref": "x", "yref": "paper", "yanchor": "bottom",
                            "showarrow": False, "text": f"published {published:g}{suffix}", "font": {"size": 12}})
    outlets = len({row.get("outlet") for row in rows})
    layout = _layout(max(140, 34 * outlets + 80), shapes=shapes, annotations=annotations,
                     xaxis={"range": [max(0.0, low - pad) if unit == "percent" else low - pad, high + pad],
                            "ticksuffix": suffix, "gridcolor": GRID},
                     yaxis={"automargin": True, "categoryorder": "category descending"})
    layout["margin"] = {"l": 10, "r": 20, "t": 30, "b": 40}
    return {"data": [dots], "layout": layout}


def series_line(waves: list[dict], current_figure_id: str) -> dict:
    """The same question across waves, by fieldwork date; the wave on this page highlighted in orange."""
    current = [row.get("figure_id") == current_figure_id for row in waves]
    values = [float(row["display_value"]) for row in waves]
    line = {
        "type": "scatter", "mode": "lines+markers+text",
        "x": [row.get("fieldwork_end") or row.get("fieldwork_start") for row in waves], "y": values,
        "line": {"color": BLUE, "width": 2},
        "marker": {"size": [13 if c else 8 for c in current], "color": [ORANGE if c else BLUE for c in current]},
        "text": [f"{v:g}%" for v in values], "textposition": "top center",
        "customdata": [row.get("pollster") or "" for row in waves],
        "hovertemplate": "%{x}: %{y:g}% (%{customdata})<extra></extra>",
    }
    top = max(values, default=100.0)
    return {"data": [line], "layout": _layout(300, yaxis={"range": [0, max(10.0, top * 1.25)], "ticksuffix": "%",
                                                        "gridcolor": GRID, "automargin": True},
                                              xaxis={"gridcolor": "#f1f3f5", "type": "date"})}
