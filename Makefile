# `make demo` and `make test` each install what they need into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install browser demo test eval bench lint clean

install: $(STAMP)

# torch first, from the local CPU wheel: a bare `torch` dependency would pull CUDA.
# Then the bundled model's int8 ONNX graph is built (offline, once), so the first
# check does not wait for it.
$(STAMP): pyproject.toml models/minilm_onnx.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/verify build-model
	touch $(STAMP)

demo: install
	$(BIN)/verify check corpora/demo/release.html corpora/demo/report.txt

# The review desk's tests drive Debian's chromium; root installs it, others skip those tests.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } || \
	  echo "chromium is not installed: the browser tests will be skipped"

test: install browser
	$(BIN)/python -m pytest -q -p no:cacheprovider -n auto

eval: install
	$(BIN)/python -m verify.evaluation --shared $(SHARED)

bench: install
	$(BIN)/python -m verify.bench --shared $(SHARED)

lint: install
	$(BIN)/ruff check verify tests corpora models
	$(BIN)/ruff format --check verify tests corpora models

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
