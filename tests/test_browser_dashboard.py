"""The dashboard in headless Chromium under gunicorn: the walking skeleton over the committed data, and every
page's behaviour over the hand-written example package (whose numbers are known)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest

from dashboard.embed import RESIZE_SNIPPET
from dashboard.synthetic import content_id
from tests.conftest import DATA, screenshot

pytestmark = pytest.mark.browser

F_YES, F_TROOPS = content_id("figure", "yes-1"), content_id("figure", "troops")
S1 = content_id("survey", "wave-1")


@pytest.fixture
def site(example_site):
    return example_site


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def cited_figure(data: Path) -> tuple[dict, dict[str, str]]:
    """A figure of the package that articles with URLs cite, and those articles' {url: outlet} (found at run
    time, never hard-coded)."""
    assert (data / "figures.csv").is_file(), f"{data} has no figures.csv: build the package (python -m etl build)"
    figures = {row["figure_id"]: row for row in read_csv(data / "figures.csv")}
    sources = {row["source_id"]: row for row in read_csv(data / "sources.csv")}
    cited: dict[str, dict[str, str]] = {}
    for citation in read_csv(data / "citations.csv"):
        source = sources.get(citation["source_id"])
        if citation["figure_id"] in figures and source and source["url"]:
            cited.setdefault(citation["figure_id"], {})[source["url"]] = source["outlet"]
    assert cited, f"no cited figure in {data}"
    figure_id = sorted(cited)[0]
    return figures[figure_id], cited[figure_id]


def assert_explore_lists(page, base: str, data: Path, shot: str) -> None:
    """Explore, narrowed by the figure's own question words and pollster, lists it with its source links."""
    figure, source_urls = cited_figure(data)
    surveys = {row["survey_id"]: row for row in read_csv(data / "surveys.csv")}
    query = {"q": " ".join(figure["question"].split()[:4])}
    if surveys.get(figure["survey_id"], {}).get("pollster"):
        query["pollster"] = surveys[figure["survey_id"]]["pollster"]
    figure_link = page.locator(f'a[href="/figure/{figure["figure_id"]}"]')
    for number in range(1, 30):
        page.goto(f"{base}/?{urlencode({**query, 'page': number})}")
        page.wait_for_selector(".results, .empty")
        if figure_link.count():
            break
    figure_link.first.wait_for()
    links = page.locator(".result", has=figure_link).locator("a.external")
    assert links.count() >= 1
    for link in links.all():
        assert link.is_visible()
        url = link.get_attribute("href")
        assert url in source_urls and source_urls[url] in link.inner_text()
    screenshot(page, shot)


def test_walking_skeleton_explore_lists_a_committed_figure_with_its_source(live_server, page):
    assert_explore_lists(page, live_server, DATA, "walking-skeleton")


def test_search_and_facets_update_results_and_url(site, page):
    page.goto(site + "/")
    summary = page.locator("#explore-summary")
    assert summary.inner_text().startswith("4 figures from 2 surveys")
    page.fill("#explore-q", "troops")
    page.wait_for_function("document.querySelector('#explore-summary').innerText.startsWith('1 figure ')")
    page.wait_for_function("location.search === '?q=troops'")
    assert page.locator(".result").count() == 1
    page.fill("#explore-q", "")
    page.wait_for_function("document.querySelector('#explore-summary').innerText.startsWith('4 figures')")
    page.get_by_label("Only figures where outlets disagree").check()
    page.wait_for_function("document.querySelector('#explore-summary').innerText.startsWith('1 figure ')")
    page.wait_for_function("location.search === '?disagree=1'")
    assert page.locator(".result .badge-bad").count() == 1
    # The URL alone restores the view: a shared link shows the same results with the same controls set.
    page.goto(site + "/?from=2023-01-01&country=GB")
    assert page.locator("#explore-summary").inner_text().startswith("1 figure ")
    assert page.input_value("#explore-from") == "2023-01-01"
    assert page.locator(f'a[href="/figure/{content_id("figure", "yes-2")}"]').count() == 1


def test_controls_are_reachable_by_keyboard(site, page):
    page.goto(site + "/")
    page.wait_for_selector("#explore-q")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "explore-q":
            break
    assert page.evaluate("document.activeElement.id") == "explore-q"


def test_survey_chart_renders_its_bars(site, page):
    page.goto(f"{site}/survey/{S1}")
    page.wait_for_selector("#survey-chart .bars .point")
    assert page.locator("#survey-chart .bars .point").count() == 3
    labels = page.locator("#survey-chart .textpoint text").all_text_contents()
    assert "43%" in labels and any(label.startswith("4.6%") for label in labels)
    assert page.locator("#survey-chart-desc table tbody tr").count() == 3  # the text alternative
    screenshot(page, "survey")


def test_figure_page_shows_disagreeing_citations(site, page):
    page.goto(f"{site}/figure/{F_TROOPS}")
    page.wait_for_selector("#citations-chart .scatterlayer .point")
    assert page.locator("#citations-chart .scatterlayer .point").count() == 2
    disagreeing = page.locator("tr.disagrees")
    assert disagreeing.count() == 1
    assert "Morning Sample" in disagreeing.inner_text()
    assert "Differs from the published 4.6 by 0.6 points" in disagreeing.inner_text()
    assert page.locator("mark", has_text="5 per cent").is_visible()  # the sentence in context
    assert "Morning Sample cites 4%" in page.locator(".checks").inner_text()
    assert page.locator(".headline q", has_text="would back sending troops").is_visible()  # the articles' wording
    screenshot(page, "figure")


def test_figure_page_lists_the_surveys_other_results(site, page):
    page.goto(f"{site}/figure/{F_TROOPS}")
    page.wait_for_selector("#siblings li a")
    others = page.locator("#siblings")
    assert others.get_by_role("link", name="Trust the government: No").is_visible()
    assert "50%" in others.inner_text() and "43%" in others.inner_text()
    assert others.locator(f'a[href="/figure/{F_TROOPS}"]').count() == 0  # not itself
    others.get_by_role("link", name="The survey's chart and details").click()
    page.wait_for_url(f"**/survey/{S1}")


def test_show_all_figures_after_an_empty_search_resets_explore(site, page):
    page.goto(site + "/")
    page.fill("#explore-q", "nothing-matches-this")
    page.wait_for_function("document.querySelector('#explore-summary').innerText === 'No figures match'")
    page.get_by_role("link", name="show all figures").click()
    page.wait_for_function("document.querySelector('#explore-summary')?.innerText.startsWith('4 figures')")
    assert page.input_value("#explore-q") == "" and page.url == site + "/"


@pytest.mark.parametrize("link", [".site-header a.brand", ".site-header nav a[href='/']"])
def test_header_links_to_explore_reset_a_filtered_explore(site, page, link):
    page.goto(site + "/")
    page.fill("#explore-q", "troops")
    page.wait_for_function("location.search === '?q=troops'")
    page.click(link)
    page.wait_for_function("document.querySelector('#explore-summary')?.innerText.startsWith('4 figures')")
    assert page.input_value("#explore-q") == "" and page.url == site + "/"  # the view matches its address


def test_figure_page_draws_the_series_across_waves(site, page):
    page.goto(f"{site}/figure/{F_YES}")
    page.wait_for_selector("#series-chart .scatterlayer .point")
    assert page.locator("#series-chart .scatterlayer .point").count() == 2
    page.goto(f"{site}/embed/series/{F_YES}")
    page.wait_for_selector("#chart .scatterlayer .point")
    assert page.locator("#chart .scatterlayer .point").count() == 2
    ticks = page.locator("#chart .ytick text")
    assert "40%" in ticks.all_text_contents()
    assert min(ticks.nth(i).bounding_box()["x"] for i in range(ticks.count())) >= 0  # labels not cut off
    screenshot(page, "embed-series")


def test_embed_renders_without_navigation_and_its_iframe_code_works(site, page):
    page.goto(f"{site}/embed/figure/{F_TROOPS}")
    page.wait_for_selector("#chart .main-svg")
    assert page.locator("nav, header").count() == 0
    assert page.get_by_role("link", name="Explore the data").is_visible()
    assert "cited by 2 outlets" in page.locator("figcaption").inner_text()
    screenshot(page, "embed")

    page.goto(f"{site}/figure/{F_TROOPS}")
    page.locator("summary", has_text="Embed").first.click()
    code = page.locator("pre.code").first.inner_text()
    assert code.startswith(f'<iframe src="{site}/embed/figure/{F_TROOPS}"')
    page.set_content(f"<!doctype html><html><body><h1>A publisher's page</h1>{code}{RESIZE_SNIPPET}</body></html>")
    frame = page.frame_locator("iframe")
    frame.locator("#chart .main-svg").first.wait_for()
    page.wait_for_function("document.querySelector('iframe').style.height.endsWith('px')")
    height = page.evaluate("parseInt(document.querySelector('iframe').style.height)")
    inner = frame.locator("html").evaluate("element => element.getBoundingClientRect().height")
    assert abs(height - inner) <= 2 and height != 420


def test_csv_download_has_the_chart_rows(site, page):
    page.goto(f"{site}/figure/{F_TROOPS}")
    with page.expect_download() as download_info:
        page.locator(".chart-tools a", has_text="CSV").first.click()
    rows = read_csv(Path(download_info.value.path()))
    assert [(row["outlet"], row["value_cited"]) for row in rows] == [("Example Herald", "5"), ("Morning Sample", "4")]


def test_unknown_figure_is_a_404_page(site, page):
    response = page.goto(f"{site}/figure/ffffffffffffffff")
    assert response.status == 404
    assert page.get_by_role("heading", name="Not found").is_visible()
    assert page.get_by_role("link", name="Search all figures").is_visible()
    footer = page.locator("footer.site-footer").bounding_box()
    viewport = page.viewport_size
    assert footer["y"] + footer["height"] >= viewport["height"] - 1  # the footer sits at the bottom, not mid-page
    brand, heading = page.locator(".brand").bounding_box(), page.locator("main h1").bounding_box()
    assert abs(brand["x"] - heading["x"]) < 2  # the page text lines up with the header
    screenshot(page, "not-found")


@pytest.mark.parametrize("path", ["/", f"/figure/{F_TROOPS}", f"/survey/{S1}"])
def test_readable_on_a_375px_phone(site, browser, path):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    phone = context.new_page()
    phone.goto(site + path)
    phone.wait_for_selector("main h1")
    phone.wait_for_timeout(500)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 376  # no sideways scrolling
    assert phone.locator(".site-footer").inner_text().startswith("Sources:")
    name = "phone-375-" + (re.sub(r"[^a-z]+", "-", path.split("/")[1]) or "explore")
    screenshot(phone, name.rstrip("-"))
    context.close()


SOURCE_A = content_id("source", "a")


def phone_page(browser, url: str):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    phone = context.new_page()
    phone.goto(url)
    phone.wait_for_selector("main h1, h1")
    return context, phone


def inside(box: dict, width: int = 375) -> bool:
    return box["x"] >= -0.5 and box["x"] + box["width"] <= width + 0.5


@pytest.mark.parametrize(("path", "rows"), [(f"/figure/{F_TROOPS}", 2), (f"/survey/{S1}", 3),
                                            (f"/source/{SOURCE_A}", 2)])
def test_tables_become_labelled_cards_on_a_phone(site, browser, path, rows):
    """Every cell, the verdict included, is on screen under its column's name: no column hides off the edge."""
    context, phone = phone_page(browser, site + path)
    table = phone.locator("table.stack")
    assert table.locator("tbody tr").count() == rows
    headers = table.locator("thead th").all_inner_texts()
    for cell in table.locator("tbody td").all():
        assert inside(cell.bounding_box())
        label = cell.evaluate("td => getComputedStyle(td, '::before').content")
        assert label.strip('"').upper() in [h.upper() for h in headers]
    screenshot(phone, "phone-375-table-" + path.split("/")[1])
    context.close()


@pytest.mark.parametrize("path", [f"/survey/{S1}", f"/embed/survey/{S1}"])
def test_survey_chart_labels_fit_a_phone(site, browser, path):
    context, phone = phone_page(browser, site + path)
    phone.wait_for_selector(".bars .point")
    labels = phone.locator(".annotation-text")
    assert sorted(labels.all_text_contents()) == ["No", "Support sending troops", "Trust the government", "Yes",
                                                  "Yes"]
    for element in [*labels.all(), *phone.locator(".textpoint text").all(), *phone.locator(".bars .point").all()]:
        assert inside(element.bounding_box())
    screenshot(phone, "phone-375-chart-" + ("embed" if path.startswith("/embed") else "survey"))
    context.close()


def test_filter_controls_are_named_and_show_keyboard_focus(site, page):
    from playwright.sync_api import expect

    page.goto(site + "/")
    for name in ("Pollster", "Country", "Topic", "Sort"):
        expect(page.get_by_role("button", name=name)).to_have_count(1)  # not just "Any"
    assert page.get_by_label("Fieldwork to").count() == 1
    page.focus("#explore-q")
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")  # focus arrives by keyboard, as :focus-visible requires
    ring = "el => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth]"
    assert page.locator(".control.search .dash-input-container").evaluate(ring) == ["solid", "3px"]
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.control').querySelector('label').innerText") == \
        "Pollster"
    assert page.locator(".dash-dropdown-wrapper").first.evaluate(ring) == ["solid", "3px"]
    outline = page.locator(".dash-dropdown-wrapper").first.evaluate("el => getComputedStyle(el).outlineColor")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert contrast(outline, background) >= 3  # WCAG 1.4.11: a focus ring must stand out from the page


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two CSS `rgb(r, g, b)` colours."""
    def luminance(colour: str) -> float:
        channels = [int(part) / 255 for part in re.findall(r"\d+", colour)[:3]]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_checking_a_draft_says_so_while_it_runs(site, page):
    """The editor sees (and a screen reader hears) that the check is under way until the verdicts arrive."""
    held = []
    page.route("**/_dash-update-component*", lambda route: held.append(route) if "check-result" in (
        route.request.post_data or "") else route.continue_())
    page.goto(site + "/check")
    page.fill("#check-draft", "Northfield Research found in June 2022 that 43% of urban adults trust the government.")
    page.click("#check-submit")
    note = page.get_by_role("status").filter(has_text="Checking the draft…")
    note.wait_for()
    for _ in range(100):  # the held request reaches the handler once Playwright next processes events
        if held:
            break
        page.wait_for_timeout(50)
    assert held and page.locator("#check-summary").count() == 0
    held[0].continue_()
    page.wait_for_selector("#check-summary")
    assert note.count() == 0
