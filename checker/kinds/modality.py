"""Statements the copy denies or hedges are not judged: the shared polarity lexicon of
`checker.text.polarity` read at a value and at its fact's nearest trigger."""

from __future__ import annotations

from collections.abc import Iterable

from checker.kinds.base import Judgement, Span, Verdict
from checker.text.polarity import Reading, first_reading


def nearest_start(spans: Iterable[Span], at: Span) -> int | None:
    """The start of the span nearest to `at`, in characters; None when there is none."""
    best: tuple[int, int] | None = None
    for start, end in spans:
        gap = max(start - at[1], at[0] - end, 0)
        if best is None or gap < best[0]:
            best = (gap, start)
    return None if best is None else best[1]


def clause_reading(
    text: str,
    folded: str,
    sentence_start: int,
    value: Span,
    triggers: Iterable[Span],
    hedges: bool = True,
) -> Reading | None:
    """Whether the clause of a value, or of its nearest trigger, is denied or hedged (only
    denied when `hedges` is False)."""
    points = [value[0]]
    trigger = nearest_start(triggers, value)
    if trigger is not None and trigger != value[0]:
        points.append(trigger)
    return first_reading(text, folded, sentence_start, tuple(points), hedges)


def not_judged(judgement: Judgement, found: Reading) -> Judgement:
    """The judgement turned into an unresolved note that says why it was not judged."""
    return Judgement(
        judgement.start,
        judgement.end,
        Verdict.UNRESOLVED,
        f"{found.mood} ('{found.cue}'): {judgement.found}",
        judgement.expected,
    )
