"""Infer an article's publication date from its relative mentions of dated facts.

"Rubio spoke to Lavrov yesterday" with the call on 20 October says the article is of
21 October. Every candidate day is scored by how many relative mentions it makes right;
the best-scored days are the dateline (a range when the evidence allows several, as
"last week" does). A mention that disagrees with the best days is then judged, and
reported, like any other contradiction.

Only mentions that surely belong to their event are clues (`whose_date.weak_reason`): a
date said of a reporting act ("said on Sunday") or standing in another clause than the
trigger is not. Calendar dates written without a year ("on Sept. 17") never propose days, but each
one that a candidate day makes wrong counts against it twice: an explicit date outranks
one relative mention, so one misattached "on Sunday" cannot date a story to another year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from checker.engine.matcher import CompiledFact
from checker.engine.placement import Attached
from checker.engine.whose_date import weak_reason
from checker.extract.dates import DateMention
from checker.extract.timeline import Absolute, Anaphoric, Relative, resolve
from checker.kinds.date import UNIT_DAYS, DateFact

EXPLICIT_WEIGHT = 2  # an explicit date counts as much as this many relative ones
_STORY_LEAD = timedelta(days=366)  # how long before its story an article may be written


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
        """"2025-10-21", a range "2025-10-20..2025-10-26", or days "2025-10-18 or 2025-10-21"."""
        first, last = self.days[0], self.days[-1]
        if first == last:
            return first.isoformat()
        if (last - first).days + 1 == len(self.days):
            return f"{first}..{last}"
        return " or ".join(d.isoformat() for d in self.days)


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
    """For each sheet (by stem), the middle first day of its date facts (of its sources'
    dates when it has none): when its story happens. An article is not written long
    before its story's events."""
    days: dict[str, list[date]] = {}
    published: dict[str, list[date]] = {}
    for compiled in facts:
        if isinstance(compiled.fact, DateFact):
            days.setdefault(compiled.sheet.stem, []).append(compiled.fact.date.first)
        elif compiled.sheet.stem not in published:
            published[compiled.sheet.stem] = [
                s.date for s in compiled.sheet.sheet.sources.values() if s.date is not None]
    for stem, found in published.items():
        if stem not in days and found:
            days[stem] = found  # no dated fact: when its sources were published
    return {stem: sorted(found)[len(found) // 2] for stem, found in days.items()}


def story_years(facts: list[CompiledFact]) -> dict[str, frozenset[int]]:
    """For each sheet (by stem), the years its date facts fall in: a figure set in one of
    them may be of its story, however far from the story's middle."""
    years: dict[str, set[int]] = {}
    for compiled in facts:
        if isinstance(compiled.fact, DateFact):
            span = compiled.fact.date
            years.setdefault(compiled.sheet.stem, set()).update(
                range(span.first.year, span.last.year + 1))
    return {stem: frozenset(found) for stem, found in years.items()}


STORY_REACH = timedelta(days=92)


def story_time(middles: dict[str, date]) -> tuple[date, date] | None:
    """The days around the loaded stories' middles (a season either side): when copy about
    them is written. None without dated facts."""
    if not middles:
        return None
    return min(middles.values()) - STORY_REACH, max(middles.values()) + STORY_REACH


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
