"""Find date expressions in a sentence and return them as symbolic mentions.

Spans keep "on" / "in" / "last" / "this" / "next" / "early" / "mid-" / "late" when they are
part of the expression ("on Thursday", "in September", "last Friday", "mid-October") but
not other prepositions ("since 2022" gives "2022"), nor a possessive ("Thursday's" gives
"Thursday"). Bare weekdays get their direction from the clause's tense (`tense.py`).
Overlapping candidates are settled by earliest start, then longest span.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from checker.extract import dates_patterns as p
from checker.extract.tense import Direction, weekday_direction
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


def _ends_linked(rx: re.Pattern[str], before: str) -> bool:
    """`rx.search(before)` for `rx` = a month or year, "to" / "and" / ..., end."""
    return before.rstrip().endswith(p.LINKS) and rx.search(before) is not None


def _tight(s: str) -> bool:
    """Are no two whitespace characters of `s` adjacent? (Then the `*_REACH` bounds of
    `dates_patterns` hold.) Printable text has no whitespace but the ASCII space."""
    if s.isprintable():
        return "  " not in s
    return p.DOUBLE_SPACE.search(s) is None


def _from(s: str, first: int) -> int:
    """Where to scan from for matches whose core starts at `first` or later."""
    return max(0, first - p.DATE_REACH) if _tight(s) else 0


def _scan(
    rx: re.Pattern[str],
    core: re.Pattern[str],
    reach: int,
    s: str,
    c: re.Match[str] | None,
    word: bool = False,
) -> Iterator[re.Match[str]]:
    """`rx.finditer(s)` for a regex that matches wherever `core` does (where it starts a word
    if `word`) and whose every match holds such a `core` match at most `reach` characters
    after its start; `c` is the first `core` match. Each search starts just before the next
    `core` match instead of trying every position of the sentence."""
    if c is not None and not _tight(s):
        yield from rx.finditer(s)
        return
    pos = 0
    while c is not None:
        q = c.start()
        if word and q and (s[q - 1].isalnum() or s[q - 1] == "_"):
            c = core.search(s, q + 1)  # no \b before the core: not a match of rx
            continue
        m = rx.search(s, max(pos, q - reach))
        if m is None:  # cannot happen: rx matches where core does
            return
        yield m
        pos = m.end()
        c = core.search(s, pos)


def _absolutes(s: str, month_name: re.Match[str] | None) -> Iterator[Found]:
    if "-" in s and p.ISO_CORE.search(s):
        for m in p.ISO.finditer(s):
            month, day = int(m.group("m")), int(m.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                yield m.start(), m.end(), Absolute(int(m.group("y")), month, day)
    if month_name is None:
        return
    first = p.WEEKDAY_NAME.search(s) if "day" in s else None
    if first is not None:
        for m in p.WEEKDAY_DATE.finditer(s, _from(s, first.start())):
            expr = _month_day(m, p.WEEKDAYS[m.group("wd").lower()])
            if expr is not None:
                yield m.start(), m.end(), expr
    starts = [c.start() for c in (p.MONTH_DAY_CORE.search(s), p.DAY_MONTH_CORE.search(s)) if c]
    if starts:
        for m in p.MONTH_DAY.finditer(s, _from(s, min(starts))):
            expr = _month_day(m)
            if expr is not None:
                yield m.start(), m.end(), expr
    first = p.MONTH_YEAR_CORE.search(s) if "19" in s or "20" in s else None
    if first is not None:
        for m in p.MONTH_YEAR.finditer(s, _from(s, first.start())):
            yield m.start(), m.end(), Absolute(int(m.group("y")), _month(m.group("mon")), None)


def _months(s: str, month_name: re.Match[str]) -> Iterator[Found]:
    for m in _scan(p.MONTH_ONLY, p.MONTH_NAME, p.MONTH_REACH, s, month_name):
        mon = m.group("mon")
        if len(mon) == 3 and mon != "May":  # abbreviation without a period: never alone
            continue
        start = m.start()
        if not (m.group("in") or m.group("pre") or m.group("mod")):
            before = _before(s, start)
            wordlike = mon.lower() in p.WORDLIKE_MONTHS
            if not (
                p.ends_with(p.PREP_BEFORE, before, 10)
                or _ends_linked(p.MONTH_BEFORE, before)
                or (m.group("poss") and not wordlike)
            ):
                continue
        elif m.group("poss") and mon.lower() in p.WORDLIKE_MONTHS and not m.group("pre"):
            continue
        yield start, m.end("mon"), Absolute(None, _month(mon), None)


def _years(s: str) -> Iterator[Found]:
    for m in _scan(p.YEAR_ONLY, p.YEAR_CORE, p.DATE_REACH, s, p.YEAR_CORE.search(s), True):
        before = _before(s, m.start())
        if (
            m.group("in")
            or m.group("mod")
            or p.ends_with(p.PREP_BEFORE, before, 10)
            or _ends_linked(p.YEAR_BEFORE, before)
        ):
            yield m.start(), m.end(), Absolute(int(m.group("y")), None, None)


def _relative_days(s: str) -> Iterator[Found]:
    for m in p.REL_DAY.finditer(s):
        if p.ends_with(p.THE_BEFORE, _before(s, m.start()), 3):
            continue
        word = (m.group("word") or m.group("glued") or "").lower()
        if m.group("dby"):
            offset = -2 if m.group("dby").lower().startswith("before") else 2
        elif m.group("yesterday") or word == "yesterday":
            offset = -1
        else:
            offset = 1 if word == "tomorrow" else 0
        yield m.start(), m.end(), Relative("day", offset)


def _ago(s: str) -> Iterator[Found]:
    for m in p.AGO.finditer(s):
        n = m.group("n").lower()
        count = p.NUMBERS[n] if n in p.NUMBERS else int(n)
        yield m.start(), m.end(), Relative(_unit(m.group("unit")), -count)


def _relative_periods(s: str) -> Iterator[Found]:
    for m in p.REL_UNIT.finditer(s):
        if m.group("unit2"):
            yield m.start(), m.end(), Relative(_unit(m.group("unit2")), -2)
        elif not p.ends_with(p.THE_BEFORE, _before(s, m.start()), 3):
            pre = (m.group("pre") or "this").lower()
            offset = {"last": -1, "this": 0, "next": 1}[pre]
            part = m.group("part")
            whole: Literal["whole", "earlier", "later"] = "whole"
            if part:
                whole = "earlier" if part.lower() == "earlier" else "later"
            yield m.start(), m.end(), Relative(_unit(m.group("unit")), offset, part=whole)


def _weekdays(s: str) -> Iterator[Found]:
    for m in p.WEEKDAY.finditer(s):
        not_after = p.ends_with(p.WEEKDAY_NOT_AFTER, _before(s, m.start("wd")), 6)
        if not_after or p.WEEKDAY_NOT_BEFORE.match(s, m.end("wd")):
            continue
        wd = p.WEEKDAYS[m.group("wd").lower()]
        pre = (m.group("pre") or "").lower()
        if pre and p.ends_with(p.THE_BEFORE, _before(s, m.start()), 3):
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


def _anaphora(s: str) -> Iterator[Found]:
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
            if unit != "day" and p.ends_with(p.ROLLING_BEFORE, _before(s, the), 10):
                continue
            shift = 0 if rel == "same" else 1 if rel in ("following", "next") else -1
            expr = Anaphoric(unit, shift, shift, "preceding")
        else:
            expr = Anaphoric(_unit(m.group("u4")), 0, 0, "preceding")
        yield m.start(), m.end(), expr


def _needs_direction(expr: Absolute | Relative) -> bool:
    """Bare weekdays and yearless dates take a direction from the clause's tense."""
    if isinstance(expr, Relative):
        return expr.unit == "weekday" and expr.direction == "unknown"
    return isinstance(expr, Absolute) and expr.year is None and expr.month is not None


def _directed(expr: Absolute | Relative, direction: Direction) -> Absolute | Relative:
    """`expr` with its direction set (faster than `dataclasses.replace`)."""
    if isinstance(expr, Absolute):
        return Absolute(expr.year, expr.month, expr.day, expr.weekday, direction)
    return Relative(expr.unit, expr.offset, expr.weekday, direction, expr.part)


def _resolved(s: str) -> tuple[Found, ...]:
    """The date expressions of sentence `s`, offsets into `s`."""
    low = s.lower()
    # Letters that IGNORECASE folds onto ASCII ones defeat the literal pre-checks on `low`;
    # without them, every scanner's pre-check implies the general cue check.
    odd = not s.isascii() and p.ODD_FOLD.search(s) is not None
    if odd and not p.has_cue(s):
        return ()
    # Each scanner only where its cheap pre-check passes; the order settles equal spans.
    found: list[Found] = []
    month_name = p.MONTH_NAME.search(s)
    if (month_name is not None or "-" in s) and p.DIGIT.search(s):
        found += _absolutes(s, month_name)
    if month_name is not None:
        found += _months(s, month_name)
    if "19" in s or "20" in s:
        found += _years(s)
    day = "day" in low
    units = "year" in low or "week" in low or "month" in low
    parts = "night" in low or "morning" in low or "evening" in low or "noon" in low
    if (day or parts or "morrow" in low) and (odd or p.any_in(low, p.REL_DAY_CUES)):
        found += _relative_days(s)
    if units or day:
        if odd or (units and p.any_in(low, p.REL_UNIT_CUES)):
            found += _relative_periods(s)
        if "ago" in low:
            found += _ago(s)
    if "day" in s and p.WEEKDAY_NAME.search(s):
        found += _weekdays(s)
    if (odd or day or units or parts) and p.any_in(low, p.ANAPHORA_CUES):
        found += _anaphora(s)
    if len(found) > 1:
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[Found] = []
    last = 0
    for a, b, expr in found:
        if a < last:
            continue
        if isinstance(expr, Absolute | Relative) and _needs_direction(expr):
            expr = _directed(expr, weekday_direction(s, a, b))
        kept.append((a, b, expr))
        last = b
    return tuple(kept)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end] (one sentence of a larger document), in order,
    non-overlapping, with offsets absolute into `text`."""
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    return [
        DateMention(start + a, start + b, text[start + a : start + b], expr)
        for a, b, expr in _resolved(text[start:end])
    ]
