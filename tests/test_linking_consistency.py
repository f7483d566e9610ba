"""An article that gives two shares for two answers keeps them two figures; a share's words are its own answer's,
not the rival a lead aside names, nor the next figure's subject; "of whom" takes the group named before."""
from etl.link import align_equal_shares, move_discordant_shares
from tests.figure_wording import wordings


def _share(article: str, value: float, value_text: str = "", qualifier: str | None = None) -> dict:
    return {"article_id": article, "kind": "share", "value": value, "value_text": value_text or f"{value:g}%",
            "qualifier": qualifier}


GREEN, ORANGE, BLUE = frozenset({"green", "parti"}), frozenset({"orang", "parti"}), frozenset({"blue", "parti"})


def _aligned(first_gives_orange: bool) -> list[str]:
    # x: "the Green Party is on 22%, the Orange Party on 21%, the Blue Party on 20%"; y: "the party is on 22%, a point
    # ahead of the Orange Party" read as Orange's 22%, and the Blue Party on 20%
    cited = [_share("x", 22.0), _share("y", 22.0), _share("x", 20.0), _share("y", 20.0)]
    questions, words = ["green", "orange", "blue", "blue"], [GREEN, ORANGE, BLUE, BLUE]
    if first_gives_orange:
        cited.append(_share("x", 21.0))
        questions.append("orange")
        words.append(ORANGE)
    return align_equal_shares(cited, words, questions, ["2031-05"] * len(cited))


def test_article_giving_both_shares_apart_keeps_two_questions():
    assert _aligned(first_gives_orange=False)[:2] == ["green", "green"]  # nothing says they differ: one figure
    aligned = _aligned(first_gives_orange=True)
    assert aligned[0] == "green" and aligned[1] == "orange" and aligned[4] == "orange"


def test_hedged_fraction_stays_with_its_question():
    # "fewer than three in ten would back the Orange Party" is its 26%, not the Green Party's 30%
    cited = [_share("x", 26.0), _share("y", 26.0), _share("z", 30.0, "three in ten", "less_than"),
             _share("x", 30.0), _share("y", 30.0)]
    questions = ["orange", "orange", "orange", "green", "green"]
    assert move_discordant_shares(cited, questions, ["w"] * 5, [None] * 5) == questions
    cited[2]["qualifier"] = None  # a plain "three in ten" is too far from 26% to be that reading
    assert move_discordant_shares(cited, questions, ["w"] * 5, [None] * 5)[2] == "green"


def test_lead_aside_names_the_rival_not_the_answer():
    text = "The Hillcrest poll has the party on 27%, a point ahead of the Orange Party on 26%."
    first, _, second = wordings(text, ["27%", "a point", "26%"])  # "a point" is a figure too (the lead)
    assert "Orange" not in (first.statement or "") and "Orange" not in (first.question_terms or "")
    assert second.statement == "the Orange Party"


def test_rival_after_a_clear_lead_gets_its_own_share():
    text = "The Hillcrest survey put the Greens on 14 per cent, well clear of the Blue Party at 6 per cent."
    assert [w.statement for w in wordings(text, ["14 per cent", "6 per cent"])] == ["the Greens", "the Blue Party"]


def test_words_running_into_the_next_figure_are_its_own():
    text = ("The Hillcrest poll found the Greens slipped to 9 per cent and small parties together won the backing "
            "of 17 per cent of voters.")
    first = wordings(text, ["9 per cent", "17 per cent"])[0]
    assert first.statement == "the Greens slipped" and "small" not in (first.question_terms or "")


def test_of_whom_takes_the_group_named_before():
    text = ("The Hillcrest survey found approval was highest among farmers, at 64 per cent, and lowest among "
            "students, only 18 per cent of whom approve.")
    farmers, students = wordings(text, ["64 per cent", "18 per cent"])
    assert farmers.group == "farmers" and students.group == "students"
    assert "students" not in (students.statement or "") + (students.question_terms or "")


def test_pronoun_subject_takes_the_person_named_before():
    text = ("Maria Delgado's lead as preferred premier in the Hillcrest poll has narrowed: she is now favoured by "
            "41% of voters, against 39% for Tom Reyes.")
    assert wordings(text, ["41%", "39%"])[0].statement == "Maria Delgado is now favoured"
