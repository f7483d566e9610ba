"""A client the article names as who paid ("a poll for broadcaster RTL") is no pollster where it is written again
before "survey" ("the RTL survey found"), and a poll named only by its joint clients ("a poll for NPR and CNN") is
the poll of the firm the batch names for one of them. Sentences written for these tests."""

from __future__ import annotations

from etl.link import _joint_clients_pollster
from tests.linked_texts import linked_texts, share_of
from tests.test_attribute import attribute

TWO_CLIENTS = ("A poll for broadcaster RTL released on Monday put the SPD at 17%, two points behind the Greens.\n\n"
               "An Ipsos survey for Der Spiegel published on Wednesday had the SPD on 15%.\n\n"
               "Just 31% of voters back the pension reform, the RTL survey found.")


def test_a_client_written_again_before_survey_is_not_the_pollster():
    first, later = attribute(TWO_CLIENTS, "17%", "31%", published="2026-04-09")
    assert later["pollster"] is None
    assert later["sponsor"] == "RTL"
    assert first["pollster"] is None  # not Ipsos, which ran another client's poll after it


def test_a_firm_running_the_clients_poll_keeps_it():
    text = TWO_CLIENTS.replace("A poll for broadcaster RTL", "A Forsa poll for broadcaster RTL")
    first, later = attribute(text, "17%", "31%", published="2026-04-09")
    assert first["pollster"] == "Forsa"
    assert later["pollster"] != "RTL"


def test_a_poll_named_by_the_evening_it_aired_is_its_clients():
    text = ("Sunday night's Herald poll had Labour on 29%, a point ahead of Reform.\n\n"
            "A YouGov poll for The Times earlier in the week showed Reform on 27%.")
    first = attribute(text, "29%", published="2026-03-16")[0]
    assert first["pollster"] is None
    assert first["sponsor"] == "Herald"


def test_joint_clients_take_the_one_firm_named_for_them():
    paid_for = {"cnn": "ssrs", "the hill": "emerson college"}
    assert _joint_clients_pollster({"pollster": None}, "npr and cnn", paid_for) == "ssrs"
    assert _joint_clients_pollster({"pollster": None}, "cnn and the hill", paid_for) is None  # two firms: neither
    assert _joint_clients_pollster({"pollster": "Gallup"}, "npr and cnn", paid_for) is None  # its own firm named
    assert _joint_clients_pollster({"pollster": None}, "abc news", paid_for) is None


def test_a_poll_for_joint_clients_links_to_their_firms_poll():
    own = ("The president's approval has fallen to 39%, according to a new CNN/SSRS poll. The survey of 1,204 adults "
           "was conducted June 3 to 5. Another 58% disapprove.")
    joint = "A poll for NPR and CNN put the president's approval at 39%."  # one figure: too few to match on
    linked = linked_texts(own, joint, published="2026-06-07")
    assert share_of(linked, "s1", 39)["figure_id"] == share_of(linked, "s0", 39)["figure_id"]
