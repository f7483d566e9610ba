"""The shortcuts that keep linking fast give the answers of the slow way: the collector paused only while
linking, acronyms found behind their cheap test, a fraction's rounding found with repeated wordings tested
once, equal shares aligned by the share as written."""

from __future__ import annotations

import gc

import pytest

from etl.link import (
    _cyclic_gc_paused,
    _rounded_from,
    align_equal_shares,
    link_citations,
    statement_tokens,
)


def cite(article: str, statement: str, value: float, *, kind: str = "share", text: str | None = None,
         start: str | None = "2026-03-02", position: int = 0) -> dict:
    return {
        "article_id": article, "kind": kind, "value": value, "value_text": text or f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": position, "pollster": "Ipsonde",
        "statement": statement, "subgroup": None, "fieldwork_start": start, "fieldwork_end": start,
        "published": None, "qualifier": "exact",
    }


def test_the_collector_is_off_while_linking_and_as_it_was_after():
    seen = []
    assert gc.isenabled()
    _cyclic_gc_paused(lambda: seen.append(gc.isenabled()))()
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        _cyclic_gc_paused(lambda: seen.append(gc.isenabled()))()
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_the_collector_comes_back_when_linking_fails():
    def broken():
        raise ValueError("unreadable batch")

    with pytest.raises(ValueError):
        _cyclic_gc_paused(broken)()
    assert gc.isenabled()


def test_link_citations_keeps_its_name_and_docstring():
    assert link_citations.__name__ == "link_citations" and "survey_id" in (link_citations.__doc__ or "")


def test_acronyms_are_still_marked_behind_their_cheap_test():
    assert "org:eu" in statement_tokens("back the bid to gain EU membership")
    assert "org:nato" in statement_tokens("want the country to join NATO soon")
    assert not any(t.startswith("org:") for t in statement_tokens("back the bid for membership"))
    assert not any(t.startswith("org:") for t in statement_tokens("Back The Bid"))  # capitals, but no acronym


def test_a_fraction_rounds_the_share_repeated_wordings_give():
    citations = [cite(f"paper{k}", "expect the canal toll to rise next year", 41) for k in range(6)]
    citations.append(cite("digest", "expect the toll to rise", 40, text="four in ten"))
    tokens = [statement_tokens(c["statement"]) for c in citations]
    weight = dict.fromkeys(set().union(*tokens), 1.0)
    question_of = ["toll"] * 6 + ["toll rise"]
    assert _rounded_from(6, citations, tokens, question_of, ["41"], [list(range(6))], weight) == "41"
    same_question = ["toll"] * 7  # its own question's shares are no other figure it rounds
    assert _rounded_from(6, citations, tokens, same_question, ["41"], [list(range(6))], weight) is None


def test_equal_shares_align_by_the_share_as_written_and_skip_other_kinds():
    citations = [
        cite("harbour", "call the ferry service good or great", 31),
        cite("harbour", "rate the bridge plan favourably", 44, position=30),
        cite("harbour", "sample of adults", 1200, kind="sample_size", position=60),
        cite("valley", "rose to", 31),
        cite("valley", "back the bridge plan", 44, position=30),
        cite("valley", "sample of adults", 1200, kind="sample_size", position=60),
    ]
    tokens = [statement_tokens(c["statement"]) for c in citations]
    question_of = ["ferry", "bridge", "unmatched:harbour:2", "rose", "bridge", "unmatched:valley:2"]
    aligned = align_equal_shares(citations, tokens, question_of, ["2026-03"] * 6)
    assert aligned[0] == aligned[3] == "ferry"  # 31% and "31%": one figure, whatever their words
    assert aligned[2] != aligned[5]  # sample sizes are no shares to align
