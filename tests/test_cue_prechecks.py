"""The cheap tests run before costly patterns must never change what the patterns find."""

import re
from types import SimpleNamespace

from etl import cues
from etl.attribute import FIELDWORK_AGENCY, ArticleContext

WHOLE_OTHER_QUANTITY = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in cues.OTHER_QUANTITY_CUES.items()))


def _found(match: re.Match | None) -> tuple | None:
    return match and (match.span(), match.lastgroup)


def test_other_quantity_cues_searched_by_their_words_find_what_all_of_them_find():
    befores = ["traders now put her chances of winning at ", "grocery prices are set to rise by about ",
               "the economy contracted by ", "the striker completed just ", "the official rate is ",
               "the polls overstated his lead by close to ", "support for the plan stands at ", ""]
    for before in befores:
        assert _found(cues.other_quantity_before(before)) == _found(WHOLE_OTHER_QUANTITY.search(before))
    assert cues.other_quantity_before(befores[1]).lastgroup == "forecast"
    assert cues.other_quantity_before(befores[-2]) is None


def test_no_other_quantity_word_opens_another():
    words = [word for cue_words in cues.OTHER_QUANTITY_CUE_WORDS.values() for word in cue_words]
    assert not any(a != b and b.startswith(a) for a in words for b in words)


def test_sentence_prechecks_agree_with_their_patterns():
    for text in ["the Bruins beat the Rangers 4-2 on Saturday", "They sit top of the league table", "at half-time",
                 "the consumer confidence index fell to -20", "a PMI reading of 51.2", "Labour is on 31%"]:
        folded = text.lower()
        assert cues.tells_sports_standing(folded, 0, len(folded)) == bool(cues.SPORTS_STANDING.search(folded))
        assert cues.names_index(folded, 0, len(folded)) == bool(cues.INDEX_WORDS.search(folded))


def test_fieldwork_agencies_tried_at_their_openings_are_the_whole_search():
    texts = ["Fieldwork was carried out by the Riga firm SKDS. The survey was done for the Herald by Survation.",
             "The thinktank commissioned YouGov to survey 2,000 adults, polled by Opinium on behalf of the Observer.",
             "Some 1,000 people were interviewed through the polling firm Kantar Public, undone for nobody.",
             "Afrobarometer's national partner, the CDD, interviewed 1,200 adults.",
             "Ipsos Kenya, the national partner of the network, polled 1,500 people."]
    for text in texts:
        context = SimpleNamespace(text=text)
        assert [(m.span(), m.groupdict()) for m in ArticleContext._fieldwork_agency_matches(context)] == [
            (m.span(), m.groupdict()) for m in FIELDWORK_AGENCY.finditer(text)]
