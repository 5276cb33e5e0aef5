"""Whether a clause speaks of a time before the story's: "had equalled the record",
"matched the record last weekend", "was on hold two weeks ago"; or of a later time:
"could be champion in three weeks with six rounds remaining"; and the years that set a
clause ("in 2015", "In March 2020, …", "since 2019, when …").

A sheet states what holds at the time of its story; a state the copy gives for an
earlier time may have been true then ("the record he had equalled a week before, and
broke on Sunday"). `earlier_cue` finds the words that set a clause before the story:
the past perfect right before a phrase, or a past-time adverbial in the phrase's clause
that is not an act of reporting's own time ("said last week") nor part of a noun
phrase ("last week's vote").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checker.extract.dates_patterns import YEAR_WORD
from checker.text.reporting import reporting_spans

_UNITS = (
    r"(?:week|weekend|month|year|season|time|race|round|game|match|meeting|summer|winter|"
    r"spring|autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\d+)"
# A past-time adverbial; a possessive after it makes it part of a noun phrase instead.
_ADVERBIAL = re.compile(
    rf"\b(?:last\s+{_UNITS}|the\s+{_UNITS}\s+before|{_NUMBER}\s+{_UNITS}s?\s+(?:ago|earlier|before)"
    rf"|previously|formerly|in\s+the\s+past)\b(?!['’]s?\b)"
)
# The past perfect right before the phrase: "had equalled", "had already been cancelled".
_PERFECT = re.compile(
    r"\bhad\s+(?:(?:already|just|previously|earlier|also|only|once)\s+)?(?:been\s+)?$"
)
# Where a clause ends: another clause's words past it speak of something else.
_CLAUSE_MARK = re.compile(r"[;:()]|\s[-–—]\s|\b(?:but|while|although|though|whereas)\b")
_REPORTING_REACH = 24  # characters between a reporting word and its own time


def earlier_cue(folded: str, start: int, end: int) -> str | None:
    """The words that set the phrase at `start:end` of the folded sentence `folded` before
    the story's time, or None."""
    perfect = _PERFECT.search(folded, max(0, start - 40), start)
    if perfect is not None:
        return folded[perfect.start() : end]
    low = max((m.end() for m in _CLAUSE_MARK.finditer(folded, 0, start)), default=0)
    after = _CLAUSE_MARK.search(folded, end)
    high = len(folded) if after is None else after.start()
    for match in _ADVERBIAL.finditer(folded, low, high):
        if match.start() < end and match.end() > start:
            continue
        said = reporting_spans(folded, max(low, match.start() - _REPORTING_REACH), match.start())
        if not said:
            return match.group()
    return None


# A future-time adverbial: "in three weeks", "next season", "as early as", "by then".
_LATER = re.compile(
    rf"\b(?:in\s+{_NUMBER}\s+{_UNITS}s?(?:['’]\s*time)?|next\s+{_UNITS}|as\s+early\s+as"
    rf"|by\s+then|later\s+this\s+{_UNITS}|{_NUMBER}\s+{_UNITS}s?\s+(?:from\s+now|later))\b"
)


def later_cue(folded: str, low: int, start: int) -> str | None:
    """The words that set a value at `start` at a later time than the story's: a
    future-time adverbial in its clause (from `low`) before it, with no clause mark between."""
    found = None
    for match in _LATER.finditer(folded, low, start):
        found = match
    if found is None or _CLAUSE_MARK.search(folded, found.end(), start) is not None:
        return None
    return found.group()


# What ends the clause after a value.
_CLAUSE_END = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:and|but|while|although|though|whereas|when|which|who|that)\b"
)
_Y = r"(?:1[89]|20)\d\d"  # a year, inside the patterns below
_SINCE = re.compile(r"\b(?:since|from)\s+(?:[a-z]+\s+)?$")  # "since 2022": a period up to now
_BY = re.compile(r"\bby\s+$")  # "by 2031": a deadline
# A short time phrase that opens a sentence and governs it: "In March 2020, …".
_FRONTED = re.compile(
    r"\s*(?:(?:back|earlier|later)\s+)?(?:in|during|by|throughout)\s+[^,;]{0,24},"
)
# A time phrase set off by commas right before the clause: "The last time, in March 2020, …".
_SET_OFF = re.compile(rf",\s*(?:in|during|by|throughout)\s+[^,;]{{0,24}}?\b({_Y})\s*,\s*$")
# A clause about what the words before it name: "…, who was jailed".
_RELATIVE = re.compile(r"\b(?:who|which)\s*$")
# The year a "when" clause hangs from: "since 2019, when …", "in 2011, when …".
_WHEN_OF_YEAR = re.compile(rf"({_Y})\s*,?\s+when\b")
# A span of years: "between 2017 and 2022", "from 2017 to 2022", "2017-22".
_SPAN = re.compile(
    rf"\b(?:between\s+{_Y}\s+and|from\s+{_Y}\s+(?:to|until|through))\s+{_Y}\b"
    rf"|\b{_Y}\s*[-–]\s*(?:{_Y}|\d\d)\b"
)


class Year(NamedTuple):
    """A year that sets a clause, and whether it is a deadline ("by 2031")."""

    value: int
    deadline: bool = False

    def __str__(self) -> str:
        return f"by {self.value}" if self.deadline else str(self.value)


def _years_in(folded: str, low: int, high: int, skip: tuple[int, int] = (0, 0)) -> list[Year]:
    """The single years written in folded[low:high] outside `skip`: not those that start
    a period up to now ("since 2022") nor those of a span ("between 2017 and 2022"), a
    period the story may be about."""
    spans = [m.span() for m in _SPAN.finditer(folded, max(0, low - 16), high + 16)]
    return [
        Year(int(m.group()), _BY.search(folded, max(low, m.start() - 4), m.start()) is not None)
        for m in YEAR_WORD.finditer(folded, low, high)
        if not skip[0] <= m.start() < skip[1]
        and _SINCE.search(folded, max(low, m.start() - 16), m.start()) is None
        and not any(a <= m.start() < b for a, b in spans)
    ]


def clause_years(folded: str, sentence: int, stop: int, low: int, start: int, end: int
                 ) -> list[Year]:
    """The years that set the clause of a value at `start:end` (its clause begins at `low`
    in the sentence that spans `sentence:stop`): a year in the clause, in a short time phrase
    that opens the sentence or is set off by commas right before the clause, before a
    "who" or "which" clause that holds it, or the year a "when" clause holding it hangs
    from."""
    after = _CLAUSE_END.search(folded, end, stop)
    years = _years_in(folded, low, stop if after is None else after.start(), (start, end))
    fronted = _FRONTED.match(folded, sentence, start)
    if fronted is not None:
        years += _years_in(folded, fronted.start(), fronted.end())
    set_off = _SET_OFF.search(folded, max(sentence, low - 40), low)
    if set_off is not None:
        years.append(Year(int(set_off.group(1))))
    if _RELATIVE.search(folded, max(sentence, low - 8), low + 1):
        years += _years_in(folded, sentence, low)
    last_when = None
    for match in _WHEN_OF_YEAR.finditer(folded, sentence, start):
        last_when = match
    if last_when is not None and _CLAUSE_MARK.search(folded, last_when.end(), start) is None:
        years.append(Year(int(last_when.group(1))))
    return years
