"""Large regular expressions compiled once per machine, not once per run.

Python compiles a pattern in Python code: the title patterns, which name every country,
take tens of milliseconds each, a large part of a one-article check. `compiled` keeps the
compiled program of a pattern in the cache folder (checker/cachefolder.py), keyed by the
pattern and the Python version, and rebuilds the pattern from it in a millisecond. The
program is CPython's own (re._parser, re._compiler, _sre): when any of it is missing or
refuses an entry, the pattern is compiled as usual.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from checker import cachefolder

_sre: Any
try:
    _sre = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # another Python than CPython
    _sre = None

_HEADER = f"factlint regex {sys.version} {getattr(_sre, 'MAGIC', '')}\n".encode()


def _entry_of(pattern: str) -> Path:
    return cachefolder.folder("regex") / hashlib.sha256(_HEADER + pattern.encode()).hexdigest()


def _program(pattern: str) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What re.compile hands to _sre.compile, as plain data (re._compiler.compile)."""
    parsed = _parser.parse(pattern, 0)
    code = [int(c) for c in _compiler._code(parsed, 0)]
    index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in index.items():
        names[number] = name
    return int(parsed.state.flags), code, parsed.state.groups - 1, index, tuple(names)


def compiled(pattern: str) -> re.Pattern[str]:
    """re.compile(pattern), from the cache folder when it holds the pattern's program."""
    if _sre is None or not cachefolder.enabled():
        return re.compile(pattern)
    entry = _entry_of(pattern)
    body = cachefolder.read(entry, _HEADER)
    if body is not None and hashlib.sha256(body[32:]).digest() == body[:32]:
        try:
            found: re.Pattern[str] = _sre.compile(pattern, *marshal.loads(body[32:]))
            return found
        except Exception:  # an entry this Python refuses: made and written again
            pass
    try:
        program = _program(pattern)
        compiled: re.Pattern[str] = _sre.compile(pattern, *program)
    except Exception:  # this Python's re works otherwise
        return re.compile(pattern)
    data = marshal.dumps(program)
    cachefolder.write(entry, _HEADER, hashlib.sha256(data).digest() + data)
    return compiled
