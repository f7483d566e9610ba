"""Detection of a lead's level in words pollsters use ("in single figures at 7", "up from five a month earlier"), of
list items a poll's table or prose gives without a unit (a change in brackets written "2pts" or "unch", a level after
a party's possessive, "follows with"), of a poll's ballot ("in the list vote") and of interviews "collected"; and of
look-alikes that are no survey figure: a response rate, a list of "points", a team's points per 100 possessions.
All sentences are written for these tests."""

from tests.detected import detect, detect_texts

CUE = "The latest Savanta poll was published on Sunday.\n"


def test_a_lead_in_single_figures_at_a_bare_number_is_a_change():
    found = detect(CUE + "The Greens' lead is back in single figures at 7, its lowest since spring.")
    assert ("7", "change", 7.0) in found


def test_a_lead_in_double_digits_and_its_earlier_level_in_words_are_changes():
    found = detect(CUE + "The Liberals' lead is in double digits at 12, up from five a month earlier.")
    assert ("12", "change", 12.0) in found and ("five", "change", 5.0) in found


def test_a_lead_level_far_below_the_poll_sentence_is_still_a_change():
    text = ("Labour leads in a new YouGov poll, the pollster's survey for the Times shows.\nLabour 33\nReform 25\n"
            "Greens 14\nLib Dems 12\nOthers 16\nLabour's lead is now in single figures at 8.")
    assert ("8", "change", 8.0) in detect(text)


def test_a_table_line_with_its_change_in_pts_or_unch_is_a_share():
    text = CUE + "Labour 27 (up 1)\nReform 24 (down 3pts)\nGreens 12 (unch)\n"
    found = detect(text)
    assert ("24", "share", 24.0) in found and ("12", "share", 12.0) in found and ("3pts", "change", -3.0) in found


def test_a_share_in_a_polls_ballot_is_no_election_result():
    text = "The Survation poll puts Plaid on 31% in the regional vote (+3) and 28% on the constituency ballot."
    assert detect_texts(text) == ["31%", "+3", "28%"]


def test_a_sentence_opening_on_a_polls_ballot_keeps_its_share():
    text = CUE + "In the list vote, the Liberal Democrats take 11%."
    assert detect_texts(text) == ["11%"]


def test_a_sentence_opening_on_a_past_referendum_is_still_a_result():
    assert detect_texts(CUE + "In the 2016 referendum, 52% voted to leave.") == []


def test_bare_levels_after_party_possessives_are_shares():
    text = "A separate Ipsos survey put the SNP's 33.5 well ahead of the Conservatives' 16.2 and Labour's 19.8."
    assert detect_texts(text) == ["33.5", "16.2", "19.8"]


def test_a_lone_possessive_number_is_no_share():
    assert detect_texts("In the Ipsos survey, Biden's 81 years were a worry for many.") == []


def test_the_next_party_after_follows_with_is_a_share():
    text = CUE + "Reform leads on 29%, with Labour at 24%. The Green Party follows with 13."
    assert "13" in detect_texts(text)


def test_interviews_collected_as_cases_are_a_sample():
    text = "Managers said 48% of respondents backed the plan. The institute collected 1,250 cases across the country."
    assert ("1,250", "sample_size", 1250.0) in detect(text)


def test_cases_counted_without_a_gathering_verb_are_no_sample():
    text = "The survey found 48% were worried. Hospitals reported 1,250 cases last week."
    assert "1,250" not in detect_texts(text)


def test_a_response_rate_of_those_contacted_is_no_share():
    text = "The Yomiuri poll drew responses from 41.7% of the households contacted, and 1,012 people answered."
    assert "41.7%" not in detect_texts(text)


def test_a_share_of_those_contacted_who_answered_a_question_is_still_a_share():
    assert "52%" in detect_texts("In the Yomiuri poll, 52% of those contacted said they backed the budget.")


def test_points_announced_before_a_colon_are_items_of_a_list():
    text = CUE + "The agreement has four points: wages, hours, pensions and training."
    assert detect_texts(text) == []


def test_a_teams_points_per_100_possessions_are_no_change():
    text = CUE + "The Celtics are 9 points better per 100 possessions with their starters on the floor."
    assert detect_texts(text) == []


def test_a_ratio_restated_between_dashes_leaves_only_the_percent():
    text = "A Marist poll found that seven in 10 parents -- or 69% -- worry about screen time."
    assert detect_texts(text) == ["69%"]


def test_a_teams_net_rating_over_a_season_is_no_poll_change():
    text = CUE + "Denver finished the regular season with a net rating of +6.3, fourth in the league."
    assert detect_texts(text) == []


def test_a_leaders_net_rating_in_a_poll_stays_a_change():
    assert ("-38", "change", -38.0) in detect("In the Opinium poll, the prime minister's net rating of -38 is a low.")


def test_cases_of_something_collected_are_no_sample():
    text = "The survey found 40% were worried. Inspectors collected 1,300 cases of fraud in the year."
    assert "1,300" not in detect_texts(text)


def test_follows_with_after_no_party_name_is_no_share():
    assert "3" not in detect_texts(CUE + "In the poll, 52% backed the mayor. Her rival followed with 3.")


def test_responses_obtained_from_a_percent_are_a_response_rate():
    text = "The Jiji survey of 2,000 adults ran for four days; valid responses were obtained from 61.2 pct."
    assert "61.2 pct" not in detect_texts(text)


def test_a_teams_points_behind_a_rival_in_the_league_are_no_lead():
    text = CUE + "Savanta found 44% back the plan.\nAberdeen are six points behind Hibs in the Premier League."
    assert detect_texts(text) == ["44%"]
