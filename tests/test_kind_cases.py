"""Hand-written cases for every kind of fact (date, count, amount, duration, title, role,
state), one data file per kind: each case builds a small sheet (the file's `sheet`, plus
the case's own `sheet` entries) and checks one document with the engine, against the
case's `dateline` when it has one. `expect` lists every finding at warning or error level
(and info too when the case is `verbose`) as rule (without the sheet stem), quoted words
and severity (error unless given). A case marked `xfail: "reason"` states the correct
expectation for a known engine bug; it must fail until the bug is fixed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.engine.document import Engine, check_document
from checker.findings import Severity
from checker.sheet.load import load_sheets
from checker.sources.documents import make_document

from .conftest import ROOT, load_yaml

DATA = ROOT / "tests" / "data" / "kinds"
STEM = "case"


def _cases() -> list[Any]:
    params = []
    for path in sorted(DATA.glob("*.yaml")):
        data = load_yaml(path)
        for number, case in enumerate(data["cases"], 1):
            marks = []
            if "xfail" in case:
                marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
            params.append(
                pytest.param(data["sheet"], case, id=f"{path.stem}-{number}", marks=marks)
            )
    return params


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    sheet = {**base, "entities": {**base.get("entities", {}), **extra.get("entities", {})}}
    sheet["facts"] = [*base.get("facts", []), *extra.get("facts", [])]
    return sheet


_ENGINES: dict[str, Engine] = {}


def _engine(sheet: dict[str, Any], folder: Path) -> Engine:
    """One engine per distinct sheet, built once (cases share their file's sheet)."""
    key = repr(sheet)
    if key not in _ENGINES:
        path = folder / f"{STEM}.yaml"
        path.write_text(yaml.safe_dump(sheet, sort_keys=False), encoding="utf-8")
        _ENGINES[key] = Engine(load_sheets([path]))
    return _ENGINES[key]


@pytest.fixture(scope="session")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sheets")


@pytest.mark.parametrize(("base", "case"), _cases())
def test_case(base: dict[str, Any], case: dict[str, Any], folder: Path) -> None:
    sheet = _merge(base, case.get("sheet", {}))
    engine = _engine(sheet, folder)
    verbose = bool(case.get("verbose", False))
    document = make_document("case.txt", case["text"], case.get("dateline"))
    report = check_document(engine, document, verbose)
    found = sorted(
        (f.rule.removeprefix(f"{STEM}."), f.quote, f.severity.value)
        for f in report.findings
        if verbose or f.severity is not Severity.INFO
    )
    expected = sorted(
        (e["rule"], e["quote"], e.get("severity", "error")) for e in case.get("expect", [])
    )
    assert found == expected, case["text"]
