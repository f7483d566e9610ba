"""Test helper: what detection finds in a text, as (value as written, kind, value), or only the values as written."""

from etl.extract import find_mentions


def detect(text: str, min_confidence: float = 0.5) -> list[tuple[str, str, float]]:
    return [(m["value_text"], m["kind"], m["value"]) for m in find_mentions("t", text)
            if m["confidence"] >= min_confidence]


def detect_texts(text: str) -> list[str]:
    return [value_text for value_text, _, _ in detect(text)]
