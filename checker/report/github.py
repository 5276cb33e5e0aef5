"""`--format github`: workflow commands that GitHub Actions shows as annotations.

Each article's commands sit in a collapsible group of the log. GitHub shows at most
ten annotations of each level per step, so when there are more, the full list is also
written as a Markdown table to the step summary ($GITHUB_STEP_SUMMARY).
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from checker.findings import DocumentReport, Severity, Tally
from checker.report.escape import visible
from checker.report.summary import summary_line

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
ANNOTATION_LIMIT = 10  # per level and step


def _escape(text: str, *, prop: bool = False) -> str:
    text = visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _cell(text: str) -> str:
    return " ".join(visible(text).replace("|", "\\|").replace("<", "&lt;").split())


class Writer:
    """A group per article with its workflow commands, then the summary."""

    def __init__(self, out: TextIO, step_summary: str | None = None) -> None:
        self.out = out
        self.step_summary = step_summary
        self.rows: list[str] = []
        self.per_level: dict[str, int] = {}

    def document(self, document: DocumentReport) -> None:
        if document.error is None and not document.findings:
            return
        self.out.write(f"::group::{_escape(document.path)}\n")
        path = _escape(document.path, prop=True)
        if document.error is not None:
            self.out.write(f"::error file={path}::{_escape(document.error)}\n")
            self.rows.append(f"| {_cell(document.path)} | error | | could not be read: "
                             f"{_cell(document.error)} |")
        for f in document.findings:
            level = _LEVEL[f.severity]
            self.per_level[level] = self.per_level.get(level, 0) + 1
            props = (
                f"file={path},line={f.line},col={f.column},endLine={f.end_line},"
                f"endColumn={f.end_column},title={_escape(f.rule, prop=True)}"
            )
            self.out.write(f"::{level} {props}::{_escape(f.message)}\n")
            self.rows.append(f"| {_cell(f.path)}:{f.line}:{f.column} | {f.severity.value} | "
                             f"{_cell(f.rule)} | {_cell(f.message)} |")
        self.out.write("::endgroup::\n")

    def finish(self, tally: Tally) -> None:
        line = summary_line(tally)
        self.out.write(line + "\n")
        over = any(n > ANNOTATION_LIMIT for n in self.per_level.values())
        if not (over and self.step_summary):
            return
        table = ["## factlint", "", line, "", "| where | severity | rule | message |",
                 "| --- | --- | --- | --- |", *self.rows, ""]
        try:
            with Path(self.step_summary).open("a", encoding="utf-8") as summary:
                summary.write("\n".join(table) + "\n")
        except OSError as err:
            self.out.write(f"::warning::cannot write the step summary: {_escape(str(err))}\n")
