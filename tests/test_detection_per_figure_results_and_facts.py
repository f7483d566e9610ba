"""Detection rules decided per figure, not per sentence: a past election's result beside a poll's share, a sentence
that opens on a past vote, a forecast change of a price, a lead's level, facts about who people are, and the forms
"21,9 procent", "48-percent" and "26,000 in total". All sentences are written for these tests."""

from tests.detected import detect, detect_texts


def test_a_vote_won_after_a_poll_share_is_left_out_but_the_share_stays():
    text = ("The Farmers' Party is on 14.2 percent in the latest Verian poll, up from the 8.1 percent of the vote "
            "it won in 2023.")
    assert detect_texts(text) == ["14.2 percent"]


def test_a_share_at_the_election_or_taken_years_ago_is_a_result():
    text = ("A Norstat poll for the broadcaster puts the Centre on 9 percent, against 13.5 percent at the election, "
            "and the Greens on 6 percent, half the 12 percent they took four years ago.")
    assert detect_texts(text) == ["9 percent", "6 percent"]


def test_a_share_a_party_would_win_at_the_election_stays():
    assert detect_texts("The Ipsos poll found the Liberals would get 31% at the election.") == ["31%"]


def test_a_present_level_before_a_vote_won_in_a_sentence_without_a_survey_word():
    text = ("Support for the Centre Party has fallen to 11,2 percent in a Norstat poll for NRK.\n"
            "The Greens are on 7,4 percent and the Left on 5,1 percent, down by nearly half since the election, "
            "when they won 9,8 percent of the vote.")
    assert detect_texts(text) == ["11,2 percent", "7,4 percent", "5,1 percent"]


def test_a_figure_won_before_a_poll_verb_does_not_doubt_the_poll_figure():
    text = "An Opinium poll shows the Greens, who won 6.7 percent in 2024, are now polling 11 percent."
    assert detect_texts(text) == ["11 percent"]


def test_a_sentence_opening_on_a_past_referendum_holds_results():
    text = ("In the 2015 referendum, 61% of Irish voters backed the change. A Red C poll for the Business Post now "
            "finds 58% would back a new amendment.")
    assert detect_texts(text) == ["58%"]


def test_a_forecast_rise_in_prices_is_no_share():
    text = ("Home insurance premiums in coastal counties are expected to rise by an average of 14% next year. "
            "In an Ipsos survey, 37% of homeowners said they would switch insurer.")
    assert detect_texts(text) == ["37%"]


def test_a_lead_shrinking_to_a_hedged_level_is_a_positive_level():
    assert detect("Labour's lead over the Tories in the YouGov poll has shrunk to just two points.") == [
        ("two points", "change", 2.0)]


def test_a_point_behind_is_a_gap():
    assert detect("The Savanta poll has the Lib Dems a point behind the Greens on 11 per cent.") == [
        ("a point", "change", 1.0), ("11 per cent", "share", 11.0)]


def test_bare_levels_after_a_gap_or_a_primary_vote():
    text = ("In the Resolve poll, the Greens' primary vote is steady at 12, while One Nation slipped two points to "
            "8, with the Coalition three points behind on 29.")
    assert detect_texts(text) == ["12", "two points", "8", "three points", "29"]


def test_facts_about_who_people_are_are_no_shares():
    text = ("A Pew Research Center survey found 52% of adults worry about loneliness. "
            "Three in ten adults hold a university degree, one in six lives alone and 18% are 65 or older.\n"
            "About half of the world's population lives in cities.")
    assert detect_texts(text) == ["52%"]


def test_a_response_rate_and_those_the_survey_was_sent_to_are_no_figures():
    text = ("The ministry's survey was mailed to 8,000 households and drew responses from 4,410, or 55.1%. "
            "Of them, 23% said they had cut back on heating.")
    assert detect(text) == [("4,410", "sample_size", 4410.0), ("23%", "share", 23.0)]


def test_a_sample_total_given_after_the_countries():
    text = "The survey interviewed adults in 18 countries by phone, 19,250 in total, in March."
    assert detect(text) == [("19,250", "sample_size", 19250.0)]


def test_decimal_comma_procent_and_hyphenated_percent():
    text = ("The Moderates poll 8,6 procent in the Sifo survey, and 41-percent of respondents want early elections.")
    assert detect(text) == [("8,6 procent", "share", 8.6), ("41-percent", "share", 41.0)]


def test_a_fraction_of_a_figure_or_a_relative_fall_is_no_share():
    text = ("The Greens are on 5 percent in the Norstat poll, having lost more than half of the 11 percent they "
            "won in 2021; the Left is down by a third.")
    assert detect_texts(text) == ["5 percent"]
