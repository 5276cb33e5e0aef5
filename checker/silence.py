"""Silencing findings: rules switched off in settings and comments in the article.

In Markdown and HTML (the comment forms of markdownlint and textlint):

    <!-- factlint-disable-next-line RULE -->   the next line that is not blank
    <!-- factlint-disable RULE -->             from here …
    <!-- factlint-enable RULE -->              … to here (or to the end)

In plain text, a line of its own `factlint: ignore RULE` silences the next line that is
not blank. RULE is optional (all rules) and may be several, separated by commas or
spaces; each is a glob on rule ids (`*.spelling`), and a prefix stands for every rule
under it (`budapest-summit` = `budapest-summit.*`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from checker.findings import Finding

_COMMENT = re.compile(
    r"<!--\s*factlint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE
)
_TEXT = re.compile(r"^[ \t]*factlint:[ \t]*ignore\b([^\n]*)$", re.IGNORECASE | re.MULTILINE)
_ALL: tuple[str, ...] = ("*",)


def matches(rule: str, patterns: Iterable[str]) -> bool:
    """Whether a rule id is one of the patterns (globs; a prefix id stands for its rules)."""
    return any(fnmatchcase(rule, p) or fnmatchcase(rule, p + ".*") for p in patterns)


def _rules(text: str) -> tuple[str, ...]:
    return tuple(r for r in re.split(r"[\s,]+", text.strip()) if r) or _ALL


@dataclass(frozen=True, slots=True)
class Silence:
    """Rules silenced on lines first..last (1-based, inclusive; last 0: to the end)."""

    first: int
    last: int
    rules: tuple[str, ...]

    def covers(self, finding: Finding) -> bool:
        within = self.first <= finding.line and (self.last == 0 or finding.line <= self.last)
        return within and matches(finding.rule, self.rules)


def _line_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset)


def _next_line(lines: list[str], line: int) -> int:
    """The first line after `line` (1-based) with text on it, or `line + 1`."""
    for index in range(line, len(lines)):
        if lines[index].strip():
            return index + 1
    return line + 1


def directives(text: str, suffix: str) -> list[Silence]:
    """The silences an article's comments ask for."""
    if "factlint" not in text.lower():
        return []
    lines = text.split("\n")
    starts = [0]
    for text_line in lines[:-1]:
        starts.append(starts[-1] + len(text_line) + 1)
    found: list[Silence] = []
    if suffix in (".txt", ""):
        for match in _TEXT.finditer(text):
            line = _line_of(starts, match.start())
            target = _next_line(lines, line)
            found.append(Silence(target, target, _rules(match.group(1))))
        return found
    open_: list[tuple[int, tuple[str, ...]]] = []
    for match in _COMMENT.finditer(text):
        kind, rules = match.group(1).lower(), _rules(match.group(2))
        line = _line_of(starts, match.start())
        if kind == "disable-next-line":
            end_line = _line_of(starts, match.end())
            target = _next_line(lines, end_line)
            found.append(Silence(target, target, rules))
        elif kind == "disable":
            open_.append((line, rules))
        else:
            closing = [o for o in open_ if rules == _ALL or set(o[1]) <= set(rules)]
            for first, what in closing:
                found.append(Silence(first, line, what))
            open_ = [o for o in open_ if o not in closing]
    found.extend(Silence(first, 0, what) for first, what in open_)
    return found


def blank_directives(analysis: str, suffix: str) -> str:
    """The analysis text with `factlint: ignore` lines of plain text blanked (comments in
    Markdown and HTML are markup already)."""
    if suffix not in (".txt", "") or "factlint" not in analysis.lower():
        return analysis
    return _TEXT.sub(lambda m: " " * len(m.group()), analysis)


def keep(
    findings: Sequence[Finding], silences: Sequence[Silence], ignore: Sequence[str]
) -> list[Finding]:
    """The findings no setting and no comment silences."""
    return [
        f for f in findings
        if not (ignore and matches(f.rule, ignore)) and not any(s.covers(f) for s in silences)
    ]
