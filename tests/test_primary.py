"""Primary import: our surveys and figures get the pollster's metadata and published values."""

from __future__ import annotations

import json

import pandas as pd

from etl import primary
from etl.package import conform

OURS, OTHER_WAVE = "a" * 16, "b" * 16
F_SUPPORT, F_OPPOSE, F_OTHER = "1" * 16, "2" * 16, "3" * 16


def record(**fields) -> dict:
    base = {"survey_key": "acme-2024-04", "pollster": "Acme Polling Institute", "sponsor": "Daily Example",
            "population": "adults in Freedonia", "geography": "FR", "fieldwork_start": "2024-04-02",
            "fieldwork_end": "2024-04-09", "sample_size": None, "mode": "online", "margin_of_error": None,
            "question": "Do you support building the new bridge?", "answer": "support", "question_key": "bridge",
            "value": 41, "url": "https://acme.example/bridge", "source_type": "pollster_site"}
    return {**base, **fields}


def our_tables() -> dict[str, pd.DataFrame]:
    surveys = pd.DataFrame([
        {"survey_id": OURS, "pollster": "Acme Polling", "fieldwork_start": "2024-04", "basis": "article"},
        {"survey_id": OTHER_WAVE, "pollster": "Acme Polling", "fieldwork_start": "2023-10", "basis": "article"},
    ])
    figures = pd.DataFrame([
        {"figure_id": F_SUPPORT, "survey_id": OURS, "question_id": "5" * 16, "subgroup": "all", "unit": "percent",
         "question": "support building the bridge", "value_basis": "unresolved"},
        {"figure_id": F_OPPOSE, "survey_id": OURS, "question_id": "6" * 16, "subgroup": "all", "unit": "percent",
         "question": "oppose the bridge plan", "value_basis": "citations"},
        {"figure_id": F_OTHER, "survey_id": OTHER_WAVE, "question_id": "5" * 16, "subgroup": "all",
         "unit": "percent", "question": "support building the bridge", "value_basis": "citations"},
    ])
    citations = pd.DataFrame([
        {"citation_id": "c" * 16, "figure_id": F_SUPPORT, "value_cited": 40.0, "value_text": "40%"},
        {"citation_id": "d" * 16, "figure_id": F_SUPPORT, "value_cited": 42.0, "value_text": "42%"},
        {"citation_id": "e" * 16, "figure_id": F_OPPOSE, "value_cited": 52.0, "value_text": "52%"},
        {"citation_id": "f" * 16, "figure_id": F_OTHER, "value_cited": 33.0, "value_text": "33%"},
    ])
    return {"surveys": conform(surveys, "surveys"), "figures": conform(figures, "figures"),
            "citations": conform(citations, "citations")}


def test_matched_survey_gets_the_published_metadata_and_basis_primary():
    records = [record(), record(question_key="sample-size", question="Respondents", answer="respondents",
                                value=1012),
               record(question_key="margin-of-error", question="Margin of error", answer="points", value=3.1)]
    out = primary.apply_primary(our_tables(), records, aliases={})
    survey = out["surveys"].set_index("survey_id").loc[OURS]
    assert survey["basis"] == "primary"
    assert survey["sponsor"] == "Daily Example" and survey["geography"] == "FR" and survey["mode"] == "online"
    assert survey["fieldwork_start"] == "2024-04-02" and survey["date_precision"] == "day"
    assert survey["sample_size"] == 1012 and survey["margin_of_error"] == 3.1
    assert survey["primary_url"] == "https://acme.example/bridge"
    assert out["surveys"].set_index("survey_id").loc[OTHER_WAVE, "basis"] == "article"  # the other wave is apart
    assert set(out["figures"]["unit"]) == {"percent"}  # sample size and margin rows are metadata, not figures
    assert len(out["figures"]) == 3


def test_matched_figure_gets_the_published_value_by_wording_and_value():
    out = primary.apply_primary(our_tables(), [record()], aliases={})
    figures = out["figures"].set_index("figure_id")
    assert figures.loc[F_SUPPORT, "value"] == 41.0 and figures.loc[F_SUPPORT, "value_basis"] == "primary"
    assert figures.loc[F_SUPPORT, "answer"] == "support"
    assert pd.isna(figures.loc[F_OPPOSE, "value"]) and figures.loc[F_OPPOSE, "value_basis"] == "citations"
    assert pd.isna(figures.loc[F_OTHER, "value"])  # same question in another wave is not this figure


def test_a_figure_named_by_the_pollster_keeps_the_articles_wording_as_cited_as():
    out = primary.apply_primary(our_tables(), [record()], aliases={})
    figure = out["figures"].set_index("figure_id").loc[F_SUPPORT]
    assert figure["question"] == "Do you support building the new bridge?"
    assert figure["cited_as"] == "support building the bridge"
    assert pd.isna(out["figures"].set_index("figure_id").loc[F_OPPOSE, "cited_as"])  # its question is the articles'
    again = primary.apply_primary(out, [record()], aliases={})  # an incremental build meets it already filled
    assert again["figures"].set_index("figure_id").loc[F_SUPPORT, "cited_as"] == "support building the bridge"


def test_a_survey_fielded_over_more_months_than_the_published_wave_is_not_that_wave():
    tables = our_tables()
    tables["surveys"].loc[tables["surveys"]["survey_id"] == OURS, ["fieldwork_start", "fieldwork_end"]] = [
        "2024-03", "2024-04"]
    out = primary.apply_primary(tables, [record()], aliases={})
    ours = out["surveys"].set_index("survey_id").loc[OURS]
    assert ours["basis"] == "article" and ours["fieldwork_start"] == "2024-03"


def test_unmatched_published_answer_becomes_a_figure_of_the_matched_survey():
    out = primary.apply_primary(our_tables(), [record(answer="undecided about the bridge", value=7,
                                                      question="Undecided voters on the bridge")], aliases={})
    added = out["figures"][out["figures"]["value_basis"] == "primary"]
    assert len(added) == 1 and added.iloc[0]["survey_id"] == OURS and added.iloc[0]["value"] == 7.0


def test_survey_known_only_from_its_primary_source_is_published_with_its_figures():
    lone = [record(survey_key="zeta-2021", pollster="Zeta Research", fieldwork_start="2021-02-01",
                   fieldwork_end="2021-02-05", question="Trust in parliament", answer="trust", value=23),
            record(survey_key="zeta-2021", pollster="Zeta Research", fieldwork_start="2021-02-01",
                   fieldwork_end="2021-02-05", question="Trust in parliament", answer="distrust", value=70)]
    out = primary.apply_primary(our_tables(), lone, aliases={})
    new = out["surveys"][out["surveys"]["pollster"] == "Zeta Research"]
    assert len(new) == 1 and new.iloc[0]["basis"] == "primary"
    figures = out["figures"][out["figures"]["survey_id"] == new.iloc[0]["survey_id"]]
    assert sorted(figures["value"]) == [23.0, 70.0] and set(figures["value_basis"]) == {"primary"}
    again = primary.apply_primary(our_tables(), lone, aliases={})
    pd.testing.assert_frame_equal(out["figures"], again["figures"])  # ids are content hashes: stable


def test_pollster_aliases_and_dates_decide_the_match():
    aliases = {"acme polling": "acme", "acme polling institute": "acme"}
    assert primary.same_pollster("Acme Polling Institute", "Acme Polling", aliases)
    assert not primary.same_pollster("Zeta Research", "Acme Polling", aliases)
    wrong_month = primary.apply_primary(our_tables(), [record(fieldwork_start="2024-08-01",
                                                              fieldwork_end="2024-08-05")], aliases={})
    assert set(wrong_month["surveys"]["basis"]) == {"article", "primary"}
    assert wrong_month["surveys"].set_index("survey_id").loc[OURS, "basis"] == "article"


def test_read_primary_reports_bad_lines_and_keeps_the_rest(tmp_path, capsys):
    path = tmp_path / "primary.jsonl"
    path.write_text(json.dumps(record()) + "\n{broken\n" + json.dumps({"pollster": "X", "value": "n/a"}) + "\n"
                    + json.dumps(record(fieldwork_start="spring 2024")) + "\n")
    records = primary.read_primary(path)
    assert len(records) == 2 and records[1]["fieldwork_start"] is None
    err = capsys.readouterr().err
    assert f"{path}:2: malformed JSON" in err and f"{path}:3: a primary record needs" in err
    assert f"{path}:4: fieldwork_start 'spring 2024' is not an ISO date" in err


def test_published_breakdowns_are_subgroup_figures_not_restated_headlines():
    wave = [record(population="adults in Freedonia", value=41),
            record(population="Green Party supporters", value=77),
            record(population="Gold Party supporters", value=12)]
    out = primary.apply_primary(our_tables(), wave, aliases={})
    figures = out["figures"].set_index("figure_id")
    assert figures.loc[F_SUPPORT, "value"] == 41.0  # the whole sample's value, not a breakdown's
    added = out["figures"][(out["figures"]["survey_id"] == OURS) & (out["figures"]["subgroup"] != "all")]
    assert sorted(zip(added["subgroup"], added["value"], strict=True)) == [("Gold Party supporters", 12.0),
                                                             ("Green Party supporters", 77.0)]
    survey = out["surveys"].set_index("survey_id").loc[OURS]
    assert survey["population"] == "adults in Freedonia"


def test_a_published_breakdown_fills_our_figure_for_that_subgroup():
    tables = our_tables()
    breakdown = {"figure_id": "4" * 16, "survey_id": OURS, "question_id": "5" * 16, "subgroup": "Green voters",
                 "unit": "percent", "question": "support building the bridge", "value_basis": "citations"}
    tables["figures"] = conform(pd.concat([tables["figures"], pd.DataFrame([breakdown])], ignore_index=True),
                                "figures")
    wave = [record(population="adults in Freedonia", value=41), record(population="Green Party supporters", value=77)]
    figures = primary.apply_primary(tables, wave, aliases={})["figures"].set_index("figure_id")
    assert figures.loc["4" * 16, "value"] == 77.0 and figures.loc[F_SUPPORT, "value"] == 41.0


def test_whole_sample_populations_read_through_abbreviations_and_remarks():
    assert primary.subgroups([record(population="U.S. adults"), record(population="U.S. adults aged 18-29")]) == [
        None, "U.S. adults aged 18-29"]
    panel = [record(population="Ukrainians (national panel)"), record(population="Ukrainian men")]
    assert primary.subgroups(panel) == [None, "Ukrainian men"]


def test_an_undated_wave_goes_to_the_survey_citing_its_values_and_to_one_fieldwork_only():
    """Our 2024 survey cites two of the wave's answers in their own words ("are worried about robots");
    a 2021 survey of the same question cites a value one point off by chance: that is not the wave."""
    new, old = "n" * 16, "o" * 16
    question = "Does the arrival of robots in daily life make you feel worried or hopeful about robots?"
    surveys = pd.DataFrame([
        {"survey_id": new, "pollster": "Acme Polling", "fieldwork_start": "2024-04", "basis": "article"},
        {"survey_id": old, "pollster": "Acme Polling", "fieldwork_start": "2021", "basis": "article"},
    ])
    figures = pd.DataFrame([
        {"figure_id": "1" * 16, "survey_id": new, "question_id": "5" * 16, "subgroup": "all", "unit": "percent",
         "question": "are worried about robots", "value_basis": "citations"},
        {"figure_id": "2" * 16, "survey_id": new, "question_id": "6" * 16, "subgroup": "all", "unit": "percent",
         "question": "feel hopeful about robots", "value_basis": "citations"},
        {"figure_id": "3" * 16, "survey_id": old, "question_id": "5" * 16, "subgroup": "all", "unit": "percent",
         "question": "feel worried about the arrival of robots in daily life", "value_basis": "citations"},
    ])
    citations = pd.DataFrame([
        {"citation_id": "c" * 16, "figure_id": "1" * 16, "value_cited": 52.0, "value_text": "52%"},
        {"citation_id": "d" * 16, "figure_id": "2" * 16, "value_cited": 30.0, "value_text": "30%"},
        {"citation_id": "e" * 16, "figure_id": "3" * 16, "value_cited": 31.0, "value_text": "31%"},
    ])
    tables = {"surveys": conform(surveys, "surveys"), "figures": conform(figures, "figures"),
              "citations": conform(citations, "citations")}
    undated = {"fieldwork_start": None, "fieldwork_end": None, "question": question}
    records = [record(**undated, answer="worried about robots", value=52),
               record(**undated, answer="hopeful about robots", value=30)]
    out = primary.apply_primary(tables, records, aliases={}).get("surveys").set_index("survey_id")
    assert out.loc[new, "basis"] == "primary"
    assert out.loc[old, "basis"] == "article"


def test_a_paraphrased_answer_gets_the_published_value_and_an_opposite_one_does_not():
    """"worry outweighs hope" is the published "more worried than hopeful"; "disapproved" is not "approve"."""
    surveys = pd.DataFrame([{"survey_id": OURS, "pollster": "Acme Polling", "fieldwork_start": "2024-04",
                             "basis": "article"}])
    figures = pd.DataFrame([
        {"figure_id": F_SUPPORT, "survey_id": OURS, "question_id": "5" * 16, "subgroup": "all", "unit": "percent",
         "question": "worry outweighs hope", "value_basis": "citations"},
        {"figure_id": F_OPPOSE, "survey_id": OURS, "question_id": "6" * 16, "subgroup": "all", "unit": "percent",
         "question": "disapproved of the bridge", "value_basis": "citations"},
    ])
    citations = pd.DataFrame([
        {"citation_id": "c" * 16, "figure_id": F_SUPPORT, "value_cited": 52.0, "value_text": "52%"},
        {"citation_id": "d" * 16, "figure_id": F_OPPOSE, "value_cited": 41.0, "value_text": "41%"},
    ])
    tables = {"surveys": conform(surveys, "surveys"), "figures": conform(figures, "figures"),
              "citations": conform(citations, "citations")}
    question = "Does the new bridge make you feel more worried than hopeful, more hopeful than worried, or both?"
    records = [record(question=question, answer="more worried than hopeful", value=52),
               record(question="Do you approve or disapprove of the bridge?", answer="approve", value=41)]
    out = primary.apply_primary(tables, records, aliases={})["figures"].set_index("figure_id")
    assert out.loc[F_SUPPORT, "value_basis"] == "primary" and out.loc[F_SUPPORT, "value"] == 52.0
    assert out.loc[F_OPPOSE, "value_basis"] == "citations" and pd.isna(out.loc[F_OPPOSE, "value"])


def test_a_listed_pollster_keeps_its_reference_name_whatever_the_publication_calls_it():
    """A pollster is listed once: its release's "Name (ACRONYM)" is the name pollsters.csv and the citations use."""
    wave = [record(survey_key="kiis-2021", pollster="Kyiv International Institute of Sociology (KIIS)",
                   fieldwork_start="2021-02-01", fieldwork_end="2021-02-05", question="Trust in courts",
                   answer="trust", value=12),
            record(survey_key="two-2021", pollster="Zeta Research and Omega Polling", fieldwork_start="2021-03-01",
                   fieldwork_end="2021-03-05", question="Trust in courts", answer="trust", value=14)]
    pollsters = set(primary.apply_primary(our_tables(), wave, aliases={})["surveys"]["pollster"])
    assert {"Kyiv International Institute of Sociology", "Zeta Research and Omega Polling"} <= pollsters
    assert "Kyiv International Institute of Sociology (KIIS)" not in pollsters
