"""`--format table`: findings grouped by article, one table each, and a summary line."""

from __future__ import annotations

import textwrap
from typing import TextIO

from tabulate import tabulate

from checker.findings import DocumentReport, Tally
from checker.report.escape import visible
from checker.report.summary import summary_line

_HEADERS = ["where", "severity", "rule", "quote", "expected", "message [source]"]


def _wrap(text: str, width: int) -> str:
    text = visible(text)
    return "\n".join(textwrap.wrap(text, width)) or text


def _header(doc: DocumentReport) -> str:
    if doc.error is not None:
        return visible(f"{doc.path}\n  could not be read: {doc.error}")
    lines = [visible(doc.path)]
    if doc.dateline is not None:
        lines.append(f"  dateline {doc.dateline.value} ({doc.dateline.source})")
        lines.extend(f"    from {visible(e)}" for e in doc.dateline.evidence)
    lines.extend(f"  note: {visible(note)}" for note in doc.notes)
    return "\n".join(lines)


def _block(doc: DocumentReport) -> str:
    block = [_header(doc)]
    if doc.findings:
        rows = [
            [
                f"{f.line}:{f.column}",
                f.severity.value,
                f.rule,
                _wrap(f.quote, 22),
                _wrap(f.expected, 22),
                _wrap(f.message + (f" [{f.cite}]" if f.cite else ""), 52),
            ]
            for f in doc.findings
        ]
        block.append(tabulate(rows, headers=_HEADERS, tablefmt="simple"))
    elif doc.error is None and doc.sheets != ():  # () : no sheet applied, a note says so
        block.append("  no findings")
    return "\n".join(block)


class Writer:
    """One block per article, a blank line between, the summary last."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, document: DocumentReport) -> None:
        self.out.write(_block(document) + "\n\n")

    def finish(self, tally: Tally) -> None:
        self.out.write(summary_line(tally) + "\n")
