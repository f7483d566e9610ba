"""The cheap tests that let etl.statements skip a regex give what the regex alone gives.

Each test runs a shortcut and the full computation it stands for over clauses written here (fillers,
connectives and attributions in every position and case, words that only look like them) and asserts
they agree, and that the shortcut does skip some of them (else it would save nothing).
"""

from itertools import product

from etl import statements as st
from etl.textmatch import contains_any

WORDS = ["to", "at", "than", "as", "more", "many", "the", "plan", "stood", "Said", "said", "they", "They", "of",
         "them", "and", "However,", "however", "in", "In", "addition", "poll", "survey", "found", "that", "has",
         "put", "According", "according", "support", "respectively", "Stated", "statesman", "tota", "ſaid", "2020",
         "’", "(", ",", "-", "  "]


def _clauses() -> list[str]:
    """Every clause of one to three of WORDS, joined by a space (and some by other spacing)."""
    found = [" ".join(words) for n in (1, 2, 3) for words in product(WORDS, repeat=n)]
    return [*found, *(c.replace(" ", "\n", 1) for c in found[::7]), *(c + " " for c in found[::11]),
            *(" " + c for c in found[::5]), ""]


CLAUSES = [
    *_clauses(), "support for the plan stood at", "41% said they would back it", "about as many as",
    "a little more than", "According to the survey", "According to the survey, 40%", "the Ipsos poll found that",
    "The poll has put", "the survey shows", "Pollsters at the institute said that", "what the study found is that",
    "in March 2024 they said", "they’re", "polled between March 10 and 12,", "told reporters that it"]


def _full_trailing_filler(clause: str) -> str:
    m = st.TRAIL_FILLER_REVERSED.match(clause[:-st.TRAIL_WINDOW - 1:-1]) if clause else None
    return clause[:len(clause) - m.end()] if m else clause


def test_trailing_filler_word_check_agrees_with_the_regex():
    skipped = 0
    for clause in CLAUSES:
        assert st._strip_trailing_filler(clause) == _full_trailing_filler(clause), clause
        last = clause[clause.rfind(" ") + 1:]
        skipped += last.isalpha() and last.isascii() and last.lower() not in st.TRAIL_FILLER_LAST_WORDS
    assert st._strip_trailing_filler("support for the plan stood at") == "support for the plan"
    assert skipped > len(CLAUSES) // 3


def test_lead_filler_word_check_agrees_with_the_regex():
    for clause in CLAUSES:
        assert st._strip_lead_filler(clause) == st._strip_lead(st.LEAD_FILLER, clause), clause
    assert st._strip_lead_filler("said they would back it") == "would back it"
    assert st._strip_lead_filler("  back it") == "back it"  # the spaces before a value's words
    assert "support" not in st.LEAD_FILLER_FIRST_WORDS


def test_connective_word_check_agrees_with_the_regex():
    for clause in CLAUSES:
        assert st._strip_connective(clause) == st._strip_lead(st.LEAD_CONNECTIVE, clause), clause
    assert st._strip_connective("In addition support rose") == "support rose"
    assert "support" not in st.LEAD_CONNECTIVE_FIRST_WORDS


def test_attribution_is_tried_wherever_it_can_strip_something():
    skipped = 0
    for clause in CLAUSES:
        if contains_any(clause, st.ATTRIBUTION_HINTS) and st.LEAD_ATTRIBUTION.match(clause):
            assert st._may_lead_attribution(clause), clause
        skipped += contains_any(clause, st.ATTRIBUTION_HINTS) and not st._may_lead_attribution(clause)
    assert not st._may_lead_attribution("According to the survey")  # no comma, no verb: no match possible
    assert st._may_lead_attribution("According to the survey, 40%")
    assert skipped


def test_source_reading_is_tried_wherever_it_matches():
    for clause in CLAUSES:
        lowered = clause.lower()
        if contains_any(lowered, st.SOURCE_NOUNS) and st.SOURCE_READING.match(clause):
            assert contains_any(lowered, st.SOURCE_VERBS) or st._has_ignorecase_oddity(clause), clause
    assert not contains_any("according to the survey", st.SOURCE_VERBS)


def test_polled_by_word_check_agrees_with_the_regex():
    for lead in ["", " ", "  ", "\n"]:
        for clause in [*CLAUSES, "polled by the Institute (KIIS) consider", "who were surveyed for the Trust back",
                                 "– when asked", "surveyed online back", "said so"]:
            text = "41%" + lead + clause
            full = st.POLLED_BY.match(text, 3) or st.GAPPED_DASH.match(text, 3)
            assert st._past_polled_by(text, 3, len(text)) == (full.end() if full else 3), text
