"""The site under a real gunicorn over the hand-written example package: status codes, headers, downloads,
oEmbed, and the robustness rules (unknown ids are 404s, malformed input never a server error)."""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
import urllib.error
import urllib.request
import zipfile
from urllib.parse import quote

import pandas as pd
import pytest

from dashboard.synthetic import content_id, example_tables, write_package
from tests.conftest import DATA, serve, stop

F_YES, F_TROOPS = content_id("figure", "yes-1"), content_id("figure", "troops")
S1, SOURCE_A = content_id("survey", "wave-1"), content_id("source", "a")


@pytest.fixture
def site(example_site):
    return example_site


def fetch(url: str, data: bytes | None = None, headers: dict | None = None):
    """(status, headers, body) without raising on 4xx/5xx."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.mark.parametrize("path", [f"/figure/{F_TROOPS}", f"/survey/{S1}", f"/source/{SOURCE_A}", "/", "/about",
                                  f"/embed/figure/{F_TROOPS}", f"/embed/survey/{S1}"])
def test_known_pages_answer_200(site, path):
    assert fetch(site + path)[0] == 200


@pytest.mark.parametrize("path", ["/figure/ffffffffffffffff", "/survey/0000000000000000", "/source/abc",
                                  "/figure/<script>", "/embed/figure/ffffffffffffffff", "/embed/other/1234abcd",
                                  "/no-such-page", "/data/nothing.csv", f"/data/figure/{F_TROOPS}.xlsx",
                                  "/data/figure/ffffffffffffffff.csv"])
def test_unknown_ids_and_paths_are_friendly_404s(site, path):
    status, headers, body = fetch(site + quote(path, safe="/.<>"))
    assert status == 404
    assert b"Not found" in body and b"<script>" not in body
    assert headers["Content-Type"].startswith("text/html")


def test_framing_policy(site):
    _, headers, _ = fetch(site + f"/figure/{F_TROOPS}")
    assert headers["Content-Security-Policy"] == "frame-ancestors 'self'"
    _, headers, _ = fetch(site + f"/embed/figure/{F_TROOPS}")
    assert "frame-ancestors" not in (headers.get("Content-Security-Policy") or "")


def test_embed_has_chart_source_line_and_no_navigation(site):
    _, _, body = fetch(site + f"/embed/figure/{F_TROOPS}")
    page = body.decode()
    assert "Source: Northfield Research survey of 804 urban adults, 6–17 June 2022 · cited by 2 outlets" in page
    assert f'href="{site}/figure/{F_TROOPS}"' in page and "Explore the data" in page
    assert f'href="{site}/data/figure/{F_TROOPS}.csv"' in page
    assert "<nav" not in page and "postMessage" in page and "plotly-basic.min.js" in page


def test_survey_embed_explains_its_disagreement_marks(site):
    _, _, body = fetch(site + f"/embed/survey/{S1}")
    assert "hatched bars marked ⚠: outlets disagree about the value" in body.decode()  # Morning Sample's 4%
    status, _, body = fetch(site + f"/embed/survey/{content_id('survey', 'wave-2')}")
    assert status == 200 and "outlets disagree" not in body.decode()  # nothing to explain


def test_figure_download_is_the_chart_rows(site):
    status, headers, body = fetch(site + f"/data/figure/{F_TROOPS}.csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [(r["outlet"], r["value_cited"], r["disagrees"]) for r in rows] == [
        ("Example Herald", "5", "False"), ("Morning Sample", "4", "True")]
    _, _, body = fetch(site + f"/data/figure/{F_TROOPS}.json")
    assert [r["value_cited"] for r in json.loads(body)] == [5, 4]
    _, _, body = fetch(site + f"/data/figure/{F_YES}/series.csv")
    assert [r["display_value"] for r in csv.DictReader(io.StringIO(body.decode()))] == ["43", "40"]


def test_table_downloads_escape_formulas_and_zip_holds_every_table(site):
    _, _, body = fetch(site + "/data/sources.csv")
    titles = [row["title"] for row in csv.DictReader(io.StringIO(body.decode()))]
    assert "'=HYPERLINK(\"https://evil.example\")" in titles
    _, _, body = fetch(site + "/data/figures.json")
    assert len(json.loads(body)) == 4
    _, _, body = fetch(site + "/data/package.zip")
    names = set(zipfile.ZipFile(io.BytesIO(body)).namelist())
    assert {f"polltrace/{t}.csv" for t in ("sources", "surveys", "figures", "citations", "checks")} <= names
    assert "polltrace/datapackage.json" in names


def test_oembed(site):
    status, _, body = fetch(site + "/oembed?url=" + quote(f"{site}/figure/{F_TROOPS}") + "&maxwidth=500")
    payload = json.loads(body)
    assert status == 200 and payload["version"] == "1.0" and payload["type"] == "rich"
    assert payload["width"] == 500 and f'src="{site}/embed/figure/{F_TROOPS}"' in payload["html"]
    assert fetch(site + "/oembed?url=" + quote(f"{site}/figure/ffffffffffffffff"))[0] == 404
    assert fetch(site + "/oembed?url=" + quote(f"{site}/survey/{S1}") + "&format=xml")[0] == 501
    assert fetch(site + "/oembed?url=" + "x" * 3000)[0] == 404


def page_content(site: str, path: str) -> str:
    """What the Dash pages router renders for a path (the callback a browser makes after loading the shell)."""
    payload = {"output": ".._pages_content.children..._pages_store.data..",
               "outputs": [{"id": "_pages_content", "property": "children"},
                           {"id": "_pages_store", "property": "data"}],
               "inputs": [{"id": "_pages_location", "property": "pathname", "value": path},
                          {"id": "_pages_location", "property": "search", "value": ""}],
               "changedPropIds": ["_pages_location.pathname"], "state": []}
    status, _, body = fetch(site + "/_dash-update-component", json.dumps(payload).encode(),
                            {"Content-Type": "application/json"})
    assert status == 200
    return json.dumps(json.loads(body), ensure_ascii=False)  # undo Dash's \u002f escaping of slashes


def test_citation_shown_in_context_when_the_article_text_is_local(site):
    assert "of urban adults would back sending troops" in page_content(site, f"/figure/{F_TROOPS}")


def test_source_page_quotes_each_figure_in_context_only_when_the_text_is_local(site):
    assert "of urban adults would back sending troops" in page_content(site, f"/source/{SOURCE_A}")
    assert "In context" not in page_content(site, f"/source/{content_id('source', 'b')}")  # no text: no column


def test_source_page_lists_each_figure_with_its_verdict(site):
    content = page_content(site, f"/source/{SOURCE_A}")
    assert "Figures in this article (2)" in content
    assert content.count("Matches the published value") == 2
    assert f"/figure/{F_TROOPS}" in content and "https://news.example.com/a" in content


@pytest.mark.parametrize("values", [
    {"q": "x" * 10_000, "pollster": [1, 2, None], "from": "2022-99-99", "to": "<script>", "disagree": "yes"},
    {"q": None, "pollster": "not-a-list", "country": {"a": 1}, "topic": ["Government"], "sort": 42},
])


def test_malformed_filter_input_is_not_a_server_error(site, values):
    names = ["q", "pollster", "country", "topic", "from", "to", "disagree", "sort"]
    payload = {"output": "..explore-results.children...explore-summary.children...explore-query.data..",
               "outputs": [{"id": "explore-results", "property": "children"},
                           {"id": "explore-summary", "property": "children"},
                           {"id": "explore-query", "property": "data"}],
               "inputs": [{"id": f"explore-{n}", "property": "value", "value": values.get(n)} for n in names],
               "changedPropIds": ["explore-q.value"], "state": []}
    status, _, body = fetch(site + "/_dash-update-component", json.dumps(payload).encode(),
                            {"Content-Type": "application/json"})
    assert status == 200 and b'"explore-summary"' in body


def test_plotly_is_the_basic_bundle_and_responses_are_compressed(site):
    status, headers, body = fetch(site + "/_dash-component-suites/plotly/package_data/plotly.min.js",
                                  headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert b"plotly.js (basic" in gzip.decompress(body)[:300]
    _, headers, body = fetch(site + "/about", headers={"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and b"<html" in gzip.decompress(body)


@pytest.mark.parametrize("path", [f"/figure/{F_TROOPS}", f"/survey/{S1}"])
def test_chart_pages_advertise_their_oembed(site, path):
    _, _, body = fetch(site + path)
    head = body.decode().split("</head>")[0]
    links = re.findall(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', head)
    assert len(links) == 1
    status, _, payload = fetch(html.unescape(links[0]))
    assert status == 200 and f'src="{site}/embed{path}"' in json.loads(payload)["html"]


def test_other_pages_have_no_oembed_link(site):
    _, _, body = fetch(site + "/about")
    assert b"json+oembed" not in body


F_BARE, F_ORPHAN = content_id("figure", "bare"), content_id("figure", "orphan")
SHORT_STATEMENT = "Would back a four-day week for staff in every public office…"  # 60 chars, cut like the extractor


@pytest.fixture(scope="module")
def rough_site(tmp_path_factory):
    """The example package as a rebuild may leave it: figures nobody cites (one without a survey), statements
    cut short with an ellipsis, a repeated survey row and a malformed number."""
    tables = example_tables()
    figures, surveys, citations = tables["figures"], tables["surveys"], tables["citations"]
    s2 = surveys["survey_id"].iloc[1]
    tables["figures"] = pd.concat([figures, pd.DataFrame([
        [F_BARE, s2, content_id("question", "week"), SHORT_STATEMENT, "Yes", None, "all", None, "percent",
         "unresolved"],
        [F_ORPHAN, None, content_id("question", "orphan"), "Backs the plan", "No", None, "all", 12, "percent",
         "primary"],
    ], columns=figures.columns)])
    tables["surveys"] = pd.concat([surveys, surveys.iloc[:1]])
    citations = citations.astype({"value_cited": object})
    citations.loc[len(citations)] = [content_id("citation", 9), citations["source_id"].iloc[0], F_YES, "share",
                                     "n/a", "most", 0, 4, "approx", 0.5, "t", None]
    tables["citations"] = citations
    proc, base = serve(write_package(tmp_path_factory.mktemp("rough"), tables))
    yield base
    stop(proc)


def test_a_figure_nobody_cites_still_has_its_pages(rough_site):
    assert len(SHORT_STATEMENT) == 60
    content = page_content(rough_site, f"/figure/{F_BARE}")
    assert SHORT_STATEMENT in content and "cited 0 times by 0 outlets" in content
    assert fetch(rough_site + f"/embed/figure/{F_BARE}")[0] == 200
    status, _, body = fetch(rough_site + f"/data/figure/{F_BARE}.csv")
    assert status == 200 and len(body.decode().strip().splitlines()) == 1  # the header only
    assert SHORT_STATEMENT in page_content(rough_site, f"/survey/{content_id('survey', 'wave-2')}")


def test_a_figure_without_survey_and_a_repeated_survey_row_are_served(rough_site):
    content = page_content(rough_site, f"/figure/{F_ORPHAN}")
    assert "Backs the plan" in content and "/survey/None" not in content
    status, _, body = fetch(rough_site + "/data/figures.json")
    assert status == 200 and len(json.loads(body)) == 6
    assert "6 figures from 2 surveys" in explore_summary(rough_site, "")  # the repeated survey row adds none
    assert "1 figure" in explore_summary(rough_site, "four-day")


def explore_summary(site: str, query: str) -> str:
    return json.dumps(explore_callback(site, query)["explore-summary"], ensure_ascii=False)


def explore_callback(site: str, query: str) -> dict:
    """The Explore callback's response to typing `query` in the search box."""
    names = ["q", "pollster", "country", "topic", "from", "to", "disagree", "sort"]
    payload = {"output": "..explore-results.children...explore-summary.children...explore-query.data..",
               "outputs": [{"id": "explore-results", "property": "children"},
                           {"id": "explore-summary", "property": "children"},
                           {"id": "explore-query", "property": "data"}],
               "inputs": [{"id": f"explore-{n}", "property": "value", "value": query if n == "q" else None}
                          for n in names],
               "changedPropIds": ["explore-q.value"], "state": []}
    status, _, body = fetch(site + "/_dash-update-component", json.dumps(payload).encode(),
                            {"Content-Type": "application/json"})
    assert status == 200
    return json.loads(body)["response"]


def test_series_chart_has_its_own_embed(site):
    assert f"/embed/series/{F_YES}" in page_content(site, f"/figure/{F_YES}")
    status, _, body = fetch(site + f"/embed/series/{F_YES}")
    page = body.decode()
    assert status == 200 and "Values by wave" in page and f'href="{site}/data/figure/{F_YES}/series.csv"' in page
    assert "Source: Northfield Research surveys" in page and "<nav" not in page
    assert fetch(site + f"/embed/series/{F_TROOPS}")[0] == 404  # asked in one wave only: no series


SOURCE_B = content_id("source", "b")


@pytest.mark.parametrize(("path", "download"), [
    (f"/figure/{F_TROOPS}", f"/data/figure/{F_TROOPS}"),  # the citations table: the same rows as its chart
    (f"/survey/{S1}", f"/data/survey/{S1}/figures"),
    (f"/source/{SOURCE_A}", f"/data/source/{SOURCE_A}"),
])
def test_every_table_offers_its_rows_as_csv_and_json(site, path, download):
    content = json.loads(page_content(site, path))
    tools = [node for node in walk(content) if "table-tools" in (node.get("props", {}).get("className") or "")]
    assert len(tools) == 1
    hrefs = [node["props"]["href"] for node in walk(tools[0]) if node.get("type") == "A"]
    assert hrefs == [f"{download}.csv", f"{download}.json"]
    for href in hrefs:
        status, headers, _ = fetch(site + href)
        assert status == 200 and "attachment" in headers["Content-Disposition"]


def walk(node):
    """Every component in a Dash JSON tree."""
    if isinstance(node, dict):
        if "props" in node:
            yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def test_table_downloads_hold_the_rows_shown(site):
    _, _, body = fetch(site + f"/data/source/{SOURCE_B}.csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [(r["value_text"], r["pollster"], r["verdict"]) for r in rows] == [
        ("4%", "Northfield Research", "Differs from the published 4.6 by 0.6 points"),
        ("40%", "Northfield Research", "Agrees with other citations; no published value")]
    _, _, body = fetch(site + f"/data/survey/{S1}/figures.json")
    figures = json.loads(body)
    assert sorted((f["question"], f["answer"], f["display_value"]) for f in figures) == [
        ("Support sending troops", "Yes", 4.6), ("Trust the government", "No", 50), ("Trust the government", "Yes", 43)]
    for path in (f"/data/source/{SOURCE_B}/x.csv", f"/data/source/{F_TROOPS}.csv", f"/data/survey/{S1}/other.csv"):
        assert fetch(site + path)[0] == 404


def test_explore_results_download_follows_the_filters(site):
    status, headers, body = fetch(site + "/data/explore.csv?q=troops&page=7")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert [row["figure_id"] for row in csv.DictReader(io.StringIO(body.decode()))] == [F_TROOPS]
    _, _, body = fetch(site + "/data/explore.json")
    assert len(json.loads(body)) == 4  # every match, not one page
    _, _, body = fetch(site + "/data/explore.json?disagree=1&sort=oldest")
    assert [row["figure_id"] for row in json.loads(body)] == [F_TROOPS]
    assert fetch(site + "/data/explore.xlsx")[0] == 404
    # the Explore view links to the download for exactly its own filters
    results = explore_callback(site, "troops")["explore-results"]["children"]
    hrefs = [node["props"]["href"] for node in walk(results) if "tool-link" in node["props"].get("className", "")]
    assert hrefs == ["/data/explore.csv?q=troops", "/data/explore.json?q=troops"]


def test_chart_captions_name_their_sources(site):
    figure = page_content(site, f"/figure/{F_YES}")
    assert "Source: Northfield Research survey of 804 urban adults, 6–17 June 2022 · cited by 1 outlet" in figure
    assert "Source: Northfield Research surveys" in figure  # under the series chart
    survey = page_content(site, f"/survey/{S1}")
    assert "Source: Northfield Research survey of 804 urban adults, 6–17 June 2022 · cited by 2 outlets" in survey


def test_not_found_page_keeps_the_site_menu(site):
    _, _, body = fetch(site + "/figure/ffffffffffffffff")
    for href in (b'href="/"', b'href="/check"', b'href="/about"'):
        assert href in body  # a reader on a dead link can still reach every part of the site


def test_not_found_page_asks_for_no_favicon(site):
    _, _, body = fetch(site + "/figure/ffffffffffffffff")
    assert b'<link rel="icon" href="data:,">' in body  # else the browser's /favicon.ico is a second 404


def check_callback(site: str, text, published=None) -> tuple[int, bytes]:
    payload = {"output": "check-result.children", "outputs": {"id": "check-result", "property": "children"},
               "inputs": [{"id": "check-submit", "property": "n_clicks", "value": 1}],
               "state": [{"id": "check-draft", "property": "value", "value": text},
                         {"id": "check-published", "property": "value", "value": published}],
               "changedPropIds": ["check-submit.n_clicks"]}
    status, _, body = fetch(site + "/_dash-update-component", json.dumps(payload).encode(),
                            {"Content-Type": "application/json"})
    return status, body


def test_a_draft_that_cannot_be_checked_gets_a_sentence_not_a_server_error(site):
    status, body = check_callback(site, {"not": "text"})
    assert status == 200
    alert = json.loads(body)["response"]["check-result"]["children"][0]["props"]
    assert alert["role"] == "alert" and alert["children"].startswith("Sorry, this draft could not be checked")
    assert b"Traceback" not in body
    status, body = check_callback(site, "   ")
    assert status == 200 and b"Paste a draft first." in body


def test_explore_pager_has_previous_next_and_the_last_page(live_server):
    with (DATA / "figures.csv").open(encoding="utf-8", newline="") as handle:
        pages = -(-len(list(csv.DictReader(handle))) // 20)
    assert pages >= 3, "the committed package should have several pages of figures"
    payload = {"output": ".._pages_content.children..._pages_store.data..",
               "outputs": [{"id": "_pages_content", "property": "children"},
                           {"id": "_pages_store", "property": "data"}],
               "inputs": [{"id": "_pages_location", "property": "pathname", "value": "/"},
                          {"id": "_pages_location", "property": "search", "value": "?page=2"}],
               "changedPropIds": ["_pages_location.pathname"], "state": []}
    _, _, body = fetch(live_server + "/_dash-update-component", json.dumps(payload).encode(),
                       {"Content-Type": "application/json"})
    nav = next(node for node in walk(json.loads(body)) if node["props"].get("aria-label") == "Result pages")
    links = [(node["props"]["children"], node["props"]["href"], node["props"].get("aria-current"))
             for node in nav["props"]["children"] if node["type"] == "A"]
    assert links[0] == ("‹ Previous", "/", None)
    assert ("2", "/?page=2", "page") in links and links[-1] == ("Next ›", "/?page=3", None)
    assert links[-2] == (str(pages), f"/?page={pages}", None)
    gaps = [node for node in nav["props"]["children"] if node["type"] == "Span"]
    assert len(gaps) == (1 if pages > 4 else 0)
