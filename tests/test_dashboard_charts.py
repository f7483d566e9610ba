"""Chart builders: the right marks for the rows, and specs that plotly itself accepts."""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard import charts

FIGURES = [
    {"figure_id": "f1", "question": "Trust the government", "answer": "Yes", "subgroup": "all",
     "display_value": 43.0, "disagree": False},
    {"figure_id": "f2", "question": "Trust the government", "answer": "No", "subgroup": "women",
     "display_value": 50.0, "disagree": True},
    {"figure_id": "f3", "question": "Trust the government", "answer": "Unsure", "subgroup": "all",
     "display_value": float("nan"), "disagree": False},
]
CITATIONS = [
    {"outlet": "Example Herald", "value_cited": 5.0, "value_text": "5 per cent", "published": "2022-06-20",
     "disagrees": False},
    {"outlet": "Morning Sample", "value_cited": 4.0, "value_text": "4%", "published": "2022-06-21",
     "disagrees": True},
]


def bar_labels(spec: dict) -> list[str]:
    return [annotation["text"] for annotation in spec["layout"]["annotations"]]


def test_survey_bars_label_values_and_show_margin_of_error():
    spec = charts.survey_bars(FIGURES, 3.5)
    figure = go.Figure(spec)  # raises if any property is invalid
    bar = figure.data[0]
    assert list(bar.x) == [43.0, 50.0]  # the figure without a value is not drawn
    assert bar_labels(spec) == ["<b>Trust the government</b>", "Yes", "No (women)"]  # the question once
    labels = figure.data[1]
    assert labels.text == ("43%", "50% ⚠") and list(labels.y) == list(bar.y)
    assert list(labels.x) == [46.5, 53.5]  # past the whisker, not over it
    assert bar.error_x.value == 3.5
    assert bar.marker.color == (charts.BLUE, charts.VERMILLION)
    assert figure.layout.xaxis.title.text == "Share of respondents" and figure.layout.xaxis.ticksuffix == "%"
    assert "error_x" not in charts.survey_bars(FIGURES, None)["data"][0]


def test_survey_bar_labels_sit_above_their_bars_and_fit_a_phone():
    """Each label is written above its own bar from the left edge, wrapped short: nothing is pushed off a
    narrow screen, and bars never share a row."""
    long_question = "How much do you trust the national government to handle the economy over the next year " * 3
    rows = [{"question": long_question, "answer": None, "subgroup": "all", "display_value": v, "disagree": False}
            for v in (61.0, 48.0)]
    spec = charts.survey_bars(rows, None)
    go.Figure(spec)
    centres, labels = spec["data"][0]["y"], spec["layout"]["annotations"]
    assert centres[0] < centres[1] and centres[1] - centres[0] >= charts.BAR_PX
    for label, centre in zip(labels, centres, strict=True):
        lines = label["text"].split("<br>")
        assert len(lines) <= 3 and all(len(line) <= charts.LABEL_CHARS for line in lines)
        assert lines[-1].endswith("…")
        assert label["xref"] == "paper" and label["x"] == 0 and label["y"] < centre - charts.BAR_PX / 2
    plot_height = spec["layout"]["height"] - spec["layout"]["margin"]["t"] - spec["layout"]["margin"]["b"]
    assert spec["layout"]["yaxis"]["range"] == [plot_height, 0]  # one y unit is one pixel


def test_citation_dots_mark_disagreement_and_published_value():
    figure = go.Figure(charts.citation_dots(CITATIONS, 4.6, "percent"))
    dots = figure.data[0]
    assert list(dots.x) == [5.0, 4.0] and list(dots.y) == ["Example Herald", "Morning Sample"]
    assert dots.marker.symbol == ("circle", "diamond")
    assert dots.marker.color == (charts.BLUE, charts.VERMILLION)
    (line,) = figure.layout.shapes
    assert line.x0 == line.x1 == 4.6
    assert figure.layout.annotations[0].text == "published 4.6%"
    assert not go.Figure(charts.citation_dots(CITATIONS, None)).layout.shapes


def test_series_line_highlights_the_current_wave():
    waves = [{"figure_id": "a", "fieldwork_end": "2022-06-17", "display_value": 43.0, "pollster": "N"},
             {"figure_id": "b", "fieldwork_end": "2023-01-20", "display_value": 40.0, "pollster": "N"}]
    line = go.Figure(charts.series_line(waves, "b")).data[0]
    assert list(line.y) == [43.0, 40.0] and line.text == ("43%", "40%")
    assert line.marker.color == (charts.BLUE, charts.ORANGE)


def test_every_chart_names_its_axes_with_units():
    dots = go.Figure(charts.citation_dots(CITATIONS, 4.6, "percent")).layout
    assert dots.xaxis.title.text == "Value cited (% of respondents)" and dots.xaxis.ticksuffix == "%"
    assert go.Figure(charts.citation_dots(CITATIONS, None, "respondents")).layout.xaxis.title.text == \
        "Value cited (respondents)"
    waves = [{"figure_id": "a", "fieldwork_end": "2022-06-17", "display_value": 43.0},
             {"figure_id": "b", "fieldwork_end": "2023-01-20", "display_value": 40.0}]
    line = go.Figure(charts.series_line(waves, "b")).layout
    assert line.xaxis.title.text == "End of fieldwork"
    assert line.yaxis.title.text == "Share of respondents" and line.yaxis.ticksuffix == "%"
