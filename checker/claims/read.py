"""Read the articles of a story for `compare` and `draft`: all of them, before judging."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checker.findings import DocumentReport
from checker.sources.discover import expand
from checker.sources.documents import Document, UnreadableArticle, read_document


def read_all(
    arguments: list[str], date_override: date | None = None
) -> tuple[list[Document], list[DocumentReport]]:
    """The readable articles the arguments name, and a report for each that is not."""
    documents: list[Document] = []
    unreadable: list[DocumentReport] = []
    for item in expand(arguments):
        if item == "-":
            unreadable.append(DocumentReport("<stdin>", error="compare reads files, not stdin"))
        elif isinstance(item, str):
            path, _, reason = item.partition(": ")
            unreadable.append(DocumentReport(path, error=reason))
        else:
            try:
                documents.append(read_document(Path(item), date_override))
            except UnreadableArticle as err:
                unreadable.append(DocumentReport(str(item), error=str(err)))
    return documents, unreadable
