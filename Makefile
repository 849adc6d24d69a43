# The two commands of the README. Both create or update .venv from pyproject.toml.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= var/store

CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint install install-dev clean java browser screenshots vendor

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install only when pyproject.toml changed: a re-run of `make run` is fast.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/parley build data/articles --store $(STORE)
	$(BIN)/parley serve --store $(STORE)

lint: install-dev
	$(BIN)/ruff check graph_builder api tests
	$(BIN)/mypy

# PySpark (the spark extra) runs on Java 17; install it where this machine allows (root with apt-get).
java:
	@if [ -z "$$JAVA_HOME" ] && ! command -v java >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; \
		else \
			echo "error: the Spark tests need Java 17: install openjdk-17-jre-headless (or set JAVA_HOME)" >&2; exit 1; \
		fi; \
	fi

# The explorer's browser tests drive Debian's Chromium through Playwright; no tool ever
# downloads a browser of its own. Installed with apt-get when missing (as root, or with
# password-less sudo); otherwise the run stops here with what to do.
browser:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; \
	    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; \
	    else echo "error: the browser tests need Debian's Chromium at $(CHROMIUM): run 'apt-get install chromium chromium-driver' as root (or set CHROMIUM=/path/to/chromium)" >&2; exit 1; fi; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi
	@test -x "$(CHROMIUM)" || { echo "error: $(CHROMIUM) is still missing after apt-get install chromium" >&2; exit 1; }

test: install-dev lint java browser
	PARLEY_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

# Re-take the README's screenshots of the explorer (docs/screenshots/*.png) with the browser tests.
screenshots: install-dev browser
	PARLEY_CHROMIUM=$(CHROMIUM) PARLEY_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/integration/api/test_explorer.py

# Re-vendor the explorer's JavaScript libraries from the npm registry (pinned in the script).
vendor:
	bash scripts/vendor_assets.sh

clean:
	rm -rf $(VENV) var
