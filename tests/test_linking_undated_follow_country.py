"""An undated story of a pollster polling two countries goes with the country of the stories it repeats, even
when those stories give their country only by default too."""

from etl.link import apart_by_country


def cite(article: str, statement: str, value: float, geography: str, start: str | None = None,
         end: str | None = None) -> dict:
    return {"article_id": article, "kind": "share", "value": value, "start": 0, "end": 3, "pollster": "Ipsos",
            "statement": statement, "subgroup": None, "fieldwork_start": start, "fieldwork_end": end,
            "date_precision": "day" if start else None, "published": "2024-02-14", "geography": geography}


def batch() -> list[dict]:
    return [
        cite("westminster-desk", "Labour", 19, "GB", "2024-02-05", "2024-02-09"),
        cite("westminster-desk", "Reform", 31, "GB", "2024-02-05", "2024-02-09"),
        cite("westminster-desk", "satisfied with the prime minister", 15, "GB", "2024-02-05", "2024-02-09"),
        cite("westminster-desk", "the Conservatives", 23, "GB", "2024-02-05", "2024-02-09"),
        cite("ottawa-bureau", "the Liberals", 44, "CA", "2024-02-01", "2024-02-02"),
        cite("ottawa-bureau", "the Conservatives", 38, "CA", "2024-02-01", "2024-02-02"),
        cite("morning-paper", "are satisfied with the PM", 15, "FR"),  # country by default, undated
        cite("morning-paper", "Labour", 19, "FR"),
        cite("morning-paper", "Conservatives trail", 23, "FR"),
        cite("morning-paper", "Reform", 31, "FR"),
        cite("tabloid", "REFORM storms ahead", 31, "FR"),  # repeats only what the morning paper repeats
        cite("tabloid", "Labour trailing", 19, "FR"),
        cite("paris-daily", "approuvent le gouvernement", 27, "FR"),  # its own country's figures
        cite("paris-daily", "Renaissance", 16, "FR"),
    ]


def test_an_undated_story_follows_the_story_whose_shares_it_repeats_abroad():
    citations = batch()
    split = apart_by_country(citations, ["2024-02"] * len(citations), "FR")
    wave_of = dict(zip((c["article_id"] for c in citations), split, strict=False))
    assert wave_of["morning-paper"] == "2024-02@GB"
    assert wave_of["tabloid"] == "2024-02@GB"  # was left at home, apart from the morning paper it repeats
    assert {w for c, w in zip(citations, split, strict=True) if c["article_id"] == "paris-daily"} == {"2024-02"}
    assert {w for c, w in zip(citations, split, strict=True) if c["article_id"] == "ottawa-bureau"} == {"2024-02@CA"}
