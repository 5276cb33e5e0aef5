"""Output formats. Each module has a Writer that renders documents as they come and a
summary at the end, so nothing is held back; adding a format is adding a module."""

from __future__ import annotations

import io
from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol, TextIO

from checker.findings import DocumentReport, FactRecord, Tally, tally


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    GITHUB = "github"
    HTML = "html"


class Writer(Protocol):
    def document(self, document: DocumentReport) -> None: ...

    def finish(self, tally: Tally) -> None: ...


def writer(fmt: Format, out: TextIO, records: Sequence[FactRecord] = ()) -> Writer:
    """The writer of this format (its module is imported only when used). `records`
    describe the loaded facts, for formats that show them (html)."""
    if fmt is Format.HTML:
        from checker.report import html

        return html.Writer(out, list(records))
    if fmt is Format.JSON:
        from checker.report import json

        return json.Writer(out)
    if fmt is Format.GITHUB:
        from checker.report import github

        return github.Writer(out)
    from checker.report import table

    return table.Writer(out)


def render(
    fmt: Format, documents: list[DocumentReport], records: Sequence[FactRecord] = ()
) -> str:
    """The whole report of these documents as one string."""
    out = io.StringIO()
    w = writer(fmt, out, records)
    for document in documents:
        w.document(document)
    w.finish(tally(documents))
    return out.getvalue()
