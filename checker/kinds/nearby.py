"""The nearest of many sorted spans to one span, without measuring them all.

A long sentence holds many trigger and phrase spans; measuring every pair costs their
product. Spans are walked outward from the anchor, and the walk stops on each side once
the words between (a lower bound of any distance) pass the best distance found or the
bound: the result is the one of measuring every span, the first span in order on a tie.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

Span = tuple[int, int]


class SortedSpans:
    """Spans sorted by start, with the largest end up to each of them."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = list(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []  # the largest end among spans[: i + 1]
        for _, end in self.spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def overlaps(self, span: Span) -> bool:
        """Whether any span shares a character with `span`."""
        index = bisect_left(self.starts, span[1])  # spans from here start at or after its end
        while index > 0 and self.reach[index - 1] > span[0]:
            index -= 1
            if self.spans[index][1] > span[0]:
                return True
        return False

    def nearest(
        self,
        anchor: Span,
        floor: Callable[[Span], int],
        measure: Callable[[Span], float],
        bound: float,
        skip: Callable[[Span], bool] | None = None,
    ) -> tuple[float, int]:
        """The least `measure` of the spans within `bound`, and the index of the first span
        at it, or (inf, -1). `floor(span)` is the words between it and the anchor, never
        more than `measure(span)`."""
        best, first = float("inf"), -1

        def take(index: int) -> None:
            nonlocal best, first
            distance = measure(self.spans[index])
            if distance < best or (distance == best and index < first):
                best, first = distance, index

        middle = bisect_left(self.starts, anchor[0])
        for index in range(middle, len(self.spans)):  # words between grow with the start
            span = self.spans[index]
            if skip is not None and skip(span):
                continue
            if floor(span) > min(bound, best):
                break
            take(index)
        for index in range(middle - 1, -1, -1):  # none before ends after reach[index]
            end = self.reach[index]
            if end < anchor[0] and floor((end, end)) > min(bound, best):
                break
            span = self.spans[index]
            if (skip is None or not skip(span)) and floor(span) <= min(bound, best):
                take(index)
        return (best, first) if best <= bound else (float("inf"), -1)
