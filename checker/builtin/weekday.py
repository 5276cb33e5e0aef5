"""A check that needs no fact sheet: a weekday written with a date must be that date's
weekday ("Wednesday, Oct. 21, 2025" is wrong: it was a Tuesday). Without a written year
the year comes from the dateline, else from the year of the dated fact the date belongs to
(a date that fits its fact but for the weekday)."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date

from checker.engine.placement import Attached
from checker.extract.dates import DateMention, find_dates
from checker.extract.timeline import Absolute, resolve, resolve_yearless
from checker.findings import Finding
from checker.kinds.date import DateFact
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import Sentence

RULE = "builtin.weekday-date"
# A weekday followed closely by a month or a day number: the only places worth reading.
# One pattern per first letter, so that each search skips ahead to a single character
# (the fastest case for `re`: a class of the five letters stops at a quarter of all
# letters, and more slowly); the lookbehind stands in for a leading \b.
_WEEKDAY_STEMS = {"m": "on", "t": "ues?|hu(?:rs?)?", "w": "ed(?:nes)?", "f": "ri",
                  "s": "at(?:ur)?|un"}
_WEEKDAYS_WITH_DATE = tuple(
    re.compile(  # over folded (lower-case) text
        rf"{letter}(?<!\w{letter})(?:{rest})(?:day)?\b"
        r"[\s,.(]{1,4}(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    )
    for letter, rest in _WEEKDAY_STEMS.items()
)


def weekday_findings(
    doc: Document,
    sentences: list[Sentence],
    datelines: tuple[date, ...] | None,
    dates_in: Callable[[Sentence], list[DateMention]] | None = None,
    folded_text: str | None = None,
    fact_years: dict[int, int] | None = None,
) -> list[Finding]:
    """Warnings for weekdays that do not match their dates; `dates_in` gives the dates of
    a sentence, `folded_text` the folded document (the engine has both at hand), and
    `fact_years` the year of the fact each yearless date (by its start) belongs to."""
    text = doc.analysis
    folded = fold(text) if folded_text is None else folded_text
    hits = [m.start() for pattern in _WEEKDAYS_WITH_DATE for m in pattern.finditer(folded)]
    if not hits:
        return []
    starts = [start for start, _ in sentences]
    candidates = {bisect_right(starts, hit) - 1 for hit in hits}
    findings = []
    for sentence in (sentences[i] for i in sorted(candidates) if i >= 0):
        found = dates_in(sentence) if dates_in else find_dates(text, sentence.start, sentence.end)
        for mention in found:
            expr = mention.expr
            if not isinstance(expr, Absolute) or expr.weekday is None or expr.day is None:
                continue
            if expr.year is not None:
                value = resolve(expr, None)
            elif datelines:
                value = resolve(expr, datelines[0])
            elif fact_years and mention.start in fact_years:
                value = resolve_yearless(expr, fact_years[mention.start])
            else:
                continue
            if value is None or len(value.candidates) != 1:
                continue
            actual = value.candidates[0].first
            if actual.weekday() == expr.weekday:
                continue
            written = calendar.day_name[expr.weekday]
            true = calendar.day_name[actual.weekday()]
            findings.append(
                doc.finding(
                    RULE,
                    (mention.start, mention.end),
                    found=written,
                    expected=f"{actual.isoformat()} is a {true}",
                    message=f"{actual:%d %B %Y} was a {true}, not a {written}",
                    sentence=sentence,
                )
            )
    return findings


def fact_years(attached: list[Attached]) -> dict[int, int]:
    """For each yearless weekday-and-date attached to a dated fact within one year, that
    year, when the date (weekday aside) falls inside the fact: by the mention's start."""
    years: dict[int, int] = {}
    for item in attached:
        mention, fact = item.evidence.value, item.fact.fact
        if not isinstance(mention, DateMention) or not isinstance(fact, DateFact):
            continue
        expr = mention.expr
        if not isinstance(expr, Absolute) or expr.year is not None or expr.weekday is None:
            continue
        year = fact.date.first.year
        if fact.date.last.year == year and resolve_yearless(expr, year).overlaps(fact.date):
            years[mention.start] = year
    return years
