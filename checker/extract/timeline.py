"""Day intervals, symbolic date expressions, and their resolution.

Resolution rules (`resolve`, against the publication date, the *dateline*):

* Absolute with a year: that day, that calendar month or that calendar year.
* Absolute without a year: the year that puts the day (or month) nearest the dateline,
  the earlier one on a tie ("Dec. 30" in an article of 2 Jan 2026 is 2025-12-30). When
  the clause's tense points elsewhere (a past clause and a nearest date still ahead:
  "his inauguration in January" written in October), both years stay candidates. "Last
  June" is the latest June before the dateline's month, "next June" the first after it,
  "this June" the dateline's year's.
  Without a dateline `resolve` returns None; use `resolve_yearless` with the fact's year.
  A weekday written with the date is ignored here (the consistency check lives elsewhere).
* Relative day: dateline + offset ("tonight", "this morning", "earlier today" are today),
  give or take `spread` days ("in three weeks" is 21 days ahead, give or take 3).
* Relative weekday, offset 0 (bare or "this"): direction "past" gives the latest such day
  on or before the dateline (AP style: "said Tuesday" in a Tuesday article is today);
  "future" the earliest on or after it; "this" the one in the dateline's Monday-Sunday week;
  "unknown" cannot be resolved (None).
* Relative weekday, offset -1 ("last Friday"): the latest Friday strictly before the
  dateline, plus the Friday a week earlier when the first lies in the dateline's week.
  Offset +1 ("next Thursday"): the earliest Thursday strictly after the dateline, plus the
  one a week later when the first lies in the dateline's week.
* Relative week / month / year: Monday-Sunday weeks, calendar months and years shifted by
  offset; a month or day of a relative year ("in June last year") is that month or day.
  With offset 0, part "earlier" ends at the dateline and part "later" starts there.
* Any Relative without a dateline: None.

Anaphoric expressions (`resolve_anaphoric`) shift the anchor's range: days exactly, weeks
as whole Monday-Sunday weeks, months and years as whole calendar months and years. In a
sentence that speaks of trading, a shift in days may also count trading days ("shares closed
at 1.86 the day before Sunday's rescue" is Friday): both readings are kept.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal


@dataclass(frozen=True, slots=True, order=True)
class DayRange:
    """Inclusive range of calendar days."""

    first: date
    last: date

    def contains(self, day: date) -> bool:
        """True when `day` lies inside the range."""
        return self.first <= day <= self.last

    def overlaps(self, other: "DayRange") -> bool:
        """True when the two ranges share at least one day."""
        return self.first <= other.last and other.first <= self.last

    @classmethod
    def day(cls, d: date) -> "DayRange":
        """The one-day range of `d`."""
        return cls(d, d)

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


@dataclass(frozen=True, slots=True)
class DateValue:
    """What a date expression can mean: one or more candidate ranges (ambiguity kept,
    never guessed). No candidate at all means the expression names no real day
    (e.g. Feb. 29 of a common year)."""

    candidates: tuple[DayRange, ...]

    def overlaps(self, fact: DayRange) -> bool:
        """True when any candidate overlaps `fact`."""
        return any(c.overlaps(fact) for c in self.candidates)

    def __str__(self) -> str:
        if not self.candidates:
            return "(no such day)"
        return " or ".join(str(c) for c in self.candidates)


@dataclass(frozen=True, slots=True)
class Absolute:
    """A calendar date as written: day, month or year level; weekday when written too."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None
    # Yearless: from the tense; or said outright, "last June" (before the dateline's month),
    # "next June" (after it), "this June" (the dateline's year).
    direction: Literal["past", "future", "unknown", "before", "after", "this"] = "unknown"


@dataclass(frozen=True, slots=True)
class Relative:
    """Deictic expression, relative to the dateline.

    offset: day: -1 yesterday, 0 today, +1 tomorrow; week/month/year: -1 last, 0 this,
    +1 next; weekday: -1 "last Friday", +1 "next Friday", 0 bare or "this Friday".
    """

    unit: Literal["day", "weekday", "week", "month", "year"]
    offset: int = 0
    weekday: int | None = None
    direction: Literal["past", "future", "this", "unknown"] = "unknown"
    part: Literal["whole", "earlier", "later"] = "whole"
    month: int | None = None  # unit "year" only: "in June last year", "on 5 May this year"
    day: int | None = None
    spread: int = 0  # unit "day" only: days either side ("in three weeks" is 21 ± 3 days)


@dataclass(frozen=True, slots=True)
class Anaphoric:
    """Expression relative to another event (the anchor), never to the dateline."""

    unit: Literal["day", "week", "month", "year"]
    offset_min: int
    offset_max: int
    anchor: Literal["preceding", "following"]
    trading: bool = False  # days may also count trading days (Monday to Friday)


DateExpr = Absolute | Relative | Anaphoric


def _month_range(year: int, month: int) -> DayRange:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return DayRange(date(year, month, 1), nxt - timedelta(days=1))


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _absolute_range(expr: Absolute, year: int) -> DayRange | None:
    if expr.month is None:
        if expr.day is None:
            return DayRange(date(year, 1, 1), date(year, 12, 31))
        return None
    if expr.day is None:
        return _month_range(year, expr.month)
    try:
        return DayRange.day(date(year, expr.month, expr.day))
    except ValueError:
        return None


def _distance(rng: DayRange, day: date) -> int:
    if rng.contains(day):
        return 0
    return min(abs((rng.first - day).days), abs((rng.last - day).days))


def _nearest_year(expr: Absolute, dateline: date) -> DateValue | None:
    """The year for a yearless date: the one nearest the dateline; when the clause's tense
    points to another year (a past clause, a date still ahead), that year is kept too."""
    if expr.month is None:
        return None
    # The year before, of and after the dateline hold the answer, but for 29 February.
    spread = 4 if (expr.month, expr.day) == (2, 29) else 1
    years = range(dateline.year - spread, dateline.year + spread + 1)
    ranges = (_absolute_range(expr, y) for y in years)
    valid = [rng for rng in ranges if rng is not None]
    if not valid:
        return None
    month = _month_range(dateline.year, dateline.month)
    if expr.direction == "before":
        return DateValue(tuple(rng for rng in valid if rng.last < month.first)[-1:])
    if expr.direction == "after":
        return DateValue(tuple(rng for rng in valid if rng.first > month.last)[:1])
    if expr.direction == "this":
        return DateValue(tuple(rng for rng in valid if rng.first.year == dateline.year))
    nearest = min(valid, key=lambda rng: _distance(rng, dateline))
    if expr.direction == "past":
        directed = [rng for rng in valid if rng.first <= dateline][-1:]
    elif expr.direction == "future":
        directed = [rng for rng in valid if rng.last >= dateline][:1]
    else:
        directed = []
    return DateValue(tuple(sorted({nearest, *directed})))


def _weekday(expr: Relative, dateline: date) -> DateValue | None:
    if expr.weekday is None:
        return None
    today = dateline.weekday()
    monday = _monday(dateline)
    if expr.offset < 0:
        day = dateline - timedelta(days=(today - expr.weekday) % 7 or 7)
        extra = day - timedelta(days=7) if day >= monday else None
    elif expr.offset > 0:
        day = dateline + timedelta(days=(expr.weekday - today) % 7 or 7)
        extra = day + timedelta(days=7) if day <= monday + timedelta(days=6) else None
    elif expr.direction == "this":
        day, extra = monday + timedelta(days=expr.weekday), None
    elif expr.direction == "past":
        day, extra = dateline - timedelta(days=(today - expr.weekday) % 7), None
    elif expr.direction == "future":
        day, extra = dateline + timedelta(days=(expr.weekday - today) % 7), None
    else:
        return None
    days = (day,) if extra is None else (day, extra)
    return DateValue(tuple(DayRange.day(d) for d in days))


def _period(expr: Relative, dateline: date) -> DayRange:
    if expr.unit == "week":
        first = _monday(dateline) + timedelta(weeks=expr.offset)
        rng = DayRange(first, first + timedelta(days=6))
    elif expr.unit == "month":
        rng = _month_range(*_shift_month(dateline.year, dateline.month, expr.offset))
    else:
        year = dateline.year + expr.offset
        rng = DayRange(date(year, 1, 1), date(year, 12, 31))
    if expr.offset != 0 or expr.part == "whole":
        return rng
    if expr.part == "earlier":
        return DayRange(rng.first, dateline)
    return DayRange(dateline, rng.last)


@lru_cache(maxsize=16384)  # dateline inference tries each expression on many days
def resolve(expr: Absolute | Relative, dateline: date | None) -> DateValue | None:
    """Resolve against the publication date (rules in the module docstring); None when it
    cannot be resolved (a Relative without dateline, a weekday of unknown direction, a
    yearless Absolute without dateline, a day that does not exist)."""
    if isinstance(expr, Absolute):
        if expr.year is None:
            return None if dateline is None else _nearest_year(expr, dateline)
        rng = _absolute_range(expr, expr.year)
        return None if rng is None else DateValue((rng,))
    if dateline is None:
        return None
    if expr.unit == "day":
        day, spread = dateline + timedelta(days=expr.offset), timedelta(days=expr.spread)
        return DateValue((DayRange(day - spread, day + spread),))
    if expr.unit == "weekday":
        return _weekday(expr, dateline)
    if expr.month is not None:
        year = dateline.year + expr.offset
        rng = _absolute_range(Absolute(year, expr.month, expr.day), year)
        return DateValue(() if rng is None else (rng,))
    return DateValue((_period(expr, dateline),))


def resolve_yearless(expr: Absolute, year: int) -> DateValue:
    """A yearless Absolute read in `year` (used when there is no dateline); no candidate
    when that year has no such day."""
    rng = _absolute_range(expr, year) if expr.month is not None else None
    return DateValue(() if rng is None else (rng,))


def _trading_day(day: date, offset: int) -> date:
    """`offset` trading days (Monday to Friday) from `day`; holidays are not known."""
    step = timedelta(days=1 if offset > 0 else -1)
    for _ in range(abs(offset)):
        day += step
        while day.weekday() >= 5:
            day += step
    return day


def resolve_anaphoric(expr: Anaphoric, anchor: DayRange) -> DateValue:
    """Shift `anchor` by offset_min..offset_max units: days exactly; weeks, months and
    years as whole Monday-Sunday weeks, calendar months and calendar years."""
    lo, hi = expr.offset_min, expr.offset_max
    if expr.unit == "day":
        rng = DayRange(anchor.first + timedelta(days=lo), anchor.last + timedelta(days=hi))
        if expr.trading:
            trading = DayRange(_trading_day(anchor.first, lo), _trading_day(anchor.last, hi))
            return DateValue(tuple(sorted({rng, trading})))
    elif expr.unit == "week":
        first = _monday(anchor.first) + timedelta(weeks=lo)
        rng = DayRange(first, _monday(anchor.last) + timedelta(weeks=hi, days=6))
    elif expr.unit == "month":
        start = _month_range(*_shift_month(anchor.first.year, anchor.first.month, lo))
        stop = _month_range(*_shift_month(anchor.last.year, anchor.last.month, hi))
        rng = DayRange(start.first, stop.last)
    else:
        rng = DayRange(date(anchor.first.year + lo, 1, 1), date(anchor.last.year + hi, 12, 31))
    return DateValue((rng,))
