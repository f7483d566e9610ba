"""Test helper: a citation of a number in a draft as etl.extract gives it (one sentence per '. ')."""


def draft_citation(text: str, number: str, statement: str | None, when: dict, kind: str = "share",
                   confidence: float = 0.9, **fields) -> dict:
    """`when` gives the pollster and fieldwork the draft names for it; `fields` override any other field."""
    start = text.index(number)
    before = text.rfind(". ", 0, start)
    sentence_start = before + 2 if before >= 0 else 0
    sentence_end = text.find(". ", start)
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return {"article_id": "draft", "kind": kind, "value": float(number.rstrip("%").replace(",", "")),
            "value_text": number, "start": start, "end": start + len(number), "sentence_start": sentence_start,
            "sentence_end": sentence_end, "qualifier": "exact", "confidence": confidence, "statement": statement,
            "subgroup": None, **when, **fields}
