"""Who ran a poll and when, where outlets name it differently: a national arm written by its parent firm's name
("Ipsos" of Britons, "Ipsos MORI" elsewhere), an exit poll credited only to its broadcasters while a rival firm's
campaign poll is named nearby, a dateline's date, a year given with the source, "years ago, when", and a value of
the wave before given in a clause of its own. Every story and number here is made up."""

from __future__ import annotations

from etl.extract import extract_article
from etl.ingest import Article
from etl.link import link_citations, national_arms


def linked(*articles: Article) -> list[dict]:
    cited = []
    for article in articles:
        cited += [{**c, "article_id": article.id} for c in extract_article(article, 0.5)]
    return link_citations(cited)


def values(article: Article) -> dict[float, dict]:
    return {c["value"]: c for c in extract_article(article, 0.5) if c["kind"] == "share"}


def one(citations: list[dict], article: str, value: float) -> dict:
    return next(c for c in citations if c["article_id"] == article and c["value"] == value)


ARM = Article("arm", (
    "Chancellor's ratings slump\n\n"
    "Only 24% of Britons are satisfied with the chancellor, according to the latest poll by Ipsos UK, carried out "
    "among 1,020 adults between 3 and 9 March 2025.\n\n"
    "The Conservatives are on 26%.\n"), published="2025-03-12", outlet="Northern Ledger")
PARENT = Article("parent", (
    "Bad news for the Treasury\n\n"
    "Fewer than one in four Britons (24%) are happy with the chancellor, an Ipsos survey of 1,020 adults taken "
    "between 3 and 9 March 2025 shows.\n"), published="2025-03-13", outlet="Evening Wire")
ABROAD = Article("abroad", (
    "Senator's approval steady\n\n"
    "Some 41% of Americans approve of the senator, an Ipsos poll of 1,100 US adults taken from March 4 to 8, 2025, "
    "found.\n"), published="2025-03-11", outlet="Capitol Daily")


def test_a_firm_written_by_its_parents_name_in_its_own_country_is_one_survey():
    cited = linked(ARM, PARENT, ABROAD)
    arm, parent, abroad = one(cited, "arm", 24), one(cited, "parent", 24), one(cited, "abroad", 41)
    assert arm["pollster"] == "Ipsos MORI" and parent["pollster"] == "Ipsos"  # as each story writes it
    assert arm["survey_id"] == parent["survey_id"] and arm["figure_id"] == parent["figure_id"]
    assert abroad["survey_id"] != arm["survey_id"]  # the firm's poll of Americans is no poll of its British arm


def test_national_arms_map_the_firms_key_only_where_both_are_cited():
    assert national_arms({"ipsos", "ipsos mori"}) == {("ipsos", "GB"): "ipsos mori"}
    assert national_arms({"ipsos"}) == {} and national_arms({"ipsos mori"}) == {}
    assert national_arms({"gallup", "gallup korea"}) == {("gallup", "KR"): "gallup korea"}


BROADCASTERS_ONLY = Article("broadcasters", (
    "Exit poll points to a Yes\n\n"
    "Voters backed the amendment by about six to four, according to the exit poll for the two public broadcasters.\n\n"
    "The exit poll, published as polls closed at 10pm, put Yes on 59.5% and No on 40.5%.\n\n"
    "Support was highest among voters under 25.\n\n"
    "Turnout was reported to be higher than at the last referendum, officials said at the count centres.\n\n"
    "Men were less keen than women, by 55% to 63%.\n\n"
    "A Red C poll for a Sunday paper ten days before the vote had put Yes on 54% once don't knows were excluded.\n"),
    published="2025-05-23", outlet="Midlands Radio")


def test_an_exit_poll_credited_to_broadcasters_is_not_the_rival_firms_poll():
    found = values(BROADCASTERS_ONLY)
    for share in (59.5, 40.5, 55, 63):
        assert found[share]["pollster"] is None, share
        assert found[share]["mode"] == "exit poll", share  # "polls closed" is the vote, no survey of its own
        assert found[share]["fieldwork_start"] == "2025-05"  # polling day's month
    assert found[54]["pollster"] == "Red C" and found[54]["mode"] is None


def test_a_conductor_named_after_without_figures_of_its_own_still_ran_the_exit_poll():
    article = Article("conductor", (
        "Yes ahead, exit poll says\n\n"
        "The exit poll put Yes on 57% and No on 43%.\n\n"
        "It was carried out by Ipsos B&A, which interviewed 4,100 voters as they left polling stations.\n"),
        published="2025-05-23")
    assert values(article)[57]["pollster"] == "Ipsos B&A"


def test_a_datelines_date_is_when_the_story_was_filed_not_the_fieldwork():
    article = Article("dateline", (
        "Chief minister's approval slips\n\n"
        "Chennai, Sept 14: The chief minister's approval has slipped to 48 per cent, according to a CVoter survey "
        "conducted between August 1 and September 5, 2025.\n"), published="2025-09-15")
    assert values(article)[48]["fieldwork_start"] == "2025-08-01"


def test_a_pollsters_name_and_date_heading_a_table_still_dates_it():
    article = Article("table", (
        "Where the parties stand\n\n"
        "Newspoll, 9 March 2025:\n"
        "Labor 33%\nCoalition 37%\n"), published="2025-03-12")
    assert values(article)[33]["fieldwork_start"] == "2025-03-09"


def test_a_year_given_with_the_source_after_the_value_dates_it():
    article = Article("source", (
        "Trust in courts falls\n\n"
        "In Zambia, 64% said the courts were fair in the round conducted in late 2024, while in Malawi the share was "
        "47%, according to the network's 2023 survey.\n"), published="2025-06-02")
    assert values(article)[47]["fieldwork_start"][:4] == "2023"


def test_years_ago_when_dates_the_value_of_its_clause():
    article = Article("ago", (
        "Faith in the count recovers\n\n"
        "Some 62 percent of Republicans are now confident in the count, a Gallup poll released Tuesday found, a "
        "turnaround from four years ago, when barely 3 in 10 said so.\n"), published="2025-10-21")
    assert values(article)[30]["fieldwork_start"][:4] == "2021"


def test_a_value_of_the_previous_poll_in_a_clause_of_its_own_is_the_earlier_wave():
    article = Article("previous", (
        "Poll-watch\n\n"
        "The latest Roy Morgan poll has Labor on 34.5%. That is down from Roy Morgan's previous poll a fortnight ago, "
        "which had Labor on 36.5% and the Coalition on 35%.\n"))
    found = values(article)
    assert found[36.5]["earlier_wave"] and not found[34.5]["earlier_wave"]
