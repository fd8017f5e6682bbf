# The one entry point. `make demo` and `make test` work on a fresh machine with Python >= 3.11.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench bench-peers clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/mamori demo

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) -m benchmarks.run

# Not part of CI: installs Presidio+GiNZA and namemask[ner] into benchmarks/.venvs/ and compares.
bench-peers: $(STAMP)
	$(PY) -m benchmarks.peers

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
