"""Pure query functions over a loaded Package: what each page and download shows, without any Dash."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

import numpy as np
import pandas as pd

from dashboard.store import NUMERIC, ROUNDING_TOLERANCE, Package, records, series_key

MAX_QUERY_CHARS = 200
MAX_TERMS = 8
MAX_FACET_VALUES = 20
MAX_FACET_CHARS = 120
PAGE_SIZE = 20
MAX_SERIES_WAVES = 60
ID_PATTERN = re.compile(r"^[0-9a-f]{8,64}$")
NO_ROWS = np.empty(0, dtype=np.int64)
EPOCH = date(1970, 1, 1)
RESULT_COLUMNS = ["figure_id", "survey_id", "question", "answer", "subgroup", "unit", "display_value", "pollster",
                  "population", "sample_size", "geography", "fieldwork_start", "fieldwork_end", "date_precision",
                  "topic", "disagree", "n_citations"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SORTS = {"newest": "Newest fieldwork first", "oldest": "Oldest fieldwork first", "most_cited": "Most cited first"}


def valid_id(value: object) -> bool:
    return isinstance(value, str) and bool(ID_PATTERN.match(value))


# --- Explore -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExploreParams:
    """The Explore view's state, as carried in the URL. Anything malformed falls back to the default."""

    q: str = ""
    pollster: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    disagree: bool = False
    page: int = 1
    sort: str = "newest"

    def to_query(self) -> str:
        """The URL query string for this state (defaults left out, so shared links stay short)."""
        pairs: list[tuple[str, str]] = []
        if self.q:
            pairs.append(("q", self.q))
        pairs += [("pollster", v) for v in self.pollster]
        pairs += [("country", v) for v in self.country]
        pairs += [("topic", v) for v in self.topic]
        if self.date_from:
            pairs.append(("from", self.date_from))
        if self.date_to:
            pairs.append(("to", self.date_to))
        if self.disagree:
            pairs.append(("disagree", "1"))
        if self.sort != "newest":
            pairs.append(("sort", self.sort))
        if self.page > 1:
            pairs.append(("page", str(self.page)))
        return urlencode(pairs)


def _values(raw: object) -> list[str]:
    if raw is None:
        return []
    items = raw if isinstance(raw, list | tuple) else [raw]
    return [str(item) for item in items if item is not None]


def _clean_text(raw: object, limit: int) -> str:
    values = _values(raw)
    text = values[-1] if values else ""
    return " ".join(text.split())[:limit]


def _clean_facet(raw: object) -> tuple[str, ...]:
    out: list[str] = []
    for value in _values(raw)[:MAX_FACET_VALUES]:
        value = value.strip()[:MAX_FACET_CHARS]
        if value and value not in out:
            out.append(value)
    return tuple(out)


def _clean_date(raw: object) -> str:
    text = _clean_text(raw, 10)
    try:
        return date.fromisoformat(text).isoformat() if len(text) == 10 else ""
    except ValueError:
        return ""


def _clean_int(raw: object, default: int, low: int, high: int) -> int:
    text = _clean_text(raw, 9)
    return min(max(int(text), low), high) if text.isdigit() else default


def dates_inverted(date_from: object, date_to: object) -> bool:
    """Is a fieldwork range given backwards ("from" after "to")? It would match nothing, so Explore swaps it."""
    start, end = _clean_date(date_from), _clean_date(date_to)
    return bool(start and end and start > end)


def parse_explore(params: dict[str, object]) -> ExploreParams:
    """Explore state from URL query parameters (each a string or a list of strings); never raises.
    A backwards fieldwork range is read the right way round."""
    sort = _clean_text(params.get("sort"), 20)
    disagree = _clean_text(params.get("disagree"), 5).lower() in {"1", "true", "yes", "on"}
    date_from, date_to = _clean_date(params.get("from")), _clean_date(params.get("to"))
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    return ExploreParams(
        q=_clean_text(params.get("q"), MAX_QUERY_CHARS),
        pollster=_clean_facet(params.get("pollster")),
        country=_clean_facet(params.get("country")),
        topic=_clean_facet(params.get("topic")),
        date_from=date_from,
        date_to=date_to,
        disagree=disagree,
        page=_clean_int(params.get("page"), 1, 1, 100_000),
        sort=sort if sort in SORTS else "newest",
    )


def search_terms(query: str) -> list[str]:
    return [term for term in query.lower().split() if term][:MAX_TERMS]


def _day_number(iso: str) -> int:
    return (date.fromisoformat(iso) - EPOCH).days


def filter_mask(package: Package, params: ExploreParams) -> np.ndarray:
    """Boolean mask over the package's figures for the search text and facets."""
    mask = np.ones(package.n_figures, dtype=bool)
    for term in search_terms(params.q):
        mask &= package.search.match(term)
    for name in ("pollster", "country", "topic"):
        chosen = getattr(params, name)
        if chosen:
            mask &= package.facets[name].mask(chosen)
    # A survey is in the date range when its fieldwork overlaps it; undated surveys drop out of dated searches.
    if params.date_from:
        mask &= package.last_day >= _day_number(params.date_from)
    if params.date_to:
        mask &= package.first_day <= _day_number(params.date_to)
    if params.disagree:
        mask &= package.fig["disagree"]
    return mask


@dataclass(frozen=True)
class ExploreResult:
    total: int
    surveys: int
    citations: int
    page: int
    pages: int
    rows: list[dict]


def explore(package: Package, params: ExploreParams, page_size: int = PAGE_SIZE) -> ExploreResult:
    """One page of matching figures (with their sources) plus the counts over all matches."""
    mask = filter_mask(package, params)
    order = package.order[params.sort]
    matches = order[mask[order]]  # already sorted: no per-request sort
    total = len(matches)
    pages = max(1, math.ceil(total / page_size))
    page = min(params.page, pages)
    rows = records(package.fig, matches[(page - 1) * page_size: page * page_size], RESULT_COLUMNS)
    for row in rows:
        row["sources"] = figure_sources(package, row["figure_id"])
    codes = package.survey_code[mask]
    surveys = int(np.count_nonzero(np.bincount(codes[codes >= 0]))) if total else 0  # -1: survey not identified
    citations = int(package.fig["n_citations"][mask].sum())
    return ExploreResult(total=total, surveys=surveys, citations=citations, page=page, pages=pages, rows=rows)


def facet_options(package: Package) -> dict[str, list[dict]]:
    """Dropdown options with the number of figures each would show."""
    options = {}
    for name, counts in package.facet_counts.items():
        ordered = package.topics if name == "topic" else sorted(counts)
        options[name] = [{"label": f"{value} ({counts[value]:,})", "value": value}
                         for value in ordered if counts.get(value)]
    return options


# --- Figures, surveys, sources -------------------------------------------------------------------------------


def figure_record(package: Package, figure_id: str) -> dict | None:
    pos = package.figure_pos.get(figure_id) if isinstance(figure_id, str) else None
    return None if pos is None else records(package.fig, [pos])[0]


def figure_citations(package: Package, figure_id: str) -> list[dict]:
    """Every citation of a figure with its outlet, date and link; oldest first (the load order)."""
    return records(package.cit, package.citation_rows.get(figure_id, NO_ROWS))


def figure_sources(package: Package, figure_id: str) -> list[dict]:
    """Distinct articles (outlet, url, date) that cite a figure, for result lists."""
    rows = package.citation_rows.get(figure_id, NO_ROWS)
    seen: dict[str, dict] = {}
    for source_id, outlet, url, published in zip(package.cit["source_id"][rows], package.cit["outlet"][rows],
                                                 package.cit["url"][rows], package.cit["published"][rows], strict=True):
        seen.setdefault(source_id, {"source_id": source_id, "outlet": outlet, "url": url, "published": published})
    return list(seen.values())


def checks_for(package: Package, *, figure_id: str | None = None, survey_id: str | None = None) -> list[dict]:
    rows = NO_ROWS
    if figure_id:
        rows = package.checks_by_figure.get(figure_id, NO_ROWS)
    elif survey_id:
        rows = package.checks_by_survey.get(survey_id, NO_ROWS)
    unique: dict[str, dict] = {}
    for check in records(package.checks, rows):
        unique.setdefault(check.get("message") or check.get("check") or "", check)
    return list(unique.values())


def series(package: Package, figure: dict) -> list[dict]:
    """The same question and answer across survey waves, by fieldwork date (empty when there is no series).

    Long series keep their most recent MAX_SERIES_WAVES waves, so a page's cost stays bounded.
    """
    rows = package.series_figures.get(series_key(figure), NO_ROWS)
    rows = rows[np.argsort(package.last_day[rows], kind="stable")][-MAX_SERIES_WAVES:]
    return [row for row in records(package.fig, rows) if _present(row["display_value"])]


def survey_record(package: Package, survey_id: str) -> dict | None:
    return package.surveys_by_id.get(survey_id) if isinstance(survey_id, str) else None


def survey_figures(package: Package, survey_id: str) -> list[dict]:
    rows = records(package.fig, package.survey_figures.get(survey_id, NO_ROWS))
    return sorted(rows, key=lambda row: (row["question"] or "", row["answer"] or "", row["subgroup"] or ""))


def sibling_figures(package: Package, figure: dict, limit: int = 8) -> tuple[list[dict], int]:
    """The survey's other figures (other answers to the same question first): context for a figure whose question
    is one word ("rather no"). Returns at most `limit` of them and how many there are in all."""
    others = [row for row in survey_figures(package, figure.get("survey_id") or "")
              if row["figure_id"] != figure["figure_id"]]
    # Stable: keeps the survey order; a cited sample size or margin of error comes after the answers.
    others.sort(key=lambda row: (row["question_id"] != figure.get("question_id"), is_survey_detail(row)))
    return others[:limit], len(others)


def source_record(package: Package, source_id: str) -> dict | None:
    pos = package.source_pos.get(source_id) if isinstance(source_id, str) else None
    return None if pos is None else records(package.src, [pos])[0]


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def verdict(citation: dict, figure: dict) -> tuple[str, str]:
    """(short verdict, css tone) for one citation of a figure: what an editor needs to know at a glance."""
    published = figure.get("value")
    cited = citation.get("value_cited")
    if not _present(cited):
        return ("No value", "neutral")
    if _present(published):
        gap = cited - published
        if abs(gap) <= ROUNDING_TOLERANCE + 1e-9:
            return ("Matches the published value", "ok")
        unit = {"percent": "point", "points": "point", "respondents": "respondent"}.get(figure.get("unit"), "")
        plural = "" if abs(gap) == 1 or not unit else "s"
        return (f"Differs from the published {published:g} by {abs(gap):g} {unit}{plural}".rstrip(), "bad")
    if citation.get("disagrees"):
        return ("Other outlets cite a different value", "bad")
    if figure.get("n_citations") == 1:  # nothing to agree with
        return ("The only citation; no published value", "neutral")
    return ("Agrees with other citations; no published value", "neutral")


def source_citations(package: Package, source_id: str) -> list[dict]:
    """Every figure cited in one article, each with its verdict, in text order."""
    rows = records(package.cit, package.source_citations.get(source_id, NO_ROWS))
    out = []
    for citation in sorted(rows, key=lambda row: row["char_start"] if _present(row["char_start"]) else math.inf):
        figure = figure_record(package, citation["figure_id"]) or {}
        label, tone = verdict(citation, figure)
        out.append({**citation, "figure": figure, "verdict": label, "tone": tone})
    return out


def context_sentence(text: str, start: int, end: int, limit: int = 400) -> tuple[str, str, str] | None:
    """(before, cited span, after) of the sentence holding text[start:end], or None if offsets don't fit.

    Sentences longer than `limit` are cut around the span, and the cut is marked with an ellipsis.
    """
    if not text or start is None or end is None or not (0 <= start < end <= len(text)):
        return None
    left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    first, last = max(left, start - limit // 2), min(right, end + limit // 2)
    before = ("…" if first > left else "") + text[first:start].lstrip()
    after = text[end:last].rstrip() + ("…" if last < right else "")
    return before, text[start:end], after


# --- Lines for embeds and titles -----------------------------------------------------------------------------


def fieldwork_phrase(survey: dict) -> str:
    """'6–17 June 2022', 'June 2022', '2022' — as precise as the data allows."""
    start, end = survey.get("fieldwork_start"), survey.get("fieldwork_end")
    start, end = _parse_date(start), _parse_date(end)
    if not start and not end:
        return ""
    start = start or end
    end = end or start
    precision = survey.get("date_precision") or "day"
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == "month":
        if start.replace(day=1) == end.replace(day=1):
            return start.strftime("%B %Y")
        return f"{start.strftime('%B %Y')} – {end.strftime('%B %Y')}"
    if start == end:
        return f"{start.day} {start.strftime('%B %Y')}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end.strftime('%B %Y')}"
    if start.year == end.year:
        return f"{start.day} {start.strftime('%B')} – {end.day} {end.strftime('%B %Y')}"
    return f"{start.day} {start.strftime('%B %Y')} – {end.day} {end.strftime('%B %Y')}"


def _parse_date(value: object) -> date | None:
    text = str(value or "")
    for candidate in (text, text + "-01", text + "-01-01"):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def survey_description(survey: dict) -> str:
    """'Chatham House survey of 804 urban Belarusians, 6–17 June 2022'."""
    who = survey.get("pollster") or "Unattributed"
    text = f"{who} survey"
    size, population = survey.get("sample_size"), survey.get("population")
    if size and not math.isnan(size):
        text += f" of {int(size):,}" + (f" {population}" if population else " respondents")
    elif population:
        text += f" of {population}"
    when = fieldwork_phrase(survey)
    return f"{text}, {when}" if when else text


def source_line(survey: dict, outlets: int) -> str:
    line = f"Source: {survey_description(survey)}"
    if outlets:
        line += f" · cited by {outlets} outlet{'s' if outlets != 1 else ''}"
    return line


def survey_source_line(package: Package, survey: dict, figures: list[dict]) -> str:
    outlets = {source["outlet"] for row in figures for source in figure_sources(package, row["figure_id"])}
    return source_line(survey, len(outlets))


def series_source_line(waves: list[dict]) -> str:
    pollsters = sorted({row.get("pollster") or "Unattributed" for row in waves})
    return f"Source: {', '.join(pollsters)} surveys"


# Figures that are facts about the survey, not answers to a question: the extractor names them so.
SURVEY_DETAILS = {"sample size": "Sample size", "margin of error": "Margin of error"}
# What a figure is when the extractor found no statement for it (a bare "half of respondents", a table's "-1").
UNSTATED = {"percent": "Share of respondents, statement not identified",
            "points": "Change in points, statement not identified",
            "respondents": "Number of respondents"}


def is_survey_detail(figure: dict) -> bool:
    """A cited sample size or margin of error: survey metadata, shown with the survey's facts, not as a question."""
    return (figure.get("question") or "") in SURVEY_DETAILS


def question_label(figure: dict) -> str:
    """The question as a reader should see it: 'Sample size' for a survey detail, and for a figure whose statement
    was not identified, what kind of number it is rather than a bare 'not recorded'."""
    question = figure.get("question") or ""
    if question in SURVEY_DETAILS:
        return SURVEY_DETAILS[question]
    return question or UNSTATED.get(figure.get("unit") or "", "Statement not identified")


def split_survey_details(figures: list[dict]) -> tuple[list[dict], list[dict]]:
    """(figures answering questions, cited survey details such as the sample size)."""
    return ([row for row in figures if not is_survey_detail(row)], [row for row in figures if is_survey_detail(row)])


def figure_title(figure: dict) -> str:
    """'Trust the government: Yes'; a question that ends in its own punctuation takes a dash ('…both? — more')."""
    question = question_label(figure)
    answer, subgroup = figure.get("answer"), figure.get("subgroup")
    joiner = " —" if question.endswith(("?", "!", ".", "…")) else ":"
    text = f"{question}{joiner} {answer}" if answer else question
    return text if not subgroup or subgroup == "all" else f"{text} ({subgroup})"


def headline_value(figure: dict, citations: list[dict]) -> str:
    """The figure's value as a page headline. Without a published value, outlets that disagree get their range
    ("51.4–62%"): the median they are compared with is a number nobody may have cited or published."""
    cited = [float(c["value_cited"]) for c in citations if _present(c.get("value_cited"))]
    if _present(figure.get("value")) or not any(c.get("disagrees") for c in citations) or len(set(cited)) < 2:
        return format_value(figure.get("display_value"), figure.get("unit"))
    unit = figure.get("unit")
    low = format_value(min(cited), "respondents" if unit == "respondents" else None)  # the unit once, at the end
    return f"{low}–{format_value(max(cited), unit)}"


def format_value(value: object, unit: str | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "respondents":
        return f"{value:,.0f}"
    suffix = {"percent": "%", "points": " pts"}.get(unit or "", "")
    return f"{value:g}{suffix}"


# --- Downloads -----------------------------------------------------------------------------------------------

FIGURE_DOWNLOAD = ["figure_id", "citation_id", "source_id", "outlet", "published", "url", "kind", "value_cited",
                   "value_text", "qualifier", "published_value", "disagrees"]
SURVEY_DOWNLOAD = ["survey_id", "figure_id", "question_id", "question", "answer", "subgroup", "value", "unit",
                   "value_basis", "display_value", "margin_of_error", "n_citations", "disagree"]
SOURCE_DOWNLOAD = ["source_id", "citation_id", "figure_id", "survey_id", "pollster", "question", "answer",
                   "subgroup", "kind", "value_text", "value_cited", "unit", "published_value", "verdict"]
SERIES_DOWNLOAD = ["question_id", "figure_id", "survey_id", "pollster", "fieldwork_start", "fieldwork_end",
                   "answer", "subgroup", "value", "display_value", "unit", "value_basis"]


def figure_chart_rows(package: Package, figure_id: str) -> pd.DataFrame:
    """Exactly the rows behind the figure page's citation chart."""
    figure = figure_record(package, figure_id) or {}
    frame = pd.DataFrame(figure_citations(package, figure_id), columns=[*FIGURE_DOWNLOAD, "value"])
    frame["published_value"] = figure.get("value")
    return frame[FIGURE_DOWNLOAD]


def chart_figures(figures: list[dict]) -> list[dict]:
    """The figures a survey's bar chart draws: percentages with a value (counts would dwarf them)."""
    return [row for row in figures if _present(row["display_value"]) and row.get("unit") in (None, "percent")]


def survey_chart_rows(package: Package, survey_id: str) -> pd.DataFrame:
    """Exactly the rows behind the survey page's bar chart."""
    return pd.DataFrame(chart_figures(survey_figures(package, survey_id)), columns=SURVEY_DOWNLOAD)


def survey_table_rows(package: Package, survey_id: str) -> pd.DataFrame:
    """Every figure of a survey: the page's 'All figures' table (counts too, not just shares) and the sample size
    and margin of error outlets cited, which the page shows with the survey's facts."""
    return pd.DataFrame(survey_figures(package, survey_id), columns=SURVEY_DOWNLOAD)


def source_table_rows(package: Package, source_id: str) -> pd.DataFrame:
    """Every figure cited in one article with its verdict, as the article's page lists them."""
    rows = []
    for citation in source_citations(package, source_id):
        figure = citation["figure"]
        rows.append({**{name: figure.get(name) for name in ("survey_id", "pollster", "question", "answer",
                                                            "subgroup", "unit")},
                     **citation, "published_value": figure.get("value")})
    return pd.DataFrame(rows, columns=SOURCE_DOWNLOAD)


def explore_rows(package: Package, params: ExploreParams) -> pd.DataFrame:
    """Every figure the Explore view matches (all pages), in its sort order."""
    mask = filter_mask(package, params)
    order = package.order[params.sort]
    return pd.DataFrame(records(package.fig, order[mask[order]], RESULT_COLUMNS), columns=RESULT_COLUMNS)


def series_chart_rows(package: Package, figure_id: str) -> pd.DataFrame:
    figure = figure_record(package, figure_id) or {}
    return pd.DataFrame(series(package, figure), columns=SERIES_DOWNLOAD)


def escape_formula(value: object) -> object:
    """Prefix text a spreadsheet would run as a formula (= + - @ tab CR) with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame) -> str:
    """CSV safe to open in a spreadsheet: text cells escaped against formula injection; numbers untouched."""
    safe = frame.copy()
    for column in safe.columns:
        if not (pd.api.types.is_numeric_dtype(safe[column]) or pd.api.types.is_bool_dtype(safe[column])):
            safe[column] = safe[column].map(escape_formula)
    buffer = io.StringIO()
    safe.to_csv(buffer, index=False, float_format="%g", lineterminator="\n")
    return buffer.getvalue()


def _chunked(pieces: Iterator[str], size: int = 1 << 16) -> Iterator[str]:
    """Join small pieces into ~64 KB chunks (one write per chunk, not per row)."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(batch)
            batch, length = [], 0
    if batch:
        yield "".join(batch)


def _table_rows(path: Path, columns: list[str]) -> Iterator[list[str]]:
    """The header then every row of a package CSV (only the header when the file is missing)."""
    if not path.is_file():
        yield columns
        return
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle)


def stream_table_csv(path: Path, columns: list[str]) -> Iterator[str]:
    """A whole table as CSV, text cells escaped against formula injection, streamed without loading it."""
    def lines() -> Iterator[str]:
        rows = _table_rows(path, columns)
        header = next(rows, columns)
        is_text = [name not in NUMERIC for name in header]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([escape_formula(cell) if text else cell for cell, text in zip(row, is_text, strict=False)])
            if buffer.tell() > 4096:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return _chunked(lines())


def _json_cell(text: str, numeric: bool) -> object:
    if text == "":
        return None
    if not numeric:
        return text
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number


def stream_table_json(path: Path, columns: list[str]) -> Iterator[str]:
    """A whole table as a JSON array of records (numbers as numbers, empty cells as null), streamed."""
    def pieces() -> Iterator[str]:
        rows = _table_rows(path, columns)
        header = next(rows, columns)
        numeric = [name in NUMERIC for name in header]
        yield "["
        for i, row in enumerate(rows):
            record = {name: _json_cell(cell, flag) for name, cell, flag in zip(header, row, numeric, strict=False)}
            yield ("," if i else "") + json.dumps(record, ensure_ascii=False)
        yield "]"

    return _chunked(pieces())


def to_json_records(frame: pd.DataFrame) -> str:
    return frame.to_json(orient="records", force_ascii=False, indent=None)
