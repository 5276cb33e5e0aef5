"""The neutral record of a check: findings per document. Every reporter renders this."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
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
    # kept only for formats that show the article (html): the text as written, and as read
    # (same length, markup blanked, block tags as line breaks)
    text: str | None = None
    prose: str | None = None
    agreeing: list[str] = field(default_factory=list)  # rules of facts the article states right
    sheets: tuple[str, ...] | None = None  # stems of the sheets it was checked against


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who establishes a fact."""

    outlet: str
    date: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class FactRecord:
    """What a report may show of a fact: its rule, label, value and sources. `first` and
    `last` are the fact's days when it is a date."""

    rule: str
    story: str
    label: str
    first: date | None = None
    last: date | None = None
    sources: tuple[SourceRef, ...] = ()


@dataclass(slots=True)
class Tally:
    """Running counts over the documents of a check, so reports can be streamed."""

    articles: int = 0
    unreadable: int = 0
    counts: dict[Severity, int] = field(default_factory=lambda: dict.fromkeys(Severity, 0))

    def add(self, document: DocumentReport) -> None:
        self.articles += 1
        if document.error is not None:
            self.unreadable += 1
        for finding in document.findings:
            self.counts[finding.severity] += 1

    def exit_code(self, fail_on: Severity) -> int:
        """2 when an article could not be read, 1 when a finding reaches `fail_on`, else 0."""
        if self.unreadable:
            return 2
        reached = any(n for severity, n in self.counts.items() if severity.rank >= fail_on.rank)
        return 1 if reached else 0


def tally(documents: list[DocumentReport]) -> Tally:
    result = Tally()
    for document in documents:
        result.add(document)
    return result
