"""One guard around each article: whatever goes wrong while reading or checking it
becomes that article's error entry, so the other articles are still checked and reported."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from checker.findings import DocumentReport
from checker.sources.documents import UnreadableArticle, display_path

NOT_CHECKED = "not checked"


class OverBudget(BaseException):
    """The article took longer than the time budget. Like KeyboardInterrupt, it is no
    Exception, so that no `except Exception` on the way (a cache that falls back to
    compiling, say) swallows it."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the work inside when it runs longer than `seconds` (0: no
    limit). Uses SIGALRM, so it works in the main thread of a process only."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(path: str, work: Callable[[], DocumentReport], seconds: float = 0) -> DocumentReport:
    """The report `work` makes for one article, or an error entry saying why there is
    none: unreadable, over the time budget, or an internal error (with its cause)."""
    shown = display_path(path)
    try:
        with time_budget(seconds):
            return work()
    except UnreadableArticle as err:
        return DocumentReport(shown, error=display_path(str(err).removeprefix(f"{path}: ")))
    except OverBudget:
        return DocumentReport(
            shown, error=f"{NOT_CHECKED}: took longer than the time budget of {seconds:g} s "
            "(setting time-budget)"
        )
    except RecursionError:
        return DocumentReport(shown, error="internal error: input nested too deeply")
    except MemoryError:
        return DocumentReport(shown, error="internal error: out of memory")
    except Exception as err:
        if os.environ.get("FACTLINT_DEBUG"):
            raise
        cause = display_path(f"{type(err).__name__}: {err}")[:300]
        reason = f"internal error while checking ({cause}); please report it"
        return DocumentReport(shown, error=reason)
