"""A poll named only by who paid for it is not the poll of a firm named nearby for another client: outlets whose
names share only an article ("La Stampa", "La Repubblica") are two clients, and a client written again as the
owner of figures ("the Herald's numbers") keeps them from a firm named before for someone else. Sentences
written for these tests."""

from __future__ import annotations

from tests.test_attribute import attribute

TWO_PAPERS = ("A poll for daily La Stampa published on Tuesday showed the Brothers of Italy on 29.5%, with the "
              "Democrats on 22.4%.\n\n"
              "A Demos survey for La Repubblica released on Sunday had the Brothers of Italy on 30.1%.")


def test_outlets_sharing_only_an_article_are_two_clients():
    first, second = attribute(TWO_PAPERS, "29.5%", "30.1%", published="2027-03-04")
    assert first["pollster"] is None  # not Demos, which ran the other paper's poll
    assert first["sponsor"] == "La Stampa"
    assert second["pollster"] == "Demos"


def test_one_outlet_written_two_ways_keeps_its_firm():
    text = TWO_PAPERS.replace("La Repubblica", "La Stampa's weekend edition")
    first = attribute(text, "29.5%", published="2027-03-04")[0]
    assert first["pollster"] == "Demos"


THE_HERALDS_NUMBERS = ("Friday night's Herald poll put Labour on 31%, two points ahead of the SNP.\n\n"
                       "A Survation poll for the Daily Record earlier in the week showed the SNP on 33%.\n\n"
                       "The Conservatives were on 12% in the Herald's numbers.")


def test_a_clients_own_numbers_are_not_a_rival_firms():
    later = attribute(THE_HERALDS_NUMBERS, "12%", published="2027-05-08")[0]
    assert later["pollster"] is None
    assert later["sponsor"] == "Herald"


def test_figures_after_a_firm_named_for_the_same_client_stay_its():
    text = THE_HERALDS_NUMBERS.replace("for the Daily Record", "for the Herald")
    later = attribute(text, "12%", published="2027-05-08")[0]
    assert later["pollster"] == "Survation"
