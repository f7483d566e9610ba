"""Subgroup breakdowns as newsletters and wire copy write them: dash-bulleted group lines under a topline, a ranked
group with an age band, a stance named again for another group, newsletter headings before a colon, and the
"very" / "fairly" steps of an answer scale (sentences written for these tests)."""

from __future__ import annotations

from etl.link import question_tokens
from tests.figure_wording import statements, wordings

BREAKDOWN = (
    "Headline here\n\n"
    "By the numbers: 47% of Canadians say they trust the Bank of Canada, down from 58% in 2023.\n\n"
    "- Independents: 31%, down from 52% in 2023.\n"
    "– Women: 44%\n"
    "- Aged 18-34: 39%\n"
    "- Over-65s: 55%\n\n"
    "Vote intention:\n"
    "- Labour: 29%\n"
    "- Liberal Democrats: 12%\n"
)
VALUES = ["47%", "58%", "31%", "52%", "44%", "39%", "55%", "29%", "12%"]


def test_a_dash_bulleted_group_line_is_a_subgroup_of_the_question_asked_before_the_list():
    found = wordings(BREAKDOWN, VALUES)
    topline = found[0].statement
    assert topline and "trust the Bank of Canada" in topline
    assert [w.group for w in found[2:7]] == ["Independents", "Independents", "Women", "aged 18-34", "aged 65+"]
    assert all(w.statement == topline for w in found[2:7])


def test_a_dash_bulleted_party_line_stays_the_answer():
    found = wordings(BREAKDOWN, VALUES)
    assert [(w.statement, w.group) for w in found[7:]] == [("Labour", None), ("Liberal Democrats", None)]


def test_a_newsletter_heading_before_a_colon_is_not_the_question():
    found = wordings(BREAKDOWN, VALUES)
    assert "numbers" not in (found[0].question_terms or "").lower()
    said = statements("Headline\n\nThe big picture: 61% of renters expect rents to rise again.", ["61%"])
    assert said[0] and "big picture" not in said[0].lower()


def test_a_ranked_group_keeps_its_age_band():
    text = ("Some 58% of adults back the levy, Ipsos found. Support was lowest among adults under 30, at 41%, "
            "the survey found.")
    assert wordings(text, ["58%", "41%"])[1].group == "adults aged under 30"


def test_a_stance_named_again_for_other_groups_is_the_question_just_asked():
    text = ("Fewer than half of Germans say they are confident the pension system will survive, a Forsa poll found. "
            "Just 36 percent of pensioners expressed confidence, against 52 percent of students.")
    found = wordings(text, ["half", "36 percent", "52 percent"])
    assert all(w.statement and "pension system" in w.statement for w in found)
    assert [w.group for w in found[1:]] == ["pensioners", "students"]


def test_very_and_fairly_are_answer_scale_steps_of_their_own():
    very = {"statement": 'are "very confident" in the count', "question_terms": None}
    plain = {"statement": "are confident in the count", "question_terms": None}
    fairly = {"statement": "are fairly satisfied with the council", "question_terms": None}
    somewhat = {"statement": "are somewhat satisfied with the council", "question_terms": None}
    assert question_tokens(very) != question_tokens(plain)
    assert question_tokens(fairly) == question_tokens(somewhat)
    assert question_tokens({"statement": "very much want a referendum", "question_terms": None}) == question_tokens(
        {"statement": "much want a referendum", "question_terms": None})  # "very" alone stays filler
