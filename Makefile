# Two commands for a fresh machine (Python 3.11, nothing installed):
#   make demo   — set up, then ingest and analyse the sample corpus and show what was stored
#   make test   — set up (with test tools and a headless Chromium), then run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo/rasid.db

.PHONY: demo test setup setup-test lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

setup: $(BIN)/python
	$(BIN)/python -m pip install -q -e .

setup-test: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	bash scripts/install-browser.sh

demo: setup
	bash scripts/demo.sh "$(BIN)" "$(DB)"

test: setup-test
	$(BIN)/python -m pytest -q

lint: setup-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
