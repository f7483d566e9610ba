"""A poll named only by who paid for it ("a poll for broadcaster RTL", "Tonight's TVNZ poll") is not the poll of a
rival firm the article names for another client or another poll; linking gives it the firm the batch names for that
client. Also: a short name before an aside in brackets, and an acronym spelling another story's long name. Sentences
written for these tests."""

from __future__ import annotations

from etl.link import written_shorter
from tests.linked_texts import linked_texts, share_of
from tests.test_attribute import attribute

CLIENT_THEN_RIVAL = ("Support for the Greens has slipped, two polls showed this week.\n\n"
                     "A poll for broadcaster RTL published on Thursday put the Greens at 14% and the SPD at 17%.\n\n"
                     "A Civey poll for the Spiegel magazine released on Monday had the Greens on 12%.")


def test_a_client_named_poll_does_not_take_the_rival_firm_of_another_client():
    greens, spd, rival = attribute(CLIENT_THEN_RIVAL, "14%", "17%", "12%", published="2026-03-12")
    assert (greens["pollster"], spd["pollster"]) == (None, None)
    assert (greens["sponsor"], spd["sponsor"]) == ("RTL", "RTL")  # its own client, not the nearer Spiegel
    assert (rival["pollster"], rival["sponsor"]) == ("Civey", "Spiegel")


def test_a_client_named_poll_does_not_take_a_poll_brought_in_after_it_with_figures():
    text = CLIENT_THEN_RIVAL.replace(" for the Spiegel magazine", "")
    assert attribute(text, "14%", published="2026-03-12")[0]["pollster"] is None


def test_the_firm_named_after_as_running_the_clients_poll_keeps_it():
    text = CLIENT_THEN_RIVAL.replace("A Civey poll for the Spiegel magazine released on Monday had the Greens on 12%.",
                                     "The survey of 1,250 voters was carried out by Forsa.")
    assert attribute(text, "14%", published="2026-03-12")[0]["pollster"] == "Forsa"


def test_the_same_client_written_otherwise_keeps_its_firm():
    text = ("A YouGov survey for The Sunday Post put the SNP on 33% last month.\n\n"
            "The Sunday Post poll also had Labour on 29%.")
    assert attribute(text, "29%", published="2026-03-12")[0]["pollster"] == "YouGov"


def test_a_poll_named_by_the_day_it_aired_and_its_channel_is_that_clients():
    text = ("Tonights ITV poll has Labour on 31% and Reform on 27%.\n\n"
            "A More in Common poll last week had Reform ahead on 30%.")
    labour, reform = attribute(text, "31%", "27%", published="2026-03-12")
    assert (labour["pollster"], labour["sponsor"]) == (None, "ITV")
    assert reform["pollster"] is None


def test_a_figure_after_a_poll_cited_in_passing_goes_back_to_the_clients_poll():
    text = ("A poll for the Western Courier has the Liberals on 36% and Labor on 33%.\n\n"
            "A Redbridge poll last week had Labor on 35%.\n\n"
            "The Greens are on 12%.")
    greens = attribute(text, "12%", published="2026-03-12")[0]
    assert (greens["pollster"], greens["sponsor"]) == (None, "Western Courier")


def test_a_short_name_before_an_aside_in_brackets_runs_the_poll():
    text = ("Resolve (for the Nine papers, in the field from Wednesday) had the Coalition on 31 per cent.\n\n"
            "Last night's Newspoll had Labor on 35 per cent.")
    coalition = attribute(text, "31 per cent", published="2026-03-12")[0]
    assert (coalition["pollster"], coalition["sponsor"]) == ("Resolve Strategic", "Nine")


def test_an_unlisted_acronym_spelling_a_long_name_of_the_batch_joins_it():
    assert written_shorter({"angus reid institute", "ari", "leger"}) == {"ari": "angus reid institute"}
    assert written_shorter({"angus reid institute", "abc"}) == {}  # no initials of it
    assert written_shorter({"ari", "angus reid institute", "arab reform initiative"}) == {}  # two long names: neither


def test_linking_gives_a_client_named_poll_the_firm_the_batch_names_for_that_client():
    own = ("A survey by Forsa for broadcaster RTL, conducted from 3 to 5 March, put the Greens at 14% and the SPD at "
           "17%.")
    linked = linked_texts(own, CLIENT_THEN_RIVAL)
    assert share_of(linked, "s1", 14)["figure_id"] == share_of(linked, "s0", 14)["figure_id"]
    assert share_of(linked, "s1", 12)["survey_id"] != share_of(linked, "s0", 14)["survey_id"]


def test_a_firm_named_before_with_one_client_keeps_the_poll_named_for_another():
    text = ("A Redfield & Wilton poll for the Telegraph put Reform on 30%. "
            "The poll for GB News found 44% backing the cap.")
    first, second = attribute(text, "30%", "44%", published="2026-05-10")
    assert first["pollster"] == second["pollster"] == "Redfield & Wilton Strategies"
    assert second["sponsor"] == "GB News"


def test_figures_after_a_client_named_poll_line_are_not_a_later_rival_s():
    text = ("6.30pm\nTonight's Sky News poll is out. Top line: Labor 36%, Coalition 31%.\n\n"
            "7.10pm\nA RedBridge Group poll last week had it closer: Labor 34%, Coalition 33%.")
    labor, rival = attribute(text, "36%", "34%", published="2026-06-10")
    assert labor["pollster"] is None
    assert rival["pollster"] == "RedBridge Group"
