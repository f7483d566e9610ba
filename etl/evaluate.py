"""Score extraction, attribution and linking against a hand-annotated gold set.

The rule is the corpus README's: a prediction matches a gold row when it is in the same article, its
span overlaps the gold `value_text` span (located inside the gold `sentence`) and its value is within
0.51; each gold row matches at most one prediction, greedily in text order. Scoring is pure functions
over plain dicts so it can be unit-tested on tiny sets; `run` only reads files and prints.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

VALUE_TOLERANCE = 0.51
NAME_FILLER = re.compile(r"\b(?:the|center|centre|research)\b")
NON_WORD = re.compile(r"[^\w\s]")


def locate_gold(gold: list[dict], texts: dict[str, str]) -> list[dict]:
    """Give every gold row the `start`/`end` of its value_text inside its sentence in the article.

    Rows that share a sentence and value_text with the same value take successive occurrences (a
    figure mentioned twice is two rows); rows with different values may share one span ("2-4%").
    """
    taken: set[tuple] = set()
    located = []
    for row in gold:
        text = texts.get(row["article_id"], "")
        candidates = list(_occurrences(text, row["sentence"], row["value_text"]))
        span = candidates[0] if candidates else None  # a row repeated for one mention keeps its span
        for start, end in candidates:
            key = (row["article_id"], start, row["kind"], round(float(row["value"]), 2))
            if key not in taken:
                taken.add(key)
                span = (start, end)
                break
        if span is not None:
            located.append({**row, "start": span[0], "end": span[1]})
    return located


def _occurrences(text: str, sentence: str, value_text: str):
    """Spans of value_text as a whole token inside each occurrence of sentence ("6%" not inside "46%")."""
    left = r"(?<![\w.])" if value_text[:1].isalnum() else ""
    right = r"(?!\w)" if value_text[-1:].isalnum() else ""
    token = re.compile(left + re.escape(value_text) + right)
    s = text.find(sentence)
    while s >= 0:
        for m in token.finditer(sentence):
            yield s + m.start(), s + m.end()
        s = text.find(sentence, s + 1)


def match(gold: list[dict], predictions: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching of located gold rows to predictions, in text order."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for p in predictions:
        by_article[p["article_id"]].append(p)
    for preds in by_article.values():
        preds.sort(key=lambda p: (p["start"], p["end"]))
    used: set[int] = set()
    pairs = []
    for g in sorted(gold, key=lambda g: (g["article_id"], g["start"], g["end"])):
        for p in by_article.get(g["article_id"], ()):
            if id(p) in used:
                continue
            overlaps = p["start"] < g["end"] and g["start"] < p["end"]
            if overlaps and abs(float(p["value"]) - float(g["value"])) <= VALUE_TOLERANCE:
                used.add(id(p))
                pairs.append((g, p))
                break
    return pairs


def prf(matched: int, predicted: int, gold: int) -> dict:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "matched": matched, "predicted": predicted, "gold": gold}


def normalise_org(name: str | None) -> str:
    text = NON_WORD.sub(" ", (name or "").lower())
    return " ".join(NAME_FILLER.sub(" ", text).split())


def same_org(gold_name: str | None, predicted: str | None) -> bool:
    """Same organisation, case/punctuation/filler words aside; one name containing the other counts."""
    g, p = normalise_org(gold_name), normalise_org(predicted)
    return bool(g and p) and (g in p or p in g)


def same_fieldwork(gold_fieldwork: str | None, predicted_start: str | None) -> bool:
    """Predicted start has the gold start's year and, where gold has one, its month."""
    if not gold_fieldwork or not predicted_start:
        return False
    gold_start = gold_fieldwork.split("/")[0]
    precision = 7 if len(gold_start) >= 7 else 4
    return str(predicted_start)[:precision] == gold_start[:precision]


def accuracy(pairs: list[tuple[dict, dict]], gold_field: str, correct) -> dict:
    scored = [(g, p) for g, p in pairs if g.get(gold_field)]
    right = sum(1 for g, p in scored if correct(g, p))
    return {"accuracy": right / len(scored) if scored else 0.0, "correct": right, "total": len(scored)}


def linking_scores(pairs: list[tuple[dict, dict]], fields: tuple[str, ...] = ("figure_id",),
                   gold_fields: tuple[str, ...] = ("survey_key", "question_key")) -> dict:
    """Pairwise P/R/F1 over matched shares from different articles: same gold keys vs same predicted ids.

    The README's rule compares (survey_key, question_key) with figure ids; survey_key against survey_id
    is also reported, to tell wave errors from question errors.
    """
    gold_same = pred_same = both = 0
    for (g1, p1), (g2, p2) in combinations(pairs, 2):
        if g1["article_id"] == g2["article_id"]:
            continue
        gold1 = tuple(g1.get(f) for f in gold_fields)
        g_eq = all(gold1) and gold1 == tuple(g2.get(f) for f in gold_fields)
        key1 = tuple(p1.get(f) for f in fields)
        p_eq = all(key1) and key1 == tuple(p2.get(f) for f in fields)
        gold_same += g_eq
        pred_same += p_eq
        both += g_eq and p_eq
    return prf(both, pred_same, gold_same)


def score(gold: list[dict], predictions: list[dict], texts: dict[str, str]) -> dict:
    """All scores of the corpus README, plus the unmatched rows for error analysis."""
    located = locate_gold(gold, texts)
    all_pairs = match(located, predictions)
    gold_shares = [g for g in located if g["kind"] == "share"]
    pred_shares = [p for p in predictions if p["kind"] == "share"]
    share_pairs = match(gold_shares, pred_shares)
    matched_gold = {id(g) for g, _ in all_pairs}
    matched_pred = {id(p) for _, p in all_pairs}
    return {
        "share": prf(len(share_pairs), len(pred_shares), len(gold_shares)),
        "all_kinds": prf(len(all_pairs), len(predictions), len(located)),
        "pollster": accuracy(share_pairs, "pollster", lambda g, p: same_org(g["pollster"], p.get("pollster"))),
        "fieldwork": accuracy(share_pairs, "fieldwork",
                              lambda g, p: same_fieldwork(g["fieldwork"], p.get("fieldwork_start"))),
        "linking": linking_scores(share_pairs),
        "linking_survey": linking_scores(share_pairs, ("survey_id",), ("survey_key",)),
        "unlocated_gold": len(gold) - len(located),
        "misses": [g for g in located if id(g) not in matched_gold],
        "false_positives": [p for p in predictions if id(p) not in matched_pred],
    }


def sentence_of(row: dict, texts: dict[str, str]) -> str:
    """The sentence of a gold row (as annotated) or of a prediction (its sentence span), on one line."""
    if "sentence" in row:
        return " ".join(row["sentence"].split())
    text = texts.get(row["article_id"], "")
    return " ".join(text[row.get("sentence_start", row["start"]):row.get("sentence_end", row["end"])].split())


def format_report(scores: dict, texts: dict[str, str], errors: int) -> str:
    lines = []
    for name in ("share", "all_kinds", "pollster", "fieldwork", "linking", "linking_survey"):
        s = scores[name]
        if "accuracy" in s:
            lines.append(f"{name:16} accuracy {s['accuracy']:.3f}  ({s['correct']}/{s['total']})")
        else:
            lines.append(f"{name:16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                         f"(matched {s['matched']}, predicted {s['predicted']}, gold {s['gold']})")
    if scores["unlocated_gold"]:
        lines.append(f"warning: {scores['unlocated_gold']} gold rows could not be located in their article")
    if errors:
        for title, rows in (("MISSES", scores["misses"]), ("FALSE POSITIVES", scores["false_positives"])):
            lines.append(f"\n{title} ({len(rows)}, first {min(errors, len(rows))}):")
            for r in rows[:errors]:
                where = f"{r['article_id']} {r['kind']} {r['value']} {r['value_text']!r}"
                lines.append(f"  {where}: {sentence_of(r, texts)}")
    return "\n".join(lines)


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate_files(gold_path: str | Path, articles_path: str | Path) -> tuple[dict, dict[str, str], list[str]]:
    """Extract, attribute and link the articles, then score them against the gold file.

    Returns the scores, the article texts by id and the input errors (as printable lines).
    """
    from etl.extract import extract_articles  # imported here so scoring stays importable on its own
    from etl.ingest import InputError, read_inputs
    from etl.link import link_citations

    gold = read_jsonl(gold_path)
    articles, errors = [], []
    for item in read_inputs([articles_path]):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            articles.append(item)
    texts = {a.id: a.text for a in articles}
    predictions = link_citations(extract_articles(articles))
    return score(gold, predictions, texts), texts, errors


def run(args) -> int:
    try:
        scores, texts, errors = evaluate_files(args.gold, args.articles)
    except (OSError, ValueError) as err:  # json.JSONDecodeError is a ValueError
        print(f"error: {args.gold}: cannot read gold set: {err}", file=sys.stderr)
        return 2
    for line in errors:
        print(f"error: {line}", file=sys.stderr)
    if args.json:
        print(json.dumps({k: v for k, v in scores.items() if k not in ("misses", "false_positives")}, indent=2))
    else:
        print(format_report(scores, texts, args.errors))
    return 2 if errors else 0
