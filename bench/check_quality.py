"""How well does the editors' desk flag real disagreements, and how often does it cry wolf?

Every article of ../shared/corpus is checked as a draft against the package built from that corpus and
../shared/primary (a draft already in the package is compared with the other outlets, never itself).
Known disagreements come from the gold set and the pollsters' own figures:
- a cited value that differs (beyond rounding) from every published value of its question for a
  compatible population;
- with no published value, two articles that each cite one value for the same question and differ.
Every other gold figure counts as correctly cited. Target: every disagreement flagged (✖ or ⚠), at most 5%
of correctly cited figures flagged.

    .venv/bin/python bench/check_quality.py [--data PACKAGE] [--list N]

Without --data the package is built into a temporary folder first (`python -m etl build ... --rebuild`).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.desk import PROBLEMS, check_citations  # noqa: E402
from etl.desk_data import Dataset, load_dataset  # noqa: E402
from etl.evaluate import locate_gold, match  # noqa: E402
from etl.ingest import Article, read_inputs  # noqa: E402

SHARED = ROOT.parent / "shared"
ARTICLES = SHARED / "corpus" / "articles.jsonl"
GOLD = SHARED / "corpus" / "gold.jsonl"
PRIMARY = SHARED / "primary" / "primary.jsonl"
TOLERANCE = 0.51  # the corpus README's value tolerance: 33 and 33.3 agree, 74 and 75 do not
SURVEY_LEVEL = {"sample-size": "sample_size", "margin-of-error": "margin_of_error"}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def words(text: str | None) -> set[str]:
    without_asides = re.sub(r"\([^)]*\)", " ", (text or "").lower())
    return set(re.sub(r"[^\w\s]", " ", without_asides).split())


def same_population(cited: str | None, published: str | None) -> bool:
    """'Belarusians' is the published 'urban Belarusians (internet users)'; 'U.S. adults' is not the
    published 'U.S. adults who have heard a lot about AI' (a subgroup: more than one word more)."""
    a, b = words(cited), words(published)
    return a <= b and len(b - a) <= 1


def primary_kind(row: dict) -> str:
    if row["question_key"] in SURVEY_LEVEL:
        return SURVEY_LEVEL[row["question_key"]]
    return "change" if "change" in f"{row.get('answer')} {row.get('note')}".lower() else "share"


def known_disagreements(gold: list[dict], primary: list[dict]) -> dict[int, tuple[str, set[float]]]:
    """Gold row index -> (why it is a known disagreement, the numbers it disagrees with)."""
    published = defaultdict(list)
    for p in primary:
        published[(p["survey_key"], p["question_key"], primary_kind(p))].append(p)
    found: dict[int, str] = {}
    undecided = defaultdict(lambda: defaultdict(set))  # (survey, question, kind) -> article -> values
    for i, g in enumerate(gold):
        if not g.get("survey_key") or not g.get("question_key"):
            continue
        key = (g["survey_key"], g["question_key"], g["kind"])
        # a published value counts for this mention when its population covers the one cited
        comparable = [p for p in published.get(key, ()) if same_population(g.get("population"), p["population"])]
        if comparable:
            if min(abs(float(g["value"]) - float(p["value"])) for p in comparable) > TOLERANCE:
                values = {float(p["value"]) for p in comparable}
                found[i] = (f"differs from published {sorted(values)}", values)
        elif not published.get(key):
            undecided[key][g["article_id"]].add(float(g["value"]))
    for i, g in enumerate(gold):
        key = (g.get("survey_key"), g.get("question_key"), g["kind"])
        mine = undecided.get(key, {}).get(g["article_id"])
        if i in found or not mine or len(mine) != 1:
            continue
        others = {a: v for a, v in undecided[key].items() if a != g["article_id"] and len(v) == 1}
        differing = {a: next(iter(v)) for a, v in others.items() if abs(next(iter(v)) - next(iter(mine))) > TOLERANCE}
        if differing:
            found[i] = ("outlets differ: " + ", ".join(f"{a} {v:g}" for a, v in sorted(differing.items())),
                        set(differing.values()))
    return found


def build_package(folder: Path) -> None:
    command = [sys.executable, "-m", "etl", "build", str(ARTICLES), "--primary", str(PRIMARY), "--out", str(folder),
               "--rebuild"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"building the package failed:\n{done.stderr[-3000:]}")


def check_corpus(dataset: Dataset) -> tuple[list[Article], list[dict]]:
    from etl.extract import extract_article

    articles = [a for a in read_inputs([ARTICLES]) if isinstance(a, Article)]
    predictions = []
    for article in articles:
        citations = extract_article(article)
        pollster_at = {(c["start"], c["end"]): c.get("pollster") for c in citations}
        verdicts = check_citations(citations, dataset, text=article.text, title=article.title or "",
                                   published=article.published, draft_sha256=article.text_sha256)
        predictions.extend({"article_id": article.id, "start": v.start, "end": v.end, "value": v.value,
                            "kind": v.kind, "verdict": v.verdict, "message": v.message,
                            "pollster": pollster_at.get((v.start, v.end)), "sha": article.text_sha256}
                           for v in verdicts)
    return articles, predictions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="an existing package built from the corpus (default: build one)")
    parser.add_argument("--list", type=int, default=15, metavar="N", help="misses and false alarms to list")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        data = args.data
        if data is None:
            data = Path(tmp) / "package"
            started = time.perf_counter()
            build_package(data)
            print(f"built the package in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        dataset = load_dataset(data)
        articles, predictions = check_corpus(dataset)
        elapsed = time.perf_counter() - started

    gold = read_jsonl(GOLD)
    disagreements = known_disagreements(gold, read_jsonl(PRIMARY))
    for i, g in enumerate(gold):
        g["_row"] = i
    located = locate_gold(gold, {a.id: a.text for a in articles})
    verdict_of = {g["_row"]: p for g, p in match(located, predictions)}

    flagged, missed, alarms = [], [], []
    correct_found = 0
    for g in located:
        prediction = verdict_of.get(g["_row"])
        is_flagged = prediction is not None and prediction["verdict"] in PROBLEMS
        if g["_row"] in disagreements:
            (flagged if is_flagged else missed).append((g, prediction))
        elif prediction is not None:
            correct_found += 1
            if is_flagged:
                alarms.append((g, prediction))
    unmatched_flags = [p for p in predictions if p["verdict"] in PROBLEMS and p not in verdict_of.values()]

    total = len(flagged) + len(missed)
    print(f"checked {len(articles)} articles as drafts in {elapsed:.1f} s: {len(predictions)} figures, "
          f"verdicts {dict(Counter(p['verdict'] for p in predictions).most_common())}")
    print(f"known disagreements flagged: {len(flagged)}/{total} ({_pct(len(flagged), total)}); "
          f"{sum(1 for _, p in missed if p is None)} of the misses not extracted at all")
    print(f"correctly cited figures flagged wrongly: {len(alarms)}/{correct_found} "
          f"({_pct(len(alarms), correct_found)}; target ≤ 5%)")
    print(f"flags on extracted figures that are not gold survey figures: {len(unmatched_flags)}")
    causes = Counter(miss_cause(p, disagreements[g["_row"]][1], dataset) for g, p in missed)
    print("why disagreements were missed: " + (", ".join(f"{n} {cause}" for cause, n in causes.most_common()) or "-"))
    if args.list:
        _listing("missed disagreements", missed, disagreements, args.list)
        _listing("false alarms", alarms, disagreements, args.list)
    return 0


def miss_cause(prediction: dict | None, counterparts: set[float], dataset: Dataset) -> str:
    """Upstream (extraction, attribution, linking) or the desk's own matching?"""
    if prediction is None:
        return "not extracted"
    if not prediction["pollster"]:
        return "no pollster attributed"
    kind = prediction["kind"]
    for figure in dataset.candidates_for(prediction["pollster"]):
        evidence = [figure.published(kind), *(c.value for c in figure.others(kind, prediction["sha"]))]
        if any(v is not None and abs(v - c) <= TOLERANCE for v in evidence for c in counterparts):
            return "counterpart in the dataset but not matched by the desk"
    return f"counterpart not in the dataset under {prediction['pollster']}"


def _listing(title: str, rows: list[tuple[dict, dict | None]], why: dict[int, tuple[str, set[float]]],
             limit: int) -> None:
    if not rows:
        return
    print(f"\n{title} (first {min(limit, len(rows))} of {len(rows)}):")
    for g, p in rows[:limit]:
        verdict = p["verdict"] if p else "not extracted"
        reason = why.get(g["_row"], ("", None))[0]
        print(f"  {g['article_id']} {g['value_text']!r} ({g['kind']}, {g['question_key']}) {reason} -> {verdict}: "
              f"{(p or {}).get('message', '')[:220]}")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


if __name__ == "__main__":
    sys.exit(main())
