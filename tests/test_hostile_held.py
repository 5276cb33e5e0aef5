"""What held before issue 11 and must keep holding: GitHub annotations cannot be forged,
JSON escapes control characters, sheet strings are never regexes, concurrent runs agree."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from checker.engine.document import Engine, check_document
from checker.findings import DocumentReport, Finding, Severity
from checker.report import Format, render
from checker.sheet.load import load_sheet
from checker.sources.documents import make_document

from .conftest import ROOT, RULES, SEEDS

FORGED = "x\n::error file=y.txt::forged\r\n::endgroup::\n"


def _report(text: str) -> DocumentReport:
    finding = Finding("s.f", Severity.ERROR, f"a{text}.txt", 1, 1, 1, 5, f"q{text}", f"f{text}",
                      f"e{text}", f"m{text}", f"c{text}", f"s{text}")
    return DocumentReport(f"a{text}.txt", [finding], notes=[f"n{text}"])


def test_github_annotations_cannot_be_forged() -> None:
    out = render(Format.GITHUB, [_report(FORGED), DocumentReport(f"b{FORGED}", error=FORGED)])
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert [c.split(" ")[0].split("::")[1] for c in commands] == [
        "group", "error", "endgroup", "group", "error", "endgroup"]
    assert not any("forged" in c and "%0A" not in c for c in commands)


def test_json_escapes_control_characters() -> None:
    hostile = "".join(chr(i) for i in range(32)) + "\x7f\x9b\u2028"
    out = render(Format.JSON, [_report(hostile)])
    assert not any(chr(i) in out for i in range(32) if chr(i) != "\n")
    finding = json.loads(out)["documents"][0]["findings"][0]
    assert finding["message"] == f"m{hostile}" and finding["path"] == f"a{hostile}.txt"


def _sheet(tmp_path: Path, trigger: str) -> Engine:
    path = tmp_path / "sheet.yaml"
    path.write_text(
        "story: talks\ntitle: Talks\nentities: {ann: {name: Ann Berg}}\nfacts:\n"
        f"  - {{id: met, date: 2025-10-20, when: {{mentions: [ann], trigger: ['{trigger}']}}}}\n",
        encoding="utf-8",
    )
    return Engine([load_sheet(path)])


def _rules(engine: Engine, text: str) -> list[str]:
    document = make_document("a.txt", text)
    return [f.rule for f in check_document(engine, document).findings]


def test_sheet_strings_are_never_regexes(tmp_path: Path) -> None:
    text = "Ann Berg met the press on October 19, 2025.\n"
    assert _rules(_sheet(tmp_path, "met"), text) == ["sheet.met"]  # the literal word
    assert _rules(_sheet(tmp_path, "m.t"), text) == []
    assert _rules(_sheet(tmp_path, "m.t"), text.replace("met", "m.t")) == ["sheet.met"]
    engine = _sheet(tmp_path, "(a+)+$")
    started = time.perf_counter()
    assert _rules(engine, "Ann Berg " + "a" * 5000 + "! and on October 19, 2025.\n") == []
    assert time.perf_counter() - started < 5


def test_concurrent_runs_agree() -> None:
    command = [sys.executable, "-m", "checker", "check", str(SEEDS), "-r", str(RULES),
               "-f", "json"]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(3)]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]
    assert [run.returncode for run in runs] == [1, 1, 1]
