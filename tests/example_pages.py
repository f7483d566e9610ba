"""Test helper: the dashboard's page modules serving a package a test built, and a layout as the JSON the browser
receives."""

import json
import sys

import dashboard.app  # noqa: F401  (registers the pages, so their modules can be imported)

explore_page, figure_page, survey_page = (sys.modules[f"pages.{name}"] for name in ("explore", "figure", "survey"))


def serve(package, monkeypatch):
    """The page modules serving `package` instead of the committed one (with no article texts)."""
    for module in (explore_page, figure_page, survey_page):
        monkeypatch.setattr(module, "get_package", lambda: package)
    monkeypatch.setattr(figure_page, "article_texts", lambda: {})
    return package


class ComponentEncoder(json.JSONEncoder):
    def default(self, value):
        return value.to_plotly_json() if hasattr(value, "to_plotly_json") else str(value)


def rendered(component) -> str:
    """A component tree as the JSON the browser receives (Dash components and plain nodes alike)."""
    return json.dumps(component, cls=ComponentEncoder, ensure_ascii=False)
