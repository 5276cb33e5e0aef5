# factlint: `make demo` checks the bundled seeds, `make test` runs the checks CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint browser bench compiled pure clean

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

# The review page is tested in headless Chromium: Debian's chromium and chromium-driver,
# installed here when missing and apt-get can run; without them that test is skipped.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; } || \
	echo "Chromium could not be installed: the browser test will be skipped"

# pytest-xdist: one worker per core (tests/conftest.py says which tests share a worker).
test: lint browser
	$(BIN)/pytest -n auto

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

# Optional: compile the hot modules listed in checker/compiled.py with mypyc, in place (a C
# compiler and Python's headers needed; `factlint --version` says what is loaded).
# `make pure` goes back to pure Python.
compiled: $(STAMP)
	$(BIN)/pip install --quiet -e '.[compiled]'
	FACTLINT_COMPILE=1 $(BIN)/pip install --quiet --no-build-isolation --no-deps -e .
	$(BIN)/factlint --version

pure:
	find checker -name '*.so' -delete
	rm -rf build

clean: pure
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
