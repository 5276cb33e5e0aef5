"""The review page without a browser: marks at the right words, escaping, the timeline, -o."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.findings import Finding, Severity
from checker.report.html_text import marked_text

from .conftest import RULES, SEEDS


def _finding(line: int, column: int, end_line: int, end_column: int) -> Finding:
    return Finding("s.f", Severity.ERROR, "a.txt", line, column, end_line, end_column,
                   "q", "found", "expected", "message")


CASES = [
    # text, (line, column, end line, end column), the marked words
    ("The call was on Friday.", (1, 17, 1, 23), "Friday"),
    ("First line\nThe call was on Friday.", (2, 17, 2, 23), "Friday"),
    ("Fish & <chips> on Monday", (1, 1, 1, 15), "Fish &amp; &lt;chips&gt;"),
    ("A line\nthat wraps\nhere", (1, 3, 2, 5), "line\nthat"),
    ("Past the end", (1, 10, 1, 99), "end"),
]


@pytest.mark.parametrize(("text", "span", "marked"), CASES)
def test_marks_cover_the_finding(text: str, span: tuple[int, int, int, int], marked: str) -> None:
    html = marked_text(text, text, [_finding(*span)], ["m0"])
    assert f'tabindex="-1">{marked}</mark>' in html


def test_overlapping_findings_never_nest() -> None:
    text = "Trump spoke to Putin on Friday."
    html = marked_text(text, text, [_finding(1, 1, 1, 21), _finding(1, 16, 1, 31)], ["a", "b"])
    assert html.count("<mark") == 2
    assert html.index('id="b"') > html.index("</mark>")


def test_markup_blanked_by_the_reader_is_folded() -> None:
    written = "<p>Talks <b>on</b> Friday</p>"
    prose = "   Talks    on     Friday    "
    html = marked_text(written, prose, [_finding(1, 20, 1, 26)], ["m"])
    assert html.startswith(" Talks on ")
    assert ">Friday</mark>" in html


def test_page_has_timeline_sources_and_no_outside_resources(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(
        app, ["check", str(SEEDS), "--rules", str(RULES), "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert result.output == ""
    page = out.read_text(encoding="utf-8")
    assert "Timeline: " in page and "contradicted in" in page
    assert "Content-Security-Policy" in page
    for outside in ("http://", "https://", "src="):
        assert outside not in page.replace('href="https://', "")
    articles = [p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html")]
    assert page.count('<section class="article"') == len(articles)


def test_output_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "r.html"
    result = CliRunner().invoke(
        app, ["check", str(SEEDS), "--rules", str(RULES), "--format", "html", "-o", str(target)]
    )
    assert result.exit_code == 2
    assert "cannot write" in result.output
