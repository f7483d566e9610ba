"""Explore in headless Chromium on a 390 px phone and a desktop: the filters fold behind a 'Filters' button on the
phone so results show on the first screen, stay open on a desktop, and a backwards date range is said and swapped."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


def test_phone_shows_search_and_a_result_on_the_first_screen_and_unfolds_filters(example_site, phone):
    phone.goto(example_site + "/")
    expect(phone.locator("#explore-q")).to_be_visible()
    toggle = phone.get_by_role("button", name="Filters")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(phone.locator("#explore-pollster")).to_be_hidden()
    first_result = phone.locator(".result").first
    expect(first_result).to_be_in_viewport(ratio=1)
    screenshot(phone, "phone-390-explore-folded")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(phone.locator("#explore-pollster")).to_be_visible()
    expect(phone.get_by_label("Only figures where outlets disagree")).to_be_visible()
    phone.get_by_label("Only figures where outlets disagree").check()
    expect(toggle).to_have_text("Filters (1)")
    expect(phone.locator("#explore-summary")).to_contain_text("1 figure ")
    screenshot(phone, "phone-390-explore-unfolded")
    toggle.click()
    expect(phone.locator("#explore-pollster")).to_be_hidden()
    expect(phone.locator("#explore-summary")).to_contain_text("1 figure ")  # folding keeps the filter


def test_desktop_shows_every_control_without_a_toggle(example_site, page):
    page.goto(example_site + "/")
    expect(page.locator("#explore-pollster")).to_be_visible()
    expect(page.locator("#explore-from")).to_be_visible()
    expect(page.locator("#explore-filters-toggle")).to_be_hidden()


def test_a_backwards_date_range_is_swapped_and_said(example_site, page):
    page.goto(example_site + "/")
    expect(page.locator("#explore-summary")).to_contain_text("4 figures")
    page.fill("#explore-from", "2023-12-31")
    page.fill("#explore-to", "2023-01-01")
    page.press("#explore-to", "Enter")
    summary = page.locator("#explore-summary")
    expect(summary).to_contain_text("1 figure ")
    expect(summary).to_contain_text("“from” was after “to”")
    expect(page).to_have_url(example_site + "/?from=2023-01-01&to=2023-12-31")
