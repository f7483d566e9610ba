"""The package writer: validation before writing, a valid Frictionless v2 package, README, atomic replace."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from frictionless import validate as frictionless_validate

from etl import package
from etl.package import TABLES, PackageError, conform
from tests.conftest import DATA

SRC, SUR, FIG, CIT = "1" * 16, "2" * 16, "3" * 16, "4" * 16


def small_tables() -> dict[str, pd.DataFrame]:
    rows = {
        "sources": [{"source_id": SRC, "url": "https://example.org/a", "outlet": "Example Times",
                     "published": "2024-05-02", "text_sha256": "a" * 64}],
        "surveys": [{"survey_id": SUR, "pollster": "Acme Polling", "fieldwork_start": "2024-04",
                     "date_precision": "month", "sample_size": 1000, "margin_of_error": 3.1, "basis": "article"}],
        "figures": [{"figure_id": FIG, "survey_id": SUR, "question_id": "5" * 16, "question": "back the bridge",
                     "subgroup": "all", "unit": "percent", "value_basis": "citations"}],
        "citations": [{"citation_id": CIT, "source_id": SRC, "figure_id": FIG, "kind": "share", "value_cited": 41.0,
                       "value_text": "41%", "char_start": 10, "char_end": 13, "qualifier": "exact",
                       "confidence": 0.9, "extractor_version": "1"}],
        "checks": [],
    }
    return {name: conform(pd.DataFrame(r), name) for name, r in rows.items()}


def files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_written_package_passes_frictionless_validation(tmp_path):
    out = tmp_path / "data"
    package.write_package(small_tables(), out)
    report = frictionless_validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_descriptor_is_data_package_v2_with_typed_described_fields_and_keys(tmp_path):
    out = tmp_path / "data"
    package.write_package(small_tables(), out)
    descriptor = json.loads((out / "datapackage.json").read_text())
    assert descriptor["$schema"].endswith("/2.0/datapackage.json")
    assert descriptor["licenses"] and descriptor["sources"] and descriptor["title"] and descriptor["description"]
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == set(TABLES)
    for name, spec in TABLES.items():
        schema = resources[name]["schema"]
        assert [f["name"] for f in schema["fields"]] == spec.columns
        assert all(f["type"] and f["description"] for f in schema["fields"])
        assert schema["primaryKey"] == [spec.key]
    assert {"fields": ["figure_id"], "reference": {"resource": "figures", "fields": ["figure_id"]}} in \
        resources["citations"]["schema"]["foreignKeys"]


def test_readme_documents_every_column_of_every_table_with_an_example(tmp_path):
    out = tmp_path / "data"
    package.write_package(small_tables(), out)
    readme = (out / "README.md").read_text()
    for name, spec in TABLES.items():
        assert f"## {name}.csv" in readme
        for column in spec.columns:
            assert f"| {column} | " in readme
    assert "| value_text | string | The value exactly as written in the article. | `41%` |" in readme


def test_invalid_rows_are_reported_with_table_row_field_and_reason(tmp_path):
    tables = small_tables()
    tables["citations"].loc[0, "qualifier"] = "roughly"
    tables["citations"].loc[0, "figure_id"] = "9" * 16
    with pytest.raises(PackageError) as err:
        package.write_package(tables, tmp_path / "data")
    text = "\n".join(err.value.problems)
    assert "citations.csv row 2, field qualifier" in text and "roughly" in text
    assert "citations.csv row 2, field figure_id: foreign key into figures.figure_id" in text
    assert not (tmp_path / "data").exists()


def test_duplicate_ids_are_refused(tmp_path):
    tables = small_tables()
    tables["sources"] = pd.concat([tables["sources"], tables["sources"]], ignore_index=True)
    with pytest.raises(PackageError, match=r"sources\.csv row \d+, field source_id"):
        package.write_package(tables, tmp_path / "data")


def test_failure_midway_leaves_the_previous_package_exactly_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "data"
    package.write_package(small_tables(), out)
    (out / "pollsters.csv").write_text("name,aliases,country,website\nAcme Polling,Acme,GB,\n")
    before = files(out)
    written = []

    def failing_write(df, path):
        written.append(path.name)
        if len(written) == 3:
            raise OSError("disk full (injected)")
        df.to_csv(path, index=False)

    monkeypatch.setattr(package, "write_table", failing_write)
    changed = small_tables()
    changed["citations"].loc[0, "value_cited"] = 42.0
    with pytest.raises(OSError, match="injected"):
        package.write_package(changed, out)
    assert len(written) == 3
    assert files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no temporary folder left behind


def test_rewrite_carries_reference_files_over_and_describes_them(tmp_path):
    out = tmp_path / "data"
    out.mkdir()
    (out / "pollsters.csv").write_text("name,aliases,country,website\nAcme Polling,Acme,GB,\n")
    package.write_package(small_tables(), out)
    assert (out / "pollsters.csv").read_text().startswith("name,aliases")
    names = [r["name"] for r in json.loads((out / "datapackage.json").read_text())["resources"]]
    assert "pollsters" in names
    assert frictionless_validate(str(out / "datapackage.json")).valid
    assert "| aliases | string | Other names the organisation goes by, separated by vertical bars. | `Acme` |" in \
        (out / "README.md").read_text()


def test_read_package_round_trips_the_written_tables(tmp_path):
    out = tmp_path / "data"
    tables = small_tables()
    package.write_package(tables, out)
    again = package.read_package(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(again[name], tables[name], check_dtype=True)


def test_committed_package_passes_frictionless_and_pandera_validation():
    report = frictionless_validate(str(DATA / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:20]
    package.validate(package.read_package(DATA))


def test_csv_writer_gives_the_bytes_pandas_to_csv_gives(tmp_path):
    """write_table formats a column at a time for speed; quoting, floats and missing values must not change."""
    texts = ["plain", "a, b", 'say "yes"', "two\nlines", "carriage\rreturn", "", None, " spaced ", "é ünïcode",
             "1,000", '",', "x\u2028y"]
    n = len(texts)
    df = pd.DataFrame({
        "text": pd.Series(texts, dtype="str"),
        "number": [41.0, 4.6, -0.0, 0.0, 1e-05, 1e20, float("nan"), 0.1 + 0.2, float("inf"), 1e16, 41.0, 3.0],
        "count": pd.array([1, None, 0, -5, 2**40, 7, 8, 9, 10, 11, 12, 13], dtype="Int64"),
        "id": pd.Series([f"{i:016x}" for i in range(n)], dtype="str"),
    })
    for chunk in (1, 5, 1000):
        package.write_table(df, tmp_path / "fast.csv", chunk=chunk)
        df.to_csv(tmp_path / "pandas.csv", index=False, lineterminator="\n", encoding="utf-8")
        assert (tmp_path / "fast.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
    no_zero = df.assign(number=df["number"].abs() + 1)  # the factorised float path (no -0.0)
    package.write_table(no_zero, tmp_path / "fast.csv")
    no_zero.to_csv(tmp_path / "pandas.csv", index=False, lineterminator="\n", encoding="utf-8")
    assert (tmp_path / "fast.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
    empty = df.iloc[:0]
    package.write_table(empty, tmp_path / "fast.csv")
    assert (tmp_path / "fast.csv").read_text() == "text,number,count,id\n"


def test_sort_rows_orders_like_a_stable_sort_values():
    ids = [f"{(i * 7919) % 1000:016x}" for i in range(60)]
    df = pd.DataFrame({
        "id": pd.Series([*ids[:50], "ABCDEF0123456789", None, "zz", *ids[:7]], dtype="str"),
        "text": pd.Series(["b", "a", None, "B", "é"] * 12, dtype="str"),
        "value": [float(i % 4) if i % 9 else float("nan") for i in range(60)],
        "count": pd.array([2**60 + i % 3 if i % 7 else None for i in range(60)], dtype="Int64"),
        "big": [2**60 + (i * 13) % 5 for i in range(60)],  # past float precision
    })
    for keys in (["id"], ["text", "value"], ["value", "id"], ["text", "value", "id"], ["count", "id"],
                 ["big", "text"]):
        expected = df.sort_values(keys, kind="stable")
        assert package.sort_rows(df, keys).index.tolist() == expected.index.tolist(), keys
    hex_only = pd.DataFrame({"id": pd.Series(ids, dtype="str")})
    assert package.sort_rows(hex_only, ["id"])["id"].tolist() == sorted(ids)


def test_id_pattern_check_fast_path_reports_what_a_per_value_match_reports(tmp_path):
    tables = small_tables()
    assert package.hex_digits(tables["citations"]["citation_id"], 16) is not None
    for bad in ("ABCDEF0123456789", "123", "0123456789abcdefa", "0123456789abcdeg"):
        tables = small_tables()
        tables["citations"].loc[0, "citation_id"] = bad
        assert package.hex_digits(tables["citations"]["citation_id"], 16) is None
        with pytest.raises(PackageError) as err:
            package.validate(tables)
        assert f"citations.csv row 2, field citation_id: str_matches('^[0-9a-f]{{16}}$') (value '{bad}')" in \
            err.value.problems
