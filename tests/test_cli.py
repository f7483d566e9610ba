"""`python -m etl` help texts: every subcommand documents its arguments."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def etl(*args):
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=ROOT, capture_output=True, text=True)


def test_top_level_help_lists_every_command():
    result = etl("--help")
    assert result.returncode == 0
    for command in ("extract", "evaluate", "build", "check"):
        assert command in result.stdout


@pytest.mark.parametrize(("command", "option"), [
    ("extract", "--min-confidence"), ("evaluate", "--gold"), ("build", "--primary"), ("check", "--data"),
])
def test_subcommand_help(command, option):
    result = etl(command, "--help")
    assert result.returncode == 0 and option in result.stdout


def test_missing_command_is_a_usage_error():
    result = etl()
    assert result.returncode == 2 and "usage:" in result.stderr


@pytest.mark.parametrize("command", ["evaluate", "extract"])
def test_a_reader_that_stops_early_gets_no_traceback(tmp_path, command):
    """`python -m etl evaluate ... | head -n 0`: the pipe is closed before the first line is written."""
    articles, gold = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    articles.write_text('{"id": "a1", "text": "A Northfield poll found 41% back the bridge."}\n', encoding="utf-8")
    gold.write_text("", encoding="utf-8")
    args = f"--gold {gold} {articles}" if command == "evaluate" else str(articles)
    pipeline = subprocess.run(f"{sys.executable} -m etl {command} {args} | head -n 0", shell=True, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    assert pipeline.returncode == 0
    assert "Traceback" not in pipeline.stderr and "BrokenPipe" not in pipeline.stderr
