"""`python -m etl check`: linter-style verdicts, JSON output, exit codes, bad input.

The end-to-end test runs the real extractor on a draft written for these tests; the others replace the
extractor with a fixed one so they test the command's own behaviour whatever the extractor does.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from etl.cli import main
from etl.desk import line_col
from tests.test_desk import DRAFT, EXPECTED, write_desk_package

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<symbol>\S+) (?P<verdict>\w+): '(?P<text>[^']*)' ")

# What a perfect extractor would say about each "NN%" of the test drafts.
ATTRIBUTES = {
    41.0: {"pollster": "YouGov", "fieldwork_start": "2024-03", "statement": "support a four-day working week"},
    48.0: {"pollster": "YouGov", "fieldwork_start": "2024-03", "statement": "working from home more productive"},
    24.0: {"pollster": "YouGov", "fieldwork_start": "2024-03", "statement": "oppose a four-day working week"},
    30.0: {"pollster": "Ipsos", "fieldwork_start": "2023-11", "statement": "trust their local council"},
    63.0: {"pollster": "Gallup", "fieldwork_start": "2023-06", "statement": "satisfied with local parks"},
}


def fixed_extractor(article):
    """Every 'NN%' in the text, attributed from ATTRIBUTES (unattributed when the value is not there)."""
    citations = []
    for m in re.finditer(r"(\d+)%", article.text):
        value = float(m.group(1))
        citations.append({
            "article_id": article.id, "kind": "share", "value": value, "value_text": m.group(0),
            "start": m.start(), "end": m.end(), "qualifier": "exact", "confidence": 0.9, "subgroup": None,
            "fieldwork_end": None, **ATTRIBUTES.get(value, {"pollster": None, "fieldwork_start": None}),
        })
    return citations


@pytest.fixture
def package(tmp_path) -> Path:
    return write_desk_package(tmp_path / "pkg")


@pytest.fixture
def fixed(monkeypatch):
    """Stand in for etl.extract (without importing it, so these tests do not depend on its state)."""
    monkeypatch.setitem(sys.modules, "etl.extract", types.SimpleNamespace(extract_article=fixed_extractor))


def parse(out: str) -> list[dict]:
    return [m.groupdict() for m in map(LINE.match, out.splitlines()) if m]


def test_end_to_end_with_the_real_extractor(tmp_path, package):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "etl", "check", str(draft), "--data", str(package)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    lines = parse(result.stdout)
    assert {line["text"]: line["verdict"] for line in lines} == EXPECTED, result.stdout + result.stderr
    assert result.returncode == 1
    misquote = next(line for line in lines if line["text"] == "48%")
    assert (int(misquote["line"]), int(misquote["col"])) == line_col(DRAFT, DRAFT.index("48%"))
    assert misquote["file"] == str(draft) and misquote["symbol"] == "✖"


def test_verdicts_as_lint_lines_and_exit_1_on_a_difference(tmp_path, package, fixed, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["check", str(draft), "--data", str(package)]) == 1
    out = capsys.readouterr()
    lines = parse(out.out)
    assert {line["text"]: (line["symbol"], line["verdict"]) for line in lines} == {
        "35%": ("!", "unattributed"), "41%": ("✔", "match"), "48%": ("✖", "differs"), "63%": ("?", "unknown")}
    misquote = next(line for line in lines if line["text"] == "48%")
    assert (int(misquote["line"]), int(misquote["col"])) == line_col(DRAFT, DRAFT.index("48%"))
    assert "by 4 points" in out.out and "[figure f000000000000002]" in out.out
    assert "4 figures checked, 1 problem" in out.err


def test_exit_0_when_every_figure_is_fine(tmp_path, package, fixed, capsys):
    draft = tmp_path / "fine.txt"
    draft.write_text("YouGov found in March 2024 that 41% back a four-day week and 24% oppose it.\n")
    assert main(["check", str(draft), "--data", str(package)]) == 0
    assert [line["verdict"] for line in parse(capsys.readouterr().out)] == ["match", "rounding"]


def test_exit_1_on_a_conflict_between_outlets(tmp_path, package, fixed, capsys):
    draft = tmp_path / "council.txt"
    draft.write_text("An Ipsos poll from November 2023 found 30% trust their local council.\n")
    assert main(["check", str(draft), "--data", str(package)]) == 1
    assert [line["verdict"] for line in parse(capsys.readouterr().out)] == ["conflict"]


def test_json_output(tmp_path, package, fixed, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["check", str(draft), "--data", str(package), "--format", "json"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert [(r["value_text"], r["verdict"]) for r in records] == [
        ("35%", "unattributed"), ("41%", "match"), ("48%", "differs"), ("63%", "unknown")]
    differs = records[2]
    assert differs["figure_id"] == "f000000000000002" and differs["file"] == str(draft)
    assert (differs["line"], differs["column"]) == line_col(DRAFT, DRAFT.index("48%"))


def test_jsonl_drafts_are_labelled_by_article_and_offsets_follow_the_article_text(tmp_path, package, fixed, capsys):
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text(json.dumps({"id": "story-1", "text": "Intro.\nYouGov, March 2024: 48% say so."}) + "\n")
    assert main(["check", str(drafts), "--data", str(package)]) == 1
    (line,) = parse(capsys.readouterr().out)
    assert (line["file"], line["line"], line["col"]) == (f"{drafts}#story-1", "2", "21")


def test_unreadable_input_exits_2_and_the_rest_is_still_checked(tmp_path, package, fixed, capsys):
    good = tmp_path / "good.txt"
    good.write_text("YouGov found in March 2024 that 41% back a four-day week.\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine 41%"}\n{not json\n')
    assert main(["check", str(tmp_path / "missing.txt"), str(bad), str(good), "--data", str(package)]) == 2
    out = capsys.readouterr()
    assert "missing.txt: no such file or folder" in out.err
    assert f"{bad}:2: malformed JSON" in out.err
    assert [line["file"] for line in parse(out.out)] == [f"{bad}#x", str(good)]


def test_a_missing_package_or_a_bad_date_exits_2(tmp_path, fixed, capsys):
    draft = tmp_path / "d.txt"
    draft.write_text("YouGov found in March 2024 that 41% back a four-day week.\n")
    assert main(["check", str(draft), "--data", str(tmp_path / "nowhere")]) == 2
    assert "cannot read the data package" in capsys.readouterr().err
    assert main(["check", str(draft), "--data", str(tmp_path), "--published", "last Tuesday"]) == 2
    assert "not a date" in capsys.readouterr().err
