"""`python -m etl check`: the editors' desk for newsroom pipelines, printed like a linter.

One line per figure: `file:line:col: ✖ differs: "48%" Differs from …`. Exit status 1 when any figure
differs or conflicts, 0 when all are fine, 2 when an input (or the package) cannot be read — the other
drafts are still checked.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from etl.desk import check_citations, line_col, summary_sentence
from etl.desk_data import date_bounds, load_dataset
from etl.ingest import SUFFIXES, Article, InputError, read_inputs


def run(args) -> int:
    if args.published and date_bounds(args.published) is None:
        print(f"error: --published {args.published!r} is not a date (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    try:
        dataset = load_dataset(args.data)
    except (OSError, ValueError) as err:
        print(f"error: cannot read the data package: {err}", file=sys.stderr)
        return 2
    from etl.extract import extract_article  # imported late: the package error above needs no extractor

    failed, problems, results = False, False, []
    for label, item in drafts(args.drafts):
        if isinstance(item, InputError):
            print(f"error: {item}", file=sys.stderr)
            failed = True
            continue
        article = item if not args.published else _with_published(item, args.published)
        verdicts = check_citations(extract_article(article), dataset, text=article.text, title=article.title or "",
                                   published=article.published, draft_sha256=article.text_sha256)
        problems = problems or any(v.is_problem for v in verdicts)
        results.append((label, article, verdicts))

    if args.format == "json":
        print(json.dumps([_as_json(label, article, v) for label, article, vs in results for v in vs],
                         ensure_ascii=False, indent=1))
    else:
        for label, article, verdicts in results:
            for v in verdicts:
                line, col = line_col(article.text, v.start)
                link = f" [figure {v.figure_id}]" if v.figure_id else ""
                print(f"{label}:{line}:{col}: {v.symbol} {v.verdict}: {v.value_text!r} {v.message}{link}")
            print(f"{label}: {summary_sentence(verdicts)}", file=sys.stderr)
    return 2 if failed else 1 if problems else 0


def drafts(paths: list[str]):
    """(label, Article | InputError) for every draft; folders are walked like etl.ingest does.

    The label is the file name, with `#article-id` for articles of a .jsonl file (many per file).
    """
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES) \
            if path.is_dir() else [path]
        for file in files:
            for item in read_inputs([file]):
                if isinstance(item, Article) and file.suffix.lower() == ".jsonl":
                    yield f"{file}#{item.id}", item
                else:
                    yield str(file), item


def _with_published(article: Article, published: str) -> Article:
    return Article(id=article.id, text=article.text, url=article.url, outlet=article.outlet,
                   title=article.title, published=published)


def _as_json(label: str, article: Article, verdict) -> dict:
    line, col = line_col(article.text, verdict.start)
    return {"file": label, "line": line, "column": col, **verdict.as_dict()}
