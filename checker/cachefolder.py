"""Where factlint keeps what it can make again: `$FACTLINT_CACHE_DIR`, else
`$XDG_CACHE_HOME/factlint`, else `~/.cache/factlint`; one folder per kind of entry.

Entries are read only from a folder that the current user owns and nobody else may write
to, and only after a header naming what wrote them; writing is atomic, and a failure to
read or write is never an error (the caller makes the value again). `factlint --no-cache`
or `FACTLINT_NO_CACHE=1` switch every cache off.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

NO_CACHE = "FACTLINT_NO_CACHE"


def enabled() -> bool:
    return os.environ.get(NO_CACHE, "") in ("", "0")


def folder(kind: str) -> Path:
    """The folder of one kind of entry."""
    if os.environ.get("FACTLINT_CACHE_DIR"):
        return Path(os.environ["FACTLINT_CACHE_DIR"]) / kind
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint" / kind


def _private(path: Path) -> bool:
    """A folder of the current user that nobody else may write to."""
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def read(entry: Path, header: bytes) -> bytes | None:
    """What follows the header in the entry, if the cache is on and holds it."""
    if not enabled() or not _private(entry.parent):
        return None
    try:
        raw = entry.read_bytes()
    except OSError:
        return None
    return raw[len(header) :] if raw.startswith(header) else None


def write(entry: Path, header: bytes, body: bytes) -> None:
    """Keep the header and body under `entry`; a failure is ignored."""
    if not enabled():
        return
    with contextlib.suppress(OSError):
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(entry.parent):
            return
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(header + body)
            os.replace(temporary, entry)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
