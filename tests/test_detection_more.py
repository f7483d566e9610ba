"""Detection in the wordings of translated regional press, transcripts, press releases and economic news.

Each rule here came from articles written to imitate those styles (no corpus text): every sentence below
is written for these tests.
"""

import pytest

from etl import cues
from etl.extract import find_mentions
from etl.numbers import find_numbers, parse_number

POLL_INTRO = "A new survey by the Kyiv International Institute of Sociology was published on Monday. "


def figures(text: str, min_confidence: float = 0.5) -> list[tuple[str, float, str]]:
    """(kind, value, value_text) of every mention at or above min_confidence."""
    return [(m["kind"], m["value"], m["value_text"]) for m in find_mentions("t", text)
            if m["confidence"] >= min_confidence]


def numbers(text: str) -> list[tuple[float, str, str]]:
    return [(e.value, text[e.start:e.end], e.form) for e in find_numbers(text)]


# --- sample sizes written without a thousands comma ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The survey was carried out by telephone among 1048 residents aged 18 and over.", ("sample_size", 1048, "1048")),
    ("Method: face-to-face interviews, 2 017 respondents were interviewed.", ("sample_size", 2017, "2 017")),
    ("The pollster questioned 1\u00a0350 adults online.", ("sample_size", 1350, "1\u00a0350")),
    ("Sample: 1500 respondents; fieldwork 3-9 May.", ("sample_size", 1500, "1500")),
    ("The results are weighted (n=1210, CATI).", ("sample_size", 1210, "1210")),
])
def test_a_count_without_a_comma_before_people_is_a_sample_size(sentence, expected):
    assert expected in figures(POLL_INTRO + sentence)


@pytest.mark.parametrize("text", [
    "In 2019 respondents were more hopeful.",
    "Since 1991 people have voted in six referendums.",
    "It was held on May 4, 2022 in the capital.",
    "The Lokniti Survey 2024 collated answers from voters.",
    "The 2020-2021 protests shook the country.",
    "The 2022 survey asked the same questions.",
])
def test_a_year_is_no_count(text):
    assert all(form != "count" for _, _, form in numbers(text))


def test_spaced_thousands_are_one_count_and_keep_percentages_apart():
    assert numbers("It cost 12 000 euros.") == [(12000, "12 000", "count")]
    assert numbers("It rose 1500% in a decade.") == [(1500, "1500%", "percent")]


# --- "every fifth", "three-fourths", "six of every ten" -----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Every fifth respondent could not answer the question.", 20),
    ("Every third Moldovan would vote to join the EU, the poll found.", 33.3),
    ("Every second respondent said the economy had got worse.", 50),
    ("Nearly three-fourths of respondents said prices were the main worry.", 75),
    ("Only one-fourth of voters said they trust parliament.", 25),
    ("Almost six of every ten voters said jobs were harder to find.", 60),
    ("Seven out of every ten respondents backed the plan.", 70),
])
def test_one_in_so_many_in_the_words_of_translated_and_indian_press(sentence, expected):
    assert [value for kind, value, _ in figures(POLL_INTRO + sentence) if kind == "share"] == [expected]


@pytest.mark.parametrize("sentence", [
    "Buses run every third day in the villages, the survey notes.",
    "The bank held rates for a fourth meeting in a row, the pollster noted.",
    "Trains leave every half hour, respondents were told.",
    "The polls show one of ten candidates far ahead.",
])
def test_how_often_and_ordinals_are_not_shares(sentence):
    assert [f for f in figures(POLL_INTRO + sentence) if f[0] == "share"] == []


# --- units and methodology of regional press releases ---------------------------------------------------------

def test_p_p_is_percentage_points():
    found = figures(POLL_INTRO + "Trust in the army decreased by 3,2 p.p. and amounted to 61,5%.")
    assert ("change", -3.2, "3,2 p.p.") in found
    assert ("share", 61.5, "61,5%") in found


def test_the_level_a_sampling_error_is_given_for_is_no_share():
    found = figures(POLL_INTRO + "The statistical error does not exceed 3.2% for indicators close to 50%, "
                                 "2.7% for indicators close to 25%.")
    assert found == [("margin_of_error", 3.2, "3.2%"), ("margin_of_error", 2.7, "2.7%")]


def test_a_fraction_restated_between_dashes_leaves_the_percent_as_the_figure():
    found = figures(POLL_INTRO + "Almost two thirds - 63.8 percent - do not trust the courts.")
    assert found == [("share", 63.8, "63.8 percent")]


def test_a_list_with_its_unit_written_once_at_the_end():
    found = figures(POLL_INTRO + "The Greens are backed by 12.4, the Liberals by 8.1 and Party 21 by 3.9 percent.")
    assert [(kind, value) for kind, value, _ in found] == [("share", 12.4), ("share", 8.1), ("share", 3.9)]


@pytest.mark.parametrize("sentence", [
    "The survey ran on 12, 13 and 14 May, and 45% of respondents said they felt safe.",
    "Interviews were held at 10 and 16, and 45% of respondents said they felt safe.",
])
def test_numbers_before_a_percent_that_are_not_items_of_its_list_are_not_shares(sentence):
    assert [(kind, value) for kind, value, _ in figures(POLL_INTRO + sentence)] == [("share", 45)]


def test_a_net_score_compared_with_another():
    found = figures("An Ipsos poll found a net score of -19, compared with -12 in May.")
    assert ("change", -12, "-12") in found


# --- transcripts ---------------------------------------------------------------------------------------------

def test_numbers_said_in_words():
    assert parse_number("one thousand twenty") == 1020
    assert parse_number("a hundred and fifty") == 150
    assert parse_number("three point one") == 3.1
    text = ("the poll surveyed one thousand forty adults and has a margin of error of three point two points "
            "twenty one point five percent said yes")
    assert figures(text) == [("sample_size", 1040, "one thousand forty"),
                             ("margin_of_error", 3.2, "three point two points"),
                             ("share", 21.5, "twenty one point five percent")]


def test_a_point_in_words_is_still_a_unit_without_a_decimal():
    assert numbers("a three point lead") == [(3, "three point", "points")]
    assert numbers("a thousand one-off payments") == [(1000, "a thousand", "count")]


# --- opinions about economic things are still opinions --------------------------------------------------------

def test_an_opinion_of_a_tax_or_tariff_is_a_share():
    found = figures("In the CBS poll, approval of the tariff policy stands at 71% among Republicans; "
                    "among Democrats it is 8%.")
    assert [(kind, value) for kind, value, _ in found] == [("share", 71), ("share", 8)]


# --- numbers of economic news that are not survey figures ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # official labour-market surveys
    "The unemployment rate, derived from the household survey, fell to 3.9% from 4.0%.",
    "Employment rose 0.2% to 74.9%, according to the Labour Force Survey, up from 74.7%.",
    "The ONS said the survey's response rate had fallen to about 18%.",
    # analysts' consensus
    "Deliveries fell 7.5% from a year earlier, short of the 410,000 analysts had expected in a FactSet survey.",
    "Sales rose 4.1%, economists polled by Reuters said, after 3.8% in May.",
    # share prices and market shares
    "Acme shares tumble 14% as profits slide\nA Reuters poll had found analysts expecting a rise.",
    "The firm's share of the European battery market slipped to 38% from 45%, the survey of dealers showed.",
    # a past election
    "For comparison, in the 2019 presidential election she got 52.3% in the second round, a poll recalled.",
    # rates of loans, official figures and inspections, near a survey word
    "Mortgage rates have eased, with the average two-year fix at 5.1%, the survey found.",
    "A survey is planned. Pupil absence rose to 6.9%, Department for Education figures show.",
    "Inspectors surveyed 900 nurseries last year; 6% were rated inadequate.",
])
def test_economic_and_election_figures_near_survey_words_are_not_survey_figures(text):
    assert figures(text) == []


def test_responses_to_a_consultation_are_no_sample():
    assert figures("Roads will be resurfaced next year. A public consultation drew 2,900 responses.") == []


def test_a_poll_figure_in_an_election_results_article():
    text = ("The Greens won 24.1% of the vote in the city council election and 18 of the 70 seats. "
            "The Social Democrats fell to 18.7%, and turnout was 52%. "
            "Pre-election polls had put the Greens at around 21%.")
    assert figures(text) == [("share", 21, "21%")]


def test_vaccine_coverage_from_a_ministry_is_no_survey_figure():
    text = ("A survey of parents on vaccine hesitancy is planned. "
            "Coverage of the measles vaccine among two-year-olds reached 91.4%, the Ministry of Health said.")
    assert figures(text) == []


def test_shares_of_people_saying_something_are_shares_though_no_poll_is_named():
    text = ("Heating bills are on people's minds this winter. Nearly a third (31%) of Britons say they have cut "
            "back on heating, while another nine per cent say they are not sure.")
    assert [(kind, value) for kind, value, _ in figures(text)] == [("share", 31), ("share", 9)]


@pytest.mark.parametrize("text", [
    "About 40% of the state budget goes on health care.",
    "Some 30% of workers earn less than the living wage, the report said.",
    "The party said 12% of its members had left.",
])
def test_without_a_poll_a_share_needs_people_saying_it(text):
    assert figures(text) == []


def test_a_vote_intention_is_a_share_though_of_the_votes_follows():
    text = ("If parliamentary elections were held next Sunday, the ruling party would obtain 31% of the votes of "
            "decided voters, the Socialists 22,5% and the Greens 7,4%.")
    assert [(kind, value) for kind, value, _ in figures(text)] == [("share", 31), ("share", 22.5), ("share", 7.4)]


def test_an_election_result_of_the_votes_is_still_no_share():
    assert figures("The ruling party obtained 31% of the votes in the election, the commission said.") == []


def test_a_sample_is_kept_where_no_survey_word_but_its_conduct_is_named():
    text = "The study, conducted online among 2,000 U.S. adults last month, looked at sleep habits."
    assert figures(text) == [("sample_size", 2000, "2,000")]


# --- small fractions written with a slash ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Opinion poll: 3/4 of Moldovans back closer ties with Romania", ("share", 75, "3/4")),
    ("Survey: 3/5 of Lithuanians expect prices to rise", ("share", 60, "3/5")),
    ("The survey shows 2/3 of young voters distrust the parliament.", ("share", 66.7, "2/3")),
    ("In the poll, 1/10 of those polled had no opinion.", ("share", 10, "1/10")),
])
def test_a_slash_fraction_of_people_is_a_share(sentence, expected):
    assert expected in figures(sentence)


def test_a_slash_fraction_is_read_only_before_of():
    assert numbers("Roughly 3/4 of them agreed.") == [(75, "3/4", "fraction")]
    assert numbers("The poll closed on 3/4/2025 of all days.") == []  # a date
    assert [form for _, _, form in numbers("It is 50/50 of course.")] == ["versus", "versus"]  # a split
    assert numbers("Then 5/4 of them did.") == []  # not a fraction below one


@pytest.mark.parametrize("sentence", [
    "The poll found 2/3 of the budget goes on pensions.",
    "In the survey, 1/2 of the time was spent on questions about the war.",
    "The survey was published on 3/4/2025 of all days.",
])
def test_a_slash_fraction_of_things_or_a_date_is_no_share(sentence):
    assert [kind for kind, _, _ in figures(sentence, 0.0)] == []


# --- a gap of a single point ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The latest Ipsos poll puts the Greens within a point of the Social Democrats.", ("change", 1, "a point")),
    ("In the survey the Liberals came within a single point of the Tories.", ("change", 1, "a single point")),
])
def test_within_a_point_of_a_party_is_a_gap_of_one_point(sentence, expected):
    assert expected in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "The pollster said it was a point of pride to publish every poll.",
    "The Ipsos poll was accurate to within a point.",
])
def test_a_point_of_pride_or_an_accuracy_is_no_gap(sentence):
    assert figures(sentence, 0.0) == []


# --- two samples of one survey --------------------------------------------------------------------------------

def test_a_second_sample_listed_after_the_first_is_a_sample_size():
    text = "The pollster surveyed 1,830 tenants and 412 landlords in Wales in May."
    assert figures(text) == [("sample_size", 1830, "1,830"), ("sample_size", 412, "412")]


def test_a_count_of_the_first_sample_after_and_is_no_second_sample():
    text = "The pollster surveyed 1,830 tenants and 412 of them said rents had risen."
    assert figures(text, 0.0) == [("sample_size", 1830, "1,830")]


# --- changes and leads written without a unit, levels after "to"/"from", pairs after a gap ------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Harlan up 3 in Ohio Senate race, poll finds", ("change", 3.0, "3")),
    ("Conservatives lead by 6 as Liberals slip.", ("change", 6.0, "6")),
    ("The Tories trail by 12 as the leader's ratings slump.", ("change", 12.0, "12")),
    ("Labour drops three as Reform gains.", ("change", -3.0, "three")),
    ("The Greens lose one point and come to 11 percent.", ("change", -1.0, "one point")),
    ("Labor leads 55-45 after preferences, a one-point narrowing.", ("change", -1.0, "one-point")),
    ("His lead as better leader fell to 16 points.", ("change", 16.0, "16 points")),
    ("The lead has shrunk to 2.5 points from 5 points a month ago.", ("change", 5.0, "5 points")),
    ("The Tories are a dozen points adrift of Labour.", ("change", 12.0, "a dozen points")),
])
def test_changes_and_leads_in_headline_and_wire_wordings(sentence, expected):
    assert expected in figures(POLL_INTRO + sentence)


@pytest.mark.parametrize("sentence", [
    "The party picked up 3 seats in the north.",
    "The inquiry was led by 6 senior judges.",
    "Exports rose 3 in a row, the ministry said.",
])
def test_a_bare_number_after_up_or_by_before_a_noun_is_no_change(sentence):
    assert figures(POLL_INTRO + sentence) == []


def test_a_pair_after_a_lead_and_a_comma_is_the_poll_split():
    found = figures(POLL_INTRO + "Among all registered voters her edge widens to a six-point gap, 49-43.")
    assert ("share", 49.0, "49") in found and ("share", 43.0, "43") in found


def test_accurate_to_within_states_a_margin_of_error():
    found = figures(POLL_INTRO + "The results are accurate to within 3 percentage points, 19 times out of 20.")
    assert found == [("margin_of_error", 3.0, "3 percentage points")]


@pytest.mark.parametrize(("sentence", "written"), [
    ("The results are accurate to plus/minus 2.8%.", "2.8%"),
    ("Its margin of error is plus/minus 2.8 percentage points.", "2.8 percentage points"),
])
def test_plus_slash_minus_states_a_margin_not_a_negative_change(sentence, written):
    assert figures(POLL_INTRO + sentence) == [("margin_of_error", 2.8, written)]


def test_a_margin_said_in_words_with_a_half_is_a_margin_of_error():
    assert figures(POLL_INTRO + "The margin of error is plus or minus three and a half points.") == [
        ("margin_of_error", 3.5, "three and a half points")]


def test_more_than_two_thousand_nationals_is_a_sample_size():
    sentence = "Most want stricter rules, according to a survey by a research firm among more than 2000 Dutchmen."
    assert ("sample_size", 2000.0, "2000") in figures(sentence)


# --- bullet lists with a colon, a change in "pc" to a level, a net rating after a possessive --------------------

FAR_INTRO = ("The findings come from a survey of 2,000 adults in 20 countries.\nOne.\nTwo.\nThree.\nFour.\n")


def test_a_bulleted_label_and_colon_line_ending_with_its_figure_is_a_table_line():
    text = FAR_INTRO + "Views are most positive in:\n- Sweden: 79%\n- South Korea: 74% (+2)"
    found = figures(text)
    assert ("share", 79.0, "79%") in found and ("share", 74.0, "74%") in found


def test_a_label_and_colon_before_prose_is_no_table_line():
    text = FAR_INTRO + "Vaccination campaign: 92% of children protected"
    assert ("share", 92.0, "92%") not in figures(text)


def test_a_share_that_sees_something_is_an_answer():
    text = FAR_INTRO + "A median of 58% of adults have a favourable view, while 31% see it unfavourably."
    assert ("share", 31.0, "31%") in figures(text)


def test_a_change_in_pc_to_a_level_in_pc_is_a_change_in_points():
    assert ("change", -3.0, "3pc") in figures(POLL_INTRO + "Labour's share is down 3pc to 19pc, its lowest yet.")


def test_a_relative_change_to_a_share_of_things_stays_doubtful():
    assert ("change", 3.0, "3%") not in figures(POLL_INTRO + "The share of renewables rose 3% to 41% of generation.")


def test_a_net_rating_after_a_possessive_is_a_change():
    found = figures(POLL_INTRO + "Her net favourability is +6, compared with her rival's -14.")
    assert ("change", -14.0, "-14") in found


@pytest.mark.parametrize("sentence", [
    "The team's -14 goal difference is the worst in the league.",
    "The index climbed 12 in a week.",
])
def test_a_signed_figure_before_a_noun_or_a_bare_rise_in_a_week_is_no_poll_change(sentence):
    assert figures(POLL_INTRO + sentence) == []


def test_names_and_their_figures_in_brackets_after_a_share_are_shares():
    sentence = "The Liberals are third with 16 percent, followed by the Centre (11.9) and the Left (7.4)."
    found = figures(POLL_INTRO + sentence)
    assert ("share", 11.9, "11.9") in found and ("share", 7.4, "7.4") in found


def test_a_bracketed_number_after_a_name_with_no_share_before_is_no_share():
    assert figures(POLL_INTRO + "The club signed Jones (19) and Smith (21) this week.") == []


def test_a_net_rating_after_net_of_counts_even_in_an_article_of_official_figures():
    text = ("Official results showed turnout of 61%, the electoral commission said. Official data showed the "
            "deficit at 3% of GDP, the statistics office said. A poll of 1,000 voters was published.\n"
            "On the energy plan, 41% approved and 35% disapproved, for a net of +6.")
    assert ("change", 6.0, "+6") in figures(text)


# --- election nights, economy, health and sports pieces that mix poll figures with other numbers -------------

ELECTION_POLL_INTRO = "An Ipsos survey of 1,100 voters was published on Monday. "


@pytest.mark.parametrize("sentence", [
    "Smith won the Ohio Senate race, beating Jones 51.2% to 47.9% with about 90% of the expected vote counted.",
    "The Greens won the Bristol mayoral race on Thursday, taking 44.1% to 38.2% for Labour.",
    "A quick count by the Cerda Institute, based on a sample of 2,500 polling stations, had her on 57.8%.",
    "Bills went up by an average of 14% in April.",
    "Fares have risen by more than 6% this year.",
    "The economy is expected to grow 0.9% in 2026 and 1.2% in 2027.",
    "Some 81% of over-75s got a booster this autumn, the CDC said.",
    "Just 88% of toddlers got both doses, short of the 95% required to stop outbreaks.",
])
def test_results_counts_and_rates_beside_a_poll_are_no_survey_figures(sentence):
    assert figures(ELECTION_POLL_INTRO + sentence) == [("sample_size", 1100, "1,100")]


def test_a_sample_of_polling_stations_is_no_sample_of_people():
    text = "The electoral body's quick count used a sample of 2,500 polling stations, published on Sunday night."
    assert figures(ELECTION_POLL_INTRO + text) == [("sample_size", 1100, "1,100")]


def test_a_named_poll_that_showed_a_figure_is_a_survey_even_where_results_outnumber_survey_cues():
    assert cues.POLL_OF_SAMPLE.search("an exit poll by consulta mitofsky had shown ortiz with 56 percent.")
    assert cues.POLL_OF_SAMPLE.search("a survey from the institute found 40% in favour.")
    assert not cues.POLL_OF_SAMPLE.search("a poll by the harbour drew big crowds.")


def test_two_levels_after_ahead_are_shares_not_a_lead():
    assert figures(ELECTION_POLL_INTRO + "A Siena poll in early May put Ruiz ahead 49% to 45%.")[1:] == [
        ("share", 49, "49%"), ("share", 45, "45%")]
    assert ("change", 3, "3%") in figures(ELECTION_POLL_INTRO + "Support for Ruiz is up 3% to 49%.")


def test_an_opinion_verb_after_a_later_figure_is_not_the_earlier_figure_s():
    text = ELECTION_POLL_INTRO + ("Turnout was 61.5 per cent and 58 per cent of those polled said the race was fair.")
    assert figures(text)[1:] == [("share", 58, "58 per cent")]


def test_a_table_row_with_a_dash_for_no_change_is_listed():
    text = ("Latest voting intention\n\nA Deltapoll survey of 1,500 adults:\nLabour 30 (-1)\nReform 29 (+2)\n"
            "Greens 11 (-)\n")
    assert ("share", 11, "11") in figures(text)


@pytest.mark.parametrize("table", [
    "Yes\t47\nNo\t45\nUnsure\t8",
    "Yes | 47%\nNo | 45%\nUnsure | 8%",
    "Yes, 47, +2\nNo, 45, -1\nUnsure, 8, -1",
])
def test_a_poll_table_one_row_a_line_gives_its_shares(table):
    text = f"Referendum poll\n\nA Survation poll for the Courier asked 1,020 adults how they would vote:\n\n{table}\n"
    shares = [value for kind, value, _ in figures(text) if kind == "share"]
    assert shares == [47, 45, 8]


def test_a_table_s_change_column_is_a_change_and_rows_that_make_no_whole_are_no_table():
    text = ("Referendum poll\n\nA Survation poll for the Courier asked 1,020 adults how they would vote:\n\n"
            "Yes, 47, +2\nNo, 45, -1\nUnsure, 8, -1\n")
    assert [(kind, value) for kind, value, _ in figures(text) if kind == "change"] == [
        ("change", 2), ("change", -1), ("change", -1)]
    scores = "League table\n\nA fan survey of 2,000 supporters was published today.\n\nArsenal\t61\nChelsea\t57\n"
    assert [kind for kind, _, _ in figures(scores)] == ["sample_size"]


def test_a_footnote_base_in_brackets_is_a_sample_size():
    text = ("Most back a four-day week, Opinium poll shows\n\nOpinium found 62% in favour.\n\n"
            "Base: all UK adults (2,051). Fieldwork: 3rd-5th May 2026.")
    assert ("sample_size", 2051, "2,051") in figures(text)


def test_a_vaccine_shot_is_no_player_s_shooting():
    text = ELECTION_POLL_INTRO + "Some 46% of adults say they are fairly likely to get the updated shot, down from 52%."
    assert figures(text)[1:] == [("share", 46, "46%"), ("share", 52, "52%")]
    assert figures(ELECTION_POLL_INTRO + "A third plan to skip the flu shot, up from 25% last year.")[2:] == [
        ("share", 25, "25%")]
    assert figures(ELECTION_POLL_INTRO + "The Suns shot just 41.2% from the field.")[1:] == []


@pytest.mark.parametrize("sentence", [
    "Consumer sentiment rose 1.8% in July to 93.1 points, the Westpac index showed.",
    "Overall satisfaction fell 12 points to 698 on a 1,000-point scale.",
    "The Conservatives finished third on 11.9%, losing their deposit.",
    "Reform won the Northfield by-election early on Friday with 42.1% of the vote.",
])
def test_index_levels_scores_and_places_in_a_result_are_no_poll_figures(sentence):
    assert figures(ELECTION_POLL_INTRO + sentence) == [("sample_size", 1100, "1,100")]


def test_responses_from_customers_are_a_sample_and_a_survey_cue():
    text = ("Broadband satisfaction slips\n\nThe study, based on responses from 30,100 customers fielded in March, "
            "found 41% of customers had an outage.")
    assert figures(text) == [("sample_size", 30100, "30,100"), ("share", 41, "41%")]


def test_a_long_table_s_last_rows_far_from_the_survey_cue_still_count():
    text = ("New poll\n\nA Forsa poll for RTL, 2-4 June:\nUnion 26 (-1)\nAfD 24 (+1)\nSPD 16 (=)\nGreens 12 (-)\n"
            "Left 9 (+1)\nFDP 4 (-1)\nOthers 9\n\nPublished on Wednesday.")
    assert ("share", 9, "9") in figures(text)[-2:]


def test_a_dead_heat_is_a_tie_not_a_death_toll():
    text = ELECTION_POLL_INTRO + "The final poll had put the two parties in a dead heat at 40% each."
    assert ("share", 40, "40%") in figures(text)
    assert figures(ELECTION_POLL_INTRO + "The attack left 12 dead and 40% of homes damaged.")[1:] == []


def test_output_is_an_official_measure_only_when_it_moves():
    intro = "The CBI's quarterly survey of manufacturers was released on Monday. "
    assert figures(intro + "Some 27% of firms expect to raise output, and 19% expect it to fall.") == [
        ("share", 27.0, "27%"), ("share", 19.0, "19%")]
    assert figures(intro + "Official figures showed output rising 0.6% in April.") == []
