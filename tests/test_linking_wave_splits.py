"""One poll wave split in two: a share dated only by a past year (the subgroup's, not the poll's)."""

from __future__ import annotations

from etl.link import link_citations


def cite(article: str, statement: str, value: float, sentence: int, *, start: str = "2025-10-20",
         end: str = "2025-10-22", published: str = "2025-10-24", sample: int | None = 1840) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "start": sentence + 5, "end": sentence + 8,
        "sentence_start": sentence, "sentence_end": sentence + 90, "pollster": "Savanta", "statement": statement,
        "fieldwork_start": start, "fieldwork_end": end, "published": published, "sample_size": sample,
    }


def new_wave(article: str) -> list[dict]:
    """ "Savanta's poll of 1,840 adults, taken 20-22 October, puts Labour on 27% and Reform on 31%." """
    return [cite(article, "Labour", 27, 0), cite(article, "Reform", 31, 0)]


def test_past_vote_year_of_a_lone_share_joins_its_articles_fresh_wave():
    # "Among those who voted Liberal Democrat last year, 63% would do so again." read as fieldwork 2024
    linked = link_citations([
        *new_wave("a"),
        cite("a", "would do so again", 63, 200, start="2024", end="2024"),
        *new_wave("b"),
    ])
    waves = {c["survey_id"] for c in linked}
    assert len(waves) == 1


def test_two_shares_in_one_sentence_keep_their_year_as_a_comparison():
    # "Some 45% now back rejoining the EU, up from 38% in 2021."
    linked = link_citations([
        *new_wave("a"),
        cite("a", "back rejoining the EU", 45, 200, start="2021", end="2021"),
        cite("a", "back rejoining the EU", 38, 200, start="2021", end="2021"),
    ])
    fresh = linked[0]["survey_id"]
    assert all(c["survey_id"] != fresh for c in linked[2:])


def test_a_question_read_again_keeps_its_past_year():
    # "41% trust the BBC today." ... "In 2022 the figure was 52%."
    linked = link_citations([
        *new_wave("a"),
        cite("a", "trust the BBC", 41, 200),
        cite("a", "trust the BBC", 52, 300, start="2022", end="2022"),
    ])
    assert linked[3]["survey_id"] != linked[0]["survey_id"]


def test_another_sample_keeps_its_year():
    # "A separate 2024 study of 3,000 teachers found 58% felt burnt out." in the same story
    linked = link_citations([
        *new_wave("a"),
        cite("a", "felt burnt out", 58, 200, start="2024", end="2024", sample=3000),
    ])
    assert linked[2]["survey_id"] != linked[0]["survey_id"]


def test_a_month_keeps_its_date():
    # "Reform was on 24% in June." (no other Reform share in the story)
    linked = link_citations([
        cite("a", "Labour", 27, 0),
        cite("a", "the Conservatives", 17, 0),
        cite("a", "the Greens", 11, 200, start="2025-06", end="2025-06"),
    ])
    assert linked[2]["survey_id"] != linked[0]["survey_id"]
