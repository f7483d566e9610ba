"""Detection rules: an election's result (a quick count, an official result, a vote won, and the sentences
that go on from one) is no survey figure, even where a pollster is named near it; an exit poll's "won" stays.
All sentences are written for these tests."""

from etl.extract import find_mentions


def _found(text: str, min_confidence: float = 0.5) -> list[str]:
    return [m["value_text"] for m in find_mentions("t", text) if m["confidence"] >= min_confidence]


EXIT_POLL = "An exit poll by Ipsos for the broadcaster had shown Ms Ortega with 57 percent."


def test_the_sentence_after_a_quick_count_is_a_result_too():
    text = ("Ana Ortega won the presidency with between 55.1% and 57.9% of the vote, according to the official "
            "quick count.\n\nLuis Prado received between 30.2% and 32.5%, and Eva Soto about 8%.\n\n" + EXIT_POLL)
    assert _found(text) == ["57 percent"]


def test_a_conteo_rapido_is_a_count():
    text = "Ortega took about 56% of the vote in the electoral institute's conteo rápido. " + EXIT_POLL
    assert _found(text) == ["57 percent"]


def test_official_results_and_the_list_after_them_are_results():
    text = ("The Progress Party won 31.2 per cent of the vote, final results showed on Monday.\n"
            "The Farmers' Union received 22.4 per cent and the Greens 9.9 per cent.\n" + EXIT_POLL)
    assert _found(text) == ["57 percent"]


def test_a_vote_received_after_an_election_is_a_result():
    text = ("The Unity Party received 38.1% of the vote in Sunday's election, the count showed. "
            "The Civic Bloc got 29.3%. A poll by Ipsos on Friday had put Unity on 36%.")
    assert _found(text) == ["36%"]


def test_a_partial_count_of_parishes_is_a_count():
    text = ("ANCHOR: And the count? REPORTER: With 35 percent of parishes counted, the Liberals lead with 31.4 "
            "percent. An exit poll by Ipsos had them on 30 percent.")
    assert _found(text) == ["30 percent"]


def test_a_vote_received_right_after_a_survey_stays_the_surveys():
    text = ("A poll by Ipsos for the Gazette, published on Tuesday, showed a different picture. "
            "The Unity Party received 33% of the vote, the Civic Bloc 27% and the Greens 11%.")
    assert _found(text) == ["33%", "27%", "11%"]


def test_a_survey_between_a_result_and_a_figure_ends_the_result():
    text = ("The Unity Party received 38.1% of the vote, official results showed. "
            "Ipsos polled 1,100 voters after the election for the Gazette. "
            "Some 41% of them said they had decided in the last week.")
    assert "41%" in _found(text)


def test_an_opinion_after_a_result_stays_a_survey_figure():
    text = ("The Unity Party won 38.1% of the vote, final results showed. An Ipsos poll for the Gazette was also out. "
            "Some 61% of voters say the economy decided their vote.")
    assert "61%" in _found(text)


def test_a_vote_won_in_an_exit_poll_stays_the_exit_polls():
    text = ("REPORTER: According to the exit poll by Ipsos, the Liberals won between 30 and 34 percent, "
            "and the Greens between 12 and 15 percent.")
    assert _found(text) == ["30", "34 percent", "12", "15 percent"]


def test_a_vote_won_without_an_exit_poll_is_still_a_result():
    text = "A poll by Ipsos was published before the vote. In the end the Liberals won 31 percent, the count showed."
    assert "31 percent" not in _found(text)


def _kinds(text: str) -> list[tuple[str, float, str]]:
    return [(m["kind"], m["value"], m["value_text"]) for m in find_mentions("t", text) if m["confidence"] >= 0.5]


SURVEY = "A new Forsa survey of 1,004 adults for RTL was published on Tuesday. "


def test_a_list_of_parties_goes_on_with_to():
    found = _found(SURVEY + "In the survey, the CDU comes to 29 percent, the AfD to 24, the SPD to 15 and the Greens "
                            "to 11 percent.")
    assert [t for t in found if t != "1,004"] == ["29 percent", "24", "15", "11 percent"]


def test_a_rise_to_a_bare_number_is_no_list_item():
    assert "24" not in _found(SURVEY + "The share of renters in the city rose from 20 percent in 2010 to 24 in 2020.")


def test_an_answer_followed_by_another_at_its_share():
    found = _found("Rising prices are the top worry for 44 percent of Chileans, according to a Cadem survey, "
                   "followed by unemployment at 31 percent.")
    assert "31 percent" in found


def test_a_price_followed_by_another_at_its_rise_is_no_answer():
    text = SURVEY + "The annual increase was sharpest for rents, at 9 percent, followed by food at 6 percent."
    assert "6 percent" not in _found(text)


def test_a_fourth_bracketed_answer_after_and_the():
    text = ("The CEP barometer was published on Friday.\nUnemployment remains the main problem for 26.1% of Chileans, "
            "ahead of crime (23.4%) and health (18.2%) and the political situation (14.7%).")
    confidence = {m["value_text"]: m["confidence"] for m in find_mentions("t", text)}
    assert confidence["14.7%"] == confidence["23.4%"] >= 0.5  # each an answer, however far from "ahead of"


def test_a_rise_before_another_partys_fall_keeps_its_sign():
    found = _kinds(SURVEY + "Compared with May, the SPD gains four tenths and the CDU falls a point.")
    assert ("change", 0.4, "four tenths") in found


def test_a_vote_won_in_a_year_gone_by_is_a_result_even_after_a_poll():
    text = ("A Quaest poll released on Monday gives Ms Duarte 38% of voting intentions. "
            "In 2018, Ms Duarte defeated Mr Lima with 54.2% of the valid votes in the second round.")
    assert _found(text) == ["38%"]


def test_a_poll_s_simulated_runoff_is_no_result():
    text = ("A Quaest poll released on Monday gives Ms Duarte 38% of voting intentions. "
            "In the poll, Ms Duarte defeated Mr Lima with 52% of the valid votes in a simulated second round.")
    assert _found(text) == ["38%", "52%"]
