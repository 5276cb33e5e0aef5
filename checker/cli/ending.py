"""How a run ends early: a signal (SIGTERM, Ctrl-C) or an output that cannot be written
(a full disk, a closed pipe). Each becomes a one-line message and an exit code, never a
traceback."""

from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import NoReturn, TextIO, cast


class Stopped(Exception):
    """The run was ended by a signal; `code` is the exit code (128 + signal number)."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class OutputFailed(Exception):
    """The report could not be written."""


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM and Ctrl-C inside into Stopped (exit codes 143 and 130)."""

    def terminate(signum: int, _frame: object) -> None:
        raise Stopped(128 + signum, "terminated")

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    except KeyboardInterrupt:
        raise Stopped(128 + signal.SIGINT, "interrupted") from None
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Guarded(io.TextIOBase):
    """A text stream whose write errors become OutputFailed with a plain reason."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        try:
            return self.inner.write(text)
        except BrokenPipeError:
            raise OutputFailed("the output was closed (broken pipe)") from None
        except (OSError, UnicodeEncodeError) as err:
            reason = getattr(err, "strerror", None) or err
            raise OutputFailed(f"cannot write the report: {reason}") from None

    def flush(self) -> None:
        try:
            self.inner.flush()
        except BrokenPipeError:
            raise OutputFailed("the output was closed (broken pipe)") from None
        except OSError as err:
            raise OutputFailed(f"cannot write the report: {err.strerror or err}") from None


def guarded_output(stream: TextIO) -> TextIO:
    """`stream`, with write errors raised as OutputFailed."""
    return cast(TextIO, _Guarded(stream))


def abandon_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit does not fail
    again on a closed pipe or a full disk."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def exit_now(code: int) -> NoReturn:
    """End the process at once after a signal, the output flushed: the interpreter's exit
    hooks would wait on a worker pool that is already torn down, and may print a
    traceback from its closed pipes."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
