"""Benchmark linking: articles/s of etl.link.link_citations on one core.

The development corpus is extracted once (read at run time), then its citations are repeated under new
article ids up to --articles articles. "repeated" keeps every copy's words, as when many outlets copy one
wire story; "varied" adds a word of its own to each copy's question terms, so every statement is new to
the clustering (its worst case). Rates are per wall-clock second and per CPU second.

    .venv/bin/python bench/link.py [--articles 5000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
sys.path.insert(0, str(ROOT))

from etl.extract import extract_articles  # noqa: E402
from etl.ingest import InputError, read_inputs  # noqa: E402
from etl.link import link_citations  # noqa: E402


def batch(citations: list[dict], copies: int, varied: bool) -> list[dict]:
    out = []
    for k in range(copies):
        for c in citations:
            terms = f"{c.get('question_terms') or ''} copy{k}" if varied else c.get("question_terms")
            out.append({**c, "article_id": f"{c['article_id']}#{k}", "question_terms": terms})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    articles = [a for a in read_inputs([CORPUS]) if not isinstance(a, InputError)]
    citations = extract_articles(articles)
    copies = max(1, -(-args.articles // len(articles)))
    for label, varied in (("repeated", False), ("varied", True)):
        cited = batch(citations, copies, varied)
        wall, cpu = time.perf_counter(), time.process_time()
        link_citations(cited)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        n = copies * len(articles)
        print(f"link {label:8} {n:6d} articles, {len(cited):6d} citations: {wall:6.2f} s wall, "
              f"{n / wall:7.0f} articles/s wall, {n / cpu:7.0f} articles/s CPU")


if __name__ == "__main__":
    main()
