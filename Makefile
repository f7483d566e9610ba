# Polltrace: `make run` serves the dashboard, `make test` runs every test. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8050
CORPUS ?= ../shared/corpus
PRIMARY ?= $(CORPUS)/../primary/primary.jsonl

.PHONY: run test lint data evaluate bench browser-deps clean

run: $(VENV)/.runtime
	@echo "Polltrace dashboard on http://127.0.0.1:$(PORT)  (Ctrl-C to stop)"
	$(VENV)/bin/gunicorn dashboard.app:server --workers 2 --bind 127.0.0.1:$(PORT) --no-control-socket

test: $(VENV)/.dev browser-deps lint
	$(PY) -m pytest

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .

data: $(VENV)/.runtime
	$(PY) -m etl build $(CORPUS)/articles.jsonl --primary $(PRIMARY) --out data --rebuild

evaluate: $(VENV)/.runtime
	$(PY) -m etl evaluate --gold $(CORPUS)/gold.jsonl $(CORPUS)/articles.jsonl

bench: $(VENV)/.dev
	$(PY) bench/extract.py --runs 3
	$(PY) bench/link.py
	$(PY) bench/build.py
	$(PY) bench/dashboard.py
	$(PY) bench/check_quality.py

# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; never a downloaded browser).
browser-deps:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian chromium and chromium-driver for the browser tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "warning: /usr/bin/chromium missing and not root: browser tests will be skipped (they fail under CI=true)"; fi
	@if [ "$$CI" = true ] && [ ! -x /usr/bin/chromium ]; then echo "error: chromium could not be installed"; exit 1; fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install -q -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache artifacts
