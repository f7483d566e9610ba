"""Link citations across articles: same survey wave → one survey_id, same question+answer → one figure_id.

Outlets word the same finding differently ("43% did not approve of the invasion", "43% of
respondents do not support the actions of the Russian army"), so questions are matched by fuzzy
similarity of normalised statements — light stemming, a few synonyms, negation kept apart,
rare words weighing more — among citations of the same pollster, across all its waves (a series).
Waves are fieldwork intervals of that pollster that overlap ("2023-12" and "29 Nov-9 Dec 2023"); a citation without a
date joins the latest wave that asked the same question and that is not later than the article,
else an undated wave of that pollster. Everything is computed on sorted, deduplicated keys, so the
ids do not depend on input order, and ids are content hashes of natural keys, never of values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

SIMILAR = 0.5  # weighted overlap above which two statements of one pollster are the same question
SIMILAR_TO_ALL = 0.0  # ... and no less than this to every other statement of that question
SIMILAR_SAME_VALUE = 0.0  # enough when both quote the same share: outlets citing one figure often do  # ... and the least average overlap with the rest of that question's statements

STOPWORDS = frozenset(["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "and", "or", "but", "than", "that", "this", "these", "those", "it", "its", "their", "them", "they", "there", "who", "whom", "which", "what", "when", "where", "while", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "say", "says", "said", "saying", "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt", "according", "per", "cent", "percent", "poll", "polls", "survey", "surveys", "respondents", "people", "number", "share", "proportion", "just", "only", "some", "almost", "nearly", "around", "about", "more", "less", "most", "least", "also", "now", "still", "even", "very", "so", "such", "into", "over", "under", "up", "down", "out", "new", "latest", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "third", "quarter"])
NEGATIONS = frozenset(["not", "no", "never", "neither", "nor", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't", "cannot"])
SYNONYMS = {
    "approve": "support", "approval": "support", "back": "support", "favour": "support", "favor": "support",
    "endorse": "support", "supportive": "support", "agree": "support",
    "disapprove": "not support", "disapproval": "not support", "oppose": "not support", "opposed": "not support",
    "against": "not support", "reject": "not support", "condemn": "not support", "opponent": "not support",
    "disagree": "not support", "unacceptable": "not acceptable",
    "worried": "concern", "worry": "concern", "concerned": "concern", "anxious": "concern",
    "excited": "excite", "excitement": "excite",
    "difficult": "hard", "harder": "hard", "tougher": "hard",
    "government": "govern", "administration": "govern",
    "military": "army", "troops": "army", "forces": "army", "soldiers": "army",
    "invasion": "war", "hostilities": "war", "conflict": "war", "fighting": "war",
    "job": "job", "jobs": "job", "employment": "job",
    "russian": "russia", "ukrainian": "ukraine", "belarusian": "belarus", "american": "america",
    "british": "britain", "lithuanian": "lithuania", "polish": "poland",
}
SUBGROUP_FILLER = frozenset(
    ["voters", "voter", "supporters", "supporter", "people", "respondents", "those", "who", "identify", "identified", "as", "themselves", "the", "of", "all", "adults", "adult", "aged"])
CONTRASTS = frozenset({"equal", "neither", "both"})
WORD = re.compile(r"[a-z][a-z'’]*|\d+")


def stable_id(*parts: object) -> str:
    """A 16-hex content hash of natural-key parts (None and case/spacing differences normalised)."""
    key = "\x1f".join(" ".join(str(p).lower().split()) if p is not None else "" for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Wave:
    key: str
    first: dt.date
    last: dt.date


def link_citations(citations: list[dict]) -> list[dict]:
    """Add survey_id, question_id and figure_id to every citation of a batch."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(citations):
        groups[pollster_key(c)].append(i)
    ids: dict[int, tuple[str, str, str]] = {}
    for group, members in groups.items():
        cited = [citations[i] for i in members]
        question_of = cluster_questions(group, cited)
        wave_of = assign_waves(cited, question_of)
        question_of = join_equal_values(cited, question_of, wave_of)
        for local, i in enumerate(members):
            survey_id = stable_id("survey", group, wave_of[local])
            question_id = stable_id("question", group, question_of[local])
            subgroup = subgroup_key(citations[i].get("subgroup"))
            ids[i] = (survey_id, question_id, stable_id("figure", survey_id, question_id, subgroup))
    return [
        {**c, "survey_id": ids[i][0], "question_id": ids[i][1], "figure_id": ids[i][2]}
        for i, c in enumerate(citations)
    ]


def pollster_key(citation: dict) -> str:
    """Citations of one pollster share a group; without a pollster, each article is its own group."""
    name = citation.get("pollster")
    if not name:
        return f"unattributed:{citation.get('article_id')}"
    words = re.findall(r"\w+", name.lower())
    return " ".join(w for w in words if w not in ("the", "inc", "ltd", "plc")) or name.lower()


# --- questions --------------------------------------------------------------------------------------
def statement_tokens(statement: str | None) -> frozenset[str]:
    """Content words of a statement, lightly stemmed, synonyms folded, negation kept as 'not'.

    Words right after "than" are marked, so "more concerned than excited" and "more excited than
    concerned" stay two answers.
    """
    if not statement:
        return frozenset()
    tokens: set[str] = set()
    after_than = 0
    for word in WORD.findall(statement.lower().replace("’", "'")):
        if word == "than":
            after_than = 3
            continue
        after_than = max(0, after_than - 1)
        if word in NEGATIONS or word.endswith("n't"):
            tokens.add("not")
            continue
        if word in STOPWORDS or word.isdigit():
            continue
        mapped = SYNONYMS.get(word) or SYNONYMS.get(stem(word)) or stem(word)
        tokens.update(f"than:{m}" if after_than and m != "not" else m for m in mapped.split())
    return frozenset(tokens)


def question_text(citation: dict) -> str | None:
    """The words that say what was asked: attribution's wider `question_terms`, else the statement."""
    return citation.get("question_terms") or citation.get("statement")


def stem(word: str) -> str:
    word = word.strip("'")
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def cluster_questions(group: str, citations: list[dict]) -> list[str]:
    """A question key per citation: statements of one pollster that are similar to every member.

    Clusters grow one distinct statement at a time (most cited, then longest, then by text), joining
    the cluster it is most similar to on average — provided it is close to one member, not far from
    any, and contradicts none ("more concerned" never joins "more excited"). Keys are the cluster's
    smallest statement, so they depend on the batch's content and never on its order.
    """
    tokens = [statement_tokens(question_text(c)) for c in citations]
    frequency = Counter(t for t in tokens if t)
    distinct = sorted(frequency, key=lambda t: (-frequency[t], -len(t), _order(t)))
    weight = _idf(list(frequency))
    clusters: list[list[frozenset[str]]] = []
    cluster_of: dict[frozenset[str], int] = {}
    for unit in distinct:
        best, best_score = None, 0.0
        for n, members in enumerate(clusters):
            scores = [similarity(unit, m, weight) for m in members]
            if max(scores) < SIMILAR or min(scores) < SIMILAR_TO_ALL:
                continue
            average = sum(scores) / len(scores)
            if average > best_score:
                best, best_score = n, average
        if best is None:
            clusters.append([])
            best = len(clusters) - 1
        clusters[best].append(unit)
        cluster_of[unit] = best
    names = [min(map(_order, members)) for members in clusters]
    return [
        names[cluster_of[t]] if t else f"unmatched:{c.get('article_id')}:{c.get('start')}"
        for c, t in zip(citations, tokens, strict=True)
    ]


def join_equal_values(citations: list[dict], question_of: list[str], wave_of: list[str]) -> list[str]:
    """Within one wave, two outlets quoting the same share with loosely similar words cite one figure.

    Only evidence for joining: a different value never keeps two statements apart, the joined
    question keeps the name of its smallest statement (never a value), and two questions whose
    statements contradict each other are never joined.
    """
    tokens = [statement_tokens(question_text(c)) for c in citations]
    weight = _idf(list(set(tokens)))
    members: dict[str, set[frozenset[str]]] = defaultdict(set)
    for q, t in zip(question_of, tokens, strict=True):
        members[q].add(t)
    parent = {q: q for q in question_of}

    def find(q: str) -> str:
        while parent[q] != q:
            parent[q] = parent[parent[q]]
            q = parent[q]
        return q

    by_wave_value: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, c in enumerate(citations):
        if (value := _value_key(c)) and not question_of[n].startswith("unmatched:"):
            by_wave_value[(wave_of[n], value)].append(n)
    for key in sorted(by_wave_value):
        for a in by_wave_value[key]:
            for b in by_wave_value[key]:
                if a >= b or citations[a].get("article_id") == citations[b].get("article_id"):
                    continue
                x, y = find(question_of[a]), find(question_of[b])
                if x == y or similarity(tokens[a], tokens[b], weight) < SIMILAR_SAME_VALUE:
                    continue
                if any(contradict(s, t) for s in members[x] for t in members[y]):
                    continue
                keep, gone = min(x, y), max(x, y)
                parent[gone] = keep
                members[keep] |= members.pop(gone)
    return [find(q) for q in question_of]


def contradict(a: frozenset[str], b: frozenset[str]) -> bool:
    """One statement negated and the other not, or two different contrasts ("than excited", "equally")."""
    if ("not" in a) != ("not" in b):
        return True
    contrast_a = {t for t in a if t in CONTRASTS or t.startswith("than:")}
    contrast_b = {t for t in b if t in CONTRASTS or t.startswith("than:")}
    return bool(contrast_a and contrast_b and contrast_a != contrast_b)


def _value_key(citation: dict) -> str:
    value = citation.get("value")
    if citation.get("kind") != "share" or not isinstance(value, int | float):
        return ""
    return f"{round(float(value)):d}"


def similarity(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """Weighted overlap of two statements (rare words count more); 0 when only one is negated."""
    if contradict(a, b):
        return 0.0
    shared = sum(weight[t] for t in a & b)
    smaller = min(sum(weight[t] for t in a), sum(weight[t] for t in b))
    union = sum(weight[t] for t in a | b)
    if not smaller:
        return 0.0
    return 0.5 * shared / smaller + 0.5 * shared / union


def _idf(token_sets: list[frozenset[str]]) -> dict[str, float]:
    counts = Counter(t for tokens in token_sets for t in tokens)
    n = len(token_sets) + 1
    return {t: math.log(n / c) + 0.5 for t, c in counts.items()}


def _order(tokens: frozenset[str]) -> str:
    return " ".join(sorted(tokens))


# --- waves ------------------------------------------------------------------------------------------
def assign_waves(citations: list[dict], question_of: list[str]) -> list[str]:
    """A wave key per citation: overlapping fieldwork merged; undated citations placed by question."""
    spans = [_interval(c) for c in citations]
    waves: list[Wave] = []
    for first, last, _ in sorted({s for s in spans if s and s[2] != "year"}):
        if not any(_same_fieldwork(first, last, w) for w in waves):
            waves.append(Wave(first.strftime("%Y-%m"), first, last))
    wave_keys = [_wave_for(span, waves) for span in spans]
    dated_questions: dict[str, set[str]] = defaultdict(set)
    own_dated: dict[tuple[str, str], list[str]] = defaultdict(list)
    own_latest: dict[str, str] = {}
    for key, question, c in zip(wave_keys, question_of, citations, strict=True):
        if key:
            article = str(c.get("article_id"))
            dated_questions[question].add(key)
            own_dated[(article, question)].append(key)
            own_latest[article] = max(own_latest.get(article, ""), key)
    votes: dict[str, Counter] = defaultdict(Counter)
    for key, question, c in zip(wave_keys, question_of, citations, strict=True):
        if key is None:
            article = str(c.get("article_id"))
            not_after = _published(c)
            floor = own_latest.get(article, "")
            for option in dated_questions.get(question, ()):
                if option > floor and (not_after is None or option <= not_after.strftime("%Y-%m")):
                    votes[article][option] += 1
    current = {article: max(count) for article, count in votes.items()}
    all_waves = sorted({k for k in wave_keys if k})
    result = []
    for key, c in zip(wave_keys, citations, strict=True):
        if key is None:
            article = str(c.get("article_id"))
            key = current.get(article) or _latest_wave(all_waves, own_latest.get(article, ""), _published(c))
        result.append(key)
    return result


def _latest_wave(waves: list[str], after: str, not_after: dt.date | None) -> str:
    """An undated citation most likely cites the pollster's newest wave the article could know of,
    and newer than the waves the article itself dates (those are the comparisons)."""
    limit = not_after.strftime("%Y-%m") if not_after else "9999"
    options = [w for w in waves if after < w <= limit]
    return options[-1] if options else "undated"


def _wave_for(span: tuple[dt.date, dt.date, str] | None, waves: list[Wave]) -> str | None:
    if span is None:
        return None
    first, last, precision = span
    if precision == "year":
        inside = [w for w in waves if w.first.year == first.year]
        return inside[0].key if len(inside) == 1 else f"{first.year:04d}"
    for wave in waves:
        if _same_fieldwork(first, last, wave):
            return wave.key
    return first.strftime("%Y-%m")


def _same_fieldwork(first: dt.date, last: dt.date, wave: Wave) -> bool:
    """Most of the shorter interval lies inside the other: "2023-12" and "29 Nov-9 Dec 2023" agree,
    a February wave and a March wave do not."""
    overlap = (min(last, wave.last) - max(first, wave.first)).days + 1
    shorter = min((last - first).days, (wave.last - wave.first).days) + 1
    return overlap * 2 >= shorter


def _interval(citation: dict) -> tuple[dt.date, dt.date, str] | None:
    start, end = citation.get("fieldwork_start"), citation.get("fieldwork_end") or citation.get("fieldwork_start")
    first, last = _date(start, first=True), _date(end, first=False)
    if first is None or last is None:
        return None
    precision = "year" if len(start) == 4 else "month" if len(start) == 7 else "day"
    return first, max(first, last), precision


def _date(iso: str | None, first: bool) -> dt.date | None:
    if not iso:
        return None
    try:
        if len(iso) == 4:
            return dt.date(int(iso), 1, 1) if first else dt.date(int(iso), 12, 31)
        if len(iso) == 7:
            year, month = int(iso[:4]), int(iso[5:7])
            if first:
                return dt.date(year, month, 1)
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _published(citation: dict) -> dt.date | None:
    return _date(citation.get("published"), first=False) if citation.get("published") else None


def subgroup_key(subgroup: str | None) -> str:
    """'Democratic voters' and 'Democrats' are one subgroup; None is the whole sample."""
    if not subgroup:
        return "all"
    words = [stem(w) for w in WORD.findall(subgroup.lower()) if w not in SUBGROUP_FILLER]
    return " ".join(sorted(set(words))) or "all"
