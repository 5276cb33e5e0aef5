"""SARIF against the official 2.1.0 schema, JUnit as XML, and how `auto` picks a format."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from checker.api import check
from checker.findings import DocumentReport, Finding, Severity
from checker.report import Format, render, resolve
from checker.report.github import ANNOTATION_LIMIT

from .conftest import ROOT

# The SARIF 2.1.0 schema (rtm.5, the OASIS standard's), as the MIT-licensed npm package
# @microsoft/jest-sarif ships it; vendored so the test needs no network.
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


def _reports(sheets: Any, monkeypatch: pytest.MonkeyPatch) -> list[DocumentReport]:
    monkeypatch.chdir(ROOT)
    reports = check(["seeds"], sheets).documents
    return [*reports, DocumentReport("seeds/missing.txt", error="no such file or directory")]


def test_sarif_is_valid_against_the_schema(sheets: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    log = json.loads(render(Format.SARIF, _reports(sheets, monkeypatch)))
    jsonschema.validate(log, SCHEMA)
    run = log["runs"][0]
    assert run["results"] and run["invocations"][0]["executionSuccessful"] is False
    first = run["results"][0]
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == first["ruleId"]


def test_sarif_of_no_findings_is_valid() -> None:
    jsonschema.validate(json.loads(render(Format.SARIF, [DocumentReport("a.md")])), SCHEMA)


def test_junit_is_xml_with_one_case_per_article(
    sheets: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = _reports(sheets, monkeypatch)
    root = ET.fromstring(render(Format.JUNIT, reports))
    suite = root.find("testsuite")
    assert suite is not None
    assert int(suite.get("tests", "0")) == len(reports)
    assert int(suite.get("errors", "0")) == 1
    failing = sum(1 for r in reports if any(f.severity is not Severity.INFO for f in r.findings))
    assert int(suite.get("failures", "0")) == failing


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [
        ({"GITHUB_ACTIONS": "true"}, True, Format.GITHUB),
        ({}, True, Format.PRETTY),
        ({}, False, Format.TABLE),
        ({"NO_COLOR": "1"}, True, Format.PRETTY),  # the same table, without colour
        ({"FORCE_COLOR": "1"}, False, Format.PRETTY),
        ({"TERM": "dumb"}, True, Format.TABLE),
    ],
)
def test_auto_format(env: dict[str, str], tty: bool, expected: Format) -> None:
    out = _Tty() if tty else io.StringIO()
    assert resolve(Format.AUTO, out, env) is expected


def _finding(line: int) -> Finding:
    return Finding("s.f", Severity.ERROR, "a.md", line, 1, line, 5, "x", "x", "y", "msg | <b>")


def test_github_writes_the_full_list_to_the_step_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    many = [DocumentReport("a.md", findings=[_finding(n) for n in range(1, 13)])]
    out = render(Format.GITHUB, many, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert out.count("::error ") == 12 and out.startswith("::group::a.md\n")
    text = summary.read_text(encoding="utf-8")
    assert text.count("| a.md:") == 12 > ANNOTATION_LIMIT
    assert "msg \\| &lt;b>" in text
    few = [DocumentReport("b.md", findings=[_finding(1)])]
    render(Format.GITHUB, few, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert "b.md" not in summary.read_text(encoding="utf-8")


def test_pretty_cites_each_source_once(sheets: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    reports = _reports(sheets, monkeypatch)
    text = render(Format.PRETTY, reports)
    for report in reports:
        cites = {f.cite for f in report.findings if f.cite}
        for cite in cites:
            assert text.count(f"] {cite}") >= 1
    assert all(len(line) <= 100 for line in text.splitlines())
    assert "\x1b[" not in text  # no colour when not asked for
    coloured = render(Format.PRETTY, reports, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in coloured


def test_junit_holds_any_text() -> None:
    bad = Finding("s.f", Severity.ERROR, "a\x01.md", 1, 1, 1, 2, "q\x0b", "x", "y", "m\x00 <&>")
    root = ET.fromstring(render(Format.JUNIT, [DocumentReport("a\x01.md", findings=[bad])]))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "1 finding(s); first: m\ufffd <&>"


def test_progress_bar_only_for_long_runs_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from checker.cli import check as cli_check

    reports = [DocumentReport(f"{n}.md") for n in range(cli_check.PROGRESS_FROM)]
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    assert list(cli_check._progress(iter(reports), len(reports))) == reports
    assert list(cli_check._progress(iter(reports[:3]), 3)) == reports[:3]


def test_pretty_shows_control_characters_as_escapes() -> None:
    path, message = "a\x1b[2J.md", "m\x1b]52;c;x\x07"
    bad = Finding("s.f", Severity.ERROR, path, 1, 1, 1, 2, "q", "x", "y", message)
    text = render(Format.PRETTY, [DocumentReport(path, findings=[bad])])
    assert "\x1b" not in text and "\x07" not in text and "\\x1b" in text
