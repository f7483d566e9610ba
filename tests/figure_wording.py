"""Test helper: the statement wording gives each figure of a text, found by its value as written."""

from etl.sentences import split_sentences
from etl.statements import Wording, describe_figures


def wordings(text: str, values: list[str]) -> list[Wording]:
    """The Wording of each figure written as `values`, in text order (a repeated value is its next occurrence)."""
    sentences = split_sentences(text)
    figures = []
    at = 0
    for value in values:
        start = text.index(value, at)
        end = start + len(value)
        at = end
        s_start, s_end = next((a, b) for a, b in sentences if a <= start < b)
        figures.append((start, end, s_start, s_end))
    return describe_figures(text, figures)


def statements(text: str, values: list[str]) -> list[str | None]:
    """Statements of the figures written as `values`, in text order."""
    return [w.statement for w in wordings(text, values)]
