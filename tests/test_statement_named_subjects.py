"""Statements keep the subject that tells one question from another: who a "with 33% satisfied" clause is
about, whom an elided passive names, whose figure "the figure for X" gives, and a negated auxiliary."""

from tests.figure_wording import statements


def test_with_clause_stance_names_the_subject_it_hangs_on():
    text = "The harbour board fared worse, with 22% satisfied and 61% dissatisfied."
    assert statements(text, ["22%", "61%"]) == ["satisfied with the harbour board",
                                                 "dissatisfied with the harbour board"]


def test_with_clause_pronoun_takes_the_named_person():
    text = "Mayor Lena Vik did better, with 41% expressing confidence in her."
    assert statements(text, ["41%"]) == ["expressing confidence in Mayor Lena Vik"]


def test_elided_passive_gives_each_name_the_verb():
    text = "Judges are trusted by 61%, the police by 55% and bankers by 20%."
    assert statements(text, ["61%", "55%", "20%"])[1:] == ["the police are trusted", "bankers are trusted"]


def test_passive_subject_named_with_its_complement():
    text = "Housing was named by 31% of voters as the top issue, transport by 12%."
    assert statements(text, ["31%", "12%"]) == ["Housing was named as the top issue", "transport was named"]


def test_figure_for_a_person_takes_the_place_of_the_one_named_before():
    text = "Some 29% are satisfied with Tom Hale as leader. The figure for Ada Brook was 35% and for Ivo Marsh 22%."
    assert statements(text, ["29%", "35%", "22%"])[1:] == ["are satisfied with Ada Brook as leader",
                                                          "are satisfied with Ivo Marsh as leader"]


def test_denied_auxiliary_keeps_its_verb_first():
    text = "Only 30% are happy with the new timetable, and 58% are not."
    assert statements(text, ["30%", "58%"])[1] == "are not happy with the new timetable"


def test_a_bare_stance_after_a_named_share_says_whom_it_is_about():
    text = "The Civic Monitor has Ana Roe on 31 per cent satisfied and 52 per cent dissatisfied."
    assert statements(text, ["31 per cent", "52 per cent"]) == ["satisfied with Ana Roe", "dissatisfied with Ana Roe"]


def test_a_holder_of_a_stance_share_is_what_it_is_about():
    text = "Mr Ortiz has 27 per cent satisfied and 60 per cent dissatisfied."
    assert statements(text, ["27 per cent", "60 per cent"]) == ["satisfied with Mr Ortiz", "dissatisfied with Mr Ortiz"]


def test_a_role_set_off_by_commas_leaves_the_subject_its_name():
    text = "Ada Brook, the Greens' co-leader, remains the most trusted figure on 38 per cent."
    assert statements(text, ["38 per cent"])[0].startswith("Ada Brook remains the most trusted figure")


def test_a_name_after_and_takes_the_verb_of_the_figure_before():
    text = "Some 21 percent trust Tom Hale to fix the railways, and Ada Brook 34 percent."
    assert statements(text, ["21 percent", "34 percent"]) == ["trust Tom Hale to fix the railways", "trust Ada Brook"]


def test_a_name_right_before_the_next_value_is_not_this_value_s():
    text = "Exactly 40% back Anna Berg and Tom Lind 35%."
    assert statements(text, ["40%", "35%"]) == ["back Anna Berg", "back Tom Lind"]


def test_them_in_a_with_clause_is_the_subject_it_hangs_on():
    text = "Bankers remain among the least-trusted professions, with just 18% trusting them to tell the truth."
    assert statements(text, ["18%"]) == ["trusting Bankers to tell the truth"]


def test_a_denial_after_a_change_borrows_the_share_s_verb_not_the_change_s():
    text = "Only 21% trust the mayor, down two points from May, while 76% do not."
    assert statements(text, ["21%", "two points", "76%"])[2] == "not trust the mayor"


def test_numbers_inside_names_stay_in_the_statement():
    text = "The 5-Star Movement (M5S) slipped to 14 per cent, while 22% say COVID-19 rules went too far."
    assert statements(text, ["14 per cent", "22%"]) == ["The 5-Star Movement (M5S) slipped",
                                                        "COVID-19 rules went too far"]
