"""Who ran a survey, however the article words it: headline labels, shortened names, outlet/pollster slashes,
pollsters that "put" or "have" a figure, transcripts' second polls. Sentences written for these tests."""

from __future__ import annotations

from etl.pollsters import default_matcher
from tests.test_attribute import attribute


def test_headline_label_names_the_unknown_poll_as_its_pollster():
    text = ("Brightwell: trust in parliament falls to 22%\n\n"
            "Trust in parliament fell to 22%, according to a Brightwell survey released on Monday. "
            "Among pensioners, 30% trust it.")
    rows = attribute(text, "22%", "22%", "30%", title="Brightwell: trust in parliament falls to 22%")
    assert [m["pollster"] for m in rows] == ["Brightwell"] * 3
    assert all(m["sponsor"] is None for m in rows)  # the pollster is not also its own sponsor


def test_headline_label_that_is_no_poll_name_is_not_a_pollster():
    text = ("Comment: trust keeps falling\n\nTrust in parliament fell to 22%, according to a Brightwell survey "
            "released on Monday.")
    (m,) = attribute(text, "22%", title="Comment: trust keeps falling")
    assert m["pollster"] is None


def test_headline_label_at_the_end_after_a_dash():
    text = "Trust in parliament falls - Brightwell\n\nSome 22% trust parliament, a new Brightwell poll shows."
    (m,) = attribute(text, "22%", title="Trust in parliament falls - Brightwell")
    assert m["pollster"] == "Brightwell"


def test_a_pollster_that_puts_a_figure_is_the_one_reporting_it():
    text = ("The Genial/Quaest poll found 47% approving of the president. Quaest talked to 2,000 voters. "
            "Among the poorest families, Datafolha puts his rating at 39%. Among evangelicals, it is 22%.")
    rows = attribute(text, "47%", "39%", "22%")
    assert [m["pollster"] for m in rows] == ["Quaest", "Datafolha", "Datafolha"]


def test_two_pollsters_reporting_in_one_sentence_each_keeps_its_figure():
    (first, second) = attribute("YouGov has the Greens on 12%, while Savanta puts them on 9%.", "12%", "9%")
    assert first["pollster"] == "YouGov"
    assert second["pollster"] == "Savanta ComRes"


def test_shortened_name_of_a_pollster_named_in_full_earlier():
    text = ("An Emerson College poll found 41 percent approve of the mayor. Earlier this week, a Quinnipiac "
            "University poll found his approval at 38 percent. In the Emerson poll, 45 percent named housing "
            "as the top issue.")
    rows = attribute(text, "41 percent", "38 percent", "45 percent")
    assert [m["pollster"] for m in rows] == [
        "Emerson College Polling", "Quinnipiac University Poll", "Emerson College Polling"]


def test_outlet_slash_shortened_pollster_is_the_listed_pollster():
    text = ("Voters are split on the budget, according to a New York Times/Siena poll. Some 42 percent back it, "
            "the poll found. That is below the 47 percent Gallup recorded in March.")
    rows = attribute(text, "42 percent", "47 percent")
    assert [m["pollster"] for m in rows] == ["Siena College Research Institute", "Gallup"]


def test_shortened_listed_name_only_where_the_rest_is_generic():
    matcher = default_matcher()
    tail = frozenset(["college", "research", "institute", "polling", "university"])
    assert matcher.extended("Siena", tail).name == "Siena College Research Institute"
    assert matcher.extended("Reuters", tail) is None  # "Reuters/Ipsos": the rest is another name
    assert matcher.extended("Nowhere", tail) is None


def test_transcript_speaker_then_another_poll():
    text = ("PRESENTER: The latest Newspoll has Labor on 35 per cent.\n\n"
            "REPORTER: The Kestrel survey, meanwhile, puts the Coalition at 26 per cent.")
    rows = attribute(text, "35 per cent", "26 per cent")
    assert [m["pollster"] for m in rows] == ["Newspoll", "Kestrel"]


def test_infotrak_is_a_listed_pollster():
    (m,) = attribute("An Infotrak poll commissioned by a media group showed 52% of Kenyans disapproving.", "52%")
    assert m["pollster"] == "Infotrak Research and Consulting"


def test_release_boilerplate_commissioned_by_one_and_conducted_by_another():
    text = ("Nearly half of renters (46%) have delayed a repair to save money, according to a survey commissioned by "
            "the app Homely. The survey of 2,000 adults was commissioned by Homely and conducted by Larchfield "
            "Insights between 3 and 6 March.")
    (m,) = attribute(text, "46%")
    assert m["pollster"] == "Larchfield Insights"


def test_a_sentence_naming_only_the_publisher_takes_who_ran_its_survey():
    text = ("Most Americans (58%) back free trade, according to the 2025 Chicago Council Survey.\n\n"
            "The survey, conducted by Ipsos, found 47% of Republicans agree.")
    rows = attribute(text, "58%", "47%")
    assert [m["pollster"] for m in rows] == ["Ipsos", "Ipsos"]
    assert rows[0]["sponsor"] == "Chicago Council on Global Affairs"
