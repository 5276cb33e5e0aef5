"""An article's text as escaped HTML with every finding marked at its words."""

from __future__ import annotations

import re
from html import escape

from checker.findings import Finding

_RUN_OF_SPACES = re.compile(r"[ \t]{3,}")
_RUN_OF_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n){2,}")


def _offsets(text: str) -> list[int]:
    """Offset of the first character of each line."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _offset(starts: list[int], line: int, column: int, size: int) -> int:
    if line < 1:
        return 0
    if line > len(starts):
        return size
    return min(starts[line - 1] + column - 1, size)


def _plain(piece: str) -> str:
    """Escaped text between marks; markup blanked by the reader is folded away."""
    piece = _RUN_OF_BLANK_LINES.sub("\n\n", piece)
    return escape(_RUN_OF_SPACES.sub(" ", piece))


def marked_text(text: str, prose: str, findings: list[Finding], ids: list[str]) -> str:
    """`prose` (the text as read, of the same length as `text`, the text as written that
    findings' lines and columns point into) escaped, each finding's span wrapped in a <mark>
    with id `ids[i]`. Overlapping spans are cut where the next one starts: marks never nest."""
    starts = _offsets(text)
    text = prose
    spans = sorted(
        (
            _offset(starts, f.line, f.column, len(text)),
            _offset(starts, f.end_line, f.end_column, len(text)),
            i,
        )
        for i, f in enumerate(findings)
    )
    parts: list[str] = []
    position = 0
    for start, end, i in spans:
        start = max(start, position)
        end = max(end, start)
        parts.append(_plain(text[position:start]))
        f = findings[i]
        parts.append(
            f'<mark id="{ids[i]}" class="finding sev-{f.severity.value}" '
            f'data-rule="{escape(f.rule)}" data-severity="{f.severity.value}" '
            f'tabindex="-1">{escape(text[start:end]) or "&#8203;"}</mark>'
        )
        position = end
    parts.append(_plain(text[position:]))
    return "".join(parts)
