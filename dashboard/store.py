"""Load the data package once per worker and precompute the indexes that keep callbacks fast.

Everything a page needs per request is a dictionary lookup or a numpy mask over precomputed columns:
the figure table already carries its survey's facets, topic, citation counts and "outlets disagree".
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from etl import schema

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "data"
DEFAULT_ARTICLES = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
DEFAULT_TOPICS = DEFAULT_DATA / "topics.csv"

TABLES: dict[str, list[str]] = {name: table.columns for name, table in schema.TABLES.items()}
NUMERIC = {f.name for table in schema.TABLES.values() for f in table.fields if f.type != "string"}
# A cited value further than this from the reference value is a disagreement ("5%" agrees with 4.6, "4%" not).
ROUNDING_TOLERANCE = 0.5
DISAGREEMENT_CHECKS = ("conflicting_citations", "differs_from_published")
CITATION_COLUMNS_UNUSED = ["title", "confidence", "extractor_version"]  # by pages; downloads read the files
OTHER_TOPIC = "Other"
SERIES_SEP = "\x1f"


def read_table(folder: Path, name: str) -> pd.DataFrame:
    """One package table with the contract's columns; a missing file is an empty table, not a crash."""
    columns = TABLES[name]
    path = folder / f"{name}.csv"
    if not path.exists():
        frame = pd.DataFrame({column: pd.Series(dtype="str") for column in columns})
    else:
        options = {"usecols": lambda column: column in columns, "keep_default_na": False, "na_values": [""]}
        try:  # numbers parsed by the C reader: several times faster than text then to_numeric
            frame = pd.read_csv(path, dtype={c: "float64" if c in NUMERIC else "str" for c in columns}, **options)
        except ValueError:  # a malformed number somewhere: read as text, and that cell becomes missing below
            frame = pd.read_csv(path, dtype="str", **options)
        for column in columns:
            if column not in frame.columns:
                frame[column] = pd.Series(pd.NA, index=frame.index, dtype="str")
        frame = frame[columns]
    for column in columns:
        if column in NUMERIC and frame[column].dtype != "float64":
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    return frame


def read_topics(path: Path) -> list[tuple[str, str]]:
    """(topic, keyword) pairs in table order; the first topic with a matching keyword wins."""
    if not path.exists():
        return []
    table = pd.read_csv(path, dtype="str", keep_default_na=False)
    return [(row.topic.strip(), row.keyword.strip().lower()) for row in table.itertuples() if row.keyword.strip()]


def topic_of(question: str, topics: list[tuple[str, str]]) -> str:
    """The topic of a question's wording: keywords match at the start of a word (so 'vot' matches 'voters')."""
    text = str(question).lower()
    for topic, keyword in topics:
        if re.search(r"\b" + re.escape(keyword), text):
            return topic
    return OTHER_TOPIC


def reference_values(published: np.ndarray, figure_pos: np.ndarray, cited: np.ndarray) -> np.ndarray:
    """Per figure: the published value, else the median of its cited values (what outlets are compared with).

    Citations refer to figures by position, so grouping is over integers, not 16-character ids.
    """
    median_cited = pd.Series(cited).groupby(figure_pos).median().reindex(range(len(published))).to_numpy()
    return np.where(np.isnan(published), median_cited, published)


def flag_disagreeing_citations(reference: np.ndarray, citations: pd.DataFrame, checks: pd.DataFrame) -> np.ndarray:
    """Per citation: does it disagree with its figure's reference value (or does a check say so)?"""
    ref = reference[citations["figure_pos"].to_numpy()]
    with np.errstate(invalid="ignore"):
        off = np.abs(citations["value_cited"].to_numpy() - ref) > ROUNDING_TOLERANCE + 1e-9
    flagged_ids = checks.loc[checks["check"].isin(DISAGREEMENT_CHECKS), "citation_id"].dropna()
    return off | citations["citation_id"].isin(set(flagged_ids)).to_numpy()


def left_join(left: pd.DataFrame, right: pd.DataFrame, key: str) -> pd.DataFrame:
    """`left` with `right`'s columns for its key (first match; no match: missing). One row out per row in, even
    when `right` repeats a key, and a hash lookup instead of a sorting merge."""
    right = right.dropna(subset=[key]).drop_duplicates(key)
    rows = pd.Index(right[key]).get_indexer(left[key])
    extra = right.drop(columns=key).reset_index(drop=True).reindex(rows).reset_index(drop=True)
    return pd.concat([left.reset_index(drop=True), extra], axis=1)


Columns = dict[str, np.ndarray]
CARDINALITY_SAMPLE = 5000


def column_arrays(frame: pd.DataFrame) -> Columns:
    """numpy arrays per column (text as objects with None for missing) so per-request reads skip pandas.

    Repetitive text columns ('share', outlet names) are rebuilt from their distinct values, so each distinct
    string is stored once instead of once per row.
    """
    out: Columns = {}
    for name in frame.columns:
        series = frame[name]
        if pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
            out[name] = series.to_numpy()
            continue
        out[name] = _shared_strings(series) if _repetitive(series) else \
            series.astype(object).where(series.notna(), None).to_numpy(dtype=object)
    return out


def _repetitive(series: pd.Series) -> bool:
    """Few distinct values per row? Ids and other near-unique text are not worth hashing, and a sample
    of the rows tells them apart cheaply."""
    return len(pd.unique(series.iloc[:CARDINALITY_SAMPLE])) * 4 < min(len(series), CARDINALITY_SAMPLE)


def _shared_strings(series: pd.Series) -> np.ndarray:
    codes, uniques = pd.factorize(series)
    distinct = np.append(np.asarray(uniques, dtype=object), None)
    return distinct[codes]  # code -1 (missing) picks the trailing None


class LazyTables(Mapping):
    """The package's tables as DataFrames, read on first use (the pages run on the compact arrays instead)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._loaded: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        if name not in self._loaded:
            self._loaded[name] = read_table(self.folder, name)
        return self._loaded[name]

    def __iter__(self):
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)


def records(columns: Columns, positions: np.ndarray | list[int], names: list[str] | None = None) -> list[dict]:
    """Rows at `positions` as dicts (the cheap way to hand a few rows to a page)."""
    names = names or list(columns)
    picked = [columns[name][positions] for name in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*picked, strict=True)]


class Facet:
    """A categorical column as integer codes, so filtering by chosen values is one np.isin over ints."""

    def __init__(self, values: pd.Series):
        codes, uniques = pd.factorize(values)
        self.codes = codes.astype(np.int32)
        self.code_of = {value: i for i, value in enumerate(uniques)}

    def mask(self, chosen: tuple[str, ...]) -> np.ndarray:
        wanted = [self.code_of[value] for value in chosen if value in self.code_of]
        return np.isin(self.codes, np.asarray(wanted, dtype=np.int32))


@dataclass
class Package:
    """The loaded package plus lookup indexes (built once; read-only afterwards)."""

    folder: Path
    tables: LazyTables
    fig: Columns  # figures joined with survey facets, topic, counts, disagreement (by position)
    cit: Columns  # citations joined with outlet, url, published; `disagrees`; ordered by figure, date, outlet
    n_figures: int = 0
    citation_rows: dict[str, np.ndarray] = field(default_factory=dict)  # figure_id -> citation positions
    figure_pos: dict[str, int] = field(default_factory=dict)
    survey_figures: dict[str, np.ndarray] = field(default_factory=dict)
    source_citations: dict[str, np.ndarray] = field(default_factory=dict)
    series_figures: dict[str, np.ndarray] = field(default_factory=dict)
    surveys_by_id: dict[str, dict] = field(default_factory=dict)
    src: Columns = field(default_factory=dict)  # sources by position
    source_pos: dict[str, int] = field(default_factory=dict)
    checks: Columns = field(default_factory=dict)
    checks_by_figure: dict[str, np.ndarray] = field(default_factory=dict)
    checks_by_survey: dict[str, np.ndarray] = field(default_factory=dict)
    facets: dict[str, Facet] = field(default_factory=dict)
    facet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    first_day: np.ndarray | None = None  # fieldwork start as days since 1970 (missing: far future)
    last_day: np.ndarray | None = None  # fieldwork end as days since 1970 (missing: far past)
    survey_code: np.ndarray | None = None
    order: dict[str, np.ndarray] = field(default_factory=dict)  # sort name -> figure positions in that order
    topics: list[str] = field(default_factory=list)
    search: SearchIndex | None = None


def group_positions(codes: np.ndarray, keys) -> dict[str, np.ndarray]:
    """Row positions per key, in row order, from integer codes into `keys` (-1: no key): one stable argsort."""
    codes = np.asarray(codes, dtype=np.int64)
    valid = codes >= 0
    order = np.flatnonzero(valid)[np.argsort(codes[valid], kind="stable")]
    ends = np.cumsum(np.bincount(codes[valid], minlength=len(keys))).tolist()
    starts = [0, *ends[:-1]][:len(ends)]
    return {key: order[start:end] for key, start, end in zip(texts(keys), starts, ends, strict=True) if end > start}


def texts(values) -> list:
    """Plain Python strings from a pandas string array (iterating one directly is ~20x slower)."""
    return np.asarray(values, dtype=object).tolist()


def _positions(frame: pd.DataFrame, column: str) -> dict[str, np.ndarray]:
    codes, uniques = pd.factorize(frame[column])
    return group_positions(codes, uniques)


def _by_id(frame: pd.DataFrame, key: str) -> dict[str, dict]:
    clean = frame.astype(object).where(frame.notna(), None)
    return {row[key]: row for row in clean.to_dict("records")}


def _days(values: pd.Series, missing: int) -> np.ndarray:
    """ISO dates of any precision ('2022-06-17', '2022-06', '2022') as day numbers."""
    parsed = pd.to_datetime(values, format="ISO8601", errors="coerce")
    days = (parsed - pd.Timestamp("1970-01-01")).dt.days
    return days.fillna(missing).to_numpy(dtype=np.int64)


class SearchIndex:
    """Full-text search over questions, answers, pollsters, populations and outlets without scanning every row.

    Each searchable field is factorized once; a query term is matched against the (few) distinct strings and
    the match is mapped back to figures through the codes, so a search costs O(distinct strings) string work.
    """

    def __init__(self, figures: pd.DataFrame, citations: pd.DataFrame, n_figures: int):
        self.n = n_figures
        self.fields = []
        for column in ("question", "answer", "subgroup", "pollster", "sponsor", "population", "geography", "topic"):
            codes, uniques = pd.factorize(figures[column].fillna("").astype(str).str.lower())
            self.fields.append((codes, np.asarray(uniques, dtype=object)))
        codes, uniques = pd.factorize(citations["outlet"].fillna("").astype(str).str.lower())
        self.outlet_uniques = np.asarray(uniques, dtype=object)
        # Per outlet, the figures it cites: a search for an outlet touches only those figures.
        pairs = pd.DataFrame({"outlet": codes, "figure": citations["figure_pos"].to_numpy()}).drop_duplicates()
        self.outlet_figures = [np.asarray(rows) for _, rows in pairs.groupby("outlet")["figure"]]

    def match(self, term: str) -> np.ndarray:
        """Boolean mask over figures: the term occurs in any field (case-insensitive substring)."""
        term = term.lower()
        mask = np.zeros(self.n, dtype=bool)
        for codes, uniques in self.fields:
            hit = np.fromiter((term in value for value in uniques), dtype=bool, count=len(uniques))
            if hit.any():
                mask |= hit[codes]
        for outlet, figures in zip(self.outlet_uniques, self.outlet_figures, strict=True):
            if term in outlet:
                mask[figures] = True
        return mask


def build_package(folder: Path, topics_path: Path | None = None) -> Package:
    """Read the five tables and derive every index the pages use."""
    tables = {name: read_table(folder, name) for name in TABLES}
    sources, surveys, figures, citations, checks = (tables[n] for n in TABLES)
    topics_file = topics_path or (folder / "topics.csv" if (folder / "topics.csv").exists() else DEFAULT_TOPICS)
    topic_table = read_topics(topics_file)

    fig = left_join(figures.dropna(subset=["figure_id"]).drop_duplicates("figure_id"), surveys, "survey_id")
    question_codes, questions = pd.factorize(fig["question"].fillna(""))
    question_topics = np.asarray([topic_of(q, topic_table) for q in questions] or [OTHER_TOPIC], dtype=object)
    fig["topic"] = pd.Series(question_topics[question_codes], index=fig.index, dtype="str")

    cit = left_join(citations, sources[["source_id", "outlet", "url", "published", "title", "text_sha256"]],
                    "source_id")
    figure_ids = pd.Index(fig["figure_id"])
    figure_pos = dict(zip(texts(figure_ids), range(len(figure_ids)), strict=True))
    cit["figure_pos"] = figure_ids.get_indexer(cit["figure_id"])
    cit = cit[cit["figure_pos"] >= 0]
    cit = cit.sort_values(["figure_pos", "published", "outlet", "char_start"], na_position="last",
                          kind="stable").reset_index(drop=True).drop(columns=CITATION_COLUMNS_UNUSED)
    n = len(fig)
    cited_pos = cit["figure_pos"].to_numpy()
    reference = reference_values(fig["value"].to_numpy(dtype="float64"), cited_pos, cit["value_cited"].to_numpy())
    cit["disagrees"] = flag_disagreeing_citations(reference, cit, checks)

    fig["n_citations"] = np.bincount(cited_pos, minlength=n)[:n]
    outlet_codes = pd.factorize(cit["outlet"])[0].astype(np.int64) + 1  # 0: outlet unknown
    figure_outlets = np.unique(cited_pos.astype(np.int64) * (int(outlet_codes.max(initial=0)) + 1) + outlet_codes)
    fig["n_outlets"] = np.bincount(figure_outlets // (int(outlet_codes.max(initial=0)) + 1), minlength=n)[:n]
    disagree = np.zeros(n, dtype=bool)
    disagree[cit.loc[cit["disagrees"], "figure_pos"].to_numpy()] = True
    flagged_figures = checks.loc[checks["check"].isin(DISAGREEMENT_CHECKS), "figure_id"].dropna()
    disagree |= fig["figure_id"].isin(set(flagged_figures)).to_numpy()
    fig["disagree"] = disagree
    fig["display_value"] = reference
    fig["fieldwork_key"] = fig["fieldwork_end"].fillna(fig["fieldwork_start"]).fillna("").astype(str)

    package = Package(folder=folder, tables=LazyTables(folder), fig=column_arrays(fig), cit=column_arrays(cit),
                      n_figures=n)
    package.figure_pos = figure_pos
    package.citation_rows = group_positions(cited_pos, figure_ids)
    survey_codes, survey_ids = pd.factorize(fig["survey_id"])
    package.survey_figures = group_positions(survey_codes, survey_ids)
    package.source_citations = _positions(cit, "source_id")
    keys = fig["question_id"].fillna("").str.cat([fig["answer"].fillna(""), fig["subgroup"].fillna("")], sep=SERIES_SEP)
    series = group_positions(*pd.factorize(keys)) if n else {}
    package.series_figures = {key: rows for key, rows in series.items() if len(rows) > 1}
    package.surveys_by_id = _by_id(surveys, "survey_id")
    package.src = column_arrays(sources)
    package.source_pos = {source_id: i for i, source_id in enumerate(texts(sources["source_id"]))}
    package.checks = column_arrays(checks)
    package.checks_by_figure = _positions(checks, "figure_id")
    package.checks_by_survey = _positions(checks, "survey_id")
    for name, column in (("pollster", "pollster"), ("country", "geography"), ("topic", "topic")):
        package.facets[name] = Facet(fig[column])
        package.facet_counts[name] = fig[column].dropna().value_counts().to_dict()
    package.last_day = _days(fig["fieldwork_end"].fillna(fig["fieldwork_start"]), -(10**9))
    package.first_day = _days(fig["fieldwork_start"].fillna(fig["fieldwork_end"]), 10**9)
    package.survey_code = survey_codes
    newest = np.argsort(-package.last_day, kind="stable")
    package.order = {"newest": newest, "oldest": newest[::-1].copy(),
                     "most_cited": np.argsort(-fig["n_citations"].to_numpy(), kind="stable")}
    topics = set(fig["topic"])
    package.topics = sorted(topics - {OTHER_TOPIC}) + ([OTHER_TOPIC] if OTHER_TOPIC in topics else [])
    package.search = SearchIndex(fig, cit, n)
    return package


def series_key(figure: dict) -> str:
    """The same question and answer in the same subgroup, asked in several waves, is one series."""
    return SERIES_SEP.join(str(figure.get(k) or "") for k in ("question_id", "answer", "subgroup"))


def package_licence(folder: Path, default: tuple[str, str]) -> tuple[str, str]:
    """(name, url) of the data licence the package's datapackage.json declares, else `default`."""
    try:
        licences = json.loads((folder / "datapackage.json").read_text(encoding="utf-8")).get("licenses") or []
        first = licences[0]
        return str(first.get("name") or first.get("title") or default[0]), str(first.get("path") or default[1])
    except (OSError, ValueError, IndexError, AttributeError):
        return default


def data_folder() -> Path:
    return Path(os.environ.get("POLLTRACE_DATA") or DEFAULT_DATA)


def release_free_memory() -> None:
    """Hand the memory freed after loading (pandas intermediates) back to the OS, where glibc allows it."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@cache
def get_package() -> Package:
    """The package this worker serves (loaded on first use; the app calls it at import)."""
    gc.disable()  # loading allocates millions of objects and none are cyclic garbage: collections are waste
    try:
        package = build_package(data_folder())
    finally:
        gc.enable()
    release_free_memory()
    return package


@cache
def article_texts() -> dict[str, str]:
    """Local article texts keyed by sha256 of the text (never committed; empty when none is available)."""
    path = Path(os.environ.get("POLLTRACE_ARTICLES") or DEFAULT_ARTICLES)
    wanted = set(get_package().src["text_sha256"]) - {None}
    texts: dict[str, str] = {}
    if not path.is_file() or not wanted:
        return texts
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                text = json.loads(line).get("text")
            except (json.JSONDecodeError, AttributeError):
                continue
            if isinstance(text, str):
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                if digest in wanted:
                    texts[digest] = text
    return texts
