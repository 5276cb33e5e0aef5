"""`--format github`: workflow commands that GitHub Actions shows as annotations."""

from __future__ import annotations

from checker.findings import Result, Severity
from checker.report.summary import summary_line

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def render(result: Result) -> str:
    lines = []
    for doc in result.documents:
        if doc.error is not None:
            lines.append(f"::error file={_escape(doc.path, prop=True)}::{_escape(doc.error)}")
        for f in doc.findings:
            props = (
                f"file={_escape(f.path, prop=True)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_escape(f.rule, prop=True)}"
            )
            lines.append(f"::{_LEVEL[f.severity]} {props}::{_escape(f.message)}")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
