"""Linking consumer, health, workplace and social-attitude surveys: one pollster's polls for two clients in one
week are two waves, answers at two frequencies are two figures, a share dated by its year alone joins the wave of
that year giving it, and the words that say a share's level, its poll or its area are no answer (sentences
written for these tests)."""

from __future__ import annotations

from etl.link import apart_by_sponsor, link_citations, statement_tokens
from tests.linked_texts import linked_texts, share_of
from tests.test_linking_rounding_and_waves import cite, figure


def _paid(article: str, statement: str, value: float, sponsor: str | None, start: str | None,
          end: str | None = None) -> dict:
    return {**cite(article, statement, value, start=start, end=end, pollster="YouGov"), "sponsor": sponsor,
            "date_precision": "day" if start and len(start) == 10 else None}


def test_one_pollster_for_two_clients_in_one_week_is_two_waves():
    linked = link_citations([
        _paid("a", "say a four-day week would help recruitment", 41, "Federation of Small Traders", "2026-04-06",
              "2026-04-09"),
        _paid("b", "back a four-day week", 41, "FST", "2026-04-06", "2026-04-09"),
        _paid("c", "have skipped a meal to save money", 23, "the Food Bank Alliance", "2026-04-07", "2026-04-10"),
        _paid("d", "skipped meals to cut costs", 23, "Food Bank Alliance's", None),
    ])
    assert figure(linked, "a", 41)["survey_id"] == figure(linked, "b", 41)["survey_id"]  # initials, one client
    assert figure(linked, "c", 23)["survey_id"] == figure(linked, "d", 23)["survey_id"]
    assert figure(linked, "a", 41)["survey_id"] != figure(linked, "c", 23)["survey_id"]


def test_one_client_named_two_ways_stays_one_wave_when_only_one_side_dates_it():
    cited = [_paid("a", "trust local councils", 35, "The Courier and The Ledger", "2026-05-02", "2026-05-05"),
             _paid("b", "trust their local council", 35, "Harbour Media", None)]
    assert apart_by_sponsor(cited, ["2026-05", "2026-05"], "yougov") == ["2026-05", "2026-05"]


def test_the_same_dates_under_two_sponsor_names_stay_one_wave():
    cited = [_paid("a", "trust local councils", 35, "The Courier", "2026-05-02", "2026-05-05"),
             _paid("b", "trust their local council", 35, "Harbour Media", "2026-05-02", "2026-05-05")]
    assert apart_by_sponsor(cited, ["2026-05", "2026-05"], "yougov") == ["2026-05", "2026-05"]


def test_how_often_is_part_of_the_answer():
    weekly = statement_tokens("use a chatbot at work a few times a week or more")
    yearly = statement_tokens("have used a chatbot at work at least a few times a year")
    assert "freqweek" in weekly and "freqyear" in yearly
    assert statement_tokens("use it daily") & statement_tokens("use it every day") >= {"freqday"}
    assert "freqyear" not in statement_tokens("in PwC's annual survey") | statement_tokens("in ten years' time")
    linked = link_citations([
        cite("a", "use a chatbot at work a few times a week or more", 28, pollster="Gallup"),
        cite("a", "have used a chatbot at work at least a few times a year", 46, position=40, pollster="Gallup"),
        cite("b", "use a chatbot at work weekly", 28, pollster="Gallup"),
        cite("b", "have used a chatbot at work a few times a year or more", 46, position=40, pollster="Gallup"),
    ])
    assert figure(linked, "a", 28)["figure_id"] == figure(linked, "b", 28)["figure_id"]
    assert figure(linked, "a", 46)["figure_id"] == figure(linked, "b", 46)["figure_id"]
    assert figure(linked, "a", 28)["figure_id"] != figure(linked, "b", 46)["figure_id"]


def test_a_share_dated_by_its_year_joins_the_wave_of_that_year_giving_it():
    linked = link_citations([
        cite("a", "expect their sales to grow next year", 47, start="2026-10", pollster="Deloitte"),
        cite("a", "expect their sales to grow next year", 61, start="2026-01", position=40, pollster="Deloitte"),
        cite("b", "think their sales will grow", 47, start="2026-10", pollster="Deloitte"),
        cite("b", "think their sales will grow", 61, start="2026", position=40, pollster="Deloitte"),
    ])
    assert figure(linked, "b", 61)["survey_id"] == figure(linked, "a", 61)["survey_id"]
    assert figure(linked, "b", 61)["survey_id"] != figure(linked, "b", 47)["survey_id"]


def test_a_level_remark_after_the_share_leaves_the_subject_as_its_answer():
    linked = linked_texts("Confidence in the water regulator has climbed to 44%, its highest level since 2015, "
                     "according to a new YouGov survey.")
    assert "water regulator" in share_of(linked, "s0", 44)["statement"]
    linked = linked_texts("The share of renters who are more anxious than hopeful about their finances (57 percent) is "
                     "roughly unchanged from 58 percent last year, Ipsos found.")
    assert "anxious" in share_of(linked, "s0", 57)["statement"]


def test_a_poll_named_by_its_owner_is_no_place_or_answer():
    linked = linked_texts("Trust in pharmacists as a source of advice on medicines fell to 61% in KFF's October "
                     "tracking poll, from 66% in July.")
    cited = share_of(linked, "s0", 61)
    assert "pharmacists" in cited["statement"] and not cited.get("subgroup")


def test_a_share_across_the_whole_area_says_what_the_share_before_says():
    linked = linked_texts("In Portugal, 64 per cent tend to trust the European Parliament, against 52 per cent across "
                     "the bloc, the latest Eurobarometer shows.")
    assert "across" not in (share_of(linked, "s0", 52)["statement"] or "")


def test_the_organisation_a_share_trusts_is_not_its_pollster():
    linked = linked_texts("A KFF survey was released on Tuesday. The poll also found that 47% of adults trust the "
                     "Centers for Disease Control and Prevention for information on measles.")
    assert share_of(linked, "s0", 47)["pollster"] == "KFF"


def test_who_commissioned_a_poll_is_its_sponsor_not_its_pollster():
    linked = linked_texts("A Unison-commissioned poll found 38 per cent of care workers had considered quitting.")
    assert share_of(linked, "s0", 38)["pollster"] != "Unison-commissioned"
    linked = linked_texts("Some 52 per cent of head teachers back the change, according to a YouGov survey of 812 "
                     "head teachers for the Education Policy Trust, carried out in May.")
    assert share_of(linked, "s0", 52)["sponsor"] == "Education Policy Trust"
    linked = linked_texts("The survey of 2,100 adults was carried out by the National Centre for Social Research in "
                     "June. It found 33% were satisfied with local bus services.")
    assert share_of(linked, "s0", 33)["sponsor"] != "Social Research"


def test_who_analysed_a_named_survey_is_not_its_pollster():
    linked = linked_texts("Satisfaction with dentistry fell to 19%, according to analysis of the British Social "
                     "Attitudes survey by the Harbour Health Trust. The National Centre for Social Research ran "
                     "the survey in autumn 2025.")
    assert share_of(linked, "s0", 19)["pollster"] == "National Centre for Social Research"


def test_a_share_of_the_previous_year_is_the_wave_a_year_before():
    linked = linked_texts("Satisfaction with local buses has dropped to 41%, from 45% the previous year, according to "
                     "an Ipsos survey carried out in October 2025.", published="2026-01-20")
    assert share_of(linked, "s0", 41)["fieldwork_start"].startswith("2025-10")
    assert share_of(linked, "s0", 45)["fieldwork_start"].startswith("2024")
    assert share_of(linked, "s0", 41)["survey_id"] != share_of(linked, "s0", 45)["survey_id"]
