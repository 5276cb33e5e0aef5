"""`Checker`: fact sheets and settings that check one article at a time.

    checker = Checker(sheets, CheckOptions(date=date(2025, 10, 27)))
    report = checker.check_text("Connolly won 64% of the vote.", "a.txt")

A checker pickles as its sheets and settings, not as its engine: a process that
unpickles it (a worker of a pool, of Dask) builds the engine on its first article, once
per process for the same sheets and settings.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from checker.config import StoryPattern
from checker.findings import DocumentReport
from checker.runner.guard import guarded
from checker.sheet.load import LoadedSheet
from checker.sources.documents import Document, display_path, make_document, read_document
from checker.sources.limits import DEFAULT_MAX_ARTICLE_SIZE, DEFAULT_TIME_BUDGET
from checker.stories import StoryChecker, check_patterns

KEPT_ENGINES = 4  # engines a process keeps, for as many sets of sheets and settings


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """How to check: the same choices as the command line's flags and settings."""

    date: date | None = None
    verbose: bool = False
    ignore: tuple[str, ...] = ()
    stories: tuple[StoryPattern, ...] = ()
    exclude: tuple[str, ...] = ()
    root: Path | None = None  # the folder `exclude` patterns are relative to
    jobs: int = 1
    stdin_filename: str | None = None
    keep_text: bool = False  # reports hold the article's text (for the html format)
    max_size: int = DEFAULT_MAX_ARTICLE_SIZE  # bytes; larger articles are reported, not read
    time_budget: float = DEFAULT_TIME_BUDGET  # seconds per article, then "not checked"


DEFAULTS = CheckOptions()
_ENGINES: dict[str, StoryChecker] = {}  # this process's engines, by digest


class Checker:
    """Checks articles against `sheets` with `options`; raises UserError at once when a
    `stories` pattern names no loaded sheet."""

    def __init__(self, sheets: Sequence[LoadedSheet], options: CheckOptions = DEFAULTS) -> None:
        check_patterns(sheets, options.stories)
        self.sheets = list(sheets)
        self.options = options
        # a sheet read from a file stands for its bytes' digest (cheaper than pickling it)
        named = [(s.path, s.stem, s.digest or s.sheet) for s in self.sheets]
        self.digest = hashlib.sha256(pickle.dumps((named, options))).hexdigest()
        self._engine: StoryChecker | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"sheets": self.sheets, "options": self.options, "digest": self.digest}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.sheets, self.options, self.digest = state["sheets"], state["options"], state["digest"]
        self._engine = None

    @property
    def engine(self) -> StoryChecker:
        """The engine, built on first use, once per process for the same digest."""
        if self._engine is None:
            found = _ENGINES.get(self.digest)
            if found is None:
                while len(_ENGINES) >= KEPT_ENGINES:
                    del _ENGINES[next(iter(_ENGINES))]
                o = self.options
                found = _ENGINES[self.digest] = StoryChecker(
                    self.sheets, o.stories, o.verbose, o.keep_text, o.ignore
                )
            self._engine = found
        return self._engine

    def check(self, document: Document) -> DocumentReport:
        """The report on one article already read."""
        return self.engine.check(document)

    def check_text(self, text: str, name: str = "<text>") -> DocumentReport:
        """The report on a text; `name`'s suffix tells its format (.md, .html, .txt)."""
        return self.check(make_document(name, text, self.options.date))

    def check_path(self, path: Path | str, budget: bool = True) -> DocumentReport:
        """The report on the article at `path`, never raising: an article that cannot be
        read, or (with `budget`) takes longer than the time budget, gets an error entry.
        The budget uses SIGALRM: pass False outside a process's main thread."""
        o = self.options
        return guarded(str(path), lambda: self.check(read_document(Path(path), o.date,
                                                                   o.max_size)),
                       o.time_budget if budget else 0)

    def check_item(self, item: Path | str, budget: bool = True) -> DocumentReport:
        """`check_path` for a path; for "PATH: reason" (an argument that named no
        article, as `checker.api.articles` gives it), its error entry."""
        if isinstance(item, str):
            path, _, reason = item.partition(": ")
            return DocumentReport(display_path(path), error=display_path(reason))
        return self.check_path(item, budget)
