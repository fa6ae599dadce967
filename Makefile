# Every target sets itself up: a fresh machine with Python 3.11 needs nothing else.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= demo.duckdb

.PHONY: demo test lint typecheck unit browser bench eval clean setup docs screenshots

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The sample articles (written for detente) plus the seed article when ../shared is there.
SEED   := $(wildcard ../shared/examples/2022-02-18-turkey-israel.txt)
demo: $(STAMP)
	rm -f $(DB) $(DB).wal
	$(BIN)/detente ingest src/detente/samples/articles $(SEED) --db $(DB)
	COLUMNS=140 $(BIN)/detente events --db $(DB) --limit 15 --format table
	COLUMNS=100 $(BIN)/detente dyad TUR ISR --by month --db $(DB) --format table
	@echo
	@echo "Explore it in a browser:  $(BIN)/detente serve --db $(DB)   then open http://127.0.0.1:8000"

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q -m "not browser"

browser: $(STAMP)
	bash scripts/setup-browser.sh
	$(BIN)/pytest -q -m browser

test: lint typecheck $(STAMP)
	bash scripts/setup-browser.sh
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks

eval: $(STAMP)
	$(BIN)/detente eval all

screenshots: $(STAMP)
	bash scripts/setup-browser.sh
	DETENTE_SCREENSHOTS=docs/img $(BIN)/pytest -q -m browser

docs: $(STAMP)
	$(BIN)/python -m detente.cli.reference > docs/cli.md

clean:
	rm -rf $(VENV) *.duckdb .mypy_cache .ruff_cache .pytest_cache
