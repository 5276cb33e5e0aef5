"""Check many articles, streamed, in one process or several, in input order."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.config import StoryPattern
from checker.findings import DocumentReport
from checker.sheet.load import LoadedSheet
from checker.sources import Document, UnreadableArticle, decode, make_document, read_document
from checker.stories import StoryChecker


@dataclass(frozen=True, slots=True)
class Options:
    date: date | None = None
    verbose: bool = False
    keep_text: bool = False  # for formats that show the article (html)
    ignore: tuple[str, ...] = ()  # rule globs switched off
    stories: tuple[StoryPattern, ...] = ()
    stdin_filename: str | None = None  # the path and format of the text on stdin


_CHECKER: StoryChecker | None = None
_OPTIONS = Options()


def _init_worker(sheets: list[LoadedSheet], options: Options) -> None:
    global _CHECKER, _OPTIONS
    _CHECKER = StoryChecker(sheets, options.stories, options.verbose, options.keep_text,
                            options.ignore)
    _OPTIONS = options


def _init_pool_worker(sheets: list[LoadedSheet], options: Options) -> None:
    """A worker ignores Ctrl-C: the parent stops the pool and exits cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(sheets, options)


def _check(document: Document) -> DocumentReport:
    """Check one document; a failure of the engine on it is reported, not raised, so
    the other articles are still checked."""
    assert _CHECKER is not None
    try:
        return _CHECKER.check(document)
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


def check_items(
    items: Iterable[Path | str], sheets: list[LoadedSheet], options: Options, jobs: int = 1
) -> Iterator[DocumentReport]:
    """Reports for every article (a path, "-" for stdin, or "PATH: why it is not one"),
    in order, one at a time."""
    items = list(items)
    if jobs <= 1 or "-" in items or len(items) < 2:  # stdin is read in this process
        _init_worker(sheets, options)
        for item in items:
            yield _check_stdin(options) if item == "-" else _check_item(item)
        return
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    with ProcessPoolExecutor(
        jobs, get_context("fork"), initializer=_init_pool_worker, initargs=(sheets, options)
    ) as pool:
        try:
            yield from pool.map(_check_item, items, chunksize=8)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _check_stdin(options: Options) -> DocumentReport:
    name = options.stdin_filename or "<stdin>"
    try:
        text, note = decode(sys.stdin.buffer.read(), name)
        document = make_document(name, text, options.date)
    except UnreadableArticle as err:
        return DocumentReport(name, error=str(err).removeprefix(f"{name}: "))
    if note:
        document.notes.append(note)
    return _check(document)


def check_texts(
    texts: Mapping[str, str], sheets: list[LoadedSheet], options: Options
) -> Iterator[DocumentReport]:
    """Reports for texts given in memory (name → text), in this process."""
    _init_worker(sheets, options)
    for name, text in texts.items():
        yield _check(make_document(name, text, options.date))
