"""The build reads and extracts articles a chunk at a time in one process too: every article still gets its own
result, in input order, with one progress step each, and reading never runs more than a chunk ahead. Whatever
the build froze for the garbage collector is unfrozen when it ends, whether the package was written or not."""

from __future__ import annotations

import gc

import pytest

from etl import build
from etl.ingest import Article

COUNT = 2 * build.CHUNK + 5  # two whole chunks and a part


class Steps:
    def __init__(self):
        self.done = 0

    def step(self) -> None:
        self.done += 1


def _articles(count: int, pulled: list[int]):
    for i in range(count):
        pulled.append(i)
        yield Article(id=f"a{i}", text=f"Article {i}."), {"source_id": f"s{i}"}


def test_each_article_keeps_its_own_result_in_input_order_across_chunks(monkeypatch):
    monkeypatch.setattr(build, "extract_safely", lambda article: ([{"about": article.id}], None))
    progress = Steps()
    out = list(build._extracted(_articles(COUNT, []), 1, progress, build._Stages(None)))

    assert [article.id for article, _source, _result in out] == [f"a{i}" for i in range(COUNT)]
    assert all(source["source_id"] == "s" + article.id[1:] for article, source, _result in out)
    assert all(result == ([{"about": article.id}], None) for article, _source, result in out)
    assert progress.done == COUNT


def test_reading_runs_at_most_one_chunk_ahead_of_what_is_handed_on(monkeypatch):
    monkeypatch.setattr(build, "extract_safely", lambda article: ([], None))
    pulled: list[int] = []
    extracted = build._extracted(_articles(COUNT, pulled), 1, None, build._Stages(None))
    next(extracted)
    assert len(pulled) == build.CHUNK
    for _ in range(build.CHUNK):
        next(extracted)
    assert len(pulled) == 2 * build.CHUNK


def test_a_build_leaves_nothing_frozen_for_the_collector_even_when_writing_fails(tmp_path, monkeypatch):
    inputs = tmp_path / "a.jsonl"
    inputs.write_text('{"id": "f1", "text": "A quiet day at the harbour."}\n', encoding="utf-8")
    build.build([inputs], tmp_path / "ok", rebuild=True)
    assert gc.get_freeze_count() == 0

    def fail(_tables, _out):
        raise OSError("disk full")

    monkeypatch.setattr(build.package, "write_package", fail)
    with pytest.raises(OSError):
        build.build([inputs], tmp_path / "failed", rebuild=True)
    assert gc.get_freeze_count() == 0
