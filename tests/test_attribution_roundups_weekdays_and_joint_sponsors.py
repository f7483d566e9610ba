"""Attribution of poll round-ups, surveys dated by one weekday after a fieldwork verb, short names in headlines,
survey titles ending in a body's word, joint work of an institution and a polling firm, bodies that commissioned
a named pollster, and sponsors written after the sample (sentences written for these tests)."""

from __future__ import annotations

from tests.test_attribute import attribute
from tests.test_extract import shares


def test_each_name_in_a_round_up_owns_the_number_right_after_it():
    rows = attribute("Latest polls: Opinium has the Greens on 14, Deltapoll 11, Survation 12.", "14", "11", "12")
    assert [r["pollster"] for r in rows] == ["Opinium", "Deltapoll", "Survation"]


def test_a_name_with_on_before_its_value_owns_it_in_a_list_of_polls():
    [row] = attribute("Opinium put the Tories on 20 per cent; Techne had them on 22 per cent and Survation on "
                      "19 per cent.", "19 per cent")
    assert row["pollster"] == "Survation"


def test_a_poll_completed_on_a_weekday_ran_on_the_latest_such_day_before_publication():
    [row] = attribute("Some 37% of adults back the plan, according to an Ipsos poll completed on Sunday.", "37%",
                      published="2025-07-02")
    assert row["fieldwork_start"] == "2025-06-29"


def test_a_weekday_after_surveyed_dates_the_survey_of_the_sentence_before():
    [row] = attribute("Opinium's tracker puts Labour on 27%. Opinium surveyed 2,050 adults on Friday.", "27%",
                      published="2025-08-04")
    assert row["fieldwork_start"] == "2025-08-01"


def test_a_weekday_after_a_release_verb_does_not_date_fieldwork():
    [row] = attribute("A Quinnipiac poll released Tuesday found 44% approve of the governor.", "44%",
                      published="2025-07-03")
    assert row["fieldwork_start"] is None


def test_a_weekday_before_its_date_is_part_of_that_date():
    [row] = attribute("Survation interviewed 1,020 adults between Thursday May 29 and Friday May 30. Some 52% "
                      "favour the change.", "52%", published="2025-06-05")
    assert (row["fieldwork_start"], row["fieldwork_end"]) == ("2025-05-29", "2025-05-30")


def test_a_value_earlier_in_a_month_is_an_earlier_wave():
    [now, then] = attribute("Some 45% approve, according to an Ipsos poll completed on Monday, down from 48% earlier "
                            "in June.", "45%", "48%", published="2025-06-25")
    assert now["fieldwork_start"] == "2025-06-23"
    assert then["fieldwork_start"] == "2025-06"


def test_a_short_name_labelling_a_headline_is_the_pollster_of_an_unattributed_body():
    [row] = attribute("National is down two points to 31 per cent in the latest poll.", "31 per cent",
                      title="Curia poll: National down two")
    assert row["pollster"] == "Curia Market Research"


def test_a_survey_title_ending_in_a_body_word_names_no_pollster():
    [row] = attribute("The yearly State of the Union survey found that 52% of members expect slower growth.", "52%")
    assert row["pollster"] is None


def test_an_institution_and_a_polling_firm_together_the_firm_ran_it_and_the_institution_paid():
    [row] = attribute("Some 61% of Britons feel poorer, according to research by King's College London and "
                      "Ipsos.", "61%")
    assert row["pollster"] == "Ipsos"
    assert row["sponsor"] == "King's College London"


def test_a_body_that_commissioned_a_named_pollster_is_its_sponsor():
    [row] = attribute("Some 29% of tenants skip meals, according to the Resolution Foundation, which "
                      "commissioned Opinium to poll 4,000 adults.", "29%")
    assert row["pollster"] == "Opinium"
    assert row["sponsor"] == "Resolution Foundation"


def test_a_sponsor_after_the_sample_sentence_applies_to_earlier_figures_of_that_pollster():
    [row] = attribute("The Greens are on 13%. Forsa questioned 2,501 people for Stern between Tuesday and Friday.",
                      "13%", published="2025-05-14")
    assert row["pollster"] == "Forsa"
    assert row["sponsor"] == "Stern"


def test_a_sponsor_after_the_fieldwork_days_is_the_sponsor():
    [row] = attribute("Labour is on 30 per cent. The poll of 1,000 voters was conducted from May 5 to May 7 for "
                      "the Taxpayers' Union.", "30 per cent", published="2025-05-10")
    assert row["sponsor"] == "Taxpayers' Union"


def test_an_outlet_before_a_named_monitor_poll_paid_for_it():
    [row] = attribute("Labor's primary vote is 31 per cent in the latest Sydney Morning Herald Resolve Political "
                      "Monitor.", "31 per cent")
    assert row["pollster"] == "Resolve Strategic"
    assert row["sponsor"] == "Sydney Morning Herald"


def test_a_short_name_s_numbers_are_a_survey_cue():
    assert 44.0 in shares("Mainstreet's newest regional numbers show the Liberals at 44%.")
