"""`checker.Checker`: the same reports as `checker.check()` and the command line on the
seeds; it pickles as its sheets and settings, and a pool of processes can use it."""

from __future__ import annotations

import json
import pickle
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

import checker
from checker.checking import CheckOptions
from checker.cli.app import app
from checker.findings import DocumentReport
from checker.report.json import document_data
from checker.sheet.load import LoadedSheet

from .conftest import RULES, SEEDS

ARTICLES = sorted(p for p in SEEDS.iterdir() if p.suffix in (".md", ".txt", ".html"))


def _data(reports: list[DocumentReport]) -> list[dict[str, Any]]:
    return [document_data(r) for r in reports]


def test_checker_gives_the_reports_of_check_and_of_the_cli(sheets: list[LoadedSheet]) -> None:
    options = CheckOptions(verbose=True)
    one = checker.Checker(sheets, options)
    direct = [one.check_path(p) for p in ARTICLES]
    assert _data(direct) == _data(checker.check(ARTICLES, sheets, options=options).documents)
    result = CliRunner().invoke(app, ["check", "--rules", str(RULES), "--verbose", "--format",
                                      "json", *map(str, ARTICLES)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["documents"] == _data(direct)
    assert any(r.findings for r in direct)


def test_checker_checks_a_text_and_a_document(sheets: list[LoadedSheet]) -> None:
    from checker.sources.documents import make_document

    one = checker.Checker(sheets, CheckOptions(date=date(2025, 10, 21)))
    text = "Donald Trump and Vladimir Putin held a summit in Alaska on Aug. 18.\n"
    report = one.check_text(text, "note.txt")
    assert [f.rule for f in report.findings] == ["budapest-summit.alaska-summit"]
    again = one.check(make_document("note.txt", text, date(2025, 10, 21)))
    assert document_data(again) == document_data(report)


def test_pickle_keeps_sheets_and_settings_not_the_engine(sheets: list[LoadedSheet]) -> None:
    one = checker.Checker(sheets, CheckOptions(verbose=True))
    before = one.check_path(ARTICLES[0])
    data = pickle.dumps(one)
    assert len(data) < 200_000  # the sheets, not an automaton and indexes
    copy = pickle.loads(data)
    assert copy.digest == one.digest and copy.options == one.options
    assert copy._engine is None
    assert document_data(copy.check_path(ARTICLES[0])) == document_data(before)
    # in one process, the engine of the same sheets and settings is built once
    assert pickle.loads(data).engine is copy.engine


def _check_in_worker(one: checker.Checker, path: Path) -> dict[str, Any]:
    return document_data(one.check_path(path))


def test_a_process_pool_ships_the_checker(sheets: list[LoadedSheet]) -> None:
    one = checker.Checker(sheets)
    expected = [document_data(one.check_path(p)) for p in ARTICLES]
    with get_context("spawn").Pool(2) as pool:
        found = pool.starmap(_check_in_worker, [(one, p) for p in ARTICLES])
    assert found == expected
