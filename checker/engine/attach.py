"""Which event a value belongs to: the nearest trigger, counted in words, where crossing
a clause boundary costs extra.

"after a phone call with Putin last week and a subsequent meeting with Zelensky on
Friday": "last week" is two words from "call", and "Friday" three from "meeting" but
eleven and an "and" from "call". A value whose two best triggers are nearly as close is
ambiguous, and the engine then judges it against neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from checker.text.segment import STRONG_BOUNDARY, WEAK_BOUNDARY

STRONG_BREAK = 8.0
WEAK_BREAK = 3.0
TRIGGER_AFTER_VALUE = 0.5
AMBIGUITY_MARGIN = 2.0

_WORD = re.compile(r"\w+")


_LOOKAHEAD = 40  # the farthest a boundary pattern looks past its own match
# Any character or word a boundary match holds; where none stands, no boundary is crossed.
_ANY_BREAK = re.compile(r"[,;:()\-–—]|\s(?:and|but|while|then|whereas)\s")
_LONGEST_BREAK = 9  # "\swhereas\s"
_SHORT_ASIDE = re.compile(r"\([^()\n,;:]{1,30}\)")
_FAR = 512  # characters between two spans past which words are counted from an index
# A relative clause set off by commas, open up to a value: "Vale, who was honoured in May".
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,;:()]*$")
_RELATIVE_BACK = 120  # how far back the opening of such a clause is looked for


@dataclass(frozen=True, slots=True)
class SentenceGeometry:
    """Distances in a text: words and clause boundaries are counted between two spans
    when asked, so nothing is read that no distance needs."""

    text: str
    # Start and end of every word of the text, made on the first long distance asked.
    _starts: list[int] = field(default_factory=list, compare=False, repr=False)
    _ends: list[int] = field(default_factory=list, compare=False, repr=False)

    def _words(self, low: int, high: int) -> int:
        """How many words (runs of word characters) text[low:high] holds: counted directly
        over a short stretch, by bisection over a long one, so that a long sentence does
        not cost its length for every pair of spans."""
        if high - low < _FAR:
            return len(_WORD.findall(self.text, low, high))
        if not self._starts:
            for match in _WORD.finditer(self.text):
                self._starts.append(match.start())
                self._ends.append(match.end())
        first = bisect_right(self._starts, low)  # words that start after low
        count = bisect_left(self._starts, high) - first
        # The word that low falls in, if any, counts from low on.
        return count + (first > 0 and self._ends[first - 1] > low)

    def words(self, one: tuple[int, int], other: tuple[int, int]) -> int:
        """Words strictly between two spans: never more than their `distance`."""
        low, high = sorted((one, other))
        return self._words(low[1], high[0]) if high[0] >= low[1] else 0

    def _breaks(self, pattern: re.Pattern[str], low: int, high: int) -> int:
        if low >= high:
            return 0
        found = pattern.finditer(self.text, low, high + _LOOKAHEAD)
        return sum(1 for m in found if m.start() < high)

    def distance(
        self, value: tuple[int, int], trigger: tuple[int, int], limit: float | None = None
    ) -> float:
        """Words strictly between two spans, plus the cost of the boundaries crossed. Past
        `limit` words the boundaries are not counted: the result is then only known to be
        above `limit`."""
        if trigger[0] >= value[1]:
            low, high, after, opens = value[1], trigger[0], TRIGGER_AFTER_VALUE, value[1]
        elif value[0] >= trigger[1]:
            # A clause opening right after the trigger describes it ("the summit, which
            # opens on Wednesday"): that boundary costs nothing.
            low, high, after, opens = trigger[1], value[0], 0.0, trigger[1] + 1
        else:
            return 0.0
        words = self._words(low, high) + after
        if limit is not None and words > limit:
            return words
        start = max(low, opens)
        if start >= high or _ANY_BREAK.search(self.text, start, high + _LONGEST_BREAK) is None:
            return words
        cost = (
            words
            + STRONG_BREAK * self._breaks(STRONG_BOUNDARY, start, high)
            + WEAK_BREAK * self._breaks(WEAK_BOUNDARY, start, high)
        )
        if after and "," in self.text[low:high] and self._in_relative_clause(value[0]):
            # A value in a relative clause before the trigger ("Vale, who was honoured in
            # May, opened") belongs to the verb of that clause.
            cost += STRONG_BREAK
        if "(" in self.text[start:high]:
            # A short aside in parentheses ("the station (ISS) on Monday") is no clause.
            for aside in _SHORT_ASIDE.finditer(self.text, start, high):
                cost -= 2 * STRONG_BREAK + len(_WORD.findall(aside.group()))
        return cost

    def _in_relative_clause(self, position: int) -> bool:
        """Whether a relative clause set off by a comma is open at `position`."""
        low = max(0, position - _RELATIVE_BACK)
        return _RELATIVE_OPEN.search(self.text, low, position) is not None
