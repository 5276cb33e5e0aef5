"""Infer an article's publication date from its relative mentions of dated facts.

"Rubio spoke to Lavrov yesterday" with the call on 20 October says the article is of
21 October. Every candidate day is scored by how many relative mentions it makes right;
the best-scored days are the dateline (a range when the evidence allows several, as
"last week" does). A mention that disagrees with the best days is then judged, and
reported, like any other contradiction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from checker.extract.dates import DateMention
from checker.kinds.date import DateFact
from checker.placement import Attached
from checker.timeline import Relative, resolve

# How far from its fact's date a clue can put the dateline, per unit of its offset.
_UNIT_DAYS = {"day": 1, "weekday": 7, "week": 7, "month": 31, "year": 366}


@dataclass(frozen=True, slots=True)
class Inferred:
    days: tuple[date, ...]
    evidence: tuple[tuple[DateMention, str], ...]  # the agreeing mentions and their rules

    @property
    def label(self) -> str:
        """"2025-10-21", a range "2025-10-20..2025-10-26", or days "2025-10-18 or 2025-10-21"."""
        first, last = self.days[0], self.days[-1]
        if first == last:
            return first.isoformat()
        if (last - first).days + 1 == len(self.days):
            return f"{first}..{last}"
        return " or ".join(d.isoformat() for d in self.days)


def infer_datelines(attached: list[Attached]) -> Inferred | None:
    """The publication days best supported by relative dates attached to date facts."""
    clues: list[tuple[DateMention, DateFact, str]] = []
    for item in attached:
        value, fact = item.evidence.value, item.fact.fact
        if (
            isinstance(value, DateMention)
            and isinstance(value.expr, Relative)
            and isinstance(fact, DateFact)
            and not item.rivals
        ):
            clues.append((value, fact, item.fact.rule))
    if not clues:
        return None
    scores: dict[date, list[int]] = {}
    for index, (mention, fact, _) in enumerate(clues):
        expr = mention.expr
        assert isinstance(expr, Relative)
        reach = timedelta(days=_UNIT_DAYS[expr.unit] * (abs(expr.offset) + 1) + 7)
        day, last = fact.date.first - reach, fact.date.last + reach
        while day <= last:
            meaning = resolve(expr, day)
            if meaning is not None and meaning.overlaps(fact.date):
                scores.setdefault(day, []).append(index)
            day += timedelta(days=1)
    if not scores:
        return None
    top = max(len(v) for v in scores.values())
    best = sorted(d for d, v in scores.items() if len(v) == top)
    used = sorted({i for d in best for i in scores[d]})
    return Inferred(tuple(best), tuple((clues[i][0], clues[i][2]) for i in used))
