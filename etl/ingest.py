"""Read articles from .jsonl, .txt, .html files or folders of them.

Every reader yields `Article`s and `InputError`s in input order, so one bad line or file is
reported (file, line, reason) while the rest of the batch is still processed.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_TEXT_CHARS = 1_000_000  # real news articles are far below this; anything larger is not an article
SUFFIXES = (".jsonl", ".txt", ".html", ".htm")
FREEZE_EVERY = 256  # articles between two gc.freeze() calls in a batch (see read_inputs)
TXT_HEADERS = {"title": "title", "url": "url", "outlet": "outlet", "published": "published"}


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD when known

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class InputError:
    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Yield every article (or error) from files and folders, folders walked in sorted order.

    A batch keeps what it extracts until linking, and Python's cyclic collector would rescan all of it at
    every full collection (a fifth of a 10,000-article build). So every FREEZE_EVERY articles what is alive
    is frozen (`gc.freeze`: reference counting still frees it) and collections look at new objects only.
    """
    try:
        for n, item in enumerate(_walk(paths), start=1):
            if n % FREEZE_EVERY == 0:
                gc.freeze()
            yield item
    finally:
        gc.unfreeze()


def _walk(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            for file in files:
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield InputError(str(path), None, "no such file or folder")


def read_file(path: Path) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path)
        return
    try:
        raw = path.read_bytes()
    except OSError as err:
        yield InputError(str(path), None, f"cannot read file: {err.strerror}")
        return
    if suffix in (".html", ".htm"):
        yield _checked(parse_html(raw, path), str(path), None)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        yield InputError(str(path), None, f"not UTF-8 text (byte {err.start})")
        return
    if suffix == ".txt":
        yield _checked(parse_txt(text, path.stem), str(path), None)
    else:
        yield InputError(str(path), None, f"unsupported file type {suffix!r} (use .jsonl, .txt or .html)")


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputError(str(path), None, f"cannot read file: {err.strerror}")
        return
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            yield _checked(parse_jsonl_line(raw, path.stem, lineno), str(path), lineno)


def parse_jsonl_line(raw: bytes, stem: str, lineno: int) -> Article | str:
    """One JSONL line → Article, or the reason it is not one."""
    if len(raw) > 4 * MAX_TEXT_CHARS:
        return f"line is {len(raw):,} bytes; articles over {MAX_TEXT_CHARS:,} characters are refused"
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        return f"not UTF-8 (byte {err.start})"
    except json.JSONDecodeError as err:
        return f"malformed JSON: {err.msg} at column {err.colno}"
    if not isinstance(record, dict):
        return "expected a JSON object with a 'text' field"
    text = record.get("text")
    if not isinstance(text, str):
        return "missing 'text' (a string)"
    fields = {k: _opt_str(record.get(k)) for k in ("url", "outlet", "title", "published")}
    return Article(id=_opt_str(record.get("id")) or f"{stem}-{lineno}", text=text, **fields)


def parse_txt(text: str, stem: str) -> Article:
    """Plain text with optional `Title:`/`URL:`/`Outlet:`/`Published:` header lines, then a blank line."""
    fields: dict[str, str] = {}
    lines = text.split("\n")
    header_end = 0
    for i, line in enumerate(lines):
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in TXT_HEADERS and not line.startswith((" ", "\t")):
            fields[TXT_HEADERS[key.strip().lower()]] = value.strip()
            continue
        header_end = i + 1 if (fields and not line.strip()) else 0
        break
    body = "\n".join(lines[header_end:]) if header_end else text
    return Article(id=stem, text=body, **fields)


def parse_html(raw: bytes, path: Path) -> Article | str:
    """Main text and metadata of a web page via trafilatura: comments left out, tables kept (written with pipes,
    "Army | 90% | 7%": a poll's table is often where its figures are)."""
    import trafilatura  # imported here: slow to import and only needed for HTML input

    if len(raw) > 8 * MAX_TEXT_CHARS:
        return f"page is {len(raw):,} bytes; too large to be one article"
    doc = trafilatura.bare_extraction(
        raw, include_comments=False, include_tables=True, with_metadata=True, fast=True
    )
    if doc is None or not (doc.text or "").strip():
        return "no article text found in the HTML (no body or only boilerplate)"
    return Article(
        id=path.stem,
        text=doc.text,
        url=doc.url,
        outlet=doc.sitename or doc.hostname,
        title=doc.title,
        published=doc.date,
    )


def _checked(result: Article | str, source: str, line: int | None) -> Article | InputError:
    if isinstance(result, str):
        return InputError(source, line, result)
    if not result.text.strip():
        return InputError(source, line, f"article {result.id!r} has no text")
    if len(result.text) > MAX_TEXT_CHARS:
        return InputError(
            source, line, f"article {result.id!r} is {len(result.text):,} characters; the limit is {MAX_TEXT_CHARS:,}"
        )
    return result


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
