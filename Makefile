# The one entry point. `make demo` and `make test` work on a fresh machine with Python >= 3.11.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The per-value hot path, compiled to C with mypyc (15 % less CPU on text, see docs/benchmarks.md). The
# modules stay plain Python too: without a C compiler mamori runs the .py files, only slower.
NATIVE := $(VENV)/.native
NATIVE_MODULES := mamori/detect/numbers.py mamori/detect/context.py mamori/detect/internet.py \
	mamori/detect/resolve.py mamori/detect/finding.py mamori/detect/normalize.py \
	mamori/detect/validators.py mamori/detect/morph.py mamori/detect/names.py mamori/scan/prose.py \
	mamori/scan/tables.py mamori/scan/people.py mamori/scan/people_keys.py mamori/scan/subjects.py

.PHONY: install native demo test lint schemas api-docs bench bench-spark fuzz bench-peers screenshots web-bench security-scan clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

# Rebuilt when any detect or scan module changes: compiled code calls into its neighbours. A failed
# build removes what it left (stale extension modules would shadow the .py files); CI must compile.
$(NATIVE): $(STAMP) $(wildcard src/mamori/detect/*.py src/mamori/scan/*.py)
	rm -f $(NATIVE)
	find src -name '*.so' -delete
	@echo "compiling the hot path with mypyc (about a minute; log in $(VENV)/native.log)"
	@cd src && if $(abspath $(VENV))/bin/mypyc $(NATIVE_MODULES) > $(abspath $(VENV))/native.log 2>&1; then \
		touch $(abspath $(NATIVE)); \
	else \
		find . -name '*.so' -delete; \
		echo "mypyc failed (see $(VENV)/native.log): mamori runs as plain Python, about 15 % slower"; \
		test -z "$$CI" && touch $(abspath $(NATIVE)); \
	fi

install: $(STAMP) $(NATIVE)

native: $(NATIVE)

demo: install
	$(VENV)/bin/mamori demo

test: install
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

# Generated files, committed; a test fails when they and the code disagree.
schemas: $(STAMP)
	$(PY) -m mamori.schemas schemas

api-docs: $(STAMP)
	$(PY) -m mamori.apidoc docs/api.md

bench: install
	$(PY) -m benchmarks.run

# PNGs of each dashboard page for docs/web.md, taken by the browser test in the system's Chromium.
screenshots: $(STAMP)
	MAMORI_SCREENSHOTS=docs/img $(PY) -m pytest tests/web/test_browser.py -q -p no:cacheprovider

# Page and API response times over a ledger of 100,000 assets (a measurement, not a test).
web-bench: $(STAMP)
	$(PY) -m benchmarks.web_bench

# Not part of CI (a few minutes): the local engine against Spark local[1] and local[2], docs/spark.md.
bench-spark: install
	$(PY) -m benchmarks.spark_bench

# Not part of CI (about 25 minutes on two cores): a million mutated inputs through detect and the readers.
fuzz: install
	$(PY) -m benchmarks.fuzz

# Not part of CI: installs Presidio+GiNZA and namemask[ner] into benchmarks/.venvs/ and compares.
bench-peers: $(STAMP)
	$(PY) -m benchmarks.peers

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache src/build src/.mypy_cache
	find src -name '*.so' -delete
