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
    from checker.sheet.records import fact_records

    monkeypatch.chdir(ROOT)
    shows_text = fmt is Format.HTML
    reports = list(check_paths(["seeds"], sheets, Options(keep_text=shows_text)))
    text = render(fmt, reports, fact_records(sheets) if shows_text else ())
    snapshot = GOLDEN / f"seeds.{fmt.value}.txt"
    if os.environ.get("FACTLINT_UPDATE_GOLDEN"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")
