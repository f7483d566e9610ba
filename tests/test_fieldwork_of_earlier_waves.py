"""Dates of an earlier wave must not date the current one, and an undated story's month takes no year from
history: a comparison's survey named with its month ("up from 49% in a similar survey in April", "the previous
edition of the survey in May"), an undated earlier value in a list of dated comparisons, a month whose year only
some other year of the text suggests (linking moves it to the pollster's wave of that month)."""

from __future__ import annotations

from etl.link import redate_guessed_months
from tests.test_attribute import attribute as attributed


def starts(text: str, *values: str, published: str | None = None) -> list[str | None]:
    """The fieldwork start attributed to each share (value texts searched in order)."""
    return [m["fieldwork_start"] for m in attributed(text, *values, published=published)]


def test_similar_survey_month_is_the_compared_values_not_the_new_polls():
    text = ("Most Ghanaians think the economy is getting worse, a new Ipsos poll shows. Some 58 per cent said so, "
            "up from 49 per cent in a similar poll in April.")
    assert starts(text, "58 per cent", "49 per cent", published="2026-09-02") == [None, "2026-04"]


def test_compared_value_with_its_survey_and_month_dates_only_that_value():
    text = ("Most Ghanaians think the economy is getting worse, a new Ipsos poll shows. Some 58 per cent said so, "
            "up from 49 per cent in a comparable survey by the company in April.")
    assert starts(text, "58 per cent", "49 per cent", published="2026-09-02") == [None, "2026-04"]


def test_previous_edition_month_does_not_date_the_later_figures():
    text = ("The latest Ipsos survey shows 41% approve of the mayor. In the previous edition of the survey in May, "
            "45% approved. Some 30% back the opposition.")
    assert starts(text, "41%", "45%", "30%", published="2026-09-02") == [None, "2026-05", None]


def test_survey_a_month_earlier_dates_its_value_a_month_back():
    text = ("A new Kantar poll, carried out this month, puts the Greens on 12 per cent. In the firm's survey a month "
            "earlier the Greens stood at 9 per cent.")
    assert starts(text, "12 per cent", "9 per cent", published="2026-06-20") == ["2026-06", "2026-05"]


def test_undated_earlier_value_takes_the_one_compared_date_before_it():
    text = ("Confidence in the count, by party:\n- Liberals: 44%, down from 61% in 2021.\n"
            "- Conservatives: 58%, up from 35%.\nThe Leger poll was conducted Sept. 5-8.")
    assert starts(text, "44%", "61%", "58%", "35%", published="2025-09-12") == [
        "2025-09-05", "2021", "2025-09-05", "2021"]


def test_undated_story_takes_no_year_from_history():
    text = ("The Ipsos survey, done in March, found that 61% of Zambians back the reform. Growth was the fastest "
            "since 2018.")
    assert starts(text, "61%") == [None]


def test_undated_story_month_with_a_year_of_the_text_is_inferred():
    text = "The Ipsos survey, done in March, found that 61% of Zambians back the reform, as in a 2022 survey."
    (mention,) = attributed(text, "61%")
    assert (mention["fieldwork_start"], mention["year_inferred"]) == ("2022-03", True)


def test_value_of_a_stated_year_confirms_the_inferred_one():
    text = ("The Ipsos survey was fielded in March. Ipsos's 2022 survey had 48% in favour, and 61% now back it.")
    first, _ = attributed(text, "48%", "61%")
    assert (first["fieldwork_start"], first["year_inferred"]) == ("2022-03", False)


def citation(article: str, start: str, end: str, published: str | None, inferred: bool = False) -> dict:
    return {"article_id": article, "fieldwork_start": start, "fieldwork_end": end, "published": published,
            "year_inferred": inferred, "date_precision": "month" if len(start) == 7 else "day"}


def test_guessed_year_moves_to_the_pollsters_wave_of_that_month_elsewhere():
    cited = [citation("a1", "2026-09-08", "2026-09-14", "2026-10-01"),
             citation("a2", "2023-09", "2023-09", None, inferred=True)]
    assert redate_guessed_months(cited) == {
        1: {"fieldwork_start": "2026-09", "fieldwork_end": "2026-09", "year_inferred": False}}


def test_guessed_year_stays_when_that_month_is_dated_elsewhere_or_only_by_its_own_article():
    dated_then = [citation("a1", "2023-09-02", "2023-09-06", "2023-09-20"),
                  citation("a3", "2026-09-08", "2026-09-14", "2026-10-01"),
                  citation("a2", "2023-09", "2023-09", None, inferred=True)]
    own_only = [citation("a2", "2026-09-08", "2026-09-14", None),
                citation("a2", "2023-09", "2023-09", None, inferred=True)]
    published = [citation("a1", "2026-09-08", "2026-09-14", "2026-10-01"),
                 citation("a2", "2023-09", "2023-09", "2023-10-02", inferred=True)]
    assert redate_guessed_months(dated_then) == redate_guessed_months(own_only) == {}
    assert redate_guessed_months(published) == {}
