"""Articles in: files, directories, globs or stdin → Documents with a dateline.

A Document keeps the text as read, for quotes and positions, and an `analysis` copy of
the same length in which markup (front matter, HTML tags, Markdown link targets, the
dateline marker) is blanked out, so every offset means the same in both.
"""

from __future__ import annotations

import contextlib
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from checker.findings import Finding, Severity
from checker.silence import blank_directives
from checker.sources.limits import DEFAULT_MAX_ARTICLE_SIZE, Refused, read_regular
from checker.sources.readers import html, markdown

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_DATE_LINE = re.compile(r"\A\s*(?:date|dateline)\s*:?\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
# A wire-style dateline opening the story: "BRUSSELS, Oct. 22 —" or "**KYIV, Ukraine (AP) —**".
_WIRE_DATELINE = re.compile(
    r"^[ \t*_]*[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][A-Za-z .]{1,20})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([A-Za-z-]+\))?[ \t*_]*[—–-]{1,2}",
    re.MULTILINE,
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableArticle(Exception):
    """An article that cannot be checked: missing, binary, undecodable or empty."""


@dataclass(slots=True)
class Document:
    """One article: its text, a same-length copy for analysis, and its dateline."""

    path: str
    text: str
    analysis: str
    dateline: date | None = None
    dateline_source: str | None = None
    notes: list[str] = field(default_factory=list)
    story: str | None = None  # `story:` in its front matter
    _line_starts: list[int] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        starts = self._starts()
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based line and column: the inverse of `position`."""
        return self._starts()[line - 1] + column - 1

    def _starts(self) -> list[int]:
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return self._line_starts

    def finding(
        self,
        rule: str,
        span: tuple[int, int],
        found: str,
        expected: str,
        message: str,
        severity: Severity = Severity.WARNING,
        cite: str = "",
        sentence: tuple[int, int] | None = None,
    ) -> Finding:
        """A finding on the text at `span`, located by line and column; `sentence` is the
        span whose words are shown as context."""
        start, end = span
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        context = " ".join(self.text[sentence[0] : sentence[1]].split()) if sentence else ""
        return Finding(
            rule=rule, severity=severity, path=self.path, line=line, column=column,
            end_line=end_line, end_column=end_column, quote=self.text[start:end], found=found,
            expected=expected, message=message, cite=cite, sentence=context,
        )


# libyaml when PyYAML has it (front matter is read for every Markdown article).
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _blank(text: str, start: int, end: int, fill: str = " ") -> str:
    """Replace text[start:end] with spaces, keeping line breaks."""
    return text[:start] + _spaces(text[start:end], fill) + text[end:]


def _spaces(piece: str, fill: str = " ") -> str:
    """`piece` with every character but the line breaks replaced by `fill`."""
    return "\n".join(fill * len(line) for line in piece.split("\n"))


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of an article and a note when it was not UTF-8; raise when it is not text."""
    if not data.strip():
        raise UnreadableArticle(f"{name}: empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableArticle(f"{name}: binary file, not an article")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:  # the usual legacy encoding of English copy, tried first: detectors guess badly
        text = data.decode("cp1252")  # on short texts
        if not _CONTROL.search(text):
            return text, "not UTF-8; read as cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnreadableArticle(f"{name}: not UTF-8, and no common encoding fits")
    return str(best), f"not UTF-8; read as {best.encoding}"


def make_document(path: str, text: str, date_override: date | None = None) -> Document:
    """Build a Document from text: blank markup, find the dateline."""
    analysis = text
    dateline: date | None = None
    source: str | None = None
    story_id: str | None = None
    suffix = Path(path).suffix.lower()
    front = _FRONT_MATTER.match(text) if suffix in (".md", ".markdown") else None
    if front:
        analysis = _blank(analysis, 0, front.end())
        try:
            meta = yaml.load(front.group(1), Loader=_YAML_LOADER)
        except (yaml.YAMLError, ValueError, TypeError, RecursionError):  # 2025-02-30, !!int x
            meta = None
        value = meta.get("date") if isinstance(meta, dict) else None
        story = meta.get("story") if isinstance(meta, dict) else None
        if isinstance(story, str) and story.strip():
            story_id = story.strip()
        if isinstance(value, datetime):  # a time and zone: the day where it was written
            dateline, source = value.date(), "front matter"
        elif isinstance(value, date):
            dateline, source = value, "front matter"
        elif isinstance(value, str):
            with contextlib.suppress(ValueError):
                dateline, source = date.fromisoformat(value[:10]), "front matter"
    if suffix in (".md", ".markdown"):
        analysis = markdown.prose(analysis)
    if suffix in (".html", ".htm"):
        first_line = _DATE_LINE.match(analysis)  # the marker goes before the page's own date
        if first_line is not None and dateline is None:
            with contextlib.suppress(ValueError):
                dateline, source = date.fromisoformat(first_line.group(1)), "text"
        if dateline is None and date_override is None:
            day = html.published(text)
            if day is not None:
                dateline, source = day, "html meta"
        analysis = html.prose(analysis)
    wire = _WIRE_DATELINE.search(analysis, 0, 1500)
    if wire:
        analysis = _blank(analysis, wire.start(), wire.end())
    marker = _DATE_LINE.match(analysis)
    if marker:
        analysis = _blank(analysis, 0, marker.end())
        if dateline is None:
            with contextlib.suppress(ValueError):
                dateline, source = date.fromisoformat(marker.group(1)), "text"
    if date_override is not None:
        dateline, source = date_override, "--date"
    analysis = blank_directives(analysis, suffix)
    return Document(path, text, analysis, dateline, source, story=story_id)


def display_path(path: str) -> str:
    """The path as text that every output can hold: bytes that are not UTF-8 (kept by
    Python as surrogates) written as \\xNN."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def read_document(
    path: Path, date_override: date | None = None, max_size: int = DEFAULT_MAX_ARTICLE_SIZE
) -> Document:
    """Read one article file; raise UnreadableArticle with a reason."""
    try:
        data = read_regular(path, max_size)
    except Refused as err:
        raise UnreadableArticle(f"{path}: {err}") from None
    text, note = decode(data, str(path))
    document = make_document(display_path(str(path)), text, date_override)
    if note:
        document.notes.append(note)
    return document
