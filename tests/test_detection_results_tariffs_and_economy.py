"""What is no poll figure even in a poll story: a share won at an election the sentence names (a month's abbreviation
inside it, or just after a survey's sentence), a rate of tariffs, an economy's contraction told in a participle
clause, and a state won by some points; while a share that backs tariffs or cuts back stays a share. All sentences
are written for these tests."""

from etl.extract import find_mentions

POLL = "A new Forsa survey of 1,300 adults was published on Tuesday. The Greens are on 13%.\n\n"


def after_poll(sentence: str) -> list[tuple[str, str]]:
    """The figures kept in `sentence`, told after a poll's opening paragraph: (value as written, kind)."""
    return [(m["value_text"], m["kind"]) for m in find_mentions("t", POLL + sentence)
            if m["confidence"] >= 0.5 and m["start"] >= len(POLL)]


def test_a_share_won_at_an_election_named_in_the_sentence_is_no_poll_figure():
    assert after_poll("The Liberals won the Sept. 14 election with 31.5% of the vote, while the Left came "
                      "second with 18.2%.") == []
    assert after_poll("The Social Democrats won last year's election with 26.4% of the vote.") == []


def test_a_share_the_survey_says_a_party_would_win_an_election_with_is_still_a_share():
    assert after_poll("On these figures Labour would win the election with 35% of the vote.") == [("35%", "share")]


def test_a_rate_of_tariffs_or_taxes_is_no_share():
    assert after_poll("Washington has imposed 35 per cent tariffs on imported aluminium.") == []
    assert after_poll("The council levies 12% taxes on second homes.") == []


def test_a_share_backing_tariffs_or_cutting_back_is_a_share():
    assert after_poll("In the survey, 47% support tariffs on Chinese cars.") == [("47%", "share")]
    assert after_poll("The survey found that 31% cuts back on heating in winter.") == [("31%", "share")]


def test_an_economy_contracting_in_a_participle_clause_is_no_share():
    assert after_poll("The economy shrank again last year, contracting by 0.4%.") == []


def test_a_state_won_by_some_points_is_no_change_of_a_poll():
    assert after_poll("Polls had the race tied, but he went on to win the state by 3.5 points.") == []
