"""The data package as the editors' desk sees it: each figure joined with its survey and citations.

Read with `load_dataset(folder)` (plain csv, no pandas, so the CLI starts fast), or built from rows the
dashboard has already loaded with `Dataset.from_records`. Figures are indexed by pollster, and statement
words are weighted by rarity (in the whole package and among each pollster's figures), as the matching in
etl.desk needs. A survey's sample size and margin of error, where the pollster's own publication gives them
(basis primary), are that survey's published sample-size and margin-of-error figures (see survey_level_figures).
"""

from __future__ import annotations

import calendar
import csv
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from etl.link import statement_tokens

REFERENCE_POLLSTERS = Path(__file__).resolve().parent.parent / "data" / "pollsters.csv"
UNIT_BY_KIND = {"share": "percent", "change": "points", "margin_of_error": "points", "sample_size": "respondents"}
KIND_BY_UNIT = {"percent": "share", "points": "change", "respondents": "sample_size"}
SURVEY_LEVEL_KINDS = ("sample_size", "margin_of_error")  # each a column of surveys.csv too
EXIT_POLL_MODE = "exit poll"  # surveys.mode of an exit poll
PUNCT = re.compile(r"[^\w\s]")
MIN_FRAME_SURVEYS = 2  # primary surveys a pollster needs before their common population words are its frame
POLLSTER_FILLER = re.compile(
    r"\b(?:the|center|centre|research|institute|inc|ltd|llc|plc|group|polling|poll|polls|survey|surveys|company)\b"
)


@dataclass(frozen=True, slots=True)
class Cited:
    """One outlet's citation of a figure, as the package records it."""

    value: float
    kind: str
    qualifier: str | None
    source_id: str | None
    outlet: str | None
    text_sha256: str | None
    terms: frozenset[str] = frozenset()  # how this outlet words the figure: the linker's tokens of its statement


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of the package joined with its survey and its citations."""

    figure_id: str
    survey_id: str | None
    pollster: str | None
    fieldwork_start: str | None
    fieldwork_end: str | None
    population: str | None
    question: str | None
    answer: str | None
    subgroup: str | None
    value: float | None
    unit: str | None
    value_basis: str | None
    kinds: frozenset[str]
    citations: tuple[Cited, ...] = ()
    sponsor: str | None = None  # who commissioned the survey: a draft may name only them
    cited_as: str | None = None  # the articles' wording, where question and answer are the pollster's
    metadata_only: bool = False  # a survey's published sample size or margin with no figure row: no figure page
    geography: str | None = None  # the survey's country code ('CA')
    mode: str | None = None  # how the survey reached respondents ('exit poll')

    def published(self, kind: str) -> float | None:
        """The pollster's own value: only a primary-basis value in the kind's unit counts."""
        if self.value is None or self.value_basis not in (None, "primary"):
            return None
        return self.value if self.unit in (None, UNIT_BY_KIND.get(kind)) else None

    def others(self, kind: str, draft_sha256: str | None) -> list[Cited]:
        """Citations of this kind from outlets other than the draft itself."""
        return [c for c in self.citations if c.kind == kind and not (draft_sha256 and c.text_sha256 == draft_sha256)]

    def worded_by_others(self, kind: str, draft_sha256: str | None) -> set[frozenset[str]]:
        """How the outlets other than the draft word this figure (each statement's tokens, as the linker
        compared them): the figure's label is short, and a draft may paraphrase the words it leaves out."""
        return {c.terms for c in self.others(kind, draft_sha256) if c.terms}

    def reference(self, kind: str, draft_sha256: str | None) -> float | None:
        """The published value, else the median of what other outlets cite (None: nothing to compare with)."""
        published = self.published(kind)
        if published is not None:
            return published
        values = sorted(c.value for c in self.others(kind, draft_sha256))
        return values[len(values) // 2] if values else None

    @property
    def tokens(self) -> frozenset[str]:
        """The question's and the answer's words. With an answer, only the answer says which side:
        "approve or disapprove of ...?" offers both, and its "not" would contradict every "approve"."""
        if not self.answer:
            return statement_words(self.question or "")
        return (statement_words(self.question or "") - {"not"}) | statement_words(self.answer)

    @property
    def cited_tokens(self) -> frozenset[str]:
        """The articles' wording of a figure the pollster's own words name: drafts paraphrase outlets."""
        return statement_words(self.cited_as or "")

    def label(self) -> str:
        when = month_label(self.fieldwork_start) or "date unknown"
        what = self.question or self.answer or "figure"
        group = f" ({self.subgroup})" if self.subgroup and normalise(self.subgroup) != "all" else ""
        return f"{self.pollster or 'unknown pollster'}, {when}: {what}{group}"


@dataclass(frozen=True, slots=True)
class Dataset:
    figures: tuple[Figure, ...]
    by_pollster: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # pollster key -> names it goes by
    weights: dict[str, float] = field(default_factory=dict)  # statement word -> weight (rare words count more)
    pollster_weights: dict[str, dict[str, float]] = field(default_factory=dict)  # the same, per pollster key
    frames: dict[str, frozenset[str]] = field(default_factory=dict)  # pollster key -> words of its every population
    by_sponsor: dict[str, tuple[Figure, ...]] = field(default_factory=dict)  # sponsor key -> its surveys' figures
    other_answers: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)  # see answers_beside
    exit_polls: tuple[Figure, ...] = ()  # the figures of exit polls: a draft may credit "the exit poll" alone

    @classmethod
    def from_records(cls, figures: Iterable[dict], surveys: Iterable[dict], citations: Iterable[dict],
                     sources: Iterable[dict], pollsters: Iterable[dict] = ()) -> Dataset:
        """Join the package's tables (rows as dicts; '' / NaN / None are null); pollsters.csv gives aliases."""
        text = text_or_none
        survey_by_id = {text(r.get("survey_id")): r for r in surveys}
        source_by_id = {text(r.get("source_id")): r for r in sources}
        cited: dict[str, list[Cited]] = {}
        kinds: dict[str, set[str]] = {}
        for c in citations:
            fid, value = text(c.get("figure_id")), number_or_none(c.get("value_cited"))
            if fid is None:
                continue
            if kind := text(c.get("kind")):
                kinds.setdefault(fid, set()).add(kind)
            if value is None:
                continue
            source = source_by_id.get(text(c.get("source_id")), {})
            cited.setdefault(fid, []).append(Cited(
                value=value, kind=kind or "share", qualifier=text(c.get("qualifier")),
                source_id=text(c.get("source_id")), outlet=text(source.get("outlet")),
                text_sha256=text(source.get("text_sha256")), terms=frozenset((text(c.get("terms")) or "").split()),
            ))
        records = []
        for r in figures:
            if (fid := text(r.get("figure_id"))) is None:
                continue
            survey = survey_by_id.get(text(r.get("survey_id")), {})
            unit = text(r.get("unit"))
            records.append(Figure(
                figure_id=fid, survey_id=text(r.get("survey_id")), pollster=text(survey.get("pollster")),
                fieldwork_start=text(survey.get("fieldwork_start")), fieldwork_end=text(survey.get("fieldwork_end")),
                population=text(survey.get("population")), question=text(r.get("question")),
                answer=text(r.get("answer")), subgroup=text(r.get("subgroup")), value=number_or_none(r.get("value")),
                unit=unit, value_basis=text(r.get("value_basis")),
                kinds=frozenset(kinds.get(fid) or kinds_for_unit(unit)), citations=tuple(cited.get(fid, ())),
                sponsor=text(survey.get("sponsor")), cited_as=text(r.get("cited_as")),
                geography=text(survey.get("geography")), mode=text(survey.get("mode")),
            ))
        records = survey_level_figures(records, survey_by_id)
        aliases = {
            pollster_key(name): tuple(a.strip() for a in (text(p.get("aliases")) or "").split("|") if a.strip())
            for p in pollsters if (name := text(p.get("name")))
        }
        return cls.of(records, aliases, population_frames(survey_by_id.values()))

    @classmethod
    def of(cls, figures: Iterable[Figure], aliases: dict[str, tuple[str, ...]] | None = None,
           frames: dict[str, frozenset[str]] | None = None) -> Dataset:
        figures = tuple(figures)
        index: dict[str, list[Figure]] = {}
        sponsored: dict[str, list[Figure]] = {}
        for f in figures:
            index.setdefault(pollster_key(f.pollster), []).append(f)
            if f.sponsor:
                sponsored.setdefault(pollster_key(f.sponsor), []).append(f)
        local = {key: rarity(group) for key, group in index.items()}
        return cls(figures, {k: tuple(v) for k, v in index.items()}, aliases or {}, rarity(figures), local,
                   frames or {}, {k: tuple(v) for k, v in sponsored.items()}, answers_beside(figures),
                   tuple(f for f in figures if f.mode == EXIT_POLL_MODE))

    def weight(self, token: str) -> float:
        return self.weights.get(token, self.rarest)

    def weight_among(self, pollster: str | None):
        """Word weights among one pollster's figures: its own recurring words ('Belarus' in every question
        of a Belarus tracker) tell its questions apart no better than 'the' does."""
        key = pollster_key(pollster)
        weights = self.pollster_weights.get(key)
        if weights is None:
            return self.weight
        rarest = math.log(len(self.by_pollster[key]) + 1) + 0.5
        return lambda token: weights.get(token, rarest)

    @property
    def rarest(self) -> float:
        """The weight of a word no figure uses: as rare as it gets."""
        return math.log(len(self.figures) + 1) + 0.5

    def frame_of(self, pollster: str | None) -> frozenset[str]:
        """The words every population the pollster published carries (its sampling frame, 'urban')."""
        return self.frames.get(pollster_key(pollster), frozenset())

    def names_of(self, pollster: str) -> set[str]:
        """Every way a draft may name the pollster: its name, its core words, its aliases."""
        key = pollster_key(pollster)
        return {n for n in (pollster, key, *self.aliases.get(key, ())) if n}

    def candidates_for(self, pollster: str) -> Iterable[Figure]:
        wanted = pollster_key(pollster)
        for key, figures in self.by_pollster.items():
            if key and names_match(wanted, key):
                yield from figures

    def sponsored_by(self, sponsor: str) -> Iterable[Figure]:
        """The figures of every survey `sponsor` commissioned ('The Daily Example' = 'Daily Example')."""
        wanted = pollster_key(sponsor)
        for key, figures in self.by_sponsor.items():
            if key and names_match(wanted, key):
                yield from figures


def survey_level_figures(figures: list[Figure], survey_by_id: dict[str | None, dict]) -> list[Figure]:
    """The figures with each survey's published sample size and margin of error (surveys.csv, basis primary):
    the sample-size figure articles cite takes the published value, and a survey no article cites it for gets a
    figure of its own (metadata_only). Without them a draft's '5,152 adults' could be checked only against what
    outlets cite, and with no outlet citing this wave's, another wave's sample size would be its best candidate.
    Article-basis values are left out: they are the outlets' own numbers, which their citations already give."""
    published = {}
    for survey_id, survey in survey_by_id.items():
        if survey_id is None or text_or_none(survey.get("basis")) != "primary":
            continue
        for kind in SURVEY_LEVEL_KINDS:
            if (value := number_or_none(survey.get(kind))) is not None and value > 0:
                published[(survey_id, kind)] = value
    if not published:
        return figures
    joined, seen = [], set()
    for f in figures:
        kind = next((k for k in SURVEY_LEVEL_KINDS if k in f.kinds and f.unit in (None, UNIT_BY_KIND[k])), None)
        value = published.get((f.survey_id, kind))
        if value is not None and f.value is None and normalise(f.subgroup or "all") in ("all", ""):
            f = replace(f, value=value, unit=UNIT_BY_KIND[kind], value_basis="primary")
            seen.add((f.survey_id, kind))
        joined.append(f)
    for (survey_id, kind), value in published.items():
        if (survey_id, kind) in seen:
            continue
        survey = survey_by_id[survey_id]
        joined.append(Figure(
            figure_id=f"{survey_id}:{kind}", survey_id=survey_id, pollster=text_or_none(survey.get("pollster")),
            fieldwork_start=text_or_none(survey.get("fieldwork_start")),
            fieldwork_end=text_or_none(survey.get("fieldwork_end")), population=text_or_none(survey.get("population")),
            question=kind.replace("_", " "), answer=None, subgroup="all", value=value, unit=UNIT_BY_KIND[kind],
            value_basis="primary", kinds=frozenset({kind}), sponsor=text_or_none(survey.get("sponsor")),
            metadata_only=True, geography=text_or_none(survey.get("geography")), mode=text_or_none(survey.get("mode")),
        ))
    return joined


def answers_beside(figures: Iterable[Figure]) -> dict[str, tuple[frozenset[str], ...]]:
    """Figure id -> the words of each other answer its question offers in the same survey ('too much' and 'about
    the right amount' beside 'not enough'), leaving out answers that only say no ('oppose' beside 'support': the
    figure's own 'not' tells those apart) and words the figure's own answer has. A question that lists its answers
    gives each answer's figure the words of all of them; these say which words name another answer."""
    answers: dict[tuple, set[frozenset[str]]] = {}
    for f in figures:
        if f.answer and f.question:
            answers.setdefault((f.survey_id, f.question), set()).add(statement_words(f.answer))
    beside = {}
    for f in figures:
        if not (f.answer and f.question):
            continue
        mine = statement_words(f.answer)
        others = tuple(words - mine for words in answers[(f.survey_id, f.question)]
                       if words != mine and "not" not in words and words - mine)
        if others:
            beside[f.figure_id] = others
    return beside


def population_frames(surveys: Iterable[dict]) -> dict[str, frozenset[str]]:
    """Pollster key -> the words every population of its surveys from primary sources names ('urban
    Belarusians (internet users)' in each: 'urban', 'belarusians', …). Articles shorten a population
    ("Belarusians"); the pollster's own pages say who its sample really is. One survey is no pattern (its
    population may be a group the pollster polled once), so it takes MIN_FRAME_SURVEYS."""
    frames: dict[str, frozenset[str]] = {}
    counts: Counter[str] = Counter()
    for survey in surveys:
        population = text_or_none(survey.get("population"))
        if text_or_none(survey.get("basis")) != "primary" or population is None:
            continue
        key, words = pollster_key(text_or_none(survey.get("pollster"))), frozenset(normalise(population).split())
        frames[key] = frames[key] & words if key in frames else words
        counts[key] += 1
    return {key: words for key, words in frames.items() if counts[key] >= MIN_FRAME_SURVEYS}


def rarity(figures: Iterable[Figure]) -> dict[str, float]:
    """Statement word -> weight: the fewer figures use it, the more it says (smoothed idf)."""
    figures = tuple(figures)
    counts = Counter(t for f in figures for t in f.tokens)
    return {t: math.log((len(figures) + 1) / n) + 0.5 for t, n in counts.items()}


def load_dataset(folder: Path | str) -> Dataset:
    """Read figures, surveys, citations and sources from a package folder (missing tables are empty).

    The pollsters' aliases come from the package's pollsters.csv, else from the project's reference list.
    """
    folder = Path(folder)
    if not (folder / "figures.csv").is_file():
        raise FileNotFoundError(f"{folder}: no figures.csv (not a Polltrace data package)")

    def rows(name: str) -> list[dict]:
        path = folder / f"{name}.csv"
        if not path.is_file():
            return []
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    return Dataset.from_records(rows("figures"), rows("surveys"), rows("citations"), rows("sources"),
                                read_pollsters(folder))


def read_pollsters(folder: Path) -> list[dict]:
    """pollsters.csv rows (name, aliases, …) of the package, else of the committed reference list."""
    for path in (folder / "pollsters.csv", REFERENCE_POLLSTERS):
        if path.is_file():
            with path.open(newline="", encoding="utf-8") as handle:
                return list(csv.DictReader(handle))
    return []


def date_bounds(iso: str | None) -> tuple[date, date] | None:
    """'2024' / '2024-03' / '2024-03-05' → the first and last day it covers."""
    if not iso:
        return None
    parts = iso.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
        if len(numbers) == 2:
            year, month = numbers
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(*numbers[:3])
        return day, day
    except (ValueError, TypeError):
        return None


def month_label(iso: object) -> str | None:
    bounds = date_bounds(text_or_none(iso))
    if bounds is None:
        return None
    text = text_or_none(iso)
    if len(text) == 4:
        return text
    return f"{calendar.month_name[bounds[0].month]} {bounds[0].year}"


def normalise(text: str) -> str:
    return " ".join(PUNCT.sub(" ", text.lower()).split())


@functools.lru_cache(maxsize=65536)
def statement_words(statement: str) -> frozenset[str]:
    return statement_tokens(statement)


def pollster_key(name: str | None) -> str:
    return " ".join(POLLSTER_FILLER.sub(" ", normalise(name or "")).split())


def names_match(a: str, b: str) -> bool:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return False
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def kinds_for_unit(unit: str | None) -> set[str]:
    """The kind of a figure no article cites (a published one): its unit's answer kind. A published
    figure in points is a change, never a margin of error (margins are survey metadata, not figures)."""
    return {KIND_BY_UNIT.get(unit, "share")}


def text_or_none(value: object) -> str | None:
    """A stripped string, or None for null-like cells ('' / None / NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def number_or_none(value: object) -> float | None:
    text = text_or_none(value)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return None if math.isnan(number) else number
