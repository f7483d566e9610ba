"""Detection in more text types: local council and school surveys, pollsters' own releases, explainers in
questions and answers, columns arguing from several polls, articles of statistics with one poll in them.

Every sentence below is written for these tests (no corpus text).
"""

from etl.extract import find_mentions
from etl.numbers import find_numbers


def figures(text: str, min_confidence: float = 0.5) -> list[tuple[str, float, str]]:
    """(kind, value, value_text) of every mention at or above min_confidence."""
    return [(m["kind"], m["value"], m["value_text"]) for m in find_mentions("t", text)
            if m["confidence"] >= min_confidence]


# --- local surveys: respondents told by the words after them ---------------------------------------------------------

def test_people_questioned_after_their_noun_are_a_sample():
    text = "Around 41% of the 1,850 commuters questioned said trains were often late, the rail survey found."
    assert ("sample_size", 1850, "1,850") in figures(text)


def test_people_who_replied_are_a_sample():
    text = "Of the 2,240 tenants who replied, 63 per cent said repairs took too long."
    assert ("sample_size", 2240, "2,240") in figures(text)


def test_people_questioned_by_police_are_no_sample():
    text = "In the survey week, 120 drivers questioned by police admitted speeding; 30% were fined."
    assert not [f for f in figures(text) if f[0] == "sample_size"]


# --- ratings and scores -----------------------------------------------------------------------------------------------

def test_a_rating_out_of_ten_with_decimals_is_no_share():
    assert not find_numbers("Diners rated the market 7.4 out of 10 in the survey.")


def test_a_whole_ratio_is_still_a_share():
    assert [(n.value, n.form) for n in find_numbers("7 out of 10 diners liked it")] == [(70.0, "ratio")]


# --- a further fraction -----------------------------------------------------------------------------------------------

def test_a_further_quarter_is_a_share():
    text = "In the Ipsos poll, roughly a third back the plan strongly and a further quarter back it somewhat."
    assert ("share", 25.0, "quarter") in figures(text)


def test_another_fifth_is_a_share_and_an_ordinal_is_not():
    assert [n.value for n in find_numbers("another fifth said no")] == [20.0]
    assert not find_numbers("the fifth round of talks")


# --- a list whose unit is written once, at its end --------------------------------------------------------------------

def test_bare_numbers_in_a_run_ending_in_percent_are_shares():
    text = "The latest polls have the Liberals on 21, 23 or even 25 per cent, according to the Leger survey."
    assert [f[1] for f in figures(text) if f[0] == "share"] == [21, 23, 25]


def test_a_run_ending_in_a_count_gives_no_shares():
    text = "The Leger survey covered 21, 23 and 25 districts."
    assert not [f for f in figures(text) if f[0] == "share"]


# --- statistics and events beside a survey ----------------------------------------------------------------------------

def test_absence_rate_in_a_survey_article_is_no_share():
    text = "Parents were happy, the trust's survey found. Unauthorised absence fell to 4.1% this term."
    assert [f[1] for f in figures(text)] == []


def test_children_taking_part_in_a_challenge_are_no_sample():
    text = "A survey of parents is planned. About 2,600 children took part in the spelling challenge."
    assert not [f for f in figures(text) if f[0] == "sample_size"]


# --- fact-checks ------------------------------------------------------------------------------------------------------

def test_a_figure_the_poll_did_not_find_is_no_share():
    text = "The Opinium poll did not find that 80% oppose the tax. It found that 54% oppose it."
    assert [f[1] for f in figures(text) if f[0] == "share"] == [54]
