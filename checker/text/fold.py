"""Length-preserving folding of text for matching.

Every character maps to exactly one character, so an offset into the folded text is an
offset into the original. Folding lowercases, strips diacritics (Radosław → radoslaw),
and makes curly quotes, apostrophes and dashes straight.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "æ": "a", "Æ": "a",
    "œ": "o", "Œ": "o", "ß": "s",
    "‘": "'", "’": "'", "‚": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
}


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x2050):
        char = chr(code)
        if char in _SPECIAL:
            table[code] = _SPECIAL[char]
            continue
        base = unicodedata.normalize("NFKD", char)[:1].lower()
        if base and base != char and len(char.lower()) == 1 and base.isascii():
            table[code] = base
        elif len(char.lower()) == 1 and char.lower() != char:
            table[code] = char.lower()
    table.update({ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    return table


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lowercase, strip diacritics and straighten punctuation, keeping every offset."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        lowered = "".join(low if len(low := c.lower()) == 1 else c for c in text)
    if lowered.isascii():
        return lowered
    # A text holds few distinct non-ASCII characters: replace each throughout (cheaper
    # than a call per occurrence). Of the characters lower() can leave, the table folds
    # each to an ASCII one, so no replacement is replaced again.
    table = _table()
    for char in set(_NON_ASCII.findall(lowered)):
        folded = table.get(ord(char))
        if folded is not None:
            lowered = lowered.replace(char, folded)
    return lowered
