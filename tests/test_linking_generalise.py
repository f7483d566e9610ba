"""Linking rules that carry to outlets the rules were not tuned on: groups compared on an answer, verdicts on an
issue named before or in a lead, and "more X than hopeful" in other words (sentences written for these tests)."""

from __future__ import annotations

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import ISSUE_AREA, contradict, question_tokens, statement_tokens


def shares(*texts: str, published: str = "2026-05-12") -> dict[tuple[str, str], dict]:
    from etl.link import link_citations
    articles = [Article(id=f"a{n}", text=text, published=published, outlet=f"outlet{n}.example")
                for n, text in enumerate(texts)]
    return {(c["article_id"], c["value_text"]): c
            for c in link_citations(extract_articles(articles)) if c["kind"] == "share"}


def compared(statement: str, terms: str | None = None, subgroup: str | None = None) -> frozenset[str]:
    return question_tokens({"statement": statement, "question_terms": terms or statement, "subgroup": subgroup})


def test_a_lead_comparing_groups_leaves_the_answer_its_own_clause_gives():
    words = compared("back the levy", "pensioners were more supportive than students back the levy")
    assert not any(t.startswith(("than:", "more:")) for t in words)
    assert {"support", "levy"} <= words
    # the answer's own comparison stays: "more worried than hopeful" is an answer of its own
    assert "than:hop" in compared("are more worried than hopeful",
                                  "Nurses are less anxious are more worried than hopeful")


def test_the_group_compared_alone_is_no_answer():
    assert compared("than those aged 18 to 34", "than those aged") == frozenset()
    assert compared("than city dwellers") == frozenset()


def test_more_likely_between_two_groups_without_the_answer_is_no_answer():
    assert compared("Nurses were more likely than doctors to say so", "Nurses were more likely than doctors",
                    subgroup="Nurses") == frozenset()
    assert compared("Farmers remain more likely than retirees", subgroup="Farmers") == frozenset()
    # the answer said in the same clause stays
    assert "support" in compared("Nurses were more likely than doctors to back the strike", subgroup="Nurses")


def test_a_verdict_on_an_issue_named_before_is_a_verdict_on_some_issue():
    unnamed = statement_tokens("approve of her handling of it")
    assert ISSUE_AREA in unnamed and not any(t.startswith("org:") for t in unnamed)
    assert ISSUE_AREA in statement_tokens("approve of the mayor's handling of the issue")
    assert not contradict(unnamed, statement_tokens("approve of her handling of housing"))
    assert contradict(unnamed, statement_tokens("approve of the job she is doing"))  # the job as a whole
    assert "org:it" not in statement_tokens("approve of her handling of it")


def test_the_issue_of_names_the_issue():
    words = statement_tokens("approve of how she is dealing with the issue of housing")
    assert {ISSUE_AREA, "org:hous"} <= words
    assert "org:health" in statement_tokens("approve of his handling of the question of health care")


def test_an_issue_leading_a_verdict_is_the_issue_of_that_verdict():
    assert {ISSUE_AREA, "org:hous"} <= statement_tokens("On housing approve of the job she is doing")
    assert {ISSUE_AREA, "org:health"} <= statement_tokens("On health care, approve of her work")
    assert ISSUE_AREA not in statement_tokens("On primary votes Labour")  # no verdict: a frame
    # a verdict that marks its own (unnamed) issue keeps the lead's words as words, no second issue
    led = statement_tokens("On the file of the port strike approve of his handling of it")
    assert ISSUE_AREA in led and not any(t.startswith("org:") for t in led)


def test_hopeful_is_hope():
    assert statement_tokens("feel more worry than hope about robots") == statement_tokens(
        "feel more worried than hopeful about robots")


def test_an_issue_verdict_named_before_takes_the_figure_its_share_repeats():
    linked = shares(
        "A Meridian Research poll for the Valley Times, conducted May 4 to 7, found 44% of voters approve of "
        "Mayor Lena Ortiz's handling of housing and 37% approve of her handling of transit.",
        "Housing was meant to be the mayor's signature issue. Now 44% of residents approve of her handling of it, "
        "the Meridian Research survey shows.",
        "Only 37% approve of Ortiz's approach to transit, according to Meridian Research, while 44% approve of how "
        "she is dealing with the issue of housing.")
    housing = linked[("a0", "44%")]["figure_id"]
    assert linked[("a1", "44%")]["figure_id"] == housing
    assert linked[("a2", "44%")]["figure_id"] == housing
    assert linked[("a2", "37%")]["figure_id"] == linked[("a0", "37%")]["figure_id"] != housing


def test_groups_compared_on_one_answer_meet_the_figure_of_the_whole_sample():
    linked = shares(
        "A Savanta poll found that 62% of adults back a levy on cruise ships. Pensioners were much more in "
        "favour, at 71%, than those aged 18 to 34, at 48%.",
        "Most people support a cruise ship levy, according to Savanta. Some 62% back the charge. Support "
        "is weaker among the young: 48% of 18-34s are in favour, compared with 71% of over-65s.",
        "Savanta found 62% of adults backing a cruise ship levy. Older voters were more supportive than "
        "younger ones: 71% of over-65s back the measure, compared with 48% of those aged 18 to 34.")
    whole = linked[("a0", "62%")]["figure_id"]
    assert {c["figure_id"] for c in linked.values()} == {whole}
