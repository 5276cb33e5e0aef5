"""Shared fixtures: paths of the project's rules and seeds, a fast YAML reader, and the
Hypothesis settings of every property test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
SEEDS = ROOT / "seeds"
REAL_SEEDS = ROOT.parent / "shared" / "seeds"

# Each property test runs its own number of examples, chosen to keep `make test` short;
# FACTLINT_EXAMPLES_SCALE=20 runs twenty times as many (a long run). No deadline and no
# too-slow check: the suite runs on two busy cores, where a slow example is not a bug.
EXAMPLES_SCALE = float(os.environ.get("FACTLINT_EXAMPLES_SCALE", "1"))
# The cache of valid sheets (checker/sheet/cache.py) of this run, not the user's.
os.environ["FACTLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="factlint-cache-")


def examples(count: int) -> int:
    """A property test's number of examples: `count`, scaled for a long run."""
    return max(1, round(count * EXAMPLES_SCALE))


settings.register_profile(
    "factlint", max_examples=examples(100), deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("factlint")

# libyaml's safe loader reads the same data as yaml.safe_load, ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """The data of a YAML file of tests/data (read at collection by several test files)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


@pytest.fixture(scope="session")
def sheets():  # type: ignore[no-untyped-def]
    from checker.sheet.load import load_sheets

    return load_sheets([RULES])


# Under pytest-xdist (`make test` runs `pytest -n auto`), tests are handed to the workers
# one by one, except those of a module that starts a costly process for all its tests (a
# browser, a language server, a compiled build): they go to one worker, which starts it once. (The
# `xdist_group` mark would say this, but pytest 9.2 ignores it: pytest-xdist issue 1386.)
_ONE_WORKER = (
    "tests/test_review_page_browser.py", "tests/test_lsp.py", "tests/test_compiled.py",
)


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "load":
        return None  # another --dist asked for
    from xdist.scheduler import LoadScopeScheduling

    class ByTest(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in _ONE_WORKER else nodeid

    return ByTest(config, log)
