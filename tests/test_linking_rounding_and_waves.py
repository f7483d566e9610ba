"""Linking recall on unseen articles: rounding, fractions, "U.S.", comparisons with another wave."""

from __future__ import annotations

from etl.link import link_citations, statement_tokens


def cite(article: str, statement: str, value: float, *, start: str | None = "2026-11-10", end: str | None = None,
         published: str | None = None, text: str | None = None, position: int = 0, sentence: int = 0,
         qualifier: str = "exact", pollster: str = "Ipsonde") -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": text or f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": sentence, "pollster": pollster,
        "statement": statement, "subgroup": None, "fieldwork_start": start, "fieldwork_end": end or start,
        "published": published, "qualifier": qualifier,
    }


def figure(linked: list[dict], article: str, value: float) -> dict:
    return next(c for c in linked if c["article_id"] == article and c["value"] == value)


def test_a_decimal_share_rounded_half_up_by_another_outlet_is_one_figure():
    linked = link_citations([
        cite("a", "would vote for Marchetti in the first round of the race", 34.5),
        cite("a", "for Okafor", 19, position=40),
        cite("b", "the broadcaster's poll put Marchetti comfortably in front", 35),
        cite("b", "for Okafor", 19, position=40),
    ])
    assert figure(linked, "a", 34.5)["figure_id"] == figure(linked, "b", 35)["figure_id"]


def test_a_fraction_quotes_no_wave_exactly_so_the_article_keeps_its_own_wave():
    linked = link_citations([
        cite("sept", "would back Marchetti", 33, start="2026-09"),
        cite("nov", "would back Marchetti", 34.5),
        cite("nov", "for Brandt", 19, position=40),
        cite("nov", "for Okafor", 12.5, position=80),
        cite("late", "would back Marchetti in the first round", 100 / 3, start=None, published="2026-11-20",
             text="a third", qualifier="more_than"),
        cite("late", "for Brandt", 19, start=None, published="2026-11-20", position=40),
        cite("late", "for Okafor", 12.5, start=None, published="2026-11-20", position=80),
    ])
    assert figure(linked, "late", 100 / 3)["survey_id"] == figure(linked, "nov", 34.5)["survey_id"]
    assert figure(linked, "late", 100 / 3)["survey_id"] != figure(linked, "sept", 33)["survey_id"]


def test_us_with_dots_and_the_united_states_are_america():
    assert statement_tokens("still avoiding U.S. products") == statement_tokens("still avoiding American products")
    assert statement_tokens("view the United States as a threat") == statement_tokens("view the U.S. as a threat")
    assert statement_tokens("trust the U.K. government") == statement_tokens("trust the British government")


def test_a_head_to_head_against_is_no_opposition():
    assert "not" not in statement_tokens("Ruiz would get against")
    assert "not" in statement_tokens("are against")


def test_a_share_for_another_wave_in_the_same_sentence_reads_the_question_just_asked():
    linked = link_citations([
        cite("a", "are still boycotting goods from the south", 54, start="2026-03-10", position=20, sentence=0),
        cite("a", "last spring, when the levies first hit", 72, start="2025-03", position=90, sentence=0),
        cite("b", "are boycotting goods from the south", 72, start="2025-03", position=10, sentence=0),
    ])
    assert figure(linked, "a", 72)["question_id"] == figure(linked, "a", 54)["question_id"]
    assert figure(linked, "a", 72)["figure_id"] == figure(linked, "b", 72)["figure_id"]


def test_one_article_dating_now_and_then_alike_gives_then_to_the_earlier_wave():
    # "In the March poll, 54% were boycotting, compared with 72% a year earlier": both dated March by the text
    linked = link_citations([
        cite("x", "were boycotting goods from the south", 54, start="2026-03-10", sentence=0),
        cite("x", "were boycotting goods from the south", 72, start="2026-03-10", position=40, sentence=0),
        cite("y", "are boycotting goods from the south", 54, start="2026-03-10", sentence=0),
        cite("y", "are boycotting goods from the south", 72, start="2025-03", position=40, sentence=5),
    ])
    assert figure(linked, "x", 72)["figure_id"] == figure(linked, "y", 72)["figure_id"]
    assert figure(linked, "x", 54)["figure_id"] == figure(linked, "y", 54)["figure_id"]
    assert figure(linked, "x", 72)["survey_id"] != figure(linked, "x", 54)["survey_id"]


def test_a_breakdown_of_many_shares_is_not_read_as_now_and_then():
    linked = link_citations([
        cite("x", "were boycotting goods from the south", 54, start="2026-03-10", sentence=0),
        cite("x", "were boycotting goods from the south", 72, start="2026-03-10", position=40, sentence=10),
        cite("x", "were boycotting goods from the south", 61, start="2026-03-10", position=80, sentence=20),
        cite("y", "are boycotting goods from the south", 54, start="2026-03-10", sentence=0),
        cite("y", "are boycotting goods from the south", 72, start="2025-03", position=40, sentence=5),
    ])
    assert figure(linked, "x", 72)["survey_id"] == figure(linked, "x", 54)["survey_id"]


def test_more_than_half_may_round_a_share_several_points_above_it():
    linked = link_citations([
        cite("a", "are still steering clear of products from the south", 50, text="half", qualifier="more_than"),
        cite("a", "cancelled trips", 38, position=40),
        cite("b", "are avoiding products from the south when they shop", 54),
        cite("b", "cancelled trips", 38, position=40),
    ])
    assert figure(linked, "a", 50)["figure_id"] == figure(linked, "b", 54)["figure_id"]


def test_nearly_half_rounds_no_share_above_half():
    linked = link_citations([
        cite("a", "are still steering clear of products from the south", 50, text="nearly half", qualifier="less_than"),
        cite("a", "cancelled trips", 38, position=40),
        cite("b", "are boycotting products from the south when they shop", 52),
        cite("b", "cancelled trips", 38, position=40),
    ])
    assert figure(linked, "a", 50)["figure_id"] != figure(linked, "b", 52)["figure_id"]
