"""`factlint explain FILE:LINE` and `check --verbose` reasons, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app

SHEET = """\
story: demo
title: Demo
entities:
  rubio: {name: Marco Rubio}
  lavrov: {name: Sergei Lavrov}
facts:
  - id: call
    label: Rubio–Lavrov call
    date: 2025-10-20
    when: {mentions: [rubio, lavrov], trigger: [call]}
  - id: meeting
    date: 2025-10-22
    when: {mentions: [rubio], trigger: [meeting]}
"""
ARTICLE = """\
date 2025-10-21

Rubio and Lavrov held a call on October 19.
Rubio and Lavrov held a long call. Rubio left.

Rubio held a call with Lavrov and will attend a meeting on Wednesday.
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    sheet = tmp_path / "demo.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return sheet, article


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_verbose_says_why(files: tuple[Path, Path]) -> None:
    sheet, article = files
    code, out = run("check", str(article), "-r", str(sheet), "-v", "-f", "json")
    notes = {
        (f["line"], f["rule"], f["found"])
        for f in json.loads(out)["documents"][0]["findings"]
        if f["severity"] == "info"
    }
    assert code == 1
    assert (4, "demo.call", "no value found: no date in the sentence") in notes
    assert any(line == 6 and rule == "demo.call" and "'on Wednesday' is nearer to 'meeting'"
               in found for line, rule, found in notes)


def test_without_verbose_no_reasons(files: tuple[Path, Path]) -> None:
    sheet, article = files
    code, out = run("check", str(article), "-r", str(sheet), "-f", "json")
    findings = json.loads(out)["documents"][0]["findings"]
    assert code == 1
    assert [(f["line"], f["severity"]) for f in findings] == [(3, "error")]


def test_explain_a_contradiction(files: tuple[Path, Path]) -> None:
    sheet, article = files
    code, out = run("explain", f"{article}:3", "-r", str(sheet))
    assert code == 0
    assert "dateline 2025-10-21 (text)" in out
    assert "demo.call (Rubio–Lavrov call): mentioned" in out
    assert "names: Rubio (demo.rubio), Lavrov (demo.lavrov)" in out
    assert "triggers: 'call'" in out
    assert "date 'on October 19' at 3:30" in out
    assert "attached to demo.call: nearest accepting trigger 'call'" in out
    assert "verdict: contradicts: found" in out


def test_explain_two_sentences_on_a_line(files: tuple[Path, Path]) -> None:
    sheet, article = files
    code, out = run("explain", f"{article}:4", "-r", str(sheet))
    assert code == 0
    assert out.count("sentence at 4:") == 2
    assert "verdict: not judged: no value found" in out
    assert "no fact mentioned" in out


def test_explain_a_value_that_went_elsewhere(files: tuple[Path, Path]) -> None:
    sheet, article = files
    code, out = run("explain", f"{article}:6", "-r", str(sheet), "--date", "2025-10-21")
    assert code == 0
    assert "attached to demo.meeting" in out
    assert "verdict: agrees" in out
    assert "not judged: the value belongs to another event" in out


def test_explain_json(files: tuple[Path, Path]) -> None:
    sheet, article = files
    code, out = run("explain", f"{article}:6", "-r", str(sheet), "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert data["line"] == 6
    (sentence,) = data["sentences"]
    assert [f["rule"] for f in sentence["facts"]] == ["demo.call", "demo.meeting"]
    (value,) = sentence["values"]
    assert value["attached"] == "demo.meeting"
    assert {c["rule"] for c in value["candidates"]} == {"demo.call", "demo.meeting"}


def test_explain_a_blank_line(files: tuple[Path, Path]) -> None:
    sheet, article = files
    code, out = run("explain", f"{article}:2", "-r", str(sheet))
    assert code == 0
    assert "no sentence on this line" in out


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("{article}", "expected FILE:LINE"),
        ("{article}:x", "expected FILE:LINE"),
        ("{article}:0", "expected FILE:LINE"),
        (":3", "expected FILE:LINE"),
        ("{article}:99", "line 99 is past the end (7 lines)"),
        ("{missing}:1", "cannot read"),
    ],
)
def test_explain_bad_location(files: tuple[Path, Path], where: str, message: str) -> None:
    sheet, article = files
    where = where.format(article=article, missing=article.with_name("missing.txt"))
    code, out = run("explain", where, "-r", str(sheet))
    assert code == 2
    assert message in out
    assert "Traceback" not in out


def test_explain_bad_sheet(files: tuple[Path, Path]) -> None:
    sheet, article = files
    sheet.write_text("story: demo\nfacts: [oops]\n", encoding="utf-8")
    code, out = run("explain", f"{article}:3", "-r", str(sheet))
    assert code == 2
    assert "Traceback" not in out
