"""A party's share named just before its level, with its change or its gap to a rival in between, keeps the
party as its statement: an empty statement cannot be linked to other outlets' figures of the same poll."""

from tests.figure_wording import statements


def test_party_behind_by_points_on_its_level():
    text = "The SNP is on 33 per cent in the Norstat poll, with Scottish Labour seven points behind on 26."
    assert statements(text, ["33 per cent", "seven points", "26"])[2] == "Scottish Labour"


def test_party_with_change_then_level():
    text = "Sinn Féin is on 24 in the latest Red C poll, while Fine Gael is down three at 17."
    assert statements(text, ["24", "three", "17"])[2] == "Fine Gael"


def test_party_after_relative_aside_and_change():
    text = "Likud, which won 23.4% at the last election, is down two at 19 in the Maariv survey."
    assert statements(text, ["23.4%", "two", "19"])[2] == "Likud"


def test_compared_object_after_subjects_own_value():
    text = "The PVV stands at 31% in the Ipsos I&O poll, four points ahead of the VVD on 27%."
    assert statements(text, ["31%", "four points", "27%"])[2] == "the VVD"


def test_measure_after_possessive_is_kept():
    text = "The Coalition's 2PP is at 48 per cent in this week's Redbridge poll."
    assert statements(text, ["48 per cent"]) == ["The Coalition's 2PP"]


def test_compared_object_is_not_given_the_subjects_value():
    text = "The Greens, nine points adrift of the Liberals on 21 in last month's Verian poll, are now on 20."
    assert statements(text, ["nine points", "21", "20"])[1] != "the Liberals"


def test_month_before_level_is_no_name():
    text = "Approval of the government stood at 41% in the Forsa poll, down from a peak in March at 45%."
    assert statements(text, ["41%", "45%"])[1] != "March"
