"""Check many articles, streamed, in one process or several, in input order."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.config import StoryPattern
from checker.findings import DocumentReport
from checker.guard import guarded
from checker.limits import (
    DEFAULT_MAX_ARTICLE_SIZE,
    DEFAULT_TIME_BUDGET,
    Refused,
    read_stream,
)
from checker.sheet.load import LoadedSheet
from checker.sources import (
    Document,
    UnreadableArticle,
    decode,
    display_path,
    make_document,
    read_document,
)
from checker.stories import StoryChecker


@dataclass(frozen=True, slots=True)
class Options:
    date: date | None = None
    verbose: bool = False
    keep_text: bool = False  # for formats that show the article (html)
    ignore: tuple[str, ...] = ()  # rule globs switched off
    stories: tuple[StoryPattern, ...] = ()
    stdin_filename: str | None = None  # the path and format of the text on stdin
    max_size: int = DEFAULT_MAX_ARTICLE_SIZE  # bytes; larger articles are reported, not read
    time_budget: float = DEFAULT_TIME_BUDGET  # seconds per article; 0: no limit


_CHECKER: StoryChecker | None = None
_OPTIONS = Options()


def _init_worker(sheets: list[LoadedSheet], options: Options) -> None:
    global _CHECKER, _OPTIONS
    _CHECKER = StoryChecker(sheets, options.stories, options.verbose, options.keep_text,
                            options.ignore)
    _OPTIONS = options


def _check(document: Document) -> DocumentReport:
    assert _CHECKER is not None
    return _CHECKER.check(document)


def _check_item(item: Path | str) -> DocumentReport:
    """The report of one article; any failure on it becomes its error entry."""
    if isinstance(item, str):  # an argument that named no article
        path, _, reason = item.partition(": ")
        return DocumentReport(display_path(path), error=display_path(reason))
    options = _OPTIONS
    return guarded(
        str(item),
        lambda: _check(read_document(item, options.date, options.max_size)),
        options.time_budget,
    )


def _name(item: Path | str) -> str:
    """How the report names an item (for one that could not be checked)."""
    return display_path(str(item) if isinstance(item, Path) else item.partition(": ")[0])


def check_items(
    items: Iterable[Path | str], sheets: list[LoadedSheet], options: Options, jobs: int = 1
) -> Iterator[DocumentReport]:
    """Reports for every article (a path, "-" for stdin, or "PATH: why it is not one"),
    in order, one at a time."""
    items = list(items)
    jobs = min(jobs, os.cpu_count() or 1)  # more workers than CPUs only cost memory
    if jobs <= 1 or "-" in items or len(items) < 2:  # stdin is read in this process
        _init_worker(sheets, options)
        for item in items:
            yield _check_stdin(options) if item == "-" else _check_item(item)
        return
    from checker.workers import in_workers

    yield from in_workers(items, _check_item, _name, jobs, _init_worker, (sheets, options))


def _check_stdin(options: Options) -> DocumentReport:
    name = options.stdin_filename or "<stdin>"

    def read() -> DocumentReport:
        try:
            data = read_stream(getattr(sys.stdin, "buffer", None), options.max_size)
        except Refused as err:
            raise UnreadableArticle(f"{name}: standard input {err}") from None
        text, note = decode(data, name)
        document = make_document(name, text, options.date)
        if note:
            document.notes.append(note)
        return _check(document)

    return guarded(name, read, options.time_budget)


def check_texts(
    texts: Mapping[str, str], sheets: list[LoadedSheet], options: Options
) -> Iterator[DocumentReport]:
    """Reports for texts given in memory (name → text), in this process."""
    _init_worker(sheets, options)
    for name, text in texts.items():
        yield _check(make_document(name, text, options.date))
