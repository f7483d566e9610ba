"""Dashboard benchmark: latency, page weight and memory against a large synthetic package under gunicorn.

    .venv/bin/python bench/dashboard.py                       # 100,000 figures, 500,000 citations
    .venv/bin/python bench/dashboard.py --figures 20000 --citations 100000 --runs 100

Prints p50/p95 latency of the Explore filter callback and of a /figure/<id> page (the HTML request plus the
Dash callback that renders its content), compressed bytes of the first load of / and of an embed (headless
Chromium, every request counted), and the resident memory of the one gunicorn worker. Targets from issue 5:
p50 <= 25 ms, p95 <= 100 ms, / <= 700 KB, embed <= 450 KB.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.synthetic import write_synthetic_package  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
TERMS = ["", "", "trust", "troops", "election", "health", "panel", "voters", "herald", "climate", "young", "no"]
COUNTRIES = ["GB", "US", "DE", "UA", "BY"]
EXPLORE_OUTPUT = "..explore-results.children...explore-summary.children...explore-query.data.."
EXPLORE_INPUTS = ["q", "pollster", "country", "topic", "from", "to", "disagree", "sort"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "POLLTRACE_DATA": str(data)}
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "dashboard.app:server", "--workers", "1", "--bind",
                             f"127.0.0.1:{port}", "--no-control-socket", "--timeout", "300"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    while time.monotonic() - started < 300:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/about")
            if conn.getresponse().status == 200:
                print(f"worker ready in {time.monotonic() - started:.1f} s (loads the package at import)")
                return proc, port
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("gunicorn did not start")


def worker_rss_mb(master_pid: int) -> float:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    for line in Path(f"/proc/{children[0]}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def explore_payload(rng: random.Random) -> dict:
    values = {
        "q": rng.choice(TERMS), "pollster": [], "country": rng.sample(COUNTRIES, rng.choice([0, 0, 1, 2])),
        "topic": None, "from": rng.choice(["", "", "2021-01-01"]), "to": rng.choice(["", "", "2023-12-31"]),
        "disagree": rng.choice([[], [], ["1"]]), "sort": rng.choice(["newest", "most_cited"]),
    }
    return {
        "output": EXPLORE_OUTPUT,
        "outputs": [{"id": i, "property": p} for i, p in (("explore-results", "children"),
                                                          ("explore-summary", "children"), ("explore-query", "data"))],
        "inputs": [{"id": f"explore-{name}", "property": "value", "value": values[name]} for name in EXPLORE_INPUTS],
        "changedPropIds": ["explore-q.value"], "state": [],
    }


def page_payload(path: str) -> dict:
    return {
        "output": ".._pages_content.children..._pages_store.data..",
        "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
        "inputs": [{"id": "_pages_location", "property": "pathname", "value": path},
                   {"id": "_pages_location", "property": "search", "value": ""}],
        "changedPropIds": ["_pages_location.pathname"], "state": [],
    }


def timed(conn: http.client.HTTPConnection, method: str, path: str, body: dict | None = None) -> float:
    headers = {"Accept-Encoding": "gzip, br", "Content-Type": "application/json"}
    started = time.perf_counter()
    conn.request(method, path, body=json.dumps(body) if body else None, headers=headers)
    response = conn.getresponse()
    response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        raise SystemExit(f"{method} {path} answered {response.status}")
    return elapsed


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   (n={len(ordered)})"


def page_weight(base: str, path: str) -> tuple[int, int]:
    """(compressed body bytes, requests) of a cold first load in headless Chromium, until the network is idle."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        responses = []
        page.on("requestfinished", lambda request: responses.append(request))
        page.goto(base + path, wait_until="networkidle")
        page.wait_for_timeout(1500)
        total = sum(request.sizes()["responseBodySize"] for request in responses)
        browser.close()
    return total, len(responses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--citations", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=200, help="requests per latency measurement")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    data = args.out / f"synthetic-{args.figures}-{args.citations}"
    if not (data / "datapackage.json").exists():
        started = time.monotonic()
        write_synthetic_package(data, args.figures, args.citations)
        elapsed = time.monotonic() - started
        print(f"generated {args.figures:,} figures / {args.citations:,} citations in {elapsed:.1f} s")
    import pandas as pd

    figure_ids = pd.read_csv(data / "figures.csv", usecols=["figure_id"], dtype="str")["figure_id"].tolist()
    proc, port = start_server(data)
    base = f"http://127.0.0.1:{port}"
    try:
        rng = random.Random(1)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for _ in range(5):  # warm-up
            timed(conn, "POST", "/_dash-update-component", explore_payload(rng))
        explore = [timed(conn, "POST", "/_dash-update-component", explore_payload(rng)) for _ in range(args.runs)]
        figure_html, figure_content = [], []
        for _ in range(args.runs):
            path = f"/figure/{rng.choice(figure_ids)}"
            figure_html.append(timed(conn, "GET", path))
            figure_content.append(timed(conn, "POST", "/_dash-update-component", page_payload(path)))
        figure_total = [a + b for a, b in zip(figure_html, figure_content, strict=True)]
        rss = worker_rss_mb(proc.pid)
        home_bytes, home_requests = page_weight(base, "/")
        embed_bytes, embed_requests = page_weight(base, f"/embed/figure/{figure_ids[3]}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    print(f"\npackage: {args.figures:,} figures, {args.citations:,} citations")
    print(f"Explore filter callback       {percentiles(explore)}")
    print(f"/figure/<id> HTML             {percentiles(figure_html)}")
    print(f"/figure/<id> content callback {percentiles(figure_content)}")
    print(f"/figure/<id> both             {percentiles(figure_total)}")
    print(f"first load of /               {home_bytes / 1024:7.0f} KB compressed in {home_requests} requests "
          "(target <= 700 KB)")
    print(f"first load of an embed        {embed_bytes / 1024:7.0f} KB compressed in {embed_requests} requests "
          "(target <= 450 KB)")
    print(f"worker RSS                    {rss:7.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
