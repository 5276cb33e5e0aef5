"""Infer an article's publication date from its relative mentions of dated facts.

"Rubio spoke to Lavrov yesterday" with the call on 20 October says the article is of
21 October. Every candidate day is scored by how many relative mentions it makes right;
the best-scored days are the dateline (a range when the evidence allows several, as
"last week" does). A mention that disagrees with the best days is then judged, and
reported, like any other contradiction.

Only mentions that surely belong to their event are clues (`clue_strength`): a date said
of a reporting act ("said on Sunday") or standing in another clause than the trigger is
not. Calendar dates written without a year ("on Sept. 17") never propose days, but each
one that a candidate day makes wrong counts against it twice: an explicit date outranks
one relative mention, so one misattached "on Sunday" cannot date a story to another year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from checker.extract.dates import DateMention
from checker.extract.tense import VERB_AFTER
from checker.kinds.date import UNIT_DAYS, DateFact
from checker.matcher import CompiledFact
from checker.placement import Attached
from checker.text.segment import STRONG_BOUNDARY, WEAK_BOUNDARY
from checker.timeline import Absolute, Anaphoric, Relative, resolve

EXPLICIT_WEIGHT = 2  # an explicit date counts as much as this many relative ones
_STORY_LEAD = timedelta(days=366)  # how long before its story an article may be written

_REPORTING = (
    "said says say told tells announced announces reported reports tweeted tweets posted "
    "posts wrote writes confirmed confirms added adds stated states explained explains "
    "noted notes declared declares claimed claims insisted insists warned warns revealed "
    "reveals disclosed discloses acknowledged admitted argued testified"
)
_REPORT = "|".join(_REPORTING.split())
_REPORT_BEFORE = re.compile(rf"\b(?:{_REPORT})\s+$", re.IGNORECASE)  # "said last week"
_REPORT_AFTER = re.compile(rf"\s+(?:{_REPORT})\b", re.IGNORECASE)  # "on Sunday said"
_REPORT_WORD = re.compile(rf"\b(?:{_REPORT})\b", re.IGNORECASE)
_RELATIVE_OPENS = re.compile(r",?\s+(?:which|who|that|where|when)\b", re.IGNORECASE)
_FRONTED = re.compile(r"\s*,")
# "the last presidential election", "the previous race": another edition of the event.
_ANOTHER_EDITION = re.compile(
    r"(?i:\b(?:last|previous|prior|preceding|past|earlier)\s+(?:[\w-]+\s+){0,2}$)"
)
_PUNCT_BREAK = re.compile(r"[,;:()\u2013\u2014]")


@dataclass(frozen=True, slots=True)
class Clue:
    mention: DateMention
    fact: DateFact
    rule: str
    sheet: str  # the stem of the fact's sheet

    @property
    def explicit(self) -> bool:
        """A calendar date without a year: it checks days but proposes none."""
        return isinstance(self.mention.expr, Absolute)


@dataclass(frozen=True, slots=True)
class Inferred:
    days: tuple[date, ...]
    evidence: tuple[tuple[DateMention, str], ...]  # the agreeing mentions and why each counts
    set_aside: tuple[tuple[DateMention, str], ...] = ()  # weak clues not used, and why
    refuted: tuple[tuple[DateMention, str], ...] = ()  # clues outvoted or implausible

    @property
    def label(self) -> str:
        """ "2025-10-21", a range "2025-10-20..2025-10-26", or days "2025-10-18 or 2025-10-21"."""
        first, last = self.days[0], self.days[-1]
        if first == last:
            return first.isoformat()
        if (last - first).days + 1 == len(self.days):
            return f"{first}..{last}"
        return " or ".join(d.isoformat() for d in self.days)


def said_of_reporting(text: str, mention: DateMention, trigger: tuple[int, int]) -> bool:
    """Is the date the time of a reporting act rather than of its event: next to a
    reporting verb ("said on Sunday", "on Sunday said") or with one between it and the
    trigger ("On Sunday, the minister said the crash …")? A verb that is the trigger
    itself does not count."""
    start, end = mention.start, mention.end
    low, high = (end, trigger[0]) if end <= trigger[0] else (trigger[1], start)
    verbs = (
        _REPORT_BEFORE.search(text, max(0, start - 16), start),
        _REPORT_AFTER.match(text, end),
        _REPORT_WORD.search(text, low, high) if low < high else None,
    )
    return any(
        v is not None and not (v.start() < trigger[1] and trigger[0] < v.end()) for v in verbs
    )


def owned_by_verb(text: str, mention: DateMention, trigger: tuple[int, int]) -> bool:
    """Does the date open the predicate of another clause than its trigger's: after a
    clause boundary that follows the trigger, right before a past verb of its own ("As
    for the crash site, the minister on Sunday waved …")?"""
    if trigger[1] > mention.start or VERB_AFTER.match(text, mention.end) is None:
        return False
    low, high = trigger[1], mention.start
    return (
        _RELATIVE_OPENS.match(text, low) is None
        and _PUNCT_BREAK.search(text, low, high) is not None
    )


def other_time(text: str, mention: DateMention, trigger: tuple[int, int]) -> str | None:
    """Whose time a date attached to a trigger is, when surely not the event's."""
    if said_of_reporting(text, mention, trigger):
        return "the time of the reporting, not of the event"
    if owned_by_verb(text, mention, trigger):
        return "the time of another clause's verb"
    if _ANOTHER_EDITION.search(text, max(0, trigger[0] - 40), trigger[0]):
        return "another edition of the event"
    return None


def weak_reason(text: str, mention: DateMention, trigger: tuple[int, int] | None) -> str | None:
    """Why a date may not be its trigger's, or None when it surely is: it is said of a
    reporting act, or a clause boundary stands between them (but for a clause that opens
    right after the trigger, "the summit, which opens on Thursday", and a fronted date,
    "On Thursday, leaders meet at the summit")."""
    start, end = mention.start, mention.end
    if trigger is None:
        return "no trigger"
    if trigger[0] < end and start < trigger[1]:
        return None
    if said_of_reporting(text, mention, trigger):
        return "said of the reporting"
    low, high = (end, trigger[0]) if end <= trigger[0] else (trigger[1], start)
    fronted = _FRONTED.match(text, end)
    if end <= trigger[0] and fronted is not None:
        low = fronted.end()
    elif high == start:
        opens = _RELATIVE_OPENS.match(text, low)
        if opens is not None:
            low = opens.end()
    if STRONG_BOUNDARY.search(text, low, high) or WEAK_BOUNDARY.search(text, low, high):
        return "in another clause than its event"
    if _RELATIVE_OPENS.search(text, low, high):
        return "in a relative clause"
    return None


def _clues(text: str, attached: list[Attached]) -> tuple[list[Clue], list[tuple[DateMention, str]]]:
    clues: list[Clue] = []
    set_aside: list[tuple[DateMention, str]] = []
    for item in attached:
        value, fact = item.evidence.value, item.fact.fact
        if not isinstance(value, DateMention) or not isinstance(fact, DateFact):
            continue
        expr = value.expr
        if not (isinstance(expr, Relative) or (isinstance(expr, Absolute) and expr.year is None)):
            continue
        reason = "also fits another fact" if item.rivals else weak_reason(text, value, item.trigger)
        if reason is None:
            clues.append(Clue(value, fact, item.fact.rule, item.fact.sheet.stem))
        elif isinstance(expr, Relative):
            set_aside.append((value, f"{item.fact.rule}: {reason}"))
    return clues, set_aside


def _agrees(clue: Clue, day: date) -> bool:
    expr = clue.mention.expr
    assert not isinstance(expr, Anaphoric)
    meaning = resolve(expr, day)
    return meaning is not None and meaning.overlaps(clue.fact.date)


def story_middles(facts: list[CompiledFact]) -> dict[str, date]:
    """For each sheet (by stem), the middle first day of its date facts: when its story
    happens. An article is not written long before its story's events."""
    days: dict[str, list[date]] = {}
    for compiled in facts:
        if isinstance(compiled.fact, DateFact):
            days.setdefault(compiled.sheet.stem, []).append(compiled.fact.date.first)
    return {stem: sorted(found)[len(found) // 2] for stem, found in days.items()}


def infer_datelines(
    text: str, attached: list[Attached], middles: dict[str, date] | None = None
) -> Inferred | None:
    """The publication days best supported by the dates attached to date facts; none more
    than a year before the middle of its clue's story (`story_middles`)."""
    clues, set_aside = _clues(text, attached)
    relative = [c for c in clues if not c.explicit]
    explicit = [c for c in clues if c.explicit]
    if not relative:
        return Inferred((), (), tuple(set_aside)) if set_aside else None
    scores: dict[date, list[int]] = {}
    early: list[tuple[DateMention, str]] = []
    for index, clue in enumerate(relative):
        expr = clue.mention.expr
        assert isinstance(expr, Relative)
        reach = timedelta(days=UNIT_DAYS[expr.unit] * (abs(expr.offset) + 1) + 7)
        day, last = clue.fact.date.first - reach, clue.fact.date.last + reach
        middle = (middles or {}).get(clue.sheet)
        if middle is not None and last < middle - _STORY_LEAD:
            early.append((clue.mention, f"{clue.rule}: a year before the story's other dates"))
            continue
        while day <= last:
            if _agrees(clue, day):
                scores.setdefault(day, []).append(index)
            day += timedelta(days=1)
    if not scores:
        return Inferred((), (), tuple(set_aside), tuple(early))
    against: dict[date, list[Clue]] = {}
    weighted: dict[date, int] = {}
    for day, agreeing in scores.items():
        against[day] = [c for c in explicit if not _agrees(c, day)]
        balance = len(explicit) - 2 * len(against[day])  # explicit ones for, less against
        weighted[day] = len(agreeing) + EXPLICIT_WEIGHT * balance
    top = max(weighted.values())
    if top <= 0:
        dates = ", ".join(f"'{c.mention.text}'" for c in explicit)
        refuted = ((c.mention, f"{c.rule}: the explicit dates {dates} disagree") for c in relative)
        return Inferred((), (), tuple(set_aside), (*early, *refuted))
    best = sorted(d for d, v in weighted.items() if v == top)
    used = sorted({i for d in best for i in scores[d]})
    evidence = [(relative[i].mention, _why(relative[i])) for i in used]
    evidence += [(c.mention, _why(c, "explicit")) for c in explicit if c not in against[best[0]]]
    evidence.sort(key=lambda e: e[0].start)
    return Inferred(tuple(best), tuple(evidence), tuple(set_aside), tuple(early))


def _why(clue: Clue, how: str = "") -> str:
    return f"{clue.rule}, dated {clue.fact.date}{', ' + how if how else ''}"
