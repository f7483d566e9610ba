"""Consistency checks over the package tables: one row per finding, in a sentence an editor understands.

Each check is a pure function of small DataFrames (figures, surveys, citations, sources) returning
finding dicts, so each can be tested on tables built by hand. Rounding follows etl.tables: a cited
value stands for half a unit of its last written digit ("5%" agrees with a published 4.6, "4%" does not).
"""

from __future__ import annotations

import math
from itertools import groupby, pairwise
from operator import itemgetter

import numpy as np
import pandas as pd

from etl.link import stable_id
from etl.package import conform, sort_rows
from etl.tables import EPSILON, KIND_UNIT, citation_intervals

MOE_CONSTANT = 98.0  # 95% margin of a 50% share in a simple random sample: 98 / sqrt(n) points
MOE_PLAUSIBLE = (0.75, 2.0)  # ratio to the simple-random-sample margin (weighting widens it, nothing narrows it much)
CHANGE_TOLERANCE = 1.0  # each wave's value may itself be rounded by half a point


def finding(check: str, severity: str, message: str, figure_id=None, survey_id=None, citation_id=None,
            about: str | None = None) -> dict:
    return {"check_id": stable_id("check", check, figure_id, survey_id, citation_id, about), "check": check,
            "severity": severity, "figure_id": figure_id, "survey_id": survey_id, "citation_id": citation_id,
            "message": " ".join(message.split())}


def run_checks(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    figures, surveys, citations, sources = (tables[n] for n in ("figures", "surveys", "citations", "sources"))
    rows = [
        *conflicting_citations(figures, surveys, citations, sources),
        *differs_from_published(figures, surveys, citations, sources),
        *sum_over_100(figures, surveys, citations),
        *share_out_of_range(figures, surveys, citations, sources),
        *change_disagrees(figures, surveys, citations, sources),
        *implausible_margin_of_error(surveys),
        *unattributed(figures, surveys),
    ]
    checks = pd.DataFrame(rows, columns=["check_id", "check", "severity", "figure_id", "survey_id", "citation_id",
                                         "message"])
    return conform(checks.drop_duplicates("check_id"), "checks")


def conflicting_citations(figures, surveys, citations, sources) -> list[dict]:
    """Outlets cite values for one figure whose rounding intervals do not overlap.

    Two articles must disagree outright: an article whose values include one the other accepts is taken to
    cite the same number, its other value being a trend or a breakdown the linker put in the same figure."""
    cited = _with_intervals(citations)
    spans = cited.groupby(["figure_id", "kind"]).agg(lo=("lo", "max"), hi=("hi", "min"), n=("lo", "size"))
    suspect = spans[(spans["n"] > 1) & (spans["lo"] >= spans["hi"] - EPSILON)].reset_index()
    clashing = suspect.loc[_clashes(cited, suspect)]
    labels = _labels(figures[figures["figure_id"].isin(clashing["figure_id"])], surveys)
    survey_of = dict(zip(figures["figure_id"].tolist(), figures["survey_id"].tolist(), strict=True))
    columns = ["figure_id", "kind", "value_cited", "citation_id", "value_text", "source_id"]
    involved = cited[columns].merge(clashing[["figure_id", "kind"]], on=["figure_id", "kind"])
    involved = sort_rows(involved, columns[:4])
    involved = involved.assign(outlet=involved["source_id"].map(_outlets(sources)).fillna("an article"))
    # each value's first text, then each outlet once per value: the message names no one twice
    mentions = involved.drop_duplicates(["figure_id", "kind", "value_cited", "outlet"])
    out = []
    rows = zip(*(mentions[c].tolist() for c in ("figure_id", "kind", "value_cited", "value_text", "outlet")),
               strict=True)
    for (figure_id, kind), group in groupby(rows, key=itemgetter(0, 1)):
        versions: dict[float, tuple[str, list[str]]] = {}
        for _f, _k, value, text, outlet in group:
            versions.setdefault(value, (text, []))[1].append(outlet)
        said = "; ".join(f"{text} ({', '.join(names)})" for text, names in versions.values())
        figure, survey = labels.get(figure_id, ("this figure", "an unknown survey"))
        out.append(finding("conflicting_citations", "warning",
                           f"Articles give different numbers for {figure} in {survey}: {said}. "
                           "At most one of them can match the survey.",
                           figure_id=figure_id, survey_id=survey_of.get(figure_id), about=kind))
    return out


def _clashes(cited: pd.DataFrame, suspect: pd.DataFrame) -> np.ndarray:
    """Per row of `suspect` (figure_id, kind): whether two sources' values clash (_outlets_clash).

    The citations are sorted by figure, kind and source, so each source's intervals are one slice of a list:
    no dictionary of dictionaries filled one citation at a time."""
    groups = suspect[["figure_id", "kind"]].assign(group=np.arange(len(suspect)))
    rows = cited[["figure_id", "kind", "source_id", "lo", "hi"]].merge(groups, on=["figure_id", "kind"])
    source_codes = pd.factorize(rows["source_id"])[0]
    order = np.lexsort((source_codes, rows["group"].to_numpy()))
    group, source = rows["group"].to_numpy()[order], source_codes[order]
    intervals = list(zip(rows["lo"].to_numpy()[order].tolist(), rows["hi"].to_numpy()[order].tolist(), strict=True))
    starts = np.flatnonzero((np.diff(group, prepend=-1) != 0) | (np.diff(source, prepend=-1) != 0)).tolist()
    sources_of: list[list[list[tuple[float, float]]]] = [[] for _ in range(len(suspect))]
    group_of = group.tolist()
    for first, end in pairwise([*starts, len(intervals)]):
        sources_of[group_of[first]].append(intervals[first:end])
    return np.array([_outlets_clash(sources) for sources in sources_of], dtype=bool)


def _outlets_clash(sources: list[list[tuple[float, float]]]) -> bool:
    """Two sources (each given as its values' intervals) none of whose values fall within each other's rounding."""
    def agree(x: tuple[float, float], y: tuple[float, float]) -> bool:
        return x[0] < y[1] - EPSILON and y[0] < x[1] - EPSILON

    return any(not any(agree(x, y) for x in a for y in b) for i, a in enumerate(sources) for b in sources[i + 1:])


def differs_from_published(figures, surveys, citations, sources) -> list[dict]:
    """A citation whose value, allowing for its rounding, is not the pollster's published value."""
    published = figures[figures["value"].notna() & (figures["value_basis"] == "primary")]
    cited = _with_intervals(citations[citations["figure_id"].isin(published["figure_id"])]).merge(
        published[["figure_id", "survey_id", "value", "unit"]], on="figure_id")
    cited = cited[cited["kind"].map(KIND_UNIT) == cited["unit"]]
    wrong = cited[(cited["value"] < cited["lo"] - EPSILON) | (cited["value"] >= cited["hi"] - EPSILON)]
    labels = _labels(figures[figures["figure_id"].isin(wrong["figure_id"])], surveys)
    outlets = _outlets(sources)
    return [
        finding("differs_from_published", "error",
                f"{outlets.get(c.source_id, 'An article')} cites {c.value_text} for {labels[c.figure_id][0]} in "
                f"{labels[c.figure_id][1]}, but the pollster published {_number(c.value)}{_unit_suffix(c.unit)}.",
                figure_id=c.figure_id, survey_id=c.survey_id, citation_id=c.citation_id)
        for c in wrong.itertuples(index=False)
    ]


def sum_over_100(figures, surveys, citations) -> list[dict]:
    """The answer options articles cite for one question (same survey, question text, subgroup) add up to
    over 100 + rounding. Only figures with a known answer option count (a statement alone does not say which
    question it answers), and only cited ones: pollsters' own tables often nest categories."""
    cited = citations.loc[citations["kind"] == "share", "figure_id"].unique()
    shares = figures[(figures["unit"] == "percent") & figures["question"].notna() & figures["answer"].notna()
                     & figures["figure_id"].isin(cited)].copy()
    shares["best"] = best_values(shares, citations)
    shares = shares[shares["best"].notna()]
    keys = ["survey_id", "question", "subgroup"]
    totals = shares.groupby(keys, sort=True)["best"].agg(["sum", "size"]).reset_index()
    over = totals[(totals["size"] > 1) & (totals["sum"] > 100 + 0.5 * totals["size"] + EPSILON)]
    labels = _survey_labels(surveys[surveys["survey_id"].isin(over["survey_id"])])
    out = []
    for g in over.itertuples(index=False):
        who = "" if g.subgroup == "all" else f" among {g.subgroup}"
        out.append(finding("sum_over_100", "warning",
                           f"The {g.size} answers to “{g.question}”{who} in "
                           f"{labels.get(g.survey_id, 'an unknown survey')} add up to {_number(g.sum)}%, more than "
                           "100 even allowing for rounding; one of the figures is probably wrong (unless "
                           "respondents could pick several answers).",
                           survey_id=g.survey_id, about=f"{g.question}\x1f{g.subgroup}"))
    return out


def share_out_of_range(figures, surveys, citations, sources) -> list[dict]:
    """A share of respondents below 0% or above 100%."""
    outlets = _outlets(sources)
    bad_cites = citations[(citations["kind"] == "share") & ~citations["value_cited"].between(0, 100)]
    bad_figures = figures[(figures["unit"] == "percent") & figures["value"].notna()
                          & ~figures["value"].between(0, 100)]
    named = figures[figures["figure_id"].isin(bad_cites["figure_id"]) | figures["figure_id"].isin(
        bad_figures["figure_id"])]
    labels = _labels(named, surveys)
    survey_of = dict(zip(named["figure_id"].tolist(), named["survey_id"].tolist(), strict=True))
    out = [
        finding("share_out_of_range", "error",
                f"{outlets.get(c.source_id, 'An article')} cites a share of {c.value_text} for "
                f"{labels.get(c.figure_id, ('a figure', ''))[0]}: a share of respondents must be between 0 and 100%.",
                figure_id=c.figure_id, survey_id=survey_of.get(c.figure_id), citation_id=c.citation_id)
        for c in bad_cites.itertuples(index=False)
    ]
    out += [
        finding("share_out_of_range", "error",
                f"The published value {_number(f.value)}% for {labels[f.figure_id][0]} is not a possible share "
                "(it must be between 0 and 100%).", figure_id=f.figure_id, survey_id=f.survey_id)
        for f in bad_figures.itertuples(index=False)
    ]
    return out


def change_disagrees(figures, surveys, citations, sources) -> list[dict]:
    """A stated change ("up 5 points") that is not the difference between this wave and the previous one."""
    keys = ["question_id", "subgroup"]
    changes = citations[citations["kind"] == "change"].merge(
        figures[["figure_id", "survey_id", *keys]], on="figure_id")
    shares = figures[figures["unit"] == "percent"].copy()
    shares["best"] = best_values(shares, citations)
    shares = shares[shares["best"].notna()].merge(surveys[["survey_id", "fieldwork_start"]], on="survey_id")
    shares = shares[shares["fieldwork_start"].notna()][["survey_id", *keys, "question", "fieldwork_start", "best"]]
    shares = shares.drop_duplicates(["survey_id", *keys])
    now = changes.merge(shares, on=["survey_id", *keys])
    if now.empty:
        return []
    earlier = shares.drop(columns=["question"]).rename(columns={
        "survey_id": "survey_before", "fieldwork_start": "fieldwork_start_before", "best": "best_before"})
    before = now[["citation_id", *keys, "fieldwork_start"]].merge(earlier, on=keys)
    before = before[before["fieldwork_start_before"] < before["fieldwork_start"]]
    before = before.sort_values(["citation_id", "fieldwork_start_before", "survey_before"]).drop_duplicates(
        "citation_id", keep="last")
    pairs = now.merge(before[["citation_id", "fieldwork_start_before", "best_before"]], on="citation_id")
    actual = pairs["best"] - pairs["best_before"]
    stated = pairs["value_cited"]
    gap = (actual.abs() - stated).abs().where(stated >= 0, (actual - stated).abs())
    outlets = _outlets(sources)
    return [
        finding("change_disagrees", "warning",
                f"{outlets.get(c.source_id, 'An article')} says “{c.question}” changed by {c.value_text}, but the "
                f"survey went from {_number(c.best_before)}% ({c.fieldwork_start_before}) to {_number(c.best)}% "
                f"({c.fieldwork_start}), a change of {_number(c.best - c.best_before)} points.",
                figure_id=c.figure_id, survey_id=c.survey_id, citation_id=c.citation_id)
        for c in pairs[gap > CHANGE_TOLERANCE + 0.5 + EPSILON].itertuples(index=False)
    ]


def implausible_margin_of_error(surveys) -> list[dict]:
    """A stated margin of error far from about 98/√n for the stated sample size."""
    known = surveys[surveys["sample_size"].notna() & surveys["margin_of_error"].notna()
                    & (surveys["sample_size"] > 0)]
    labels = _survey_labels(known)
    out = []
    for s in known.itertuples(index=False):
        expected = MOE_CONSTANT / math.sqrt(int(s.sample_size))
        ratio = s.margin_of_error / expected
        if not MOE_PLAUSIBLE[0] <= ratio <= MOE_PLAUSIBLE[1]:
            out.append(finding("implausible_margin_of_error", "warning",
                               f"{_sentence_start(labels[s.survey_id])} reports a margin of error of "
                               f"±{_number(s.margin_of_error)} percentage points for {int(s.sample_size):,} "
                               f"respondents; a random sample of that size gives about ±{expected:.1f}. "
                               "One of the two is probably misreported.", survey_id=s.survey_id))
    return out


def unattributed(figures, surveys) -> list[dict]:
    """Figures whose survey has no known pollster or no fieldwork date."""
    joined = figures.merge(surveys[["survey_id", "pollster", "fieldwork_start"]], on="survey_id", how="left")
    missing = joined[joined["pollster"].isna() | joined["fieldwork_start"].isna()]
    out = []
    for f in missing.itertuples(index=False):
        lacks = " and ".join(w for w, gap in (("pollster", pd.isna(f.pollster)),
                                              ("fieldwork date", pd.isna(f.fieldwork_start))) if gap)
        out.append(finding("unattributed", "info",
                           f"No {lacks} is known for {_figure_label(f.question)}, so readers cannot tell which "
                           "survey it comes from.", figure_id=f.figure_id, survey_id=f.survey_id))
    return out


def best_values(figures: pd.DataFrame, citations: pd.DataFrame) -> pd.Series:
    """Published value where known, else the median cited value of the figure's citations of its own kind."""
    own_kind = citations[citations["kind"].map(KIND_UNIT) == citations["figure_id"].map(
        figures.set_index("figure_id")["unit"])]
    median = own_kind.groupby("figure_id")["value_cited"].median()
    return figures["value"].fillna(figures["figure_id"].map(median)).astype("float64")


def _with_intervals(citations: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([citations, citation_intervals(citations)], axis=1)


def _outlets(sources: pd.DataFrame) -> dict[str, str]:
    names = sources["outlet"].fillna(sources["url"]).fillna("an article")
    return dict(zip(sources["source_id"].tolist(), names.tolist(), strict=True))


def _labels(figures: pd.DataFrame, surveys: pd.DataFrame) -> dict[str, tuple[str, str]]:
    survey_labels = _survey_labels(surveys)
    return {f.figure_id: (_figure_label(f.question, f.answer), survey_labels.get(f.survey_id, "an unknown survey"))
            for f in figures.itertuples(index=False)}


def _figure_label(question, answer=None) -> str:
    if pd.isna(question):
        return "an unnamed figure"
    return f"“{question}”" + (f" (answer “{answer}”)" if not pd.isna(answer) else "")


def _survey_labels(surveys: pd.DataFrame) -> dict[str, str]:
    labels = {}
    for s in surveys.itertuples(index=False):
        who = s.pollster if not pd.isna(s.pollster) else "an unnamed pollster"
        when = f" ({s.fieldwork_start})" if not pd.isna(s.fieldwork_start) else ""
        labels[s.survey_id] = f"the {who} survey{when}"
    return labels


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unit_suffix(unit: str) -> str:
    return {"percent": "%", "points": " points", "respondents": " respondents"}.get(unit, "")


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
