"""A named group's share takes the question of the whole-sample share of its wave that it breaks down
(figure ids leave the group to its own column), unless its own words say another question."""
from etl.link import link_citations


def cite(article: str, statement: str | None, value: float, *, subgroup: str | None = None, position: int = 0,
         sentence: int = 0, sentence_end: int | None = None) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": sentence,
        "sentence_end": sentence + 60 if sentence_end is None else sentence_end, "pollster": "Ipsonde",
        "statement": statement, "subgroup": subgroup, "fieldwork_start": "2026-11-03", "fieldwork_end": "2026-11-09",
        "published": "2026-11-12", "qualifier": "exact",
    }


def figure(linked: list[dict], article: str, value: float) -> dict:
    return next(c for c in linked if c["article_id"] == article and c["value"] == value)


def test_a_groups_share_that_points_back_takes_the_whole_samples_question_in_its_article():
    linked = link_citations([
        cite("a", "approve of the new congestion charge", 41),
        cite("a", "approval is higher", 58, subgroup="cyclists", position=90, sentence=80),
        cite("b", "approve of the congestion charge", 41),
    ])
    assert figure(linked, "a", 58)["question_id"] == figure(linked, "a", 41)["question_id"]
    assert figure(linked, "a", 58)["subgroup"] == "cyclists"


CITY_CENTRE = [
    cite("a", "approve of the new congestion charge for the city centre", 41),
    cite("a", "expect traffic in the city centre to ease", 35, position=100, sentence=90),
    cite("b", "approve of the new congestion charge for the city centre", 41),
    cite("b", "expect traffic in the city centre to ease", 35, position=100, sentence=90),
]


def test_a_breakdown_alone_in_its_article_joins_the_question_other_outlets_word_for_everyone():
    linked = link_citations([*CITY_CENTRE, cite("c", "approval reaches", 58, subgroup="cyclists")])
    assert figure(linked, "c", 58)["question_id"] == figure(linked, "a", 41)["question_id"]


def test_another_question_asked_of_a_group_stays_apart():
    linked = link_citations([
        *CITY_CENTRE,
        cite("a", "want more protected bike lanes", 66, subgroup="cyclists", position=200, sentence=190),
    ])
    assert figure(linked, "a", 66)["question_id"] != figure(linked, "a", 41)["question_id"]


def test_a_groups_other_answer_does_not_take_the_whole_samples_question():
    linked = link_citations([
        cite("a", "approve of the new congestion charge", 41),
        cite("a", "disapprove", 30, subgroup="drivers", position=90, sentence=80),
        cite("b", "approve of the congestion charge", 41),
    ])
    assert figure(linked, "a", 30)["question_id"] != figure(linked, "a", 41)["question_id"]


def test_a_wordless_breakdown_takes_only_the_share_said_just_before_it():
    near = link_citations([
        cite("a", "trust the electoral commission", 48, sentence=0, sentence_end=40),
        cite("a", None, 63, subgroup="pensioners", position=45, sentence=41),
        cite("b", "trust the electoral commission", 48),
    ])
    assert figure(near, "a", 63)["question_id"] == figure(near, "a", 48)["question_id"]
    far = link_citations([
        cite("a", "trust the electoral commission", 48, sentence=0, sentence_end=40),
        cite("a", None, 63, subgroup="pensioners", position=400, sentence=380),
        cite("b", "trust the electoral commission", 48),
    ])
    assert figure(far, "a", 63)["question_id"] != figure(far, "a", 48)["question_id"]


def test_a_group_named_alone_takes_the_question_another_outlet_words_for_that_groups_share():
    linked = link_citations([
        cite("a", "trust the electoral commission", 48),
        cite("a", "trust it", 63, subgroup="pensioners", position=90, sentence=80),
        cite("b", "The headline figure", 48),
        cite("b", "Pensioners", 63, subgroup="pensioners", position=400, sentence=380),
        cite("b", "Pensioners", 20, subgroup="pensioners", position=500, sentence=480),
    ])
    assert figure(linked, "b", 63)["question_id"] == figure(linked, "a", 63)["question_id"]
    assert figure(linked, "b", 20)["question_id"] != figure(linked, "a", 63)["question_id"]
