"""Chart builders: pure functions from query rows to plotly figure specs.

They return the plotly JSON structure (what `go.Figure(...).to_plotly_json()` gives) as plain dicts: building a
validated `go.Figure` costs ~20 ms a chart on a busy core, too much for a 25 ms page budget. The unit tests pass
every spec through `plotly.graph_objects.Figure` so an invalid property still fails loudly.
"""

from __future__ import annotations

import math
import textwrap

from dashboard.queries import fieldwork_phrase, question_label

# Okabe–Ito: distinguishable with every common colour-vision deficiency; disagreement also changes the marker.
BLUE, ORANGE, VERMILLION, GREY, INK, GRID = "#0072B2", "#E69F00", "#D55E00", "#8a8a8a", "#1f2933", "#e5e7eb"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
CHART_CONFIG = {"displaylogo": False, "responsive": True,
                "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines"]}


AXIS_TITLES = {"percent": "Value cited (% of respondents)", "points": "Value cited (points)",
               "respondents": "Value cited (respondents)"}


def present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _number(value: float) -> str:
    """A value as a reader writes it (52, 79.3): plotly's own `%{x:g}` pads to six digits ("52.0000")."""
    return f"{value:g}"


def _layout(height: int, **extra) -> dict:
    return {"height": height, "margin": {"l": 10, "r": 20, "t": 10, "b": 40},
            "font": {"family": FONT, "size": 13, "color": INK}, "paper_bgcolor": "white", "plot_bgcolor": "white",
            "showlegend": False, "hoverlabel": {"font": {"family": FONT}}, **extra}


def _wrap(text: str, width: int, lines: int) -> list[str]:
    """At most `lines` lines of at most `width` characters, the cut marked with an ellipsis."""
    wrapped = textwrap.wrap(str(text), width) or [" "]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return wrapped


def _answer_label(row: dict) -> str:
    answer, subgroup = row.get("answer"), row.get("subgroup")
    group = f"({subgroup})" if subgroup and subgroup != "all" else ""
    return " ".join(part for part in (answer or "", group) if part)


# Survey bars are laid out in pixels (the y axis counts pixels from the top), with each label written above
# its bar from the left edge: the labels then fit a phone's width instead of squeezing the bars off screen.
LABEL_CHARS, LINE_PX, BAR_PX, GAP_PX = 44, 16, 20, 12


def _label(text: str, y: float, bold: bool = False) -> dict:
    return {"x": 0, "xref": "paper", "xanchor": "left", "y": y, "yref": "y", "yanchor": "top", "align": "left",
            "showarrow": False, "text": f"<b>{text}</b>" if bold else text, "font": {"size": 12}, "bgcolor": "white"}


def _bar_layout(rows: list[dict]) -> tuple[list[float], list[dict], float]:
    """(bar centres, label annotations, total height): a question written once above its answers' bars."""
    centres, annotations, y = [], [], 0.0
    for i, row in enumerate(rows):
        question = question_label(row)
        answer = _answer_label(row)
        new_question = i == 0 or question != question_label(rows[i - 1])
        if answer and new_question:
            lines = _wrap(question, LABEL_CHARS, 3)
            annotations.append(_label("<br>".join(lines), y, bold=True))
            y += len(lines) * LINE_PX + 2
        lines = _wrap(answer or question, LABEL_CHARS, 2 if answer else 3)
        annotations.append(_label("<br>".join(lines), y))
        y += len(lines) * LINE_PX + 2
        centres.append(y + BAR_PX / 2)
        y += BAR_PX + GAP_PX
    return centres, annotations, y


def survey_bars(figures: list[dict], margin_of_error: float | None) -> dict:
    """Horizontal bars grouped by question; values labelled, ± margin of error where known, disagreements marked."""
    rows = [row for row in figures if present(row.get("display_value"))]
    flagged = [bool(row.get("disagree")) for row in rows]
    values = [float(row["display_value"]) for row in rows]
    centres, annotations, total = _bar_layout(rows)
    names = [" – ".join(part for part in (question_label(row), _answer_label(row)) if part) for row in rows]
    bar = {
        "type": "bar", "orientation": "h", "x": values, "y": centres, "width": BAR_PX,
        "hovertext": [f"{name}: {_number(v)}%" for name, v in zip(names, values, strict=True)],
        "marker": {"color": [VERMILLION if d else BLUE for d in flagged],
                   "pattern": {"shape": ["/" if d else "" for d in flagged], "fgcolor": "white"}},
        "hovertemplate": "%{hovertext}<extra></extra>",
    }
    moe = float(margin_of_error) if present(margin_of_error) else 0.0
    if moe:
        bar["error_x"] = {"type": "constant", "value": moe, "color": GREY, "thickness": 1.2, "width": 4}
    # Value labels sit past the whisker (a bar's own outside text would be drawn over it).
    labels = {"type": "scatter", "mode": "text", "x": [v + moe for v in values], "y": centres,
              "text": [f"{v:g}%{' ⚠' if d else ''}" for v, d in zip(values, flagged, strict=True)],
              "textposition": "middle right", "cliponaxis": False, "hoverinfo": "skip"}
    top = max(values, default=100.0)
    layout = _layout(
        int(total) + 70, annotations=annotations,
        xaxis={"range": [0, max(10.0, top * 1.35 + moe)], "ticksuffix": "%", "gridcolor": GRID, "zeroline": True,
               "zerolinecolor": "#9aa5b1", "title": {"text": "Share of respondents", "font": {"size": 12}},
               "fixedrange": True},
        yaxis={"range": [max(total, 1.0), 0], "visible": False, "fixedrange": True},
    )
    layout["margin"] = {"l": 10, "r": 20, "t": 10, "b": 60}
    return {"data": [bar, labels], "layout": layout}


def _citation_hover(row: dict, value: float, suffix: str) -> str:
    """'Herald: 52% (“52 per cent”, 2023-08-28)', leaving out what the citation lacks."""
    details = ", ".join(part for part in (f"“{row['value_text']}”" if row.get("value_text") else "",
                                          row.get("published") or "") if part)
    outlet = row.get("outlet") or "Unknown outlet"
    return f"{outlet}: {_number(value)}{suffix}" + (f" ({details})" if details else "")


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
        "hovertext": [_citation_hover(row, value, suffix) for row, value in zip(rows, values, strict=True)],
        "hovertemplate": "%{hovertext}<extra></extra>",
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
                            "ticksuffix": suffix, "gridcolor": GRID, "automargin": True,
                            "title": {"text": AXIS_TITLES.get(unit or "", "Value cited"), "font": {"size": 12}}},
                     yaxis={"automargin": True, "categoryorder": "category descending"})
    layout["margin"] = {"l": 10, "r": 20, "t": 30, "b": 40}
    return {"data": [dots], "layout": layout}


def _wave_hover(row: dict, value: float) -> str:
    """'March 2022: 79.3% (Pollster)': fieldwork as precise as recorded (the date axis alone reads 'Mar 1, 2022')."""
    when = fieldwork_phrase(row) or "Date not recorded"
    return f"{when}: {_number(value)}%" + (f" ({row['pollster']})" if row.get("pollster") else "")


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
        "hovertext": [_wave_hover(row, value) for row, value in zip(waves, values, strict=True)],
        "hovertemplate": "%{hovertext}<extra></extra>",
    }
    top = max(values, default=100.0)
    return {"data": [line], "layout": _layout(320, yaxis={"range": [0, max(10.0, top * 1.25)], "ticksuffix": "%",
                                                        "gridcolor": GRID, "automargin": True,
                                                        "title": {"text": "Share of respondents",
                                                                  "font": {"size": 12}}},
                                              xaxis={"gridcolor": "#f1f3f5", "type": "date", "automargin": True,
                                                     "title": {"text": "End of fieldwork", "font": {"size": 12}}})}
