"""Tolerance rules: the true values a written quantity is consistent with.

Copy rounds and truncates, so a number written as ``v`` to granularity ``g`` (the place of
its last significant digit times its scale: "8" → 1, "140" → 10, "2,500" → 100, "1.5" → 0.1,
"140 billion" → 10 billion; words follow the same rule on the value they spell: "eight" → 1,
"twenty" → 10, "a dozen" → 1; halves and quarters → 0.5 and 0.25 times the scale; ordinals → 1)
allows:

=====================  ==================  ==========================================
written                interval            example
=====================  ==================  ==========================================
exact (no hedge)       [v − g/2, v + g)    "three-year war" → [2.5, 4) years
over / more than       (v, ∞)              "more than three years" → (3, ∞)
under / less than      [0, v)              "under 100" → [0, 100)
at least               [v, ∞)              "at least 40" → [40, ∞)
at most / up to        [0, v]              "up to 300" → [0, 300]
nearly / almost        [v − g, v]          "nearly four years" → [3, 4]
about / around         [v − g, v + g]      "about 3,000" → [2000, 4000]
ordinal                [v, v]              "the fourth day" → day 4
=====================  ==================  ==========================================

The exact rule passes both rounding to nearest and truncation: "three-year war" and
"three-and-a-half-year war" ([3.25, 4)) fit 3.66 years, "two-year war" does not.
Negative exact values mirror it, (v − g, v + g/2], as truncation moves them up; under and
at most have no lower bound below zero. ``elapsed_interval`` reads an ordinal as time
already passed: "its fourth year" → [3, 4] years; cardinals read as ``consistent_interval``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker.extract.numbers import Hedge, NumberMention


@dataclass(frozen=True, slots=True)
class Interval:
    """A real interval; ``low_open``/``high_open`` exclude the bound."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def contains(self, x: float) -> bool:
        """Whether ``x`` lies in the interval."""
        above = x > self.low if self.low_open else x >= self.low
        below = x < self.high if self.high_open else x <= self.high
        return above and below

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one value."""
        return _before(self, other) and _before(other, self)


def _before(a: Interval, b: Interval) -> bool:
    """Whether ``a`` starts no later than ``b`` ends (so they may touch)."""
    if a.low < b.high:
        return True
    return a.low == b.high and not (a.low_open or b.high_open)


def consistent_interval(m: NumberMention) -> Interval:
    """The true values the written quantity is consistent with."""
    v, g = m.value, m.granularity
    if m.ordinal:
        return Interval(v, v)
    floor = 0.0 if v > 0 else -math.inf
    match m.hedge:
        case Hedge.OVER:
            return Interval(v, math.inf, low_open=True)
        case Hedge.UNDER:
            return Interval(floor, v, high_open=True)
        case Hedge.AT_LEAST:
            return Interval(v, math.inf)
        case Hedge.AT_MOST:
            return Interval(floor, v)
        case Hedge.NEARLY:
            return Interval(v - g, v)
        case Hedge.ABOUT:
            return Interval(v - g, v + g)
    if v < 0:
        return Interval(v - g, v + g / 2, low_open=True)
    return Interval(v - g / 2, v + g, high_open=True)


def elapsed_interval(m: NumberMention) -> Interval:
    """Time elapsed: an ordinal "its fourth year" → [3, 4] (it may have just ended on its
    fourth day); cardinals as written."""
    if m.ordinal:
        return Interval(m.value - 1, m.value)
    return consistent_interval(m)
