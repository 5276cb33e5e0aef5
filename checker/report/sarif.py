"""`--format sarif`: SARIF 2.1.0, the log that GitHub code scanning and IDEs read.

One run; each rule that fired is in `tool.driver.rules`; each finding is a result with
its region (columns in Unicode code points) and a fingerprint from the baseline key, so
code scanning follows a finding when lines move. Unreadable articles are tool
notifications.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

from checker import __version__
from checker.baseline import key
from checker.findings import DocumentReport, Finding, Severity, Tally

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def uri(path: str) -> str:
    """A URI for a path: relative as given (code scanning resolves it from the checkout),
    or a file URI for an absolute path."""
    if PurePath(path).is_absolute():
        return Path(path).as_uri()
    return quote(PurePath(path).as_posix().removeprefix("./"))


def _fingerprint(finding: Finding) -> str:
    k = key(finding)
    return hashlib.sha256("\x1f".join((k.rule, k.path, k.quote, k.sentence)).encode()).hexdigest()


class Writer:
    """Collects the results, writes the log at the end."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.rules: dict[str, int] = {}
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []

    def document(self, document: DocumentReport) -> None:
        if document.error is not None:
            self.notifications.append({
                "level": "error",
                "message": {"text": f"{document.path}: {document.error}"},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(document.path)}}}],
            })
        for f in document.findings:
            index = self.rules.setdefault(f.rule, len(self.rules))
            message = f.message + (f" [{f.cite}]" if f.cite else "")
            self.results.append({
                "ruleId": f.rule,
                "ruleIndex": index,
                "level": _LEVEL[f.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(f.path)},
                    "region": {
                        "startLine": f.line, "startColumn": f.column,
                        "endLine": f.end_line, "endColumn": f.end_column,
                        "snippet": {"text": f.quote},
                    },
                }}],
                "partialFingerprints": {"factlintKey/v1": _fingerprint(f)},
                "properties": {"found": f.found, "expected": f.expected},
            })

    def finish(self, tally: Tally) -> None:
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "factlint",
                    "version": __version__,
                    "rules": [{"id": rule, "name": rule} for rule in self.rules],
                }},
                "columnKind": "unicodeCodePoints",
                "invocations": [{
                    "executionSuccessful": not tally.unreadable,
                    "toolExecutionNotifications": self.notifications,
                }],
                "results": self.results,
            }],
        }
        self.out.write(json.dumps(log, indent=2, ensure_ascii=False) + "\n")
