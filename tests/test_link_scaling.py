"""Linking's per-group shortcuts (columns worked out once per pollster, waves looked up by key) give what the
per-citation helpers give, leave nothing behind between batches, and the build's subgroup ids stay those of
`subgroup_figure_id`."""

from __future__ import annotations

import math

from etl.build import by_subgroup
from etl.link import (
    _columns,
    _interval,
    _share,
    _shares_by_article,
    _value_key,
    apart_by_country,
    link_citations,
    subgroup_figure_id,
    subgroup_key,
)


def cite(article: str, statement: str, value: float, *, kind: str = "share", start: str | None = "2024-02-05",
         end: str | None = "2024-02-09", subgroup: str | None = None, geography: str | None = None,
         pollster: str = "Ipsos", **extra) -> dict:
    return {"article_id": article, "kind": kind, "value": value, "start": 0, "end": 3, "pollster": pollster,
            "statement": statement, "subgroup": subgroup, "fieldwork_start": start, "fieldwork_end": end,
            "date_precision": "day" if start and len(start) == 10 else None, "published": "2024-02-14",
            "geography": geography, **extra}


def batch() -> list[dict]:
    return [
        cite("harbour-1", "back a cap on rents in the capital", 46),
        cite("harbour-1", "back a cap on rents in the capital", 61, subgroup="renters"),
        cite("valley-2", "support capping rents", 46.0),
        cite("valley-2", "support capping rents", 1_204, kind="sample_size"),
        cite("valley-2", "say rents should be capped", 44, qualifier="approx"),
        cite("metro-3", "want rents capped", 45, earlier_wave=True),
        cite("metro-3", "oppose a rent cap", 38, subgroup="all adults", start=None, end=None),
    ]


def test_columns_are_what_the_per_citation_helpers_give():
    citations = batch()
    columns = _columns(citations)
    assert [str(c["article_id"]) for c in citations] == columns.articles
    assert [subgroup_key(c.get("subgroup")) == "all" for c in citations] == columns.whole
    assert [_value_key(c) for c in citations] == columns.value_keys
    assert [_interval(c) for c in citations] == columns.spans
    expected = [_share(c) for c in citations]
    assert all(a == b or (math.isnan(a) and math.isnan(b)) for a, b in zip(columns.shares, expected, strict=True))
    assert math.isnan(columns.shares[3])  # a sample size is no share
    assert columns.exact == [0, 2, 6]  # whole-sample shares as given: no subgroup, no "about", no earlier reading


def test_shares_by_article_reads_only_exact_whole_sample_shares():
    citations = batch()
    given = _shares_by_article(citations, ["q"] * len(citations), ["2024-02"] * len(citations))
    assert given[("2024-02", "q")] == {"harbour-1": {46.0}, "valley-2": {46.0}, "metro-3": {38.0}}


def test_a_pass_called_after_linking_works_on_its_own_citations():
    link_citations(batch())
    other = [cite("coastal-9", "back a cap on rents", 52), cite("coastal-9", "back a cap on rents", 70,
                                                                 subgroup="renters")]
    assert _columns(other).articles == ["coastal-9", "coastal-9"]
    assert _columns(other).exact == [0]


def test_linking_one_batch_after_another_gives_the_same_ids():
    alone = link_citations(batch())
    link_citations([cite("x", "trust the national broadcaster", 33, pollster="Kantar")])
    again = link_citations(batch())
    assert [(c["survey_id"], c["question_id"], c["figure_id"]) for c in alone] == [
        (c["survey_id"], c["question_id"], c["figure_id"]) for c in again]


def test_by_subgroup_gives_every_citation_its_published_figure():
    linked = by_subgroup(link_citations(batch()))
    for c in linked:
        assert c["figure_id"] == subgroup_figure_id(c)
    assert linked[0]["figure_id"] != linked[1]["figure_id"]  # renters are a figure of their own


def test_waves_of_two_countries_split_among_many_waves():
    """One pollster's overlapping polls of two countries are two waves, however many other waves it has."""
    citations, wave_of = [], []
    for month in range(1, 13):
        wave = f"2023-{month:02d}"
        for outlet in ("daily", "weekly"):
            citations.append(cite(f"{outlet}-{month}", "back the new border checks", 40 + month, geography="GB",
                                  start=f"{wave}-03", end=f"{wave}-08"))
            wave_of.append(wave)
    citations.append(cite("wire-us", "back the new border checks", 71, geography="US", start="2023-06-12",
                          end="2023-06-20"))
    wave_of.append("2023-06")
    split = apart_by_country(citations, wave_of, "GB")
    assert split[-1] == "2023-06@US"
    assert split[:-1] == wave_of[:-1]
