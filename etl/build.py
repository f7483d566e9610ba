"""`python -m etl build`: ingest → extract → link → checks → package.

Extraction (`extract_safely`) is a pure function of one article, run in a process pool for --jobs N;
its citations become rows (ids, spans set aside) in the main process, and linking, checks and packaging
work on compact tables. Without --rebuild the new batch is merged into the existing package by id, and
new link ids are aligned to the existing ones first.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

import pandas as pd

from etl import checks as checks_module
from etl import package, primary, tables
from etl.extract import extract_article
from etl.ingest import Article, InputError, read_inputs
from etl.link import link_citations, subgroup_figure_id, subgroup_key

MIN_CONFIDENCE = 0.5  # same default as `python -m etl extract`
CHUNK = 64
_END = object()  # what _timed's source gives when it runs out


def extract_safely(article: Article) -> tuple[list[dict], str | None]:
    """extract_article, but an extractor crash on one article becomes an error message, not a failed build."""
    try:
        return extract_article(article, MIN_CONFIDENCE), None  # what falls below is never attributed
    except Exception as err:  # any bug met on one odd article must not stop the batch
        return [], f"article {article.id!r}: extraction failed ({type(err).__name__}: {err}); skipped"


def citation_rows(article_id: str, source_id: str, found: list[dict]) -> list[dict]:
    """An article's citations with article, source and citation ids; any that cannot be placed is left out
    with a warning."""
    cited = []
    for c in found:
        if not placeable(c):
            print(f"warning: {article_id}: skipped a citation with kind {c.get('kind')!r}, value "
                  f"{c.get('value')!r} at {c.get('start')!r}-{c.get('end')!r}", file=sys.stderr)
            continue
        cited.append({**c, "article_id": article_id, "source_id": source_id,
                      "citation_id": tables.citation_id(source_id, c["start"], c["end"], c["kind"])})
    return cited


def placeable(citation: dict) -> bool:
    """A known kind, a number and a span: what a citation row cannot do without."""
    value, start, end = citation.get("value"), citation.get("start"), citation.get("end")
    return (citation.get("kind") in tables.KIND_UNIT and isinstance(value, (int, float)) and value == value
            and isinstance(start, int) and isinstance(end, int) and 0 <= start <= end)


def set_aside_spans(cited: list[dict], spans: dict[str, list], first_row: int) -> list[dict]:
    """Move where-and-how-written fields (offsets, text as written, provenance) out of the citation dicts into
    columns, leaving `_row`: the linker needs only what a figure is about, and small dicts keep 50,000 articles
    well under 1 GB."""
    for field in tables.SPAN_FIELDS:
        spans[field].extend([c.pop(field, None) for c in cited])
    for row, c in enumerate(cited, start=first_row):
        c.pop("sentence_end", None)  # sentence_start stays: the linker reads which figures share a sentence
        c["_row"] = row
    return cited


def by_subgroup(linked: list[dict]) -> list[dict]:
    """Cite the package's figures: the linker's question-level figure split by subgroup (in place). The whole
    sample's figure is the linker's own `figure_id`: only subgroups need an id worked out."""
    for c in linked:
        if subgroup_key(c.get("subgroup")) != "all":
            c["figure_id"] = subgroup_figure_id(c)
    return linked


def align_ids(linked: list[dict]) -> list[dict]:
    """Map ids the linker gave the new batch onto the existing package's ids for the same survey/figure.

    The existing figures were linked together with the batch as pseudo-citations (tables.existing_as_citations);
    whatever new id such a pseudo-citation received stands for its existing survey, question and figure.
    """
    survey_map, question_map, figure_map = {}, {}, {}
    for c in linked:
        if "existing" in c:
            old_survey, old_question, old_figure = c["existing"]
            for mapping, new, old in ((survey_map, c["survey_id"], old_survey),
                                      (question_map, c["question_id"], old_question),
                                      (figure_map, c["figure_id"], old_figure)):
                if new is not None and (new not in mapping or old < mapping[new]):
                    mapping[new] = old
    aligned = [c for c in linked if "existing" not in c]
    if survey_map:  # in place: at 50,000 articles a copy of every citation costs hundreds of MB
        for c in aligned:
            c["survey_id"] = survey_map.get(c["survey_id"], c["survey_id"])
            c["question_id"] = question_map.get(c["question_id"], c["question_id"])
            c["figure_id"] = figure_map.get(c["figure_id"], c["figure_id"])
    return aligned


def build(inputs: Iterable[str | Path], out: Path, primary_file: Path | None = None, rebuild: bool = False,
          jobs: int = 1, progress=None, timings: dict | None = None) -> tuple[dict, list[InputError]]:
    """Build (or add to) the package in `out`; return the tables written and the input errors met.

    `timings`, when given, receives the seconds spent in each stage: ingest (reading the articles and the existing
    package), extract, bookkeeping (ids and rows of what was extracted), link, tables, checks and package.
    """
    clock = _Stages(timings)
    existing = package.empty_tables() if rebuild or not out.exists() else package.read_package(out)
    clock.lap("ingest")
    errors: list[InputError] = []
    sources, citations = [], []
    spans: dict[str, list] = {field: [] for field in tables.SPAN_FIELDS}
    known = set(existing["sources"]["source_id"])  # articles already in the package are not read again
    articles = _timed(_articles(inputs, errors, known, progress), clock, "ingest")
    for article, source, (found, problem) in _extracted(articles, jobs, progress, clock):
        if problem:
            errors.append(InputError("extract", None, problem))
            print(f"error: {problem}", file=sys.stderr)
            continue
        sources.append(source)
        citations.extend(set_aside_spans(citation_rows(article.id, source["source_id"], found), spans,
                                         len(citations)))
    clock.lap("bookkeeping")  # what the loop spent neither reading nor extracting: ids, rows, spans set aside
    pseudo = tables.existing_as_citations(existing) if not existing["figures"].empty else []
    gc.freeze()  # as while reading (ingest.read_inputs): no collection until the package is written rescans the batch
    try:  # (a full collection while building the tables, checks and package would rescan it all)
        collecting = gc.isenabled()
        gc.disable()  # nor collect at all: linking leaves no cycles to free, and the passes over the tables it grows
        try:  # cost a sixth of its time at 50,000 articles
            linked = align_ids(by_subgroup(link_citations(citations + pseudo, in_place=True)))
        finally:
            if collecting:
                gc.enable()
        del citations
        clock.lap("link")
        result = tables.merge_tables(existing, tables.build_tables(sources, linked, pd.DataFrame(spans)))
        del linked, spans
        if primary_file is not None:
            result = primary.apply_primary(result, primary.read_primary(primary_file))
        clock.lap("tables")
        result["checks"] = checks_module.run_checks(result)
        clock.lap("checks")
        package.write_package(result, out)
        clock.lap("package")
    finally:
        gc.unfreeze()
    return result, errors


class _Stages:
    """Seconds per stage for `timings`: `charge` books time to a stage as it is spent (reading and extracting
    interleave), `lap` books the rest of the time since the previous lap."""

    def __init__(self, timings: dict | None):
        self.timings, self.last, self.charged = timings, time.perf_counter(), 0.0

    def charge(self, stage: str, seconds: float) -> None:
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds
        self.charged += seconds

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.charge(stage, now - self.last - self.charged)
        self.last, self.charged = now, 0.0


def _timed(items: Iterator, clock: _Stages, stage: str) -> Iterator:
    """The items, the time spent producing each charged to `stage`."""
    items = iter(items)
    while True:
        started = time.perf_counter()
        item = next(items, _END)
        clock.charge(stage, time.perf_counter() - started)
        if item is _END:
            return
        yield item



def _articles(inputs: Iterable[str | Path], errors: list[InputError], known: set[str],
              progress) -> Iterator[tuple[Article, dict]]:
    """Each article with its sources row (its text hashed once); articles already in the package are skipped."""
    for item in read_inputs(inputs):
        if isinstance(item, InputError):
            errors.append(item)
            print(f"error: {item}", file=sys.stderr)
            continue
        source = tables.source_row(item)
        if source["source_id"] in known:
            if progress:
                progress.step()
        else:
            yield item, source


def _extracted(articles: Iterator[tuple[Article, dict]], jobs: int, progress,
               clock: _Stages) -> Iterator[tuple[Article, dict, tuple[list[dict], str | None]]]:
    """Each (article, source) with extract_safely's result, in input order (a process pool for jobs > 1); the
    time spent extracting, or waiting for the pool, is charged to "extract".

    In one process too, articles are read, extracted and handed on a CHUNK at a time: reading one article, or
    setting aside one article's citations, between two extractions runs with the CPU's caches full of the
    extractor and costs two to three times as much as doing a CHUNK of them in a row."""
    if jobs <= 1:
        for batch in batched(articles, CHUNK):
            results = []
            for article, _source in batch:
                started = time.perf_counter()
                results.append(extract_safely(article))
                clock.charge("extract", time.perf_counter() - started)
                if progress:
                    progress.step()
            for (article, source), result in zip(batch, results, strict=True):
                yield article, source, result
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in batched(articles, CHUNK * jobs * 4):  # bounded: never the whole corpus in flight
            started = time.perf_counter()
            results = pool.map(extract_safely, [article for article, _source in batch], chunksize=CHUNK)
            for (article, source), result in zip(batch, results, strict=True):
                clock.charge("extract", time.perf_counter() - started)
                if progress:
                    progress.step()
                yield article, source, result
                started = time.perf_counter()


def batched(items: Iterator, size: int) -> Iterator[list]:
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def count_articles(inputs: Iterable[str | Path]) -> int:
    """A quick estimate of the number of articles (lines of .jsonl, other files one each) for progress."""
    total = 0
    for path in map(Path, inputs):
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif file.suffix.lower() in (".txt", ".html", ".htm"):
                total += 1
    return total


class Progress:
    """Articles done / total, rate and time left on stderr, at most every `every` seconds."""

    def __init__(self, total: int, stream=sys.stderr, every: float = 1.0):
        self.total, self.stream, self.every = total, stream, every
        self.done, self.started, self.shown = 0, time.monotonic(), 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.shown >= self.every or self.done == self.total:
            self.shown = now
            print(self.line(now - self.started), file=self.stream, flush=True)

    def line(self, elapsed: float) -> str:
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 and self.total >= self.done else 0.0
        return f"articles {self.done:,}/{self.total:,}  {rate:,.0f}/s  {left:,.0f} s left"


def run(args) -> int:
    total = count_articles(args.inputs)
    try:
        result, errors = build(args.inputs, args.out, args.primary, args.rebuild, args.jobs, Progress(total))
    except package.PackageError as err:
        print(f"error: package not written, {err}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as err:
        print(f"error: package not written: {err}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(df):,} {name}" for name, df in result.items())
    print(f"wrote {args.out}: {counts}", file=sys.stderr)
    return 2 if errors else 0
