"""Pollsters of countries data/pollsters.csv covered thinly: their names are found and canonicalised, and the
words that look like them in ordinary text are not taken for pollsters."""

from __future__ import annotations

from etl.pollsters import default_matcher


def names(text: str) -> list[str]:
    return [m.pollster.name for m in default_matcher().find(text)]


def test_new_pollsters_and_their_other_names_are_canonicalised():
    text = ("Figures from a Zuban Córdoba survey, the latest Sankei-FNN poll, an Ipsos I&O panel, TVBS "
            "and the weekly poll run by Maurice de Hond were compared with a Nikkei/TV Tokyo survey.")
    assert names(text) == ["Zuban Córdoba y Asociados", "Sankei Shimbun", "I&O Research", "TVBS Poll Center",
                           "Peil.nl", "Nikkei Research"]


def test_longest_name_wins_over_a_shorter_listed_name_inside_it():
    # "Public Opinion Foundation" is Russia's FOM; the Taiwanese foundation's full name contains it
    assert names("The Taiwanese Public Opinion Foundation (TPOF) asked 1,070 adults.") == [
        "Taiwanese Public Opinion Foundation", "Taiwanese Public Opinion Foundation"]


def test_common_words_and_speaker_labels_are_not_taken_for_new_pollsters():
    text = ("Pulse rates rose. Market turmoil hit Linz. SORA PARK: thanks for having me. "
            "The median voter shifted, and the Nikkei closed 1% higher.")
    assert names(text) == []
