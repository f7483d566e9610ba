"""Wrong joins across questions and surveys: a party's share as the best on an issue is no vote share, two
issues' best-party shares are two figures, one pollster's polls in two countries are two surveys, and a value
"from 28% the week before" belongs to the wave before (sentences written for these tests)."""

from __future__ import annotations

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import apart_by_country, link_citations, statement_tokens
from tests.linked_texts import linked_texts, share_of
from tests.test_linking_rounding_and_waves import cite, figure


def test_best_on_an_issue_is_a_party_measure_however_worded():
    for wording in ["be best at handling the schools chose Labour", "has the best transport policies",
                    "would best handle the cost of living", "trust the Greens most on climate",
                    "trust the Greens most", "think the Greens would be best", "most trusted on crime"]:
        assert "bestparty" in statement_tokens(wording), wording
    assert "bestparty" not in statement_tokens("think leaving would be best for the country")
    assert "bestparty" not in statement_tokens("trust most politicians")
    assert "greens" in statement_tokens("trust the Greens most on climate") or "green" in statement_tokens(
        "trust the Greens most on climate")  # the party chosen stays


def test_a_list_after_a_best_party_share_keeps_its_issue_and_is_no_vote_share():
    linked = linked_texts(
        "Asked which party would be best at handling the railways, 27 per cent in the Ipsos poll chose the "
        "Liberals and 19 per cent the Greens.",
        "On the housing shortage, 33 per cent of voters trust the Greens most, the Ipsos poll found.",
        "The Greens are trusted most on the housing shortage by 33 per cent, Ipsos found.",
        "The Ipsos poll puts the Greens on 19 per cent and the Liberals on 30 per cent.")
    railways, housing = share_of(linked, "s0", 19)["figure_id"], share_of(linked, "s1", 33)["figure_id"]
    assert railways != housing
    assert share_of(linked, "s2", 33)["figure_id"] == housing  # one issue in two outlets stays one figure
    assert railways != share_of(linked, "s3", 19)["figure_id"]  # the Greens' vote share


def test_two_choices_sharing_only_the_measure_are_two_figures_even_at_one_share():
    linked = link_citations([
        cite("a", "Rivera's party would be best at handling housing", 13, pollster="Ipsonde"),
        cite("b", "pick the Greens as the party best on health", 13, pollster="Ipsonde"),
    ])
    assert figure(linked, "a", 13)["figure_id"] != figure(linked, "b", 13)["figure_id"]


def _abroad(article: str, statement: str, value: float, geography: str, start: str | None, end: str | None = None,
            sponsor: str | None = None) -> dict:
    return {**cite(article, statement, value, start=start, end=end, pollster="YouGov"), "geography": geography,
            "sponsor": sponsor, "date_precision": "day" if start else None}


def test_one_pollster_s_overlapping_polls_in_two_countries_are_two_surveys():
    linked = link_citations([
        _abroad("uk", "would vote Labour", 24, "GB", "2026-03-08", "2026-03-09", "The Sentinel"),
        _abroad("uk2", "Labour", 24, "GB", "2026-03-08", "2026-03-09"),
        _abroad("us", "approve of the president", 41, "US", "2026-03-07", "2026-03-10", "The Ledger"),
        _abroad("us2", "approval", 41, "GB", None, sponsor="Ledger"),  # its country only by default
    ])
    assert figure(linked, "uk", 24)["survey_id"] == figure(linked, "uk2", 24)["survey_id"]
    assert figure(linked, "us", 41)["survey_id"] != figure(linked, "uk", 24)["survey_id"]
    assert figure(linked, "us2", 41)["survey_id"] == figure(linked, "us", 41)["survey_id"]


def test_one_survey_of_two_countries_on_the_same_dates_stays_one_wave():
    citations = [_abroad("de", "trust the EU", 48, "DE", "2026-03-02", "2026-03-06"),
                 _abroad("fr", "trust the EU", 39, "FR", "2026-03-02", "2026-03-06")]
    assert apart_by_country(citations, ["2026-03", "2026-03"], "GB") == ["2026-03", "2026-03"]


def test_a_share_from_the_week_before_is_the_wave_before():
    linked = linked_texts(
        "Support for Labour edged up a point to 23 per cent in this week's YouGov survey for the Sentinel, from 22 "
        "per cent the week before.",
        "YouGov's poll for the Sentinel, carried out on February 26 and 27, put Labour on 22 per cent.",
        "YouGov's poll for the Sentinel, carried out on March 8 and 9, put Labour on 23 per cent.",
        published="2026-03-11")
    before, now = share_of(linked, "s0", 22), share_of(linked, "s0", 23)
    assert before["earlier_wave"]
    assert before["survey_id"] == share_of(linked, "s1", 22)["survey_id"]
    assert now["survey_id"] == share_of(linked, "s2", 23)["survey_id"]


def _wordings(text: str) -> dict[float, tuple[str | None, str | None]]:
    cited = extract_articles([Article(id="w", url="https://example.org/w", outlet="Outlet", title="t",
                                      published="2026-03-12", text=text)])
    return {c["value"]: (c["statement"], c["subgroup"]) for c in cited if c["kind"] == "share"}


def test_a_leader_s_share_with_support_before_the_rival_s_names_no_rival():
    said = _wordings("The Greens lead with 39 per cent support to the Liberals' 33 per cent, Ipsos found.")
    assert said[33][0] == "the Liberals"
    assert "Liberals" not in (said[39][0] or "")  # the rival's name is the second share's, not the leader's


def test_a_group_compared_after_a_report_s_lead_has_the_plain_answer():
    said = _wordings("In the Ipsos poll, 58 per cent back a ban on short lets. Ipsos found tenants were far more "
                     "supportive, at 71%, than landlords, at 22%.")
    statement, group = said[71]
    assert group == "tenants"
    assert "than" not in (statement or "")  # no comparison of its own: the answer the tenants gave
