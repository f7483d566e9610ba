"""The cheap word tests that now run before attribution's costlier patterns decide as the patterns alone do."""

from __future__ import annotations

import re

from etl.attribute import (
    ACRONYM_REPORTS_POLL,
    ANOTHER_SURVEY,
    EARLIER_WAVE_CUE,
    EARLIER_WAVE_RAN,
    EARLIER_WAVE_WORDS,
    GROUP_DATE,
    GROUP_DATE_WORDS,
    PUBLISHED_BY,
    REPORTING_VERBS,
    RESEARCH_OR_STUDY,
    SAMPLE_VERB_AFTER,
    SAMPLE_VERBS,
    ArticleContext,
)
from etl.cues import (
    CONTACT_WORD_LIST,
    CONTACTED_AFTER,
    CONTACTED_BEFORE,
    RESPONDED_AFTER,
    RESPONSE_WORDS,
    contacted_count,
    responded_count,
)
from etl.dates import SINGLE_DAY_LEAD, SINGLE_DAY_VERBS, date_span, find_dates
from etl.ingest import Article
from etl.numbers import fold
from etl.pollsters import CAPITALISED_WORD
from etl.textmatch import contains_any


def _context(text: str) -> ArticleContext:
    return ArticleContext(Article(id="sr", text=text, published="2024-06-20"))


def test_every_earlier_wave_cue_holds_one_of_its_words():
    leads = ["in the previous survey in ", "compared with ", "since ", "up from 38% in ", "lower than in ",
             "two years ago, in ", "against ", "four points from ", "down four on ", "a point lower than ",
             "fewer than the ", "steady on "]
    for lead in leads:
        assert EARLIER_WAVE_CUE.search(lead), lead
        assert contains_any(lead, EARLIER_WAVE_WORDS), lead
    ran = "the previous week's poll, which was conducted on the "
    assert EARLIER_WAVE_RAN.search(ran) and contains_any(ran, EARLIER_WAVE_WORDS[:4])


def test_survey_dates_skip_earlier_waves_as_the_full_search_does():
    text = ("A Kantar poll of 1,004 adults was carried out between 3 and 9 May 2024. Support rose to 41%, up from "
            "38% since March 2024. The previous survey, conducted on 2 February 2024, had 36%. The survey ran "
            "online over 12 and 13 April 2024, and 44% agreed.")
    context = _context(text)
    for d in context.dates:
        s_start = context.sentence_of(d.start)[0]
        full = bool(EARLIER_WAVE_CUE.search(context.lowered, max(s_start, d.start - 40), d.start) or (
            EARLIER_WAVE_RAN.search(context.lowered, max(s_start, d.start - 80), d.start)))
        assert context._earlier_wave_before(d, s_start) == full
    assert [text[d.start:d.end] for d in context.survey_dates] == ["3 and 9 May 2024", "12 and 13 April 2024"]


def test_a_lone_weekday_dates_a_survey_only_after_its_verb_in_any_case():
    for verb in ("completed", "closed", "concluded", "ended", "finished", "conducted", "carried out", "fielded",
                 "surveyed", "polled", "interviewed", "questioned"):
        for lead in (f"The poll was {verb} on ", f"THE POLL WAS {verb.upper()} LATE ON "):
            assert SINGLE_DAY_LEAD.search(lead), lead
            assert contains_any(lead.lower(), SINGLE_DAY_VERBS), lead
    for text, dated in (("The survey closed on Tuesday, its authors said.", True),
                        ("FIELDWORK WAS CONCLUDED ON Sunday by the firm, and it said so on Monday.", True),
                        ("The minister said on Tuesday that the plan had worked.", False),
                        ("A poll – the minister said on Tuesday – was due.", False)):
        found = find_dates(text, set(CAPITALISED_WORD.findall(text)), [])
        for m in found:  # the lone weekday is a date exactly where the full search finds its verb
            assert (date_span(m) is not None) == bool(SINGLE_DAY_LEAD.search(text, max(0, m.start() - 60), m.start()))
        assert any(date_span(m) is not None for m in found) == dated, text


def test_published_by_is_tried_where_its_forms_can_open():
    for text in ("Research from the Northfield Trust found that 41% agree.",
                 "The Social Trends survey, published by the Harbour Trust, found 41% agree.",
                 "A study by the Lindqvist Foundation found 41% agree."):
        pos = min(p for p in (text.find(w) for w in ("Research", "survey", "study")) if p >= 0)
        assert PUBLISHED_BY.match(text, pos), text
        assert text.startswith(RESEARCH_OR_STUDY, pos) or pos < text.rfind("published"), text
    context = _context("The Social Trends survey, published by the Harbour Trust, found 41% agree. Research from "
                       "the Northfield Trust put it at 39%.")
    assert {name for _, name in context.sponsors} == {"Harbour Trust", "Northfield Trust"}


def test_counts_answered_and_contacted_as_the_full_patterns_say():
    sentences = ["1,200 of them gave valid answers to the questions", "426 and 622 people, respectively, responded",
                 "2,076 people were contacted by phone and 1,200 answered", "1,040 households were approached",
                 "804 adults completed the questionnaire online", "1,500 voters in the seat were polled",
                 "the firm e-mailed 3,000 members and 1,100 replied", "some 2,000 people took part"]
    for sentence in sentences:
        folded = fold(sentence)
        end_of_sentence = len(folded)
        for count in re.finditer(r"\d[\d,]*", folded):
            start, end = count.span()
            assert responded_count(folded, end, end_of_sentence) == bool(
                RESPONDED_AFTER.match(folded, end, end_of_sentence)), (sentence, count.group())
            before = max(0, start - 40)
            full_contact = bool(CONTACTED_BEFORE.search(folded, before, start) or CONTACTED_AFTER.match(
                folded, end, end_of_sentence))
            gated_contact = (contains_any(folded[before:start], CONTACT_WORD_LIST) and bool(
                CONTACTED_BEFORE.search(folded, before, start))) or (contains_any(
                    folded[end:end_of_sentence], CONTACT_WORD_LIST) and bool(
                    CONTACTED_AFTER.match(folded, end, end_of_sentence)))
            assert gated_contact == full_contact, (sentence, count.group())
    assert contacted_count(fold(sentences[2]), 0, 5, 0, len(sentences[2]))
    assert not contacted_count(fold(sentences[5]), 0, 5, 0, len(sentences[5]))
    for words in (RESPONSE_WORDS, CONTACT_WORD_LIST):
        assert all(word == word.lower() for word in words)  # the patterns run on folded text


def test_sample_verbs_cover_every_verb_after_a_count():
    text = ("Some 804 respondents took part. In all 1,500 Germans were interviewed, and 912 people responded; "
            "600 adults participated online while 700 voters were asked. The 2,000 seats were sold.")
    context = _context(text)
    for count in re.finditer(r"\d[\d,]*", text):
        end = count.end()
        assert context._sample_verb_after(end) == bool(SAMPLE_VERB_AFTER.match(text, end, end + 60)), count.group()
        if SAMPLE_VERB_AFTER.match(text, end, end + 60):
            assert contains_any(text[end:end + 60], SAMPLE_VERBS)
    assert (text.index("804"), 804) in context._samples()


def test_reporting_acronyms_and_voters_groups_hold_their_words():
    for lead in ("STEM found in a ", "IFOP said its latest ", "CRRC reported the new ", "IRI finds an "):
        assert ACRONYM_REPORTS_POLL.search(lead) and contains_any(lead, REPORTING_VERBS), lead
    for lead in ("those who voted in the ", "people who backed him in ", "voters who took part at ",
                 "the party won at ", "she received during the ", "he was elected in "):
        low = fold(lead)
        assert GROUP_DATE.search(low) and contains_any(low, GROUP_DATE_WORDS), lead
    text = "Among those who voted in 2019, 44% backed the deal, a Gallup poll conducted in March 2024 found."
    context = _context(text)
    low = context.lowered
    for d in context.dates:
        s_start = context.sentence_of(d.start)[0]
        before = max(s_start, d.start - 50)
        assert (contains_any(low[before:d.start], GROUP_DATE_WORDS) and bool(GROUP_DATE.search(low, before, d.start))
                ) == bool(GROUP_DATE.search(low, before, d.start))
    assert {text[d.start:d.end]: context._defines_group(d, 0) for d in context.dates} == {
        "2019": True, "March 2024": False}
    assert [text[d.start:d.end] for d in context.survey_dates] == ["March 2024"]


def test_years_are_found_among_digit_runs_as_the_year_pattern_did():
    year = re.compile(r"(?:19|20)\d\d")
    for number in ("2023", "1999", "20,000", "19,50", "2050", "1,950", "200,000", "1950s", "20000", "3019"):
        assert (number.startswith(("19", "20")) and "," not in number[2:4]) == bool(year.match(number)), number
    text = "In 2023, 20,000 people and 1,950 voters were asked; in 1999 fewer were."
    found = [m.group() for m in find_dates(text, set(CAPITALISED_WORD.findall(text)),
                                            list(re.finditer(r"\d[\d,]{2,}", text)))]
    assert found == ["2023", "1999"]


def test_another_survey_is_looked_for_only_in_articles_with_its_words():
    with_word = _context("Labour is on 31%, YouGov found. Another survey, by Opinium, put it at 29%.")
    without = _context("Labour is on 31%, YouGov found. A poll by Opinium put it at 29%.")
    for context, says in ((with_word, True), (without, False)):
        assert context.says_another == says
        for s_start, s_end in zip(context.sentence_starts, context.sentence_ends, strict=True):
            full = bool(ANOTHER_SURVEY.search(context.lowered, s_start, s_end))
            assert context._names_another_survey(s_start, s_end) == full
    assert with_word._names_another_survey(with_word.sentence_starts[1], with_word.sentence_ends[1])
