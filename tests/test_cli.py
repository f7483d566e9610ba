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
