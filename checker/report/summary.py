"""The one-line summary every human-readable format ends with."""

from __future__ import annotations

from checker.findings import Result, Severity


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(result: Result) -> str:
    checked = len(result.documents) - len(result.unreadable)
    parts = [
        f"{_plural(checked, 'article')} checked",
        _plural(result.count(Severity.ERROR), "error"),
        _plural(result.count(Severity.WARNING), "warning"),
        f"{result.count(Severity.INFO)} info",
    ]
    line = ", ".join(parts)
    if result.unreadable:
        line += f"; {_plural(len(result.unreadable), 'article')} could not be read"
    return line
