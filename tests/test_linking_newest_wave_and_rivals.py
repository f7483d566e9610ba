"""Linking a tracker's undated "new poll" story to the newest wave, month-dated polls beside a wave that began the
month before, and statements that keep two parties' shares apart ("41 per cent to the Liberals' 25 per cent")."""

from __future__ import annotations

from etl.link import link_citations, statement_tokens
from tests.test_attribute import attribute


def cite(article: str, statement: str, value: float, *, start: str | None, end: str | None = None,
         published: str = "2031-03-20", position: int = 0, precision: str = "day") -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": position, "pollster": "Nordwerk Institut",
        "statement": statement, "subgroup": None, "fieldwork_start": start, "fieldwork_end": end or start,
        "date_precision": precision if start else None, "published": published, "qualifier": "exact",
    }


def figure(linked: list[dict], article: str, value: float) -> dict:
    return next(c for c in linked if c["article_id"] == article and c["value"] == value)


def test_an_undated_new_poll_story_quotes_the_newest_wave_not_the_steady_shares_of_the_one_before():
    linked = link_citations([
        cite("april", "the Greens would get", 27, start="2031-04-02", end="2031-04-04", published="2031-04-06"),
        cite("april", "the Liberals stood at", 16, start="2031-04-02", end="2031-04-04", position=40),
        cite("april", "the Farmers' party scored", 11, start="2031-04-02", end="2031-04-04", position=80),
        cite("may", "satisfied with the cabinet", 24, start="2031-05-05", end="2031-05-07", published="2031-05-09"),
        cite("may", "the Farmers' party scored", 12, start="2031-05-05", end="2031-05-07", position=40),
        cite("story", "the Greens would get", 27, start=None, published="2031-05-10"),
        cite("story", "the Liberals stood at", 16, start=None, published="2031-05-10", position=40),
        cite("story", "the Farmers' party scored", 12, start=None, published="2031-05-10", position=80),
        cite("story", "satisfied with the cabinet", 24, start=None, published="2031-05-10", position=120),
    ])
    assert figure(linked, "story", 12)["figure_id"] == figure(linked, "may", 12)["figure_id"]
    assert figure(linked, "story", 27)["survey_id"] == figure(linked, "may", 24)["survey_id"]
    assert figure(linked, "story", 27)["figure_id"] != figure(linked, "april", 27)["figure_id"]


def test_a_month_dated_poll_that_reads_the_questions_otherwise_is_not_the_wave_begun_the_month_before():
    wave = dict(start="2030-12-29", end="2031-01-04", published="2031-01-07")
    linked = link_citations([
        cite("early", "would vote for the Liberals", 20, **wave),
        cite("early", "want the premier to resign", 52, position=40, **wave),
        cite("late", "would vote for the Liberals", 27, start="2031-01", precision="month", published="2031-02-02"),
    ])
    assert figure(linked, "late", 27)["survey_id"] != figure(linked, "early", 20)["survey_id"]
    agreeing = link_citations([
        cite("early", "would vote for the Liberals", 20, **wave),
        cite("recap", "would vote for the Liberals", 20, start="2031-01", precision="month", published="2031-01-09"),
    ])
    assert figure(agreeing, "recap", 20)["figure_id"] == figure(agreeing, "early", 20)["figure_id"]


def test_one_country_named_by_both_is_no_shared_question():
    wave = dict(start="2031-02-05", end="2031-02-07", published="2031-02-08")
    linked = link_citations([
        cite("one", "satisfied with the coalition in Germany", 19, **wave),
        cite("two", "the far-right Alternative for Germany has fallen", 19, **wave),
    ])
    assert figure(linked, "one", 19)["figure_id"] != figure(linked, "two", 19)["figure_id"]


def test_a_share_rising_slightly_is_no_slight_answer():
    assert statement_tokens("satisfaction with the council rose slightly") == statement_tokens(
        "satisfaction with the council rose")
    assert statement_tokens("support edged slightly up") == statement_tokens("support edged up")
    assert "slight" in statement_tokens("slightly satisfied with the council")


def test_a_head_to_head_gives_each_party_its_own_words():
    text = "The Tories would take 38 per cent to Labour's 29 per cent, according to a new Opinium poll."
    first, second = attribute(text, "38 per cent", "29 per cent")
    assert "Labour" not in (first["statement"] or "") and second["statement"] == "Labour"
    text = "Farmers would win 44 per cent to the Greens' 21 per cent, a Verian survey found."
    first, second = attribute(text, "44 per cent", "21 per cent")
    assert "Greens" not in (first["statement"] or "") and second["statement"] == "the Greens"


def test_a_passive_clause_gapped_after_a_share_leaves_the_next_subject_to_the_next_share():
    text = "The police were trusted by 64% of Britons and the press by just 19%, an Ipsos survey found."
    first, second = attribute(text, "64%", "19%")
    assert "press" not in first["statement"] and "police" in first["statement"]
    assert second["statement"] == "the press"


def test_it_rated_by_an_adverb_points_at_the_thing_not_at_the_rating():
    text = "Some 31% of residents rate the city council positively in the Ipsos poll, while 52% see it negatively."
    _, second = attribute(text, "31%", "52%")
    assert "council" in second["statement"] and "positively" not in second["statement"]


def test_a_named_share_with_a_rating_after_it_keeps_the_rating():
    text = "Ipsos: Mayor Dunne at 38% positive after the budget vote"
    (only,) = attribute(text, "38%")
    assert "positive" in only["statement"]


def test_a_share_lower_than_last_month_is_not_dated_last_month():
    text = ("A new Kantar poll puts the Greens on 30 percent, a point lower than last month.\n"
            "The Liberals are at 15 percent, Kantar said.")
    first, second = attribute(text, "30 percent", "15 percent", published="2031-02-08")
    assert first.get("fieldwork_start") is None and second.get("fieldwork_start") is None
