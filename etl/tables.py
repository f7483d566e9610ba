"""Linked citations → the package tables (sources, surveys, figures, citations), and merging packages.

Everything here works on compact pandas tables, never on article text. Survey metadata are the most
common non-null value among a survey's citations (ties: the smallest value, so the choice is
deterministic). A figure's value stays empty unless the pollster's publication gives it (etl.primary);
its value_basis is `citations` when every citation's rounding interval overlaps, else `unresolved`.
A figure's name (`question`) is a short wording, distinct among its survey's figures for the same subgroup.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import numpy as np
import pandas as pd

from etl.link import stable_id, statement_tokens
from etl.package import conform
from etl.schema import DATE_PATTERN, TABLES

KIND_UNIT = {"share": "percent", "change": "points", "sample_size": "respondents", "margin_of_error": "points"}
UNIT_KIND = {"percent": "share", "points": "change", "respondents": "sample_size"}
SPAN_FIELDS = ("citation_id", "source_id", "value_text", "start", "end", "qualifier", "confidence",
               "extractor_version", "unit")  # where and how a figure is written, not what it is about
SURVEY_FIELDS = ("pollster", "sponsor", "population", "geography", "fieldwork_start", "fieldwork_end",
                 "sample_size", "margin_of_error", "mode")
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
    digest = article.text_sha256  # hashes the whole text: once
    return {
        "source_id": stable_id(article.url, digest), "url": article.url, "outlet": article.outlet,
        "title": short_text(article.title),
        "published": published if published and re.match(DATE_PATTERN, published) else None,
        "retrieved": None, "text_sha256": digest,
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


def _short_texts(texts: pd.Series) -> np.ndarray:
    """short_text of each value, worked out once per distinct text."""
    codes, distinct = pd.factorize(texts)
    return np.array([*(short_text(t) for t in distinct), None], dtype=object)[codes]


def _statement_terms(statements: pd.Series) -> np.ndarray:
    """Each statement's linker tokens, sorted and space-joined (None without any), worked out once per distinct
    statement: a bag of stems says what a citation is about without holding the article's words in order."""
    codes, distinct = pd.factorize(statements)
    terms = (" ".join(sorted(statement_tokens(t))) or None for t in distinct)
    return np.array([*terms, None], dtype=object)[codes]


def citation_id(source_id: str, start: int, end: int, kind: str) -> str:
    """stable_id(source_id, start, end, kind), its key built directly when offsets and kind are already in its
    normal form: this runs once per citation, and unique keys would only churn stable_id's cache."""
    if type(start) is int and type(end) is int and kind in KIND_UNIT and isinstance(source_id, str):
        key = f"{' '.join(source_id.lower().split())}\x1f{start}\x1f{end}\x1f{kind}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return stable_id(source_id, start, end, kind)


def build_tables(sources: list[dict], citations: list[dict], spans: pd.DataFrame | None = None
                 ) -> dict[str, pd.DataFrame]:
    """Sources, surveys, figures and citations tables from linked citation dicts (checks left empty).

    `spans`, when given, holds the SPAN_FIELDS of the citations set aside before linking, one row per `_row`.
    """
    meaning = ["survey_id", "question_id", "figure_id", "kind", "value", "statement", "question_terms", "subgroup",
               "date_precision", *SURVEY_FIELDS]
    if spans is None:
        raw = pd.DataFrame(citations, columns=[*meaning, *SPAN_FIELDS])
    else:
        raw = pd.DataFrame(citations, columns=[*meaning, "_row"])
        rows = spans.iloc[raw["_row"].to_numpy(dtype="int64")].reset_index(drop=True)
        raw = pd.concat([raw.drop(columns="_row").reset_index(drop=True), rows], axis=1)
    raw = raw[raw["figure_id"].notna() & raw["survey_id"].notna()]
    raw = raw.assign(wording=raw["statement"], statement=_short_texts(raw["statement"]),
                     terms=_statement_terms(raw["statement"]))
    raw = raw.drop_duplicates("citation_id", keep="first")
    cites = raw.rename(columns={"value": "value_cited", "start": "char_start", "end": "char_end"})
    cites_table = conform(cites, "citations")
    return {
        "sources": conform(pd.DataFrame(sources, columns=TABLES["sources"].columns).drop_duplicates("source_id"),
                           "sources"),
        "surveys": conform(aggregate_surveys(raw), "surveys"),
        "figures": conform(with_value_basis(distinct_names(aggregate_figures(raw), raw), cites_table), "figures"),
        "citations": cites_table,
        "checks": conform(pd.DataFrame(), "checks"),
    }


def most_common_each(df: pd.DataFrame, key: str, columns: list[str]) -> dict[str, pd.Series]:
    """Per key and column, the most frequent non-null value as text (ties → text that is not a headline,
    then the smallest text: "Voters Fear Rent Rises" names a question worse than "fear rents will rise").

    Vectorised with factorised codes; the key is factorised once, as it is the costly part on big tables."""
    all_codes, keys = pd.factorize(df[key])
    keys = np.asarray(keys, dtype=object)
    out = {}
    for column in columns:
        value_codes, texts = _text_codes(df[column])
        present = (value_codes >= 0) & (all_codes >= 0)
        if not present.any():
            out[column] = pd.Series(dtype="object", name=column)
            continue
        key_codes, text_codes = all_codes[present], value_codes[present]
        combined, counts = np.unique(key_codes.astype(np.int64) * len(texts) + text_codes, return_counts=True)
        key_of, text_of = combined // len(texts), combined % len(texts)
        text_rank = np.argsort(np.lexsort((texts, [_headline(t) for t in texts])))
        order = np.lexsort((text_rank[text_of], -counts, key_of))
        first = order[np.r_[True, key_of[order][1:] != key_of[order][:-1]]]
        out[column] = pd.Series(texts[text_of[first]], index=keys[key_of[first]], name=column)
    return out


def _headline(text: str) -> bool:
    """Written in title case, as headlines are: every word of four letters or more capitalised."""
    long_words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def _text_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Per row the code of its value as text (-1 when missing), and the texts. Text and floats are factorised
    first, so the conversion to text runs once per distinct value (distinct floats print apart, but for 0.0
    and -0.0, which factorise together)."""
    numbers = values.to_numpy() if values.dtype == "float64" else None
    if values.dtype == "str" or (numbers is not None and not (np.signbit(numbers) & (numbers == 0)).any()):
        codes, distinct = pd.factorize(values)
        return codes, np.asarray(pd.Series(distinct).astype(str), dtype=object)
    present = values.notna().to_numpy()
    text_codes, texts = pd.factorize(values[present].astype(str))
    codes = np.full(len(values), -1, dtype=np.intp)
    codes[present] = text_codes
    return codes, np.asarray(texts, dtype=object)


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
    """ISO dates cut to their stated precision; anything that is not an ISO date becomes null.

    Worked out once per distinct (date, precision): a survey's citations repeat the same few."""
    date_codes, distinct_dates = pd.factorize(dates, use_na_sentinel=False)
    precision_codes, distinct_precisions = pd.factorize(precision, use_na_sentinel=False)
    pairs, which = np.unique(date_codes.astype(np.int64) * len(distinct_precisions) + precision_codes,
                             return_inverse=True)
    done = np.array([_truncate_date(distinct_dates[pair // len(distinct_precisions)],
                                    distinct_precisions[pair % len(distinct_precisions)]) for pair in pairs.tolist()],
                    dtype=object)
    return pd.Series(done[which.ravel()], index=dates.index, dtype="str")


def _truncate_date(date, precision) -> str | None:
    if not isinstance(date, str):
        return None
    chars = DATE_CHARS.get(precision) if isinstance(precision, str) else None
    date = date[:chars] if chars is not None else date
    return date if date and re.match(DATE_PATTERN, date) else None


def date_precision(dates: pd.Series) -> pd.Series:
    lengths = dates.astype("object").map(lambda d: len(d) if isinstance(d, str) else 0)
    return lengths.map({10: "day", 7: "month", 4: "year"})


def aggregate_figures(raw: pd.DataFrame) -> pd.DataFrame:
    """One row per figure_id: its survey, question (most common statement), subgroup and unit."""
    raw = raw.assign(unit=raw["unit"].where(raw["unit"].isin(list(UNIT_KIND)), raw["kind"].map(KIND_UNIT)),
                     subgroup=raw["subgroup"].where(raw["subgroup"].notna(), "all"))
    figures = pd.DataFrame(index=pd.Index(sorted(raw["figure_id"].unique()), name="figure_id"))
    chosen = most_common_each(raw, "figure_id", ["survey_id", "question_id", "statement", "subgroup", "unit"])
    chosen["statement"] = representative_statements(raw, chosen["statement"])
    for column, source in (("survey_id", "survey_id"), ("question_id", "question_id"), ("question", "statement"),
                           ("subgroup", "subgroup"), ("unit", "unit")):
        figures[column] = chosen[source]
    figures["answer"] = None
    figures["value"] = np.nan
    figures["question_id"] = figures["question_id"].fillna(pd.Series(figures.index, index=figures.index))
    return figures.reset_index()


def representative_statements(raw: pd.DataFrame, most_common: pd.Series) -> pd.Series:
    """Per figure with three wordings or more, the statement that shares most words with its citations'
    statements: outlets word one figure differently, and the most common wording is then often an accident
    ("Americans Worry Over AI" once, like every other). With fewer wordings the most common one stays."""
    cited = raw.loc[raw["statement"].notna(), ["figure_id", "statement"]]
    wordings = cited.drop_duplicates()["figure_id"].value_counts()
    varied = set(wordings.index[wordings.to_numpy() >= 3])  # most figures have one or two: no work for them
    said: dict[str, list[str]] = {}
    for figure_id, statement in zip(cited["figure_id"].tolist(), cited["statement"].tolist(), strict=True):
        if figure_id in varied:
            said.setdefault(figure_id, []).append(statement)
    chosen = most_common.copy()
    for figure_id, statements in said.items():
        tokens_of = {s: statement_tokens(s) for s in statements}  # in first-seen order, as Series.unique
        tokens = [tokens_of[s] for s in statements]
        common = chosen[figure_id]
        chosen[figure_id] = max(tokens_of, key=lambda s: (round(_agreement(tokens_of[s], tokens), 9),
                                                          s == common, s))
    return chosen


def _agreement(words: frozenset[str], others: list[frozenset[str]]) -> float:
    """Summed Jaccard overlap with the other statements: long statements get no credit for length."""
    return sum(len(words & t) / len(words | t) for t in others if words | t)


def distinct_names(figures: pd.DataFrame, raw: pd.DataFrame) -> pd.DataFrame:
    """Figures of one survey and subgroup that would share a name get names that keep the words telling them
    apart: a cut at SHORT_TEXT_CHARS, or two terse wordings, can make two figures read alike, and then neither
    readers nor the desk can tell which is which. Subgroup and answer are shown beside the name, so figures
    that differ in them keep one question's name. Only names change, never ids."""
    key = ["survey_id", "subgroup", "question"]
    clash = figures["question"].notna() & figures.duplicated(key, keep=False)
    if not clash.any():
        return figures
    names = figures["question"].copy()
    wordings = figure_wordings(raw[raw["figure_id"].isin(set(figures.loc[clash, "figure_id"]))],
                               pd.Series(names.to_numpy(), index=figures["figure_id"]))
    for _, group in figures[clash].groupby(key, sort=False):
        told = tell_apart({f: wordings.get(f, []) for f in group["figure_id"]}, group["question"].iloc[0])
        names[group.index] = group["figure_id"].map(told).to_numpy()
    return figures.assign(question=names)


def figure_wordings(raw: pd.DataFrame, names: pd.Series) -> dict[str, list[str]]:
    """Per figure its wordings, best first: those of the citations its name (`names`, by figure_id) was cut
    from, then the others'; whole statements before question terms (the fuller words around a statement);
    then most frequent, then smallest text, so the order does not depend on input order."""
    named = raw["statement"].eq(raw["figure_id"].map(names)).to_numpy()
    counts: Counter = Counter()
    for rank, column in enumerate(("wording", "question_terms")):
        present = raw[column].notna().to_numpy()
        for figure_id, text, own in zip(raw["figure_id"].to_numpy()[present], raw[column].to_numpy()[present],
                                        named[present], strict=True):
            counts[(figure_id, " ".join(str(text).split()), rank if own else 2 + rank)] += 1
    out: dict[str, list[str]] = {}
    for (figure_id, text, _), _ in sorted(counts.items(), key=lambda item: (item[0][2], -item[1], item[0][1])):
        if text and text not in out.setdefault(figure_id, []):
            out[figure_id].append(text)
    return out


def tell_apart(wordings: dict[str, list[str]], name: str) -> dict[str, str]:
    """Per figure of a group that shares `name`, a short name from the first of its wordings (best first) that
    differs from every wording the others were given that name for, kept around the differing words; `name`
    itself when no wording of the figure differs (nothing written tells it apart)."""
    confusable = {f: [w.split() for w in ws if short_text(w) == name] for f, ws in wordings.items()}
    told = {}
    for figure_id, own in wordings.items():
        others = [o for other, ws in confusable.items() if other != figure_id for o in ws]
        told[figure_id] = name
        for wording in own:
            words = wording.split()
            if others and all(words != o for o in others):
                spans = [_differing_span(words, o) for o in others]
                told[figure_id] = _around(words, min(s for s, _ in spans), max(e for _, e in spans))
                break
    return told


def _differing_span(words: list[str], other: list[str]) -> tuple[int, int]:
    """[start, end) of the words between the longest common start and end of two different word lists (where
    words were left out, the word after the gap)."""
    shorter = min(len(words), len(other))
    start = 0
    while start < shorter and words[start] == other[start]:
        start += 1
    same_end = 0
    while same_end < shorter - start and words[-1 - same_end] == other[-1 - same_end]:
        same_end += 1
    start = min(start, len(words) - 1)
    return start, max(len(words) - same_end, start + 1)


def _around(words: list[str], start: int, end: int, limit: int = SHORT_TEXT_CHARS) -> str:
    """The words, or when too long, as many leading words as fit, "…", and the differing words [start, end)
    with one word before them for context (a short fact, never a whole sentence)."""
    text = " ".join(words)
    if len(text) <= limit:
        return text
    start = max(start - 1, 0)
    tail = " ".join(words[start:end]) + ("…" if end < len(words) else "")
    if len(tail) > limit - 2:
        return short_text(" ".join(words[start:]), limit)
    head = []
    for word in words[:start]:
        if len(" ".join([*head, word])) + len(tail) + 3 > limit:
            break
        head.append(word)
    if len(head) == start:
        return " ".join([*head, tail])
    return f"{' '.join(head).rstrip(' ,;:-–—(')} … {tail}" if head else f"… {tail}"


def citation_intervals(citations: pd.DataFrame) -> pd.DataFrame:
    """[lo, hi) for every citation: the values its text is consistent with.

    Half a unit of the last digit written ("5%" → 4.5–5.5, "4.6" → 4.55–4.65); ±2.5 for simple fractions
    ("one in five", "a third"); wider for "about"; open-ended for "more than"/"less than"; both ends for ranges.
    Computed once per distinct (value, text, qualifier): news repeats "41%" a lot.
    """
    keys = [citations["value_cited"].astype("float64"), citations["value_text"].fillna(""),
            citations["qualifier"].fillna("exact")]
    combined = np.zeros(len(citations), dtype=np.int64)
    for column in keys:
        codes, distinct = pd.factorize(column, use_na_sentinel=False)
        combined = combined * len(distinct) + codes
    _, first, which = np.unique(combined, return_index=True, return_inverse=True)
    spans = np.array([_interval(v, text, q) for v, text, q in zip(*(k.to_numpy()[first] for k in keys), strict=True)],
                     dtype="float64").reshape(-1, 2)
    return pd.DataFrame({"lo": spans[which.ravel(), 0], "hi": spans[which.ravel(), 1]}, index=citations.index)


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
