"""`python -m etl`: thin command-line wrappers around the pipeline stages.

Each subcommand's work lives in its stage module (a `run(args) -> exit status` function), so this
file only declares arguments and help texts.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl",
        description="Polltrace: find survey figures in news articles and publish them as a checked data package.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    inputs_help = "articles: .jsonl (one JSON article per line), .txt, .html files, or folders of them"

    p = sub.add_parser("extract", help="print every survey figure cited in the articles", description=(
        "Find every survey figure (shares, changes, sample sizes, margins of error) in the articles and "
        "print one citation per line. Errors in the input are reported on stderr; exit status 2 if any input failed."))
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--min-confidence", type=float, default=0.5, metavar="X",
                   help="drop citations whose confidence is below X, 0-1 (default: 0.5)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.set_defaults(module="etl.extract")

    p = sub.add_parser("evaluate", help="score extraction against a gold set", description=(
        "Score extraction, attribution and linking against hand-annotated gold figures, using the rule in "
        "the corpus README, then list misses and false positives for error analysis."))
    p.add_argument("articles", metavar="ARTICLES.jsonl", help="the articles the gold set annotates")
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl", help="gold figures, one JSON object per line")
    p.add_argument("--errors", type=int, default=30, metavar="N",
                   help="how many misses and false positives to list (default: 30; 0 for none)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON only")
    p.set_defaults(module="etl.evaluate")

    p = sub.add_parser("build", help="build (or add to) the published data package", description=(
        "ingest -> extract -> link -> checks -> package. Adds the articles to the package in --out "
        "(merging by id) unless --rebuild; the package is replaced atomically or not at all."))
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    p.add_argument("--out", type=Path, default=DEFAULT_DATA, help="package folder (default: data/)")
    p.add_argument("--primary", type=Path, metavar="FILE",
                   help="pollsters' published figures (JSONL as in shared/primary/primary.jsonl)")
    p.add_argument("--rebuild", action="store_true", help="start from an empty package instead of merging")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.set_defaults(module="etl.build")

    p = sub.add_parser("check", help="check every survey figure in a draft against the data", description=(
        "Print a verdict for every survey figure in the drafts as file:line:col: verdict message. "
        "Exit 1 when any figure differs or conflicts, 0 when all are fine, 2 on unreadable input."))
    p.add_argument("drafts", nargs="+", metavar="DRAFT", help="draft files (.txt, .html, .jsonl)")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="package folder (default: data/)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="the draft's publication date, for relative dates")
    p.set_defaults(module="etl.check")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = importlib.import_module(args.module).run(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # the reader (e.g. `head`) closed the pipe: stop quietly, without a traceback when Python flushes at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
