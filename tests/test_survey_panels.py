"""A pollster's online or research panel is a survey: its count is the sample, its shares are figures. Other
panels (solar panels, a panel of judges) are not."""

from etl.extract import find_mentions


def kinds(text: str) -> list[tuple[str, str, float]]:
    return [(m["kind"], m["value_text"], m["confidence"]) for m in find_mentions("t", text)]


def test_an_online_panel_is_a_survey_and_its_count_the_sample():
    found = kinds("The Harbour Institute's online panel of 823 urban residents found that 41% backed the plan.")
    assert found == [("sample_size", "823", 1.0), ("share", "41%", 1.0)]


def test_a_research_panel_too():
    found = kinds("Its research panel of 2,150 adults said 37% would pay more.")
    assert [k[:2] for k in found] == [("sample_size", "2,150"), ("share", "37%")]
    assert all(confidence >= 0.5 for *_, confidence in found)


def test_solar_panels_and_a_panel_of_judges_are_no_survey():
    found = kinds("Solar panels now cover 41% of the roof, and an expert panel of 12 judges met on Monday.")
    assert all(confidence < 0.5 for *_, confidence in found)
    assert "sample_size" not in [kind for kind, *_ in found]
