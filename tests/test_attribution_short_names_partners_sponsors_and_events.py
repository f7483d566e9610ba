"""Attribution of short pollster names never given in full, fieldwork partners of survey networks, sponsors
written as publishers or collaborators, web addresses, later polls brought in as other polls, and dates of
earlier waves and of surveys run after an event (sentences written for these tests)."""

from __future__ import annotations

from tests.test_attribute import attribute


def test_a_short_name_cited_with_according_to_is_the_listed_pollster():
    [row] = attribute("Support for the Greens has doubled to 12%, according to Mainstreet.", "12%")
    assert row["pollster"] == "Mainstreet Research"


def test_a_short_name_with_a_possessive_survey_or_a_finding_verb_is_the_listed_pollster():
    rows = attribute("Abacus's latest regional survey puts the Tories at 44%. Abacus found in polling last week "
                     "that 61% want an early vote.", "44%", "61%")
    assert [r["pollster"] for r in rows] == ["Abacus Data", "Abacus Data"]


def test_a_short_name_followed_by_another_capitalised_word_is_not_the_pollster():
    [row] = attribute("A new survey shows 33% back the bill, according to Abacus Capital Partners.", "33%")
    assert row["pollster"] != "Abacus Data"


def test_a_network_s_possessive_partner_ran_the_survey_and_the_network_paid():
    [row] = attribute("Eurobarometer's national partner, the Kestrel Institute, interviewed 1,200 adults in May. "
                      "The survey found that 71% distrust parties.", "71%", published="2025-07-01")
    assert row["pollster"] == "Kestrel Institute"
    assert row["fieldwork_start"] == "2025-05"


def test_a_name_written_as_a_network_s_local_partner_ran_the_survey():
    [row] = attribute("The results, released by Kestrel Institute, the local partner of Eurobarometer, show 64% of "
                      "adults oppose the reform.", "64%")
    assert row["pollster"] == "Kestrel Institute"


def test_fieldwork_done_by_a_network_s_partner_keeps_the_date_filed_under_the_network():
    text = ("Only 35% trust the courts, according to the latest Afrobarometer findings. Fieldwork was done in "
            "March by Afrobarometer's national partner, the Ghana Center for Democratic Development.")
    [row] = attribute(text, "35%", published="2025-05-02")
    assert (row["pollster"], row["sponsor"]) == ("Ghana Center for Democratic Development", "Afrobarometer")
    assert row["fieldwork_start"] == "2025-03"


def test_a_value_up_from_one_in_mid_month_is_that_month_s():
    rows = attribute("Approval stands at 38 percent, up from 31 percent in mid-April, Gallup found in a poll "
                     "conducted Aug. 4-18.", "38 percent", "31 percent", published="2025-08-25")
    assert [r["fieldwork_start"] for r in rows] == ["2025-08-04", "2025-04"]


def test_a_survey_in_the_days_after_an_event_starts_the_day_after():
    [row] = attribute("In a YouGov poll conducted in the days after Nov. 30, 44% said the deal was fair.", "44%",
                      published="2025-12-08")
    assert row["fieldwork_start"] == "2025-12-01"


def test_an_acronym_joined_in_a_pollster_s_name_lends_it_its_dates():
    text = ("About 7 in 10 adults back the plan, a new AP-NORC poll finds. The poll of 1,100 adults was conducted "
            "June 5-9 using NORC's AmeriSpeak Panel. Some 45% strongly back it.")
    [row] = attribute(text, "45%", published="2025-06-20")
    assert row["fieldwork_start"] == "2025-06-05"


def test_research_from_a_body_carried_out_by_a_pollster_makes_the_body_the_sponsor():
    [row] = attribute("Research from the Harbour Trust, carried out by Savanta, found that 52% of tenants skipped "
                      "meals.", "52%")
    assert (row["pollster"], row["sponsor"]) == ("Savanta ComRes", "Harbour Trust")


def test_an_outlet_opening_a_poll_s_title_is_its_sponsor():
    [row] = attribute("Some 47% rate the government well, the latest Daily Herald Pulse of the Nation survey shows.",
                      "47%")
    assert row["sponsor"] == "Daily Herald"


def test_a_named_survey_published_by_a_body_is_that_body_s():
    [row] = attribute("Trust in councils fell to 18%, the lowest ever, according to the Civic Life survey, "
                      "published by the Harbour Trust.", "18%")
    assert row["sponsor"] == "Harbour Trust"


def test_the_body_a_pollster_ran_a_poll_with_is_the_sponsor():
    [row] = attribute("About 4 in 10 say prices are rising, according to a new poll from Gallup and the Harbour "
                      "Trust. It found 40% expect worse.", "40%")
    assert (row["pollster"], row["sponsor"]) == ("Gallup", "Harbour Trust")


def test_the_member_of_a_collaboration_not_listed_as_a_pollster_is_the_sponsor():
    [row] = attribute("The study, a collaboration between the Harbour Trust and YouGov, found 58% favour the plan.",
                      "58%")
    assert (row["pollster"], row["sponsor"]) == ("YouGov", "Harbour Trust")


def test_an_outlet_joined_to_a_pollster_in_a_listed_form_paid():
    [row] = attribute("Some 41% blame the council, a Reuters/Ipsos poll found.", "41%")
    assert (row["pollster"], row["sponsor"]) == ("Ipsos", "Reuters")


def test_a_pollster_s_web_address_names_it():
    [row] = attribute("Only 26% trust the railways, according to figures published on ipsos.com.", "26%")
    assert row["pollster"] == "Ipsos"


def test_a_later_sentence_bringing_in_a_separate_poll_does_not_name_the_earlier_value_s_pollster():
    rows = attribute("The Kestrel Monitor puts trust in the press at 29%. A separate YouGov study found 35%.",
                     "29%", "35%")
    assert [r["pollster"] for r in rows] == [None, "YouGov"]
