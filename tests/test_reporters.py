"""Each output format, snapshot-tested on the seeds. Regenerate the snapshots after an
intended change with FACTLINT_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from checker.report import Format, render
from checker.run import Options, check_paths

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("fmt", list(Format))
def test_report_matches_snapshot(sheets: Any, fmt: Format, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    reports = list(check_paths(["seeds"], sheets, Options()))
    text = render(fmt, reports)
    snapshot = GOLDEN / f"seeds.{fmt.value}.txt"
    if os.environ.get("FACTLINT_UPDATE_GOLDEN"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")
