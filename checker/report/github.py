"""`--format github`: workflow commands that GitHub Actions shows as annotations."""

from __future__ import annotations

from typing import TextIO

from checker.findings import DocumentReport, Severity, Tally
from checker.report.summary import summary_line

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


class Writer:
    """One workflow command per finding or unreadable article, then the summary."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, document: DocumentReport) -> None:
        path = _escape(document.path, prop=True)
        if document.error is not None:
            self.out.write(f"::error file={path}::{_escape(document.error)}\n")
        for f in document.findings:
            props = (
                f"file={path},line={f.line},col={f.column},endLine={f.end_line},"
                f"endColumn={f.end_column},title={_escape(f.rule, prop=True)}"
            )
            self.out.write(f"::{_LEVEL[f.severity]} {props}::{_escape(f.message)}\n")

    def finish(self, tally: Tally) -> None:
        self.out.write(summary_line(tally) + "\n")
