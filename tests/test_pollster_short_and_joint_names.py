"""Pollster attribution from short, owned and anaphoric names: a founders' firm called by its first name, an
outlet's or a body's own named survey, a title's pollster against a staff quote, a return to the article's own
poll, a weekday that is no fieldwork agency (sentences written for these tests)."""

from __future__ import annotations

from tests.test_attribute import attribute


def test_a_founders_firm_written_by_its_first_name_runs_the_survey():
    text = "Redfield's latest tracker for a Sunday paper puts approval of the tariffs at 39%, with 50% against."
    approve, _ = attribute(text, "39%", "50%", published="2026-03-01")
    assert approve["pollster"] == "Redfield & Wilton Strategies"


def test_a_person_with_a_pollsters_surname_runs_no_survey():
    text = ("Former health official Robert Redfield's survey of doctors was never published. "
            "A Gallup poll found 47% trust the agency.")
    (trust,) = attribute(text, "47%", published="2026-03-01")
    assert trust["pollster"] == "Gallup"
    text = "Robert Redfield's survey of clinics found 35% had cut staff."
    (cut,) = attribute(text, "35%", published="2026-03-01")
    assert cut["pollster"] != "Redfield & Wilton Strategies"


def test_an_outlets_own_poll_by_a_listed_firm_is_that_firms():
    text = "The Coalition is on 38 per cent in the Courier-Mail's RedBridge survey, with Labor on 30 per cent."
    coalition, labor = attribute(text, "38 per cent", "30 per cent", published="2026-03-01")
    assert (coalition["pollster"], labor["pollster"]) == ("RedBridge Group", "RedBridge Group")


def test_a_bodys_titled_survey_is_its_own():
    text = ("The Harbour Foundation's annual Living Costs Tracker survey found 42 per cent of renters skip meals. "
            "A Resolve poll put the share at 35 per cent last year.")
    own, _ = attribute(text, "42 per cent", "35 per cent", published="2026-03-01")
    assert own["pollster"] == "Harbour Foundation"


def test_a_title_pollster_owns_the_opening_figures_over_a_staff_quote_after_them():
    text = ("Some 66% of workers would take a four-day week, new research suggests. And 62% back a pilot.\n\n"
            "Ben Page, a director at Ipsos, said the findings matched the firm's own work.")
    _, pilot = attribute(text, "66%", "62%", published="2026-03-01", title="YouGov: workers back shorter week")
    assert pilot["pollster"] == "YouGov"


def test_a_staff_quote_of_the_articles_pollster_brings_the_story_back_to_its_poll():
    text = ("Labour would win 41% of the vote, an Opinium survey shows.\n\n"
            "A Deltapoll survey in May showed the party lower, at 37%.\n\n"
            "\"The lead is holding,\" said Opinium's head of politics. Some 58% think the country is on the "
            "wrong track.")
    *_, track = attribute(text, "41%", "37%", "58%", published="2026-06-01")
    assert track["pollster"] == "Opinium"


def test_a_weekday_after_through_is_no_fieldwork_agency():
    text = ("Cabinet approval fell to 31%, an NHK survey showed. "
            "The broadcaster polled 1,180 people by telephone from Friday through Sunday.")
    (approval,) = attribute(text, "31%", published="2026-03-01")
    assert approval["pollster"] == "NHK"


def test_a_short_name_that_has_parties_on_figures_runs_the_poll():
    text = "Mainstreet has the Conservatives on 40 per cent. The firm found 34 per cent back the Liberals."
    tories, liberals = attribute(text, "40 per cent", "34 per cent", published="2026-03-01")
    assert (tories["pollster"], liberals["pollster"]) == ("Mainstreet Research", "Mainstreet Research")


def test_a_possessive_ending_is_no_part_of_an_unlisted_name():
    text = "The Harbour Civic Research Institute's survey found 57% of tenants fear eviction."
    (fear,) = attribute(text, "57%", published="2026-03-01")
    assert fear["pollster"] == "Harbour Civic Research Institute"


def test_a_government_bodys_own_survey_is_its_own():
    text = "Some 18% of teachers plan to leave the profession, an Education Department survey released on Friday found."
    (leave,) = attribute(text, "18%", published="2026-03-01")
    assert leave["pollster"] == "Education Department"
