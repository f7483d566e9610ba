"""Exit polls: each citation's survey mode, stories that say only "the exit poll" (or name only its broadcasters)
linked to the batch's one exit poll of their country and election, rival exit polls and other elections kept
apart, and the desk matching a pollster-less exit-poll figure. Every story and number here is made up."""

from __future__ import annotations

import pandas as pd

from etl.build import citation_rows
from etl.desk import check_citations
from etl.desk_data import Dataset
from etl.extract import extract_article
from etl.ingest import Article
from etl.link import link_citations
from etl.tables import build_tables, source_row

NAMED = Article("named", (
    "Exit poll shock for the government\n\n"
    "The government was heading for defeat in Britain last night. Having interviewed 24,000 voters at 150 polling "
    "stations, the exit poll, carried out by Ipsos MORI, gave the opposition a clear lead.\n\n"
    "Ipsos MORI's last campaign survey, taken on 1-3 May among 1,512 British adults, had the opposition on 41%.\n"),
    outlet="Harbour Gazette", title="Exit poll shock for the government")
SPONSORED = Article("sponsored", (
    "Hung parliament ahead, says exit poll\n\n"
    "Exit polls pointed to a hung parliament in Britain.\n\n"
    "The survey of roughly 20,000 people who had just voted, carried out for the BBC, ITV and Sky, was out at 10pm.\n"),
    outlet="Valley Courier", title="Hung parliament ahead, says exit poll")
UNNAMED = Article("unnamed", (
    "Night of surprises for British pollsters\n\n"
    "The two main parties had been level in the polls for weeks, but the exit poll of 24,000 voters at 150 polling "
    "stations told another story for Britain.\n"),
    outlet="Coastal Herald", title="Night of surprises for British pollsters")


def linked(*articles: Article) -> list[dict]:
    cited = []
    for article in articles:
        cited += [{**c, "article_id": article.id} for c in extract_article(article, 0.5)]
    return link_citations(cited)


def one(citations: list[dict], article: str, value: float) -> dict:
    return next(c for c in citations if c["article_id"] == article and c["value"] == value)


def dataset_of(*articles: Article) -> Dataset:
    sources, cited = [], []
    for article in articles:
        sources.append(source := source_row(article))
        cited += citation_rows(article.id, source["source_id"], extract_article(article, 0.5))
    tables = build_tables(sources, link_citations(cited))
    return Dataset.from_records(*(tables[name].to_dict("records") for name in ("figures", "surveys", "citations",
                                                                                 "sources")))


def test_mode_says_which_values_an_exit_poll_gave():
    named = {c["value"]: c for c in extract_article(NAMED, 0.5)}
    assert named[24000]["mode"] == "exit poll"  # the exit poll named after the count, in its sentence
    assert named[1512]["mode"] is None and named[41]["mode"] is None  # the pollster's campaign survey
    assert one(linked(SPONSORED), "sponsored", 20000)["mode"] == "exit poll"  # "the survey" points back to it
    polling = Article("polling", "Women broke for her: according to exit polling, 55% of them backed her, while a "
                      "Pew survey had found 48% before the vote.\n", published="2024-11-07")
    values = {c["value"]: c["mode"] for c in extract_article(polling, 0.5)}
    assert values == {55: "exit poll", 48: None}
    campaign = Article("campaign", "Support for the plan stood at 61%, in line with the latest Gallup polling and "
                       "above what the exit poll found.\n", published="2024-11-07")
    assert [c["mode"] for c in extract_article(campaign, 0.5)] == [None]  # Gallup's polling is named first
    plain = Article("plain", "A survey of 1,400 Britons by Ipsos MORI found 52% back the plan.\n")
    assert all(c["mode"] is None for c in extract_article(plain, 0.5))


def test_the_mode_fills_the_survey_table():
    sources = [source_row(NAMED)]
    tables = build_tables(sources, link_citations(citation_rows("named", sources[0]["source_id"],
                                                                extract_article(NAMED, 0.5))))
    modes = dict(zip(tables["surveys"]["sample_size"], tables["surveys"]["mode"], strict=True))
    assert modes[24000] == "exit poll" and pd.isna(modes[1512])


def test_pollster_sponsor_and_unnamed_stories_cite_one_exit_poll():
    citations = linked(NAMED, SPONSORED, UNNAMED)
    exit_poll = one(citations, "named", 24000)["survey_id"]
    assert one(citations, "unnamed", 24000)["survey_id"] == exit_poll
    assert one(citations, "sponsored", 20000)["sponsor"] and not one(citations, "sponsored", 20000)["pollster"]
    assert one(citations, "sponsored", 20000)["survey_id"] == exit_poll  # "roughly 20,000" of the same poll
    assert one(citations, "named", 1512)["survey_id"] != exit_poll  # the pollster's campaign survey is another


def test_rival_exit_polls_of_one_country_are_not_joined():
    first = Article("first", "Infratest dimap's exit poll for ARD put the CDU on 30 percent in Germany.\n",
                    published="2025-02-23")
    second = Article("second", "The exit poll by Forschungsgruppe Wahlen for ZDF had the CDU on 29 percent in "
                     "Germany.\n", published="2025-02-23")
    vague = Article("vague", "In Germany, the exit poll put the CDU at 30 percent, short of what it hoped.\n",
                    published="2025-02-24")
    citations = linked(first, second, vague)
    assert one(citations, "vague", 30)["mode"] == "exit poll"
    assert one(citations, "vague", 30)["survey_id"] not in {one(citations, "first", 30)["survey_id"],
                                                             one(citations, "second", 29)["survey_id"]}


def test_exit_polls_of_two_elections_are_not_joined():
    earlier = Article("earlier", "The exit poll by Ipsos MORI questioned 23,000 voters across Britain.\n",
                      published="2019-12-13")
    later = Article("later", "Britain's exit poll of 23,000 voters was out at 10pm.\n", published="2024-07-05")
    days_later = Article("days", "In Britain the exit poll of 23,000 voters was spot on.\n", published="2019-12-15")
    citations = linked(earlier, later, days_later)
    assert one(citations, "later", 23000)["survey_id"] != one(citations, "earlier", 23000)["survey_id"]
    assert one(citations, "days", 23000)["survey_id"] == one(citations, "earlier", 23000)["survey_id"]


def test_desk_matches_a_pollster_less_exit_poll_figure_and_asks_who_ran_it():
    dataset = dataset_of(NAMED, SPONSORED)
    draft = Article("draft", "Pollsters had a bad night in Britain. The exit poll of 26,000 voters gave the "
                    "opposition a clear lead.\n")
    verdicts = check_citations(extract_article(draft, 0.5), dataset, text=draft.text)
    verdict = next(v for v in verdicts if v.value == 26000)
    assert verdict.verdict in ("differs", "conflict")
    assert "Matched on the exit poll" in verdict.message and "Ipsos MORI" in verdict.message
    assert "say who ran the exit poll and when" in verdict.message
    credited = Article("credited", "The exit poll by Ipsos MORI questioned 26,000 voters in Britain.\n")
    verdict = check_citations(extract_article(credited, 0.5), dataset, text=credited.text)[0]
    assert verdict.verdict in ("differs", "conflict") and "its one exit poll" in verdict.message  # not another wave


def test_desk_leaves_an_exit_poll_figure_unattributed_when_two_rival_polls_fit():
    first = Article("first", "Infratest dimap's exit poll for ARD questioned 90,000 voters in Germany.\n",
                    published="2025-02-23")
    second = Article("second", "The exit poll by Forschungsgruppe Wahlen for ZDF questioned 60,000 voters in "
                     "Germany.\n", published="2025-02-23")
    draft = Article("draft", "In Germany, the exit poll of 70,000 voters gave the CDU a lead.\n")
    verdicts = check_citations(extract_article(draft, 0.5), dataset_of(first, second), text=draft.text)
    assert next(v for v in verdicts if v.value == 70000).verdict == "unattributed"
