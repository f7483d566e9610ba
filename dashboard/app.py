"""The Dash app (pages under dashboard/pages) and its WSGI server for gunicorn: `dashboard.app:server`.

The package is loaded once per worker at import, so the first request pays nothing.
"""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import dash
import flask
from dash import Dash, html
from flask_compress import Compress

from dashboard import layout, routes
from dashboard.store import get_package

HERE = Path(__file__).resolve().parent
COMPRESSED_TYPES = ["text/html", "text/css", "text/csv", "text/plain", "application/javascript", "text/javascript",
                    "application/json"]

INDEX = """<!DOCTYPE html>
<html lang="en">
<head>{%metas%}<title>{%title%}</title>{%favicon%}{%css%}</head>
<body><a class="skip-link" href="#main">Skip to content</a>{%app_entry%}
<footer>{%config%}{%scripts%}{%renderer%}</footer></body>
</html>"""


# Dash's pages copy the whole request URL into twitter:url; a link card needs no more than the page's address.
MAX_META_URL = 512
META_URL = re.compile(r'(<meta property="(?:twitter|og):url" content=")([^"]*)(")')


def bound_meta_urls(metas: str, page_url: str) -> str:
    """The index's URL meta tags cut to the page's address (no query) when the URL is over MAX_META_URL: a URL near
    gunicorn's limit would otherwise be copied, escaped and so longer still, into the page head."""
    def bounded(match: re.Match) -> str:
        if len(match.group(2)) <= MAX_META_URL:
            return match.group(0)
        return match.group(1) + html_lib.escape(page_url[:MAX_META_URL]) + match.group(3)

    return META_URL.sub(bounded, metas)


class PolltraceDash(Dash):
    """Dash with server-side additions to the shared index page: oEmbed discovery on chart pages, URL meta tags
    of bounded length."""

    def interpolate_index(self, **kwargs) -> str:
        page_url = routes.site_url() + flask.request.path
        kwargs["metas"] = bound_meta_urls(kwargs["metas"], page_url) + routes.oembed_discovery(flask.request.path,
                                                                                                routes.site_url())
        return super().interpolate_index(**kwargs)


def create_app() -> Dash:
    get_package()
    app = PolltraceDash(
        __name__, use_pages=True, pages_folder=str(HERE / "pages"), assets_folder=str(HERE / "assets"),
        assets_ignore=r"plotly-basic\.min\.js", title="Polltrace", update_title=None, suppress_callback_exceptions=True,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"},
                   {"name": "description", "content": layout.TAGLINE}],
        compress=False,
    )
    app.index_string = INDEX
    app.layout = html.Div(className="site", children=[
        layout.header(), dash.page_container, layout.footer(),
    ])
    server = app.server
    server.config.update(COMPRESS_MIMETYPES=COMPRESSED_TYPES, COMPRESS_MIN_SIZE=500,
                         COMPRESS_ALGORITHM=["br", "gzip", "deflate"])
    routes.register(server)
    Compress(server)
    return app


app = create_app()
server = app.server
