"""The package publishes short labels of what articles say, never their sentences."""

import json
import re

import numpy as np
import pandas as pd

from etl.cli import main
from etl.link import stable_id
from etl.tables import (
    SHORT_TEXT_CHARS,
    _text_codes,
    aggregate_figures,
    build_tables,
    citation_id,
    short_text,
    tell_apart,
)

LONG_TITLE = "Residents of the harbour town overwhelmingly back the plan to rebuild the old pier, poll finds"
ARTICLE = {
    "id": "pier", "url": "https://example.org/pier", "outlet": "Example Gazette", "published": "2024-06-01",
    "title": LONG_TITLE,
    "text": (f"{LONG_TITLE}\n\nA survey by Ipsos of 1,000 residents, carried out in May 2024, found that 64% of "
             "residents of the harbour town would like the council to rebuild the old pier before the start of the "
             "next summer season, while 21% said the money should go to the library instead."),
}


def test_short_text_cuts_at_a_word_boundary():
    assert short_text("  support   the bridge ") == "support the bridge"
    assert short_text(None) is None and short_text("  ") is None
    cut = short_text(LONG_TITLE)
    assert len(cut) <= SHORT_TEXT_CHARS and cut.endswith("…")
    assert LONG_TITLE.startswith(cut[:-1]) and not cut[:-1].endswith(" ")


def test_built_package_holds_no_article_sentence(tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    out = tmp_path / "pkg"
    assert main(["build", str(source), "--out", str(out), "--rebuild"]) == 0
    published = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.csv"))
    assert "64" in (out / "citations.csv").read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", ARTICLE["text"]) if len(s) > SHORT_TEXT_CHARS]
    assert len(sentences) == 2
    assert not any(s[:SHORT_TEXT_CHARS] in published for s in sentences)


def test_citation_id_is_the_stable_id_of_its_parts():
    """citation_id hashes its key directly when it can; the ids must stay stable_id's."""
    for parts in [("0123456789abcdef", 10, 13, "share"), ("0123456789ABCDEF", 0, 0, "margin_of_error"),
                  (" Two  words ", 5, 9, "change"), ("0123456789abcdef", True, 3, "share"),
                  ("0123456789abcdef", 1, 2, "Share"), (None, 1, 2, "sample_size")]:
        assert citation_id(*parts) == stable_id(*parts), parts


def test_text_codes_match_converting_every_value_to_text():
    for values in (pd.Series(["b", None, "a", "b"], dtype="str"), pd.Series([1000.0, np.nan, 1e-05, 1000.0]),
                   pd.Series([0.0, -0.0, 2.0]), pd.Series(["2024-05", None, 3], dtype="object")):
        codes, texts = _text_codes(values)
        present = values.notna().to_numpy()
        assert (codes >= 0).tolist() == present.tolist()
        assert [texts[c] for c in codes[present]] == values[present].astype(str).tolist()
        assert len(set(texts[codes[present]])) == len(set(codes[present]))  # one code per distinct text


def test_a_figure_is_named_by_the_wording_its_outlets_share_not_by_a_headline():
    statements = ["Voters Fear Soaring Rents In The Capital", "fear that rents will keep rising",
                  "are afraid rents will rise again", "fear rents will rise", "fear rents will rise in the capital"]
    raw = pd.DataFrame({"figure_id": "f" * 16, "survey_id": "s" * 16, "question_id": "q" * 16, "kind": "share",
                        "unit": "percent", "subgroup": None, "statement": statements})
    assert aggregate_figures(raw)["question"].tolist() == ["fear rents will rise"]
    shuffled = raw.iloc[::-1].reset_index(drop=True)  # the choice does not depend on input order
    assert aggregate_figures(shuffled)["question"].tolist() == ["fear rents will rise"]
    two = raw.iloc[:2].assign(statement=["Voters Fear Soaring Rents", "fear soaring rents"])
    assert aggregate_figures(two)["question"].tolist() == ["fear soaring rents"]  # uppercase sorts first


# --- names distinct within a survey: two figures never read alike when their wordings differ ---

FERRY_SELF = "Islanders most often say the new ferry timetable has made daily life harder for themselves"
FERRY_TOWN = "Islanders most often say the new ferry timetable has made daily life harder for the town"


def cited(figure: str, statement: str | None, value: float, n: int, subgroup: str | None = None,
          terms: str | None = None, survey: str = "s") -> dict:
    """A linked citation of one figure (ids are the linker's: hashes of natural keys, never of a name)."""
    source_id = stable_id("source", n)
    return {"source_id": source_id, "citation_id": citation_id(source_id, 5, 8, "share"),
            "survey_id": stable_id("survey", survey), "question_id": stable_id("question", figure),
            "figure_id": stable_id("figure", figure, subgroup), "kind": "share", "value": value, "unit": "percent",
            "value_text": f"{value:g}%", "start": 5, "end": 8, "qualifier": "exact", "confidence": 0.9,
            "statement": statement, "question_terms": terms, "subgroup": subgroup, "pollster": "Acme Polling",
            "fieldwork_start": "2024-03", "date_precision": "month"}


def names(citations: list[dict]) -> dict[str, str]:
    sources = [{"source_id": c["source_id"], "url": f"https://example.org/{n}", "text_sha256": "0" * 64}
               for n, c in enumerate(citations)]
    figures = build_tables(sources, citations)["figures"]
    return dict(zip(figures["figure_id"], figures["question"], strict=True))


def test_figures_whose_wording_differs_after_the_cut_keep_the_differing_words():
    assert short_text(FERRY_SELF) == short_text(FERRY_TOWN)  # the cut alone would name both alike
    citations = [cited("self", FERRY_SELF, 48, 1), cited("town", FERRY_TOWN, 53, 2)]
    named = names(citations)
    self_name, town_name = named[stable_id("figure", "self", None)], named[stable_id("figure", "town", None)]
    assert self_name != town_name
    assert self_name.endswith("for themselves") and town_name.endswith("for the town")
    assert self_name.startswith("Islanders most often say") and town_name.startswith("Islanders most often say")
    assert all(len(n) <= SHORT_TEXT_CHARS and "(2)" not in n for n in named.values())
    assert FERRY_SELF not in self_name and FERRY_TOWN not in town_name  # still a short label, not the sentence
    assert names(citations[::-1]) == named  # the same names whatever the input order


def test_terse_identical_wordings_are_told_apart_by_their_fuller_question_terms():
    citations = [cited("ban", "approve", 61, 1, terms="banning cars from the old town approve"),
                 cited("toll", "approve", 44, 2, terms="a toll on the ring road approve")]
    named = names(citations)
    assert named[stable_id("figure", "ban", None)] == "banning cars from the old town approve"
    assert named[stable_id("figure", "toll", None)] == "a toll on the ring road approve"


def test_names_that_do_not_clash_stay_as_they_were():
    """Another subgroup, another survey, or no written difference at all: the name is the plain short wording."""
    citations = [cited("self", FERRY_SELF, 48, 1), cited("self", FERRY_SELF, 41, 2, subgroup="women"),
                 cited("self", FERRY_SELF, 50, 3, survey="next wave"), cited("a", "approve", 51, 4),
                 cited("b", "approve", 50, 5)]
    named = names(citations)
    assert named[stable_id("figure", "self", None)] == named[stable_id("figure", "self", "women")] == short_text(
        FERRY_SELF)
    assert named[stable_id("figure", "a", None)] == named[stable_id("figure", "b", None)] == "approve"


def test_tell_apart_uses_each_figures_first_wording_that_differs():
    name = "support"
    told = tell_apart({"x": ["support", "support the tram in the north"], "y": ["support"],
                       "z": ["support", "support the tram in the south"]}, name)
    assert told == {"x": "support the tram in the north", "y": "support", "z": "support the tram in the south"}
    long_a, long_b = (f"respondents who expect prices for fuel, food and rent to rise over the {w} months and into "
                      "the spring" for w in ("winter", "summer"))
    told = tell_apart({"a": [long_a], "b": [long_b]}, short_text(long_a))
    assert told == {"a": "respondents who expect prices for fuel, food … the winter…",  # words left out: marked
                    "b": "respondents who expect prices for fuel, food … the summer…"}
    assert all(len(n) <= SHORT_TEXT_CHARS for n in told.values())
