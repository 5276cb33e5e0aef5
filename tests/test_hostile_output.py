"""Control characters from articles and file names never reach the terminal raw, and
file names that are not UTF-8 are written escaped in every format."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from checker.findings import DocumentReport, Finding, Severity
from checker.report import Format, render

from .hostile import factlint, no_traceback

RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _report(text: str) -> DocumentReport:
    finding = Finding("s.f", Severity.ERROR, f"a{text}.txt", 1, 1, 1, 5, f"q{text}", "x",
                      f"e{text}", f"m{text}")
    return DocumentReport(f"a{text}.txt", [finding], notes=[f"n{text}"])


@pytest.mark.parametrize("fmt", [Format.TABLE, Format.GITHUB])
def test_control_characters_are_escaped(fmt: Format) -> None:
    hostile = "\x1b]52;c;aGk=\x07\x1b[2J\x9b\u202e"
    out = render(fmt, [_report(hostile), DocumentReport(f"b{hostile}", error=f"e{hostile}")])
    assert not any(c in out for c in RAW), repr(out)
    assert "\\x1b]52;c;aGk=\\x07" in out


def test_article_with_escapes_end_to_end(tmp_path: Path) -> None:
    """A misquotation: the table shows the quoted words as written, escapes and all."""
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(
        "story: s\ntitle: t\nentities: {ann: {name: Ann Berg}}\nfacts:\n  - {id: ride, "
        "quote: {by: ann, words: What a long ride it was}, when: {trigger: [ride]}}\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    text = 'Ann Berg said: "What a long \x1b[2J\x1b]52;c;aGk=\x07ride it is."\n'
    article.write_text(text, encoding="utf-8")
    result = factlint("check", article, "-r", sheet)
    no_traceback(result)
    out = result.stdout.decode("utf-8")
    assert "sheet.ride" in out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]52;c;aGk=\\x07" in out


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes")
@pytest.mark.parametrize("fmt", ["table", "json", "github"])
@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_non_utf8_file_name(tmp_path: Path, fmt: str, locale: str) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("", encoding="utf-8")  # an error entry in every format
    env = {"LC_ALL": locale, "LANG": locale}
    result = factlint("check", tmp_path, "-f", fmt, "--builtin-only", env=env)
    no_traceback(result)
    out = result.stdout.decode("utf-8")  # valid UTF-8 whatever the locale
    if fmt == "json":
        assert json.loads(out)["documents"][0]["path"].endswith("caf\\xe9.txt")
    else:
        assert "caf\\xe9.txt" in out
