"""A client's poll named again after another firm is mentioned is the poll of the firm the article named running it
for that client ("a survey by Forschungsgruppe Wahlen for ZDF … according to the ZDF poll"). Sentences written for
these tests."""

from __future__ import annotations

from tests.test_attribute import attribute

ARTICLE = ("A Politbarometer survey by Forschungsgruppe Wahlen for public broadcaster ZDF this week put the Greens "
           "at 15 percent. Another survey, by Forsa, had the Left ahead of them for the first time.\n\n"
           "Fully 64 percent of voters want the coalition to end, according to the ZDF poll.")


def test_a_clients_poll_named_after_another_firm_is_its_runners():
    first, later = attribute(ARTICLE, "15 percent", "64 percent", published="2026-05-14")
    assert (first["pollster"], later["pollster"]) == ("Forschungsgruppe Wahlen", "Forschungsgruppe Wahlen")


def test_without_the_client_named_the_last_firm_keeps_the_figure():
    text = ARTICLE.replace(", according to the ZDF poll", "")
    assert attribute(text, "64 percent", published="2026-05-14")[0]["pollster"] == "Forsa"


def test_a_client_tied_to_no_firm_lends_none():
    text = ("The Greens are at 15 percent, the Forsa institute found.\n\n"
            "Fully 64 percent of voters want the coalition to end, according to the ZDF poll.")
    assert attribute(text, "64 percent", published="2026-05-14")[0]["pollster"] != "Forschungsgruppe Wahlen"
