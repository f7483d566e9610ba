"""Benchmark extraction: articles/s and peak memory, one core, streaming from files.

Rates are given per wall-clock second and per CPU second (the latter is steadier on a shared machine).

Text input: the development corpus repeated to at least --articles articles in one .jsonl file, read
and extracted one article at a time (ingest → detect → attribute), then linked, as `python -m etl
extract` does; the time of each stage is shown per article (CPU and wall-clock), so a later pass can
see where it goes.
HTML input: simple web pages generated from the corpus articles at run time, read via trafilatura.
Detection only: etl.extract.find_mentions on the same articles in memory (no ingest, no attribution),
to show which stage the time goes to. Each measurement runs in its own child process so its peak
memory is its own; on a shared machine, `--runs 3` repeats each one and shows the run with the median rate.

    .venv/bin/python bench/extract.py [--articles 5000] [--html-pages 300] [--runs 1]
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
sys.path.insert(0, str(ROOT))
MIN_CONFIDENCE = 0.5  # the default of `python -m etl extract`


def corpus_records() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(records: list[dict], count: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            record = records[i % len(records)]
            out.write(json.dumps({**record, "id": f"{record['id']}-{i}"}, ensure_ascii=False) + "\n")


def write_html_pages(records: list[dict], count: int, folder: Path) -> None:
    for i in range(count):
        record = records[i % len(records)]
        paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in record["text"].split("\n") if p.strip())
        title = html.escape(record.get("title") or record["id"])
        page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
                f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>\n"
                f"{paragraphs}</article><footer>© Example News</footer></body></html>")
        (folder / f"{record['id']}-{i}.html").write_text(page, encoding="utf-8")


def measure(inputs: list[str]) -> dict:
    """Stream the inputs through ingest, detection and attribution, then link; count and time each stage."""
    from etl.attribute import attribute_mentions
    from etl.extract import find_mentions
    from etl.ingest import InputError, read_inputs
    from etl.link import link_citations

    articles, kept = 0, []
    stages = {"detect": [0.0, 0.0], "attribute": [0.0, 0.0], "link": [0.0, 0.0]}  # CPU s, wall s
    started, cpu_started = time.perf_counter(), time.process_time()
    for item in read_inputs(inputs):
        if isinstance(item, InputError):
            continue
        articles += 1
        with _timed(stages["detect"]):
            mentions = find_mentions(item.id, item.text)
        with _timed(stages["attribute"]):  # as etl.extract.extract_article does
            if any(m["confidence"] >= MIN_CONFIDENCE for m in mentions):
                kept.extend(attribute_mentions(item, mentions, MIN_CONFIDENCE))
    with _timed(stages["link"]):
        link_citations(kept)
    result = _result(articles, len(kept), started, cpu_started)
    for stage, (cpu, wall) in stages.items():
        result[f"{stage}_ms"] = {"cpu": round(1000 * cpu / max(articles, 1), 3),
                                 "wall": round(1000 * wall / max(articles, 1), 3)}
    return result


@contextmanager
def _timed(totals: list[float]):
    """Add the CPU and wall-clock seconds of the block to totals[0] and totals[1]."""
    cpu, wall = time.process_time(), time.perf_counter()
    yield
    totals[0] += time.process_time() - cpu
    totals[1] += time.perf_counter() - wall


def _result(articles: int, citations: int, started: float, cpu_started: float) -> dict:
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": articles, "citations": citations, "seconds": round(seconds, 2),
            "articles_per_s": round(articles / seconds, 1), "articles_per_cpu_s": round(articles / cpu_seconds, 1),
            "peak_rss_mb": round(peak_mb, 1)}


def measure_detection(records: list[dict], count: int) -> dict:
    """Detection alone (etl.extract.find_mentions, no ingest or attribution), articles in memory."""
    from etl.extract import find_mentions

    citations = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for i in range(count):
        record = records[i % len(records)]
        citations += sum(1 for m in find_mentions(record["id"], record["text"]) if m["confidence"] >= MIN_CONFIDENCE)
    return _result(count, citations, started, cpu_started)


def child(kind: str, count: int) -> None:
    records = corpus_records()
    if kind == "detect":
        print(json.dumps(measure_detection(records, count)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "text":
            path = Path(tmp) / "articles.jsonl"
            write_jsonl(records, count, path)
            inputs = [str(path)]
        else:
            write_html_pages(records, count, Path(tmp))
            inputs = [tmp]
            import trafilatura  # noqa: F401  (imported before timing: a one-off cost of several seconds)
        print(json.dumps(measure(inputs)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="text articles (corpus repeated)")
    parser.add_argument("--html-pages", type=int, default=300, help="generated HTML pages")
    parser.add_argument("--runs", type=int, default=1, help="runs of each measurement; the median is shown")
    parser.add_argument("--child", choices=("text", "html", "detect"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    if args.child:
        child(args.child, args.html_pages if args.child == "html" else args.articles)
        return 0
    for kind, count in (("text", args.articles), ("html", args.html_pages), ("detect", args.articles)):
        runs = sorted((_run_child(kind, count) for _ in range(max(1, args.runs))), key=lambda r: r["articles_per_s"])
        result = runs[len(runs) // 2]
        label = {"text": "text input (full pipeline)", "html": "HTML input (full pipeline)",
                 "detect": "detection only, in memory"}[kind]
        print(f"{label}: {result['articles']} articles in {result['seconds']} s = "
              f"{result['articles_per_s']} articles/s ({result['articles_per_cpu_s']} per CPU second), "
              f"peak memory {result['peak_rss_mb']} MB, "
              f"{result['citations']} citations")
        if len(runs) > 1:
            print(f"  median of {len(runs)} runs: " + ", ".join(f"{r['articles_per_s']}" for r in runs) + " articles/s")
        if "detect_ms" in result:
            print("  per article: " + ", ".join(
                f"{stage} {result[f'{stage}_ms']['cpu']} ms CPU / {result[f'{stage}_ms']['wall']} ms wall"
                for stage in ("detect", "attribute", "link")))
    return 0


def _run_child(kind: str, count: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--articles", str(count),
                          "--html-pages", str(count)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
