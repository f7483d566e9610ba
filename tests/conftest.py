"""Shared fixtures: paths, the development corpus, the app under a real gunicorn, headless Chromium."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
PRIMARY = ROOT.parent / "shared" / "primary" / "primary.jsonl"
DATA = ROOT / "data"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
IN_CI = os.environ.get("CI") == "true"


def require_corpus() -> Path:
    """The development corpus, or a skip (a failure under CI, where it must be present)."""
    if not (CORPUS / "articles.jsonl").exists():
        message = f"development corpus not found at {CORPUS}"
        if IN_CI:
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)
    return CORPUS


@pytest.fixture(scope="session")
def corpus() -> Path:
    return require_corpus()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(data_dir: Path, extra_env: dict[str, str] | None = None):
    """Start gunicorn on a free loopback port serving `data_dir`; return (process, base_url)."""
    port = free_port()
    env = {**os.environ, "POLLTRACE_DATA": str(data_dir), **(extra_env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "dashboard.app:server", "--workers", "1",
         "--bind", f"127.0.0.1:{port}", "--no-control-socket", "--timeout", "60"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(base + "/about", timeout=2)
            return proc, base
        except OSError:
            time.sleep(0.25)
    proc.kill()
    raise RuntimeError("gunicorn did not answer within 60 s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def live_server():
    """Base URL of the dashboard under a real gunicorn, serving the committed data/ package."""
    proc, base = serve(DATA)
    yield base
    stop(proc)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory):
    """Base URL of the dashboard under gunicorn over the hand-written example package, with its article
    text available locally (so citations show in context)."""
    from dashboard.synthetic import EXAMPLE_TEXT, example_tables, write_package

    folder = write_package(tmp_path_factory.mktemp("example"), example_tables())
    articles = folder.parent / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a", "text": EXAMPLE_TEXT}) + "\n", encoding="utf-8")
    proc, base = serve(folder, {"POLLTRACE_ARTICLES": str(articles)})
    yield base
    stop(proc)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not installed (apt-get install chromium chromium-driver)"
        if IN_CI:
            pytest.fail(message + "; browser tests are required under CI=true")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under artifacts/ (kept as a test artifact to look at)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
