"""Outlets quoting one figure of one wave in other words get one figure id (made-up citations)."""

from etl.link import contradict, link_citations, question_tokens


def cite(article: str, statement: str, value: float, terms: str | None = None) -> dict:
    return {"article_id": article, "kind": "share", "value": value, "start": 0, "end": 3, "pollster": "Verian",
            "statement": statement, "question_terms": terms, "subgroup": None, "fieldwork_start": "2024-10-02",
            "fieldwork_end": "2024-10-04", "published": "2024-10-08"}


def test_negative_heading_does_not_cancel_a_denial() -> None:
    terms = question_tokens(cite("a", "are dissatisfied with the mayor", 58,
                                 "The mayor's ratings look poor are dissatisfied with the mayor"))
    assert "not" in terms and "poor" not in terms


def test_dissatisfied_share_stays_apart_from_the_satisfied_one() -> None:
    linked = link_citations([
        cite("a", "are dissatisfied with the mayor", 58,
             "The mayor's ratings look poor are dissatisfied with the mayor"),
        cite("a", "are satisfied", 33),
        cite("b", "Satisfied", 33),
        cite("b", "Dissatisfied", 58),
    ])
    assert linked[0]["figure_id"] != linked[1]["figure_id"]
    assert linked[1]["figure_id"] == linked[2]["figure_id"]


def test_workforce_and_headcount_are_one_thing() -> None:
    bigger = question_tokens(cite("a", "plan a bigger workforce", 9))
    assert bigger == question_tokens(cite("b", "plan a bigger headcount", 9))
    linked = link_citations([cite("a", "expect to increase their headcount", 64),
                             cite("b", "expect to increase their workforce", 64),
                             cite("c", "expect to cut their headcount", 21)])
    assert linked[0]["figure_id"] == linked[1]["figure_id"] != linked[2]["figure_id"]


def test_raising_is_increasing() -> None:
    raised = question_tokens(cite("a", "plan to raise prices", 40))
    assert raised == question_tokens(cite("b", "plan to increase prices", 40))


def test_a_slight_move_is_no_degree_of_the_answer() -> None:
    terms = question_tokens(cite("a", "view the plan unfavourably", 61,
                                 "views eased slightly view the plan unfavourably"))
    assert "slight" not in terms and not contradict(terms, question_tokens(cite("b", "view the plan unfavourably", 61)))
    assert "slight" in question_tokens(cite("c", "slightly worse off", 20, "feel slightly worse off"))
