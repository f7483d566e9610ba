"""A reader following one question across waves in headless Chromium, over the hand-written example package:
the chart's hover says when and how much as a reader writes it, and the wave list leads to the other wave."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from dashboard.synthetic import content_id
from tests.conftest import screenshot

pytestmark = pytest.mark.browser

F_YES, F_YES2 = content_id("figure", "yes-1"), content_id("figure", "yes-2")
S1 = content_id("survey", "wave-1")


def test_series_hover_and_wave_links_take_a_reader_across_waves(example_site, page):
    page.goto(f"{example_site}/figure/{F_YES}")
    points = page.locator("#series-chart .scatterlayer .point")
    points.first.wait_for()
    points.first.hover(force=True)
    hover = page.locator("#series-chart .hoverlayer")
    expect(hover).to_have_text("6–17 June 2022: 43% (Northfield Research)")  # waits: hover text is drawn late
    screenshot(page, "review-series-waves")
    page.click(f'#series-waves a[href="/figure/{F_YES2}"]')
    page.wait_for_url(f"**/figure/{F_YES2}")
    newest = page.locator("#series-waves li").first  # retried: the old page's list stays until the new one renders
    expect(newest).to_have_text(re.compile(r"^40%.*this page", re.S))
    page.goto(f"{example_site}/survey/{S1}")
    page.click("text=every figure from this pollster")
    page.wait_for_url("**/?pollster=Northfield+Research")
    expect(page.locator("#explore-summary")).to_have_text(re.compile(r"^4 figures from 2 surveys"))
