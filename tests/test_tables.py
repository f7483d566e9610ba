"""The package publishes short labels of what articles say, never their sentences."""

import json
import re

import numpy as np
import pandas as pd

from etl.cli import main
from etl.link import stable_id
from etl.tables import SHORT_TEXT_CHARS, _text_codes, aggregate_figures, citation_id, short_text

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
