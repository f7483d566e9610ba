"""The memos and on-demand lists that save repeated work give what the plain calls give."""
from etl.attribute import ArticleContext
from etl.ingest import Article
from etl.link import _question_tokens, question_tokens
from etl.statements import _leader_choice_frame


def test_a_sentence_s_leader_question_is_found_once_for_all_its_figures():
    text = "As preferred prime minister, Mara Holt is on 38% and Tom Reyes on 31%. Turnout was 64%."
    figures = []
    for value in ("38%", "31%", "64%"):
        start = text.index(value)
        s_start = 0 if start < text.index(". ") else text.index(". ") + 2
        figures.append((start, start + len(value), s_start, text.index(".", start) + 1))
    found: dict = {}
    for n in range(len(figures)):
        assert _leader_choice_frame(text, figures, n, found) == _leader_choice_frame(text, figures, n, {})
    assert _leader_choice_frame(text, figures, 1, found) == ("preferred prime minister", 0)
    assert _leader_choice_frame(text, figures, 2, found) is None


def test_question_tokens_repeat_for_a_repeated_statement():
    citations = [
        {"question_terms": "back the new ferry link", "statement": "back the new ferry link", "pollster": "Ipsos"},
        {"question_terms": "are more likely than men", "statement": "are more likely than men to back it",
         "pollster": None, "subgroup": "women"},
        {"question_terms": None, "statement": "trust the council", "pollster": "Kantar Public"},
    ]
    for citation in citations:
        plain = _question_tokens.__wrapped__(citation.get("question_terms"), citation.get("statement"),
                                             citation.get("pollster"), citation.get("subgroup"))
        assert question_tokens(citation) == plain == question_tokens(dict(citation))
    assert "ferry" in " ".join(question_tokens(citations[0]))


def test_an_article_without_a_preferred_vote_word_keeps_its_terms():
    plain = ArticleContext(Article(id="a", text="A Newspoll survey found 52% back the dam. Labor is on 35%."))
    assert not plain.says_basis
    assert plain._vote_basis("back the dam", 24, 27, 0, 41) == "back the dam"
    preferred = ArticleContext(Article(id="b", text="On a two-party preferred basis, Labor leads the Coalition 53-47."))
    assert preferred.says_basis
    assert preferred._vote_basis("leads the Coalition", 55, 57, 0, 63) == "leads the Coalition two-party-preferred"
