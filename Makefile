# The two commands of the README. Both create or update .venv from pyproject.toml.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= var/store

.PHONY: run test lint install install-dev clean java

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

test: install-dev lint java
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) var
