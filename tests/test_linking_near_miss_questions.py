"""Keeping apart near-miss questions of one wave that one cluster took in: an article giving two shares of
it, in its own different words, shows the cluster holds two questions."""

from __future__ import annotations

from etl.link import _readings, link_citations, split_self_contradicting, statement_tokens


def cite(article: str, statement: str, value: float, *, position: int = 0, sentence: int = 0) -> dict:
    return {
        "article_id": article, "kind": "share", "value": value, "value_text": f"{value:g}%",
        "start": position, "end": position + 3, "sentence_start": sentence, "pollster": "Ipsonde",
        "statement": statement, "subgroup": None, "fieldwork_start": "2026-04-08", "fieldwork_end": "2026-04-08",
        "published": None, "qualifier": "exact",
    }


def figure(linked: list[dict], article: str, value: float) -> str:
    return next(c["figure_id"] for c in linked if c["article_id"] == article and c["value"] == value)


def test_two_leaders_ratings_are_two_figures_though_one_outlet_words_them_alike():
    linked = link_citations([
        cite("herald", "satisfied with the Taoiseach", 38, position=10),
        cite("herald", "satisfied with the Tanaiste", 33, position=40),
        cite("examiner", "satisfaction rating", 38, position=10),
        cite("examiner", "satisfaction rating", 33, position=40),
        cite("courier", "satisfied with the Tanaiste", 33, position=10),
        cite("courier", "satisfied with the Taoiseach", 38, position=50, sentence=45),
    ])
    assert figure(linked, "herald", 38) == figure(linked, "examiner", 38) == figure(linked, "courier", 38)
    assert figure(linked, "herald", 33) == figure(linked, "examiner", 33) == figure(linked, "courier", 33)
    assert figure(linked, "herald", 38) != figure(linked, "herald", 33)


def test_two_shares_in_the_same_words_stay_one_question_of_two_subgroups():
    linked = link_citations([
        cite("herald", "think the drought is an emergency", 64, position=10),
        cite("herald", "think the drought is an emergency", 81, position=60, sentence=50),
        cite("examiner", "say the drought is an emergency", 64, position=10),
        cite("examiner", "say the drought is an emergency", 81, position=60, sentence=50),
    ])
    assert len({c["figure_id"] for c in linked}) == 1


def test_a_share_only_one_article_gives_stays_in_the_cluster():
    citations = [cite("herald", "back the port levy", 52, position=10),
                 cite("herald", "oppose the harbour tunnel", 30, position=40),
                 cite("examiner", "back the port levy", 52, position=10)]
    tokens = [statement_tokens(c["statement"]) for c in citations]
    kept = split_self_contradicting(citations, tokens, ["q"] * 3, ["w"] * 3, [None] * 3)
    assert kept == ["q", "q", "q"]


def test_the_share_most_outlets_give_keeps_the_cluster_and_the_other_gets_its_own():
    citations = [cite("herald", "back the port levy", 52, position=10),
                 cite("herald", "oppose the harbour tunnel", 30, position=40),
                 cite("examiner", "back the port levy", 52, position=10),
                 cite("courier", "back the levy", 52.4, position=10),
                 cite("courier", "oppose the tunnel", 30, position=40)]
    tokens = [statement_tokens(c["statement"]) for c in citations]
    split = split_self_contradicting(citations, tokens, ["q"] * 5, ["w"] * 5, [None] * 5)
    assert split[0] == split[2] == split[3] == "q"
    assert split[1] == split[4] != "q"


def test_a_subgroup_share_is_no_reading_of_the_whole_sample():
    citations = [cite("herald", "back the port levy", 52, position=10),
                 cite("herald", "oppose the harbour tunnel", 30, position=40),
                 cite("examiner", "back the port levy", 52, position=10),
                 cite("examiner", "oppose the harbour tunnel", 30, position=40)]
    tokens = [statement_tokens(c["statement"]) for c in citations]
    subgroups = [None, "aged 18-29", None, "aged 18-29"]
    assert split_self_contradicting(citations, tokens, ["q"] * 4, ["w"] * 4, subgroups) == ["q"] * 4


def test_rounding_keeps_one_reading_and_a_wider_gap_starts_the_next():
    shares = [(0, 38.0, 1.0), (1, 38.4, 1.0), (2, 39.0, 1.0), (3, 33.0, 1.0), (4, 41.0, 1.0)]
    assert _readings(shares) == [[3], [0, 1, 2], [4]]
