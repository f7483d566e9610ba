"""Detection of a party's level without its unit in a headline's list ending in a colon, in a poll named with a slash
or in title case, after "a new poll … suggests", before its lead over the next party, after a relative clause
telling the vote it won, in a semicolon list, in a list going on from the sentence before, after "both"; of a bare
change before the level it leads to; and of what is no poll figure beside them: a vote won at last year's election,
a seat projection's change, a time, a sports table. Attribution: a vote won in a month is no figure's fieldwork.
All sentences are written for these tests."""

from etl.attribute import attribute_mentions
from etl.extract import find_mentions
from etl.ingest import Article
from tests.detected import detect, detect_texts

CUE = "The latest Ipsos poll was published on Tuesday.\n"


def test_a_headline_list_of_two_ending_in_a_colon_is_two_shares():
    text = "Labour 23, Reform 31: Farage's lead widens\n\nReform is ahead in the new Opinium survey for the Observer."
    assert detect_texts(text)[:2] == ["23", "31"]


def test_a_number_before_a_colon_and_a_time_are_no_share():
    assert detect_texts(CUE + "The debate starts at 10:30 and ends at 12.") == []
    assert detect_texts(CUE + "Arsenal 2, Chelsea 1: Saka scores twice.") == []


def test_a_bare_level_in_a_poll_named_with_a_slash_in_title_case_is_a_share():
    assert detect_texts("Approval Falls to 41 in Economist/YouGov Poll") == ["41"]
    assert detect_texts("Labour slips to 19 in the Observer/Opinium poll") == ["19"]
    assert detect_texts(CUE + "The Nationals have edged up to 9 in the latest Essential Political Monitor.") == ["9"]


def test_a_bare_level_before_a_new_poll_suggests_is_a_share():
    assert ("33", "share", 33.0) in detect("Support for the governing party has slipped to 33, a new YouGov poll "
                                            "for Sky News suggests.")


def test_a_bare_change_before_the_level_it_leads_to_is_a_change():
    found = detect(CUE + "The Tories are down three at 17 and the Lib Dems up one at 14.")
    assert ("three", "change", -3.0) in found and ("one", "change", 1.0) in found
    assert ("17", "share", 17.0) in found and ("14", "share", 14.0) in found


def test_a_change_before_a_time_or_a_seat_projection_is_no_change():
    assert detect_texts(CUE + "Markets opened down 2 at 9am.") == []
    assert detect_texts(CUE + "The Labour Party would win 44 seats, down three, according to the projection.") == []


def test_the_leaders_bare_level_before_its_lead_is_a_share():
    found = detect_texts("The Greens come first, at 24, ahead of the Liberals on 19, in an Ipsos poll for the Herald.")
    assert found == ["24", "19"]


def test_a_level_after_a_clause_telling_the_vote_won_is_a_share_and_the_vote_is_not():
    assert detect_texts(CUE + "The Pirates, who took 4.2 per cent at last year's general election, are on 7.") == ["7"]
    centre = "The Centre, which won 11.3% of first preferences at the last election, is on 9."
    assert detect_texts(CUE + centre) == ["9"]
    assert detect_texts("The Moderates, which won 5.1% in March, is on 8 in the Ipsos survey.") == ["8"]


def test_a_semicolon_list_without_a_verb_after_the_first_is_a_list_of_shares():
    text = CUE + "The Farmers are on 12; the Greens 9; Workers Before Bosses 4; independents and others 15."
    assert detect_texts(text) == ["12", "9", "4", "15"]


def test_a_list_of_two_going_on_from_a_share_in_the_sentence_before_is_two_shares():
    text = "The Liberals are on 35 per cent in the Nanos poll. The Greens are at 8 and the Bloc at 6."
    assert detect_texts(text) == ["35 per cent", "8", "6"]


def test_two_levels_with_a_gap_between_them_after_a_share_are_no_list():
    text = ("In a YouGov survey, 44 per cent of fans backed the manager. "
            "Leeds are on 30, three points clear of Burnley on 27, after the win.")
    assert "30" not in detect_texts(text) and "27" not in detect_texts(text)


def test_two_parties_both_on_a_level_after_a_share_is_a_share():
    text = "Labour slipped to 21 percent in the Opinium poll. Labour and the Tories are both on 21 – a first."
    assert "21" in detect_texts(text)
    assert detect_texts(CUE + "The Wallabies and the All Blacks are both on 12 – level on points.") == []


def test_a_vote_won_in_a_month_is_no_fieldwork_of_the_level_after_it():
    text = ("The Pirates are at 9%, up from the 6.1% they won in February, and the Centre at 12, compared with 10.2% "
            "at the election, the Forsa poll shows.\nForsa surveyed 2,001 people from 3 to 7 November.")
    article = Article(id="t", text=text, published="2025-11-10")
    mentions = attribute_mentions(article, find_mentions("t", text))
    centre = next(m for m in mentions if m["value_text"] == "12")
    assert (centre["fieldwork_start"] or "")[:7] == "2025-11"
