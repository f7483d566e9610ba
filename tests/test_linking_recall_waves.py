"""Linking recall on unseen articles: an undated story of a release's days, names backed, groups compared."""

from __future__ import annotations

from etl.link import _two_labels, link_citations, statement_tokens


def cite(article: str, statement: str | None, value: float, *, start: str | None = None, end: str | None = None,
         published: str | None = "2026-03-12", text: str | None = None, position: int = 0, sentence: int = 0,
         subgroup: str | None = None, pollster: str = "Ipsonde") -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": text or f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": sentence, "pollster": pollster,
        "statement": statement, "subgroup": subgroup, "fieldwork_start": start, "fieldwork_end": end or start,
        "published": published, "qualifier": "exact",
    }


def figure(linked: list[dict], article: str, value: float) -> dict:
    return next(c for c in linked if c["article_id"] == article and c["value"] == value)


def release(undated_published: str) -> list[dict]:
    """A wave dated by two outlets on 10-11 March, and an undated story citing its news otherwise rounded."""
    return [
        cite("dated", "say they cycle to work at least once a week", 18, start="2026-03-02", end="2026-03-05",
             published="2026-03-10"),
        cite("dated", "expect to buy an electric bike this year", 9, start="2026-03-02", end="2026-03-05",
             published="2026-03-10", position=60, sentence=50),
        cite("dated2", "cycle to work at least once a week", 18, start="2026-03-02", end="2026-03-05",
             published="2026-03-11"),
        cite("undated", "now cycle to work every week", 25, text="a quarter", published=undated_published),
    ]


def test_an_undated_story_published_in_the_days_a_wave_is_reported_joins_that_wave():
    linked = link_citations(release("2026-03-12"))
    assert figure(linked, "undated", 25)["survey_id"] == figure(linked, "dated", 18)["survey_id"]
    assert figure(linked, "undated", 25)["figure_id"] == figure(linked, "dated2", 18)["figure_id"]


def test_an_undated_story_weeks_after_the_coverage_is_not_put_in_that_wave():
    linked = link_citations(release("2026-04-20"))
    assert figure(linked, "undated", 25)["survey_id"] != figure(linked, "dated", 18)["survey_id"]


def test_two_waves_reported_in_the_same_days_leave_an_undated_story_undecided():
    citations = [*release("2026-03-12"), cite(
        "other", "say they cycle to work at least once a week", 15, start="2026-02-02", end="2026-02-05",
        published="2026-03-12")]
    linked = link_citations(citations)
    assert figure(linked, "undated", 25)["survey_id"] not in {
        figure(linked, "dated", 18)["survey_id"], figure(linked, "other", 15)["survey_id"]}


def test_backing_two_parties_is_two_answers_not_one_question():
    greens, alliance = statement_tokens("back the Greens"), statement_tokens("would back Alliance")
    assert _two_labels(greens, [alliance])
    assert not _two_labels(statement_tokens("back the Greens"), [statement_tokens("would support the Greens")])


def comparison(wordless: str | None) -> list[dict]:
    """A group's share, then, in the next sentence, the share of everyone and of another group, without words."""
    return [
        cite("a", "regularly read a printed newspaper", 14, start="2026-03-02", subgroup="aged 65+"),
        cite("a", wordless, 6, start="2026-03-02", position=80, sentence=70),
        cite("a", wordless, 2, start="2026-03-02", position=110, sentence=70, subgroup="aged under 30"),
        cite("b", "regularly read a printed newspaper", 6, start="2026-03-02"),
        cite("b", "listen to podcasts daily", 31, start="2026-03-02", position=60, sentence=50),
    ]


def test_a_share_whose_only_words_name_its_group_compares_the_finding_just_before():
    linked = link_citations(comparison("adults"))
    assert figure(linked, "a", 6)["figure_id"] == figure(linked, "b", 6)["figure_id"]
    assert figure(linked, "a", 2)["figure_id"] == figure(linked, "a", 14)["figure_id"]


def test_a_bare_share_with_no_words_at_all_is_not_taken_for_a_comparison():
    linked = link_citations(comparison(None))
    assert figure(linked, "a", 2)["figure_id"] != figure(linked, "a", 14)["figure_id"]


def test_who_voted_for_a_party_names_the_group_asked_not_the_answer():
    assert statement_tokens("people who voted Labour at the last election now approve of Okafor") == (
        statement_tokens("now approve of Okafor"))


def test_a_share_misquoted_in_headline_and_body_stays_with_the_question_other_outlets_cite():
    dated = {"start": "2026-03-02", "end": "2026-03-05"}
    linked = link_citations([
        cite("a", "regularly get news on Pebble", 20, **dated),
        cite("b", "now regularly get news on Pebble", 20, text="one in five", **dated),
        cite("c", "Get Their News From Pebble", 25, text="A Quarter", **dated),
        cite("c", "now regularly get their news on Pebble", 25, text="a quarter", position=60, sentence=50, **dated),
    ])
    body = next(c for c in linked if c["value_text"] == "a quarter")
    assert body["figure_id"] == figure(linked, "a", 20)["figure_id"]
