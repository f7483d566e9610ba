"""Attribution in wire and English-edition copy of polls from Latin America, Asia, Africa and continental Europe:
fieldwork written as "over three days through Sunday" or "earlier in the week", dates naming an event, who paid
written as a news wire or an outlet owning its pollster, names that run on past "for", poll titles, and who was
asked written after the sample size (sentences written for these tests)."""

from __future__ import annotations

import pytest

from etl.pollsters import default_matcher
from tests.test_attribute import attribute
from tests.test_fieldwork_dates import starts


def test_days_counted_back_to_a_weekday_date_the_poll():
    text = ("Support for the Cabinet fell to 61.2 percent, a public broadcaster poll showed. The poll was "
            "conducted over three days through Sunday among 1,190 people.")
    (m,) = attribute(text, "61.2 percent", published="2025-12-08")
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2025-12-05", "2025-12-07")


def test_a_poll_taken_earlier_in_the_week_ran_in_the_month_of_publication():
    text = "A Realmeter survey taken earlier in the week put his approval at 52.4 percent."
    assert starts(text, "52.4 percent", published="2025-10-31") == ["2025-10"]


@pytest.mark.parametrize("event", ["riots", "attack", "protests", "coup"])
def test_a_date_that_names_an_event_is_not_the_fieldwork(event):
    text = (f"Most oppose a bill to pardon those convicted over the Jan. 8 {event}, with 57% against it, a Quaest "
            "survey showed. The poll was conducted Nov. 6-9 among 2,004 voters.")
    assert starts(text, "57%", published="2025-11-12") == ["2025-11-06"]


def test_a_news_wire_that_paid_for_the_poll_is_its_sponsor():
    text = "The party is on 18.9 percent in the weekly Voxmeter poll for news wire Ritzau."
    (m,) = attribute(text, "18.9 percent", published="2025-11-10")
    assert m["sponsor"] == "Ritzau"


def test_a_headline_poll_does_not_run_on_into_the_bodys_first_words():
    text = ("Cabinet support slips in Jiji poll\n"
            "The approval rating for Prime Minister Ito's Cabinet stood at 48.2 pct, a Jiji Press poll showed.")
    (m,) = attribute(text, "48.2 pct", published="2025-12-15")
    assert m["pollster"] == "Jiji Press" and m["sponsor"] is None


def test_an_outlets_own_polling_arm_is_run_for_that_outlet():
    text = ("Lula would win a runoff with 49%, according to a poll by Datafolha, the polling arm of newspaper "
            "Folha de S.Paulo.")
    (m,) = attribute(text, "49%", published="2025-12-12")
    assert (m["pollster"], m["sponsor"]) == ("Datafolha", "Folha de S.Paulo")


def test_an_unlisted_firm_that_ran_a_survey_someone_else_commissioned_is_its_pollster():
    text = ("Some 47.5 percent expect prices to rise, a survey showed. The survey, commissioned by the Daegu "
            "Herald, was conducted by Hanbit Survey Partners on 1,000 adults from Dec. 29-Jan. 2.")
    (m,) = attribute(text, "47.5 percent", published="2026-01-05")
    assert m["pollster"] == "Hanbit Survey Partners"
    assert m["fieldwork_start"] == "2025-12-29"


def test_a_for_inside_a_pollsters_written_name_names_no_sponsor():
    text = "Some 42.3 percent named housing, according to a survey by the Centre for Sociological Research."
    (m,) = attribute(text, "42.3 percent", published="2025-10-16")
    assert m["pollster"].startswith("Centro de Investigaciones") and m["sponsor"] is None


def test_a_pollsters_full_name_going_on_after_for_names_no_sponsor():
    text = "Satisfaction slipped to 50 per cent, the latest survey by Merdeka Centre for Opinion Research showed."
    (m,) = attribute(text, "50 per cent", published="2025-07-30")
    assert m["pollster"] == "Merdeka Center" and m["sponsor"] is None


def test_a_titled_survey_run_for_an_outlet_by_a_named_firm_is_the_firms_for_that_outlet():
    text = ("Her approval stood at 58%, according to the Andes Monitor survey conducted for Reuters by AtlasIntel "
            "from Sept. 10 to 14. In Peru, just 9% approve of the president.")
    first, second = attribute(text, "58%", "9%", published="2025-09-18")
    assert [(m["pollster"], m["sponsor"]) for m in (first, second)] == [("AtlasIntel", "Reuters")] * 2


@pytest.mark.parametrize(("paid", "sponsor"), [("Chile's La Tercera", "La Tercera"),
                                               ("Peru's El Comercio", "El Comercio")])
def test_a_country_or_owner_before_an_outlets_name_is_not_part_of_it(paid, sponsor):
    text = f"An Ipsos poll for {paid} showed 41% approval for the president."
    (m,) = attribute(text, "41%", published="2025-11-20")
    assert m["sponsor"] == sponsor


def test_a_pollsters_own_word_for_institute_is_no_sponsor():
    text = "The Instituto Datafolha survey showed 35% rating the government as bad."
    (m,) = attribute(text, "35%", published="2025-12-05")
    assert m["pollster"] == "Datafolha" and m["sponsor"] is None


@pytest.mark.parametrize(("sample", "population"), [
    ("interviewed 1,200 adult Filipinos face to face", "adult Filipinos"),
    ("contacted 2,398 people aged 18 or older", "people aged 18 or older"),
    ("polled 1,040 adult residents of Lithuania", "adult residents of Lithuania"),
    ("surveyed 3,100 Americans aged 13 to 28", "Americans aged 13 to 28"),
])
def test_who_was_asked_is_read_after_the_sample_size(sample, population):
    text = f"Trust in the police stood at 44%, the poll found. The pollster {sample} last month."
    (m,) = attribute(text, "44%", published="2025-10-20")
    assert m["population"] == population


def test_a_month_after_the_sample_is_when_it_was_asked_not_who():
    text = "Trust in the police stood at 44%, the poll found. The pollster interviewed 1,000 adults in June."
    (m,) = attribute(text, "44%", published="2025-10-20")
    assert m["population"] == "adults"


def test_people_alone_says_nothing_of_who_was_asked():
    text = "Trust in the police stood at 44% among Kenyans, the poll found. The pollster interviewed 1,500 people."
    (m,) = attribute(text, "44%", published="2025-10-20")
    assert m["population"] == "Kenyans"


@pytest.mark.parametrize(("written", "name"), [
    ("CB Consultora Opinión Pública", "CB Consultora Opinión Pública"),
    ("CB Consultora", "CB Consultora Opinión Pública"),
    ("SvD/Sifo", "Kantar Sifo"),
    ("Kantar Sifo", "Kantar Sifo"),
    ("Global InfoAnalytics", "Global InfoAnalytics"),
])
def test_pollsters_of_world_wire_copy_are_listed(written, name):
    found = default_matcher().find(f"The latest {written} poll was published on Monday.")
    assert [m.pollster.name for m in found] == [name]


@pytest.mark.parametrize("released", ["released Sunday night by", "published on Monday by", "released by"])
def test_the_outlet_that_released_a_named_pollsters_poll_is_its_sponsor(released):
    text = f"Only 31% approve of the president, according to the Invamer poll {released} Noticias Caracol."
    (m,) = attribute(text, "31%", published="2025-11-25")
    assert (m["pollster"], m["sponsor"]) == ("Invamer", "Noticias Caracol")


@pytest.mark.parametrize("barometer", ["monthly barometer", "Trendbarometer"])
def test_a_barometer_run_for_an_outlet_is_paid_for_by_it(barometer):
    text = f"In the latest Forsa {barometer} for Stern, the Greens were on 11 percent."
    (m,) = attribute(text, "11 percent", published="2025-11-25")
    assert m["sponsor"] == "Stern"


def test_a_weekday_after_the_sponsor_is_when_not_who():
    text = "An Elabe poll for Les Echos on Thursday put confidence in the president at 21%."
    (m,) = attribute(text, "21%", published="2025-11-08")
    assert m["sponsor"] == "Les Echos"
