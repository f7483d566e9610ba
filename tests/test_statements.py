"""Statements, question terms and groups of survey figures, on sentences written for these tests."""

import re

import pytest

from etl.statements import (
    GAPPED_DASH,
    GLUED_HEADLINE,
    HEADLINE_WORDS,
    PERCENT,
    POLLED_BY,
    PRONOUN_OBJECT,
    REFERS_BACK_OPENING,
    REFERS_BACK_PHRASE,
    REPORTING_TAIL,
    SPEAKER_ONLY,
    TIME_START,
    _last_word,
    _past_polled_by,
    _pronoun_object,
    _refers_back,
    _speaker_only,
    _strip_headline,
    _time_start,
    _without_figures,
    _without_reporting_tail,
    after_clause,
    before_clause,
    describe,
    describe_figures,
    figure_bounds,
    is_whole_sample,
    of_noun_phrase,
    shorten,
    table_cell,
)

# What _refers_back tests, as one pattern
REFERS_BACK = re.compile(f"{REFERS_BACK_OPENING.pattern}|{REFERS_BACK_PHRASE.pattern}", re.I)
VALUE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per cent|percent| points)")


def wordings(sentence: str) -> dict[str, object]:
    """Each value of a one-sentence text (by its text, numbered when repeated) -> its Wording."""
    spans = [(m.start(), m.end()) for m in VALUE.finditer(sentence)]
    out = {}
    for start, end in spans:
        key = sentence[start:end]
        while key in out:
            key += "'"
        out[key] = describe(sentence, start, end, 0, len(sentence), spans)
    return out


def test_the_verb_phrase_after_the_value_without_the_reporting_words():
    w = wordings("In the new survey, 43% of Danes said they would cycle to work more often.")["43%"]
    assert w.statement == "would cycle to work more often"
    assert w.group == "Danes"


def test_the_noun_phrase_before_when_the_value_ends_the_clause():
    w = wordings("Support for the new ferry line stood at 57%, the council said.")["57%"]
    assert w.statement == "Support for the new ferry line"


def test_a_contrast_does_not_hand_its_negation_to_the_next_figure():
    w = wordings("Some 40% do not want a second runway, whereas 32% do.")
    assert w["40%"].statement == "do not want a second runway"
    assert w["32%"].statement == "want a second runway"
    assert "not" not in w["32%"].question_terms.split()


def test_a_negated_ellipsis_keeps_its_own_negation():
    w = wordings("About 55% trust the local paper, while 30% do not.")
    assert w["55%"].statement == "trust the local paper"
    assert w["30%"].statement == "not trust the local paper"


def test_values_in_a_list_share_the_predicate_after_the_list():
    w = wordings("In Oslo and Bergen, 42% and 38% respectively said they owned an electric car.")
    assert w["42%"].statement == w["38%"].statement == "owned an electric car"


def test_each_group_of_a_coordinated_pair_takes_the_shared_predicate():
    w = wordings("Some 31% of men and 25% of women said they swim every week.")
    assert (w["31%"].group, w["31%"].statement) == ("men", "swim every week")
    assert (w["25%"].group, w["25%"].statement) == ("women", "swim every week")


def test_figures_after_the_first_borrow_its_statement_when_they_only_name_a_group():
    w = wordings("Trust in the mayor was 70% among Greens, 35% for independents and 9% for Liberals.")
    assert w["70%"].statement == "Trust in the mayor"
    assert w["35%"].statement == "Trust in the mayor"
    assert w["35%"].group == "independents"


def test_compared_with_repeats_the_predicate_of_the_figure_before():
    w = wordings("Overall 61% of Labour voters back rent caps, compared with 22% of Conservative voters.")
    assert w["61%"].statement == "back rent caps"
    assert w["22%"].statement == "back rent caps"
    assert w["22%"].group == "Conservative voters"


def test_the_next_figure_and_a_trailing_attribution_end_the_clause():
    w = wordings("Nearly 48% approve of the tram plan, 41% disapprove, a new poll shows.")
    assert w["48%"].statement == "approve of the tram plan"
    assert w["41%"].statement == "disapprove"


def test_a_quoted_attribution_and_a_leading_attribution_are_left_out():
    w = wordings('The poll found that 66% "feel safe walking home at night," the report reads.')["66%"]
    assert w.statement == "feel safe walking home at night"


def test_connectives_and_an_according_to_phrase_are_not_the_statement():
    w = wordings("At the same time, according to the study, the share backing a ban rose to 28%.")["28%"]
    assert w.statement == "the share backing a ban rose"


def test_a_speaker_alone_is_no_statement():
    w = wordings("The head of the polling unit at the institute said 30% agreed.")["30%"]
    assert w.statement == "agreed"


def test_a_value_in_brackets_takes_the_words_around_the_brackets():
    w = wordings("Most parents (61%) still walk their children to school.")["61%"]
    assert w.statement == "still walk their children to school"


def test_a_group_word_before_brackets_is_the_group():
    w = wordings("The plan is more popular among men (47%) than women (29%).")
    assert w["47%"].group == "men"
    assert w["29%"].group == "women"


@pytest.mark.parametrize(("sentence", "group"), [
    ("Of those polled, 12% of those aged 18 to 24 said they never vote.", "aged 18-24"),
    ("Among 18- to 24-year-olds, 12% said they had no savings.", "aged 18-24"),
    ("Only 12% of 18-24-year-olds trust the news.", "aged 18-24"),
    ("Just 12% of adults aged 65 and older said they use the app.", "adults aged 65+"),
    ("Just 12% of adults 65 and up said they use the app.", "adults aged 65+"),
    ("Only 12% of those under 30 said they read a paper.", "aged under 30"),
    ("Among Republicans, 12% approve of the governor.", "Republicans"),
])
def test_groups_and_age_bands(sentence, group):
    assert wordings(sentence)["12%"].group == group


def test_a_group_phrase_stops_at_the_verb_not_at_the_sixth_word():
    text = " of adults aged 65 and above stated concerns"
    group, pos = of_noun_phrase(text, 0, len(text))
    assert (group, text[pos:]) == ("adults aged 65+", " stated concerns")
    assert of_noun_phrase(" for the new bridge", 0, 19) == (None, 0)  # "for" only before a group word


@pytest.mark.parametrize("text", [" of small firms (SMEs) plan to hire", " of retirees (65+) plan to hire",
                                  " of young adults (18-24) plan to hire"])
def test_a_bracket_after_the_group_is_part_of_it(text):
    group, pos = of_noun_phrase(text, 0, len(text))
    assert group and "(" not in group and text[pos:] == " plan to hire"


def test_whole_sample_phrases_are_no_subgroup():
    assert is_whole_sample("those polled")
    assert is_whole_sample("registered voters")
    assert is_whole_sample("Danes", frozenset({"Danes"}))
    assert not is_whole_sample("women")
    assert not is_whole_sample("aged under 30")


def test_question_terms_keep_both_sides_of_the_value_but_not_other_figures():
    w = wordings("Asked about the budget, 45% of Finns want more spent on rail, while 20% want less.")
    assert "rail" in w["45%"].question_terms
    assert "less" not in w["45%"].question_terms
    assert not re.search(r"\d", w["45%"].question_terms)


def test_a_date_after_the_value_is_not_what_the_share_said():
    w = wordings("The share of drivers who speed was 24% in March 2021.")["24%"]
    assert w.statement == "The share of drivers who speed"


def test_figure_bounds_stop_at_neighbours_and_run_over_a_list():
    text = "A 10% and 20% said yes, 30% said no."
    spans = [(m.start(), m.end()) for m in VALUE.finditer(text)]
    left, right, tail = figure_bounds(text, spans, *spans[0], 0, len(text))
    assert (left, tail, right) == (0, spans[1][1], spans[2][0])


def test_clause_helpers():
    text = "The poll shows that turnout intent reached 70%, but 15% did not say why."
    assert after_clause(text, text.index("15%") + 3, len(text)) == "did not say why"
    assert before_clause(text, text.index("70%"), 0) == "turnout intent"
    assert shorten("one two three four five six seven eight nine ten eleven twelve thirteen") == (
        "one two three four five six seven eight nine ten eleven twelve")
    assert shorten("one two three four five six seven eight nine ten eleven twelve thirteen", keep_end=True) == (
        "two three four five six seven eight nine ten eleven twelve thirteen")


def test_a_statement_that_points_back_takes_the_words_of_the_figure_before():
    text = ("About 58% of Dutch adults said the trains run late too often. Among the women, 61% shared this view. "
            "Among the men, 55% thought so.")
    figures = [(m.start(), m.end(), 0, len(text)) for m in VALUE.finditer(text)]
    first, women, men = describe_figures(text, figures)
    assert first.statement == "the trains run late too often"
    assert (women.group, women.statement) == ("women", "the trains run late too often")
    assert (men.group, men.statement) == ("men", "the trains run late too often")


def test_the_group_is_said_apart_from_the_question_terms():
    w = wordings("Among the nurses, the share wanting a four-day week was 64%.")["64%"]
    assert w.group == "nurses"
    assert "nurses" not in w.question_terms


@pytest.mark.parametrize(("after", "clause"), [
    (" say they’re more hopeful than afraid.", "more hopeful than afraid"),
    (" think most U.S. cities are safe.", "think most U.S. cities are safe"),
    (" felt heard · 40% did not", "felt heard"),
    (' "feel rested." The rest did not.', "feel rested"),
    (" would walk more, and 20% would not", "would walk more"),
    (" of them, the institute said", ""),
    (" backed the tram whereas the rest did not", "backed the tram"),
    (" backed the tram - a record", "backed the tram"),
    (" backed the tram compared with 30% last year", "backed the tram"),
    (" backed the tram, but few paid", "backed the tram"),
    (" backed the tram (up from 20%)", "backed the tram"),
])
def test_after_clause_ends_where_the_figure_s_clause_ends(after, clause):
    assert after_clause(after, 0, len(after)) == clause


def test_a_place_after_the_group_belongs_to_the_group():
    w = wordings("Some 33% of respondents in Northern cities support the new dam.")["33%"]
    assert (w.group, w.statement) == ("respondents in Northern cities", "support the new dam")
    assert is_whole_sample(w.group)
    assert not is_whole_sample("women in Britain")
    assert is_whole_sample("the 525 employers surveyed") and is_whole_sample("1,200 adults polled")
    assert not is_whole_sample("the women surveyed")


def test_a_dash_after_the_value_stands_for_the_verb_left_out():
    w = wordings("Some 26% said the match should be replayed, while 14% – only if the referee agrees.")
    assert w["14%"].statement == "only if the referee agrees"


def test_a_name_after_and_between_two_values_is_the_next_value_s_label():
    spd, greens, left = said("Their ally, the Social Democrats, polled 15.5%, the Greens 12% and the Left Party 9%.")
    assert "Social Democrats" in spd.statement
    assert (greens.question_terms, left.question_terms) == ("the Greens", "the Left Party")


def test_a_named_aside_is_no_subject_and_a_level_after_a_change_says_what_changed():
    change, level = said("The approval of the governor, Ana Ruiz, fell 6 points in a month and now stands at 31%.")
    assert change.statement.startswith("The approval of the governor")
    assert level.statement == change.statement


def test_a_level_closing_its_clause_does_not_take_the_next_figure_s_words():
    approve, disapprove = said("The new poll puts the governor's approval at 44 percent, 49 percent disapprove.")
    assert (approve.statement, disapprove.statement) == ("the governor's approval", "disapprove")
    first, second, third = said("Some 40%, 35% and 20% said they cycle to work.")
    assert first.statement == second.statement == third.statement == "cycle to work"


def test_a_group_that_said_so_or_stands_in_brackets_takes_the_answer_before_it():
    everyone, women = said("In the study 40 per cent mentioned fuel prices (45 per cent of women said so).")
    assert (everyone.group, women.statement, women.group) == (None, "mentioned fuel prices", "women")
    everyone, women, men = said("In the study 30% mentioned their holidays (33% of women), and 25% of men named rent.")
    assert (everyone.statement, women.statement, women.group) == ("mentioned their holidays",) * 2 + ("women",)
    assert men.statement == "named rent"


def test_a_dash_before_a_quoted_answer_stands_for_the_verb_left_out():
    w = wordings('Of the staff asked, 12% replied "strongly agree", 6% - "strongly disagree" and 3% had no view.')
    assert [w[v].statement for v in ("12%", "6%")] == ["strongly agree", "strongly disagree"]


def test_a_change_and_the_level_it_reached_share_the_words_before_them():
    w = wordings("The mayor's approval rating slid 6 points to 37% since December.")
    assert w["37%"].statement == "The mayor's approval rating slid"


def test_a_gapped_clause_keeps_its_own_complement():
    w = wordings("Of those asked, 37% of adults get news from television, 18% from the radio.")
    assert w["37%"].statement == "get news from television"
    assert w["18%"].statement == "get news from the radio"


def test_a_list_item_that_only_names_an_answer_takes_the_verb_of_the_item_before():
    w = wordings("Some 52% support the harbour plan, 30% the tunnel, and 10% neither option.")
    assert w["30%"].statement == "support the tunnel"
    assert w["10%"].statement == "support neither option"
    w = wordings("In May, 60% would vote for the Blues, 25% the Reds.")
    assert w["25%"].statement == "would vote for the Reds"


def test_a_gapped_preposition_phrase_takes_the_verb_and_a_pronoun_takes_the_object():
    w = wordings("Some 34% sympathize with the north, 31% with the south and 16% with both sides.")
    assert (w["31%"].statement, w["16%"].statement) == ("sympathize with the south", "sympathize with both sides")
    w = wordings("About 47% were against the new stadium, 41% for it.")
    assert w["41%"].statement == "were for the new stadium"
    assert "stadium" in w["41%"].question_terms.split()


def test_a_lone_adverb_takes_the_words_of_the_item_before():
    w = wordings("Overall, 43% rated the new timetable positively, 39% negatively.")
    assert w["39%"].statement == "rated the new timetable negatively"


def test_a_verb_cut_short_takes_the_object_of_the_item_before():
    w = wordings("Some 55% voted for the merger, while 40% voted against.")
    assert w["40%"].statement == "voted against the merger"


def test_a_gap_is_not_filled_when_it_cannot_tell_which_words_the_answer_replaces():
    w = wordings("Some 37% most trust the Greens to cut their bills, compared with 22% for the Liberals.")
    assert w["22%"].statement == "for the Liberals"


def test_bracketed_list_items_keep_their_own_words():
    w = wordings("Other worries include housing (17%), transport (14%), and schools (9%).")
    assert "housing" in w["17%"].statement.split() and "transport" not in w["17%"].statement.split()
    assert w["14%"].statement == "transport"


def test_a_bracketed_value_keeps_a_clause_that_says_something_after_the_comma():
    w = wordings("Most of the staff (62%), across all offices, said the canteen had improved.")
    assert w["62%"].statement.endswith("said the canteen had improved")


def test_a_cut_statement_does_not_end_on_a_little_word():
    assert shorten("believe that the army should take part in the war on the side of the north") == (
        "believe that the army should take part in the war")


def test_a_pronoun_object_takes_the_object_of_the_figure_before():
    text = "Some 33% support the new bridge. Another 44% oppose it, and 23% are unsure."
    figures = [(m.start(), m.end(), 0, len(text)) for m in VALUE.finditer(text)]
    support, oppose, unsure = describe_figures(text, figures)
    assert support.statement == "support the new bridge"
    assert oppose.statement == "oppose the new bridge"
    assert unsure.statement == "are unsure"


def test_a_single_word_answer_is_a_statement():
    w = wordings("Of those asked, 41% approving and 47% opposed.")
    assert (w["41%"].statement, w["47%"].statement) == ("approving", "opposed")


def test_the_next_figure_in_words_ends_the_clause():
    w = wordings("Nearly half feel safe, and roughly four in 10 do not, while 38% feel unsafe at night.")
    assert w["38%"].statement == "feel unsafe at night"
    w = wordings("Some 45% feel equally hopeful and worried, and roughly four in 10 are worried.")
    assert w["45%"].statement == "feel equally hopeful and worried"


def test_names_before_later_values_belong_to_those_values():
    w = wordings("The Blues polled 32%, followed by the Reds on 31%, the Greens on 13% and others on 8%.")
    assert w["32%"].statement == "The Blues polled"
    assert (w["31%"].statement, w["13%"].statement, w["8%"].statement) == ("the Reds", "the Greens", "others")


def test_a_bracketed_lone_against_takes_the_object_of_the_figure_before():
    w = wordings("Some 86% would back the new library in a vote (3% against, 7% would not vote).")
    assert w["3%"].statement == "against the new library in a vote"
    assert w["7%"].statement == "would not vote"


def test_a_bracketed_value_inside_a_clause_takes_the_words_around_the_bracket():
    w = wordings("A majority now feel more worry than hope (58%) about the harbour plan.")
    assert w["58%"].statement == "feel more worry than hope about the harbour plan"


def test_a_glued_title_case_headline_is_not_part_of_the_statement():
    w = wordings("Ferry Fares To Rise Again As Costs Climb Support for the ferry service stood at 43%.")
    assert w["43%"].statement == "Support for the ferry service"
    w = wordings("The Bank Of Somewhere figures put support for the ferry service at 43%.")
    assert "Bank" in w["43%"].statement.split()


def test_each_after_a_value_is_not_the_statement():
    w = wordings("For months the two parties were flatlining at around 35% each.")
    assert w["35%"].statement == "For months the two parties were flatlining"


# --- fast paths: each cheap test must agree with the regex it guards -------------------------------------
@pytest.mark.parametrize("clause", [
    "the minister said", "the minister said.", "the minister SAID", "Ministers told", "a spokesman ſaid",
    "the minister said that voters", "unsaid", "", "according", "the poll, according", "reads”",
])
def test_speaker_only_gate_agrees_with_the_pattern(clause):
    assert _speaker_only(clause) is bool(SPEAKER_ONLY.match(clause))


@pytest.mark.parametrize("statement", [
    "shared this view", "held THE SAME OPINION", "the figure climbed", "It rose", "believed so", "think so too",
    "would back the plan", "its share fell", "such stances", "ıt rose", "agree with this position",
])
def test_refers_back_gate_agrees_with_the_pattern(statement):
    assert _refers_back(statement) is bool(REFERS_BACK.search(statement))


@pytest.mark.parametrize("statement", [
    "oppose them", "rated it highly", "rated IT highly", "oppose them.", "it rose", "item rated", "them all now",
    "back it", "back it, they said", "oppose themselves", "rated ıt highly",
])
def test_pronoun_object_gate_agrees_with_the_pattern(statement):
    fast, plain = _pronoun_object(statement), PRONOUN_OBJECT.search(statement)
    assert (fast and fast.span()) == (plain and plain.span())


@pytest.mark.parametrize("statement", [
    "had the highest share of votes", "recorded THE LOWEST level", "the biggest worry", "said so", "that is all",
])
def test_refers_back_opening_and_phrase_agree_with_the_whole_pattern(statement):
    assert _refers_back(statement) is bool(REFERS_BACK.search(statement))


@pytest.mark.parametrize("clause", [
    "backing the plan, said", "the ferry, SAID.", "unsaid", "", "told", "the ferry, ſaid", "the ferry, they say”",
    "the ferry says so",
])
def test_reporting_tail_gate_agrees_with_the_pattern(clause):
    assert _without_reporting_tail(clause) == REPORTING_TAIL.sub("", clause)


@pytest.mark.parametrize("clause", [
    "in June the vote", "Since 2019", "ſince 2019", "during the last month", "backing the plan", "", "At 9 pm",
    "İn March", "over the same period", "under the plan",
])
def test_time_start_gate_agrees_with_the_pattern(clause):
    assert _time_start(clause) is bool(TIME_START.match(clause))


@pytest.mark.parametrize("text", ["Among cyclists ", "young women\n", "x-ray", "aged 42", "", "café", "well-off \t "])
def test_last_word_is_what_a_pattern_from_the_end_finds(text):
    m = re.search(r"([A-Za-z-]+)\s*$", text)
    assert _last_word(text) == (m.group(1) if m else None)


@pytest.mark.parametrize("after", [
    " polled by the Northfield Institute (NFI) think", "  surveyed for Acme Daily say", " – when the war ends",
    "—when", " said", "", " who were asked by Northfield Polling back", " questioned", "- the rest",
])
def test_polled_by_gate_agrees_with_the_patterns(after):
    m = POLLED_BY.match(after, 0, len(after)) or GAPPED_DASH.match(after, 0, len(after))
    assert _past_polled_by(after, 0, len(after)) == (m.end() if m else 0)


@pytest.mark.parametrize("clause", [
    "Tram Fares To Rise Again Next Spring Some riders", "tram fares rise", "", "2030 Plan For Trams Wins Over Many "
    "riders", "Bank Of Somewhere staff",
])
def test_headline_gate_agrees_with_the_pattern(clause):
    m = GLUED_HEADLINE.match(clause)
    assert _strip_headline(clause) == (clause[m.end():] if m and len(m.group().split()) >= HEADLINE_WORDS else clause)


@pytest.mark.parametrize("text", [
    "Some 31% of cyclists and 25% of drivers said they would pay the toll.",
    "About 40% back the tram, whereas 32% do not, and 12% - when asked twice - changed their answer.",
    "Support stood at 45% in May, 41% in June and 38% in July, the Northfield poll found.",
])
def test_figures_sharing_their_clauses_are_described_as_alone(text):
    """describe() with the clauses found for other figures of the text (in any order) says the same."""
    spans = [(m.start(), m.end()) for m in VALUE.finditer(text)]
    alone = [describe(text, start, end, 0, len(text), spans) for start, end in spans]
    shared = {}
    in_reverse = [describe(text, start, end, 0, len(text), spans, shared) for start, end in reversed(spans)]
    assert in_reverse[::-1] == alone
    assert len(shared) == len(spans)


@pytest.mark.parametrize("clause", ["of voters 45 per cent", "support ( )", "no figures here", "٤٥% backed it"])
def test_without_figures_blanks_what_percent_blanks(clause):
    assert _without_figures(clause) == PERCENT.sub(" ", clause)


def said(text: str) -> list:
    """describe_figures over every value of a text taken as one sentence."""
    return describe_figures(text, [(m.start(), m.end(), 0, len(text)) for m in VALUE.finditer(text)])


def test_a_place_after_each_value_is_its_group_and_the_list_shares_the_predicate():
    w = wordings("The poll found 65% in cities, 62% in towns and 59% in rural areas said bus fares were too high.")
    assert [(x.group, x.statement) for x in w.values()] == [
        ("in cities", "bus fares were too high"), ("in towns", "bus fares were too high"),
        ("in rural areas", "bus fares were too high")]
    assert wordings("Support reached 45% in March in the Ipsos poll.")["45%"].group is None
    assert wordings("Support reached 45% in the Ipsos poll.")["45%"].group is None


def test_a_reporting_verb_before_a_list_of_places_and_an_of_phrase_after_are_not_the_statement():
    w = wordings("Most riders want later trains, said 70% in the north and 64% in the south of the county.")
    assert [(x.group, x.statement) for x in w.values()] == [
        ("in the north", "Most riders want later trains"), ("in the south", "Most riders want later trains")]


def test_a_ranking_and_a_group_clause_only_point_back_at_the_question_asked():
    first, capital, rural, coastal = said(
        "Some 52% of adults trust the buses; the capital had the highest level of trust, at 71 per cent, of the "
        "cities surveyed; the average for rural counties was 44%, although for coastal towns it was 61%.")
    assert first.statement == "trust the buses"
    assert capital.statement == "trust the buses"
    assert (rural.group, rural.statement) == ("rural counties", "trust the buses")
    assert (coastal.group, coastal.statement) == ("coastal towns", "trust the buses")


def test_a_figure_that_only_points_back_with_nothing_before_has_no_words():
    (alone,) = said("The average for rural counties was 44%.")
    assert (alone.statement, alone.question_terms, alone.group, alone.refers_back) == (
        None, None, "rural counties", True)


def test_an_aside_about_the_group_is_not_the_statement():
    _, second = said("Some 52% of adults trust the buses. The figure rose to 77% among those in Chile and in "
                     "Peru, who led the ranking.")
    assert (second.group, second.statement) == ("those in Chile and in Peru", "trust the buses")


def test_values_given_respectively_for_groups_point_back_past_each_other():
    *_, women = said("Some 52% of adults trust the buses. The numbers for those in suburbs and villages were 48% "
                     "and 45% respectively, while 55% of the women shared this view.")
    assert (women.group, women.statement) == ("women", "trust the buses")


def test_a_group_matching_a_share_and_a_group_s_origin_belong_to_the_group():
    first, jains, _ = said("Some 70% of Sikhs said rents were too high, a share closely matched by Jains from the "
                           "north — 66% each and farm workers (59%).")
    assert first.statement == "rents were too high"
    assert (jains.group, jains.statement) == ("Jains from the north", "rents were too high")
    _, hindus, _ = said("Some 70% of Sikhs said rents were too high while 63% of Hindus from Backward Classes (BCs) "
                        "and 59% of the farm workers also expressed the same sentiment.")
    assert (hindus.group, hindus.statement) == ("Hindus from Backward Classes (BCs)", "rents were too high")


def test_each_value_of_a_lead_gets_its_own_answer():
    w = wordings("In the new poll, Harris leads Trump 46% to 45% among likely voters.")
    assert [(x.statement, x.question_terms, x.group) for x in w.values()] == [
        ("Harris", "Harris", "likely voters"), ("Trump", "Trump", "likely voters")]
    w = wordings("Among independents, with Smith leading 40%-38%, the race is open.")
    assert [x.statement for x in w.values()] == ["Smith", None]
    w = wordings("Among this group, worry now outweighs hope by 47% to 15%.")
    assert [x.statement for x in w.values()] == ["worry outweighs hope", "hope outweighs worry"]


def test_the_words_before_a_figure_stop_at_the_comma_that_ends_the_clause_before():
    w = wordings("In contrast, 61 percent of adults aged 65 and above stated primary worries, with only 4 percent "
                 "expressing greater hope.")
    assert w["4 percent"].question_terms == "expressing greater hope"
    assert wordings("Some 81% want lower taxes, against 55% in France.")["81%"].statement == "want lower taxes"


def test_the_upper_end_of_a_range_says_what_the_lower_end_says():
    text = "Backing for the toll is voiced by 23% to 29% of drivers, while 55-60% are opposed to it."
    spans = [(text.index(v), text.index(v) + len(v)) for v in ("23%", "29%", "55", "60%")]
    said = {text[a:b]: describe(text, a, b, 0, len(text), spans).statement for a, b in spans}
    assert said["29%"] == said["23%"] != said["60%"] == said["55"]


def test_a_figure_pointing_back_whose_words_after_only_name_its_groups_takes_the_question_before():
    first, second = said("Some 57% of commuters want more night buses. The figure was over 60% for both the "
                         "18-29 and the 30-44 age groups.")
    assert first.statement == "want more night buses"
    assert (second.statement, second.question_terms) == (first.statement, first.question_terms)
    assert second.group == "aged 18-29"


def test_words_after_a_figure_pointing_back_that_say_more_than_a_group_stay_its_own():
    _, second = said("Some 57% of commuters want more night buses. The figure was 30% for the plan to cut fares.")
    assert second.statement == "for the plan to cut fares"


def test_a_share_that_says_of_whom_does_not_point_back():
    _, second = said("Some 57% of commuters want more night buses. The share of drivers who cycle to work stood at 9%.")
    assert second.statement == "The share of drivers who cycle to work"
    assert not _refers_back("The proportion of parents who walk")
    assert _refers_back("The proportion rose")


def test_a_concessive_clause_before_the_value_is_not_in_its_question_terms():
    (w,) = said("In the capital, and, although pensioners were a little less keen, 58% of them backed the new tram.")
    assert w.statement == "backed the new tram"
    assert w.question_terms == "backed the new tram"


def test_a_subject_compared_across_groups_is_the_statement_of_each_group():
    graduates, others = said("Support for the new ferry was slightly higher among graduates (72%) than among "
                             "those without a degree (65%).")
    assert (graduates.statement, graduates.question_terms, graduates.group) == (
        "Support for the new ferry", "Support for the new ferry", "graduates")
    assert (others.statement, others.question_terms, others.group) == (
        "Support for the new ferry", "Support for the new ferry", "those without a degree")


def test_a_subject_about_equal_across_groups_names_the_thing_measured_not_its_level():
    users, others = said("Levels of trust seem to be about equal whether people have used the app (40%) or not (43%).")
    assert (users.statement, users.question_terms) == ("Levels of trust", "trust")
    assert (others.statement, others.question_terms) == ("Levels of trust", "trust")
    assert users.group != others.group


def test_a_comparison_continued_with_more_groups_keeps_its_subject():
    w = said("Trust in the mayor was higher among men (45%) than women (40%), and among the young (50%) than the "
             "old (38%).")
    assert [x.statement for x in w] == ["Trust in the mayor"] * 4
    assert [x.group for x in w] == ["men", "women", "the young", "the old"]


def test_a_figure_compared_across_groups_that_points_back_takes_the_question_before():
    _, women, men = said("Some 52% of adults trust the buses. The figure was higher among women (60%) than among "
                         "men (44%).")
    assert (women.statement, women.group) == ("trust the buses", "women")
    assert (men.statement, men.group) == ("trust the buses", "men")


def test_a_verb_like_noun_closing_a_group_before_a_comma_is_part_of_the_group():
    text = "It rises to 74% for small island states, many of which are poor."
    start = text.index("74%") + 3
    assert of_noun_phrase(text, start, len(text))[0] == "small island states"
    _, _, island = said("Some 64% of people think the buses are late. The average for rural counties is 58%, although "
                        "it rises to 74% for small island states, many of which are poor.")
    assert (island.group, island.statement) == ("small island states", "think the buses are late")
    text = "About 34% of the population states that the buses are late."
    assert of_noun_phrase(text, text.index("34%") + 3, len(text))[0] == "the population"


def test_words_before_a_conjunction_after_another_figure_are_not_the_next_figures():
    _, _, half = said("Some 64% of adults back the plan. The figure climbed to 81% among those in Oslo, who led the "
                      "ranking, while at least 50% of respondents in all towns said the buses were late.")
    assert half.statement == "the buses were late"
    assert "ranking" not in half.question_terms


def test_a_long_group_that_matches_the_figure_before_takes_its_words():
    first, second, _ = said("Distrust was highest among Catholics with 67% saying rents were too high, a number "
                            "closely matched by Protestants from Old Northern Counties and Urban Districts — 63% each "
                            "and Methodists (59%).")
    assert first.statement == "rents were too high"
    assert (second.statement, second.question_terms) == (first.statement, first.question_terms)
    assert second.group == "Protestants from Old Northern Counties and Urban Districts"


def test_one_more_bracketed_group_in_a_list_of_groups_answers_the_same_question():
    first, _, third = said("Distrust was highest among Catholics with 67% saying rents were too high, a number closely "
                           "matched by Protestants from Old Northern Counties and Urban Districts — 63% each and "
                           "Methodists (59%).")
    assert (third.statement, third.group) == (first.statement, "Methodists")


def test_a_bracketed_answer_after_a_group_figure_stays_an_answer():
    first, second = said("Among young voters, Labour (40%) and the Conservatives (25%) lead.")
    assert second.group == first.group == "young voters"  # the lead's group, not "the Conservatives"


def test_a_share_of_the_sample_takes_the_verb_after_an_aside_with_another_figure():
    whole, students = said("Nearly two thirds of those polled (62%), with the highest among students (65%), across "
                           "regions felt that finding a flat had become harder.")
    assert whole.statement == students.statement == "across regions felt that finding a flat had become harder"
    assert "students" not in whole.question_terms
    assert (whole.group, students.group) == (None, "students")
    most, _ = said("Most voters (61%), and especially the young (70%), back the plan.")
    assert most.statement == "back the plan"


def test_a_view_named_before_the_group_sharing_it_is_the_statement():
    young, _ = said("The view that rents were too high was shared the most among young Londoners (71%), even as 40% of "
                    "them felt safe.")
    assert (young.statement, young.question_terms, young.group) == (
        "rents were too high", "rents were too high", "young Londoners")
    (held,) = said("The belief that the war will end soon is held by 30% of voters.")
    assert held.statement == "the war will end soon"


def test_even_as_starts_a_clause_of_its_own():
    text = "Some 20% agreed, even as 57% of them disagreed."
    assert after_clause(text, text.index("20%") + 3, text.index("57%")) == "agreed"
    assert after_clause("Some 17%, even as others left.", 8, 30) == ""


def test_so_after_a_value_points_at_the_view_said_before_it_in_its_sentence():
    text = ("Some 35% strongly condemn it. Now more Danes think the new tax will hurt their own city – 55% of adults "
            "believe so, while in April 53% believed so.")
    condemn, now, april = said(text)
    assert condemn.statement == "strongly condemn it"
    assert now.statement == now.question_terms == "think the new tax will hurt their own city"
    assert april.statement == now.statement


@pytest.mark.parametrize("text", [
    "Some 23% of people in Oslo want to buy a car, while in March there were 28%.",
    "Some 23% of people in Oslo want to buy a car. The share has been falling, as back in April it stood at 28%.",
])
def test_a_time_and_a_word_pointing_back_before_a_value_take_the_question_before(text):
    first, second = said(text)
    assert first.statement == "want to buy a car"
    assert (second.statement, second.question_terms) == (first.statement, first.question_terms)



def test_how_many_of_whom_before_a_bracketed_value_is_no_question_word():
    half, four = said("Nearly half of Danes (46%) feel equally excited and worried, and roughly four in 10 (38%) more "
                      "worried than excited.")
    assert (half.statement, half.question_terms) == ("feel equally excited and worried",) * 2
    assert (four.statement, four.question_terms) == ("more worried than excited",) * 2
    (hope,) = said("A majority now express more hope than fear (58%) about the plan.")
    assert "hope than fear" in hope.question_terms


def test_with_the_number_rising_to_a_value_points_back():
    first, poor = said("Some 71% said that rents have increased, with the number increasing to 76% among the poor.")
    assert first.statement == "rents have increased"
    assert (poor.statement, poor.group) == ("rents have increased", "the poor")
    assert _refers_back("with the figure rising")


def test_according_to_right_before_the_value_is_not_in_its_statement():
    (w,) = said("The city council takes the blame for the housing crisis, according to 75% of respondents.")
    assert w.statement == "The city council takes the blame for the housing crisis"


@pytest.mark.parametrize("text", [
    "Some 40% back the tax on sugar, and 25% of renters said the same.",
    "Some 40% back the tax on sugar, more than double the 19% who said the same last May.",
])
def test_said_the_same_takes_the_words_of_the_figure_before(text):
    first, second = said(text)
    assert first.statement.startswith("back the tax on sugar")
    assert second.statement == first.statement


def test_a_comparison_with_another_figure_ends_the_clause():
    text = "Some 40% back the tax on sugar, more than double the share a year ago."
    assert after_clause(text, text.index("40%") + 3, len(text)) == "back the tax on sugar"
    text = "Some 40% back the tax on sugar, twice the share a year ago."
    assert after_clause(text, text.index("40%") + 3, len(text)) == "back the tax on sugar"


def ratio_wording(text: str):
    """describe_figures over the one "N in M" ("N out of M") value of a one-sentence text."""
    (m,) = re.finditer(r"\d (?:in|out of) \d+", text)
    (wording,) = describe_figures(text, [(m.start(), m.end(), 0, len(text))])
    return wording


def test_the_group_after_a_ratio_needs_no_of():
    w = ratio_wording("Nearly 2 in 3 Democratic voters support the plan to cut fares.")
    assert (w.group, w.statement) == ("Democratic voters", "support the plan to cut fares")


def test_a_heading_before_a_colon_is_not_the_figures():
    w = ratio_wording("Fares unite the parties: nearly 2 in 3 Democratic voters support the plan.")
    assert w.question_terms == "support the plan"
    (w,) = said("Support for the new plan: 40%.")
    assert w.statement == "Support for the new plan"


def test_a_purpose_set_off_before_what_was_said_is_not_its_words():
    (w,) = said("Some 10% of respondents said that in order to keep the peace, the city can sell some of its parks.")
    assert w.statement == "the city can sell some of its parks"


@pytest.mark.parametrize("joint", [", as well as", " and"])
def test_a_bracketed_value_after_a_gapped_clause_takes_the_verb_before(joint):
    first, second = said(f"Danes most often see the tax as harmful for Denmark (53%){joint} for themselves (48%).")
    assert first.statement == "Danes most often see the tax as harmful for Denmark"
    assert second.statement == "Danes most often see the tax as harmful for themselves"


def test_with_opens_a_figures_own_clause():
    (w,) = said("Views on rents mirrored those on jobs, with a whopping 71% saying that rents have increased.")
    assert (w.statement, w.question_terms) == ("rents have increased", "rents have increased")
    (w,) = said("The new plan is popular with 71% of voters.")
    assert w.statement == "The new plan is popular"


def test_groups_named_after_a_list_of_values_go_to_them_in_order():
    _, catholics, believers = said("Some 71% said rents have increased, 76% and 75% among Catholics and Old "
                                   "Believers.")
    assert (catholics.group, believers.group) == ("Catholics", "Old Believers")
    assert catholics.statement == believers.statement == "rents have increased"
    (both,) = said("About 40% of Catholics and Protestants said no.")
    assert (both.group, both.statement) == ("Catholics and Protestants", "no")


def test_a_group_of_a_place_after_a_ratio_keeps_its_place():
    w = ratio_wording("Some 7 out of 10 residents of Denmark believe that cars are a real threat.")
    assert (w.group, w.statement) == ("residents of Denmark", "believe that cars are a real threat")


def test_a_group_said_of_themselves_is_kept_apart_from_the_population():
    (w,) = said("Among Danes themselves, 74% consider cars a threat.")
    assert w.group == "Danes themselves"


def test_a_participle_clause_after_a_comma_is_not_the_figures():
    _, condemn = said("As many as 43% of Danes do not support the new tax on cars, while 35% strongly condemn it, "
                      "overwhelming those who support it by far.")
    assert condemn.statement == "strongly condemn the new tax on cars"
    (w,) = said("Some 40% want more money for schools, housing and transport.")
    assert w.statement == "want more money for schools, housing and transport"


def test_a_while_clause_set_off_before_the_value_is_not_in_its_question_terms():
    (w,) = said("While some people report better budgets than in 2019, 50% of the poor said they struggle to pay "
                "bills.")
    assert (w.statement, w.question_terms) == ("struggle to pay bills", "struggle to pay bills")


def test_at_the_end_of_a_period_is_a_time_not_a_statement():
    assert _time_start("at the end of last year") and _time_start("by the start of May")
    _, before = said("Some 32% want to sell the park, up from 19% at the end of last year.")
    assert before.statement == "want to sell the park"


def test_a_value_ending_a_sentence_after_a_ratio_is_no_group_and_no_crash():
    w = ratio_wording("Among nurses, the share rises to 1 in 5.")
    assert w.group == "nurses"


def test_a_reporting_participle_ends_the_group_and_opens_what_it_said():
    (w,) = said("Rents are a worry, with 64% of renters saying costs rose.")
    assert (w.group, w.statement) == ("renters", "costs rose")


def test_a_change_in_a_with_clause_is_a_change_in_the_subject_of_the_clause_it_hangs_on():
    (w,) = said("Childcare emerges as a growing worry, with 58% of parents noting an increase over the last year.")
    assert w.statement == "noting an increase in childcare over the last year"
    (w,) = said("The cost of heating remains the top concern, with 71% reporting a sharp rise since spring.")
    assert w.statement == "reporting a sharp rise in the cost of heating since spring"
    (w,) = said("It is a worry, with 40% noting a rise.")
    assert w.statement == "noting a rise"  # a pronoun names no topic
    (w,) = said("Childcare remains a worry, with 58% noting an increase in fees.")
    assert w.statement == "noting an increase in fees"  # the change says what changed


def test_each_share_of_a_vote_intention_list_is_its_party():
    w = said("A new poll puts the Greens on 31 per cent, with the Liberals unchanged on 25 per cent and Forward "
             "Party on 22 per cent.")
    assert [x.statement for x in w] == ["the Greens", "the Liberals", "Forward Party"]
    w = said("Labour is on 30%, the Social Democrats (up two points) at 27% and Plaid Cymru on 9%.")
    assert [x.statement for x in w] == ["Labour", "the Social Democrats", "Plaid Cymru"]


def test_a_group_given_a_share_is_the_group_of_what_the_figure_before_says():
    w = said("Trust in the council stands at 41%, with Democrats at 85% and Republicans at 6%.")
    assert [(x.statement, x.group) for x in w] == [
        ("Trust in the council", None), ("Trust in the council", "Democrats"), ("Trust in the council", "Republicans")]
    (w,) = said("Support for the plan stood at 43%.")
    assert w.statement == "Support for the plan"


def test_a_rival_left_out_of_a_lead_is_the_one_the_story_named():
    text = "Smith now leads Jones by two points. In the north, Smith leads 40%-38% among older voters."
    spans = [(m.start(), m.end()) for m in VALUE.finditer(text)]
    w = describe_figures(text, [(s, e, text.index("In the"), len(text)) for s, e in spans if s > 30])
    assert [x.statement for x in w] == ["Smith", "Jones"]
    text = "The race between Jones and Smith is close. Smith leads 46% to 45%."
    w = describe_figures(text, [(m.start(), m.end(), text.index("Smith leads"), len(text))
                                for m in VALUE.finditer(text)])
    assert [x.statement for x in w] == ["Smith", "Jones"]


def test_a_group_named_by_how_it_voted_is_one_group():
    (w,) = said("Some 62% of those who voted Leave back the plan.")
    assert (w.group, w.statement) == ("those who voted Leave", "back the plan")
    (w,) = said("Among voters who backed the Greens in 2019, approval stands at 41%.")
    assert (w.group, w.statement) == ("voters who backed the Greens in 2019", "approval")
    (w,) = said("Among those who voted Labour at the last general election, 41% back the plan.")
    assert w.group == "those who voted Labour at the last general election"
    (w,) = said("Of those who voted for Smith in 2020, 70% approve.")
    assert (w.group, w.question_terms) == ("those who voted for Smith in 2020", "approve")


def test_a_sentence_opening_with_what_was_asked_completes_short_answers():
    w = said("Asked how they feel about the ferry being sold, more than 62% were against and 29% were positive.")
    assert [x.statement for x in w] == ["were against the ferry being sold", "were positive about the ferry being sold"]
    (w,) = said("Prices rose. Asked about the new runway, 54% said they support it.")
    assert w.statement == "support the new runway"
    (w,) = said("Asked about the economy, 55% said it was getting worse.")
    assert (w.statement, w.question_terms) == ("was getting worse", "Asked about the economy was getting worse")


@pytest.mark.parametrize("sentence", [
    "The phone poll found that backing for the rail tax is roughly split … 44.1% approving and 45.2% opposed.",
    "Backing for the rail tax is evenly divided: 44.1% approving and 45.2% opposed.",
])
def test_how_the_answers_split_is_not_what_was_asked(sentence):
    terms = wordings(sentence)["44.1%"].question_terms
    assert terms.lower().startswith("backing for the rail tax") and terms.endswith("approving")
    assert not re.search(r"split|divided|…", terms)


def test_a_trailing_ellipsis_is_no_part_of_the_statement():
    assert wordings("Of the drivers asked, 12% would switch to rail …")["12%"].statement == "would switch to rail"


def test_a_share_of_the_vote_names_no_group():
    w = wordings("A new poll says the Harbour Party would win 31% of the vote.")["31%"]
    assert w.group is None and w.statement == "the Harbour Party would win"
    w = wordings("The poll gave the Valley League (VL) 27.5% of the vote.")["27.5%"]
    assert w.group is None and w.statement == "the Valley League (VL)"


def test_a_place_or_decade_leading_the_clause_is_the_group():
    assert wordings("In the south of the country, 38% said they would move.")["38%"].group == (
        "in the south of the country")
    assert wordings("In rural areas, only 21% ride the bus.")["21%"].group == "in rural areas"
    assert wordings("In April, 40% said they would move.")["40%"].group is None
    w = wordings("Among people in their 30s, only 14% own a flat.")["14%"]
    assert (w.group, w.statement) == ("aged 30-39", "own a flat")


def _pair_wordings(sentence: str) -> list:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\d+", sentence)]
    return [describe(sentence, s, e, 0, len(sentence), spans) for s, e in spans]


def test_a_unitless_pair_takes_the_clause_statement_and_no_object_as_group():
    first, second = _pair_wordings("Farmers disapprove by 64 to 30 of the water charge, a poll finds.")
    # the subject is a kind of respondent (SUBJECT_HEADS), so it is the group of both, not the object
    assert (first.statement, first.group, second.group) == ("disapprove", "Farmers", "Farmers")
    first, _ = _pair_wordings("Drivers disapprove by 70 to 25 among Democrats.")
    assert first.group == "Democrats"


def test_a_group_said_inside_the_subject_is_left_out_of_the_statement():
    w = wordings("Trust among Republicans is at 72%.")["72%"]
    assert (w.statement, w.group) == ("Trust", "Republicans")


def test_a_verb_after_a_group_without_a_head_noun_is_no_part_of_it():
    assert wordings("Trust among the elderly is 35%, a new poll finds.")["35%"].group is None


@pytest.mark.parametrize(("sentence", "group", "statement"), [
    ("Women back the new rail levy 51% to 38%.", "Women", "back the new rail levy"),
    ("Older voters oppose the levy 58% - 33%, while younger voters support it 49% - 40%.", "Older voters",
     "oppose the levy"),
    ("Adults under 35 favour a four-day week by 20 points.", "Adults aged under 35", "favour a four-day week"),
])
def test_a_group_that_is_the_clause_subject_is_the_figures_group(sentence, group, statement):
    for w in wordings(sentence).values():
        if w.group == "younger voters":
            assert w.statement == "support it"
            continue
        assert (w.group, w.statement) == (group, statement)


def test_the_second_clause_subject_is_its_own_group():
    w = wordings("Older voters oppose the levy 58% - 33%, while younger voters support it 49% - 40%.")
    assert [w[k].group for k in ("58%", "33%", "49%", "40%")] == [
        "Older voters", "Older voters", "younger voters", "younger voters"]


@pytest.mark.parametrize("sentence", [
    "Voters back the rail levy 55% to 35%.",  # the whole sample
    "Likely voters oppose the levy 52% to 40%.",
    "Conservatives back the levy 48% to 40%.",  # a party, not a group of respondents
    "Ohio voters back the levy 52% to 41%.",  # the poll's place
    "Most voters back it 60% to 30%.",
])
def test_the_whole_sample_or_a_name_as_subject_is_no_subgroup(sentence):
    assert {w.group for w in wordings(sentence).values()} == {None}


def test_each_value_of_a_coordinated_pair_takes_its_own_noun():
    w = wordings("Satisfaction with the council was 35% and dissatisfaction 58%, the survey found.")
    assert w["35%"].statement == "Satisfaction with the council"
    assert w["58%"].statement == "dissatisfaction"
    w = wordings("Among renters, approval was 44% and disapproval was 49%.")
    assert (w["44%"].statement, w["44%"].group) == ("approval", "renters")
    assert w["49%"].statement == "disapproval"


def line_wordings(text: str, value: str = r"\d+%?") -> list[tuple[str | None, str | None]]:
    """(statement, group) of every value of a text whose lines are its sentences, in text order."""
    figures = []
    for line in re.finditer(r"[^\n]+", text):
        figures += [(m.start(), m.end(), line.start(), line.end()) for m in re.finditer(value, text)
                    if line.start() <= m.start() < line.end()]
    return [(w.statement, w.group) for w in describe_figures(text, figures)]


@pytest.mark.parametrize(("sentence", "group", "statement"), [
    ("Renters back the new levy 52%, the poll found.", "Renters", "back the new levy"),
    ("Homeowners oppose it 61%.", "Homeowners", "oppose it"),
    ("Retirees favour the plan 55% to 38%.", "Retirees", "favour the plan"),
    ("Suburban commuters support the toll 44%.", "Suburban commuters", "support the toll"),
    ("Latino voters favour Ruiz 48% to 45%.", "Latino voters", "favour Ruiz"),
])
def test_a_subject_naming_a_kind_of_respondent_is_the_group(sentence, group, statement):
    w = wordings(sentence)
    first = next(iter(w.values()))
    assert (first.group, first.statement) == (group, statement)


@pytest.mark.parametrize("sentence", [
    "Conservatives back the plan 40%.",  # a party
    "Germans back the plan 40%.",  # a nation: the whole sample of a national poll
    "Voters back the plan 40%.",  # the whole sample
])
def test_a_party_a_nation_or_the_whole_sample_as_subject_is_no_group(sentence):
    assert wordings(sentence)["40%"].group is None


@pytest.mark.parametrize(("text", "statements"), [
    ("Distrust 58%, the survey found.", ["Distrust"]),
    ("Support: 44%\nOppose: 40%", ["Support", "Oppose"]),
    ("Trust in the regulator is low: distrust 58%.", ["distrust"]),
])
def test_a_lone_verb_that_is_all_the_clause_says_is_the_statement(text, statements):
    assert [s for s, _ in line_wordings(text)] == statements


def test_a_lone_verb_after_another_figure_stays_that_figures():
    w = wordings("Of those polled, 71% support the plan, 20% oppose.")
    assert w["20%"].statement == "oppose"


@pytest.mark.parametrize(("sentence", "statement"), [
    ("OSLO -- The mayor's approval rating fell to 31% this month.", "The mayor's approval rating fell this month"),
    ("LIMA, March 4 (Wire) - Support for the reform rose to 41%, a poll showed.", "Support for the reform rose"),
])
def test_a_dateline_is_not_part_of_the_statement(sentence, statement):
    assert next(iter(wordings(sentence).values())).statement == statement


def test_each_label_of_a_flattened_table_names_its_own_value():
    assert [s for s, _ in line_wordings("Yes 45 No 40 Undecided 15")] == ["Yes", "No", "Undecided"]
    assert [s for s, _ in line_wordings("Labour 30% Green 25% Reform 18%")] == ["Labour", "Green", "Reform"]


def test_a_title_case_little_word_between_values_is_no_label():
    statements = [s for s, _ in line_wordings("Trust In Ferries Rises From 40% To 55% Over A Year")]
    assert "To" not in statements


def test_the_label_of_a_list_line_names_its_value():
    text = "Party vote:\nLabour: 29% (-1)\nNZ First: 6% (steady)\nTe Pāti Māori: 4%"
    assert [s for s, _ in line_wordings(text, r"\d+%")] == ["Labour", "NZ First", "Te Pāti Māori"]


def test_a_line_label_does_not_replace_what_the_line_says_after_the_value():
    assert line_wordings("Fuel: 67% noticed an increase") == [("noticed an increase", None)]


def _sentence_figures(text: str) -> list[tuple[int, int, int, int]]:
    """Each value of the text with the bounds of its own sentence (sentences end at '. ')."""
    figures = []
    for m in VALUE.finditer(text):
        s_start = text.rfind(". ", 0, m.start()) + 2 if ". " in text[:m.start()] else 0
        s_end = text.find(". ", m.end())
        figures.append((m.start(), m.end(), s_start, len(text) if s_end < 0 else s_end + 1))
    return figures


def test_a_value_a_comparison_leaves_without_words_answers_the_question_before_it():
    text = ("Backing for the tram extension has slipped to 61%, from 66% last spring. "
            "Trust in the city council stands at 40%, down from 45%.")
    tram, tram_before, council, council_before = describe_figures(text, _sentence_figures(text))
    assert tram_before.statement == tram.statement == "Backing for the tram extension has slipped"
    assert council_before.statement == council.statement
    assert "city council" in council.statement


def test_a_value_with_words_of_its_own_after_a_comparison_keeps_them():
    text = "Backing for the tram extension has slipped to 61%, while 30% want more buses."
    _, buses = describe_figures(text, _sentence_figures(text))
    assert buses.statement == "want more buses"


def test_another_poll_putting_that_figure_at_a_value_points_back():
    text = ("A survey by one firm found 72% of cyclists want wider lanes. "
            "A second poll put that figure at 68%. A third put the share of drivers agreeing at 31%.")
    first, second, third = describe_figures(text, _sentence_figures(text))
    assert second.statement == first.statement == "want wider lanes"
    assert third.statement != first.statement  # "the share of drivers agreeing" names its own figure


def test_an_attribution_with_its_verb_first_is_no_statement():
    text = "The army remains the most trusted institution, with 63 percent, said pollster Northfield Analytics."
    (w,) = wordings(text).values()
    assert w.statement == "The army remains the most trusted institution"
    assert wordings("Some 63 percent said they trust the army.")["63 percent"].statement == "trust the army"


def test_a_share_whose_number_changed_is_what_its_people_say_not_the_change():
    w = wordings("The number of dairy farmers who see no future for their herds has risen to 64%.")["64%"]
    assert w.statement == "see no future for their herds"
    assert "no future" in w.question_terms  # all of what they say is asked, the negation too
    w = wordings("New poll: share of commuters backing the northern tram line up to 58%")["58%"]
    assert w.statement == "backing the northern tram line"


def test_both_ends_of_a_changed_share_say_the_same():
    w = wordings("The proportion of tenants who want a cap on rents is falling (from 71% to 66%).")
    assert w["71%"].statement == w["66%"].statement == "want a cap on rents"


def test_a_share_named_before_a_value_it_did_not_change_to_keeps_its_words():
    w = wordings("The share of shoppers who said prices had fallen: 40% in the spring poll.")["40%"]
    assert w.statement != "said prices"  # "had fallen" is what they said, not a change leading to 40%
    assert "had fallen" in w.statement


def test_a_pronoun_points_no_further_back_than_the_sentence_before():
    far = ("Some 33% support the new bridge. The council met on Monday. It discussed the harbour plan at length. "
           "About 41% rated it highly.")
    support, rated = describe_figures(far, figures_by_sentence(far))
    assert support.statement == "support the new bridge"
    assert rated.statement == "rated it highly"  # "it" is the harbour plan, not the bridge two sentences back
    near = "Some 33% support the new bridge. About 41% rated it highly."
    assert describe_figures(near, figures_by_sentence(near))[1].statement == "rated the new bridge highly"


def figures_by_sentence(text: str) -> list[tuple[int, int, int, int]]:
    """Each value of the text with the bounds of its sentence (sentences end at a full stop)."""
    sentences = [m.span() for m in re.finditer(r"[^.]+\.", text)]
    return [(m.start(), m.end(), *next(s for s in sentences if s[0] <= m.start() < s[1]))
            for m in VALUE.finditer(text)]


def test_a_share_of_votes_names_no_group():
    w = wordings("The ruling party would get 31% of votes if elections were held next Sunday.")["31%"]
    assert w.group is None


def test_each_item_of_a_dashed_list_takes_its_own_label():
    found = wordings("Approve – 41%, disapprove – 52%, hard to say – 7%.")
    assert [found[v].statement for v in ("41%", "52%", "7%")] == ["Approve", "disapprove", "hard to say"]
    ratings = wordings("Party ratings: the Greens - 12%, the Liberals - 9%.")
    assert [ratings[v].statement for v in ("12%", "9%")] == ["the Greens", "the Liberals"]


def test_a_value_set_off_by_dashes_is_no_list_item():
    assert wordings("Backing for the reform – 64% – keeps growing.")["64%"].statement == "keeps growing"


def test_a_comparison_with_a_qualified_value_borrows_the_predicate():
    w = wordings("Some 79% of farmers back the levy, compared with just 12% of bakers.")
    assert w["12%"].statement == w["79%"].statement == "back the levy"


def test_a_value_before_and_a_qualified_value_borrows_the_predicate_after():
    w = wordings("Roughly 41% of Democrats and about 33% of Republicans are worried about the new rules.")
    assert w["41%"].statement == w["33%"].statement == "are worried about the new rules"


def test_an_earlier_value_named_by_its_poll_borrows_the_predicate():
    w = wordings("Some 61% oppose the new road, up from 55% in a Harbour Research survey earlier this year.")
    assert w["55%"].statement == w["61%"].statement == "oppose the new road"


def test_values_given_respectively_restate_as_many_answers_before_them_in_order():
    text = ("Asked about the ferry, backing it - 61%, against it - 30%. "
            "In May the numbers were 58% and 33% respectively.")
    yes, no, then_yes, then_no = describe_figures(text, _sentence_figures(text))
    assert (then_yes.statement, then_no.statement) == (yes.statement, no.statement)
    assert yes.statement != no.statement


def test_the_label_after_a_bracketed_value_is_the_next_value_s():
    w = wordings("The Farmers' Union would take nearly a quarter of the votes (24.5%), the Greens 11%, the study says.")
    assert w["24.5%"].statement.startswith("The Farmers' Union would take")
    assert "Greens" not in w["24.5%"].question_terms
    assert w["11%"].statement == "the Greens"


def test_how_much_of_the_vote_a_bracketed_value_restates_is_no_question_word():
    w = wordings("The Centre Party now has the backing of about a fifth of voters (21 percent), the institute found.")
    assert "Party now has the backing" in w["21 percent"].question_terms
    assert "fifth" not in w["21 percent"].question_terms


def test_a_name_with_accented_letters_counts_as_words_of_its_own():
    w = wordings("Hnutí Síla up 2 points to 24% in the new poll")
    assert w["2 points"].statement == w["24%"].statement == "Hnutí Síla up"


def test_a_group_added_with_along_with_shares_the_predicate_before():
    w = wordings("Among renters, 64% say the levy has hurt their savings, along with 61% of students.")
    assert w["64%"].statement == w["61%"].statement == "the levy has hurt their savings"
    assert w["61%"].group == "students"


# --- question terms and statements on wordings other outlets paraphrase -----------------------------------
def test_question_terms_keep_the_answer_said_after_six_words():
    w = wordings("In the survey, 44% think the region is moving in the wrong direction.")["44%"]
    assert "wrong" in w.question_terms.split()


def test_a_name_in_a_list_after_a_value_is_the_next_value_s_label():
    w = wordings("Party support: Greens 21%, Liberal Democrats 17%, Farmers by 9%.")
    assert (w["21%"].statement, w["21%"].question_terms) == ("Greens", "Greens")
    assert w["17%"].statement == "Liberal Democrats"


def test_a_clause_joined_by_as_is_another_figure_s():
    assert "Greens" not in wordings("Greens edge ahead as 52% say the city is on the wrong track")["52%"].question_terms
    assert wordings("Liberals extend lead as Greens slip to 17%")["17%"].statement == "Greens slip"
    assert "Mayor" not in wordings("Support for the bridge at 58% as Mayor extends his lead")["58%"].question_terms
    assert wordings("Trams were named as many as 30% of the time")["30%"].statement == "Trams were named"


def test_how_and_when_a_survey_was_done_is_no_question_word():
    for text in ("In the Harbourview Institute's weekly poll released Monday, 38% backed the new tram line.",
                 "According to the Northfield survey of 900 adults conducted from Monday to Friday, 38% backed the "
                 "new tram line.", "The Harbourview Institute said 38% backed the new tram line.",
                 "Civic Lab poll: 38% backed the new tram line"):
        assert wordings(text)["38%"].question_terms == "backed the new tram line", text
    assert "poll" in wordings("In a poll about the tram line, 38% were against.")["38%"].question_terms


def test_when_it_was_found_is_no_question_word():
    w = wordings("Harbourview found last week (May 3-9) that 71% support the tram.")["71%"]
    assert w.question_terms == "support the tram"


def test_an_inverted_speaker_with_a_title_and_a_run_of_filler_say_nothing():
    text = 'Those who want a new stadium make up as little as 5%," says Jan Novak, director of the Civic Lab.'
    w = wordings(text)["5%"]
    assert "Novak" not in w.question_terms and "little" not in w.question_terms
    assert w.statement.startswith("Those who want a new stadium")


@pytest.mark.parametrize(("text", "not_said"), [
    ("Nationally the figure is 40%, so the town is above average.", "average"),
    ("The Farmers had the support of 14% of voters, behind the Greens.", "Greens"),
    ("Trust in the council steady at 40%, AI tools creep in", "tools"),
    ("The ferry has 32% among decided voters, a lead of almost 14 points", "lead"),
    ("Housing: 61% put it top of their list in the Civic Lab poll this month", "poll"),
])
def test_a_clause_after_the_value_that_says_something_else_is_cut(text, not_said):
    value = VALUE.search(text).group()
    assert not_said not in (wordings(text)[value].question_terms or "")


def test_a_title_abbreviation_does_not_end_the_clause():
    w = wordings("Nearly 60% give Gov. Anna Berg positive marks for her job performance.")["60%"]
    assert "Anna Berg positive marks" in w.statement


def test_a_relative_aside_before_the_verb_is_not_the_subject():
    w = wordings("The Farmers' Party, which leads the coalition, polled 14.0 percent, the Greens 11.6 percent.")
    assert w["14.0 percent"].statement == "The Farmers' Party polled"


def test_the_topic_of_a_short_answer_is_what_the_people_named_before_do():
    text = "The share of those who support the ferry plan stood at 58%, while 31% are against."
    assert said(text)[1].statement == "are against the ferry plan"


def test_a_passive_list_gives_each_value_its_own_subject():
    w = wordings("The Greens were backed by 29.3 percent, Farmers by 17.8 percent and the Liberals by 15.1 percent.")
    assert "Farmers" not in w["29.3 percent"].question_terms
    w = wordings("It was a poll in which the ferry was favoured by 61% of residents and the bridge by 31%.")
    assert "bridge" not in w["61%"].question_terms


def test_a_bracketed_value_s_share_of_all_is_no_question_word():
    w = wordings("The mayor's approval is 41%, with half of respondents (50%) disapproving.")["50%"]
    assert "half" not in w.question_terms and "disapproving" in w.question_terms


def test_a_party_named_after_behind_is_the_value_s():
    assert wordings("Labour is seven points behind the Greens on 31%.")["31%"].statement == "the Greens"


def test_bulleted_and_dashed_lines_are_labels():
    text = "Results:\n* Greens: 25% (minus 1 point)\n* Farmers: 24% (plus 1 point)\nYES — 46%\nNO — 43%\n"
    spans = [(m.start(), m.end()) for m in re.finditer(r"\d+%", text)]
    starts = [text.rfind("\n", 0, s) + 1 for s, _ in spans]
    ends = [text.find("\n", e) for _, e in spans]
    got = [describe(text, s, e, ss, se, spans).statement for (s, e), ss, se in zip(spans, starts, ends, strict=True)]
    assert got == ["Greens", "Farmers", "YES", "NO"]


def test_what_is_left_of_a_dateline_says_nothing():
    text = "OSLO, May 21 (Nordnews) -- Support for the tram fell to 41 percent this week."
    start = text.index("41")
    w = describe(text, start, start + 10, text.index("21 ("), len(text), [(start, start + 10)])
    assert w.statement.startswith("Support for the tram fell")


def test_the_clause_of_the_next_figure_after_and_is_not_this_one_s():
    w = wordings("A majority (55%) think the tram is too slow, and satisfaction with the council is down to 38%.")
    assert w["55%"].statement == "think the tram is too slow"


def test_named_by_a_share_as_an_answer_is_the_statement():
    w = wordings("Housing was named by 61% as the most important issue facing the council.")["61%"]
    assert w.statement == "Housing was named as the most important issue facing the council"  # which answer


def test_a_reporting_verb_alone_before_a_value_names_nothing():
    w = wordings("The six-day poll, which ended on Monday, found 60% of adults disapproved of the tram plan.")["60%"]
    assert w.question_terms == "disapproved of the tram plan"


def test_who_commissioned_a_survey_is_no_question_word():
    w = wordings("According to the Civic Lab research, commissioned by the Herald, 61% would support a new vote.")
    assert w["61%"].question_terms == "would support a new vote"


def test_a_party_down_a_point_on_a_share_is_its_name():
    assert wordings("The poll has the Greens down a point on 19%.")["19%"].statement == "the Greens"


def test_what_a_researcher_found_is_no_part_of_the_statement():
    w = wordings("So what we found this year is that trust in the council sits at 43%.")["43%"]
    assert w.statement == "trust in the council sits"


def test_a_figure_said_globally_points_back_at_the_figure_before():
    text = "Trust in the council sits at 43% this year. Globally the figure is 40%, so we are above average."
    first, second = describe_figures(text, _sentence_figures(text))
    assert second.statement == first.statement


def test_who_found_a_share_is_no_question_word():
    w = wordings("The Chamber of Trade (CoT) found 47% expect to hire fewer staff.")["47%"]
    assert w.question_terms == "expect to hire fewer staff"
    assert wordings("Trust in TV shows stood at 40% in May.")["40%"].statement == "Trust in TV shows"


def test_an_answer_word_keeps_its_noun_only():
    w = wordings("In March 31% said their household finances had clearly worsened over the winter.")["31%"]
    assert w.question_terms == "their household finances had clearly worsened"
    assert wordings("Now 62% describe the national economy as bad, prices high.")["62%"].question_terms == (
        "describe the national economy as bad")
    assert wordings("Now 62% think the national economy is in bad shape.")["62%"].question_terms == (
        "think the national economy is in bad shape")


@pytest.mark.parametrize("lead", ["SÃO PAULO — ", "Madrid, Oct 16 (EFE).- "])
def test_a_dateline_with_accents_or_an_agency_after_its_date_says_nothing(lead):
    text = f"{lead}Approval of the mayor stood at 41% this week."
    start = text.index("41%")
    s_start = text.index("Oct") if "Oct" in text else 0
    w = describe(text, start, start + 3, s_start, len(text), [(start, start + 3)])
    assert w.statement.startswith("Approval of the mayor")


def test_a_clause_starting_with_as_after_another_figure_is_the_value_s():
    w = wordings("Liberals lead by 7 points as Greens slip to 17%")
    assert w["17%"].statement == "Greens slip"


def test_an_of_phrase_that_goes_on_naming_the_group_leaves_the_verb_its_statement():
    w = wordings("More than 70% of parents of primary school children support a ban on phones.")["70%"]
    assert w.statement == "support a ban on phones"


def test_a_name_of_short_words_in_a_list_is_its_label():
    w = wordings("Labour was on 32.0% (+0.8), ACT 8.8% (+0.3) and NZ First 9.6% (+1.0).")
    assert w["9.6%"].statement == "NZ First"


# --- tables written with pipes (as trafilatura writes a page's tables) ---------------------------------------------
TRUST_TABLE = ("Trust in institutions, Harbour Institute, May 2026:\n"
               "Institution | Trust | Distrust\nArmy | 90% | 7%\nCourts | 15% | 80%\nThe poll ran in May.")
PAGE_TABLE = "A survey found:\n| Institution | Trust | Distrust | \n|---|---|---|\n| Army | 90% | 7% | \nDone."


def cell_of(text: str, value: str, occurrence: int = 0) -> str | None:
    start = [m.start() for m in re.finditer(re.escape(value), text)][occurrence]
    return table_cell(text, start, start + len(value))


@pytest.mark.parametrize(("text", "value", "expected"), [
    (TRUST_TABLE, "90%", "Army: Trust"),
    (TRUST_TABLE, "80%", "Courts: Distrust"),
    (PAGE_TABLE, "7%", "Army: Distrust"),  # leading pipes and a rule under the header
    ("Party | 2024 | 2026\nGreens | 11% | 14%", "14%", "Greens"),  # years head the columns: no answer in them
])
def test_a_value_in_a_pipe_table_is_its_row_and_column(text, value, expected):
    assert cell_of(text, value) == expected


@pytest.mark.parametrize("text", [
    "Support rose to 45% | Opposition fell to 30% | Politics",  # prose with pipes: a breadcrumb, not a row
    "News | Poll shows 45% back the plan",
    "Approval was 45% among adults.",
])
def test_no_table_cell_outside_a_pipe_table(text):
    assert cell_of(text, "45%") is None


def test_a_table_row_is_described_by_its_row_and_column():
    start = TRUST_TABLE.index("7%")
    wording = describe(TRUST_TABLE, start, start + 2, TRUST_TABLE.index("Army"), TRUST_TABLE.index("\nCourts"),
                       [(m.start(), m.end()) for m in re.finditer(r"\d+%", TRUST_TABLE)])
    assert (wording.statement, wording.question_terms) == ("Army: Distrust", "Army: Distrust")


def test_a_title_case_dateline_with_a_day_before_the_agency_says_nothing():
    text = "Lisbon, Nov 4 (Lusa) - Sixty percent of residents back the new bridge, the survey found."
    start = text.index("Sixty")
    w = describe(text, start, start + 13, 0, len(text), [(start, start + 13)])
    assert w.question_terms == "back the new bridge"
    assert "Lusa" not in (w.question_terms or "")


def test_a_lower_case_label_after_a_value_is_the_next_value_s():
    w = wordings("Ferry plan approval 38%, disapproval 55%; undecided 7%.")
    assert w["38%"].statement == "Ferry plan approval"
    assert w["55%"].statement == "disapproval"
    w = wordings("The harbour was rated clean by 30%, dirty by 64%.")
    assert "dirty" not in w["30%"].question_terms


def test_a_party_by_two_initials_is_its_value_s_label():
    w = wordings("Latest poll: Lab 29%, LD 13%, Grn 9%.")
    assert w["13%"].statement == "LD"


def test_a_verb_after_a_ratio_ends_the_group():
    text = "About 7 in 10 describe the ferry service as poor."
    start = text.index("7 in 10")
    w = describe(text, start, start + 7, 0, len(text), [(start, start + 7)])
    assert w.group is None
    assert w.statement == "describe the ferry service as poor"


def test_the_approval_question_s_wording_leaves_room_for_what_is_approved_of():
    w = wordings("Only 41% approve of the way the mayor is handling the ferry budget, the poll found.")["41%"]
    assert "budget" in w.question_terms


def test_it_after_a_clause_of_thinking_is_that_clause_s_subject():
    text = "Most residents, 61%, believe the ferry levy is hurting the island. Only 12% think it helps."
    spans = [(m.start(), m.end()) for m in VALUE.finditer(text)]
    first_end = text.index(".") + 1
    out = describe_figures(text, [(spans[0][0], spans[0][1], 0, first_end),
                                  (spans[1][0], spans[1][1], first_end + 1, len(text))])
    assert out[1].statement == "think the ferry levy helps"
    assert "hurting" not in out[1].question_terms


def test_a_title_case_dateline_ending_in_a_full_stop_says_nothing():
    text = "Lima, Nov 10 (EFE).- Sixty percent of Peruvians consider that the reform has a negative impact."
    start = text.index("Sixty")
    w = describe(text, start, start + 13, 0, len(text), [(start, start + 13)])
    assert "EFE" not in w.question_terms


def test_a_long_subject_keeps_the_answer_it_names():
    w = wordings("Dissatisfaction with the council's handling of the ferry timetable rose from 40% to 52% this year.")
    assert w["52%"].question_terms.split()[0] == "Dissatisfaction"
    short = wordings("Support for the ferry stood at 52%.")["52%"]
    assert short.question_terms.count("Support") == 1


def test_a_subject_set_apart_from_its_verb_by_an_aside_keeps_its_figure():
    (party,) = said("The Liberals, under their third leader in two years, are stuck on 14%.")
    (region,) = said("Approval in the northern coastal region, a traditional stronghold, was 61%.")
    assert party.statement.startswith("The Liberals") and "under" not in party.statement
    assert region.statement.startswith("Approval in the northern coastal region")


def test_an_aside_in_brackets_stays_with_its_subject():
    (party,) = said("The Pirate Party (PP), the smallest group in the chamber, was unchanged at 4%.")
    assert party.statement.startswith("The Pirate Party (PP)")


def test_a_counted_sample_with_a_thousands_separator_is_the_whole_sample_and_no_statement():
    (m,) = said("Some 41% of the 1,250 respondents, surveyed between May 4 and 6, gave positive marks.")
    assert m.statement == "gave positive marks"
    assert m.group == "1,250 respondents" and is_whole_sample(m.group)


def test_a_lead_over_a_rival_written_as_a_pair_labels_both_values():
    leader, rival = said("The Greens have extended their lead over the Liberals to 54%-46% in the latest survey.")
    assert (leader.statement, rival.statement) == ("The Greens", "the Liberals")
    ahead = said("The Liberals were on 30%, with the Greens ahead 54%-46% after preferences.")[1]
    assert ahead.statement == "the Greens"
