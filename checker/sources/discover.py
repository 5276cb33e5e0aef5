"""Which files a check reads: arguments expanded, the way ruff and Prettier do it.

Walking a directory skips hidden folders and files, virtual environments (any folder
with a `pyvenv.cfg`), `node_modules`, `__pycache__` and `*.egg-info`, whatever
`.gitignore` and `.factlintignore` files say (in the folder walked, its parents up to the
repository root, and every folder below), and the `exclude` patterns of the settings.
A file named on the command line is always checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from pathspec import GitIgnoreSpec

from checker.sources.documents import ARTICLE_SUFFIXES
from checker.sources.walk import glob_paths

IGNORE_FILES = (".gitignore", ".factlintignore")
_SKIPPED_DIRS = frozenset(("node_modules", "__pycache__", "site-packages"))


class Ignores:
    """Ignore patterns, each list relative to the folder it was written in."""

    def __init__(self, exclude: Sequence[str] = (), root: Path | None = None) -> None:
        self.root = (root or Path.cwd()).resolve()
        self.specs: list[tuple[Path, GitIgnoreSpec]] = []
        if exclude:
            self.specs.append((self.root, GitIgnoreSpec.from_lines(exclude)))
        self._read: set[Path] = set()

    def read_folder(self, folder: Path) -> None:
        """Take the ignore files of a folder (once)."""
        folder = folder.resolve()
        if folder in self._read:
            return
        self._read.add(folder)
        for name in IGNORE_FILES:
            path = folder / name
            try:
                lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                continue
            self.specs.append((folder, GitIgnoreSpec.from_lines(lines)))

    def read_parents(self, folder: Path) -> None:
        """Take the ignore files from the repository root (or the settings root) down."""
        folder = folder.resolve()
        chain = [folder]
        for parent in folder.parents:
            if chain[-1] == self.root or (chain[-1] / ".git").exists():
                break
            chain.append(parent)
        for each in reversed(chain):
            self.read_folder(each)

    def ignored(self, path: Path, is_dir: bool = False) -> bool:
        resolved = path.resolve()
        for base, spec in self.specs:
            try:
                relative = resolved.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(relative + ("/" if is_dir else "")):
                return True
        return False


def skipped_dir(path: Path) -> bool:
    """A folder never walked into: hidden, a virtual environment, caches, packaging."""
    name = path.name
    return (
        name.startswith(".")
        or name in _SKIPPED_DIRS
        or name.endswith(".egg-info")
        or _is_file(path / "pyvenv.cfg")
    )


def _is_file(path: Path) -> bool:
    """Path.is_file, False also when the folder cannot be read (the walk reports it)."""
    try:
        return path.is_file()
    except OSError:
        return False


def walk(folder: Path, ignores: Ignores) -> Iterator[Path | str]:
    """Articles under a folder, sorted, without what is skipped or ignored; "dir: reason"
    for a subdirectory that cannot be read. Symlinked directories are not entered."""
    ignores.read_parents(folder)
    unreadable: list[str] = []

    def report(err: OSError) -> None:
        unreadable.append(f"{err.filename}: cannot read directory: {err.strerror or err}")

    for current, dirs, files in os.walk(folder, onerror=report):
        yield from unreadable
        unreadable.clear()
        here = Path(current)
        ignores.read_folder(here)
        dirs[:] = sorted(
            d for d in dirs
            if not skipped_dir(here / d) and not ignores.ignored(here / d, is_dir=True)
        )
        for name in sorted(files):
            path = here / name
            if (
                not name.startswith(".")
                and path.suffix.lower() in ARTICLE_SUFFIXES
                and not ignores.ignored(path)
            ):
                yield path
    yield from unreadable


def expand(arguments: Sequence[str], ignores: Ignores | None = None) -> Iterator[Path | str]:
    """Article paths for the arguments, in order; "-" is stdin. Yields an error string
    "PATH: reason" for an argument that names nothing to check."""
    ignores = ignores or Ignores()
    for argument in arguments:
        try:
            yield from _expand_one(argument, ignores)
        except OSError as err:  # a name too long, a directory that cannot be listed
            yield f"{argument}: {err.strerror or err}"


def _expand_one(argument: str, ignores: Ignores) -> Iterator[Path | str]:
    if argument == "-":
        yield "-"
    else:
        path = Path(argument)
        if path.is_dir():
            found = False
            for file in walk(path, ignores):
                found = found or isinstance(file, Path)
                yield file
            if not found:
                yield f"{path}: no articles (.txt, .md, .html) in this directory"
        elif path.exists() or path.is_symlink():
            yield path
        elif any(c in argument for c in "*?["):
            matches = list(glob_paths(argument))  # symlinked directories not entered
            kept = [m for m in matches if m.is_file() and not _hidden_or_ignored(m, ignores)]
            if not kept:
                yield f"{argument}: no file matches this pattern"
            yield from kept
        else:
            yield f"{argument}: no such file or directory"


def _hidden_or_ignored(path: Path, ignores: Ignores) -> bool:
    ignores.read_parents(path.parent)
    named = (p for p in path.parents if p.name not in ("", ".", ".."))
    return any(skipped_dir(p) for p in named) or ignores.ignored(path)
