"""Build stage timings: reading is booked to ingest, not to extract, and no second is booked twice."""

from __future__ import annotations

import json
import time

from etl import build
from etl.ingest import read_inputs

READ_PAUSE, EXTRACT_PAUSE = 0.05, 0.03
ARTICLES = [{"id": f"t{i}", "url": f"https://example.org/{i}", "text": f"Nothing to see in article {i}."}
            for i in range(3)]


def test_reading_and_extracting_are_booked_apart_and_stages_add_up_to_the_build(tmp_path, monkeypatch):
    inputs = tmp_path / "a.jsonl"
    inputs.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")

    def slow_reader(paths):
        for item in read_inputs(paths):
            time.sleep(READ_PAUSE)
            yield item

    def slow_extractor(_article, _min_confidence):
        time.sleep(EXTRACT_PAUSE)
        return []

    monkeypatch.setattr(build, "read_inputs", slow_reader)
    monkeypatch.setattr(build, "extract_article", slow_extractor)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    build.build([inputs], tmp_path / "data", rebuild=True, timings=timings)
    wall = time.perf_counter() - started

    assert list(timings) == ["ingest", "extract", "bookkeeping", "link", "tables", "checks", "package"]
    assert timings["ingest"] >= len(ARTICLES) * READ_PAUSE
    assert timings["extract"] >= len(ARTICLES) * EXTRACT_PAUSE
    assert all(seconds >= 0 for seconds in timings.values())
    assert sum(timings.values()) <= wall  # reading charged to extract too would overshoot by 0.15 s
