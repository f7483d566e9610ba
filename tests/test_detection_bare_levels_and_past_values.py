"""Detection of a party's level written without its unit (told by its change, the result it is set against, the
poll it is in, a chart's brackets, a semicolon list) and of what is no poll figure beside it: a past result said
by the office it won or by the month of an election the article names, a vote's margin, an ordinal "a third", a
claim filed for, an analysts' forecast, a household's make-up. All sentences are written for these tests."""

from tests.detected import detect, detect_texts

CUE = "The latest Ipsos poll was published on Tuesday.\n"


def test_a_bare_level_followed_by_its_change_is_a_share():
    found = detect(CUE + "The Moderates are now on 9, up two since the previous wave.")
    assert ("9", "share", 9.0) in found and ("two", "change", 2.0) in found


def test_a_bare_level_after_a_change_verb_and_to_is_a_share_when_its_change_follows():
    assert ("14", "share", 14.0) in detect(CUE + "The Farmers' League has climbed to 14, up three.")


def test_a_bare_level_set_against_a_result_in_percent_is_a_share():
    text = CUE + "The Pirates sit at 6 nationally, compared with 4.1 per cent at the last election."
    assert detect_texts(text) == ["6"]


def test_a_bare_level_in_a_named_poll_is_a_share():
    assert "31" in detect_texts(CUE + "The Centre was on 31 in the September survey, its best score this year.")


def test_a_level_verb_after_a_long_subject_is_a_share_after_another_share():
    text = CUE + "The Liberals, eight points behind the Greens on 22 in the spring survey, are now on 19."
    assert {"22", "19"} <= set(detect_texts(text))


def test_names_with_figures_in_brackets_are_a_poll_chart():
    text = "Centre (31) ahead of Greens (24) and Liberals (15) in new Verian poll"
    assert detect_texts(text) == ["31", "24", "15"]


def test_ages_in_brackets_are_no_shares():
    assert detect_texts(CUE + "Ruth Marsh (64) and Owen Price (59) lead the two parties.") == []


def test_semicolon_list_items_without_their_verb_are_shares():
    text = "In the Ipsos poll the Centre is on 27 per cent; the Greens 21, up one; Liberals 12; and others 9."
    assert detect_texts(text) == ["27 per cent", "21", "one", "12", "9"]


def test_a_level_after_a_result_in_a_relative_clause_is_the_polls():
    text = CUE + "The Greens, which won 14.6% at the election, are down a point."
    assert detect(text) == [("a point", "change", -1.0)]


def test_a_level_after_a_result_and_a_clause_break_is_the_polls():
    text = CUE + "The Centre, which won 21.5% in May, is on 17%."
    assert detect_texts(text) == ["17%"]


def test_a_bare_list_item_after_a_result_is_the_polls_when_set_against_the_election():
    text = (CUE + "The Greens are at 15%, up from the 13.2% they won in May, and the Pirates at 7, compared with 4.9% "
            "at the election.")
    assert detect_texts(text) == ["15%", "7"]


def test_a_list_of_results_stays_a_result():
    assert detect_texts(CUE + "The Centre won 30.2% in 2023, and the Greens at 19.4%.") == []


def test_a_share_that_returned_a_leader_to_office_is_a_result():
    text = CUE + "The Centre, at 33 per cent, is down from the 41.2 per cent that returned Ana Ruiz to power."
    assert detect_texts(text) == ["33 per cent"]


def test_an_earlier_value_in_the_month_of_a_named_election_is_its_result():
    text = ("The Greens won 11.5 percent in the March 9 election.\n" + CUE +
            "The Greens are on 13 percent, against 11.5 percent in March.")
    assert detect_texts(text) == ["13 percent"]


def test_an_earlier_value_in_a_month_without_an_election_stays_a_share():
    text = CUE + "The Greens are on 13 percent, against 11.5 percent in March."
    assert detect_texts(text) == ["13 percent", "11.5 percent"]


def test_a_vote_margin_is_no_share():
    text = CUE + "Voters have approved the charter twice, in 2019 by 58% and in 2023 by 61.4%."
    assert detect_texts(text) == []


def test_ordinal_third_before_a_noun_is_no_fraction():
    text = "A Datafolha poll found 54% oppose a third bailout package, while 38% back a third budget this year."
    assert detect_texts(text) == ["54%", "38%"]


def test_increases_filed_for_are_no_share():
    text = CUE + "Water firms filed for price increases of 25% over five years, the regulator said."
    assert detect_texts(text) == []


def test_an_analysts_forecast_without_set_to_is_no_share():
    assert detect_texts(CUE + "Economists expect them to fall by about 4% next spring.") == []


def test_a_households_make_up_is_no_share():
    text = CUE + "About one in six households is a single parent with children, and one in eight households has a " \
                 "member working overseas."
    assert detect_texts(text) == []


def test_a_change_in_support_found_by_a_survey_stays():
    assert ("6%", "change", 6.0) in detect("A Gallup survey found an increase of 6% in support for the plan.")


def test_a_bare_level_in_a_region_followed_by_its_change_is_a_share():
    text = CUE + "The Union is at 38 in Bavaria, down two, with the Free Voters at 14."
    assert detect_texts(text) == ["38", "two", "14"]


def test_the_first_item_of_a_list_whose_verb_is_left_out_is_a_share():
    text = "According to the Ipsos poll, the Centre is at 23, the Greens 19, the Liberals 11."
    assert detect_texts(text) == ["23", "19", "11"]


def test_a_bare_level_after_its_change_without_points_or_unchanged_is_a_share():
    text = CUE + "The Liberals are down three at 16, while the Greens are unchanged on 21."
    assert detect_texts(text) == ["three", "16", "21"]  # "down three": the change before the level counts too


def test_two_bare_levels_in_a_poll_standing_are_shares():
    assert detect_texts(CUE + "The Centre remains top on 27, ahead of the Greens on 23.") == ["27", "23"]


def test_a_gauge_unchanged_at_a_level_is_no_share():
    text = CUE + "A gauge of factory orders was unchanged at 48.5, the statistics office said."
    assert detect_texts(text) == []
