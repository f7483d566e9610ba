"""The /check page in headless Chromium, against the app under gunicorn serving a fixture package."""

from __future__ import annotations

import pytest

from etl.desk import MAX_DRAFT_BYTES
from tests.conftest import screenshot, serve, stop
from tests.test_desk import DRAFT, EXPECTED, write_desk_package

pytestmark = pytest.mark.browser

SYMBOLS = {"match": "✔", "differs": "✖", "unknown": "?", "unattributed": "!"}


@pytest.fixture(scope="module")
def desk_server(tmp_path_factory):
    package = write_desk_package(tmp_path_factory.mktemp("desk") / "data")
    proc, base = serve(package)
    yield base
    stop(proc)


def submit(page, base: str, draft: str, published: str = "") -> None:
    page.goto(f"{base}/check")
    page.fill("#check-draft", draft)
    if published:
        page.fill("#check-published", published)
    page.click("#check-submit")


def test_a_draft_gets_one_verdict_per_figure_with_links(page, desk_server):
    submit(page, desk_server, DRAFT)
    page.wait_for_selector("#check-summary", timeout=60_000)
    marked = page.locator("#check-annotated .check-figure")
    found = {marked.nth(i).locator("mark").inner_text(): marked.nth(i).get_attribute("data-verdict")
             for i in range(marked.count())}
    assert found == EXPECTED
    for i in range(marked.count()):
        verdict = marked.nth(i).get_attribute("data-verdict")
        assert marked.nth(i).locator(".verdict-mark").inner_text() == SYMBOLS[verdict]
    summary = page.locator("#check-summary")
    assert (summary.get_attribute("data-figures"), summary.get_attribute("data-problems")) == ("4", "1")
    assert "4 figures checked, 1 problem" in summary.inner_text()
    # every verdict that found its figure links to the figure page; the misquote says by how much
    assert page.locator("#check-annotated .verdict-differs a.verdict-mark").get_attribute("href") == \
        "/figure/f000000000000002"
    assert page.locator("#check-annotated .verdict-match a.verdict-mark").get_attribute("href") == \
        "/figure/f000000000000001"
    differs = page.locator("#check-verdicts li[data-verdict=differs]").inner_text()
    assert "by 4 points" in differs and "44%" in differs
    # the draft is shown exactly as written: its text nodes plus the highlighted figures give it back
    shown = page.locator("#check-annotated").evaluate(
        "el => Array.from(el.childNodes).map(n => n.nodeType === 3 ? n.textContent"
        " : n.querySelector('mark').textContent).join('')")
    assert shown == DRAFT
    screenshot(page, "check-draft")


def test_draft_text_is_shown_as_text_never_as_html(page, desk_server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = ('<script>window.pwned = 1; alert("x")</script><img src=x onerror="window.pwned=2">'
               'A YouGov poll carried out in March 2024 found that 41% of Britons support a four-day working week.')
    submit(page, desk_server, hostile)
    page.wait_for_selector("#check-summary", timeout=60_000)
    assert "<script>" in page.locator("#check-annotated").inner_text()
    assert page.locator("#check-annotated img, #check-annotated script").count() == 0
    assert page.evaluate("window.pwned") is None and dialogs == []


def test_an_oversized_draft_gets_a_clear_message(page, desk_server):
    submit(page, desk_server, "Forty-one per cent. " * (MAX_DRAFT_BYTES // 20 + 200))
    error = page.wait_for_selector("#check-error", timeout=60_000)
    assert "100 KB" in error.inner_text() and "KB" in error.inner_text()
    assert page.locator("#check-summary").count() == 0


def test_a_bad_publication_date_and_an_empty_draft_are_refused(page, desk_server):
    submit(page, desk_server, DRAFT, published="next week")
    assert "not a date" in page.wait_for_selector("#check-error", timeout=60_000).inner_text()
    submit(page, desk_server, "   ")
    assert "Paste a draft first" in page.wait_for_selector("#check-error", timeout=60_000).inner_text()
