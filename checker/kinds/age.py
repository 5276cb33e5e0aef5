"""`age`: a person's age, from their birth date, judged at the article's dateline.

    entities:
      connolly: {name: Catherine Connolly, born: 1957-07-12}   # the short way
    facts:
      - {id: connolly-age, age: {of: connolly, born: 1957-07-12}, severity: warning}

Rule id: `<sheet stem>.<person>.age`. Read next to the person's name: "the 68-year-old
Connolly", "Connolly, 68, said", "Connolly (68)", "Connolly, aged 68", "Connolly, who
turned 68", or a ref of the person ("the 25-year-old Dutchman"). The age is the
completed years on the dateline (on any of the possible datelines); "turned N" also
agrees with the year before. With no dateline, or one inferred from the copy's dates, the
age is judged at the story's time (a season either side of the middle of the sheets' dated
facts): it contradicts only when it is wrong on every day of that time, and the finding
says so. Like a title, an age next to a name is taken for granted: a denial of the clause
does not reach it. `born` may be a year ("1957") or a month when the day is not known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from pydantic import Field

from checker.extract.numbers import find_numbers
from checker.extract.timeline import DayRange
from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.kinds.date import DaySpec
from checker.sheet.base import EntityFactBase, KebabId, Strict
from checker.text.fold import fold
from checker.text.segment import inside


def _n(name: str) -> str:
    return rf"(?P<{name}>\d{{1,3}}|[a-z]+(?:-[a-z]+)?)"


_N = _n("n")
# Before the name: "the 68-year-old [Independent candidate] Connolly".
_BEFORE = re.compile(rf"\b(?:the|a|an)\s+{_N}[\s-]years?[\s-]old\s+(?:[\w'-]+\s+){{0,3}}$")
# When the age was reached: ", who turned 68 in July," ", 68 last week,".
_WHEN = r"(?:\s+(?:in|on|last|this|earlier\s+this)\s+[a-z0-9]+(?:\s+\d{4})?)?"
# After the name: ", 68," "(68)" ", aged 68" ", who is 68" ", who turned 68".
_AFTER = re.compile(
    rf"(?:\s*,\s*(?:(?P<turned>who\s+(?:has\s+)?(?:turned|turns))\s+|(?:who\s+is|aged)\s+)?"
    rf"{_N}(?:[\s-]years?[\s-]old)?(?={_WHEN}\s*[,.;)]|\s+(?:and|but)\b)"
    rf"|\s*\(\s*(?:aged\s+)?{_n('p')}\s*\)"
    rf"|\s+(?:aged\s+{_n('a')}|(?P<turned2>(?:has\s+)?turned)\s+{_n('t')}\b))"
)


class AgeSpec(Strict):
    of: KebabId = Field(description="The person: an entity id.")
    born: DaySpec = Field(description="Birth date: YYYY-MM-DD, YYYY-MM or YYYY.")


class AgeFact(EntityFactBase):
    """A person's age; checked wherever the person is named."""

    kind: ClassVar[str] = "age"
    age: AgeSpec


def years_between(born: date, day: date) -> int:
    """Completed years from `born` to `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _ages(born: DayRange, days: tuple[date, ...]) -> set[int]:
    """Every age from the earliest to the latest of `days`."""
    found = [years_between(b, d) for d in days for b in (born.first, born.last)]
    return set(range(min(found), max(found) + 1))


def _days(ctx: Context) -> tuple[tuple[date, ...], str] | None:
    """The days the age is judged at, and how the finding names them."""
    if ctx.datelines is not None and not ctx.inferred:
        return ctx.datelines, ""
    if ctx.story_time is None:  # an age is off by a year for a wrong guess
        return None
    first, last = ctx.story_time
    return (first, last), f"; no dateline: judged from {first} to {last}, the story's time"


def _number(words: str) -> int | None:
    found = find_numbers(words)
    if len(found) == 1 and found[0].text == words and found[0].value.is_integer():
        return int(found[0].value)
    return None


def _written(folded: str, start: int, end: int) -> list[tuple[int, int, int, set[int]]]:
    """Ages written next to the name at folded[start:end]: (start, end, years, and the
    other ages it allows: "turned 68" may be 69 by now, "turns 59" is 58 until then)."""
    found = []
    before = _BEFORE.search(folded, max(0, start - 60), start)
    if before is not None:
        found.append((before.start("n"), before.end("n"), before.group("n"), ""))
    after = _AFTER.match(folded, end)
    if after is not None:
        for group in ("n", "p", "a", "t"):
            if after.group(group) is not None:
                turn = after.group("turned") or after.group("turned2") or ""
                found.append((after.start(group), after.end(group), after.group(group), turn))
    return [
        (s, e, n, {n - 1} if turn.endswith("turns") else {n + 1} if turn else set())
        for s, e, words, turn in found
        if (n := _number(words)) is not None and 0 < n < 130
    ]


def judge_sentence(fact: AgeFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    days = _days(ctx)
    if days is None:
        return []
    folded = fold(ctx.text[view.start : view.end])
    ages = _ages(fact.age.born, days[0])
    expected = "/".join(str(a) for a in sorted(ages)) + f" (born {fact.age.born}{days[1]})"
    judgements = []
    for named in view.names:
        if named.ids[0] != fact.age.of:  # a name or a ref ("the 25-year-old Dutchman")
            continue
        start, end = named.start - view.start, named.end - view.start
        for s, e, years, also in _written(folded, start, end):
            span = (s + view.start, e + view.start)
            if inside(list(view.quotes), *span):
                continue
            fits = years in ages or not also.isdisjoint(ages)
            verdict = Verdict.AGREES if fits else Verdict.CONTRADICTS
            judgements.append(Judgement(*span, verdict, ctx.text[span[0] : span[1]], expected))
    return judgements


KIND = Kind(name="age", model=AgeFact, judge_sentence=judge_sentence, own_polarity=True)
