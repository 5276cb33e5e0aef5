"""Baselines: the findings a newsroom has accepted, so that only new ones are reported.

A finding's key is its rule, its article's path, its quote and its sentence with case,
spacing and punctuation folded away, so the key survives re-wrapping and edits to
other parts of the article. The file is JSON, sorted, one entry per finding (the same
key twice means it was found twice):

    {"version": 1, "findings": [{"rule", "path", "quote", "sentence"}, ...]}
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from checker.errors import UserError
from checker.findings import DocumentReport, Finding
from checker.text.fold import fold

VERSION = 1
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True, order=True)
class Key:
    rule: str
    path: str
    quote: str
    sentence: str


def _path(path: str) -> str:
    """The path as given, or relative to the working folder when it is inside it, so an
    absolute and a relative run share their keys."""
    if PurePath(path).is_absolute():
        try:
            return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
        except (ValueError, OSError):
            return PurePath(path).as_posix()
    return PurePath(path).as_posix().removeprefix("./")


def _norm(text: str) -> str:
    return _NOT_WORD.sub(" ", fold(text)).strip()


def key(finding: Finding) -> Key:
    return Key(finding.rule, _path(finding.path), _norm(finding.quote), _norm(finding.sentence))


def write(path: Path, documents: Iterable[DocumentReport]) -> int:
    """Record every finding; return how many."""
    keys = sorted(key(f) for d in documents for f in d.findings)
    data = {
        "version": VERSION,
        "findings": [
            {"rule": k.rule, "path": k.path, "quote": k.quote, "sentence": k.sentence}
            for k in keys
        ],
    }
    try:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as err:
        raise UserError(f"{path}: cannot write the baseline: {err.strerror or err}") from None
    return len(keys)


class Baseline:
    """Accepted findings, consumed as the documents of a check come."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self.left: Counter[Key] = Counter(keys)
        self.paths_seen: set[str] = set()

    @classmethod
    def read(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != VERSION:
                raise ValueError(f"version {data.get('version')!r}, expected {VERSION}")
            return cls(
                Key(str(e["rule"]), str(e["path"]), str(e["quote"]), str(e["sentence"]))
                for e in data["findings"]
            )
        except OSError as err:
            raise UserError(f"{path}: cannot read the baseline: {err.strerror or err}") from None
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise UserError(f"{path}: not a factlint baseline ({err})") from None

    def filter(self, document: DocumentReport) -> DocumentReport:
        """Drop the document's findings that the baseline holds."""
        self.paths_seen.add(_path(document.path))
        kept = []
        for finding in document.findings:
            k = key(finding)
            if self.left[k] > 0:
                self.left[k] -= 1
            else:
                kept.append(finding)
        document.findings = kept
        return document

    def stale(self) -> list[Key]:
        """Entries of the checked articles that no finding matched any more."""
        return sorted(k for k, n in self.left.items() if n > 0 and k.path in self.paths_seen
                      for _ in range(n))
