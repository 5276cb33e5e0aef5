"""Each output format, snapshot-tested on the seeds. Regenerate the snapshots after an
intended change with FACTLINT_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from checker.api import CheckOptions, check
from checker.report import Format, render

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("fmt", [f for f in Format if f is not Format.AUTO])
def test_report_matches_snapshot(sheets: Any, fmt: Format, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.sheet.records import fact_records

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "120")
    shows_text = fmt is Format.HTML
    reports = check(["seeds"], sheets, options=CheckOptions(keep_text=shows_text)).documents
    text = render(fmt, reports, fact_records(sheets) if shows_text else ())
    snapshot = GOLDEN / f"seeds.{fmt.value}.txt"
    if os.environ.get("FACTLINT_UPDATE_GOLDEN"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")
