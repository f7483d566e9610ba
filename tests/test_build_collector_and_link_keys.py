"""The build pauses Python's cyclic collector while linking and always restores it; the linker's cheap share and
rounding helpers give what they gave before their fast paths."""

from __future__ import annotations

import gc
import json
import math

import pytest

from etl import build
from etl.link import _share, _value_key

ARTICLES = [
    {"id": f"c{i}", "url": f"https://example.org/poll/{i}", "outlet": "Example Courier", "published": "2024-05-02",
     "text": f"A YouGov poll of 1,500 adults, carried out between 20 and 24 April 2024, found that {40 + i}% "
             "support the new tram line, while 35% oppose it."}
    for i in range(3)
]


def write_articles(tmp_path) -> str:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return str(path)


def test_build_leaves_the_collector_on_and_nothing_frozen(tmp_path):
    build.build([write_articles(tmp_path)], tmp_path / "data", rebuild=True)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_switched_off_before_the_build_stays_off(tmp_path):
    gc.disable()
    try:
        build.build([write_articles(tmp_path)], tmp_path / "data", rebuild=True)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_linker_crash_still_restores_the_collector(tmp_path, monkeypatch):
    def broken(_citations, in_place=False):
        raise RuntimeError("linker bug")

    monkeypatch.setattr(build, "link_citations", broken)
    with pytest.raises(RuntimeError):
        build.build([write_articles(tmp_path)], tmp_path / "data", rebuild=True)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_share_is_a_float_for_shares_and_nan_for_other_kinds():
    assert _share({"kind": "share", "value": 41}) == 41.0
    assert type(_share({"kind": "share", "value": 41})) is float
    assert _share({"kind": "share", "value": 12.5}) == 12.5
    assert math.isnan(_share({"kind": "change", "value": 3.0}))
    assert math.isnan(_share({"kind": "share", "value": "41"}))
    assert math.isnan(_share({"kind": "share"}))


def test_value_key_rounds_half_up_whatever_the_number_type():
    assert _value_key({"kind": "share", "value": 34.5}) == "35"
    assert _value_key({"kind": "share", "value": 34.49}) == "34"
    assert _value_key({"kind": "share", "value": 41}) == "41"
    assert _value_key({"kind": "share", "value": 41.0}) == "41"
    assert _value_key({"kind": "share", "value": 0.4}) == "0"
    assert _value_key({"kind": "sample_size", "value": 1500.0}) == ""
