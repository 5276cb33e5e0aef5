"""`date`: when an event happened — a day, a month, a year or a range of days.

    - id: trump-putin-call
      date: 2025-10-16            # or 2025-10, 2025, or {from: 2025-10-13, to: 2025-10-19}
      when: {mentions: [trump, putin], trigger: [call, spoke]}

A mention agrees when the day range it can mean overlaps the fact's; it contradicts
only when they are disjoint. Relative dates resolve against the dateline, anaphoric ones
("a day later") against the date of their anchor event, and never against the dateline.
Without a dateline a weekday ("on Monday", "last Friday") is still that weekday: it is
read as the nearest such day to the fact, so "on Monday" said of a Tuesday event
contradicts whenever the article was written.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Annotated, Any, ClassVar

from pydantic import (
    BeforeValidator,
    Field,
    PlainSerializer,
    PrivateAttr,
    WithJsonSchema,
    model_validator,
)

from checker.extract.dates import DateMention
from checker.extract.dates_patterns import YEAR_WORD
from checker.extract.number_lexicon import HEDGES
from checker.extract.timeline import (
    Absolute,
    Anaphoric,
    DateValue,
    DayRange,
    Relative,
    resolve,
    resolve_anaphoric,
    resolve_yearless,
)
from checker.kinds.base import Context, Evidence, Judgement, Kind, Verdict
from checker.kinds.moment import days_around, parse_time, widened
from checker.sheet.base import FactBase

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")
# Days in one unit of a relative date ("last week" is one week back).
UNIT_DAYS = {"day": 1, "weekday": 7, "week": 7, "month": 31, "year": 366}


def parse_day_range(value: Any) -> DayRange:
    """A day, "YYYY-MM", "YYYY" or {from, to} as an inclusive range of days."""
    if isinstance(value, DayRange):
        return value
    if isinstance(value, date):
        return DayRange.day(value)
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, dict) and set(value) == {"from", "to"}:
        first, last = parse_day_range(value["from"]).first, parse_day_range(value["to"]).last
        if last < first:
            raise ValueError("'to' is before 'from'")
        return DayRange(first, last)
    if isinstance(value, str):
        text = value.strip()
        try:
            return DayRange.day(date.fromisoformat(text))
        except ValueError:
            pass
        match = _PERIOD.match(text)
        if match:
            year = int(match.group(1))
            if match.group(2) is None:
                return DayRange(date(year, 1, 1), date(year, 12, 31))
            month = int(match.group(2))
            if 1 <= month <= 12:
                last_day = calendar.monthrange(year, month)[1]
                return DayRange(date(year, month, 1), date(year, month, last_day))
    raise ValueError(
        f"not a date: {value!r}; write YYYY-MM-DD, YYYY-MM, YYYY or {{from: …, to: …}}"
    )


DaySpec = Annotated[
    DayRange,
    BeforeValidator(parse_day_range),
    PlainSerializer(str),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                {"type": "integer", "minimum": 1, "maximum": 9999},  # a year: date: 2025
                {
                    "type": "object",
                    "properties": {"from": {"type": "string"}, "to": {"type": "string"}},
                    "required": ["from", "to"],
                    "additionalProperties": False,
                },
            ]
        }
    ),
]


class DateFact(FactBase):
    """An event's date."""

    kind: ClassVar[str] = "date"
    date: DaySpec = Field(description="YYYY-MM-DD, YYYY-MM, YYYY or {from: …, to: …}.")
    time: str | None = Field(
        default=None, description="Time and IANA zone of the event: '17:57 America/New_York'."
    )
    _zones: tuple[str, ...] = PrivateAttr(default=())

    @model_validator(mode="after")
    def _readable_time(self) -> DateFact:
        if self.time is not None:
            parse_time(self.time, self.date)
        return self

    def use_zones(self, zones: tuple[str, ...]) -> DateFact:
        """Zones the sheet lists, in which the event's day also agrees."""
        self._zones = zones
        return self


def _value(fact: DateFact, evidence: Evidence, ctx: Context) -> DateValue | None:
    mention = evidence.value
    assert isinstance(mention, DateMention)
    expr = mention.expr
    if isinstance(expr, Anaphoric):
        anchor = evidence.anchor
        if anchor is None or _coarse(anchor, expr):
            return None
        return resolve_anaphoric(_widened(expr, ctx.text, mention.start), anchor)
    if isinstance(expr, Absolute) and expr.year is None and ctx.datelines is None:
        return resolve_yearless(expr, fact.date.first.year)
    if isinstance(expr, Relative) and expr.weekday is not None and ctx.datelines is None:
        return nearest_weekday(expr.weekday, fact.date)
    value = resolve_under(expr, ctx.datelines)
    if value is not None and isinstance(expr, Absolute) and expr.year is None:
        written = {c for y in _years_around(ctx.text, mention.start, mention.end)
                   for c in resolve_yearless(expr, y).candidates}
        value = DateValue(tuple(sorted({*value.candidates, *written})))
    return value


_YEAR_REACH = 200  # characters around a date without a year searched for the years of its story


def _years_around(text: str, start: int, end: int) -> set[int]:
    """The years written near a date without one, in its paragraph: "in January 2024 …
    suspended on February 9" may be February 2024, whatever the dateline's year."""
    low = text.rfind("\n\n", max(0, start - _YEAR_REACH), start)
    high = text.find("\n\n", end, end + _YEAR_REACH)
    window = text[max(low, start - _YEAR_REACH, 0) : high if high >= 0 else end + _YEAR_REACH]
    return {int(y) for y in YEAR_WORD.findall(window)}


# The hedges of numbers ("about", "more than", "nearly" …), before an offset.
_HEDGE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(" ".join(h)) for h in HEDGES), key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)


def _widened(expr: Anaphoric, text: str, start: int) -> Anaphoric:
    """A hedged offset ("about 80 days after") widened by a tenth, a unit at least."""
    if not _HEDGE_BEFORE.search(text, max(0, start - 16), start):
        return expr
    width = max(1, math.ceil(expr.offset_max / 10))
    return replace(expr, offset_min=expr.offset_min - width, offset_max=expr.offset_max + width)


_NEAR = 3  # days either side of a fact in which a weekday has exactly one day
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31}


def _coarse(anchor: DayRange, expr: Anaphoric) -> bool:
    """Whether the anchor's date is too loose for the expression: "the following day"
    counts from a day, not from an event known only by its month or year ("had run the
    firm since 2017, left the following day")."""
    limit = _UNIT_DAYS.get(expr.unit)
    return limit is not None and (anchor.last - anchor.first).days >= limit


def nearest_weekday(weekday: int, fact: DayRange) -> DateValue:
    """The days of that weekday nearest the fact's range: inside it, else the one day
    within three days of it."""
    if (fact.last - fact.first).days >= 6:  # every weekday falls inside
        return DateValue((fact,))
    first = fact.first - timedelta(days=_NEAR)
    span = (fact.last - fact.first).days + 2 * _NEAR
    days = (first + timedelta(days=i) for i in range(span + 1))
    return DateValue(tuple(DayRange.day(d) for d in days if d.weekday() == weekday))


@lru_cache(maxsize=4096)  # few distinct expressions and datelines recur across articles
def resolve_under(expr: Any, datelines: tuple[date, ...] | None) -> DateValue | None:
    """Resolve against every possible publication day; None if any of them cannot."""
    values = [resolve(expr, day) for day in (datelines or (None,))]
    if any(v is None for v in values):
        return None
    candidates = {c for v in values if v is not None for c in v.candidates}
    return DateValue(tuple(sorted(candidates)))


def before_fact(fact: DateFact, evidence: Evidence, ctx: Context) -> bool:
    """Whether every day the written date may mean ends before the fact's first day."""
    value = _value(fact, evidence, ctx)
    if value is None or not value.candidates:
        return False
    return all(c.last < fact.date.first for c in value.candidates)


def _unresolved_reason(mention: Any, ctx: Context) -> str:
    expr = getattr(mention, "expr", None)
    if isinstance(expr, Anaphoric):
        return "anaphoric, anchor unknown or known only by a longer span"
    if ctx.datelines is None:
        return "relative date, no dateline"
    return "weekday, tense unclear"


def judge(fact: DateFact, evidence: Evidence, ctx: Context) -> Judgement:
    mention = evidence.value
    value = _value(fact, evidence, ctx)
    expected = str(fact.date)
    if value is None:
        reason = _unresolved_reason(mention, ctx)
        return Judgement(mention.start, mention.end, Verdict.UNRESOLVED, reason, expected)
    days = [fact.date]
    if fact.time is not None:  # the same moment may fall on another day elsewhere
        moment = parse_time(fact.time, fact.date)
        around = days_around(moment, ctx.text, mention.start, mention.end, fact._zones)
        days = widened(fact.date, around)
    if any(value.overlaps(d) for d in days):
        return Judgement(mention.start, mention.end, Verdict.AGREES, str(value), expected)
    zone = getattr(mention, "zone", None)
    if zone is not None and _gap(value, fact.date) <= 1:
        found = f"{value} in {zone}: a day from the fact, as another time zone may be"
        return Judgement(mention.start, mention.end, Verdict.UNRESOLVED, found, expected)
    gap = _too_far(getattr(mention, "expr", None), value, fact.date)
    if gap is not None:
        found = f"{value}, {gap} days from the fact: about another event?"
        return Judgement(mention.start, mention.end, Verdict.UNRESOLVED, found, expected)
    found = str(value)
    expr = getattr(mention, "expr", None)
    if isinstance(expr, Relative) and expr.weekday is not None and ctx.datelines is None:
        found = f"{calendar.day_name[expr.weekday]} (no dateline: {value} is the nearest)"
    return Judgement(mention.start, mention.end, Verdict.CONTRADICTS, found, expected)


def _gap(value: DateValue, fact: DayRange) -> int:
    """Days between the fact and the nearest candidate of the value (none: a large gap)."""
    return min(
        (max((fact.first - c.last).days, (c.first - fact.last).days) for c in value.candidates),
        default=1 << 20,
    )


def _too_far(expr: Any, value: DateValue, fact: DayRange) -> int | None:
    """The gap in days between a relative date and its fact when no slip of the writer's
    could explain it ("on Sunday" said of a record set ten years ago): the date belongs
    to another event. A slip is a few units of the expression, and at least a month."""
    if not isinstance(expr, Relative) or not value.candidates:
        return None
    gap = _gap(value, fact)
    limit = max(31, 3 * UNIT_DAYS[expr.unit] * (abs(expr.offset) + 1))
    return gap if gap > limit else None


def accepts(fact: DateFact, value: DateMention, text: str) -> bool:
    return True


KIND = Kind(
    name="date", model=DateFact, extractor="dates", accepts=accepts, judge=judge, reach=8.0
)
