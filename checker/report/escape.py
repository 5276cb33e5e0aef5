"""Text from articles and file names made safe to print: control characters (ESC
sequences that clear the screen or write the clipboard, BEL, …) shown as \\xNN."""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, but not tab and line feed; also the bidirectional
# overrides that can reorder what a terminal shows.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character written as an escape."""
    return _CONTROL.sub(_escaped, text)
