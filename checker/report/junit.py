"""`--format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as tests.

One test suite, one test case per article: it fails with one <failure> listing its
findings at or above warning (info findings are in <system-out>), and an unreadable
article is an <error>. XML is built with ElementTree, so every text is escaped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from checker.findings import DocumentReport, Severity, Tally

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    """Text XML 1.0 can hold: control characters become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


class Writer:
    """Collects the test cases, writes the document at the end."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.cases: list[ET.Element] = []
        self.failures = 0
        self.errors = 0

    def document(self, document: DocumentReport) -> None:
        case = ET.Element("testcase", name=_x(document.path), classname="factlint")
        if document.error is not None:
            self.errors += 1
            ET.SubElement(case, "error", message=_x(document.error), type="unreadable")
        notes, failing = [], []
        for f in document.findings:
            where = f"{f.path}:{f.line}:{f.column}"
            text = f"{where}: {f.message}" + (f" [{f.cite}]" if f.cite else "")
            if f.severity is Severity.INFO:
                notes.append(f"{text} ({f.rule})")
            else:
                failing.append(f"{text} ({f.rule}; quote: {f.quote}; expected: {f.expected})")
        if failing:  # one <failure> per test case, as the common JUnit schemas allow
            self.failures += 1
            first = next(f for f in document.findings if f.severity is not Severity.INFO)
            message = f"{len(failing)} finding(s); first: {first.message}"
            failure = ET.SubElement(case, "failure", message=_x(message), type=_x(first.rule))
            failure.text = _x("\n".join(failing))
        if notes:
            ET.SubElement(case, "system-out").text = _x("\n".join(notes))
        self.cases.append(case)

    def finish(self, tally: Tally) -> None:
        suites = ET.Element("testsuites", name="factlint")
        counts = {"tests": str(len(self.cases)), "failures": str(self.failures),
                  "errors": str(self.errors), "skipped": "0"}
        suites.attrib.update(counts)
        suite = ET.SubElement(suites, "testsuite", {"name": "factlint", **counts})
        suite.extend(self.cases)
        ET.indent(suites)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(suites, encoding="unicode") + "\n")
