"""Statements that must not be a comment on the figure, a survey's own verb or a merged clause,
on sentences written for these tests."""

import re

from etl.statements import GAPPED_DASH, describe_figures

VALUE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per cent|percent)")
SENTENCE = re.compile(r"[^.]+\.?\s*")


def wordings(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each value of a text (by its text, primed when repeated) -> (statement, group), its sentences split
    at full stops."""
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(text)]
    figures = []
    for m in VALUE.finditer(text):
        s_start, s_end = next((a, b) for a, b in sentences if a <= m.start() < b)
        figures.append((m.start(), m.end(), s_start, s_end))
    out: dict[str, tuple[str | None, str | None]] = {}
    for (start, end, _, _), wording in zip(figures, describe_figures(text, figures), strict=True):
        key = text[start:end]
        while key in out:
            key += "'"
        out[key] = (wording.statement, wording.group)
    return out


def test_a_comment_after_a_dash_is_not_what_the_share_said():
    assert not GAPPED_DASH.match(" – a number that alarms the party")
    assert not GAPPED_DASH.match(" — the highest in a decade")
    assert GAPPED_DASH.match(" – when asked again")  # a gapped clause still is one


def test_a_group_share_told_by_a_pronoun_takes_the_figure_before():
    said = wordings("Last month the tracker had Ana Costa on 29%. Among students she reaches 44% – a number "
                    "that alarms her rivals.")
    assert said["44%"] == ("Ana Costa", "students")


def test_a_pronoun_with_nothing_before_it_stays_wordless():
    statement, group = wordings("Among farmers, it reaches 51%.")["51%"]
    assert statement is None and group == "farmers"


def test_a_verdict_after_a_comma_ends_the_statement():
    said = wordings("The share of voters who rate the council as good was 33%, practically unchanged compared "
                    "with 34%.")
    assert said["33%"][0] == "The share of voters who rate the council as good"
    assert said["34%"][0] == "The share of voters who rate the council as good"
    assert wordings("Some 48% back the tunnel, statistically a tie with the bridge.")["48%"][0] == "back the tunnel"
    assert wordings("Another 57% call the service poor, the worst result since 2015.")["57%"][0] == (
        "call the service poor")


def test_a_pronoun_for_a_thing_rated_as_something_is_not_replaced_by_the_thing_and_its_rating():
    said = wordings("Some 45% rate the mayor as weak, while 20% called it fair.")
    assert said["20%"][0] == "called it fair"


def test_a_survey_giving_its_reading_is_not_the_statement():
    assert wordings("A Norstat poll for the daily had support for the levy at 37%.")["37%"][0] == (
        "support for the levy")
    assert wordings("The new survey puts the Greens on 14%.")["14%"][0] == "the Greens"
    assert wordings("The regional institute had measured trust in the courts at 52%.")["52%"][0] == (
        "trust in the courts")


def test_a_survey_that_put_him_somewhere_leaves_the_statement_to_other_words():
    assert wordings("The survey put him on 30%.")["30%"][0] is None


def test_a_rating_that_had_been_is_no_survey_reading():
    statement = wordings("His best score in the poll had been 61% in May.")["61%"][0]
    assert statement is not None and "best score" in statement


def test_an_aside_about_the_group_is_not_the_statement():
    text = "Among rural voters, a bloc that backs the opposition, only 19% approve of the plan."
    start = text.index("19%")
    [wording] = describe_figures(text, [(start, start + 3, 0, len(text))])
    assert (wording.statement, wording.group) == ("approve of the plan", "rural voters")
    assert wording.question_terms == "approve of the plan"  # not "backs the opposition": the group's, not asked
    said = wordings("In the capital, the statement is clearer, at 58%.")
    assert said["58%"][0] == "the statement is clearer"  # a clause with a verb is the figure's own


def test_a_person_told_by_a_pronoun_takes_no_figure_that_names_no_one():
    said = wordings("Approval of the mayor was 40%. The firm measured disapproval at 52%. Among women she gets 47%.")
    assert said["47%"] == (None, "women")


def test_an_aside_after_a_group_with_and_in_it():
    text = "Among those aged 18 and over, a generation that grew up online, only 12% read a paper."
    start = text.index("12%")
    [wording] = describe_figures(text, [(start, start + 3, 0, len(text))])
    assert wording.question_terms == "read a paper"


def test_a_tie_or_a_record_after_a_comma_is_a_comment_and_a_paired_pollster_an_attribution():
    assert wordings("Some 44% back the mayor, a statistical tie with her rival.")["44%"][0] == "back the mayor"
    assert wordings("Support for the plan fell to 29%, lowest on record.")["29%"][0] == "Support for the plan fell"
    assert wordings("While 51% oppose the tax, a CNN/SSRS poll showed on Friday.")["51%"][0] == "oppose the tax"


def test_a_stance_noun_after_with_takes_the_subject_of_its_clause():
    assert wordings("The senate did even worse, with just 9% approval.")["9%"][0] == "approval of the senate"
    assert wordings("It did even worse, with just 9% approval.")["9%"][0] == "approval"  # whose, it does not say
