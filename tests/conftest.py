"""Shared fixtures: paths of the project's rules and seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
SEEDS = ROOT / "seeds"
REAL_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def sheets():  # type: ignore[no-untyped-def]
    from checker.sheet.load import load_sheets

    return load_sheets([RULES])
