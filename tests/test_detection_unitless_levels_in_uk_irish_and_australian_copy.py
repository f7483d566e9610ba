"""Detection of poll levels and changes written without a unit, as British, Irish and Australian write-ups put them:
a party's level after its verb or its place ("Labour is on 24", "Alliance third on 16"), set off by commas, after
"support for" and a change verb, a vote's level ("primary vote of 37"), a level and its change in brackets, an earlier
level told by when it was, "a point up on"; and the look-alikes that stay out. All sentences are written for these
tests."""

from tests.detected import detect, detect_texts

CUE = "A new Survation poll for the Daily Record was published on Sunday.\n"


def test_a_lone_level_after_its_verb_is_a_share_told_by_its_standing_or_the_share_before():
    assert detect_texts(CUE + "The Lib Dems are on 13, behind the Greens.") == ["13"]
    assert detect_texts(CUE + "The Lib Dems are on 13, a fall of three.") == ["13", "three"]
    assert detect_texts(CUE + "Labour is second on 25.\nThe Lib Dems are on 13.") == ["25", "13"]


def test_a_level_after_a_place_in_the_standings_is_a_share():
    text = CUE + "The Greens are fourth on 9, down one, with Plaid fifth on 3."
    assert detect(text) == [("9", "share", 9.0), ("one", "change", -1.0), ("3", "share", 3.0)]


def test_a_level_after_the_most_popular_party_is_a_share():
    assert detect_texts(CUE + "Fianna Fáil remains the largest party on 26, unchanged since March.") == ["26"]


def test_a_level_after_now_stands_is_a_share_with_its_change():
    text = CUE + "The Left now stands at 9.5, down half a point."
    assert detect(text) == [("9.5", "share", 9.5), ("half a point", "change", -0.5)]


def test_a_level_set_off_by_commas_is_a_share():
    assert "11" in detect_texts(CUE + "The Tories are on 20, and the Greens, on 11, trail them.")


def test_support_for_a_party_rising_to_a_level_is_a_share_after_a_share():
    text = CUE + "Labour is second on 25 and Reform top on 27.\nSupport for Plaid rose to 4."
    assert detect_texts(text) == ["25", "27", "4"]


def test_a_vote_level_without_its_unit_is_a_share():
    text = "The latest Essential poll was released on Tuesday.\nThe Greens' primary vote of 13 is a record."
    assert detect_texts(text) == ["13"]
    assert detect_texts("The latest Essential poll was released.\nLabor's two-party preferred vote is 53.") == ["53"]


def test_a_level_and_its_signed_change_in_brackets_are_a_share_and_a_change():
    text = CUE + "Labour is on 30 and the SNP on 32, with the Tories (12, +2) and the Greens (7, -1) behind."
    found = detect(text)
    assert ("12", "share", 12.0) in found and ("+2", "change", 2.0) in found
    assert ("7", "share", 7.0) in found and ("-1", "change", -1.0) in found


def test_an_earlier_level_told_by_when_it_was_is_a_share():
    text = CUE + "Reform is top on 28, with Labour second on 21, down from 23 the previous week."
    assert detect_texts(text) == ["28", "21", "23"]


def test_a_present_level_before_its_earlier_level_in_a_month_is_a_share():
    text = CUE + "Approval of the Taoiseach rose to 41, up from nearly 37 in May."
    assert detect_texts(text) == ["41", "37"]


def test_a_point_up_on_an_earlier_poll_is_a_change():
    assert ("a point", "change", 1.0) in detect(CUE + "The SDLP is at 8, a point up on the spring poll.")


def test_seat_counts_dates_pages_ages_and_official_levels_stay_out():
    for sentence in ("The SNP is on 48 seats.", "The debate is on 12 May.", "The tables are on page 9.",
                     "Jones, 52, is on the shortlist.", "Inflation rose to 4, up from 3 in May.",
                     "The index stands at 52."):
        assert detect_texts(CUE + sentence) == [], sentence


def test_a_league_standing_above_a_party_level_stays_out():
    assert detect_texts(CUE + "Aberdeen are on 76, with Hibs third.") == []


def test_a_lone_level_without_a_survey_nearby_stays_out():
    assert detect_texts("Hearts are third on 17, down one.") == []


def test_a_lone_level_in_a_sentence_with_a_game_stays_out_near_a_survey():
    assert detect_texts(CUE + "Motherwell are on 41 after the draw at Dens Park.") == []
