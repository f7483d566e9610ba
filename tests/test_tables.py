"""The package publishes short labels of what articles say, never their sentences."""

import json
import re

from etl.cli import main
from etl.tables import SHORT_TEXT_CHARS, short_text

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
