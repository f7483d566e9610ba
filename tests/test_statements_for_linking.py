"""Wordings that let two outlets' citations of one share meet: when groups are compared on one answer, the
statement is the answer, not the comparison (the groups go to the subgroup). Sentences written for these tests."""

from etl.link import statement_tokens
from etl.statements import _compared_answer
from tests.figure_wording import wordings


def test_the_comparison_is_dropped_from_a_compared_groups_answer():
    assert _compared_answer("were more in favour than Green voters") == "in favour"
    assert _compared_answer("remained far less trusting than city dwellers") == "trusting"
    assert _compared_answer("Farmers were more likely than retirees to back the levy") == "back the levy"


def test_an_answer_that_is_itself_a_comparison_stays():
    assert _compared_answer("are more worried than hopeful about automation") is None
    assert _compared_answer("back the levy") is None


def test_both_compared_groups_get_the_answer_and_keep_their_groups():
    text = ("Scottish voters were more in favour, at 47 per cent, than voters in Wales, at 31 per cent. "
            "Overall, 40 per cent back the rail levy.")
    first, second, _ = wordings(text, ["47 per cent", "31 per cent", "40 per cent"])
    assert first.statement == "in favour" and first.group
    assert second.statement == "in favour" and second.group
    assert statement_tokens(first.statement) <= statement_tokens("back the rail levy")


def test_a_noun_that_only_classes_what_was_named_takes_its_name():
    text = "Some 44% support raising the fuel duty. Among Labour voters, 61% back the idea."
    _, second = wordings(text, ["44%", "61%"])
    assert second.statement == "back raising the fuel duty"
    assert second.group == "Labour voters"


def test_a_pronoun_after_in_favour_of_takes_the_thing_favoured():
    text = "Some 52 per cent are in favour of the new levy, while 30 per cent oppose it."
    _, second = wordings(text, ["52 per cent", "30 per cent"])
    assert second.statement == "oppose the new levy"


def test_an_issue_asked_about_completes_an_answer_on_its_handling():
    first, = wordings("Asked about the carbon tax, 54% approve of the government's handling.", ["54%"])
    assert first.statement == "approve of the government's handling of the carbon tax"
    assert "carbon tax" in first.question_terms
    response, = wordings("Asked about the floods, 40% approve of the council's response.", ["40%"])
    assert response.statement == "approve of the council's response to the floods"


def test_question_terms_cut_after_the_subject_keep_it():
    first, = wordings("The NHS has deteriorated over the past year, according to 52% of voters.", ["52%"])
    assert first.question_terms.startswith("NHS has deteriorated")


def test_say_so_and_a_figure_that_rises_point_back():
    text = ("Some 58% doubt they could afford a home. Among renters, 71 per cent say so. "
            "Among students it is 66 per cent, a figure that rises to 80 per cent in the capital.")
    first, renters, _, capital = wordings(text, ["58%", "71 per cent", "66 per cent", "80 per cent"])
    assert renters.statement == first.statement == "doubt they could afford a home"
    assert capital.statement == first.statement


def test_trailing_per_attribution_and_participle_on_him_are_cut():
    per, = wordings("About 38% approve of the mayor's budget, per a new Ipsos survey.", ["38%"])
    assert per.statement == "approve of the mayor's budget"
    giving, = wordings("Some 61% are dissatisfied, giving him a net rating of minus 30.", ["61%"])
    assert giving.statement == "are dissatisfied"


def test_an_approach_to_an_issue_is_its_handling():
    assert statement_tokens("approve of his approach to trade") == statement_tokens("approve of his handling of trade")
