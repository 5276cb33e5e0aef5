"""bench/hostile.py (issue 11, before and after): every case names a test that exists,
and the runner measures a case."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from bench.hostile import measure
from bench.hostile_cases import CASES

from .conftest import ROOT


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_names_its_test(case) -> None:  # type: ignore[no-untyped-def]
    file, name = case.test.split("::")
    source = (ROOT / "tests" / file).read_text(encoding="utf-8")
    assert re.search(rf"^def {name}\(", source, re.MULTILINE), case.test


def test_case_names_are_unique() -> None:
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.skipif(not Path("/usr/bin/time").exists() or sys.platform != "linux",
                    reason="GNU time and /proc")
def test_a_case_is_measured(tmp_path: Path) -> None:
    case = next(c for c in CASES if "2025-02-30" in c.name)
    run = case.build(tmp_path, ROOT)
    outcome = measure(Path(sys.executable), ROOT, run, tmp_path, timeout=60)
    assert outcome.code == "0" and outcome.notes == [], outcome
    assert outcome.megabytes > 10
