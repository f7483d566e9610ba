"""Pollsters' own publications (primary JSONL) → survey metadata and published figure values.

The file's survey_key / question_key slugs only group its rows; they never become our ids. A primary
survey is matched to our surveys by pollster name (aliases from data/pollsters.csv), overlapping
fieldwork and geography, and — when either side has no dates — by its figures matching ours. A
primary figure is matched to one of our figures in the matched survey by word overlap between its
question + answer and the figure's statement, plus closeness of the published and cited values.
Unmatched primary surveys and figures are published anyway (basis primary).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

from etl.attribute import PLACE_NAMES
from etl.link import POLES, contradict, stable_id, statement_tokens, subgroup_key
from etl.package import conform
from etl.pollsters import default_matcher
from etl.schema import DATE_PATTERN
from etl.statements import is_whole_sample
from etl.tables import date_precision

META_KEYS = {"sample-size": "sample_size", "margin-of-error": "margin_of_error"}
SURVEY_META = ("pollster", "sponsor", "population", "geography", "fieldwork_start", "fieldwork_end", "sample_size",
               "mode", "margin_of_error")
POLLSTERS_CSV = Path(__file__).resolve().parent.parent / "data" / "pollsters.csv"
NAME_FILLER = re.compile(r"\b(?:the|center|centre|research|institute|inc|ltd|university)\b")
WORD = re.compile(r"[a-z0-9]+")
CHANGE_RECORD = re.compile(r"\(points\)|\bchange\b", re.IGNORECASE)
MIN_SIMILARITY = 0.2
MIN_SCORE = 0.6
STANCE_WORDS = POLES | {"support", "not"}  # answers that take a side: a citation taking the other is not them
SAME_ROUNDED = 0.5  # a cited value that is the published one rounded: evidence of the wave, unlike a near one
EVIDENCE_SCORE = 0.8  # a figure that identifies a survey without dates: similar words and a close value


def read_primary(path: Path) -> list[dict]:
    """Primary records in file order; malformed lines are reported (file:line: reason) and skipped."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                print(f"error: {path}:{lineno}: malformed JSON: {err.msg}", file=sys.stderr)
                continue
            if not isinstance(record, dict) or not record.get("pollster") or not _is_number(record.get("value")):
                print(f"error: {path}:{lineno}: a primary record needs 'pollster' and a numeric 'value'",
                      file=sys.stderr)
                continue
            for field in ("fieldwork_start", "fieldwork_end"):
                if record.get(field) is not None and not re.match(DATE_PATTERN, str(record[field])):
                    print(f"warning: {path}:{lineno}: {field} {record[field]!r} is not an ISO date; ignored",
                          file=sys.stderr)
                    record[field] = None
            records.append(record)
    return records


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def group_surveys(records: list[dict]) -> list[dict]:
    """One dict per primary survey wave: metadata (first non-null), primary_url and its figure records."""
    groups: dict[str, list[dict]] = {}
    for r in records:
        key = r.get("survey_key") or "\x1f".join(str(r.get(k)) for k in ("pollster", "fieldwork_start", "url"))
        groups.setdefault(key, []).append(r)
    surveys = []
    for key, rows in groups.items():
        rows = [{**r, "subgroup": part} for r, part in zip(rows, subgroups(rows), strict=True)]
        meta = {k: next((r[k] for r in rows if r.get(k) is not None and not (k == "population" and r["subgroup"])),
                        None) for k in SURVEY_META}  # a breakdown's population is not the survey's
        for r in rows:
            field = META_KEYS.get(r.get("question_key"))
            if field and meta[field] is None:
                meta[field] = r["value"]
        own_site = [r["url"] for r in rows if r.get("source_type") == "pollster_site" and r.get("url")]
        meta["primary_url"] = (own_site or [r.get("url") for r in rows if r.get("url")] or [None])[0]
        figures, seen = [], set()
        for r in rows:
            figure_key = (r.get("question"), r.get("answer"), r["subgroup"])
            if r.get("question_key") in META_KEYS or figure_key in seen:
                continue  # a restated value of the same figure: the first published one is used
            seen.add(figure_key)
            figures.append(r)
        surveys.append({**meta, "key": key, "figures": figures})
    return surveys


def subgroups(rows: list[dict]) -> list[str | None]:
    """Per record of one wave, the part of the sample it is about; None for the whole sample.

    Pollsters publish breakdowns beside the headline ("U.S. adults" 37, "Democrats" 83): a population
    is the whole sample when it is the wave's only one, or reads as one ("U.S. adults", "Ukrainians
    (all-Ukrainian sample)"); any other population is a subgroup, its own figure."""
    populations = {r.get("population") for r in rows if r.get("population")}
    if len(populations) <= 1:
        return [None] * len(rows)
    whole = {p for p in populations if is_whole_sample(_plain_population(p), PLACE_NAMES)}
    return [None if not r.get("population") or r["population"] in whole else r["population"] for r in rows]


def _plain_population(population: str) -> str:
    """ "Ukrainians (national panel)" → "Ukrainians": remarks in brackets say how, not who."""
    return re.sub(r"\s*\(.*?\)", "", population)


def same_subgroup(published: str | None, ours: str) -> bool:
    """A published breakdown and our subgroup name one group when one's words contain the other's
    ("Democrats" in "Democrats and Democratic-leaning independents"); None is our 'all'."""
    if published is None:
        return ours == "all"
    theirs, mine = set(subgroup_key(published).split()), set(subgroup_key(ours).split())
    return ours != "all" and bool(mine) and (mine <= theirs or theirs <= mine)


def load_aliases(path: Path = POLLSTERS_CSV) -> dict[str, str]:
    """Normalised alias → normalised canonical name, from the pollsters reference file if present."""
    if not path.exists():
        return {}
    try:
        ref = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError):
        return {}
    aliases = {}
    for row in ref.itertuples(index=False):
        canonical = normalise_org(getattr(row, "name", ""))
        for alias in [getattr(row, "name", ""), *str(getattr(row, "aliases", "")).split("|")]:
            if normalise_org(alias):
                aliases[normalise_org(alias)] = canonical
    return aliases


def normalise_org(name) -> str:
    if not isinstance(name, str):
        return ""
    return " ".join(NAME_FILLER.sub(" ", " ".join(WORD.findall(name.lower()))).split())


def same_pollster(a, b, aliases: dict[str, str]) -> bool:
    x, y = normalise_org(a), normalise_org(b)
    if not x or not y:
        return False
    x, y = aliases.get(x, x), aliases.get(y, y)
    return x == y or x in y or y in x or _acronym(a) == y or _acronym(b) == x


def _acronym(name) -> str:
    found = re.search(r"\(([A-Z]{2,})\)", name or "")
    return found.group(1).lower() if found else ""


def words(text) -> set[str]:
    """The linker's content words (stems, synonyms, "outweighs" folded), plus numbers ("18-29")."""
    if not isinstance(text, str):
        return set()
    numbers = {w for w in WORD.findall(text.lower()) if w.isdigit()}
    return {t.rpartition(":")[2] for t in statement_tokens(text)} | numbers


def similarity(a: set[str], b: set[str]) -> float:
    """Cosine overlap of two word sets: 1 for the same words, low when a short set hits a long one by chance."""
    return len(a & b) / (len(a) * len(b)) ** 0.5 if a and b else 0.0


def value_fit(published: float, cited: float) -> float:
    if np.isnan(cited):
        return 0.0
    gap = abs(published - cited)
    return 1.0 if gap <= 1 else 0.5 if gap <= 3 else 0.0


def _dates_overlap(p: dict, s) -> bool | None:
    """True/False when both sides have dates (compared at the coarser precision), None when one has none."""
    if not p.get("fieldwork_start") or pd.isna(s.fieldwork_start):
        return None
    p_start, p_end = p["fieldwork_start"], p.get("fieldwork_end") or p["fieldwork_start"]
    s_start = s.fieldwork_start
    s_end = s.fieldwork_end if not pd.isna(s.fieldwork_end) else s_start
    n = min(len(p_start), len(s_start))
    return p_start[:n] <= s_end[:n] and s_start[:n] <= p_end[:n]


def _within_months(s, p: dict) -> bool:
    """Our survey's fieldwork lies within the months of the published wave's."""
    s_end = s.fieldwork_end if not pd.isna(s.fieldwork_end) else s.fieldwork_start
    p_end = p.get("fieldwork_end") or p["fieldwork_start"]
    return p["fieldwork_start"][:7] <= s.fieldwork_start[:7] and s_end[:7] <= p_end[:7]


def record_unit(record: dict) -> str:
    """A published change ("… change since March (points)") is in points; everything else is a share."""
    return "points" if CHANGE_RECORD.search(f"{record.get('question')} {record.get('answer')}") else "percent"


def figure_matches(p_survey: dict, figures: pd.DataFrame,
                   same_value_only: bool = False) -> list[tuple[float, int, str]]:
    """(score, primary figure index, figure_id) for every plausible pairing, best first. With
    `same_value_only`, only pairings whose cited value is the published one rounded, the
    answer's own words enough: what identifies a survey wave, since one question asked in two waves
    has the same words."""
    pairs = []
    for i, record in enumerate(p_survey["figures"]):
        record_words = words(f"{record.get('question') or ''} {record.get('answer') or ''}")
        answer_words = words(record.get("answer") or "")
        answer_tokens = statement_tokens(record.get("answer"))
        published = float(record["value"])
        for f in figures[figures["unit"] == record_unit(record)].itertuples(index=False):
            if not same_subgroup(record.get("subgroup"), f.subgroup):
                continue
            if same_value_only and not abs(published - f.cited) <= SAME_ROUNDED:
                continue
            said = f.answer if isinstance(f.answer, str) else f.question  # a formal question names every answer
            ours = statement_tokens(said) if isinstance(said, str) else frozenset()
            if answer_tokens & STANCE_WORDS and contradict(answer_tokens, ours):
                continue  # "disapproved" is not the published "approve"
            sim = similarity(record_words, f.words)
            if same_value_only and len(answer_words) >= 2:  # "are more excited" is the answer, not the question
                sim = max(sim, similarity(answer_words, f.words))
            score = sim + 0.4 * value_fit(published, f.cited)
            if sim >= MIN_SIMILARITY and score >= MIN_SCORE:
                pairs.append((round(score, 9), i, f.figure_id))
    return sorted(pairs, key=lambda t: (-t[0], t[1], t[2]))


def apply_primary(tables: dict[str, pd.DataFrame], records: list[dict],
                  aliases: dict[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """Fill matched surveys' metadata and figures' values from the primary records; add what is unmatched."""
    aliases = load_aliases() if aliases is None else aliases
    surveys, figures = tables["surveys"].copy(), tables["figures"].copy()
    cited = tables["citations"].groupby("figure_id")["value_cited"].median()
    figures["cited"] = figures["figure_id"].map(cited).astype("float64").fillna(figures["value"])
    figures["words"] = [words(f"{q} {a}" if isinstance(a, str) else q) for q, a in zip(figures["question"],
                                                                                      figures["answer"], strict=True)]
    waves = group_surveys(records)
    matched = assign_surveys(waves, surveys, figures, aliases)
    new_surveys, new_figures = [], []
    for wave, survey_ids in zip(waves, matched, strict=True):
        if not survey_ids:
            survey_id = stable_id("primary", wave["key"], normalise_org(wave["pollster"]), wave.get("population"),
                                  wave.get("geography"), wave.get("fieldwork_start"), wave.get("fieldwork_end"))
            survey_ids = [survey_id]
            if not (surveys["survey_id"] == survey_id).any():  # else published by an earlier build: refill it
                new_surveys.append({"survey_id": survey_id, **_meta(wave)})
        for survey_id in survey_ids:
            if (surveys["survey_id"] == survey_id).any():
                _fill_survey(surveys, survey_id, wave)
        own = figures[figures["survey_id"].isin(survey_ids)]
        used_records, used_figures = set(), set()
        for _score, i, figure_id in figure_matches(wave, own):
            if i in used_records or figure_id in used_figures:
                continue
            used_records.add(i)
            used_figures.add(figure_id)
            record = wave["figures"][i]
            at = figures.index[figures["figure_id"] == figure_id][0]
            if figures.at[at, "value_basis"] != "primary":  # else filled by an earlier build: keep what it kept
                figures.loc[at, "cited_as"] = figures.at[at, "question"]
            figures.loc[at, ["question", "answer", "value", "value_basis"]] = [
                record.get("question"), record.get("answer"), float(record["value"]), "primary"]
        new_figures += [_primary_figure(survey_ids[0], wave, r) for i, r in enumerate(wave["figures"])
                        if i not in used_records]
    if new_surveys:
        surveys = pd.concat([surveys, pd.DataFrame(new_surveys)], ignore_index=True)
    surveys["date_precision"] = date_precision(surveys["fieldwork_start"])
    figures = figures.drop(columns=["cited", "words"])
    if new_figures:
        new = pd.DataFrame(new_figures)
        new = new[~new["figure_id"].isin(figures["figure_id"])].drop_duplicates("figure_id")
        figures = pd.concat([figures, new], ignore_index=True)
    return {**tables, "surveys": conform(surveys, "surveys"), "figures": conform(figures, "figures")}


def assign_surveys(waves: list[dict], surveys: pd.DataFrame, figures: pd.DataFrame,
                   aliases: dict[str, str]) -> list[list[str]]:
    """Per primary wave, the sorted ids of our surveys that are that wave; each of ours goes to its best wave."""
    best: dict[str, tuple[float, int]] = {}
    for w, wave in enumerate(waves):
        for survey_id, score in candidate_surveys(wave, surveys, figures, aliases):
            if survey_id not in best or score > best[survey_id][0]:
                best[survey_id] = (score, w)
    assigned: list[list[str]] = [[] for _ in waves]
    for survey_id, (_score, w) in sorted(best.items()):
        assigned[w].append(survey_id)
    dates = surveys.set_index("survey_id")[["fieldwork_start", "fieldwork_end"]]
    return [_one_fieldwork(ids, best, dates) for ids in assigned]


def _one_fieldwork(survey_ids: list[str], best: dict[str, tuple[float, int]], dates: pd.DataFrame) -> list[str]:
    """One wave was fielded once: of our surveys given to it, those dated apart from the best-scoring
    one (a 2021 survey and a 2023 one) are not it, whatever coincidence of values brought them."""
    if len(survey_ids) < 2:
        return survey_ids
    top = max(survey_ids, key=lambda s: (best[s][0], s))
    if pd.isna(dates.at[top, "fieldwork_start"]):
        return survey_ids
    end = dates.at[top, "fieldwork_end"]
    first = {"fieldwork_start": dates.at[top, "fieldwork_start"], "fieldwork_end": None if pd.isna(end) else end}
    return [s for s in survey_ids
            if _dates_overlap(first, SimpleNamespace(**dates.loc[s].to_dict())) is not False]


def candidate_surveys(wave: dict, surveys: pd.DataFrame, figures: pd.DataFrame,
                      aliases: dict[str, str]) -> list[tuple[str, float]]:
    """Our surveys that may be this wave, with a score: same pollster and geography, then overlapping fieldwork
    (10) plus the number of published figures that match ours; without dates on either side at least one must."""
    found = []
    published = {k: v for k, v in _meta(wave).items() if v is not None}
    for s in surveys.itertuples(index=False):
        if s.basis == "primary":  # filled by an earlier build: it stays with the wave whose metadata it carries
            if all(_same_value(getattr(s, k), v) for k, v in published.items()):
                found.append((s.survey_id, 100.0 + len(published)))
            continue
        if not same_pollster(wave["pollster"], s.pollster, aliases):
            continue
        if wave.get("geography") and not pd.isna(s.geography) and wave["geography"] != s.geography:
            continue
        overlap = _dates_overlap(wave, s)
        if overlap is False or (overlap and not _within_months(s, wave)):
            continue  # fielded apart, or over months the wave was not ("May and June" is no June wave)
        evidence = len({i for score, i, _f in figure_matches(wave, figures[figures["survey_id"] == s.survey_id],
                                                               same_value_only=True) if score >= EVIDENCE_SCORE})
        if overlap or evidence:
            found.append((s.survey_id, 10.0 * bool(overlap) + evidence))
    return found


def _same_value(ours, published) -> bool:
    if ours is None or ours is pd.NA or (isinstance(ours, float) and np.isnan(ours)):
        return False
    if isinstance(published, (int, float)):
        return abs(float(ours) - float(published)) < 1e-9
    return str(ours) == str(published)


def _meta(p: dict) -> dict:
    meta = {k: p.get(k) for k in SURVEY_META}
    return {**meta, "pollster": canonical_pollster(meta["pollster"]), "primary_url": p.get("primary_url"),
            "basis": "primary"}


def canonical_pollster(name: str | None) -> str | None:
    """The reference name of the one known pollster a primary record names ("Kyiv International Institute of
    Sociology (KIIS)" is "Kyiv International Institute of Sociology", as articles' citations call it), so a
    pollster is listed once; a name of several pollsters or of none stays as written."""
    if not name:
        return name
    known = {match.pollster.name for match in default_matcher().find(name)}
    return known.pop() if len(known) == 1 else name


def _fill_survey(surveys: pd.DataFrame, survey_id: str, p: dict) -> None:
    at = surveys.index[surveys["survey_id"] == survey_id][0]
    for column, value in _meta(p).items():
        if value is not None:
            surveys.loc[at, column] = value


def _primary_figure(survey_id: str, p: dict, record: dict) -> dict:
    question, answer, subgroup = record.get("question"), record.get("answer"), record.get("subgroup") or "all"
    return {
        "figure_id": stable_id(survey_id, "primary", question, answer, subgroup), "survey_id": survey_id,
        "question_id": stable_id(normalise_org(p["pollster"]), question, answer), "question": question,
        "answer": answer, "subgroup": subgroup, "value": float(record["value"]), "unit": record_unit(record),
        "value_basis": "primary",
    }
