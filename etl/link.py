"""Link citations across articles: same survey wave → one survey_id, same question+answer → one figure_id.

Outlets word the same finding differently ("43% did not approve of the invasion", "43% of
respondents do not support the actions of the Russian army"), so questions are matched by fuzzy
similarity of the words around each value (attribution's `question_terms`, else its `statement`):
light stemming, a few synonyms, negation and "than" kept apart, rare words weighing more — among
citations of the same pollster, across all its waves, so one question asked again is a series
(`question_id`). Within one wave, two outlets quoting the same share need only loosely similar words
(a shared value is evidence for one figure; a different value is never evidence against it).

Waves are fieldwork intervals of a pollster that mostly overlap ("2023-12" and "29 Nov-9 Dec
2023"). An article's undated citations join the newest wave that asked one of their questions, is
not later than the article and is newer than the waves the article itself dates; else the
pollster's undated wave. A figure is a wave x question x subgroup. Everything is computed on
sorted, deduplicated keys, so ids do not depend on input order; ids are content hashes of natural
keys, never of values or row numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

SIMILAR = 0.5  # weighted overlap above which two statements of one pollster are the same question
SIMILAR_SAME_VALUE = 0.1  # within one wave, two outlets quoting the same share need only share a word

STOPWORDS = frozenset([
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "and", "or", "but",
    "than", "that", "this", "these", "those", "it", "its", "their", "them", "they", "there", "who", "whom",
    "which", "what", "when", "where", "while", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "say",
    "says", "said", "saying", "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels",
    "felt", "according", "per", "cent", "percent", "poll", "polls", "survey", "surveys", "respondents", "people",
    "number", "share", "proportion", "just", "only", "some", "almost", "nearly", "around", "about", "more", "less",
    "most", "least", "also", "now", "still", "even", "very", "so", "such", "into", "over", "under", "up", "down",
    "out", "new", "latest", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "third", "quarter"
])
NEGATIONS = frozenset([
    "not", "no", "never", "neither", "nor", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't",
    "cannot"
])
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
    [
        "voters", "voter", "supporters", "supporter", "people", "respondents", "those", "who", "identify",
        "identified", "as", "themselves", "the", "of", "all", "adults", "adult", "aged"
    ])
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
        question_of = cluster_questions(cited)
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
    """Light suffix stripping so "increases", "increased", "increasing" and "increase" meet."""
    word = re.sub(r"['’]s?$", "", word)
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # "getting" -> "get"
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def cluster_questions(citations: list[dict]) -> list[str]:
    """A question key per citation: similar statements of one pollster, across all its waves.

    Clusters grow one distinct statement at a time (most cited, then longest, then by text), joining
    the cluster it is most similar to on average, provided it is close to one member (a member that
    contradicts it — "more excited" against "more concerned" — counts as far). Keys are the cluster's
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
            if max(scores) < SIMILAR:
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
    """Rarer words say more about which question it is: 1 + log(statements / statements with the word)."""
    counts = Counter(t for tokens in token_sets for t in tokens)
    n = len(token_sets) + 1
    return {t: 1 + math.log(n / c) for t, c in counts.items()}


def _order(tokens: frozenset[str]) -> str:
    return " ".join(sorted(tokens))


# --- waves ------------------------------------------------------------------------------------------
def assign_waves(citations: list[dict], question_of: list[str]) -> list[str]:
    """A wave key per citation: overlapping fieldwork is one wave.

    An article's undated citations go to the newest wave that asked one of their questions, is not
    later than the article and is newer than the waves the article itself dates (those are its
    comparisons); failing that, to the pollster's undated wave.
    """
    spans = [_interval(c) for c in citations]
    waves: list[Wave] = []
    for first, last, _ in sorted({s for s in spans if s and s[2] != "year"}):
        if not any(_same_fieldwork(first, last, w) for w in waves):
            waves.append(Wave(first.strftime("%Y-%m"), first, last))
    wave_keys = [_wave_for(span, waves) for span in spans]
    articles = [str(c.get("article_id")) for c in citations]
    asked_in: dict[str, set[str]] = defaultdict(set)
    newest_dated: dict[str, str] = {}
    for key, question, article in zip(wave_keys, question_of, articles, strict=True):
        if key:
            asked_in[question].add(key)
            newest_dated[article] = max(newest_dated.get(article, ""), key)
    current: dict[str, str] = {}
    for key, question, article, c in zip(wave_keys, question_of, articles, citations, strict=True):
        if key is None:
            published = _published(c)
            limit = published.strftime("%Y-%m") if published else "9999"
            floor = newest_dated.get(article, "")
            options = [w for w in asked_in.get(question, ()) if floor < w <= limit]
            if options:
                current[article] = max(current.get(article, ""), *options)
    return [key or current.get(article, "undated") for key, article in zip(wave_keys, articles, strict=True)]


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
    """(first day, last day, precision) of a citation's fieldwork; None when undated or unreadable."""
    start = _iso_text(citation.get("fieldwork_start"))
    first = _date(start, first=True)
    if start is None or first is None:
        return None
    last = _date(_iso_text(citation.get("fieldwork_end")), first=False) or _date(start, first=False)
    precision = {4: "year", 7: "month"}.get(len(start), "day")
    return first, max(first, last or first), precision


def _iso_text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _date(iso: str | None, first: bool) -> dt.date | None:
    """First or last day of an ISO year, month or day; None when it is not one."""
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
    return _date(_iso_text(citation.get("published")), first=False)


def subgroup_key(subgroup: str | None) -> str:
    """'Democratic voters' and 'Democrats' are one subgroup (words cut to six letters); None is everyone."""
    if not subgroup:
        return "all"
    words = [w[:6] for w in WORD.findall(subgroup.lower()) if w not in SUBGROUP_FILLER]
    return " ".join(sorted(set(words))) or "all"
