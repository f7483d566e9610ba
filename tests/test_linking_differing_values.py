"""Linking shares of one question that outlets give with different values: a named group's share ("63% of
over-65s") in one article and the whole sample's ("41%") in another cite one question of the wave."""

from __future__ import annotations

from etl.link import join_group_cells, link_citations, question_tokens


def cite(article: str, statement: str, value: float, subgroup: str | None = None, *,
         start: str | None = "2024-05") -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "start": 0, "end": 3, "pollster": "Gallup",
        "statement": statement, "subgroup": subgroup, "fieldwork_start": start, "fieldwork_end": start,
        "published": None,
    }


def joined(citations: list[dict], questions: list[str], wave: str = "2024-05") -> list[str]:
    return join_group_cells(citations, [question_tokens(c) for c in citations], questions, [wave] * len(citations))


def test_a_group_share_in_other_words_joins_the_whole_sample_question_of_its_wave():
    linked = link_citations([
        cite("a", "want the council to cap rents for new tenants", 41),
        cite("b", "a cap on rents is popular", 63, "over-65s"),
        cite("c", "say the strike should end", 70),
    ])
    assert linked[0]["figure_id"] == linked[1]["figure_id"] != linked[2]["figure_id"]


def test_a_group_backing_a_ban_in_shorter_words_cites_the_ban_question():
    linked = link_citations([
        cite("a", "back a ban on smartphones in primary schools", 58),
        cite("b", "support for the phone ban", 74, "parents"),
        cite("c", "say the strike should end", 70),
    ])
    assert linked[0]["figure_id"] == linked[1]["figure_id"]


def test_the_group_question_takes_the_whole_sample_name_only_in_a_dated_wave():
    citations = [cite("a", "favour a four-day working week", 52),
                 cite("b", "keen on the four-day week", 71, "under-35s"),
                 cite("c", "say the strike should end", 70)]
    assert joined(citations, ["q1", "q2", "q3"]) == ["q1", "q1", "q3"]
    assert joined(citations, ["q1", "q2", "q3"], wave="undated:gallup") == ["q1", "q2", "q3"]  # no wave: no evidence


def test_a_group_giving_the_other_answer_stays_apart():
    citations = [cite("a", "want the council to cap rents for new tenants", 41),
                 cite("b", "do not want a cap on rents", 70, "landlords"), cite("c", "say the strike should end", 70)]
    assert joined(citations, ["q1", "q2", "q3"]) == ["q1", "q2", "q3"]
    citations[1]["statement"] = "want a cap on rents"  # the same answer: it joins
    assert joined(citations, ["q1", "q2", "q3"]) == ["q1", "q1", "q3"]


def test_a_question_the_whole_sample_also_gives_is_no_group_cut():
    citations = [cite("a", "favour a four-day working week", 52),
                 cite("b", "keen on the four-day week", 71, "under-35s"),
                 cite("b", "keen on the four-day week", 49), cite("c", "say the strike should end", 70)]
    assert joined(citations, ["q1", "q2", "q2", "q3"]) == ["q1", "q2", "q2", "q3"]


def test_a_group_share_as_close_to_two_questions_joins_neither():
    citations = [cite("a", "trust the city council to fix the roads", 41),
                 cite("b", "trust the city council to fix the schools", 45),
                 cite("c", "trust the city council", 60, "parents")]
    assert joined(citations, ["q1", "q2", "q3"]) == ["q1", "q2", "q3"]


def test_a_group_backing_one_party_does_not_join_another_partys_share():
    citations = [cite("a", "support for the Liberals has climbed", 31),
                 cite("b", "the Greens are backed", 22, "students"),
                 cite("c", "say the strike should end", 70)]
    assert joined(citations, ["q1", "q2", "q3"]) == ["q1", "q2", "q3"]
