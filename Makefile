# factlint: `make demo` checks the bundled seeds, `make test` runs the checks CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Exit code 1 means findings, which the demo expects; 2 (bad input) still fails.
demo: $(STAMP)
	$(BIN)/factlint check seeds/ --rules rules/ || [ $$? -eq 1 ]

lint: $(STAMP)
	$(BIN)/ruff check checker tests bench
	$(BIN)/mypy checker

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
