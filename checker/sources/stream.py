"""Article paths as a stream: a walk that never holds a whole tree, or one path a line
from a file or standard input (`--files-from`). For archives of millions of files."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from checker.sources.documents import ARTICLE_SUFFIXES

Item = Path | str  # a path, or "<argument>: <why it names no article>"


def walk(arguments: Iterable[str]) -> Iterator[Item]:
    """Article paths under each argument, one directory at a time (each sorted, so the
    order is the same from run to run); an error string for an argument naming none."""
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES:
                        candidate = Path(root, name)
                        if candidate.is_file():
                            found = True
                            yield candidate
            if not found:
                yield f"{path}: no articles (.txt, .md, .html) in this directory"
        elif path.exists():
            yield path
        elif any(c in argument for c in "*?["):
            matches = glob.iglob(argument, recursive=True)
            first = next(matches, None)
            if first is None:
                yield f"{argument}: no file matches this pattern"
                continue
            yield Path(first)
            yield from (Path(m) for m in matches)
        else:
            yield f"{argument}: no such file or directory"


def files_from(name: str) -> Iterator[Item]:
    """One path a line from a file, or from standard input for "-"; blank lines skipped."""
    if name == "-":
        lines: Iterable[str] = sys.stdin
        yield from _paths(lines)
        return
    with open(name, encoding="utf-8") as lines_file:
        yield from _paths(lines_file)


def _paths(lines: Iterable[str]) -> Iterator[Item]:
    for line in lines:
        text = line.rstrip("\r\n")
        if text.strip():
            yield Path(text) if os.path.isfile(text) else f"{text}: no such file or directory"
