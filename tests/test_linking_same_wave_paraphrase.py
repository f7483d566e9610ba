"""One wave's figures worded differently by several outlets: rating-scale grades, verdicts on one issue (managing,
fighting, a record), the best-prime-minister question in other words, names a cut leaves out, party labels in
asides and lists, and the groups a "with" clause or "of whom" points back at; and the guards that keep two
figures apart (sentences written for these tests)."""

from __future__ import annotations

from etl.link import ISSUE_AREA, OBJECT, PREFERRED_LEADER, question_tokens, statement_tokens
from tests.figure_wording import statements, wordings
from tests.linked_texts import linked_texts, share_of


def _objects(tokens: frozenset[str]) -> set[str]:
    return {t for t in tokens if t.startswith(OBJECT)}


def test_quoted_grades_and_very_bad_are_the_bottom_grades_of_one_scale():
    quoted = statement_tokens('say it is "bad" or "terrible')
    plain = statement_tokens("say it is bad or very bad")
    assert quoted == plain == statement_tokens("disapprove")
    assert statement_tokens('rated the cabinet "great" or "good"') >= {"support"}


def test_a_wordless_share_a_point_from_the_one_before_is_another_figure():
    first = ("A Datafolha survey published on Saturday found 32% of voters rate the cabinet good or great, while 41% "
             "rate it bad or terrible. In a first-round scenario, Lula had 42% of voting intentions.")
    second = ("Just 32 percent of voters consider the cabinet good or great, according to the Datafolha survey, while "
              "41 percent say it is bad or very bad. Still, the president keeps his lead, with 42 percent.")
    linked = linked_texts(first, second)
    assert share_of(linked, "s0", 41)["figure_id"] == share_of(linked, "s1", 41)["figure_id"]
    assert share_of(linked, "s1", 42)["figure_id"] != share_of(linked, "s1", 41)["figure_id"]


def test_managing_relations_with_a_capital_is_handling_relations_with_its_country():
    managed = statement_tokens("think Ottawa is doing a good job managing the relationship with Washington")
    handled = statement_tokens("approve of the government's handling of relations with the United States")
    assert ISSUE_AREA in managed and ISSUE_AREA in handled
    assert _objects(managed) == _objects(handled) == {f"{OBJECT}america", f"{OBJECT}relation"}
    assert _objects(statement_tokens("approve of how Ottawa is dealing with Washington")) == {f"{OBJECT}america"}
    assert ISSUE_AREA not in statement_tokens("managed to pay their bills on time")


def test_fighting_an_ill_badly_is_a_verdict_on_that_issue():
    fought = statement_tokens("the cabinet is doing badly in fighting graft")
    handled = statement_tokens("the cabinet was handling the fight against corruption badly")
    record = statement_tokens("rated the cabinet's anti-corruption efforts poorly")
    assert _objects(fought) == _objects(handled) == _objects(record) == {f"{OBJECT}corruption"}
    assert ISSUE_AREA not in statement_tokens("back anti-corruption laws")


def test_a_country_before_the_issue_only_says_whose_issue_it_is():
    assert _objects(statement_tokens("approve of Ottawa's handling of U.S. tariffs")) == _objects(
        statement_tokens("approve of Ottawa's handling of tariffs"))
    assert _objects(statement_tokens("approve of the cabinet's housing record")) == _objects(
        statement_tokens("approve of its handling of housing"))


def test_handling_state_affairs_is_the_job_as_a_whole():
    assert ISSUE_AREA not in statement_tokens("disapproved of the way the president is handling state affairs")
    assert ISSUE_AREA not in statement_tokens("disapproved of her handling of state")
    assert ISSUE_AREA in statement_tokens("approve of his handling of state pensions")


def test_the_deputy_s_office_is_not_the_office():
    assert "president" not in statement_tokens("Vice President Ana Reyes's approval")
    assert "president" in statement_tokens("the President's approval")


def test_the_best_prime_minister_question_in_other_words():
    for said in ("prefer Ms Okafor as prime minister", "best suited to be the next prime minister",
                 "remains the top choice for PM", "The prime minister is preferred"):
        assert PREFERRED_LEADER in statement_tokens(said), said
    assert PREFERRED_LEADER not in statement_tokens("would prefer an early election")
    cut = {"statement": "see Hale as the best choice for prime minister",
           "question_terms": "see Hale as the best choice"}
    assert PREFERRED_LEADER in question_tokens(cut)


def test_a_leader_named_as_the_choice_right_after_the_question_answers_it():
    first = ("The Resolve Strategic poll out on Sunday found fewer than one in three voters prefer Ms Okafor as prime "
             "minister. Tomas Brandt is the choice of half.")
    second = ("In the Resolve Strategic poll, Tomas Brandt remains well ahead as better prime minister, favoured by 50 "
              "per cent of voters compared with 31 per cent for Ms Okafor.")
    linked = linked_texts(first, second)
    assert share_of(linked, "s0", 50)["figure_id"] == share_of(linked, "s1", 50)["figure_id"]


def test_terms_cut_after_the_one_name_their_clause_opens_with_keep_it():
    cut = {"statement": "Tomas Brandt remains well ahead as better prime minister, favoured",
           "question_terms": "ahead as better prime minister, favoured"}
    assert {"toma", "brandt"} & question_tokens(cut)
    two = {"statement": "Brandt edged ahead of Ms Okafor as the preferred prime minister",
           "question_terms": "as the preferred prime minister"}
    assert "okafor" not in question_tokens(two)
    opener = {"statement": "Voters appear to have backed the amendment by a margin",
              "question_terms": "the amendment by a margin"}
    assert "voter" not in question_tokens(opener)


def test_a_slim_majority_says_how_big_the_share_is():
    assert statement_tokens("only a slim majority think the council is doing a good job") == statement_tokens(
        "think the council is doing a good job")


def test_a_job_said_once_then_a_bad_one():
    linked = linked_texts(
        "In the Infratest poll, just 29% said the coalition was doing a good job, while 66% said it was doing a bad "
        "one.",
        "Almost two-thirds of respondents in the Infratest poll said they were unhappy with the government's work.")
    assert share_of(linked, "s0", 66)["figure_id"] == share_of(linked, "s1", 66.7)["figure_id"]


def test_a_party_level_with_a_rival_keeps_its_own_name():
    assert statements("The Greens are on 10 per cent. The Nationals have pulled level with the minor party, also on "
                      "10 per cent.", ["10 per cent", "10 per cent"]) == ["The Greens", "The Nationals"]
    said = statements("The Conservatives, on 18pc, are now tied with Ms Okafor's party, which also polled 18pc.",
                      ["18pc", "18pc"])
    assert "Okafor" in said[1]


def test_party_labels_in_asides_and_lists():
    said, = statements("Fine Gael and its long-time ally, the Progressive Democrats, are on 31% in the survey.",
                       ["31%"])
    assert "Fine Gael" in said and "Progressive Democrats" in said
    said, = statements("The chancellor's junior partner, the centre-right Free Democrats (FDP), polled 8%.", ["8%"])
    assert "Free Democrats" in said
    listed = linked_texts("The Forsa survey put the Social Democrats on 22 percent and the Free Democratic Party (FDP) "
                          "just two points behind at 20.")
    assert share_of(listed, "s0", 22)["statement"] == "the Social Democrats"


def test_the_one_named_before_who_is_whose_share_it_is():
    said = statements("Singh is the top choice at 52 per cent, well ahead of Rahul Mehta, who was preferred by a "
                      "quarter of respondents.", ["52 per cent", "a quarter"])
    assert said[1].startswith("Rahul Mehta")
    said, = statements("Trust was lowest among Republicans, who gave it 20%.", ["20%"])
    assert not said.startswith("Republicans")


def test_the_group_a_share_of_whom_or_a_with_clause_points_back_at():
    one, = wordings("The slide came mostly from independents, 31 percent of whom back the governor.", ["31 percent"])
    assert one.group == "independents"
    one, = wordings("The poll reached 2,000 adults, 52% of whom were women.", ["52%"])
    assert one.group is None
    backers, rivals = wordings("Democrats remain solidly behind the mayor, with 85 percent approving, against 9 "
                               "percent of Republicans.", ["85 percent", "9 percent"])
    assert (backers.group, rivals.group) == ("Democrats", "Republicans")
    rated, = wordings("Democrats in Congress fared worse, with 20% approving.", ["20%"])
    assert rated.group is None
