"""Articles checked in worker processes, reported in input order, without a hang when a
worker dies (killed, out of memory) and without orphans when the run is stopped."""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any, TypeVar

from checker.findings import DocumentReport
from checker.runner.guard import NOT_CHECKED

T = TypeVar("T")
LOST = f"{NOT_CHECKED}: a worker process was lost (killed, or out of memory?)"


def _start_worker(initializer: Callable[..., None], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    initializer(*args)


def _stop(executor: ProcessPoolExecutor) -> None:
    """End the workers now, whatever they are doing."""
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)


def in_workers(
    items: Iterable[T],
    work: Callable[[T], DocumentReport],
    name: Callable[[T], str],
    jobs: int,
    initializer: Callable[..., None],
    args: tuple[Any, ...],
) -> Iterator[DocumentReport]:
    """work(item) for each item in `jobs` processes, yielded in order. When a worker is
    lost, the items not yet reported are reported as not checked and the run ends."""
    executor = ProcessPoolExecutor(
        jobs, mp_context=get_context("fork"), initializer=_start_worker,
        initargs=(initializer, args),
    )
    pending: deque[tuple[T, Future[DocumentReport]]] = deque()
    source = iter(items)
    clean = False
    try:
        for item in source:
            pending.append((item, executor.submit(work, item)))
            while len(pending) > 4 * jobs:
                yield pending[0][1].result()
                pending.popleft()
        while pending:
            yield pending[0][1].result()
            pending.popleft()
        clean = True
    except BrokenProcessPool:
        for item, _future in pending:
            yield DocumentReport(name(item), error=LOST)
        for item in source:
            yield DocumentReport(name(item), error=LOST)
    finally:
        if clean:
            executor.shutdown(wait=True)
        else:
            _stop(executor)
