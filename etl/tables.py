"""Linked citations → the package tables (sources, surveys, figures, citations), and merging packages.

Everything here works on compact pandas tables, never on article text. Survey metadata are the most
common non-null value among a survey's citations (ties: the smallest value, so the choice is
deterministic). A figure's value stays empty unless the pollster's publication gives it (etl.primary);
its value_basis is `citations` when every citation's rounding interval overlaps, else `unresolved`.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from etl.link import stable_id
from etl.package import DATE_PATTERN, TABLES, conform

KIND_UNIT = {"share": "percent", "change": "points", "sample_size": "respondents", "margin_of_error": "points"}
UNIT_KIND = {"percent": "share", "points": "change", "respondents": "sample_size"}
SPAN_FIELDS = ("citation_id", "source_id", "value_text", "start", "end", "qualifier", "confidence",
               "extractor_version", "unit")  # where and how a figure is written, not what it is about
SURVEY_FIELDS = ("pollster", "sponsor", "population", "geography", "fieldwork_start", "fieldwork_end",
                 "sample_size", "margin_of_error")
DATE_CHARS = {"day": 10, "month": 7, "year": 4}
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")  # "1,500", "4.6", "4,6"
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
FRACTION_WORDS = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|in|out of)\b", re.IGNORECASE)
FRACTION_TOLERANCE = 2.5  # "one in five", "a third": the writer rounded to a simple fraction
EPSILON = 1e-9
SHORT_TEXT_CHARS = 60  # published statements and titles are short labels, never whole article sentences


def source_row(article) -> dict:
    """The sources row of one article (no text: only its hash)."""
    published = article.published[:10] if article.published else None
    return {
        "source_id": stable_id(article.url, article.text_sha256), "url": article.url, "outlet": article.outlet,
        "title": short_text(article.title),
        "published": published if published and re.match(DATE_PATTERN, published) else None,
        "retrieved": None, "text_sha256": article.text_sha256,
    }


def short_text(text: str | None, limit: int = SHORT_TEXT_CHARS) -> str | None:
    """Whitespace folded and cut at a word boundary to `limit` characters (with "…"), so the package holds
    short labels of what an article says, never its sentences."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:-–—(") + "…"


def citation_id(source_id: str, start: int, end: int, kind: str) -> str:
    return stable_id(source_id, start, end, kind)


def build_tables(sources: list[dict], citations: list[dict], spans: pd.DataFrame | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Sources, surveys, figures and citations tables from linked citation dicts (checks left empty).

    `spans`, when given, holds the SPAN_FIELDS of the citations set aside before linking, one row per `_row`.
    """
    meaning = ["survey_id", "question_id", "figure_id", "kind", "value", "statement", "subgroup", "date_precision",
               *SURVEY_FIELDS]
    if spans is None:
        raw = pd.DataFrame(citations, columns=[*meaning, *SPAN_FIELDS])
    else:
        raw = pd.DataFrame(citations, columns=[*meaning, "_row"])
        rows = spans.iloc[raw["_row"].to_numpy(dtype="int64")].reset_index(drop=True)
        raw = pd.concat([raw.drop(columns="_row").reset_index(drop=True), rows], axis=1)
    raw = raw[raw["figure_id"].notna() & raw["survey_id"].notna()]
    raw = raw.assign(statement=raw["statement"].map(short_text))
    raw = raw.drop_duplicates("citation_id", keep="first")
    cites = raw.rename(columns={"value": "value_cited", "start": "char_start", "end": "char_end"})
    cites_table = conform(cites, "citations")
    return {
        "sources": conform(pd.DataFrame(sources, columns=TABLES["sources"].columns).drop_duplicates("source_id"),
                           "sources"),
        "surveys": conform(aggregate_surveys(raw), "surveys"),
        "figures": conform(with_value_basis(aggregate_figures(raw), cites_table), "figures"),
        "citations": cites_table,
        "checks": conform(pd.DataFrame(), "checks"),
    }


def most_common_each(df: pd.DataFrame, key: str, columns: list[str]) -> dict[str, pd.Series]:
    """Per key and column, the most frequent non-null value as text (ties → the smallest text).

    Vectorised with factorised codes; the key is factorised once, as it is the costly part on big tables."""
    all_codes, keys = pd.factorize(df[key])
    keys = np.asarray(keys, dtype=object)
    out = {}
    for column in columns:
        present = df[column].notna().to_numpy() & (all_codes >= 0)
        if not present.any():
            out[column] = pd.Series(dtype="object", name=column)
            continue
        key_codes = all_codes[present]
        text_codes, texts = pd.factorize(df[column][present].astype(str))
        texts = np.asarray(texts, dtype=object)
        combined, counts = np.unique(key_codes.astype(np.int64) * len(texts) + text_codes, return_counts=True)
        key_of, text_of = combined // len(texts), combined % len(texts)
        text_rank = np.argsort(np.argsort(texts))
        order = np.lexsort((text_rank[text_of], -counts, key_of))
        first = order[np.r_[True, key_of[order][1:] != key_of[order][:-1]]]
        out[column] = pd.Series(texts[text_of[first]], index=keys[key_of[first]], name=column)
    return out


def aggregate_surveys(raw: pd.DataFrame) -> pd.DataFrame:
    """One row per survey_id: metadata by most-common value; sample size / margin also from their citations."""
    raw = raw.assign(
        fieldwork_start=_truncate_dates(raw["fieldwork_start"], raw["date_precision"]),
        fieldwork_end=_truncate_dates(raw["fieldwork_end"], raw["date_precision"]),
    )
    stated = raw[["survey_id", "sample_size", "margin_of_error"]]
    from_kind = pd.DataFrame({
        "survey_id": raw["survey_id"],
        "sample_size": raw["value"].where(raw["kind"] == "sample_size"),
        "margin_of_error": raw["value"].where(raw["kind"] == "margin_of_error"),
    })
    sizes = pd.concat([stated, from_kind], ignore_index=True)
    surveys = pd.DataFrame(index=pd.Index(sorted(raw["survey_id"].unique()), name="survey_id"))
    numbers = ("sample_size", "margin_of_error")
    chosen = {**most_common_each(raw, "survey_id", [c for c in SURVEY_FIELDS if c not in numbers]),
              **most_common_each(sizes, "survey_id", list(numbers))}
    for column in SURVEY_FIELDS:
        surveys[column] = chosen[column]
    surveys["sample_size"] = pd.to_numeric(surveys["sample_size"], errors="coerce")
    surveys["margin_of_error"] = pd.to_numeric(surveys["margin_of_error"], errors="coerce")
    surveys.loc[surveys["sample_size"] < 1, "sample_size"] = np.nan
    surveys.loc[surveys["margin_of_error"] < 0, "margin_of_error"] = np.nan
    surveys["date_precision"] = date_precision(surveys["fieldwork_start"])
    surveys["basis"] = "article"
    return surveys.reset_index()


def _truncate_dates(dates: pd.Series, precision: pd.Series) -> pd.Series:
    """ISO dates cut to their stated precision; anything that is not an ISO date becomes null."""
    text = dates.astype("object").where(dates.notna(), None)
    chars = precision.map(DATE_CHARS)
    out = [
        (d[: int(n)] if isinstance(n, (int, float)) and n == n else d) if isinstance(d, str) else None
        for d, n in zip(text, chars, strict=True)
    ]
    return pd.Series([d if d and re.match(DATE_PATTERN, d) else None for d in out], index=dates.index, dtype="object")


def date_precision(dates: pd.Series) -> pd.Series:
    lengths = dates.astype("object").map(lambda d: len(d) if isinstance(d, str) else 0)
    return lengths.map({10: "day", 7: "month", 4: "year"})


def aggregate_figures(raw: pd.DataFrame) -> pd.DataFrame:
    """One row per figure_id: its survey, question (most common statement), subgroup and unit."""
    raw = raw.assign(unit=raw["unit"].where(raw["unit"].isin(list(UNIT_KIND)), raw["kind"].map(KIND_UNIT)),
                     subgroup=raw["subgroup"].where(raw["subgroup"].notna(), "all"))
    figures = pd.DataFrame(index=pd.Index(sorted(raw["figure_id"].unique()), name="figure_id"))
    chosen = most_common_each(raw, "figure_id", ["survey_id", "question_id", "statement", "subgroup", "unit"])
    for column, source in (("survey_id", "survey_id"), ("question_id", "question_id"), ("question", "statement"),
                           ("subgroup", "subgroup"), ("unit", "unit")):
        figures[column] = chosen[source]
    figures["answer"] = None
    figures["value"] = np.nan
    figures["question_id"] = figures["question_id"].fillna(pd.Series(figures.index, index=figures.index))
    return figures.reset_index()


def citation_intervals(citations: pd.DataFrame) -> pd.DataFrame:
    """[lo, hi) for every citation: the values its text is consistent with.

    Half a unit of the last digit written ("5%" → 4.5–5.5, "4.6" → 4.55–4.65); ±2.5 for simple fractions
    ("one in five", "a third"); wider for "about"; open-ended for "more than"/"less than"; both ends for ranges.
    Computed once per distinct (value, text, qualifier): news repeats "41%" a lot.
    """
    keys = pd.DataFrame({"value_cited": citations["value_cited"].astype("float64"),
                         "value_text": citations["value_text"].astype("object").fillna(""),
                         "qualifier": citations["qualifier"].astype("object").fillna("exact")})
    distinct = keys.drop_duplicates()
    spans = [_interval(v, text, q) for v, text, q in zip(distinct["value_cited"], distinct["value_text"],
                                                         distinct["qualifier"], strict=True)]
    distinct = distinct.assign(lo=[s[0] for s in spans], hi=[s[1] for s in spans])
    merged = keys.merge(distinct, on=["value_cited", "value_text", "qualifier"], how="left")
    return pd.DataFrame({"lo": merged["lo"].to_numpy(), "hi": merged["hi"].to_numpy()}, index=citations.index)


def _interval(value: float, text: str, qualifier: str) -> tuple[float, float]:
    written = [n.replace(",", "") if THOUSANDS.match(n) else n.replace(",", ".") for n in NUMBER.findall(text)]
    numbers = [float(n) for n in written]
    half = _half_unit(value, text, written, numbers)
    low, high = value - half, value + half
    if qualifier == "approx":
        low, high = value - max(2 * half, 1.0), value + max(2 * half, 1.0)
    elif qualifier == "more_than":
        high = np.inf
    elif qualifier == "less_than":
        low = -np.inf
    elif qualifier == "range" and len(numbers) >= 2:
        low, high = min(numbers) - half, max(numbers) + half
    return round(low, 9), round(high, 9)


def _half_unit(value: float, text: str, written: list[str], numbers: list[float]) -> float:
    for raw, number in zip(written, numbers, strict=True):
        if abs(number - value) < EPSILON:
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            return 0.5 * 10 ** -decimals
    if FRACTION_WORDS.search(text) or numbers:
        return FRACTION_TOLERANCE
    return 0.5


def citations_agree(citations: pd.DataFrame) -> pd.Series:
    """Per figure_id: True when the intervals of all its citations (per kind) share a common value."""
    if citations.empty:
        return pd.Series(dtype="bool")
    spans = pd.concat([citations[["figure_id", "kind"]], citation_intervals(citations)], axis=1)
    per_kind = spans.groupby(["figure_id", "kind"]).agg(lo=("lo", "max"), hi=("hi", "min"))
    per_kind["agree"] = per_kind["lo"] < per_kind["hi"] - EPSILON
    return per_kind.groupby(level="figure_id")["agree"].all()


def with_value_basis(figures: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """value_basis: keep `primary` where a published value is set; else citations agree → `citations`."""
    agree = citations_agree(citations)
    basis = figures["figure_id"].map(agree).map({True: "citations", False: "unresolved"}).fillna("citations")
    primary = figures["value"].notna() & (figures.get("value_basis", pd.Series(index=figures.index)) == "primary")
    return figures.assign(value_basis=basis.where(~primary, "primary"))


def merge_tables(existing: dict[str, pd.DataFrame], new: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Union by id: every earlier row is kept; for a row in both, the earlier non-null values win."""
    if all(existing[name].empty for name in TABLES):
        return new
    merged = {}
    for name, spec in TABLES.items():
        if name == "checks":
            continue
        old, add = existing[name].set_index(spec.key), new[name].set_index(spec.key)
        both = old.combine_first(add) if not old.empty else add
        merged[name] = conform(both.reset_index(), name)
    # a re-read article keeps its citations' earlier figures, so new figures/surveys left without any go
    figures = merged["figures"]
    figures = figures[figures["figure_id"].isin(existing["figures"]["figure_id"])
                      | figures["figure_id"].isin(merged["citations"]["figure_id"])]
    surveys = merged["surveys"]
    merged["surveys"] = surveys[surveys["survey_id"].isin(existing["surveys"]["survey_id"])
                                | surveys["survey_id"].isin(figures["survey_id"])].reset_index(drop=True)
    merged["figures"] = conform(with_value_basis(figures, merged["citations"]), "figures")
    merged["checks"] = conform(pd.DataFrame(), "checks")
    return merged


def existing_as_citations(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """One pseudo-citation per existing figure, carrying its natural keys, so linking a new batch together
    with them reveals which new ids mean an existing survey/figure (see etl.build.align_ids)."""
    cited = tables["figures"]["figure_id"].isin(tables["citations"]["figure_id"])  # not primary-only figures
    figures = tables["figures"][cited].merge(tables["surveys"], on="survey_id", how="left")
    rows = []
    for f in figures.itertuples(index=False):
        rows.append({
            "article_id": f"\x00existing:{f.figure_id}", "existing": (f.survey_id, f.question_id, f.figure_id),
            "kind": UNIT_KIND.get(f.unit, "share"), "value": None if pd.isna(f.value) else float(f.value),
            "unit": f.unit, "value_text": "", "start": 0, "end": 0, "sentence_start": 0, "sentence_end": 0,
            "qualifier": "exact", "confidence": 1.0, "extractor_version": "", "statement": _none(f.question),
            "published": None, "question_terms": _none(f.question),
            "subgroup": None if f.subgroup == "all" else _none(f.subgroup),
            **{c: _none(getattr(f, c)) for c in SURVEY_FIELDS}, "date_precision": _none(f.date_precision),
        })
    return rows


def _none(value):
    return None if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA else value
