"""A value one article gives, with the words around it, and when two of them speak of the
same thing and agree.

A claim is a value (a day, a year, a count, an amount, a share, an age) with the content words of
its clause, the words that name what it counts or dates (its heads), the names of its
sentence (of the one before, when it opens with a pronoun: "She won 64%") and its proper
names of several words. Two claims of different articles speak of
the same thing when they are of the same measure, share a head and SHARED content words
(DATE_SHARED for days), unless each names people the other does not name, or they name two
things of one sort ("the Italian Grand Prix", "the Azerbaijan Grand Prix"). An age is of
the person named in its sentence (or the one before). Two plain numbers agree when one
covers the other as written (the tolerances of `check`: 63% covers 63.4, not 64), hedged
ones when their ranges meet; a day is compared as the days it can mean."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from checker.extract.quantity import Interval
from checker.extract.timeline import DateValue

SHARED = 3  # content words two claims must share to speak of the same thing
DATE_SHARED = 2  # for two days, with a head word among them
NEAR_DAYS = 45  # days two dates of one event may be apart when one is a slip
_TOLLS = frozenset({"@dead", "@injured"})  # senses of counts that rise over a story


@dataclass(frozen=True, slots=True)
class Claim:
    """A value one article gives, and the words around it."""

    article: int
    start: int
    end: int
    written: str
    measure: str  # "date", "count", "percent", "age", "CHF", "year" …
    heads: frozenset[str]  # the words next to the value: what it counts or dates
    words: frozenset[str]
    days: DateValue | None = None
    interval: Interval | None = None
    point: float | None = None  # the value as written, when no hedge widens it
    names: frozenset[str] = frozenset()  # the names in its sentence (or the one before)
    whose: tuple[str, ...] = ()  # for an age, the name words of its sentence, nearest first
    epithet: str | None = None  # for an age, a proper epithet after it: "the 25-year-old Dutchman"
    person: str | None = None  # for an age, the name beside it: "Connolly, 68,"
    titled: frozenset[tuple[str, str]] = frozenset()  # see `_titled`
    sentence: int = 0  # where its sentence starts
    bound: bool = False  # "more than 63 per cent": one side open, fits many values
    owner: frozenset[str] = frozenset()  # for a share, the name words of its subject
    total: bool = False  # a whole: "the 53-lap race", "14 of the 51 laps"
    per: str | None = None  # what a rate is for: "0.76 francs per share" → share
    counted: frozenset[str] = frozenset()  # what a figure counts: "275 passengers", "31 people"
    quoted: bool = False  # said inside a quotation: evidence for others, never judged
    era: int | None = None  # the year its clause sets, when not the story's: "in 1998, 312 died"
    published: date | None = None  # its article's dateline

    def toll_in_time(self, other: Claim) -> bool:
        """Whether both are tolls of the dead or injured and the lower may be the earlier:
        tolls rise as a story goes on ("163 on Wednesday", "211" a day later), so two tolls
        tell each other wrong only when the lower comes from an article published no
        earlier than the higher's."""
        if not self.heads & other.heads & _TOLLS or self.era is not None:
            return False  # a toll of another year is history: it does not rise any more
        assert self.interval is not None and other.interval is not None
        if other.interval.low > self.interval.high:
            lower, higher = self, other
        elif self.interval.low > other.interval.high:
            lower, higher = other, self
        else:
            return False
        if lower.published is None or higher.published is None:
            return True
        return lower.published < higher.published

    def supports(self, other: Claim) -> bool:
        """Whether the other value bears this one out: it agrees, and is no bound that a
        value fits merely by lying beyond it ("over 60%" fits 63 and 64 alike)."""
        return self.agrees(other) and (self.bound or not other.bound)

    def agrees(self, other: Claim) -> bool:
        """Whether the two values can be true together. Two plain numbers agree when one
        covers the other as written (63% covers 63.4, 45% covers 45.8; 13 and 14 do not
        agree although each may be a rounding); a hedged one when the ranges meet."""
        if self.days is not None and other.days is not None:
            return any(other.days.overlaps(c) for c in self.days.candidates)
        assert self.interval is not None and other.interval is not None
        if self.point is not None and other.point is not None:
            return self.interval.contains(other.point) or other.interval.contains(self.point)
        return self.interval.overlaps(other.interval)

    def about_same(self, other: Claim) -> bool:
        """Same measure, rate and year, and: for an age, the same epithet, person in
        apposition, or a name in common; for a share, the same owner and a word in common;
        for two sizes of a whole, a head in common; for two figures of one sense whose
        sentences share a name, a word in common; else a head word in common and SHARED
        content words (DATE_SHARED for days; one less when one names no one the other does
        not), unless each names people the other does not or they name two things of one
        sort."""
        if self.era != other.era:
            return False  # one of another year: "in 1998, 312 died"
        if self.measure == "age" == other.measure:  # of one person: a name, or an epithet
            if self.epithet is not None and self.epithet == other.epithet:
                return True
            if self.person and other.person:
                return self.person == other.person  # "Cready, 71," is not "Castellane, 59,"
            return not self.names.isdisjoint(other.names)
        if self.owner and other.owner and self.measure == "percent" == other.measure:
            return not self.owner.isdisjoint(other.owner) and not self.words.isdisjoint(
                other.words)  # "She won 64% of votes", "Connolly took 63 per cent of the vote"
        if self.names and other.names and self.names.isdisjoint(other.names):
            return False  # of other people or places: Red Bull's lead, Verstappen's lead
        if self._named_apart(other):
            return False
        if self.measure != other.measure or self.per != other.per:
            return False
        heads = self.heads & other.heads
        if self.total and other.total and heads:
            return True  # the size of the whole: "a 53-lap race", "for 14 of the 51 laps"
        if any(h.startswith("@") for h in heads) and not self.names.isdisjoint(other.names):
            return not self.words.isdisjoint(other.words)  # "killed 275", "the toll … 294"
        need = DATE_SHARED if self.days is not None else SHARED
        if self.days is None and self.names and other.names and (
                self.names <= other.names or other.names <= self.names):
            need -= 1  # one names no one the other does not: "a 43% premium to Kilbride's"
        return bool(heads) and len(self.words & other.words) >= need

    def near(self, other: Claim) -> bool:
        """Whether another day may be a slip for this one: within NEAR_DAYS of it. Days
        further apart are more likely of two events the words could not tell apart."""
        if self.days is None or other.days is None:
            return True
        gap = timedelta(days=NEAR_DAYS)
        return any(a.first - gap <= b.last and b.first - gap <= a.last
                   for a in self.days.candidates for b in other.days.candidates)

    def finer(self, other: Claim) -> bool:
        """Whether this is a day and the other only a span ("last week", "in October"):
        a span is too loose to tell a day wrong, though it may support one."""
        if self.days is None or other.days is None:
            return False
        return (all(c.first == c.last for c in self.days.candidates)
                and any(c.first != c.last for c in other.days.candidates))

    def _named_apart(self, other: Claim) -> bool:
        """Whether the two name different things of one sort: the Italian and the
        Azerbaijan Grand Prix."""
        for first, last in self.titled:
            for their_first, their_last in other.titled:
                if (last == their_last and first != their_first
                        and first not in other.words and their_first not in self.words):
                    return True
        return False


_KINDS = {"date": "date", "calendar-year": "date", "count": "count", "person": "count",
          "percent": "percent", "age": "age", "year": "duration", "month": "duration",
          "week": "duration", "day": "duration", "hour": "duration", "minute": "duration"}


def kind_of(measure: str) -> str:
    """The rule a measure's findings carry: date, count, percent, age, duration, amount."""
    return _KINDS.get(measure, "amount")
