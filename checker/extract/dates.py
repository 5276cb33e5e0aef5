"""Find date expressions in a sentence and return them as symbolic mentions.

Spans keep "on" / "in" / "last" / "this" / "next" / "early" / "mid-" / "late" when they are
part of the expression ("on Thursday", "in September", "last Friday", "mid-October") but
not other prepositions ("since 2022" gives "2022"), nor a possessive ("Thursday's" gives
"Thursday"). Bare weekdays get their direction from the clause's tense (`tense.py`).
Overlapping candidates are settled by earliest start, then longest span.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal

from checker.extract import dates_patterns as p
from checker.extract.tense import Signal, direction, signals
from checker.extract.timeline import Absolute, Anaphoric, DateExpr, Relative


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text; offsets are absolute into the scanned text."""

    start: int
    end: int
    text: str
    expr: DateExpr
    zone: str | None = None  # a time zone written beside it: "on Wednesday (IST)"


# Yearless dates and bare weekdays take a direction from the clause's tense, which is only
# worked out for those that are kept: until then they are `partial`s taking the direction.
Undirected = partial[Absolute] | partial[Relative]
Found = tuple[int, int, DateExpr | Undirected]
Unit = Literal["day", "week", "month", "year"]
_UNITS: dict[str, Unit] = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _unit(word: str) -> Unit:
    return _UNITS.get(p.plain(word), "day")  # parts of the day count as days


def _month(token: str) -> int:
    return p.MONTHS[token[:3]]


def _month_day(m: re.Match[str], weekday: int | None = None) -> Absolute | Undirected | None:
    i = "1" if m.group("mon1") else "2"
    day = int(m.group("d" + i))
    if not 1 <= day <= 31:
        return None
    year = m.group("y" + i)
    if year:
        return Absolute(int(year), _month(m.group("mon" + i)), day, weekday)
    return partial(Absolute, None, _month(m.group("mon" + i)), day, weekday)


def _ends_linked(rx: re.Pattern[str], s: str, i: int) -> bool:
    """`rx.search(s[i - 30:i])` for `rx` = a month or year, "to" / "and" / ..., end."""
    before = s[max(0, i - 30) : i]
    return before.rstrip().endswith(p.LINKS) and rx.search(before) is not None


def _tight(s: str) -> bool:
    """Are no two whitespace characters of `s` adjacent? (Then the `*_REACH` bounds of
    `dates_patterns` hold.) Printable text has no whitespace but the ASCII space."""
    if s.isprintable():
        return "  " not in s
    return p.DOUBLE_SPACE.search(s) is None


def _scan(
    rx: re.Pattern[str],
    core: re.Pattern[str],
    reach: int,
    s: str,
    c: re.Match[str] | None,
    tight: bool,
    word: bool = False,
    low: str | None = None,
) -> list[re.Match[str]]:
    """`list(rx.finditer(s))` for a regex whose every match holds a `core` match (where it
    starts a word if `word`) at most `reach` characters after its start when `tight`
    (`_tight(s)`); `c` is the first `core` match, in `low` if given (`s` lower-cased,
    without ODD_FOLD letters), else in `s`. Each search starts just before the next `core`
    match instead of trying every position of the sentence."""
    if c is not None and not tight:
        return list(rx.finditer(s))
    text = s if low is None else low
    found = []
    pos = 0
    while c is not None:
        q = c.start()
        if word and q and (s[q - 1].isalnum() or s[q - 1] == "_"):
            c = core.search(text, q + 1)  # no \b before the core: not a match of rx
            continue
        m = rx.search(s, max(pos, q - reach))
        if m is None:
            break
        found.append(m)
        pos = m.end()
        c = core.search(text, pos)
    return found


def _absolutes(
    s: str,
    month_name: re.Match[str] | None,
    weekday: re.Match[str] | None,
    tight: bool,
) -> Iterator[Found]:
    if "-" in s and p.ISO_CORE.search(s):
        for m in p.ISO.finditer(s):
            month, day = int(m.group("m")), int(m.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                yield m.start(), m.end(), Absolute(int(m.group("y")), month, day)
    if month_name is None:
        return
    if weekday is not None:
        for m in _scan(p.WEEKDAY_DATE, p.WEEKDAY_NAME, p.DATE_REACH, s, weekday, tight):
            expr = _month_day(m, p.WEEKDAYS[m.group("wd")])
            if expr is not None:
                yield m.start(), m.end(), expr
    for m in _scan(p.MONTH_DAY, p.MONTH_NAME, p.MONTH_DAY_REACH, s, month_name, tight):
        expr = _month_day(m)
        if expr is not None:
            yield m.start(), m.end(), expr
    if "19" in s or "20" in s:
        first = p.MONTH_YEAR_CORE.search(s, month_name.start())
        for m in _scan(p.MONTH_YEAR, p.MONTH_YEAR_CORE, p.DATE_REACH, s, first, tight):
            yield m.start(), m.end(), Absolute(int(m.group("y")), _month(m.group("mon")), None)


def _months(s: str, month_name: re.Match[str], tight: bool) -> Iterator[Found]:
    for m in _scan(p.MONTH_ONLY, p.MONTH_NAME, p.MONTH_REACH, s, month_name, tight):
        mon = m.group("mon")
        if len(mon) == 3 and mon != "May":  # abbreviation without a period: never alone
            continue
        start = m.start()
        if start == m.start("mon"):  # no "in", "last" / "this" / "next" nor "early" / "mid-"
            if not (
                p.ends_with(p.PREP_BEFORE, s, start, 10)
                or _ends_linked(p.MONTH_BEFORE, s, start)
                or (m.group("poss") and mon.lower() not in p.WORDLIKE_MONTHS)
            ):
                continue
        elif m.group("poss") and mon.lower() in p.WORDLIKE_MONTHS and not m.group("pre"):
            continue
        pre = p.plain(m.group("pre").strip()) if m.group("pre") else None
        if pre is not None and not m.group("mod"):  # "last June": before this month
            side = _MONTH_SIDES[pre]
            yield start, m.end("mon"), Absolute(None, _month(mon), None, direction=side)
        else:
            yield start, m.end("mon"), partial(Absolute, None, _month(mon), None)


_MONTH_SIDES: dict[str, Literal["before", "after", "this"]] = {
    "last": "before", "next": "after", "this": "this",
}  # fmt: skip


def _years(s: str, tight: bool) -> Iterator[Found]:
    first = p.YEAR_CORE.search(s)
    for m in _scan(p.YEAR_ONLY, p.YEAR_CORE, p.DATE_REACH, s, first, tight, word=True):
        start = m.start()
        if (
            start < m.start("y")  # "in" or "early" / "mid-"
            or p.ends_with(p.PREP_BEFORE, s, start, 10)
            or _ends_linked(p.YEAR_BEFORE, s, start)
        ):
            yield start, m.end(), Absolute(int(m.group("y")), None, None)


def _relative_days(s: str) -> Iterator[Found]:
    for m in p.REL_DAY.finditer(s):
        if p.ends_with(p.THE_BEFORE, s, m.start(), 3):
            continue
        word = p.plain(m.group("word") or m.group("glued") or "")
        if m.group("dby"):
            offset = -2 if p.plain(m.group("dby")).startswith("before") else 2
        elif m.group("yesterday") or word == "yesterday":
            offset = -1
        else:
            offset = 1 if word == "tomorrow" else 0
        yield m.start(), m.end(), Relative("day", offset)


def _ago(s: str) -> Iterator[Found]:
    for m in p.AGO.finditer(s):
        n = p.plain(m.group("n"))
        count = p.NUMBERS[n] if n in p.NUMBERS else int(n)
        yield m.start(), m.end(), Relative(_unit(m.group("unit")), -count)


def _in_spans(s: str) -> Iterator[Found]:
    for m in p.IN_SPAN.finditer(s):
        if p.SPAN_NOT_AFTER.search(s[max(0, m.start() - 40) : m.start()]):
            continue
        n = p.plain(m.group("n"))
        count = p.NUMBERS[n] if n in p.NUMBERS else int(n)
        days, spread = p.SPAN_DAYS[_unit(m.group("unit"))]
        yield m.start(), m.end(), partial(Relative, "day", days * count, spread=spread)


def _scan_lower(
    rx: re.Pattern[str], core: re.Pattern[str], reach: int, s: str, low: str, odd: bool,
    tight: bool,
) -> Iterable[re.Match[str]]:
    """`_scan` with the core searched in `low`; every position of `s` is tried when it has
    ODD_FOLD letters (`odd`), which the lower-cased core would miss."""
    if odd:
        return rx.finditer(s)
    return _scan(rx, core, reach, s, core.search(low), tight, low=low)


def _relative_periods(s: str, low: str, odd: bool, tight: bool) -> Iterator[Found]:
    for m in _scan_lower(p.REL_UNIT, p.UNIT_CORE, p.REL_UNIT_REACH, s, low, odd, tight):
        if m.group("unit2"):
            yield m.start(), m.end(), Relative(_unit(m.group("unit2")), -2)
        elif not p.ends_with(p.THE_BEFORE, s, m.start(), 3):
            pre = p.plain(m.group("pre") or "this")
            offset = {"last": -1, "this": 0, "next": 1}[pre]
            part = m.group("part")
            whole: Literal["whole", "earlier", "later"] = "whole"
            if part:
                whole = "earlier" if p.plain(part) == "earlier" else "later"
            yield m.start(), m.end(), Relative(_unit(m.group("unit")), offset, part=whole)


def _weekdays(s: str, weekday: re.Match[str], tight: bool) -> Iterator[Found]:
    for m in _scan(p.WEEKDAY, p.WEEKDAY_NAME, p.WEEKDAY_REACH, s, weekday, tight):
        wd_start, wd_end = m.span("wd")
        if p.ends_with(p.WEEKDAY_NOT_AFTER, s, wd_start, 6) or p.WEEKDAY_NOT_BEFORE.match(
            s, wd_end
        ):
            continue
        wd = p.WEEKDAYS[m.group("wd")]
        start = m.start()
        pre = m.group("pre")
        if pre is not None:
            if p.ends_with(p.THE_BEFORE, s, start, 3):
                continue
            pre = p.plain(pre)
        expr: Relative | Undirected
        if pre == "last":
            expr = Relative("weekday", -1, wd, "past")
        elif pre == "next":
            expr = Relative("weekday", 1, wd, "future")
        elif pre == "this":
            expr = Relative("weekday", 0, wd, "this")
        else:  # none, or one with an ODD_FOLD letter
            expr = partial(Relative, "weekday", 0, wd)
        yield start, m.end(), expr


def _anchor(s: str, end: int) -> Literal["preceding", "following"]:
    return "preceding" if p.NO_EVENT_AFTER.match(s, end) else "following"


def _anaphora(s: str, low: str, odd: bool, tight: bool) -> Iterator[Found]:
    trading: bool | None = None  # does the sentence speak of trading? Asked once, if at all
    for m in _scan_lower(p.ANAPHORA, p.ANAPHORA_CORE, p.ANAPHORA_REACH, s, low, odd, tight):
        if m.group("u1"):
            sign = -1 if p.plain(m.group("rel1")) == "before" else 1
            expr = Anaphoric(_unit(m.group("u1")), sign, sign, _anchor(s, m.end()))
        elif m.group("u2"):
            rel = p.plain(m.group("rel2"))
            unit = _unit(m.group("u2"))
            n, vague = m.group("n"), m.group("vague")
            if n:
                word = p.plain(n)
                count = p.NUMBERS[word] if word in p.NUMBERS else int(word)
                lo, hi = count, count
            elif vague:
                lo, hi = p.VAGUE_COUNT[" ".join(p.plain(vague).split())]
            elif m.group("pl"):
                lo, hi = p.VAGUE[unit]
            else:
                continue
            anchor = _anchor(s, m.end()) if rel in ("after", "before") else "preceding"
            if rel in ("earlier", "before"):
                lo, hi = -hi, -lo
            expr = Anaphoric(unit, lo, hi, anchor)
        elif m.group("u3"):
            rel, unit = p.plain(m.group("rel3")), _unit(m.group("u3"))
            the = m.end("on3") if m.group("on3") else m.start()
            if unit != "day" and p.ends_with(p.ROLLING_BEFORE, s, the, 10):
                continue
            shift = 0 if rel == "same" else 1 if rel in ("following", "next") else -1
            expr = Anaphoric(unit, shift, shift, "preceding")
        else:
            expr = Anaphoric(_unit(m.group("u4")), 0, 0, "preceding")
        if expr.unit == "day" and (expr.offset_min or expr.offset_max):
            if trading is None:
                trading = p.TRADING.search(s) is not None
            if trading:  # "shares closed higher the day before": also a trading day
                expr = replace(expr, trading=True)
        yield m.start(), m.end(), expr


def _mentions(s: str, offset: int) -> list[DateMention]:
    """The date expressions of sentence `s`, which starts at `offset` in the scanned text."""
    low = s.lower()
    # Letters that IGNORECASE folds onto ASCII ones defeat the literal pre-checks on `low`;
    # without them, every scanner's pre-check implies the general cue check.
    odd = not s.isascii() and p.ODD_FOLD.search(s) is not None
    if odd and not p.has_cue(s):
        return []
    tight = _tight(s)
    # Each scanner only where its cheap pre-check passes; the order settles equal spans.
    found: list[Found] = []
    month_name = p.MONTH_NAME.search(s)
    weekday = p.WEEKDAY_NAME.search(s) if "day" in s else None
    if (month_name is not None or "-" in s) and p.DIGIT.search(s):
        found += _absolutes(s, month_name, weekday, tight)
    if month_name is not None:
        found += _months(s, month_name, tight)
    if "19" in s or "20" in s:
        found += _years(s, tight)
    day = "day" in low
    units = "year" in low or "week" in low or "month" in low
    parts = not day and ("night" in low or "morning" in low or "evening" in low or "noon" in low)
    if (day or parts or "morrow" in low) and (odd or p.any_in(low, p.REL_DAY_CUES)):
        found += _relative_days(s)
    if units or day:
        if odd or (units and p.any_in(low, p.REL_UNIT_CUES)):
            found += _relative_periods(s, low, odd, tight)
        if "ago" in low:
            found += _ago(s)
        if "in " in low:
            found += _in_spans(s)
    if weekday is not None:
        found += _weekdays(s, weekday, tight)
    if (odd or day or units or parts) and p.any_in(low, p.ANAPHORA_CUES):
        found += _anaphora(s, low, odd, tight)
    if len(found) > 1:
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[DateMention] = []
    last = 0
    sentence_signals: list[Signal] | None = None
    for a, b, expr in found:
        if a < last:
            continue
        if isinstance(expr, partial):
            if sentence_signals is None:
                sentence_signals = signals(s, low)
            expr = expr(direction=direction(s, sentence_signals, a, b))
            if isinstance(expr, Relative) and expr.unit == "day" and expr.direction != "future":
                continue  # "in three weeks" in a past clause is a span, not a date
        kept.append(DateMention(offset + a, offset + b, s[a:b], expr))
        last = b
    if len(kept) > 1 and units:
        kept = _of_relative_year(s, offset, kept)
    if kept and p.ZONE_CUE.search(s):
        kept = _zoned(s, offset, kept)
    return kept


def _of_relative_year(s: str, offset: int, kept: list[DateMention]) -> list[DateMention]:
    """A yearless date right before "last / this / next year" is of that year: "in June
    last year", "on 5 May this year", "July of next year" make one mention; and so is the
    one that opens a range ending there ("between March and July of last year")."""
    merged: list[DateMention] = []
    for mention in kept:
        expr = mention.expr
        before = merged[-1] if merged else None
        if (
            before is not None
            and isinstance(expr, Relative)
            and expr.unit == "year"
            and expr.part == "whole"
            and _yearless(before)
            and p.OF_YEAR_GAP.fullmatch(s, before.end - offset, mention.start - offset)
        ):
            assert isinstance(before.expr, Absolute)
            whole = replace(expr, month=before.expr.month, day=before.expr.day)
            text = s[before.start - offset : mention.end - offset]
            merged[-1] = mention = DateMention(before.start, mention.end, text, whole)
            opening = merged[-2] if len(merged) > 1 else None
            if (
                opening is not None
                and _yearless(opening)
                and p.RANGE_GAP.fullmatch(s, opening.end - offset, mention.start - offset)
            ):
                assert isinstance(opening.expr, Absolute)
                same = replace(whole, month=opening.expr.month, day=opening.expr.day)
                merged[-2] = replace(opening, expr=same)
            continue
        merged.append(mention)
    return merged


def _yearless(mention: DateMention) -> bool:
    expr = mention.expr
    return isinstance(expr, Absolute) and expr.year is None and expr.month is not None


def _zoned(s: str, offset: int, kept: list[DateMention]) -> list[DateMention]:
    """The mentions with the time zone written near them, if any ("3:27 am IST on
    Wednesday", "on Wednesday (IST)", "on Sunday, Indian time")."""
    zones = [(m.start(), m.end(), m.group("zone") or m.group(2)) for m in p.ZONE.finditer(s)]
    marked = []
    for mention in kept:
        a, b = mention.start - offset, mention.end - offset
        near = [z for z in zones if a - p.ZONE_BEFORE <= z[0] and z[1] <= b + p.ZONE_AFTER]
        if near:
            nearest = min(near, key=lambda z: min(abs(z[1] - a), abs(z[0] - b)))
            mention = replace(mention, zone=" ".join(nearest[2].split()))
        marked.append(mention)
    return marked


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end] (one sentence of a larger document), in order,
    non-overlapping, with offsets absolute into `text`."""
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    return _mentions(text[start:end], start)
