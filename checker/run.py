"""Check many articles, streamed, in one process or several, in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.engine import Engine, check_document
from checker.findings import DocumentReport
from checker.sheet.load import LoadedSheet
from checker.sources import UnreadableArticle, expand, read_document, read_stdin


@dataclass(frozen=True, slots=True)
class Options:
    date: date | None = None
    verbose: bool = False


_ENGINE: Engine | None = None
_OPTIONS = Options()


def _init_worker(sheets: list[LoadedSheet], options: Options) -> None:
    global _ENGINE, _OPTIONS
    _ENGINE, _OPTIONS = Engine(sheets), options


def _check_path(path: Path) -> DocumentReport:
    assert _ENGINE is not None
    try:
        document = read_document(path, _OPTIONS.date)
    except UnreadableArticle as err:
        return DocumentReport(str(path), error=str(err).removeprefix(f"{path}: "))
    return check_document(_ENGINE, document, _OPTIONS.verbose)


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
    assert _ENGINE is not None
    try:
        document = read_stdin(options.date)
    except UnreadableArticle as err:
        return DocumentReport("<stdin>", error=str(err).removeprefix("<stdin>: "))
    return check_document(_ENGINE, document, options.verbose)
