"""The real stories of ../shared/corpus, scored by its own scorer: the figures must not fall
below the floors in tests/data/corpus_floors.yaml (raise them when the reading improves).

The scorer starts one `factlint` process per run (about 110 in all, most of their time spent
importing); here its factlint runs go through typer's CliRunner in this process instead, so the
imports are paid once. The figures are the same as `../shared/corpus/score --json` prints."""

from __future__ import annotations

import contextlib
import importlib.machinery
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from bench import corpus_edited
from checker.cli.app import app

from .conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
SHEETS = ROOT / "tests" / "data" / "corpus_sheets"
FLOORS = yaml.safe_load(
    (Path(__file__).parent / "data" / "corpus_floors.yaml").read_text(encoding="utf-8")
)

pytestmark = pytest.mark.skipif(
    not (CORPUS / "score").is_file(), reason="../shared/corpus is not here"
)


def _factlint(argv: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
    """Stands in for the scorer's `subprocess.run(["factlint", ...])`."""
    result = CliRunner().invoke(app, argv[1:])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(argv, result.exit_code, result.stdout, result.stderr)


def _scorer() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("corpus_score", str(CORPUS / "score"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    module.subprocess = SimpleNamespace(run=_factlint)  # type: ignore[attr-defined]
    return module


def _score(mode: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    monkeypatch.chdir(ROOT)
    argv = ["score", "--json", "--factlint", "factlint"]
    if mode == "sheet_copies":  # the sheets of tests/data/corpus_sheets (bench/corpus_edited.py)
        stories = sorted(p.stem for p in SHEETS.glob("*.yaml"))
        argv += [str(corpus_edited.prepare(story, tmp_path)) for story in stories]
    elif mode != "check":
        argv.append(f"--{mode}")
    monkeypatch.setattr(sys, "argv", argv)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        _scorer().main()
    assert out.getvalue(), err.getvalue()[-2000:]
    return dict(json.loads(out.getvalue())["all"])


@pytest.mark.parametrize("mode", list(FLOORS))
def test_corpus_figures_hold(
    mode: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    got = _score(mode, monkeypatch, tmp_path)
    floor = FLOORS[mode]
    assert got["found"] >= floor["gold_found"], got
    assert got["false_alarms"] <= floor["false_alarms"], got
    assert got["injected_found"] >= floor["injected_found"], got
    assert got["collateral"] <= floor["collateral"], got
