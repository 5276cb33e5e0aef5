"""`--format json`: a stable, documented shape (version 1).

    {"version": 1,
     "summary": {"articles": N, "unreadable": N, "error": N, "warning": N, "info": N},
     "documents": [{"path", "error", "dateline": {"value", "source", "evidence"} | null,
                    "notes": [...], "findings": [{"rule", "severity", "path", "line",
                    "column", "end_line", "end_column", "quote", "found", "expected",
                    "message", "cite", "sentence"}]}]}
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from checker.findings import Result, Severity

VERSION = 1


def as_data(result: Result) -> dict[str, Any]:
    return {
        "version": VERSION,
        "summary": {
            "articles": len(result.documents),
            "unreadable": len(result.unreadable),
            **{s.value: result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
        },
        "documents": [
            {
                "path": doc.path,
                "error": doc.error,
                "dateline": None if doc.dateline is None else {
                    "value": doc.dateline.value,
                    "source": doc.dateline.source,
                    "evidence": list(doc.dateline.evidence),
                },
                "notes": doc.notes,
                "findings": [
                    {**asdict(f), "severity": f.severity.value} for f in doc.findings
                ],
            }
            for doc in result.documents
        ],
    }


def render(result: Result) -> str:
    return json.dumps(as_data(result), indent=2, ensure_ascii=False) + "\n"
