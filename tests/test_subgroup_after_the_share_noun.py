"""A subgroup named after the share's noun ("an 80% approval rating among Democrats"): the share is the group's,
its statement the noun alone, so it meets the whole sample's question; written for these tests."""

import re

import pytest

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import link_citations
from etl.statements import describe_figures

SHARE = re.compile(r"\d+(?:\s?per\s?cent|\s?percent|%)")


def wordings(sentence: str) -> list[tuple[str | None, str | None]]:
    spans = [(m.start(), m.end(), 0, len(sentence)) for m in SHARE.finditer(sentence)]
    return [(w.statement, w.group) for w in describe_figures(sentence, spans)]


@pytest.mark.parametrize(("sentence", "statement", "group"), [
    ("The governor still has a 79 percent approval rating among Republicans.", "approval rating", "Republicans"),
    ("The scheme has 61% support among older voters.", "support", "older voters"),
    ("The chancellor has a 47 per cent favourability rating with women.", "favourability rating", "women"),
    ("The levy enjoys 52% backing among homeowners.", "backing", "homeowners"),
    ("The mayor has a 28 percent approval rating from independents.", "approval rating", "independents"),
    ("The minister has a 35% net approval rating among pensioners.", "net approval rating", "pensioners"),
])
def test_group_after_the_share_noun_is_the_shares_group(sentence: str, statement: str, group: str) -> None:
    assert wordings(sentence) == [(statement, group)]


@pytest.mark.parametrize("sentence", [
    "The ban has 58% support among the measures tested.",
    "The tax drew 44% support among other things.",
    "The plan has 39% support among women who rent their homes.",  # more than a group: left as written
])
def test_no_people_after_the_share_noun_is_no_group(sentence: str) -> None:
    assert wordings(sentence)[0][1] is None


def test_the_groups_share_links_to_the_whole_samples_question() -> None:
    text = ("An Ipsos poll conducted March 4-8 found the premier's approval rating at 36%. "
            "She still has a 78 percent approval rating among Labor voters.")
    whole, group = link_citations(extract_articles([Article(id="x1", text=text, published="2025-03-12")]))
    assert (whole["subgroup"], group["subgroup"]) == (None, "Labor voters")
    assert group["statement"] == "approval rating"
    assert group["question_id"] == whole["question_id"]
