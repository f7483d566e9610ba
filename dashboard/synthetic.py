"""A synthetic data package in the published format, for tests and the benchmark (any size, deterministic).

Every name, sentence and URL here is invented; `example.org`/`example.com` URLs only. About one figure in
eight is cited with a disagreeing value so "outlets disagree" has something to find.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.store import TABLES

POLLSTERS = ["Northfield Research", "Avalon Polling", "Civic Pulse", "Meridian Insight", "Harbor Analytics",
             "Lakeside Survey Unit", "Open Opinion Lab", "Granite Statistics", "Bluebell Social", "Compass Panel"]
COUNTRIES = ["GB", "US", "DE", "FR", "UA", "BY", "PL", "IT", "ES", "CA"]
POPULATIONS = ["adults", "voters", "young people aged 18-24", "small business owners", "urban residents"]
MODES = ["online", "telephone", "face-to-face", "mixed"]
OUTLETS = ["The Daily Example", "Example Herald", "Morning Sample", "The Placeholder Times", "Fictional Post",
           "Demo Gazette", "Sample Wire", "Invented Tribune", "Mock Observer", "Test Chronicle"]
QUESTIONS = ["trust the government to manage the economy", "support sending troops abroad",
             "think the war will end this year", "plan to vote in the next election",
             "worry about climate change", "are satisfied with the health service",
             "think immigration is too high", "approve of the president", "expect prices to rise",
             "feel safe walking alone at night", "use social media for news", "support a four-day week"]
ANSWERS = ["Yes", "No", "Don't know"]
SUBGROUPS = ["all", "all", "all", "women", "men", "aged 18-34"]


def content_id(*parts: object) -> str:
    """16 hex digits of sha256 over the natural key, as the real package does."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _ids(prefix: str, count: int) -> list[str]:
    return [content_id(prefix, i) for i in range(count)]


def synthetic_tables(n_figures: int = 2000, n_citations: int = 10000, seed: int = 7) -> dict[str, pd.DataFrame]:
    """The five tables of a consistent synthetic package (about ten figures per survey)."""
    rng = np.random.default_rng(seed)
    n_surveys = max(1, n_figures // 10)
    n_sources = max(1, n_citations // 5)

    start = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 6 * 365, n_surveys), unit="D")
    end = start + pd.to_timedelta(rng.integers(2, 15, n_surveys), unit="D")
    sample = rng.integers(300, 3000, n_surveys)
    # Surveys come in series of about five waves by one pollster that repeat the same questions.
    series_of = np.arange(n_surveys) % max(1, n_surveys // 5)
    pollster = series_of % len(POLLSTERS)
    country = rng.integers(0, len(COUNTRIES), n_surveys)
    has_moe = rng.random(n_surveys) < 0.7
    survey_ids = _ids("survey", n_surveys)
    surveys = pd.DataFrame({
        "survey_id": survey_ids,
        "pollster": np.asarray(POLLSTERS)[pollster],
        "sponsor": np.where(rng.random(n_surveys) < 0.4, "Example Foundation", ""),
        "population": [f"{POPULATIONS[i % len(POPULATIONS)]} in {COUNTRIES[c]}"
                       for i, c in zip(rng.integers(0, 99, n_surveys), country, strict=True)],
        "geography": np.asarray(COUNTRIES)[country],
        "fieldwork_start": start.strftime("%Y-%m-%d"),
        "fieldwork_end": end.strftime("%Y-%m-%d"),
        "date_precision": "day",
        "sample_size": sample,
        "mode": np.asarray(MODES)[rng.integers(0, len(MODES), n_surveys)],
        "margin_of_error": np.where(has_moe, np.round(98 / np.sqrt(sample), 1), np.nan),
        "primary_url": [f"https://pollster.example.org/surveys/{i}" for i in range(n_surveys)],
        "basis": np.where(rng.random(n_surveys) < 0.5, "primary", "article"),
    })

    survey_of = np.arange(n_figures) % n_surveys
    slot = np.arange(n_figures) // n_surveys
    question = (pollster[survey_of] + slot // len(ANSWERS)) % len(QUESTIONS)
    answer = slot % len(ANSWERS)
    subgroup = (slot // (len(ANSWERS) * len(QUESTIONS))) % len(SUBGROUPS)
    value = np.round(rng.uniform(2, 70, n_figures), 0)
    published = rng.random(n_figures) < 0.6
    figures = pd.DataFrame({
        "figure_id": [content_id("figure", s, q, a, g, k) for s, q, a, g, k in
                      zip(survey_of, question, answer, subgroup, slot, strict=True)],
        "survey_id": np.asarray(survey_ids, dtype=object)[survey_of],
        "question_id": [content_id("question", series_of[s], q) for s, q in zip(survey_of, question, strict=True)],
        "question": [f"Share who {QUESTIONS[q]}" for q in question],
        "answer": np.asarray(ANSWERS)[answer],
        "cited_as": None,  # outlets' own wording: none in a synthetic package
        "subgroup": np.asarray(SUBGROUPS)[subgroup],
        "value": np.where(published, value, np.nan),
        "unit": "percent",
        "value_basis": np.where(published, "primary", "citations"),
    })

    source_ids = _ids("source", n_sources)
    published_on = pd.Timestamp("2019-02-01") + pd.to_timedelta(rng.integers(0, 6 * 365, n_sources), unit="D")
    sources = pd.DataFrame({
        "source_id": source_ids,
        "url": [f"https://news.example.com/story/{i}" for i in range(n_sources)],
        "outlet": np.asarray(OUTLETS)[rng.integers(0, len(OUTLETS), n_sources)],
        "title": [f"Synthetic story number {i}" for i in range(n_sources)],
        "published": published_on.strftime("%Y-%m-%d"),
        "retrieved": "2026-01-01",
        "text_sha256": [hashlib.sha256(f"text {i}".encode()).hexdigest() for i in range(n_sources)],
    })

    cited = np.concatenate([np.arange(min(n_figures, n_citations)),
                            rng.integers(0, n_figures, max(0, n_citations - n_figures))])
    disagreeing_figure = (np.arange(n_figures) % 8) == 3
    shift = np.where(disagreeing_figure[cited] & (rng.random(n_citations) < 0.5), rng.choice([-3, -2, 2, 4],
                                                                                            n_citations), 0)
    value_cited = value[cited] + shift
    start_char = rng.integers(0, 2000, n_citations)
    citations = pd.DataFrame({
        "citation_id": _ids("citation", n_citations),
        "source_id": np.asarray(source_ids, dtype=object)[rng.integers(0, n_sources, n_citations)],
        "figure_id": figures["figure_id"].to_numpy()[cited],
        "kind": "share",
        "value_cited": value_cited,
        "value_text": [f"{v:g} per cent" for v in value_cited],
        "char_start": start_char,
        "char_end": start_char + 10,
        "qualifier": "exact",
        "confidence": np.round(rng.uniform(0.6, 1.0, n_citations), 2),
        "extractor_version": "synthetic-1",
        "terms": None,  # the linker's statement words: none in a synthetic package
    })
    off = citations[shift != 0]
    checks = pd.DataFrame({
        "check_id": [content_id("check", c) for c in off["citation_id"]],
        "check": "conflicting_citations",
        "severity": "warning",
        "figure_id": off["figure_id"].to_numpy(),
        "survey_id": figures.set_index("figure_id").loc[off["figure_id"], "survey_id"].to_numpy(),
        "citation_id": off["citation_id"].to_numpy(),
        "message": [f"One outlet cites {v:g}% where others cite a different value." for v in off["value_cited"]],
    })
    return {"sources": sources, "surveys": surveys, "figures": figures, "citations": citations, "checks": checks}


def write_package(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """Write the tables as the package's CSVs (sorted by id) plus a minimal datapackage.json."""
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for name, columns in TABLES.items():
        frame = tables[name][columns].sort_values(columns[0])
        frame.to_csv(folder / f"{name}.csv", index=False, float_format="%g")
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv",
                          "schema": {"fields": [{"name": c} for c in columns], "primaryKey": columns[0]}})
    descriptor = {"name": "polltrace-synthetic", "title": "Synthetic Polltrace package", "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2), encoding="utf-8")
    return folder


def write_synthetic_package(folder: Path, n_figures: int = 2000, n_citations: int = 10000, seed: int = 7) -> Path:
    return write_package(Path(folder), synthetic_tables(n_figures, n_citations, seed))


def example_tables() -> dict[str, pd.DataFrame]:
    """A tiny hand-written package whose every number is known (for tests and screenshots).

    Two waves of one question (a series), a figure that two outlets cite differently (4 vs a published 4.6),
    a figure known only from citations, and an article title that looks like a spreadsheet formula.
    """
    s1, s2 = content_id("survey", "wave-1"), content_id("survey", "wave-2")
    q_trust, q_troops = content_id("question", "trust"), content_id("question", "troops")
    f_yes, f_no, f_yes2, f_troops = (content_id("figure", key) for key in ("yes-1", "no-1", "yes-2", "troops"))
    a, b, c = (content_id("source", key) for key in "abc")
    surveys = pd.DataFrame([
        [s1, "Northfield Research", "Example Foundation", "urban adults", "GB", "2022-06-06", "2022-06-17", "day",
         804, "online", 3.5, "https://pollster.example.org/wave-1", "primary"],
        [s2, "Northfield Research", "", "urban adults", "GB", "2023-01-10", "2023-01-20", "day", 1000, "online",
         None, "", "article"],
    ], columns=TABLES["surveys"])
    figures = pd.DataFrame([
        [f_yes, s1, q_trust, "Trust the government", "Yes", None, "all", 43, "percent", "primary"],
        [f_no, s1, q_trust, "Trust the government", "No", None, "all", 50, "percent", "primary"],
        [f_yes2, s2, q_trust, "Trust the government", "Yes", None, "all", None, "percent", "citations"],
        [f_troops, s1, q_troops, "Support sending troops", "Yes", "would back sending troops", "all", 4.6, "percent",
         "primary"],
    ], columns=TABLES["figures"])
    sources = pd.DataFrame([
        [a, "https://news.example.com/a", "Example Herald", "Poll finds few back troops", "2022-06-20",
         "2026-01-01", hashlib.sha256(EXAMPLE_TEXT.encode()).hexdigest()],
        [b, "https://news.example.com/b", "Morning Sample", "=HYPERLINK(\"https://evil.example\")", "2022-06-21",
         "2026-01-01", hashlib.sha256(b"b").hexdigest()],
        [c, "https://news.example.com/c", "Demo Gazette", "Trust slips", "2023-01-25", "2026-01-01",
         hashlib.sha256(b"c").hexdigest()],
    ], columns=TABLES["sources"])
    start = EXAMPLE_TEXT.index("5 per cent")
    citations = pd.DataFrame([
        [content_id("citation", 1), a, f_troops, "share", 5, "5 per cent", start, start + 10, "exact", 0.9, "t", None],
        [content_id("citation", 2), b, f_troops, "share", 4, "4%", 10, 12, "exact", 0.9, "t", None],
        [content_id("citation", 3), a, f_yes, "share", 43, "43 per cent", 0, 11, "exact", 0.9, "t", None],
        [content_id("citation", 4), b, f_yes2, "share", 40, "40%", 20, 23, "exact", 0.9, "t", None],
        [content_id("citation", 5), c, f_yes2, "share", 40, "two in five", 5, 16, "approx", 0.8, "t", None],
    ], columns=TABLES["citations"])
    checks = pd.DataFrame([
        [content_id("check", 1), "differs_from_published", "warning", f_troops, s1, content_id("citation", 2),
         "Morning Sample cites 4% where the pollster published 4.6%."],
    ], columns=TABLES["checks"])
    return {"sources": sources, "surveys": surveys, "figures": figures, "citations": citations, "checks": checks}


# Invented article text for the example package (its sha256 is the first source's text_sha256).
EXAMPLE_TEXT = ("A new survey was published on Monday. Only 5 per cent of urban adults would back sending troops, "
                "the pollster said. Most respondents were undecided.")
