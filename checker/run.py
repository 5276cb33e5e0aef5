"""Check many articles, streamed, in one process or several, in input order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.engine import Engine, check_document
from checker.findings import DocumentReport
from checker.sheet.load import LoadedSheet
from checker.sources import Document, UnreadableArticle, expand, read_document, read_stdin


@dataclass(frozen=True, slots=True)
class Options:
    date: date | None = None
    verbose: bool = False
    keep_text: bool = False  # for formats that show the article (html)


_ENGINE: Engine | None = None
_OPTIONS = Options()


def _init_worker(sheets: list[LoadedSheet], options: Options) -> None:
    global _ENGINE, _OPTIONS
    _ENGINE, _OPTIONS = Engine(sheets), options


def _check(document: Document) -> DocumentReport:
    """Check one document; a failure of the engine on it is reported, not raised, so
    the other articles are still checked."""
    assert _ENGINE is not None
    try:
        return check_document(_ENGINE, document, _OPTIONS.verbose, _OPTIONS.keep_text)
    except Exception as err:
        if os.environ.get("FACTLINT_DEBUG"):
            raise
        reason = f"internal error while checking ({type(err).__name__}: {err}); please report it"
        return DocumentReport(document.path, error=reason)


def _check_path(path: Path) -> DocumentReport:
    try:
        document = read_document(path, _OPTIONS.date)
    except UnreadableArticle as err:
        return DocumentReport(str(path), error=str(err).removeprefix(f"{path}: "))
    return _check(document)


def _check_item(item: Path | str) -> DocumentReport:
    if isinstance(item, str):  # an argument that named no article
        path, _, reason = item.partition(": ")
        return DocumentReport(path, error=reason)
    return _check_path(item)


def check_paths(
    arguments: list[str], sheets: list[LoadedSheet], options: Options, jobs: int = 1
) -> Iterator[DocumentReport]:
    """Reports for every article the arguments name, in order, one at a time."""
    items: Iterable[Path | str] = expand(arguments)
    if jobs <= 1 or "-" in arguments:  # stdin is read in this process
        _init_worker(sheets, options)
        for item in items:
            if item == "-":
                yield _check_stdin(options)
            else:
                yield _check_item(item)
        return
    from multiprocessing import get_context

    with get_context("fork").Pool(jobs, _init_worker, (sheets, options)) as pool:
        yield from pool.imap(_check_item, items, chunksize=16)


def _check_stdin(options: Options) -> DocumentReport:
    try:
        document = read_stdin(options.date)
    except UnreadableArticle as err:
        return DocumentReport("<stdin>", error=str(err).removeprefix("<stdin>: "))
    return _check(document)
