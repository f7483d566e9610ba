"""Detection of poll levels written without their unit (a table line with its change in words, a labelled line of
two figures, a headline's "on N as …", a level ending its clause after a change verb or before the poll it is in),
of a fraction restated with its percent after an abbreviation, and of a league's standings, which are no poll
figures. All sentences are written for these tests."""

from tests.detected import detect, detect_texts

CUE = "The latest Kantar poll was published on Monday.\n"


def test_a_table_line_with_its_change_in_words_is_a_share():
    found = detect(CUE + "Party vote:\nGreens 14 (up 2)\nLabour 31 (down 1)\n")
    assert ("14", "share", 14.0) in found and ("31", "share", 31.0) in found


def test_a_labelled_line_of_two_figures_near_a_survey_cue_is_a_pair_of_shares():
    texts = detect_texts(CUE + "Two-party preferred: ALP 53, L/NP 41\n")
    assert "53" in texts and "41" in texts


def test_a_headline_level_on_n_as_the_poll_moves_is_a_share():
    assert ("31", "share", 31.0) in detect("Greens on 31 as Liberals sink in new Kantar poll\n\nMore text follows.")


def test_a_level_ending_its_clause_after_a_change_verb_is_a_share_after_a_share():
    found = detect("In the Kantar poll, the Greens are on 14%. The Liberals, which have slipped to 22.")
    assert ("22", "share", 22.0) in found


def test_an_index_level_after_a_change_verb_is_no_share():
    found = detect("In the Kantar poll, the Greens are on 14%. The sentiment index, which has slipped to 22.")
    assert "22" not in [text for text, _, _ in found]


def test_a_level_after_a_change_and_before_the_poll_it_is_in_is_a_share():
    found = detect("The Greens, who won 9.4% at the last election, are down two at 12 in the latest Irish Sun "
                   "Kantar Public poll.")
    assert ("12", "share", 12.0) in found


def test_a_fraction_restated_with_its_percent_after_an_abbreviation_counts_once():
    texts = detect_texts("Nearly half of U.K. workers, 47%, want a four-day week, a Kantar survey found.")
    assert texts == ["47%"]


def test_a_league_standing_in_an_article_about_a_game_is_no_poll_figure():
    text = ("Rovers are on 40 points, four points clear of City on 36, after Tuesday's 3-1 win at home.\n"
            "A Kantar poll of 800 fans found 61% back the manager.\nCity, who are six points back, travel on Friday.")
    texts = detect_texts(text)
    assert "61%" in texts and "800" in texts
    assert not {"40 points", "four points", "36", "six points"} & set(texts)


def test_points_in_a_poll_article_without_a_game_still_count():
    assert ("four points", "change", 4.0) in detect("Labour is four points clear of Reform in the Kantar poll.")


def test_an_official_statistic_after_a_change_verb_is_no_share():
    found = detect("In the Kantar poll, the Greens are on 14%. Turnout, which has fallen to 58.")
    assert "58" not in [text for text, _, _ in found]
