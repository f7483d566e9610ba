"""Pollster attribution in articles citing several polls: a rival poll cited in passing, sources named after the
figures, publishers and clients that are not the pollster (sentences written for these tests)."""

from __future__ import annotations

from tests.test_attribute import attribute


def test_figures_after_a_separate_poll_cited_in_passing_go_back_to_the_main_poll():
    text = ("Labour has slipped to 24%, a Deltapoll survey for a Sunday paper found.\n\n"
            "A separate Ipsos survey last month put the party at 21%.\n\n"
            "Among women, 27% back Labour.")
    main, rival, later = attribute(text, "24%", "21%", "27%", published="2026-03-01")
    assert (main["pollster"], rival["pollster"], later["pollster"]) == ("Deltapoll", "Ipsos", "Deltapoll")


def test_earlier_polling_that_had_shown_a_figure_is_a_passing_mention():
    text = ("The Conservatives are on 41 per cent, according to Abacus Data. "
            "Earlier polling by Nanos Research had shown the Liberals on 40 per cent. "
            "The NDP is at 8 per cent.")
    *_, ndp = attribute(text, "41 per cent", "40 per cent", "8 per cent", published="2026-03-01")
    assert ndp["pollster"] == "Abacus Data"


def test_a_finding_in_line_with_another_pollsters_goes_back_to_the_title_pollster():
    text = ("Some 52% of renters say they cannot save. That is in line with Gallup's finding of 49% last year. "
            "Among renters under 30, 61% say so.")
    *_, young = attribute(text, "52%", "49%", "61%", published="2026-03-01", title="Pew: renters cannot save")
    assert young["pollster"] == "Pew Research Center"


def test_a_sentence_going_on_about_the_passing_poll_keeps_it():
    text = ("Labour is on 24% in the Deltapoll survey. A separate Ipsos survey put the party at 21%. "
            "It also had the Greens on 12%.")
    *_, greens = attribute(text, "24%", "21%", "12%", published="2026-03-01")
    assert greens["pollster"] == "Ipsos"


def test_another_poll_introduced_without_its_figures_owns_the_next_ones():
    text = ("Forsa has the SPD at 15%. Another survey by INSA, published on Monday, showed a different picture. "
            "The SPD was at 13%.")
    _, insa = attribute(text, "15%", "13%", published="2026-03-01")
    assert insa["pollster"] == "INSA"


def test_a_pollster_named_again_is_no_passing_mention():
    text = ("Labour is on 24% in the Deltapoll survey. In a rival Opinium poll last week Labour was on 22%. "
            "Opinium also asked about the budget. Some 40% oppose it.")
    *_, budget = attribute(text, "24%", "22%", "40%", published="2026-03-01")
    assert budget["pollster"] == "Opinium"


def test_a_value_before_a_clause_bringing_in_another_poll_is_not_that_polls():
    text = ("Forsa found the CDU on 26%. Only 21% were content with the government, the pollster said, "
            "while a separate poll by YouGov found 68% dissatisfied.")
    _, content, dissatisfied = attribute(text, "26%", "21%", "68%", published="2026-03-01")
    assert (content["pollster"], dissatisfied["pollster"]) == ("Forsa", "YouGov")


def test_a_sentence_giving_the_source_of_the_figures_before_it_names_their_pollster():
    text = ("A YouGov poll on Monday had Labour on 22%.\n"
            "Reform is on 30% and the Conservatives on 17%. That is according to the latest Opinium survey.")
    _, reform, _ = attribute(text, "22%", "30%", "17%", published="2026-03-01")
    assert reform["pollster"] == "Opinium"


def test_newspapers_that_published_a_poll_are_its_publisher_not_its_pollster():
    text = ("One Nation reached a record in the Resolve Political Monitor, a survey published by Nine newspapers. "
            "Its primary vote rose to 12%, according to the poll.")
    (share,) = attribute(text, "12%", published="2026-03-01")
    assert share["pollster"] == "Resolve Strategic"


def test_a_client_that_commissioned_a_pollster_is_the_sponsor():
    text = ("Nearly 60% of tenants fear eviction, according to research by the Shelterwell Trust. "
            "The charity commissioned YouGov to survey 2,000 renters in May.")
    (share,) = attribute(text, "60%", published="2026-03-01")
    assert (share["pollster"], share["sponsor"]) == ("YouGov", "Shelterwell Trust")


def test_a_poll_cited_in_passing_publishes_nothing_for_the_fieldwork_agency():
    text = ("A survey commissioned by Northfield University and conducted by SSRS found 63% worry about rent. "
            "That is in line with Pew Research Center's finding that 69% see housing as a major problem.")
    _, pew = attribute(text, "63%", "69%", published="2026-03-01")
    assert pew["pollster"] == "Pew Research Center"


def test_redbridge_is_a_listed_pollster_but_not_the_london_borough():
    text = "Earlier polling by RedBridge Group had put One Nation on 18 per cent in regional Queensland."
    (share,) = attribute(text, "18 per cent", published="2026-03-01")
    assert share["pollster"] == "RedBridge Group"
    text = ("A Savanta poll for the council found 61% of residents in Redbridge opposed the rise, "
            "while 30% in Redbridge backed it.")
    assert [c["pollster"] for c in attribute(text, "61%", "30%", published="2026-03-01")] == ["Savanta ComRes"] * 2
