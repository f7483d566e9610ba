"""Shown when the browser navigates (without a page load) to a path no page answers."""

import dash

from dashboard import layout as ui

dash.register_page(__name__, path="/404", title="Not found · Polltrace")


def layout(**_query):
    return ui.not_found()
