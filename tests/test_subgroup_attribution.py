"""Whose share a figure is: a subgroup named before a pair of values, by a plural noun and an age band, by
a sentence that opens with the group it compares ("Women were less keen, at 39%, than men, at 51%"), by
"Of those who ..." or by "Among them," pointing at the figure just before; and the whole sample where the
words name no group ("decided voters", "the primary vote", "Voters were split").

Every pollster, figure and sentence here is made up for the tests.
"""

from __future__ import annotations

from etl.extract import extract_article
from etl.ingest import Article

LEAD = "A Northgate Research poll of 1,500 adults in Canada was published on Tuesday.\n"


def shares(text: str) -> dict[str, dict]:
    """The extracted shares of some sentences after a lead naming a Canadian poll, by value text."""
    article = Article(id="t", text=LEAD + text, title="Poll", published="2025-03-04")
    return {row["value_text"]: row for row in extract_article(article, 0.5) if row["kind"] == "share"}


def test_group_leading_a_pair_of_values_is_each_values_group():
    got = shares("Among voters aged 18 to 34, the Greens lead 35% to 30%.")
    assert got["35%"]["subgroup"] == "voters aged 18-34"
    assert got["30%"]["subgroup"] == "voters aged 18-34"


def test_any_plural_noun_before_an_age_band_names_the_group():
    got = shares("Among private tenants aged 25 to 34, the figure rises to 47%.")
    assert got["47%"]["subgroup"] == "private tenants aged 25-34"


def test_leading_group_without_a_comma_before_the_figure_words():
    got = shares("Among 18-24s the figure is 44%.")
    assert got["44%"]["subgroup"] == "aged 18-24"


def test_ranked_age_group_before_at():
    got = shares("Satisfaction with the mayor was highest among over-65s, at 27%.")
    assert got["27%"]["subgroup"] == "aged 65+"


def test_sentence_opening_with_a_compared_group_and_the_group_after_than():
    got = shares("Women were less supportive of the levy, at 39%, than men, at 51%.")
    assert got["39%"]["subgroup"] == "Women"
    assert got["51%"]["subgroup"] == "men"
    assert "Women" not in got["39%"]["statement"]


def test_party_voters_compared_with_bracketed_shares():
    got = shares("Conservative voters were more likely (64%) than Labour voters (41%) to back the levy.")
    assert got["64%"]["subgroup"] == "Conservative voters"
    assert got["41%"]["subgroup"] == "Labour voters"


def test_group_with_its_share_in_commas_then_a_comparison():
    got = shares("Republicans, at 78%, remained far more approving than Democrats, at 6%.")
    assert got["78%"]["subgroup"] == "Republicans"


def test_group_of_a_complement_compared():
    got = shares("Parents of children under 12 were the most likely to back the ban, at 58%.")
    assert got["58%"]["subgroup"].startswith("Parents of children")


def test_group_before_a_colon_that_compares():
    got = shares("Independents are souring fastest: only a third approve.")
    assert got["a third"]["subgroup"] == "Independents"


def test_subject_group_with_a_past_verb_and_a_pair():
    got = shares("Renters backed the levy 58% to 31%.")
    assert got["58%"]["subgroup"] == "Renters"
    assert got["31%"]["subgroup"] == "Renters"


def test_sample_word_with_a_place_is_a_group():
    got = shares("Among respondents in rural areas, support for the levy rose to 66%.")
    assert got["66%"]["subgroup"] == "respondents in rural areas"


def test_of_those_who_with_a_lower_case_clause():
    got = shares("Of those who backed the party last time, 52 per cent said they would do so again.")
    assert got["52 per cent"]["subgroup"] == "those who backed the party last time"


def test_among_them_points_at_the_figure_of_the_sentence_before():
    got = shares("Some 30% said they own a heat pump. Among them, 40% would buy another.")
    assert got["30%"]["subgroup"] is None
    assert got["40%"]["subgroup"].startswith("those who")
    assert "heat pump" in got["40%"]["subgroup"]


def test_among_them_after_a_sentence_without_a_figure_names_no_group():
    got = shares("Some 30% said they own a heat pump.\n\nFarmers in the prairies differed sharply. Among them, "
                 "50% would buy another.")
    assert got["50%"]["subgroup"] is None


def test_whole_sample_openings_are_no_group():
    got = shares("Voters were split on the levy, with 44% in favour.\n\n"
                 "Most voters were more cautious, at 41%.\n\n"
                 "Ontario residents were more likely, at 50%, to back it.")
    assert got["44%"]["subgroup"] is None
    assert got["41%"]["subgroup"] is None
    assert got["50%"]["subgroup"] is None


def test_decided_voters_and_the_primary_vote_are_the_whole_sample():
    got = shares("Some 41 per cent of decided voters would back the Liberals.\n\n"
                 "The Greens are on 12% of the primary vote.")
    assert got["41 per cent"]["subgroup"] is None
    assert got["12%"]["subgroup"] is None


def test_joint_poll_name_after_in_is_no_place():
    got = shares("Approval of the premier drops to 38% in Globe/Northgate polling.")
    assert got["38%"]["subgroup"] is None
