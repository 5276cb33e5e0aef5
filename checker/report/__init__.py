"""Output formats. Each module renders a Result to text; adding a format is adding a module."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from checker.findings import Result


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    GITHUB = "github"


def renderer(fmt: Format) -> Callable[[Result], str]:
    """The function that renders a Result in this format (imported only when used)."""
    if fmt is Format.JSON:
        from checker.report.json import render
    elif fmt is Format.GITHUB:
        from checker.report.github import render
    else:
        from checker.report.table import render
    return render
