"""Pollsters the list lacks, named in the ways wire copy names them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from etl.pollsters import default_matcher
from tests.test_attribute import attribute


@pytest.mark.parametrize("text", [
    "Pollster Brand Matrix found 41% backing the plan.",
    "Polling firm Brand Matrix found 41% backing the plan.",
    "The poll, by Brand Matrix, found 41% backing the plan.",
])
def test_an_unlisted_pollster_introduced_as_one_is_the_pollster(text):
    (share,) = attribute(text, "41%", published="2026-05-16")
    assert (share["pollster"], share["sponsor"]) == ("Brand Matrix", None)


def test_a_near_match_must_hold_beyond_the_words_many_names_share():
    assert default_matcher().closest("Mori Research") is None  # not "UMR Research" (Talbot Mills)
    assert default_matcher().closest("Baltijos Tyrimi").name == "Baltijos Tyrimai"  # a typo still is
    (share,) = attribute("A poll by Mori Research has the ANC at 41%.", "41%", published="2026-05-16")
    assert share["pollster"] == "Mori Research"


@pytest.mark.parametrize("text", [
    "Brand Matrix, a Lagos-based polling firm, found 41% backing the plan.",
    "According to Brand Matrix, a polling company, 41% back the plan.",
])
def test_a_name_described_as_a_polling_firm_in_an_aside_is_the_pollster(text):
    (share,) = attribute(text, "41%", published="2026-05-16")
    assert share["pollster"] == "Brand Matrix"


def test_a_person_described_as_a_pollster_is_no_pollster():
    (share,) = attribute("Frank Lutz, a veteran pollster, said 41% back the plan.", "41%", published="2026-05-16")
    assert share["pollster"] is None
