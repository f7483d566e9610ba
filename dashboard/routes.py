"""Flask-level routes and policies around the Dash app: downloads, embeds, oEmbed, real 404s, framing and caching.

Dash pages answer 200 for any path, so ids and paths are checked here before Dash sees the request.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import tempfile
import zipfile
from functools import cache
from html import escape
from pathlib import Path
from urllib.parse import quote, urlsplit

import dash
from flask import Flask, Response, request, send_file

from dashboard import embed, queries
from dashboard.store import TABLES, get_package

VENDORED_PLOTLY = Path(__file__).resolve().parent / "assets" / "vendor" / "plotly-basic.min.js"
DASH_PLOTLY_PATH = "/_dash-component-suites/plotly/package_data/plotly.min.js"
ID_PAGE = re.compile(r"^/(survey|figure|source)/([^/]*)/?$")
ALWAYS_ALLOWED = ("/_dash", "/assets/", "/_favicon", "/_reload-hash", "/data/", "/embed/", "/oembed")
MAX_URL_CHARS = 2000
EXTRA_FILES = ("datapackage.json", "pollsters.csv", "topics.csv")


def _known(kind: str, item_id: str) -> bool:
    package = get_package()
    index = {"survey": package.surveys_by_id, "figure": package.figure_pos, "source": package.source_pos}[kind]
    return queries.valid_id(item_id) and item_id in index


def not_found(message: str = "There is no page at this address.") -> Response:
    text = f"{message} It may have been mistyped, or the data have changed."
    return Response(embed.not_found_html(text), status=404, mimetype="text/html")


def server_error(_error) -> Response:
    body = embed.not_found_html("Something went wrong on our side; please try again.", title="Sorry")
    return Response(body, status=500, mimetype="text/html")


def site_url() -> str:
    return request.host_url.rstrip("/")


def _page_patterns() -> list[re.Pattern]:
    patterns = []
    for page in dash.page_registry.values():
        if page["module"].endswith("not_found_404"):
            continue
        template = page.get("path_template") or page["path"]
        regex = re.sub(r"<[^>]+>", "[^/]+", re.escape(template).replace(r"\<", "<").replace(r"\>", ">"))
        patterns.append(re.compile(f"^{regex}/?$"))
    return patterns


def check_path():
    """404 for unknown ids and unknown paths (before Dash renders a 200 shell for them)."""
    path = request.path
    if request.method not in ("GET", "HEAD") or path.startswith(ALWAYS_ALLOWED):
        return None
    match = ID_PAGE.match(path)
    if match:
        kind, item_id = match.groups()
        return None if _known(kind, item_id) else not_found(f"There is no {kind} with the id “{item_id[:40]}”.")
    if path == "/" or any(pattern.match(path) for pattern in _page_patterns()):
        return None
    return not_found()


def security_headers(response: Response) -> Response:
    if not request.path.startswith("/embed/"):
        response.headers["Content-Security-Policy"] = "frame-ancestors 'self'"
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    if request.path.startswith("/assets/") and response.status_code == 200:
        response.headers["Cache-Control"] = "public, max-age=604800"
    return response


@cache
def _plotly_basic() -> tuple[bytes, bytes]:
    raw = VENDORED_PLOTLY.read_bytes()
    return raw, gzip.compress(raw, 9)


def plotly_basic() -> Response:
    """plotly.js basic bundle (bars, scatter, lines: all we draw), pre-compressed once per worker."""
    raw, packed = _plotly_basic()
    accepts_gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    response = Response(packed if accepts_gzip else raw, mimetype="application/javascript")
    if accepts_gzip:
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = "public, max-age=604800"
    return response


def serve_dash_plotly():
    """Dash loads plotly.js from this path when a graph first renders: hand it the basic bundle instead."""
    if request.path.endswith(DASH_PLOTLY_PATH) or request.path == embed.PLOTLY_BASIC:
        return plotly_basic()
    return None


def _download(frame, name: str, fmt: str) -> Response:
    if fmt == "csv":
        body, mimetype = queries.to_csv(frame), "text/csv"
    else:
        body, mimetype = queries.to_json_records(frame), "application/json"
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def table_download(name: str, fmt: str):
    """A whole table, streamed from the package file (escaped for spreadsheets when CSV)."""
    if name not in TABLES or fmt not in ("csv", "json"):
        return not_found("There is no such table.")
    path = get_package().folder / f"{name}.csv"
    stream = queries.stream_table_csv if fmt == "csv" else queries.stream_table_json
    response = Response(stream(path, TABLES[name]), mimetype="text/csv" if fmt == "csv" else "application/json")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@cache
def _package_zip() -> Path:
    """The whole package as a zip, built once per package version into the temp folder."""
    folder = get_package().folder
    members = [folder / f"{name}.csv" for name in TABLES] + [folder / extra for extra in EXTRA_FILES]
    stamp = "|".join(f"{p}:{p.stat().st_mtime_ns}:{p.stat().st_size}" for p in members if p.is_file())
    target = Path(tempfile.gettempdir()) / f"polltrace-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.zip"
    if not target.exists():
        partial = target.with_suffix(f".{os.getpid()}.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in TABLES:
                with archive.open(f"polltrace/{name}.csv", "w") as member:
                    for chunk in queries.stream_table_csv(folder / f"{name}.csv", TABLES[name]):
                        member.write(chunk.encode("utf-8"))
            for extra in EXTRA_FILES:
                if (folder / extra).is_file():
                    archive.write(folder / extra, f"polltrace/{extra}")
        partial.replace(target)
    return target


def package_zip():
    return send_file(_package_zip(), mimetype="application/zip", as_attachment=True, download_name="polltrace.zip")


def datapackage():
    path = get_package().folder / "datapackage.json"
    if not path.is_file():
        return not_found("The package descriptor is not available.")
    return Response(path.read_bytes(), mimetype="application/json")


def chart_download(kind: str, item_id: str, fmt: str, part: str = ""):
    """Exactly the rows behind one chart or table, at a permanent URL."""
    if fmt not in ("csv", "json"):
        return not_found("Downloads are available as .csv or .json.")
    package = get_package()
    if kind == "survey" and _known("survey", item_id):
        if part == "figures":
            return _download(queries.survey_table_rows(package, item_id), f"survey-{item_id}-figures", fmt)
        if not part:
            return _download(queries.survey_chart_rows(package, item_id), f"survey-{item_id}", fmt)
    if kind == "source" and _known("source", item_id) and not part:
        return _download(queries.source_table_rows(package, item_id), f"article-{item_id}", fmt)
    if kind == "figure" and _known("figure", item_id):
        if part == "series":
            return _download(queries.series_chart_rows(package, item_id), f"series-{item_id}", fmt)
        if not part:
            return _download(queries.figure_chart_rows(package, item_id), f"figure-{item_id}", fmt)
    return not_found("There is no chart data at this address.")


def explore_download(fmt: str):
    """Every figure the Explore view shows for the same query string (all pages, not just the first)."""
    if fmt not in ("csv", "json"):
        return not_found("Downloads are available as .csv or .json.")
    params = queries.parse_explore(request.args.to_dict(flat=False))
    return _download(queries.explore_rows(get_package(), params), "polltrace-figures", fmt)


def embed_page(kind: str, item_id: str):
    package = get_package()
    builders = {"figure": embed.figure_embed, "survey": embed.survey_embed, "series": embed.series_embed}
    if kind not in builders or not queries.valid_id(item_id):
        return not_found()
    body = builders[kind](package, item_id, site_url())
    return Response(body, mimetype="text/html") if body else not_found(f"There is no {kind} with this id.")


def _bounded_int(name: str) -> int | None:
    text = request.args.get(name, "")[:6]
    return int(text) if text.isdigit() and int(text) > 0 else None


def oembed_discovery(path: str, site: str) -> str:
    """The `<link>` that lets a CMS find a chart page's embed from the page's address (empty for other pages)."""
    match = re.match(r"^/(figure|survey)/([0-9a-f]+)/?$", path)
    if not match:
        return ""
    page_url = f"{site}/{match.group(1)}/{match.group(2)}"
    href = f"{site}/oembed?url={quote(page_url, safe='')}&format=json"
    return f'<link rel="alternate" type="application/json+oembed" href="{escape(href)}" title="Embed this chart">'


def oembed_endpoint():
    """oEmbed 1.0 (JSON): `/oembed?url=<a figure or survey page>`; 404 for URLs we don't know, 501 for XML."""
    if request.args.get("format", "json") != "json":
        return Response("Only format=json is supported.", status=501, mimetype="text/plain")
    url = request.args.get("url", "")[:MAX_URL_CHARS]
    match = re.match(r"^/(?:embed/)?(figure|survey)/([0-9a-fA-F]+)/?$", urlsplit(url).path)
    if not match or not _known(match.group(1), match.group(2)):
        return Response(embed.dumps({"error": "unknown url"}), status=404, mimetype="application/json")
    kind, item_id = match.groups()
    package = get_package()
    if kind == "figure":
        title = queries.figure_title(queries.figure_record(package, item_id))
    else:
        title = queries.survey_description(queries.survey_record(package, item_id))
    payload = embed.oembed(kind, item_id, title, site_url(), _bounded_int("maxwidth"), _bounded_int("maxheight"))
    return Response(embed.dumps(payload), mimetype="application/json")


def register(server: Flask) -> None:
    server.before_request(serve_dash_plotly)
    server.before_request(check_path)
    server.after_request(security_headers)
    server.add_url_rule("/data/package.zip", "package_zip", package_zip)
    server.add_url_rule("/data/datapackage.json", "datapackage", datapackage)
    server.add_url_rule("/data/explore.<fmt>", "explore_download", explore_download)
    server.add_url_rule("/data/<name>.<fmt>", "table_download", table_download)
    server.add_url_rule("/data/<kind>/<item_id>.<fmt>", "chart_download", chart_download)
    server.add_url_rule("/data/<kind>/<item_id>/<part>.<fmt>", "chart_part_download", chart_download)
    server.add_url_rule("/embed/<kind>/<item_id>", "embed_page", embed_page)
    server.add_url_rule("/oembed", "oembed", oembed_endpoint)
    server.register_error_handler(404, lambda _error: not_found())
    server.register_error_handler(500, server_error)
