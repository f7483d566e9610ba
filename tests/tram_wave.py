"""Test helper: a made-up pollster's published wave (Northfield, March 2024, a tram line to the airport) that
the desk tests check drafts against."""

from etl.desk_data import Figure

MARCH = {"pollster": "Northfield", "fieldwork_start": "2024-03", "fieldwork_end": "2024-03"}
QUESTION = "Should the city build the new tram line to the airport?"


def tram(figure_id: str, answer: str, value: float, subgroup: str = "all") -> Figure:
    """A published answer of Northfield's March 2024 wave."""
    return Figure(figure_id=figure_id, survey_id="v-north-mar", pollster="Northfield", fieldwork_start="2024-03-04",
                  fieldwork_end="2024-03-08", population="residents", question=QUESTION, answer=answer,
                  subgroup=subgroup, value=value, unit="percent", value_basis="primary", kinds=frozenset({"share"}))
