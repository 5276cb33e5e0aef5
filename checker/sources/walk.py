"""Files under a directory or matching a glob, without following symlinked directories
(a link to "." would make a walk list the same files again and again), with the
directories that could not be read reported rather than skipped in silence."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

_MAGIC = frozenset("*?[")


def files_under(root: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], list[str]]:
    """Files with one of the suffixes under `root`, sorted, and "dir: reason" for each
    directory that could not be read."""
    found: list[Path] = []
    errors: list[str] = []

    def unreadable(err: OSError) -> None:
        errors.append(f"{err.filename}: cannot read directory: {err.strerror or err}")

    for folder, _dirs, names in os.walk(root, onerror=unreadable, followlinks=False):
        for name in names:
            path = Path(folder, name)
            if path.suffix.lower() in suffixes:
                found.append(path)
    return sorted(found), sorted(errors)


def glob_paths(pattern: str) -> Iterator[Path]:
    """Paths matching a glob, as `glob.glob(pattern, recursive=True)` finds them, sorted,
    except that a symlinked directory is not entered by "**"."""
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) and not _MAGIC.intersection(parts[fixed]):
        fixed += 1
    root = Path(*parts[:fixed]) if fixed else Path()
    wanted = parts[fixed:]
    if not wanted:
        return
    dotted = any(part.startswith(".") for part in wanted)  # glob's rule for hidden names
    matches = [
        path for path in root.glob(str(Path(*wanted)))
        if dotted or not any(p.startswith(".") for p in path.relative_to(root).parts)
    ]
    yield from sorted(matches)
