"""A cache of validated fact sheets, keyed by their content.

Reading, checking and validating a sheet costs far more than reading back the result,
so each valid sheet is kept once (checker/cachefolder.py says where and how) under the
hash of its bytes and of the code that validated it. An entry another version wrote, or
one that cannot be read back, is ignored and written again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import pickle
import sys
from functools import cache
from pathlib import Path
from typing import Any

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


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The fields of a dataclass with slots (whose own pickling looks them up for each
    object, a third of the time to read a sheet back), else None."""
    if cls not in _FIELDS:
        slotted = dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__
        _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if slotted else None
    return _FIELDS[cls]


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """A dataclass with slots from its field values, as its own pickling does."""
    made: Any = object.__new__(cls)
    for name, value in zip(_field_names(cls) or (), values, strict=True):
        object.__setattr__(made, name, value)
    return made


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        names = _field_names(type(obj))
        if names is None:
            return NotImplemented
        return _rebuild, (type(obj), tuple(getattr(obj, n) for n in names))


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
    out = io.BytesIO()
    try:
        _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(sheet)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    body = out.getvalue()
    cachefolder.write(_entry(data), code_stamp(), body)
