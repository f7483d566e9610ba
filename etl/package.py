"""The published data package: table spec, validation, datapackage.json, README, atomic write.

One spec (`etl.schema.TABLES`) drives everything: the pandera schemas that check every table before writing, the
Frictionless Data Package v2 descriptor, the column documentation in data/README.md and the dtypes used
to read an existing package back. The package folder is written to a temporary sibling and swapped in
by rename, so a build that fails leaves the previous package exactly as it was.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from etl.schema import CHECK_RULES, ID_PATTERN, SHA256_PATTERN, TABLES, Field, Table

HEX_WIDTH = {ID_PATTERN: 16, SHA256_PATTERN: 64}
HEX_DIGIT = np.full(256, 255, dtype=np.uint8)  # byte → hex digit value; 255 for any other byte
HEX_DIGIT[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16, dtype=np.uint8)

# Reference tables maintained by hand (not generated): carried over into each new package and described.
REFERENCES = {
    "pollsters": ("Pollsters (reference)", "Canonical pollster names and their aliases, used to attribute figures.", {
        "name": "Canonical name of the polling organisation.",
        "aliases": "Other names the organisation goes by, separated by vertical bars.",
        "country": "Country the organisation is based in (ISO 3166 code).",
        "website": "The organisation's website.",
    }),
    "topics": ("Topics (reference)", "Keywords that put a figure under a topic for browsing.", {
        "topic": "Name of the topic.",
        "keyword": "A word that marks a question as being about the topic.",
    }),
}

PACKAGE_META = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "polltrace",
    "title": "Polltrace: survey figures cited in the news, traced to their surveys and sources",
    "description": "Every survey figure found in the news articles read, tied to the survey wave and question "
                   "it comes from, with every article that cited it, the pollster's published value where "
                   "known, and the inconsistencies found (checks). Built by `python -m etl build`.",
    "version": "1.0.0",
    "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                  "path": "https://creativecommons.org/licenses/by/4.0/"}],
    "sources": [{"title": "News articles citing opinion surveys (listed in sources.csv)"},
                {"title": "Pollsters' own publications of their results (surveys.primary_url)"}],
}

DTYPES = {"string": "str", "integer": "Int64", "number": "float64"}
CSV_CHUNK_ROWS = 50_000


class PackageError(Exception):
    """The tables are not a valid package; `problems` lists table, row, field and reason."""

    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} invalid value(s):\n" + "\n".join(problems[:50]))
        self.problems = problems


def empty_tables() -> dict[str, pd.DataFrame]:
    return {name: conform(pd.DataFrame(), name) for name in TABLES}


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Exactly the table's columns, in order, with the published dtypes, sorted by id."""
    spec = TABLES[table]
    out = pd.DataFrame(index=df.index)
    for f in spec.fields:
        column = df[f.name] if f.name in df.columns else pd.Series(None, index=df.index, dtype="object")
        if f.type == "integer":
            out[f.name] = pd.to_numeric(column, errors="coerce").round().astype("Int64")
        elif f.type == "number":
            out[f.name] = pd.to_numeric(column, errors="coerce").astype("float64")
        elif column.dtype == "str":
            out[f.name] = column
        else:
            out[f.name] = column.astype("object").where(column.notna(), None).astype("str")
    return sort_rows(out, [spec.key]).reset_index(drop=True)


def sort_rows(df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """`df.sort_values(keys, kind="stable")`, faster on big tables: sorting Python strings one comparison at a
    time is the slow part, so id columns are sorted as the numbers their hex digits spell, other text by
    factorised codes; a last key the rows are already in order of is left out (a stable sort keeps it)."""
    keys = list(keys)
    while keys and df[keys[-1]].is_monotonic_increasing:
        keys.pop()
    if not keys:
        return df
    order = np.lexsort([_sort_codes(df[key]) for key in reversed(keys)])
    return df.take(order)


def _sort_codes(column: pd.Series) -> np.ndarray:
    """Numbers that order like the column does in sort_values (missing last)."""
    if pd.api.types.is_float_dtype(column.dtype):
        return column.to_numpy(dtype="float64", na_value=np.nan)
    if column.dtype == "str":
        digits = hex_digits(column, 16)
        if digits is not None:
            return digits.astype(np.uint64) @ (np.uint64(16) ** np.arange(15, -1, -1, dtype=np.uint64))
    codes, distinct = pd.factorize(column, sort=True)
    return np.where(codes < 0, len(distinct), codes)


def hex_digits(column: pd.Series, width: int) -> np.ndarray | None:
    """(rows, width) hex digit values when every value is exactly `width` lowercase hex characters, else None.

    Joined into one buffer and checked as bytes: far cheaper than a regular expression per value on the id
    columns of big tables, and exact — the newlines must fall where the values end."""
    values = column.tolist()
    if not values:
        return np.zeros((0, width), dtype=np.uint8)
    try:
        raw = np.frombuffer(("\n".join(values) + "\n").encode("ascii"), dtype=np.uint8)
    except (TypeError, UnicodeEncodeError):  # a missing value, a number, a non-ASCII character
        return None
    if len(raw) != len(values) * (width + 1):
        return None
    rows = raw.reshape(len(values), width + 1)
    digits = HEX_DIGIT[rows[:, :width]]
    if not ((rows[:, width] == ord("\n")).all() and (digits < 16).all()):
        return None
    return digits


def schema_for(table: str, tables: dict[str, pd.DataFrame]) -> pa.DataFrameSchema:
    """A pandera schema: types, ranges, enums, patterns, unique key and foreign keys into `tables`."""
    spec = TABLES[table]
    columns = {}
    for f in spec.fields:
        checks = []
        if f.enum:
            checks.append(pa.Check.isin(list(f.enum)))
        if f.minimum is not None:
            checks.append(pa.Check.ge(f.minimum))
        if f.maximum is not None:
            checks.append(pa.Check.le(f.maximum))
        if f.pattern in HEX_WIDTH:
            checks.append(_hex_check(f.pattern))
        elif f.pattern:
            checks.append(pa.Check.str_matches(f.pattern))
        if f.references:
            ref_table, ref_field = f.references.split(".")
            known = tables[ref_table][ref_field].dropna().to_numpy()
            checks.append(pa.Check(lambda s, known=known: s.isin(known), element_wise=False,
                                   name=f"foreign key into {f.references}"))
        columns[f.name] = pa.Column(_dtype_to_check(f, tables[table]), checks=checks, nullable=not f.required,
                                    unique=f.name == spec.key)
    return pa.DataFrameSchema(columns, strict=True, ordered=True)


def _dtype_to_check(f: Field, df: pd.DataFrame) -> str | None:
    """The field's dtype, or None for a text column that already has it: pandera checks text element by
    element (and formats a report even when all pass), a good part of validating a big table, for a result
    known from the column's dtype alone."""
    dtype = DTYPES[f.type]
    return None if dtype == "str" and f.name in df.columns and df[f.name].dtype == "str" else dtype


def _hex_check(pattern: str) -> pa.Check:
    """Check.str_matches(pattern) for a hex id pattern, reported the same way, with a fast path for the usual
    case where every value is valid (hex_digits); only otherwise is each value matched."""
    def check(values: pd.Series):  # pandera leaves missing values out of what it passes (Check.ignore_na)
        if hex_digits(values, HEX_WIDTH[pattern]) is not None:
            return True
        return values.str.match(pattern, na=False)
    return pa.Check(check, element_wise=False, name="str_matches", error=f"str_matches('{pattern}')")


def validate(tables: dict[str, pd.DataFrame]) -> None:
    """Raise PackageError naming table, row, field and reason for every invalid value."""
    problems = []
    for name in TABLES:
        try:
            schema_for(name, tables).validate(tables[name], lazy=True)
        except pa.errors.SchemaErrors as err:
            for case in err.failure_cases.itertuples(index=False):
                row = "" if pd.isna(case.index) else f" row {int(case.index) + 2}"
                problems.append(f"{name}.csv{row}, field {case.column}: {case.check} (value {case.failure_case!r})")
    if problems:
        raise PackageError(problems)


def read_package(folder: Path) -> dict[str, pd.DataFrame]:
    """The tables of an existing package (empty tables for any that is missing)."""
    tables = {}
    for name, spec in TABLES.items():
        path = folder / f"{name}.csv"
        if not path.exists():
            tables[name] = conform(pd.DataFrame(), name)
            continue
        dtypes = {f.name: DTYPES[f.type] for f in spec.fields}
        df = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8")
        tables[name] = conform(df, name)
    return tables


def descriptor(references: dict[str, list[str]]) -> dict:
    """The Frictionless Data Package v2 descriptor: the five tables + reference files present (name → columns)."""
    resources = [_resource(spec) for spec in TABLES.values()]
    resources += [_reference_resource(name, columns) for name, columns in sorted(references.items())]
    return {**PACKAGE_META, "resources": resources}


def _resource(spec: Table) -> dict:
    fields = []
    for f in spec.fields:
        constraints = {k: v for k, v in (
            ("required", f.required or None), ("unique", (f.name == spec.key) or None),
            ("enum", list(f.enum) if f.enum else None), ("minimum", f.minimum), ("maximum", f.maximum),
            ("pattern", f.pattern)) if v is not None}
        fields.append({"name": f.name, "type": f.type, "description": f.description,
                       **({"constraints": constraints} if constraints else {})})
    foreign_keys = [
        {"fields": [f.name], "reference": {"resource": f.references.split(".")[0],
                                           "fields": [f.references.split(".")[1]]}}
        for f in spec.fields if f.references
    ]
    schema = {"fields": fields, "primaryKey": [spec.key], "missingValues": [""]}
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {"name": spec.name, "type": "table", "path": f"{spec.name}.csv", "scheme": "file", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": spec.title, "description": spec.description,
            "schema": schema}


def _reference_resource(name: str, columns: list[str]) -> dict:
    stem = Path(name).stem
    title, description, fields = REFERENCES.get(stem, (f"{stem} (reference)", "Reference data.", {}))
    return {"name": stem, "type": "table", "path": name, "scheme": "file", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": title, "description": description,
            "schema": {"fields": [{"name": c, "type": "string", "description": fields.get(c, c)} for c in columns]}}


def readme(tables: dict[str, pd.DataFrame], references: dict[str, pd.DataFrame] | None = None) -> str:
    """data/README.md: every column of every table, its meaning, type and an example from the data."""
    lines = ["# Polltrace data package", "", PACKAGE_META["description"], "",
             "Generated by `python -m etl build` together with `datapackage.json` (Frictionless Data Package v2); "
             "do not edit by hand. CSV, UTF-8, header row; an empty cell is a missing value. Ids are 16-hex "
             "content hashes of natural keys, so a rebuild over the same articles gives the same ids. "
             "Licence: CC-BY-4.0. No article text is included: `sources.text_sha256` identifies the text that "
             "`citations.char_start`/`char_end` point into.", "",
             "Figure values: `figures.value` is the pollster's published value and is empty unless a primary "
             "source was matched. `value_basis` is `primary` in that case; otherwise `citations` when every "
             "citation agrees within rounding (each cited value stands for the interval of half a unit of its "
             "last written digit, wider for words such as \"a third\" or qualifiers such as \"about\"; the "
             "citations agree when their intervals overlap) and `unresolved` when they do not.", "",
             "Surveys: metadata are the most common value among the survey's citations (ties: the smallest), "
             "replaced by the pollster's own publication where one is matched (`basis` primary): same pollster "
             "and country, overlapping fieldwork, or — when dates are missing — published figures that match "
             "cited ones in wording and value. A survey known only from its publication is included with its "
             "figures. Building again over new articles adds to the package and keeps every earlier row.", ""]
    for name, spec in TABLES.items():
        df = tables[name]
        lines += [f"## {name}.csv — {spec.title}", "", spec.description, f"{len(df):,} rows. Key: `{spec.key}`.",
                  "", "| column | type | meaning | example |", "|---|---|---|---|"]
        examples = _examples(df)
        for f in spec.fields:
            meaning = f.description + (f" One of: {', '.join(f.enum)}." if f.enum else "")
            meaning += f" References `{f.references}`." if f.references else ""
            lines.append(f"| {f.name} | {f.type} | {meaning} | {examples.get(f.name, '')} |")
        lines.append("")
    lines += ["## The checks", "", "Each row of checks.csv is one finding; `check` names the rule:", ""]
    lines += [f"- `{name}`: {rule}" for name, rule in CHECK_RULES.items()]
    lines.append("")
    for stem, df in sorted((references or {}).items()):
        title, description, fields = REFERENCES.get(stem, (f"{stem} (reference)", "Reference data.", {}))
        lines += [f"## {stem}.csv — {title}", "", f"{description} Maintained by hand, not generated.", "",
                  "| column | type | meaning | example |", "|---|---|---|---|"]
        examples = _examples(df)
        lines += [f"| {c} | string | {fields.get(c, c)} | {examples.get(c, '')} |" for c in df.columns]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _examples(df: pd.DataFrame) -> dict[str, str]:
    """Per column, a value from the table's most complete row (the most telling example), else its commonest."""
    if df.empty:
        return {}
    row = df.loc[df.notna().sum(axis=1).idxmax()]
    examples = {}
    for column in df.columns:
        value = row[column]
        if pd.isna(value):
            counts = df[column].dropna().astype(str).value_counts()
            if counts.empty:
                continue
            value = sorted(counts[counts == counts.max()].index)[0]
        text = str(value).replace("|", "\\|").replace("\n", " ")
        examples[column] = f"`{text[:60]}`"
    return examples


def write_package(tables: dict[str, pd.DataFrame], out: Path) -> None:
    """Validate, then write the package to a temporary sibling folder and swap it in by rename."""
    tables = {name: conform(tables[name], name) for name in TABLES}
    validate(tables)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        reference_columns = _carry_over(out, tmp)
        for name in TABLES:
            write_table(tables[name], tmp / f"{name}.csv")
        (tmp / "datapackage.json").write_text(
            json.dumps(descriptor(reference_columns), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        references = {Path(name).stem: pd.read_csv(tmp / name, dtype=str, keep_default_na=False, na_values=[""])
                      for name in reference_columns}
        (tmp / "README.md").write_text(readme(tables, references), encoding="utf-8")
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_table(df: pd.DataFrame, path: Path, chunk: int = CSV_CHUNK_ROWS) -> None:
    """Byte for byte what `df.to_csv(path, index=False, lineterminator="\\n")` writes for a conformed table,
    but formatted a column at a time: pandas' writer takes one cell at a time, the slowest step of a big
    build."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(_csv_cells(pd.Series(df.columns, dtype="str"))) + "\n")
        for start in range(0, len(df), chunk):
            part = df.iloc[start:start + chunk]
            lines = map(",".join, zip(*(_csv_cells(part[name]) for name in df.columns), strict=True))
            handle.write("\n".join(lines) + "\n")


def _csv_cells(column: pd.Series) -> list[str]:
    """A column's CSV cells as pandas writes them: floats as numpy prints them, missing values empty."""
    if column.dtype == "float64":
        values = column.to_numpy()
        if (np.signbit(values) & (values == 0)).any():  # -0.0 prints apart from the 0.0 it factorises with
            cells = values.astype(str).astype(object)
            cells[np.isnan(values)] = ""
            return cells.tolist()
        codes, distinct = pd.factorize(values)  # few distinct values: printing is the slow part
        return np.append(distinct.astype(str).astype(object), "")[codes].tolist()
    if column.dtype == "Int64":
        cells = list(map(str, column.to_numpy(dtype="int64", na_value=0).tolist()))
        for row in np.flatnonzero(column.isna().to_numpy()):
            cells[row] = ""
        return cells
    if column.dtype != "str":
        raise TypeError(f"column {column.name!r}: no CSV format for dtype {column.dtype}")
    cells = column.fillna("").tolist()
    joined = "".join(cells)
    if "," in joined or '"' in joined or "\n" in joined:  # what makes the csv module quote a cell
        cells = ['"' + cell.replace('"', '""') + '"' if "," in cell or '"' in cell or "\n" in cell else cell
                 for cell in cells]
    return cells


def _carry_over(out: Path, tmp: Path) -> dict[str, list[str]]:
    """Copy files the build does not generate (reference data) into the new folder; their columns."""
    generated = {f"{name}.csv" for name in TABLES} | {"datapackage.json", "README.md"}
    columns = {}
    if out.is_dir():
        for path in sorted(out.iterdir()):
            if path.name in generated or path.name.startswith("."):
                continue
            if path.is_dir():
                shutil.copytree(path, tmp / path.name)
            else:
                shutil.copy2(path, tmp / path.name)
            if path.suffix == ".csv":
                columns[path.name] = list(pd.read_csv(path, nrows=0).columns)
    return columns


def _swap(tmp: Path, out: Path) -> None:
    if not out.exists():
        os.rename(tmp, out)
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    os.rename(out, old)
    try:
        os.rename(tmp, out)
    except OSError:
        os.rename(old, out)
        raise
    shutil.rmtree(old)
