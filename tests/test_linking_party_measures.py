"""A party's primary vote and its two-party-preferred share in other words ("after preferences", "first
preferences", "the two-party measure"), and the two sides of a split one lead statement names (sentences written
for these tests)."""

from __future__ import annotations

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import apart_leads, link_citations, statement_tokens


def shares(*texts: str, published: str = "2026-03-09") -> dict[tuple[str, str], dict]:
    articles = [Article(id=f"a{n}", text=text, published=published, outlet=f"outlet{n}.example")
                for n, text in enumerate(texts)]
    return {(c["article_id"], c["value_text"]): c
            for c in link_citations(extract_articles(articles)) if c["kind"] == "share"}


def test_after_preferences_and_the_two_party_measure_are_the_two_party_preferred_basis():
    assert "tpp" in statement_tokens("Labor leads 53-47 after preferences")
    assert "tpp" in statement_tokens("the Liberals trail on the two-party measure")
    assert "tpp" in statement_tokens("Labor would take 53 per cent of the preferred vote")
    assert "primary" not in statement_tokens("Labor leads 53-47 after preferences")


def test_first_preferences_are_the_primary_vote():
    assert statement_tokens("the Greens' first preferences") == statement_tokens("the Greens' primary vote")
    assert {"primary", "green"} <= statement_tokens("would give their first preference to the Greens")


def test_a_party_named_alone_in_an_after_preferences_split_is_not_its_primary_vote():
    found = shares("The Liberals trail Labor 47-53 after preferences in the latest YouGov poll, taken on February "
                   "23 to 27. Labor's primary vote is 34 per cent, the Liberals are on 47 per cent.",
                   "YouGov has the Liberal primary vote on 47 per cent and Labor on 34 per cent.")
    primary = found[("a1", "47 per cent")]
    assert found[("a0", "47 per cent")]["figure_id"] == primary["figure_id"]
    assert found[("a0", "47")]["figure_id"] != primary["figure_id"]


def test_the_trailing_side_of_a_split_named_by_the_leader_alone_joins_the_other_party():
    found = shares("Labor leads the Coalition 54-46 after preferences in the latest Newspoll, taken from February 20 "
                   "to 24.",
                   "In the latest Newspoll, Labor is ahead 54 to 46 on a two-party preferred basis.",
                   "The Coalition has 46 per cent of the two-party preferred vote in Newspoll, while its primary vote "
                   "is down to 31 per cent.",
                   "Newspoll has the Coalition primary vote at 31 per cent.")
    labor, coalition = found[("a0", "54")], found[("a0", "46")]
    assert labor["figure_id"] != coalition["figure_id"]
    assert found[("a1", "54")]["figure_id"] == labor["figure_id"]
    assert found[("a1", "46")]["figure_id"] == coalition["figure_id"] == found[("a2", "46 per cent")]["figure_id"]
    assert found[("a3", "31 per cent")]["figure_id"] not in (labor["figure_id"], coalition["figure_id"])


def test_a_split_loses_its_lead_words_on_the_trailing_side_only_when_written_as_one_pair():
    def cite(value: float, start: int, end: int) -> dict:
        return {"article_id": "a", "kind": "share", "value": value, "start": start, "end": end,
                "sentence_start": 0, "statement": "Labor is ahead"}
    words = frozenset({"labor", "ahead"})
    split = apart_leads([cite(56, 30, 32), cite(44, 36, 38)], [words, words])
    assert split == [words, frozenset()]
    listed = apart_leads([cite(56, 30, 32), cite(44, 80, 82)], [words, words])  # far apart: no split
    assert listed == [words, words]
    trailing = frozenset({"coalition", "trail", "labor"})
    both = apart_leads([cite(45, 30, 32), cite(55, 36, 38)], [trailing, trailing])
    assert both == [frozenset(), frozenset()]
