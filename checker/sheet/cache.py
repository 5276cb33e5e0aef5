"""A cache of validated fact sheets, keyed by their content.

Reading, checking and validating a sheet costs far more than reading back the result,
so each valid sheet is kept once (checker/cachefolder.py says where and how) under the
hash of its bytes and of the code that validated it. An entry another version wrote, or
one that cannot be read back, is ignored and written again.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from functools import cache
from pathlib import Path

from checker import cachefolder
from checker.sheet.models import Sheet

_CODE = Path(__file__).resolve().parents[1]  # the checker package


@cache
def code_stamp() -> bytes:
    """A header that changes whenever the code or Python does: the Python version and the
    size and modification time of every file of the package."""
    from checker import __version__

    files = sorted(p for p in _CODE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    stamp = hashlib.sha256(f"{__version__} {sys.version}".encode())
    for path in files:
        info = path.stat()
        stamp.update(f"{path.relative_to(_CODE)} {info.st_size} {info.st_mtime_ns}\n".encode())
    return b"factlint sheet " + stamp.hexdigest().encode() + b"\n"


def _entry(data: bytes) -> Path:
    name = hashlib.sha256(code_stamp() + data).hexdigest()
    return cachefolder.folder("sheets") / f"{name}.pickle"


def read(data: bytes) -> Sheet | None:
    """The sheet validated from these bytes, if the cache has it."""
    if not cachefolder.enabled():
        return None
    body = cachefolder.read(_entry(data), code_stamp())
    if body is None:
        return None
    try:
        sheet = pickle.loads(body)
    except Exception:  # a damaged entry: it is written again
        return None
    return sheet if isinstance(sheet, Sheet) else None


def write(data: bytes, sheet: Sheet) -> None:
    """Keep the sheet validated from these bytes."""
    if not cachefolder.enabled():
        return
    try:
        body = pickle.dumps(sheet, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    cachefolder.write(_entry(data), code_stamp(), body)
