"""Detection of a ranking's next answers, a live blog's bare poll lines, and counts that are not polls.

All sentences are written for these tests (no corpus text).
"""

from etl.extract import find_mentions

POLL_INTRO = "A new Ipsos survey of 1,200 adults was released on Monday. "


def shares(text: str, min_confidence: float = 0.5) -> list[float]:
    """Values of the shares found at or above min_confidence."""
    return [m["value"] for m in find_mentions("t", text) if m["kind"] == "share" and m["confidence"] >= min_confidence]


def test_next_answer_of_a_ranking_is_a_share_though_an_economic_word():
    text = POLL_INTRO + ("Rising prices were named as the country's main worry by 41 per cent, "
                         "followed by unemployment at 18 per cent.")
    assert shares(text) == [41.0, 18.0]


def test_next_answer_without_its_unit_takes_the_ranking_unit():
    text = POLL_INTRO + "Crime was cited as the top concern by 33.5 per cent of voters, ahead of unemployment at 17.2."
    assert shares(text) == [33.5, 17.2]


def test_official_unemployment_after_an_official_rate_stays_out():
    text = POLL_INTRO + ("The jobless rate stood at 5.2 per cent in May, "
                         "followed by unemployment at 4.9 per cent in June.")
    assert 4.9 not in shares(text)


def test_place_in_a_past_election_is_a_result():
    text = POLL_INTRO + "The Greens came third in last year's general election with 14.3% of the vote."
    assert shares(text) == []


def test_topped_the_poll_on_first_preferences_is_a_count_not_a_poll():
    text = ("The independent topped the poll on first preferences with 24.1% of the vote, "
            "ahead of the Labour candidate on 19.8%.")
    assert shares(text) == []


def test_topped_the_poll_in_a_survey_still_names_a_poll():
    text = "Reform topped the poll with 29%, its best showing this year."
    assert shares(text) == [29.0]


def test_votes_polled_are_no_sample_nor_shares():
    text = ("The winning candidate polled 9,812 votes, representing 51.3 per cent of valid votes cast. "
            "Three minor candidates shared the remaining 4 per cent.")
    assert [m for m in find_mentions("t", text) if m["confidence"] >= 0.5] == []


def test_turnout_level_is_no_share_of_respondents():
    text = POLL_INTRO + "Pollsters note that turnout is usually under a quarter of the electorate in such contests."
    assert shares(text) == []


def test_spending_as_a_share_of_gross_domestic_product_is_no_answer():
    text = ("Asked about plans to lift aid spending to 0.7% of gross domestic product, "
            "39% of respondents said they were in favour.")
    assert shares(text) == [39.0]


def test_blog_headline_label_after_a_sentence():
    text = "The Opinium poll is out. Topline: Labour 27, Reform 30."
    assert shares(text) == [27.0, 30.0]


def test_lone_list_item_after_a_sentence_of_shares():
    text = "The Opinium poll is out. Topline: Labour 27, Reform 30. Lib Dems on 13."
    assert shares(text) == [27.0, 30.0, 13.0]


def test_preferred_leader_split_below_half():
    text = "The Opinium poll is out. Starmer ahead as preferred PM, 24 to 22."
    assert shares(text) == [24.0, 22.0]


def test_score_without_preferred_leader_is_no_split():
    text = "The Opinium poll is out. Leeds won the derby, 24 to 22."
    assert shares(text) == []


def test_two_levels_a_poll_places_near_a_cue():
    text = ("Two polls were published this week. "
            "The Sunday tracker (for the Observer, in the field at the weekend) had Labour on 24 and the Tories on 19.")
    assert shares(text) == [24.0, 19.0]


def test_earlier_level_when_it_was_on():
    text = POLL_INTRO + "Labour is on 28 percent, down three points since the May poll, when it was on 31."
    assert shares(text) == [28.0, 31.0]


def test_earlier_level_at_an_election_stays_out():
    text = POLL_INTRO + "Labour is on 28 percent, down three points since the election, when it was on 34."
    assert 34.0 not in shares(text)


def test_earlier_split_after_a_split():
    text = POLL_INTRO + "On a two-party basis the government leads 53-47, a narrowing from 55-45 a month ago."
    assert shares(text) == [53.0, 47.0, 55.0, 45.0]


def test_election_split_after_a_split_stays_out():
    text = POLL_INTRO + "On a two-party basis the government leads 53-47, against 51.6-48.4 at the last election."
    assert shares(text) == [53.0, 47.0]


def test_valid_samples_are_a_sample_size():
    text = "The telephone poll ran from 3 to 5 May and collected 1,096 valid samples."
    assert [(m["kind"], m["value"]) for m in find_mentions("t", text)] == [("sample_size", 1096.0)]


def test_blood_samples_are_no_sample_size():
    text = "The clinic's survey team collected 1,096 blood samples."
    assert [m for m in find_mentions("t", text) if m["kind"] == "sample_size"] == []


def test_turnout_estimated_by_officials_is_no_share():
    text = POLL_INTRO + "Turnout was put by council officials at about 38%, a little up on last time."
    assert shares(text) == []


def test_what_an_election_saw_is_its_result():
    text = POLL_INTRO + "The 2021 election saw the Greens win 14.8% of the vote and the Liberals 11.5%."
    assert shares(text) == []


def test_fieldwork_days_are_no_listed_share():
    text = "A Savanta poll, carried out on 14 and 15 March, put Labour on 31% and the Tories on 24%."
    assert shares(text) == [31.0, 24.0]


def test_score_out_of_a_hundred_is_no_share():
    text = POLL_INTRO + "The country's press freedom index gave it a score of 41 out of 100."
    assert shares(text) == []
