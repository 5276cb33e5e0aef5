"""Which event a value belongs to: the nearest trigger, counted in words, where crossing
a clause boundary costs extra.

"after a phone call with Putin last week and a subsequent meeting with Zelensky on
Friday": "last week" is two words from "call", and "Friday" three from "meeting" but
eleven and an "and" from "call". A value whose two best triggers are nearly as close is
ambiguous, and the engine then judges it against neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from checker.text.segment import clause_breaks

STRONG_BREAK = 8.0
WEAK_BREAK = 3.0
TRIGGER_AFTER_VALUE = 0.5
AMBIGUITY_MARGIN = 2.0

_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class SentenceGeometry:
    """Word and clause-boundary offsets of a sentence (or of a whole document, read
    once: distances only count what lies between two spans), for distances."""

    words: list[int]
    strong: list[int]
    weak: list[int]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> SentenceGeometry:
        strong, weak = clause_breaks(text, start, end)
        return cls([m.start() for m in _WORD.finditer(text, start, end)], strong, weak)

    @staticmethod
    def _between(offsets: list[int], low: int, high: int) -> int:
        return bisect_left(offsets, high) - bisect_left(offsets, low)

    def distance(self, value: tuple[int, int], trigger: tuple[int, int]) -> float:
        """Words strictly between two spans, plus the cost of the boundaries crossed."""
        if trigger[0] >= value[1]:
            low, high, after, opens = value[1], trigger[0], TRIGGER_AFTER_VALUE, value[1]
        elif value[0] >= trigger[1]:
            # A clause opening right after the trigger describes it ("the summit, which
            # opens on Wednesday"): that boundary costs nothing.
            low, high, after, opens = trigger[1], value[0], 0.0, trigger[1] + 1
        else:
            return 0.0
        return (
            self._between(self.words, low, high)
            + STRONG_BREAK * self._between(self.strong, max(low, opens), high)
            + WEAK_BREAK * self._between(self.weak, max(low, opens), high)
            + after
        )
