# Every target creates or refreshes the virtual environment first, so a fresh clone needs only
# Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORE := $(VENV)/.installed-core
export HYPOTHESIS_PROFILE ?= ci

.PHONY: demo test lint typecheck pytest bench docs clean system-deps messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The demo needs only the library and SQLAlchemy with Alembic for its SQLite repository (no
# server, no PostgreSQL driver); the checks need the dev tools too.
$(CORE): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e . 'sqlalchemy>=2.0' 'alembic>=1.13' -c constraints.txt
	touch $(CORE)

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[cli]' --group dev --group bench -c constraints.txt
	touch $(STAMP) $(CORE)

demo: $(CORE)
	$(BIN)/pengaduan demo --output out/demo

lint: $(STAMP)
	$(BIN)/ruff check src tests examples benchmarks docs tools
	$(BIN)/ruff format --check src tests examples benchmarks docs tools

typecheck: $(STAMP)
	$(BIN)/mypy --strict

# Real components the suite drives (a browser for the HTML report), installed when missing.
system-deps:
	bash tools/system-deps.sh

pytest: $(STAMP) system-deps
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

# Translations: extract every msgid, merge it into the catalogs, fill the English one (msgids are
# English), compile the .mo files the library reads. Then translate the new Indonesian entries
# in src/pengaduan/locale/id/LC_MESSAGES/pengaduan.po and run it again (the suite fails on an
# empty or fuzzy one).
LOCALE := src/pengaduan/locale
POT := build/pengaduan.pot
messages: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output --no-wrap --ignore-dirs ".*" -k Nn_:1,2 \
		--project pengaduan --copyright-holder "pengaduan developers" -o $(POT) .
	$(BIN)/pybabel update -i $(POT) -d $(LOCALE) -D pengaduan --no-wrap --no-fuzzy-matching \
		--ignore-obsolete --update-header-comment
	$(BIN)/python tools/english_catalog.py $(LOCALE)/en/LC_MESSAGES/pengaduan.po
	$(BIN)/pybabel compile -d $(LOCALE) -D pengaduan --statistics

docs: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache .hypothesis
