"""Check many articles, streamed, in one process or several, in input order; each
process checks with the same `Checker`."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from checker.checking import DEFAULTS, Checker, CheckOptions
from checker.findings import DocumentReport
from checker.runner.guard import guarded
from checker.sheet.load import LoadedSheet
from checker.sources.documents import UnreadableArticle, decode, display_path, make_document
from checker.sources.limits import Refused, read_stream

Options = CheckOptions  # the name callers of `check_items` know

_CHECKER: Checker | None = None


def _init_worker(checker: Checker) -> None:
    global _CHECKER
    _CHECKER = checker


def _check_item(item: Path | str) -> DocumentReport:
    """The report of one article; any failure on it becomes its error entry."""
    assert _CHECKER is not None
    return _CHECKER.check_item(item)


def _name(item: Path | str) -> str:
    """How the report names an item (for one that could not be checked)."""
    return display_path(str(item) if isinstance(item, Path) else item.partition(": ")[0])


def check_items(
    items: Iterable[Path | str], sheets: list[LoadedSheet] | Checker,
    options: CheckOptions = DEFAULTS, jobs: int = 1,
) -> Iterator[DocumentReport]:
    """Reports for every article (a path, "-" for stdin, or "PATH: why it is not one"),
    in order, one at a time; `sheets` may be a `Checker` (then `options` are its own)."""
    checker = sheets if isinstance(sheets, Checker) else Checker(sheets, options)
    items = list(items)
    jobs = min(jobs, os.cpu_count() or 1)  # more workers than CPUs only cost memory
    if jobs <= 1 or "-" in items or len(items) < 2:  # stdin is read in this process
        for item in items:
            yield _check_stdin(checker) if item == "-" else checker.check_item(item)
        return
    from checker.runner.workers import in_workers

    yield from in_workers(items, _check_item, _name, jobs, _init_worker, (checker,))


def _check_stdin(checker: Checker) -> DocumentReport:
    options = checker.options
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
        return checker.check(document)

    return guarded(name, read, options.time_budget)


def check_texts(checker: Checker, texts: Mapping[str, str]) -> Iterator[DocumentReport]:
    """Reports for texts given in memory (name → text), in this process."""
    for name, text in texts.items():
        yield checker.check_text(text, name)
