"""Attribution in stories citing several polls, on sentences written for these tests: "the former" and "the
latter", a rival named with a possessive ("Opinium's most recent survey"), an earlier wave "in its previous
survey in May" or "in the same poll a month earlier", a poll "taken over the same period", polling averages."""

from __future__ import annotations

from tests.test_attribute import attribute


def test_the_former_and_the_latter_take_the_two_polls_named_before():
    text = ("Two new surveys disagree on the mayor. Ipsos found 41% approve of her, while Leger put the figure "
            "at 36%.\n\nThe former was conducted from May 2 to 4; the latter from April 27 to 30.\n\n"
            "Disapproval stood at 44% in the former and 51% in the latter.")
    ipsos, leger, former, latter = attribute(text, "41%", "36%", "44%", "51%", published="2026-05-08")
    assert (former["pollster"], latter["pollster"]) == ("Ipsos", "Leger")
    assert ipsos["fieldwork_start"] == former["fieldwork_start"] == "2026-05-02"
    assert leger["fieldwork_start"] == latter["fieldwork_start"] == "2026-04-27"


def test_the_former_before_a_noun_is_no_poll():
    text = ("A YouGov poll found 30% back the plan. An Ipsos poll had 33%.\n\n"
            "Some 40% of voters still trust the former mayor.")
    (m,) = attribute(text, "40%", published="2026-05-08")
    assert m["pollster"] == "Ipsos"


def test_a_rival_named_with_its_most_recent_survey_takes_the_dates_that_poll_gives():
    text = ("The Greens lead by 6 points in the latest Abacus Data poll, with 31%. The survey ran from June 3 "
            "to 6.\n\nOpinium's most recent survey, by comparison, had them at 28%. That poll was in the field "
            "May 27-29.\n\nIn the Abacus poll, Labour sat at 22%, while the Opinium survey had it at 24%.")
    first, rival, own, rival_again = attribute(text, "31%", "28%", "22%", "24%", published="2026-06-09")
    assert rival["pollster"] == rival_again["pollster"] == "Opinium"
    assert rival["fieldwork_start"] == rival_again["fieldwork_start"] == "2026-05-27"
    assert first["fieldwork_start"] == own["fieldwork_start"] == "2026-06-03"


def test_its_previous_survey_in_a_month_dates_the_earlier_wave():
    text = ("Support for the ruling party fell to 38% in a Gallup poll conducted from 2 to 9 March. Gallup "
            "had put it at 44% in its previous survey in November.")
    now, before = attribute(text, "38%", "44%", published="2026-03-15")
    assert now["fieldwork_start"] == "2026-03-02"
    assert before["fieldwork_start"][:7] == "2025-11"


def test_the_same_poll_a_month_earlier_is_the_wave_before():
    text = ("Backing for the bill rose to 57% in an Elabe survey carried out on 10 and 11 April. That is up "
            "from 50% in the same poll a month earlier.")
    now, before = attribute(text, "57%", "50%", published="2026-04-14")
    assert now["fieldwork_start"] == "2026-04-10"
    assert before["fieldwork_start"][:7] == "2026-03"


def test_a_poll_taken_over_the_same_period_shares_the_dates_before():
    text = ("The Coalition is on 36 per cent in a Newspoll conducted from 8 to 11 July. A Redbridge "
            "survey, taken over the same period, had it on 35 per cent.")
    newspoll, other = attribute(text, "36 per cent", "35 per cent", published="2026-07-13")
    assert other["pollster"] == "RedBridge Group"
    assert other["fieldwork_start"] == newspoll["fieldwork_start"] == "2026-07-08"


def test_an_average_of_recent_polls_is_no_pollster_s():
    text = ("A Forsa poll conducted on 3 and 4 May put the SPD at 16%. The average of recent surveys has "
            "the party at 15.5%, and the RealClearPolitics average of the race puts the leader at 47%.")
    forsa, average, other = attribute(text, "16%", "15.5%", "47%", published="2026-05-07")
    assert forsa["pollster"] == "Forsa"
    assert average["pollster"] is None and other["pollster"] is None
