"""Statements whose subject or answer sits before the verb or in a list label, on sentences written for these tests."""

import re

import pytest

from etl.statements import describe_figures

SHARE = re.compile(r"\d+(?:\s?per\s?cent|%)")


def wordings(sentence: str) -> list[tuple[str | None, str | None]]:
    spans = [(m.start(), m.end(), 0, len(sentence)) for m in SHARE.finditer(sentence)]
    return [(w.statement, w.group) for w in describe_figures(sentence, spans)]


@pytest.mark.parametrize(("sentence", "statement"), [
    ("Frustration with the Government stands at 58 per cent.", "Frustration with the Government"),
    ("Satisfaction with Transport for London is at 36%.", "Satisfaction with Transport for London"),
    ("Support for a coalition with the Liberals stands at 40%.", "Support for a coalition with the Liberals"),
])
def test_noun_before_with_is_what_the_share_says(sentence: str, statement: str) -> None:
    assert wordings(sentence) == [(statement, None)]


def test_with_after_a_comma_still_names_the_next_party() -> None:
    said = wordings("The Greens are on 30%, with the Socialists on 21%.")
    assert said == [("The Greens", None), ("the Socialists", None)]


def test_found_names_the_party_of_the_share() -> None:
    assert wordings("Last month the same institute found the Pirates on 14%.") == [("the Pirates", None)]
    assert wordings("Opinium found the Greens at 11% and Reform at 27%.") == [("the Greens", None), ("Reform", None)]


def test_share_elsewhere_takes_the_question_of_the_share_before() -> None:
    said = wordings("Some 37% of Cornish shops plan to hire this winter, compared with 42% nationally.")
    assert said[1][0] == said[0][0] == "plan to hire this winter"
    assert said[0][1] == "Cornish shops"


def test_gap_to_a_rival_after_a_dash_is_not_the_share() -> None:
    statement, _ = wordings("The survey has the Liberals slumping to 22% – a full nine points behind the Greens.")[0]
    assert statement is not None and "Liberals" in statement and "behind" not in statement


def test_value_after_a_range_keeps_its_own_words() -> None:
    said = wordings("Rejection went from 41% to 45%, and 6% gave no answer.")
    assert said[0][0] == said[1][0] == "Rejection went"
    assert said[2][0] == "gave no answer"


def test_direction_of_a_move_is_not_the_statement() -> None:
    sentence = "Trust in the central bank moved three points downward, to 52%, the institute said."
    spans = [(m.start(), m.end(), 0, len(sentence)) for m in re.finditer(r"three points|52%", sentence)]
    statements = [w.statement for w in describe_figures(sentence, spans)]
    assert statements[1] is not None and statements[1].startswith("Trust in the central bank")


def test_party_placed_in_front_or_trailing_is_named_alone() -> None:
    said = wordings("The new Opinium poll has the Greens out in front across Wales on 31%, with Plaid trailing on 24%.")
    assert said == [("the Greens", None), ("Plaid", None)]


def test_headline_adjective_is_the_answer_not_the_group() -> None:
    statement, group = wordings("Poll: 64% of Danes unhappy with the ferry fares")[0]
    assert statement == "unhappy with the ferry fares"
    assert group is None or "unhappy" not in group


def test_earlier_reading_after_a_hedged_move_takes_the_question() -> None:
    said = wordings("61% say they would avoid the new motorway tolls, down slightly from 64% in spring.")
    assert said[1][0] == said[0][0] == "would avoid the new motorway tolls"
