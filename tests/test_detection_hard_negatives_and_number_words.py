"""Detection rules for hard cases: financial, broadcast and performance figures next to poll words are no survey
figures; ratios and fractions written in words, a margin written without its unit and a lead "clear" of a rival are.
All sentences are written for these tests."""

from etl.numbers import find_numbers
from tests.detected import detect

POLL = "A Deltapoll survey of 1,500 adults found 44% of voters back the plan."


def test_according_to_the_poll_is_a_survey_cue():
    assert detect("According to the poll, 45% back the new runway.") == [("45%", "share", 45.0)]


def test_a_bond_yield_after_basis_points_is_no_share():
    text = POLL + " The yield on ten-year gilts rose 7 basis points to 4.61%, its highest since May."
    assert "4.61%" not in [value for value, _, _ in detect(text)]


def test_a_levy_raised_in_points_is_no_poll_change():
    text = "Her approval rating fell after the budget, in which she raised the payroll levy by 0.5 percentage points."
    assert detect(text) == []


def test_a_merger_market_share_is_no_share():
    text = (POLL + " The deal would hand the merged firm 41% of the Irish grocery market and 30 per cent of the "
            "online market.")
    assert [value for value, _, _ in detect(text)] == ["1,500", "44%"]


def test_a_tv_audience_share_is_no_share():
    text = (POLL + " The debate drew 5.1 million viewers, a 29% audience share, and its viewing share among the young "
            "was 35%.")
    assert [value for value, _, _ in detect(text)] == ["1,500", "44%"]


def test_a_winner_elected_with_a_share_of_the_votes_is_a_result():
    text = (POLL + "\nVoting ended on Sunday.\nMaria Lenz was elected mayor of the city with 58.3% of first-round "
            "votes, against 37.9% for her rival.\nThe final Ipsos poll had given her 55%.")
    assert [value for value, _, _ in detect(text)] == ["1,500", "44%", "55%"]


def test_in_the_event_tells_the_result_after_the_polls():
    text = ("The last polls had the Greens ahead by 6 points. In the event, the Greens' share was 27.5%, four "
            "points ahead of the Liberals on 23.1%.")
    assert detect(text) == [("6 points", "change", 6.0)]


def test_a_lead_clear_of_a_rival_keeps_its_sign():
    text = "Ipsos poll: Greens storm eleven points clear as Labour slumps"
    assert detect(text) == [("eleven points", "change", 11.0)]


def test_one_person_in_n_is_a_ratio():
    found = find_numbers("only one voter in four and one Briton in three agreed")
    assert [(n.value, n.form) for n in found] == [(25.0, "ratio"), (33.3, "ratio")]
    assert all(n.form != "ratio" for n in find_numbers("they won one game in three"))


def test_sixths_to_ninths_are_fractions_but_not_as_ordinals():
    assert [n.value for n in find_numbers("a sixth of pupils, two-sevenths of staff")] == [16.7, 28.6]
    assert find_numbers("she won a sixth term and an eighth title") == []
    assert [n.value for n in find_numbers("an eighth said no")] == [12.5]


def test_a_ratio_restated_after_or_gives_way_to_the_percent():
    text = "The Gallup poll found 2 in 3 nurses, or 67%, plan to leave within five years."
    assert detect(text) == [("67%", "share", 67.0)]


def test_a_performance_against_its_target_is_no_share():
    text = POLL + " Cancer referrals seen within 62 days rose to 69.8%, against a target of 85%."
    assert [value for value, _, _ in detect(text)] == ["1,500", "44%"]


def test_a_threshold_and_an_actual_figure_are_no_shares():
    text = ("In the Ifop poll, 52% said they would vote Yes, though the threshold for a binding result is 60%. "
            "The poll found voters guess that 30% of residents are retired, compared with the actual figure of 19%.")
    values = [value for value, _, _ in detect(text)]
    assert "60%" not in values and "19%" not in values and "52%" in values


def test_expected_price_rises_are_no_shares():
    text = "The survey found that firms expect their prices to rise 4.5% over the next year."
    assert detect(text) == []


def test_a_split_of_the_sample_by_method_is_no_share():
    text = "Half of the Opinium poll's respondents were interviewed online and the rest by phone."
    assert detect(text) == []


def test_a_margin_written_without_unit_and_a_subsample_margin():
    text = ("The Marist poll of 1,200 adults was taken May 2-5 (MoE 3.1); the margin for the subsample of 380 "
            "Democrats is 5.6 points.")
    assert detect(text) == [("1,200", "sample_size", 1200.0), ("3.1", "margin_of_error", 3.1),
                            ("380", "sample_size", 380.0), ("5.6 points", "margin_of_error", 5.6)]


def test_the_answer_chosen_less_after_rather_than_is_a_share():
    text = "In the YouGov poll, more voters (48%) blame the government, rather than inflation (21%), for high prices."
    assert [value for value, _, _ in detect(text)] == ["48%", "21%"]


def test_a_share_planning_or_expecting_something_is_an_answer():
    text = ("The Lloyds Business Barometer was published on Tuesday. Some 30 per cent of firms plan to hire, "
            "outweighing the 11 per cent planning cuts in pay.")
    assert [value for value, _, _ in detect(text, 0.8)] == ["30 per cent", "11 per cent"]
