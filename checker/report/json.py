"""`--format json`: a stable, documented shape (version 1), written as it goes.

    {"version": 1,
     "documents": [{"path", "error", "dateline": {"value", "source", "evidence"} | null,
                    "notes": [...], "sheets": [stems] | null,
                    "findings": [{"rule", "severity", "path", "line",
                    "column", "end_line", "end_column", "quote", "found", "expected",
                    "message", "cite", "sentence"}]}],
     "summary": {"articles": N, "unreadable": N, "error": N, "warning": N, "info": N}}
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, TextIO

from checker.findings import DocumentReport, Severity, Tally

VERSION = 1


def document_data(doc: DocumentReport) -> dict[str, Any]:
    dateline = doc.dateline
    return {
        "path": doc.path,
        "error": doc.error,
        "dateline": None if dateline is None else {
            "value": dateline.value,
            "source": dateline.source,
            "evidence": list(dateline.evidence),
        },
        "notes": doc.notes,
        "sheets": None if doc.sheets is None else list(doc.sheets),
        "findings": [{**asdict(f), "severity": f.severity.value} for f in doc.findings],
    }


def _dump(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def _nested(data: Any, depth: int) -> str:
    """JSON of `data` as it reads when nested `depth` levels deep in an indent-2 document."""
    return _dump(data).replace("\n", "\n" + "  " * depth)


class Writer:
    """Streams the documents array, then closes the object with the summary."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True
        out.write(f'{{\n  "version": {VERSION},\n  "documents": [')

    def document(self, document: DocumentReport) -> None:
        separator = "\n    " if self.first else ",\n    "
        self.out.write(separator + _nested(document_data(document), 2))
        self.first = False

    def finish(self, tally: Tally) -> None:
        summary = {
            "articles": tally.articles,
            "unreadable": tally.unreadable,
            **{s.value: tally.counts[s] for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
        }
        closing = "]" if self.first else "\n  ]"
        self.out.write(f'{closing},\n  "summary": {_nested(summary, 1)}\n}}\n')
