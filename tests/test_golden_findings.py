"""Whole-corpus golden tests: the exact findings on the seeds and on the real articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.api import check
from checker.findings import Severity

from .conftest import REAL_SEEDS, ROOT, SEEDS


def _found(folder: Path, sheets: Any) -> tuple[set[tuple[str, int, str, str]], dict[str, Any]]:
    reports = check([folder], sheets).documents
    assert not [r.path for r in reports if r.error], "unreadable articles"
    found = {
        (Path(f.path).name, f.line, f.rule, f.quote)
        for r in reports
        for f in r.findings
        if f.severity is not Severity.INFO
    }
    datelines = {Path(r.path).name: r.dateline for r in reports}
    return found, datelines


def _expected(entries: list[dict[str, Any]]) -> set[tuple[str, int, str, str]]:
    return {(e["file"], e["line"], e["rule"], e["quote"]) for e in entries}


def test_seeds_give_exactly_the_planted_findings(sheets: Any) -> None:
    expected = _expected(yaml.safe_load((SEEDS / "expected.yaml").read_text(encoding="utf-8")))
    found, datelines = _found(SEEDS, sheets)
    assert sorted(found - expected) == [], "unexpected findings"
    assert sorted(expected - found) == [], "missed findings"
    dateline = datelines["03-no-summit-soon.txt"]
    assert dateline is not None
    assert (dateline.value, dateline.source) == ("2025-10-21", "inferred")


@pytest.mark.skipif(not REAL_SEEDS.is_dir(), reason="../shared/seeds is absent")
def test_real_articles_give_exactly_the_known_errors(sheets: Any) -> None:
    data = yaml.safe_load((ROOT / "tests/data/real_expected.yaml").read_text(encoding="utf-8"))
    found, datelines = _found(REAL_SEEDS, sheets)
    expected = _expected(data["findings"])
    assert sorted(found - expected) == [], "unexpected findings"
    assert sorted(expected - found) == [], "missed findings"
    for name, want in data["datelines"].items():
        got = datelines[name]
        assert got is not None, name
        assert (got.value, got.source) == (str(want["value"]), want["source"]), name
    for name in ("001_77c5403f75fc30cf.txt", "003_62649f73895a5a8e.txt"):
        assert datelines[name] is None or datelines[name].source == "inferred"
