"""Find date expressions in a sentence and return them as symbolic mentions.

Spans keep "on" / "in" / "last" / "this" / "next" / "early" / "mid-" / "late" when they are
part of the expression ("on Thursday", "in September", "last Friday", "mid-October") but
not other prepositions ("since 2022" gives "2022"), nor a possessive ("Thursday's" gives
"Thursday"). Bare weekdays get their direction from the clause's tense (`tense.py`).
Overlapping candidates are settled by earliest start, then longest span.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from checker.extract import dates_patterns as p
from checker.extract.tense import weekday_direction
from checker.timeline import Absolute, Anaphoric, DateExpr, Relative


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text; offsets are absolute into the scanned text."""

    start: int
    end: int
    text: str
    expr: DateExpr


Found = tuple[int, int, DateExpr]
Unit = Literal["day", "week", "month", "year"]
_UNITS: dict[str, Unit] = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _unit(word: str) -> Unit:
    return _UNITS.get(word.lower(), "day")  # parts of the day count as days


def _month(token: str) -> int:
    return p.MONTHS[token[:3].lower()]


def _month_day(m: re.Match[str], weekday: int | None = None) -> Absolute | None:
    i = "1" if m.group("mon1") else "2"
    day = int(m.group("d" + i))
    if not 1 <= day <= 31:
        return None
    year = m.group("y" + i)
    return Absolute(int(year) if year else None, _month(m.group("mon" + i)), day, weekday)


def _before(s: str, i: int) -> str:
    """The few characters before s[i] (enough for the context regexes anchored at $)."""
    return s[max(0, i - 30) : i]


def _absolutes(s: str, low: str) -> Iterator[Found]:
    if not p.DIGIT.search(s):
        return
    if "-" in s:
        for m in p.ISO.finditer(s):
            month, day = int(m.group("m")), int(m.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                yield m.start(), m.end(), Absolute(int(m.group("y")), month, day)
    if not p.has_month(s):
        return
    for m in p.WEEKDAY_DATE.finditer(s):
        expr = _month_day(m, p.WEEKDAYS[m.group("wd").lower()])
        if expr is not None:
            yield m.start(), m.end(), expr
    for m in p.MONTH_DAY.finditer(s):
        expr = _month_day(m)
        if expr is not None:
            yield m.start(), m.end(), expr
    for m in p.MONTH_YEAR.finditer(s):
        yield m.start(), m.end(), Absolute(int(m.group("y")), _month(m.group("mon")), None)


def _months(s: str, low: str) -> Iterator[Found]:
    if not p.has_month(s):
        return
    for m in p.MONTH_ONLY.finditer(s):
        mon = m.group("mon")
        if len(mon) == 3 and mon != "May":  # abbreviation without a period: never alone
            continue
        start = m.start()
        if not (m.group("in") or m.group("pre") or m.group("mod")):
            before = _before(s, start)
            wordlike = mon.lower() in p.WORDLIKE_MONTHS
            if not (
                p.PREP_BEFORE.search(before)
                or p.MONTH_BEFORE.search(before)
                or (m.group("poss") and not wordlike)
            ):
                continue
        elif m.group("poss") and mon.lower() in p.WORDLIKE_MONTHS and not m.group("pre"):
            continue
        yield start, m.end("mon"), Absolute(None, _month(mon), None)


def _years(s: str, low: str) -> Iterator[Found]:
    if "19" not in s and "20" not in s:
        return
    for m in p.YEAR_ONLY.finditer(s):
        before = _before(s, m.start())
        if (
            m.group("in")
            or m.group("mod")
            or p.PREP_BEFORE.search(before)
            or p.YEAR_BEFORE.search(before)
        ):
            yield m.start(), m.end(), Absolute(int(m.group("y")), None, None)


def _relative_days(s: str, low: str) -> Iterator[Found]:
    if not p.DAY_CUE.search(low):
        return
    for m in p.REL_DAY.finditer(s):
        if p.THE_BEFORE.search(_before(s, m.start())):
            continue
        word = (m.group("word") or m.group("glued") or "").lower()
        if m.group("dby"):
            offset = -2 if m.group("dby").lower().startswith("before") else 2
        elif m.group("yesterday") or word == "yesterday":
            offset = -1
        else:
            offset = 1 if word == "tomorrow" else 0
        yield m.start(), m.end(), Relative("day", offset)


def _relative_periods(s: str, low: str) -> Iterator[Found]:
    if not p.PERIOD_CUE.search(low):
        return
    for m in p.REL_UNIT.finditer(s):
        if m.group("unit2"):
            yield m.start(), m.end(), Relative(_unit(m.group("unit2")), -2)
        elif not p.THE_BEFORE.search(_before(s, m.start())):
            pre = (m.group("pre") or "this").lower()
            offset = {"last": -1, "this": 0, "next": 1}[pre]
            part = m.group("part")
            whole: Literal["whole", "earlier", "later"] = "whole"
            if part:
                whole = "earlier" if part.lower() == "earlier" else "later"
            yield m.start(), m.end(), Relative(_unit(m.group("unit")), offset, part=whole)
    if "ago" not in low:
        return
    for m in p.AGO.finditer(s):
        n = m.group("n").lower()
        count = p.NUMBERS[n] if n in p.NUMBERS else int(n)
        yield m.start(), m.end(), Relative(_unit(m.group("unit")), -count)


def _weekdays(s: str, low: str) -> Iterator[Found]:
    if "day" not in s:
        return
    for m in p.WEEKDAY.finditer(s):
        if p.WEEKDAY_NOT_AFTER.search(_before(s, m.start("wd"))) or p.WEEKDAY_NOT_BEFORE.match(
            s, m.end("wd")
        ):
            continue
        wd = p.WEEKDAYS[m.group("wd").lower()]
        pre = (m.group("pre") or "").lower()
        if pre and p.THE_BEFORE.search(_before(s, m.start())):
            continue
        if pre == "last":
            expr = Relative("weekday", -1, wd, "past")
        elif pre == "next":
            expr = Relative("weekday", 1, wd, "future")
        else:
            expr = Relative("weekday", 0, wd, "this" if pre == "this" else "unknown")
        yield m.start(), m.end(), expr


def _anchor(s: str, end: int) -> Literal["preceding", "following"]:
    return "preceding" if p.NO_EVENT_AFTER.match(s, end) else "following"


def _anaphora(s: str, low: str) -> Iterator[Found]:
    if not p.ANAPHORA_CUE.search(low):
        return
    for m in p.ANAPHORA.finditer(s):
        if m.group("u1"):
            sign = -1 if m.group("rel1").lower() == "before" else 1
            expr = Anaphoric(_unit(m.group("u1")), sign, sign, _anchor(s, m.end()))
        elif m.group("u2"):
            rel = m.group("rel2").lower()
            unit = _unit(m.group("u2"))
            n, vague = m.group("n"), m.group("vague")
            if n:
                count = p.NUMBERS[n.lower()] if n.lower() in p.NUMBERS else int(n)
                lo, hi = count, count
            elif vague:
                lo, hi = p.VAGUE_COUNT[" ".join(vague.lower().split())]
            elif m.group("pl"):
                lo, hi = p.VAGUE[unit]
            else:
                continue
            anchor = _anchor(s, m.end()) if rel in ("after", "before") else "preceding"
            if rel in ("earlier", "before"):
                lo, hi = -hi, -lo
            expr = Anaphoric(unit, lo, hi, anchor)
        elif m.group("u3"):
            rel, unit = m.group("rel3").lower(), _unit(m.group("u3"))
            the = m.end("on3") if m.group("on3") else m.start()
            if unit != "day" and p.ROLLING_BEFORE.search(_before(s, the)):
                continue
            shift = 0 if rel == "same" else 1 if rel in ("following", "next") else -1
            expr = Anaphoric(unit, shift, shift, "preceding")
        else:
            expr = Anaphoric(_unit(m.group("u4")), 0, 0, "preceding")
        yield m.start(), m.end(), expr


_SCANNERS: tuple[Callable[[str, str], Iterator[Found]], ...] = (
    _absolutes,
    _months,
    _years,
    _relative_days,
    _relative_periods,
    _weekdays,
    _anaphora,
)


def _needs_direction(expr: Absolute | Relative) -> bool:
    """Bare weekdays and yearless dates take a direction from the clause's tense."""
    if isinstance(expr, Relative):
        return expr.unit == "weekday" and expr.direction == "unknown"
    return isinstance(expr, Absolute) and expr.year is None and expr.month is not None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end] (one sentence of a larger document), in order,
    non-overlapping, with offsets absolute into `text`."""
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    s = text[start:end]
    if not p.has_cue(s):
        return []
    low = s.lower()
    found = [f for scan in _SCANNERS for f in scan(s, low)]
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    mentions: list[DateMention] = []
    last = 0
    for a, b, expr in found:
        if a < last:
            continue
        if isinstance(expr, Absolute | Relative) and _needs_direction(expr):
            expr = replace(expr, direction=weekday_direction(s, a, b))
        mentions.append(DateMention(start + a, start + b, text[start + a : start + b], expr))
        last = b
    return mentions
