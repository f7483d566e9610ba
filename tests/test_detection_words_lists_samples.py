"""Detection rules: changes in words, run-off projections, samples within samples, a pollster's single
party figure, answers after more verbs and brackets, and rates, exports and populations that are no survey figure.
All sentences are written for these tests."""

from etl import cues
from etl.extract import find_mentions


def _found(text: str, min_confidence: float = 0.5) -> list[tuple[str, float, str]]:
    return [(m["kind"], m["value"], m["value_text"]) for m in find_mentions("t", text)
            if m["confidence"] >= min_confidence]


POLL = "A new Ifop survey of 1,012 adults for Le Monde was published on Sunday. "


def test_a_point_and_a_half_more_is_a_change_of_one_and_a_half():
    found = _found(POLL + "Marine Dupont takes 28% of voting intentions, a point and a half more than in June.")
    assert ("change", 1.5, "a point and a half") in found
    assert all(value != 50.0 for _, value, _ in found)  # not "a half" read as a share


def test_a_point_less_than_is_a_negative_change():
    found = _found(POLL + "The Greens are on 9%, a point less than in the spring.")
    assert ("change", -1.0, "a point") in found


def test_a_point_of_view_is_no_figure():
    assert [k for k, _, t in _found(POLL + "That is a point of view shared by 40% of voters.") if t == "a point"] == []


def test_run_off_projection_with_share_of_the_votes_is_a_share():
    found = _found(POLL + "In a run-off, Ms Dupont would defeat Mr Laurent with 53% of the votes against 47%, "
                   "a gap within the margin of error.")
    assert ("share", 53.0, "53%") in found and ("share", 47.0, "47%") in found


def test_election_result_with_share_of_the_votes_stays_out():
    found = _found(POLL + "In 2022 the party won the seat with 53% of the votes.")
    assert ("share", 53.0, "53%") not in found


def test_sample_within_the_sample_is_a_sample_size():
    found = _found("The poll was carried out online among a sample of 2,104 adults, of whom 1,877 are registered "
                   "to vote.")
    assert ("sample_size", 2104.0, "2,104") in found and ("sample_size", 1877.0, "1,877") in found


def test_reached_people_near_a_survey_is_a_sample():
    found = _found("The public broadcaster's monthly poll was released on Monday. The broadcaster reached 1,347 "
                   "people aged 18 or older by calling random numbers.")
    assert ("sample_size", 1347.0, "1,347") in found


def test_hyphenated_people_polled_separately_is_a_sample():
    found = _found("The survey of consumers was published today. A third of the 600 finance-directors polled "
                   "separately said costs were their main worry.")
    assert ("sample_size", 600.0, "600") in found


def test_represented_population_is_no_sample():
    found = _found("The survey of 1,150 farmers was run in May. Results are weighted to represent the country's "
                   "2.3 million farmers.")
    assert [v for k, v, _ in found if k == "sample_size"] == [1150.0]


def test_pollster_placing_a_single_party_at_a_bare_number_is_a_share():
    found = _found("Forsa has the Greens at 12 percent. Allensbach has the FDP at just 4.")
    assert ("share", 4.0, "4") in found


def test_bare_number_after_a_date_word_stays_out():
    found = _found("Forsa has the Greens at 12 percent. Forsa has Monday at 9.")
    assert ("share", 9.0, "9") not in found


def test_more_opinion_verbs_after_a_share():
    assert cues.OPINION_AFTER.match(" anticipate growth next year")
    assert cues.OPINION_AFTER.match(") cite energy bills as their biggest cost")
    assert cues.OPINION_AFTER.match(" mention the cost of living first")
    assert not cues.OPINION_AFTER.match(" of the budget goes on energy bills")


def test_answers_in_brackets_after_the_first_one_of_a_ranking():
    found = _found("Crime is cited as the biggest problem by 31.5% of those interviewed, ahead of housing (22.1%) "
                   "and unemployment (14.0%).")
    assert ("share", 14.0, "14.0%") in found


def test_the_pace_of_a_rate_is_no_share_nor_its_earlier_value():
    found = _found(POLL + "The rise in sign-ups slowed to 4.1% in May from 4.6%, while 58% of voters say the "
                   "scheme works.")
    assert [v for k, v, _ in found if k == "share"] == [58.0]


def test_share_of_all_exports_is_no_share():
    found = _found(POLL + "Some 61% of voters want closer ties. Germany buys about 14% of all Dutch farm exports.")
    assert [v for k, v, _ in found if k == "share"] == [61.0]


def test_a_cut_on_a_year_level_is_no_share():
    found = _found(POLL + "Some 52% of voters back a cut of 55 per cent on 1990 levels.")
    assert [v for k, v, _ in found if k == "share"] == [52.0]


def test_poll_placing_a_lowercase_subject_at_a_number_word_in_a_transcript():
    found = _found("HOST: The Newspoll this morning has the government's primary vote at thirty-six and the "
                   "Opposition at thirty-two.")
    assert ("share", 36.0, "thirty-six") in found and ("share", 32.0, "thirty-two") in found


def test_list_with_its_verb_and_unit_given_once():
    found = _found(POLL + "The Socialists would get 9 percent, the Communists 4 and the Ecologists 3.")
    assert ("share", 4.0, "4") in found and ("share", 3.0, "3") in found


def test_dates_joined_by_and_are_no_list_items():
    found = _found(POLL + "Labour would get 31 percent in the survey run between March 3 and April 2, 2026.")
    assert [v for k, v, _ in found if k == "share"] == [31.0]


def test_three_parties_at_bare_figures_next_to_a_poll():
    found = _found(POLL + "The Greens are at 8.5, Volt at 6.4 and the Pirates at 3.1.")
    assert {v for k, v, _ in found if k == "share"} == {8.5, 6.4, 3.1}


def test_flattened_table_with_changes_and_pipes():
    found = _found("Voting intention, Deltapoll, 2-4 May\nLabour 30 (+1) | Conservative 26 (-2) | Green 9 (nc) | "
                   "SNP 3 | Other 4")
    assert ("share", 3.0, "3") in found and ("share", 4.0, "4") in found


def test_reference_share_of_a_margin_of_error_is_no_share():
    found = _found(POLL + "The margin of error is plus or minus 2.5 points for a share of 50 percent.")
    assert [v for k, v, _ in found if k == "share"] == []


def test_quoted_claim_of_a_fact_check_is_no_share():
    found = _found(POLL + 'A viral post claims that "70% of teachers want to quit", but the survey found 41% of '
                   "teachers said they might leave.")
    assert [v for k, v, _ in found if k == "share"] == [41.0]


def test_a_list_item_named_with_its_party_keeps_its_bare_figure():
    found = [m["value_text"] for m in find_mentions(
        "t", "A Forsa poll came out on Friday. The CDU were on 27 percent, the Greens on 12 and the Left party on 9.5.")
        if m["confidence"] >= 0.5]
    assert found == ["27 percent", "12", "9.5"]
