"""Inputs read within bounds: only regular files, never more bytes than a limit.

A FIFO would block the run, /dev/zero would read until memory runs out; both are
refused with a reason, as an article, a fact sheet, a settings file or standard input.
"""

from __future__ import annotations

import os
import re
import stat
from typing import BinaryIO

DEFAULT_MAX_ARTICLE_SIZE = 5_000_000  # bytes; the longest real stories are under 200 KB
DEFAULT_TIME_BUDGET = 60.0  # seconds per article; real ones take well under one
MAX_SHEET_SIZE = 5_000_000
MAX_SETTINGS_SIZE = 1_000_000
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)b?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class Refused(Exception):
    """An input that is not read, with the reason."""


def parse_size(text: str | int) -> int:
    """Bytes in "5MB", "200 kB", "1.5M" or a plain number; ValueError otherwise."""
    if isinstance(text, int) and not isinstance(text, bool):
        size = text
    else:
        match = _SIZE.fullmatch(str(text).strip())
        if match is None:
            raise ValueError(f"not a size: {text!r}; write bytes or e.g. '5MB', '200kB'")
        size = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    if size < 1:
        raise ValueError(f"a size must be at least 1 byte, not {text!r}")
    return size


def shown_size(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def _too_large(limit: int) -> Refused:
    return Refused(f"larger than the limit of {shown_size(limit)}; not read")


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; raise Refused otherwise.
    The file is opened without blocking and checked after opening, not before."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise Refused(f"cannot read: {err.strerror or err}") from None
    try:
        mode = os.fstat(fd)
        if not stat.S_ISREG(mode.st_mode):
            raise Refused(f"{_kind(mode.st_mode)}, not a file; only regular files are read")
        if mode.st_size > limit:
            raise _too_large(limit)
        with os.fdopen(os.dup(fd), "rb") as stream:
            return read_stream(stream, limit)
    except OSError as err:
        raise Refused(f"cannot read: {err.strerror or err}") from None
    finally:
        os.close(fd)


def read_stream(stream: BinaryIO | None, limit: int) -> bytes:
    """At most `limit` bytes of a stream; raise Refused when there are more, or when
    the stream is closed or missing."""
    if stream is None or stream.closed:
        raise Refused("closed, nothing to read")
    try:
        data = stream.read(limit + 1)
    except (OSError, ValueError) as err:
        raise Refused(f"cannot read: {getattr(err, 'strerror', None) or err}") from None
    if len(data) > limit:
        raise _too_large(limit)
    return data
