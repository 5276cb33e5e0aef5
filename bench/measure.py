"""Measurements: the engine in this process, dateparser's date search, the CLI in children."""

from __future__ import annotations

import os
import statistics
import sys
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from checker.engine.document import Engine, check_document
from checker.sheet.load import load_sheets
from checker.sources.documents import decode, make_document

FACTLINT = str(Path(sys.executable).with_name("factlint"))
# Children start as from a user's shell: with bytecode caching, whatever this shell says.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
DEFAULT_BASE = datetime(2025, 3, 17)


@dataclass(frozen=True, slots=True)
class Article:
    path: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Run:
    """One child process: wall time, CPU time and peak RSS (its own and its waited-for
    children's), exit code."""

    wall: float
    cpu: float
    max_rss_mb: float
    code: int


def load(paths: Sequence[Path]) -> list[Article]:
    return [Article(str(p), p.read_bytes()) for p in paths]


def engine_for(rules: Path) -> Engine:
    return Engine(load_sheets([rules]))


def _check(engine: Engine, article: Article) -> None:
    text, _ = decode(article.data, article.path)
    check_document(engine, make_document(article.path, text))


def time_checks(engine: Engine, articles: Sequence[Article], budget: float) -> list[float]:
    """Seconds per article for decode + make_document + check_document, in order, until the
    articles or the budget run out (after 20 untimed warm-up checks)."""
    for article in articles[:20]:
        _check(engine, article)
    times: list[float] = []
    deadline = time.perf_counter() + budget
    for article in articles:
        start = time.perf_counter()
        _check(engine, article)
        end = time.perf_counter()
        times.append(end - start)
        if end > deadline:
            break
    return times


def time_dateparser(articles: Sequence[Article], budget: float) -> list[float]:
    """Seconds per article for dateparser's search_dates over the article's analysed text."""
    from dateparser.search import search_dates

    documents = [make_document(a.path, decode(a.data, a.path)[0]) for a in articles]
    times: list[float] = []
    deadline = time.perf_counter() + budget
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation warnings
        search_dates("on Friday, March 14", languages=["en"])  # loads its language data
        for doc in documents:
            base = DEFAULT_BASE
            if doc.dateline:
                base = datetime.combine(doc.dateline, datetime.min.time())
            settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
            start = time.perf_counter()
            search_dates(doc.analysis, languages=["en"], settings=settings)
            end = time.perf_counter()
            times.append(end - start)
            if end > deadline:
                break
    return times


def spawn(argv: Sequence[str], stdout: str = os.devnull) -> Run:
    """Run a command with its standard output in `stdout`; wall time and rusage from wait4."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], list(argv), CHILD_ENV, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))


def cold(argv: Sequence[str], runs: int) -> list[float]:
    """Wall times of `runs` fresh processes, after one untimed run that writes bytecode
    and warms the page cache."""
    spawn(argv)
    return [spawn(argv).wall for _ in range(runs)]


def p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]
