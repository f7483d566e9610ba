"""British and American spellings of one question meet: outlets in London and New York word the same poll."""

import pytest

from etl.link import statement_tokens


@pytest.mark.parametrize(("british", "american"), [
    ("sympathise with the striking nurses", "sympathize with the striking nurses"),
    ("have a favourable opinion of the mayor", "have a favorable opinion of the mayor"),
    ("back more defence spending", "back more defense spending"),
    ("want the town centre closed to cars", "want the town center closed to cars"),
    ("think the programme was analysed fairly", "think the program was analyzed fairly"),
    ("are sceptical of artificial intelligence", "are skeptical of AI"),
    ("trust charitable organisations", "trust charitable organizations"),
])
def test_the_two_spellings_of_one_statement_have_the_same_words(british, american):
    assert statement_tokens(british) == statement_tokens(american)


def test_short_words_that_only_look_british_are_left_alone():
    assert statement_tokens("raise the wage") != statement_tokens("raze the wage")
    assert statement_tokens("every hour") != statement_tokens("every hor")
    assert statement_tokens("a wise choice") != statement_tokens("a wize choice")
