"""Fieldwork is not read from dates of other things near a poll, on sentences written for these tests: a deadline or
plan still to come ("by early June if ...", "in May next year", a month after publication), a past vote ("those who
voted Labour last July", "at the general election last year")."""

from __future__ import annotations

from tests.test_fieldwork_dates import starts

POLL = "A Resolve Strategic survey for the Herald has Labor on 31 per cent.\n\n"


def test_a_deadline_by_a_later_month_is_no_fieldwork():
    text = POLL + "The premier has to visit the governor by early June if she wants a poll in July."
    assert starts(text, "31 per cent", published="2025-03-10") == [None]


def test_a_deadline_by_the_end_of_this_month_is_no_fieldwork():
    text = POLL + "The premier must call the poll by the end of March if she wants it held before winter."
    assert starts(text, "31 per cent", published="2025-03-10") == [None]


def test_a_month_next_year_is_no_fieldwork():
    text = POLL + "The poll will be held in May next year."
    assert starts(text, "31 per cent", published="2025-03-10") == [None]


def test_a_dated_month_after_publication_is_no_fieldwork():
    text = POLL + "Parliament has to pass the poll budget in April 2025."
    assert starts(text, "31 per cent", published="2025-03-10") == [None]


def test_a_month_already_past_keeps_dating_the_poll():
    text = POLL + "The poll was taken in early March, before the budget."
    assert starts(text, "31 per cent", published="2025-03-10") == ["2025-03"]


def test_a_past_vote_defining_a_group_is_no_fieldwork():
    text = ("An Opinium poll conducted May 6 to 8 found 40% back the plan. "
            "Among people who voted Labour last year, 64% back it; among those who voted Reform last July, 12%.")
    assert starts(text, "40%", "64%", "12%", published="2025-05-11") == ["2025-05-06"] * 3


def test_the_last_general_election_is_no_fieldwork():
    text = ("The Savanta poll puts Reform on 29%, against the 14% it won at the general election last year, "
            "and Labour on 22%.")
    assert starts(text, "22%", published="2025-09-14") == [None]


def test_a_survey_run_around_an_election_keeps_its_date():
    text = "A survey conducted around the general election last June found 27% named prices as their main worry."
    assert starts(text, "27%", published="2025-02-16") == ["2024-06"]
