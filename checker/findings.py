"""The neutral record of a check: findings per document. Every reporter renders this."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is; `--fail-on` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One statement that contradicts a fact (or an info-level note on one it could not judge)."""

    rule: str  # "<sheet>.<fact>" or "builtin.<check>"
    severity: Severity
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    quote: str  # the words found, as written
    found: str
    expected: str
    message: str
    cite: str = ""
    sentence: str = ""

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)


@dataclass(frozen=True, slots=True)
class Dateline:
    """An article's publication date and where it came from."""

    value: str  # "2025-10-21", or "2025-10-20..2025-10-26" when inference left a range
    source: str  # "--date", "front matter", "text", "inferred"
    evidence: tuple[str, ...] = ()  # for "inferred": the mentions it rests on, as "line N: words"


@dataclass(slots=True)
class DocumentReport:
    """What the check found in one article, or why it could not be read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    dateline: Dateline | None = None
    notes: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class Result:
    """The outcome of checking a set of articles against a set of fact sheets."""

    documents: list[DocumentReport] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def unreadable(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.error is not None]

    def exit_code(self, fail_on: Severity) -> int:
        """2 when an article could not be read, 1 when a finding reaches `fail_on`, else 0."""
        if self.unreadable:
            return 2
        return 1 if any(f.severity.rank >= fail_on.rank for f in self.findings) else 0
