"""One article's failure is that article's error entry: the run goes on, exit code 2,
the report stays well-formed (also with worker processes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hostile import factlint, json_report, no_traceback

BROKEN = {
    "impossible-date.md": "---\nupdated: 2025-02-30\n---\nThe talks went on.\n",
    "bad-int-tag.md": "---\nsize: !!int abc\n---\nThe talks went on.\n",
    "deep-front-matter.md": "---\nx: " + "[" * 2000 + "\n---\nThe talks went on.\n",
    "huge-charref.html": "<p>The talks &#" + "9" * 5000 + "; went on.</p>",
    "huge-hex-charref.html": "<p>The talks &#x" + "f" * 5000 + "; went on.</p>",
    "carriage-returns.md": "\r\rThe talks\rwent on [here](x).",  # found by fuzzing
}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_broken_articles_do_not_stop_the_run(tmp_path: Path, jobs: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The talks went on.\n", encoding="utf-8")
    paths = []
    for name, text in BROKEN.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths += [tmp_path / name, good]
    result = factlint("check", *paths, "-f", "json", "-j", jobs, "--builtin-only")
    no_traceback(result)
    report = json_report(result)
    assert len(report["documents"]) == len(paths)
    assert all(d["error"] is None for d in report["documents"]), report["documents"]
    assert result.returncode == 0


def test_a_failing_check_is_an_error_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from checker.checking import Checker
    from checker.runner.run import Options, check_items

    def explode(*_args: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(Checker, "check", explode)
    article = tmp_path / "a.txt"
    article.write_text("Some text.\n", encoding="utf-8")
    reports = list(check_items([article, article], [], Options()))
    reason = "internal error while checking (ValueError: boom); please report it"
    assert [r.error for r in reports] == [reason] * 2
