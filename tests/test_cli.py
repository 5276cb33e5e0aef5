"""The command line end to end, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app

from .conftest import RULES, SEEDS

SHEET = """\
story: demo
title: Demo
entities:
  rubio: {name: Marco Rubio}
  lavrov: {name: Sergei Lavrov}
facts:
  - id: call
    date: 2025-10-20
    when: {mentions: [rubio, lavrov], trigger: [call]}
    severity: {severity}
    examples:
      pass: [Rubio and Lavrov held a call on October 20.]
      fail: [{fail}]
"""


def _sheet(
    tmp_path: Path,
    severity: str = "error",
    fail: str = "Rubio and Lavrov held a call on October 19.",
) -> Path:
    path = tmp_path / "demo.yaml"
    path.write_text(SHEET.replace("{severity}", severity).replace("{fail}", fail), encoding="utf-8")
    return path


def _article(tmp_path: Path, name: str = "a.txt", text: str = "") -> Path:
    path = tmp_path / name
    path.write_text(
        text or " date 2025-10-21\nRubio and Lavrov held a call on October 19.\n", encoding="utf-8"
    )
    return path


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.output


def test_findings_give_exit_1_and_a_table(tmp_path: Path) -> None:
    code, out = run("check", str(_article(tmp_path)), "-r", str(_sheet(tmp_path)))
    assert code == 1
    assert "demo.call" in out and "2:30" in out
    assert out.rstrip().endswith("1 article checked, 1 error, 0 warnings, 0 info")


def test_clean_article_gives_exit_0(tmp_path: Path) -> None:
    article = _article(tmp_path, text="Rubio and Lavrov held a call on October 20.")
    code, out = run("check", str(article), "-r", str(_sheet(tmp_path)))
    assert (code, "no findings" in out) == (0, True)


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on(tmp_path: Path, fail_on: str, code: int) -> None:
    sheet = _sheet(tmp_path, severity="warning")
    assert run("check", str(_article(tmp_path)), "-r", str(sheet), "--fail-on", fail_on)[0] == code


def test_json_shape(tmp_path: Path) -> None:
    code, out = run("check", str(_article(tmp_path)), "-r", str(_sheet(tmp_path)), "-f", "json")
    data = json.loads(out)
    assert code == 1
    assert data["version"] == 1
    assert data["summary"] == {"articles": 1, "unreadable": 0, "error": 1, "warning": 0, "info": 0}
    (doc,) = data["documents"]
    assert doc["dateline"] == {"value": "2025-10-21", "source": "text", "evidence": []}
    (finding,) = doc["findings"]
    assert finding["rule"] == "demo.call"
    assert (finding["line"], finding["column"], finding["end_column"]) == (2, 30, 43)
    assert finding["quote"] == "on October 19"
    assert finding["found"] == "2025-10-19"
    assert finding["expected"] == "2025-10-20"
    assert set(finding) == {
        "rule",
        "severity",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "quote",
        "found",
        "expected",
        "message",
        "cite",
        "sentence",
    }


def test_github_annotations(tmp_path: Path) -> None:
    code, out = run("check", str(_article(tmp_path)), "-r", str(_sheet(tmp_path)), "-f", "github")
    assert code == 1
    assert out.startswith("::group::") and "\n::error file=" in out
    assert ",line=2,col=30,endLine=2,endColumn=43,title=demo.call::" in out


def test_unreadable_article_is_reported_and_the_rest_checked(tmp_path: Path) -> None:
    good = _article(tmp_path)
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    empty = tmp_path / "c.txt"
    empty.write_text("", encoding="utf-8")
    code, out = run(
        "check",
        str(good),
        str(binary),
        str(empty),
        str(tmp_path / "nope.md"),
        "-r",
        str(_sheet(tmp_path)),
    )
    assert code == 2
    assert "binary file" in out and "empty file" in out and "no such file" in out
    assert "demo.call" in out
    assert "1 article checked, 1 error, 0 warnings, 0 info; 3 articles could not be read" in out


def test_stdin_with_date(tmp_path: Path) -> None:
    code, out = run(
        "check",
        "-",
        "-r",
        str(_sheet(tmp_path)),
        "--date",
        "2025-10-21",
        "-f",
        "json",
        stdin="Rubio and Lavrov held a call yesterday.",
    )
    assert code == 0
    assert json.loads(out)["documents"][0]["path"] == "<stdin>"


def test_bad_date_flag_is_a_usage_error(tmp_path: Path) -> None:
    code, out = run("check", "x.txt", "--date", "21/10/2025")
    assert code == 2
    assert "Traceback" not in out


def test_jobs_give_the_same_output() -> None:
    one = run("check", str(SEEDS), "-r", str(RULES), "-f", "json", "--jobs", "1")
    two = run("check", str(SEEDS), "-r", str(RULES), "-f", "json", "--jobs", "2")
    assert one == two


def test_settings_from_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _sheet(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factlint]\nrules = ["demo.yaml"]\nformat = "json"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out = run("check", str(_article(tmp_path)))
    assert code == 1
    assert json.loads(out)["summary"]["error"] == 1


def test_unknown_setting_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nfail_on = "x"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out = run("check", "a.txt")
    assert code == 2
    assert "unknown factlint setting(s) fail_on" in out


def test_rules_commands(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    assert run("rules", "validate", str(sheet)) == (0, "1 fact sheet(s), 1 facts: valid\n")
    code, out = run("rules", "list", str(sheet))
    assert code == 0 and "demo.call" in out and "date: 2025-10-20" in out
    code, out = run("rules", "test", str(sheet))
    assert (code, out.strip().splitlines()[-1]) == (0, "2 of 2 examples behave as written")
    code, schema = run("rules", "schema")
    assert code == 0
    assert set(json.loads(schema)["properties"]) >= {"story", "title", "entities", "facts"}


def test_rules_test_reports_a_wrong_example(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, fail="Rubio and Lavrov held a call on October 20.")
    code, out = run("rules", "test", str(sheet))
    assert code == 1
    assert "should fail" in out and "1 of 2 examples behave as written" in out


def test_version() -> None:
    code, out = run("--version")
    assert code == 0 and out.startswith("factlint ")


def test_weekday_check_runs_without_any_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = _article(tmp_path, text="The vote is on Wednesday, Oct. 21, 2025. It was Tuesday.")
    code, out = run("check", str(article), "-f", "json")
    assert code == 2
    assert "no fact sheet found" in out
    code, out = run("check", str(article), "-f", "json", "--builtin-only")
    assert code == 0
    (finding,) = json.loads(out)["documents"][0]["findings"]
    assert finding["rule"] == "builtin.weekday-date"
    assert finding["severity"] == "warning"
    assert finding["message"] == "21 October 2025 was a Tuesday, not a Wednesday"


def test_an_engine_failure_on_one_article_spares_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import checker.stories

    real = checker.stories.check_document

    def flaky(engine: object, document: object, *args: bool) -> object:
        if str(getattr(document, "path", "")).endswith("bad.txt"):
            raise RuntimeError("boom")
        return real(engine, document, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(checker.stories, "check_document", flaky)
    good = _article(tmp_path)
    bad = _article(tmp_path, "bad.txt")
    code, out = run("check", str(bad), str(good), "-r", str(_sheet(tmp_path)))
    assert code == 2
    assert "internal error while checking (RuntimeError: boom)" in out
    assert "demo.call" in out
    assert "Traceback" not in out


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('fail-on = "never"', "invalid factlint setting"),
        ('format = "xml"', "invalid factlint setting"),
        ("jobs = [1]", "invalid factlint setting"),
        ("rules = ", "cannot read settings"),
    ],
)
def test_bad_settings_are_usage_errors(tmp_path: Path, setting: str, message: str) -> None:
    config = tmp_path / "factlint.toml"
    config.write_text(f"[tool.factlint]\n{setting}\n", encoding="utf-8")
    code, out = run("check", "a.txt", "--config", str(config))
    assert code == 2
    assert message in out
    assert "Traceback" not in out


def test_missing_config_file_is_a_usage_error(tmp_path: Path) -> None:
    code, out = run("check", "a.txt", "--config", str(tmp_path / "none.toml"))
    assert code == 2
    assert "cannot read settings" in out
