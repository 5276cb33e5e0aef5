"""A cache of validated fact sheets, keyed by their content.

Reading, checking and validating a sheet costs far more than reading back the result,
so each valid sheet is stored once under the hash of its bytes and of the code that
validated it, in `$XDG_CACHE_HOME/factlint/sheets` (else `~/.cache/factlint/sheets`).
An entry another version wrote, or one that cannot be read back, is ignored and
written again; an error of the cache never stops a check. `factlint --no-cache` or
`FACTLINT_NO_CACHE=1` switch it off; `FACTLINT_CACHE_DIR` moves it.

Entries are pickles, read only from a folder that the current user owns and nobody
else may write to, and only after a header naming this code.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from functools import cache
from pathlib import Path

from checker.sheet.models import Sheet

NO_CACHE = "FACTLINT_NO_CACHE"
_CODE = Path(__file__).resolve().parents[1]  # the checker package


def enabled() -> bool:
    return os.environ.get(NO_CACHE, "") in ("", "0")


def folder() -> Path:
    """Where the entries are kept."""
    if os.environ.get("FACTLINT_CACHE_DIR"):
        return Path(os.environ["FACTLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint" / "sheets"


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
    return folder() / f"{hashlib.sha256(code_stamp() + data).hexdigest()}.pickle"


def _private(path: Path) -> bool:
    """A folder of the current user that nobody else may write to."""
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def read(data: bytes) -> Sheet | None:
    """The sheet validated from these bytes, if the cache has it."""
    if not enabled():
        return None
    entry = _entry(data)
    if not _private(entry.parent):
        return None
    try:
        raw = entry.read_bytes()
    except OSError:
        return None
    header = code_stamp()
    if not raw.startswith(header):
        return None
    try:
        sheet = pickle.loads(raw[len(header) :])
    except Exception:  # a damaged entry: it is written again
        return None
    return sheet if isinstance(sheet, Sheet) else None


def write(data: bytes, sheet: Sheet) -> None:
    """Keep the sheet validated from these bytes; a failure to write is ignored."""
    if not enabled():
        return
    entry = _entry(data)
    with contextlib.suppress(OSError, pickle.PicklingError):
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(entry.parent):
            return
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(code_stamp())
                pickle.dump(sheet, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, entry)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
