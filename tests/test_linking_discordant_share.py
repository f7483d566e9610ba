"""A stray share in a question cluster moves to the one question of its wave that gives that share."""
from etl.link import move_discordant_shares


def _share(article: str, value: float, value_text: str = "") -> dict:
    return {"article_id": article, "kind": "share", "value": value, "value_text": value_text or f"{value:g}%"}


def test_stray_share_moves_to_the_question_that_gives_it():
    # "Labor's primary vote is 35%" twice, then "Labor leads 54 to 46" lumped in with the primary vote.
    cited = [_share("x", 35.0), _share("y", 35.0), _share("z", 54.0), _share("x", 54.0), _share("y", 54.0)]
    questions = ["primary", "primary", "primary", "preferred", "preferred"]
    moved = move_discordant_shares(cited, questions, ["w"] * 5, [None] * 5)
    assert moved == ["primary", "primary", "preferred", "preferred", "preferred"]


def test_share_two_outlets_agree_on_stays():
    cited = [_share("x", 35.0), _share("y", 35.0), _share("z", 54.0), _share("v", 54.0), _share("x", 54.0)]
    questions = ["primary", "primary", "primary", "primary", "preferred"]
    assert move_discordant_shares(cited, questions, ["w"] * 5, [None] * 5) == questions


def test_subgroup_share_and_rounded_fraction_stay():
    # "61% among over-65s" is a subgroup; "half" is 52% in words, not another question's 50%.
    cited = [_share("x", 52.0), _share("y", 52.0), _share("z", 61.0), _share("v", 50.0, "half"),
             _share("x", 61.0), _share("y", 50.0), _share("z", 50.0)]
    questions = ["concern", "concern", "concern", "concern", "other", "another", "another"]
    subgroups = [None, None, "aged 65 and over", None, None, None, None]
    assert move_discordant_shares(cited, questions, ["w"] * 7, subgroups) == questions


def test_share_matching_two_other_questions_stays():
    cited = [_share("x", 35.0), _share("y", 35.0), _share("z", 20.0), _share("x", 20.0), _share("y", 20.5)]
    questions = ["labour", "labour", "labour", "tories", "greens"]
    assert move_discordant_shares(cited, questions, ["w"] * 5, [None] * 5) == questions
