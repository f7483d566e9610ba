"""Changes and leads in points in the ways copy words them: a lead's level without its unit ("cut the lead to 3",
"an advantage of eight", "narrowed from 10 points to six"), "a drop of six", "up by two", falls written as
"slipping" or "fewer than in March"; and the numbers near poll copy that are none: an index's level and change, a
team's standing in a sports round-up, a census rate. All sentences are written for these tests."""

from etl import cues
from etl.extract import find_mentions

POLL = "A new Survation poll of 1,020 adults for the Daily Record was published on Sunday. "


def _changes(text: str) -> list[tuple[str, float]]:
    return [(m["value_text"], m["value"]) for m in find_mentions("t", POLL + text)
            if m["confidence"] >= 0.5 and m["kind"] == "change"]


def _found(text: str) -> list[str]:
    return [m["value_text"] for m in find_mentions("t", POLL + text)
            if m["confidence"] >= 0.5 and m["start"] >= len(POLL)]


def test_a_lead_cut_to_a_bare_number_is_a_change():
    assert _changes("The Greens have cut Labour's lead to 4.") == [("4", 4.0)]


def test_a_lead_extended_to_a_number_word_is_a_change():
    assert _changes("The SNP has extended its lead over Labour to eleven.") == [("eleven", 11.0)]


def test_the_second_level_of_a_narrowed_gap_is_a_change_not_a_share():
    assert _changes("The gap between the parties has narrowed from 12 points to five.") == [
        ("12 points", 12.0), ("five", 5.0)]


def test_a_lead_narrowed_to_a_level_from_an_earlier_one():
    assert _changes("Reform's lead has shrunk to three points from eight.") == [("three points", 3.0), ("eight", 8.0)]
    assert _changes("The Tories have narrowed Labour's lead to 6 from 13.") == [("6", 6.0), ("13", 13.0)]


def test_an_advantage_of_a_number_is_a_positive_level_even_after_down_from():
    assert _changes("That puts the Liberals five points ahead, down from an advantage of nine in May.") == [
        ("five points", 5.0), ("nine", 9.0)]


def test_a_lead_unchanged_at_a_number_is_a_change():
    assert _changes("Labour's lead over the Conservatives was unchanged at seven.") == [("seven", 7.0)]


def test_a_lead_of_a_number_over_a_rival():
    assert _changes("The Democrats hold a lead of 6 over the Republicans on the generic ballot.") == [("6", 6.0)]


def test_an_earlier_lead_after_down_from_a_time_ago():
    assert _changes("Sinn Féin leads by three points, down from 8 two months ago.") == [
        ("three points", 3.0), ("8", 8.0)]


def test_a_drop_of_a_number_word_is_a_fall():
    assert _changes("Trust in the police fell to 41%, a drop of seven.") == [("seven", -7.0)]


def test_up_by_a_number_word_is_a_rise():
    assert _changes("Fine Gael is steady while the Social Democrats are up by three.") == [("three", 3.0)]


def test_an_age_band_after_a_lead_is_no_lead_level():
    assert ("24", 24.0) not in _changes("Labour's lead is largest among voters aged from 18 to 24.")


def test_slipping_a_point_is_a_fall():
    assert _changes("The survey shows the Alliance slipping a point to 14 per cent.") == [("a point", -1.0)]


def test_points_fewer_than_an_earlier_wave_is_a_fall():
    assert _changes("Only 19% trust the council, four percentage points fewer than in the spring.") == [
        ("four percentage points", -4.0)]


def test_a_net_rating_after_is_now_is_a_change():
    assert _changes("Kate Forbes's net favourability is now -7, down from +2 in the autumn.") == [
        ("-7", -7.0), ("+2", 2.0)]


def test_a_confidence_index_and_its_change_are_no_poll_figures():
    assert _found("The consumer confidence index rose three points to minus 17 in March.") == []
    assert _found("The expectations sub-index climbed to -4.6, up 1.2 points.") == []


def test_a_team_standing_in_a_round_up_is_no_lead():
    assert _found("Aberdeen beat Dundee 3-1 and sit two points clear in second place.") == []
    assert _found("Rangers are four points clear at the top of the Scottish Premiership.") == []


def test_a_poll_lead_beside_a_sports_round_up_is_kept():
    text = ("Aberdeen beat Dundee 3-1 and sit two points clear in second place. "
            "In the poll, the SNP is on 33%, eight points ahead of Labour.")
    assert _changes(text) == [("eight points", 8.0)]



def test_a_lead_at_a_level_in_points_is_a_change():
    assert _changes("Labour's lead over the Greens now stands at 9 points.") == [("9 points", 9.0)]


def _found_after_poll(text: str) -> list[str]:
    """What is kept of `text` right after a poll's sentences, where a number is most easily taken for a poll's."""
    poll = ("A new Survation poll of 1,020 adults for the Daily Record was published on Sunday. The survey found 41% "
            "back the plan. Among women, it was 44%. ")
    return [m["value_text"] for m in find_mentions("t", poll + text)
            if m["confidence"] >= 0.5 and m["start"] >= len(poll)]


def test_an_economy_growth_rate_is_no_share():
    assert _found_after_poll("Italy's economy contracted by 0.3% in 2024 and the government expects growth of just "
                             "0.6% this year.") == []
    assert _found_after_poll("Officials expect growth of 2.1% next year.") == []


def test_a_runoff_won_with_a_share_of_the_votes_is_a_vote_result():
    assert cues.VOTE_RESULT.search("ms orlova won the 2019 runoff against two rivals with 53.2% of the valid votes")


def test_a_share_of_territory_or_of_wages_is_no_share():
    assert _found_after_poll("Rebel forces hold roughly 12% of the country's territory, including the capital.") == []
    assert _found_after_poll("The row is over a pledge to keep the basic pension at 46 percent of average wages.") == []


def test_a_census_rate_near_a_poll_is_no_share():
    assert _found_after_poll("The literacy rate in the county stands at 78.4%, according to the census.") == []


def test_a_fraction_majority_needed_is_no_share():
    assert _found("Changing the constitution needs a two-thirds majority in the assembly.") == []


def test_an_economy_contracting_before_it_grew_is_no_share():
    assert _found_after_poll("France's economy grew 0.4% in the second quarter after contracting 0.1% in the "
                             "first.") == []


def test_a_signed_lead_after_a_name_in_a_poll_headline():
    assert _changes("Carter +4 in Arizona, new Emerson poll shows.") == [("+4", 4.0)]


def test_net_ratings_listed_after_names():
    assert _changes("Net favourability: Swinney -8 (+1), Sarwar -14 (-2).") == [
        ("-8", -8.0), ("+1", 1.0), ("-14", -14.0), ("-2", -2.0)]


def test_a_signed_figure_after_a_name_with_no_poll_in_its_sentence_is_none():
    assert _found("Brent -2.1, Gold +0.4 in early trading.") == []


def test_a_bare_rise_after_risen():
    assert _changes("Disapproval of the mayor has risen 5.") == [("5", 5.0)]


def test_a_split_after_a_lead_in_points():
    assert [(m["value_text"], m["kind"]) for m in find_mentions("t", POLL + "Labour leads Reform by 3 points, 28-25.")
            if m["start"] >= len(POLL)] == [("3 points", "change"), ("28", "share"), ("25", "share")]


def test_a_vote_share_change_at_a_dated_election_is_a_result():
    assert _found("The party's vote share rose 9 points at the 2021 election.") == []


def test_a_lead_at_half_time_is_a_game():
    assert _found("The visitors led by 11 points at half-time.") == []
