"""A figure as a sheet states it: a number, a bound, or values that change over time.

    value: 140 billion                   # a number: the copy may round it (extract/quantity.py)
    value: more than 5 trillion          # a bound: "more than", "about", "at least", "up to" …
    value: between 5.5 and 6             # a range: "between X and Y", "X to Y"
    value:                               # values over time: each holds from its day on
      - {value: 288, from: 2023-06-03}
      - {value: 275, from: 2023-06-04}

A written figure agrees when the values it allows (its interval, `consistent_interval`)
meet the values the sheet allows; it contradicts only when the two are disjoint. For an
amount, a bound at a number the sheet gives as exact ("more than 8 billion" for 8 billion)
is not judged: the sheet may have written the bound as a plain number. A count is exact:
"more than eight" contradicts 8. Over
time, the value in force on the article's dateline is judged (on the day it changes, the
one before too); with no dateline, any value of the series agrees.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

from checker.extract.numbers import Hedge, NumberMention, find_numbers
from checker.extract.quantity import Interval, consistent_interval
from checker.kinds.base import Verdict

_RANGE = re.compile(r"^\s*(?:between|from)?\s*(?P<low>.+?)\s+(?:and|to|-|–)\s+(?P<high>.+?)\s*$")
_HINT = (
    "write a number such as 140000000000 or '140 billion', a bound such as 'more than 5 "
    "trillion' or 'about 23', a range such as 'between 5.5 and 6', or a list of "
    "{value: …, from: YYYY-MM-DD}"
)


@dataclass(frozen=True, slots=True)
class Figure:
    """The values a sheet allows for a figure, and how it was written."""

    interval: Interval
    text: str

    @property
    def point(self) -> float | None:
        """The exact value, when the figure is one number."""
        return self.interval.low if self.interval.low == self.interval.high else None


def _one(text: str) -> NumberMention | None:
    found = find_numbers(text)
    if len(found) == 1 and found[0].text.strip() == text.strip():
        return found[0]
    return None


def parse_figure(value: Any) -> Figure:
    """A number, a bound ("more than 5 trillion") or a range ("between 5.5 and 6")."""
    if isinstance(value, Figure):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number):
            text = f"{number:f}".rstrip("0").rstrip(".")
            return Figure(Interval(number, number), text)
    if isinstance(value, str):
        words = " ".join(value.split())
        one = _one(words)
        if one is not None:
            if one.hedge is None and not one.ordinal:
                return Figure(Interval(one.value, one.value), words)
            return Figure(consistent_interval(one), words)
        ranged = _RANGE.match(words)
        if ranged is not None:
            low, high = _one(ranged.group("low")), _one(ranged.group("high"))
            scale = ranged.group("high").split()[-1]
            if low is not None and high is not None and len(ranged.group("high").split()) > 1:
                low = _one(f"{ranged.group('low')} {scale}") or low  # "3.2 to 3.25 billion"
            if low is not None and high is not None and low.value <= high.value:
                return Figure(Interval(low.value, high.value), words)
    raise ValueError(f"not a figure: {value!r}; {_HINT}")


@dataclass(frozen=True, slots=True)
class Series:
    """Figures, each in force from its day on (`None`: from always)."""

    steps: tuple[tuple[date | None, Figure], ...]

    def at(self, datelines: tuple[date, ...] | None) -> list[Figure]:
        """The figures in force on any of the days; every figure when the day is unknown."""
        if datelines is None:
            return [figure for _, figure in self.steps]
        found: list[Figure] = []
        for day in datelines:
            held = [f for since, f in self.steps if since is None or since <= day]
            # On the day a value changes, copy written before the news keeps the old one.
            changed = len(held) > 1 and any(since == day for since, _ in self.steps)
            for figure in held[-2:] if changed else held[-1:]:
                if figure not in found:
                    found.append(figure)
        return found

    @property
    def first(self) -> Figure:
        return self.steps[0][1]

    def __str__(self) -> str:
        if len(self.steps) == 1:
            return self.steps[0][1].text
        return "; ".join(f"{f.text} from {since}" for since, f in self.steps)


def _step(item: Any) -> tuple[date | None, Figure]:
    if not isinstance(item, dict) or set(item) != {"value", "from"}:
        raise ValueError(f"not a value over time: {item!r}; write {{value: 275, from: 2023-06-04}}")
    since = item["from"]
    if isinstance(since, str):
        try:
            since = date.fromisoformat(since.strip())
        except ValueError:
            raise ValueError(f"'from' is not a day: {since!r}; write YYYY-MM-DD") from None
    if not isinstance(since, date):
        raise ValueError(f"'from' is not a day: {since!r}; write YYYY-MM-DD")
    return since, parse_figure(item["value"])


def parse_series(value: Any) -> Series:
    """One figure, or a list of {value, from} in order of their days."""
    if isinstance(value, Series):
        return value
    if not isinstance(value, list):
        return Series(((None, parse_figure(value)),))
    if not value:
        raise ValueError(f"an empty list of values; {_HINT}")
    steps = tuple(_step(item) for item in value)
    days = [since for since, _ in steps if since is not None]
    if days != sorted(set(days)):
        raise ValueError("values over time must be in order of their 'from' days, one per day")
    return Series(steps)


def _dump(series: Series) -> Any:
    if len(series.steps) == 1 and series.steps[0][0] is None:
        return series.first.text
    return [{"value": f.text, "from": str(since)} for since, f in series.steps]


_FIGURE_SCHEMA: dict[str, Any] = {"anyOf": [{"type": "number"}, {"type": "string"}]}
FigureValue = Annotated[
    Series,
    BeforeValidator(parse_series),
    PlainSerializer(_dump),
    WithJsonSchema({
        "anyOf": [
            *_FIGURE_SCHEMA["anyOf"],
            {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "properties": {"value": _FIGURE_SCHEMA, "from": {"type": "string"}},
                    "required": ["value", "from"],
                    "additionalProperties": False,
                },
            },
        ],
        "description": "A number, a bound ('more than 5 trillion', 'about 23'), a range "
        "('between 5.5 and 6') or values over time: [{value: 288, from: 2023-06-03}, …].",
    }),
]


def judge_figure(
    mention: NumberMention, written: Interval, series: Series, datelines: tuple[date, ...] | None,
    measure: str = "",
    rounded: bool = False,
) -> tuple[Verdict, str, str]:
    """The verdict on a written figure whose values are `written`, what was found and what
    was expected. With `rounded`, the sheet's plain numbers may stand for a bound (sums of
    money, shares): a bound the copy gives at one of them is not judged."""
    allowed = series.at(datelines)
    unit = f" {measure}" if measure else ""
    if not allowed:
        expected = f"{_large(series.first.text)}{unit} from {series.steps[0][0]}"
        return Verdict.UNRESOLVED, "dateline before the first value the sheet gives", expected
    expected = " or ".join(_large(f.text) + unit for f in allowed)
    if agrees(written, allowed):
        return Verdict.AGREES, mention.text, expected
    points = [f.point for f in allowed if f.point is not None]
    if rounded and mention.hedge in (Hedge.OVER, Hedge.UNDER) and bound_at(written, points):
        return Verdict.UNRESOLVED, f"a bound at the sheet's number: {mention.text}", expected
    return Verdict.CONTRADICTS, mention.text, expected


def bound_at(written: Interval, points: Iterable[float]) -> bool:
    """Whether the copy gives a bound ("more than $8 billion", "under 100") whose limit
    is one of `points`, numbers the sheet states as exact: the sheet's number may be that
    bound itself, written plainly."""
    ends = [end for end, open_ in ((written.low, written.low_open),
                                   (written.high, written.high_open)) if open_]
    return any(math.isclose(end, point, rel_tol=1e-9) for end in ends for point in points)


def _format(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:g}"


def _large(written: str) -> str:
    """Large plain numbers in words: "140000000000" → "140 billion"."""
    return re.sub(r"\b\d{7,}(?:\.\d+)?\b", lambda m: _format(float(m.group())), written)


def agrees(written: Interval, allowed: list[Figure]) -> bool:
    """Whether the written values meet any of the figures in force."""
    return any(written.overlaps(f.interval) for f in allowed)
