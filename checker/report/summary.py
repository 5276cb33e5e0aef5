"""The one-line summary every human-readable format ends with."""

from __future__ import annotations

from checker.findings import Severity, Tally


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(tally: Tally) -> str:
    checked = tally.articles - tally.unreadable
    line = ", ".join([
        f"{_plural(checked, 'article')} checked",
        _plural(tally.counts[Severity.ERROR], "error"),
        _plural(tally.counts[Severity.WARNING], "warning"),
        f"{tally.counts[Severity.INFO]} info",
    ])
    if tally.unreadable:
        line += f"; {_plural(tally.unreadable, 'article')} could not be read"
    return line
