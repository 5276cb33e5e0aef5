"""An event's time and zone, for a date fact: `date: 2025-03-18T17:57 America/New_York`.

The fact's day is the day in its own zone. A day in the copy also agrees when it is the
day of the same moment in a zone the copy names beside it ("Wednesday (IST)", "21:57 GMT")
or in a zone the sheet lists (`zones:` at the top of the sheet, or a source's `zone`).
Zones are IANA names read with `zoneinfo`; the copy's abbreviations are the common ones
below (an abbreviation names more than one zone in the world: these are the ones news
copy in English means by them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from checker.extract.timeline import DayRange

_TIME = re.compile(r"^\s*(?:(\d{4}-\d{2}-\d{2})[T ])?(\d{1,2}:\d{2}(?::\d{2})?)\s+(\S+)\s*$")
_ABBREVIATIONS = {
    "gmt": "UTC", "utc": "UTC", "bst": "Europe/London", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "ist": "Asia/Kolkata", "edt": "America/New_York",
    "est": "America/New_York", "et": "America/New_York", "cdt": "America/Chicago",
    "cst": "America/Chicago", "pdt": "America/Los_Angeles", "pst": "America/Los_Angeles",
    "jst": "Asia/Tokyo", "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "msk": "Europe/Moscow", "eet": "Europe/Athens", "eest": "Europe/Athens",
}
_IN_COPY = re.compile(r"\b(" + "|".join(a.upper() for a in _ABBREVIATIONS) + r")\b")


def read_zone(name: str) -> ZoneInfo:
    """An IANA zone, or an error naming the closest ones."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        pass
    from rapidfuzz import fuzz, process

    close = process.extract(name, sorted(available_timezones()), scorer=fuzz.WRatio, limit=3)
    hint = ", ".join(c[0] for c in close)
    raise ValueError(f"unknown time zone {name!r}; did you mean {hint}? (IANA names)")


@dataclass(frozen=True, slots=True)
class Moment:
    """A moment and the zone the sheet gives it in."""

    at: datetime  # aware

    def day_in(self, zone: ZoneInfo) -> date:
        return self.at.astimezone(zone).date()

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%dT%H:%M} {self.at.tzinfo}"


def parse_time(value: object, day: DayRange) -> Moment:
    """"17:57 America/New_York" (or "2025-03-18T17:57 America/New_York") on the fact's day."""
    match = _TIME.match(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(
            f"not a time: {value!r}; write 'HH:MM Zone', e.g. '17:57 America/New_York'"
        )
    if day.first != day.last:
        raise ValueError("a time needs the fact's date to be one day")
    written_day = match.group(1)
    if written_day is not None and written_day != day.first.isoformat():
        raise ValueError(f"the time's day {written_day} is not the fact's date {day.first}")
    try:
        clock = datetime.fromisoformat(f"{day.first.isoformat()}T{match.group(2):0>5}")
    except ValueError:
        raise ValueError(f"not a time of day: {match.group(2)!r}") from None
    return Moment(clock.replace(tzinfo=read_zone(match.group(3))))


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def days_around(
    moment: Moment, text: str, start: int, end: int, zones: tuple[str, ...]
) -> set[date]:
    """The days the moment falls on in its zone, the sheet's zones and a zone the copy
    names within a few words of text[start:end]."""
    days = {moment.at.date()}
    days |= {moment.day_in(_zone(z)) for z in zones}
    window = text[max(0, start - 40) : end + 40]
    days |= {moment.day_in(_zone(_ABBREVIATIONS[m.lower()])) for m in _IN_COPY.findall(window)}
    return days


def widened(fact_days: DayRange, days: set[date]) -> list[DayRange]:
    """The fact's day and each other day the moment falls on."""
    return [fact_days, *(DayRange.day(d) for d in sorted(days) if not fact_days.contains(d))]
