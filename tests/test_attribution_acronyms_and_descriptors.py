"""Attribution rules, on sentences written for these tests: a long name with its short form in
brackets, unlisted pollsters introduced by a research organisation's kind, by "findings released by", by a
weekday before "by", and by a clause that opens another poll ("In a separate poll, X found")."""

from __future__ import annotations

from etl.pollsters import default_matcher
from tests.test_attribute import attribute


def test_a_listed_long_name_takes_the_pollster_of_its_bracketed_short_form():
    text = ("Most Poles oppose the plan, according to the state-funded Public Opinion Research Centre (CBOS). "
            "The survey found that 61 percent were against it.")
    (figure,) = attribute(text, "61 percent", published="2026-05-02")
    assert figure["pollster"] == "CBOS"


def test_an_unlisted_name_is_also_found_by_its_bracketed_short_form():
    text = ("The study, carried out by the research organisation Harbourside Institute of Civic Studies (HICS), "
            "covered 900 adults.\n\nAccording to HICS, 44% trust the council.")
    (figure,) = attribute(text, "44%", published="2026-05-02")
    assert figure["pollster"] == "Harbourside Institute of Civic Studies (HICS)"  # both forms (_one_form_per_body)


def test_findings_released_by_an_unlisted_firm_name_it_as_the_pollster():
    text = ("Seven in ten residents back the ferry link, according to findings released by Tidewater Analytics "
            "Group.\n\nThe survey found 31% would use it weekly.")
    (figure,) = attribute(text, "31%", published="2026-05-02")
    assert figure["pollster"] == "Tidewater Analytics Group"


def test_a_weekday_between_released_and_by_still_names_the_pollster():
    text = "Some 58 percent favour the tax, according to a survey released Monday by the Orchard Policy Forum."
    (figure,) = attribute(text, "58 percent", published="2026-05-02")
    assert figure["pollster"] == "Orchard Policy Forum"


def test_a_clause_opening_another_poll_names_its_pollster_before_found():
    text = ("Approval stood at 41%, a survey by Ipsos showed.\n\nIn a separate poll, Kestrel Africa found 37% "
            "approval.\n\nAnother firm, Veldmark, found 35% in a poll for a weekly.")
    first, second, third = attribute(text, "41%", "37%", "35%", published="2026-05-02")
    assert first["pollster"] == "Ipsos"
    assert second["pollster"] == "Kestrel Africa"
    assert third["pollster"] == "Veldmark"


def test_a_name_before_a_survey_published_by_an_outlet_ran_that_survey():
    text = ("Half of voters approve of the mayor, according to a Quorvex survey published by the weekly Harbour "
            "Times. Some 27% disapprove.")
    (figure,) = attribute(text, "27%", published="2026-05-02")
    assert figure["pollster"] == "Quorvex"


def test_spain_s_state_pollster_is_listed_with_the_short_form_the_press_uses():
    (match,) = default_matcher().find("The Centre for Sociological Research gave the party 31%.")
    assert match.pollster.name == "Centro de Investigaciones Sociológicas (CIS)"


def test_a_place_before_the_kind_of_body_is_not_taken_for_the_pollster():
    text = ("Some 46% back the bill, according to the poll by Lusaka-based research group Copperbelt Civic "
            "Watch.")
    (figure,) = attribute(text, "46%", published="2026-05-02")
    assert figure["pollster"] == "Copperbelt Civic Watch"


def test_the_firm_or_a_rival_before_an_unlisted_name_is_its_kind_not_its_name():
    text = ("Some 61% would vote yes, according to a poll by the firm Andavo.\n\n"
            "A separate survey, by rival Quillmark Data, showed 52% support.")
    first, second = attribute(text, "61%", "52%", published="2026-05-02")
    assert first["pollster"] == "Andavo"
    assert second["pollster"] == "Quillmark Data"
