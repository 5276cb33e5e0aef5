"""Whether a value can be about a fact at all, before it is placed on the fact's trigger.

A kind's `accepts` asks for the right measure (a currency, a unit, a counted noun); this
module asks what the copy says around the value and how it compares with the fact:

- a score ("won 2-0"), a rate ("$54.20 a share") or a countdown ("17 minutes from time")
  is none of a count or a total, unless the fact's own trigger words say so ("per share",
  "remaining");
- a figure far off the fact's is another quantity, not a misstatement of this one (see
  `MAX_FACTOR`), unless its digits are the fact's at another scale (a slip of a zero or of
  "million" for "billion") or, for a long exact figure, the fact's digits with one digit
  added, dropped or changed, or two swapped ("45,676" for 4,576): this figure written wrong;
- a number counting a noun phrase that holds the trigger and goes on to its own verb
  counts what that verb says: "ninety injured passengers have been discharged" counts the
  discharged, not the injured;
- a year alone that is not the year of a fact dated to the day names another edition of
  the event ("the last election in 2018").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from checker.engine.matcher import CompiledFact, Hit
from checker.extract.dates import DateMention
from checker.extract.numbers import Hedge, NumberMention
from checker.extract.quantity import Interval, consistent_interval
from checker.extract.timeline import Absolute
from checker.kinds.amount import AmountFact
from checker.kinds.count import WORD, CountFact, counted_noun, noun_forms
from checker.kinds.date import DateFact
from checker.kinds.qualifies import trigger_words

# How far off a written figure may be and still be a misstatement of the fact rather than
# another quantity. Real errors in copy are a wrong digit, a transposition, an old figure
# or a rounding: in the stories of ../shared/corpus every wrong count or amount an editor
# marked or injected lies within 2.2 times the true value (40 for 20 minutes, 10 for a
# five-second penalty, £1.2bn for £2.65bn); every figure more than 3 times off was another
# quantity (1,175 injured judged as the 275 dead, 14 team wins as one driver's 2, 145
# points as 8 rounds, a 1.86-franc share price as a 7.4-billion market value). Counts
# are compared one up ((a + 1) / (b + 1)) so that small ones are not split hairs over:
# 1 and 4 astronauts are 2.5 apart, 2 and 14 wins 5.
MAX_FACTOR = 3.0

_CLOSE = (None, Hedge.ABOUT, Hedge.NEARLY)  # hedges that name one figure
_SCORE_AFTER = re.compile(r"\s?[-–]\s?(\d{1,3})(?![\d.,]\d)")
_SCORE_BEFORE = re.compile(r"(\d{1,3})\s?[-–]\s?$")
_RESULT = re.compile(
    r"\b(?:won|win|wins|lost|lose|beat|beats|drew|draw|defeated?|victory|triumph|"
    r"thrashing|scoreline|lead|led|trailing|trail|result|score|scored)\b"
)
_RATE = re.compile(r"\s*(?:/\s*|(?:per|a|an|each|every)\s+)([a-z]+)")
_COUNTDOWN = re.compile(
    rf"(?:[\s-]+{WORD}){{0,3}}?[\s-]+(from time|from the end|from full[- ]time|before the end|"
    r"before full[- ]time|to play|to go|remaining|still to come|"
    r"left(?=\s*(?:[,.;)]|$|\s(?:in|to play|on the clock)\b)))"
)
_COUNTDOWN_WORDS = ("time", "end", "play", " go", "remaining", "come", "left")
_PREDICATE = re.compile(
    r"\s+(?:(?:have|has|had)\s+been|(?:were|was|are|is)(?:\s+being)?|(?:have|has|had)"
    r"|remain(?:s|ed)?|still)\s+(?:[a-z]+ly\s+)?([a-z]+)"
)


@dataclass(frozen=True, slots=True)
class Surroundings:
    """What the words around a number make of it, read once per number."""

    score: bool  # "won 2-0"
    countdown: frozenset[str] | None  # the words of "to play", "remaining" …
    rate: str | None  # the noun of "a share", "per barrel"

    @classmethod
    def of(cls, value: NumberMention, text: str) -> Surroundings:
        window = text[value.end : value.end + 80]
        countdown = None
        if any(word in window for word in _COUNTDOWN_WORDS):
            countdown = _COUNTDOWN.match(text, value.end, value.end + 80)
        rate = _RATE.match(text, value.end, value.end + 30)
        return cls(
            is_score(text, value),
            None if countdown is None else frozenset(countdown.group(1).split()),
            None if rate is None else rate.group(1),
        )


def plausible(
    compiled: CompiledFact, value: DateMention | NumberMention, around: Surroundings | None
) -> bool:
    """Whether `value` can be about `compiled`'s fact (whatever the trigger: see
    `counts_other_verb` for what depends on it); `around` is None for dates."""
    fact = compiled.fact
    if isinstance(value, DateMention):
        return not (isinstance(fact, DateFact) and other_year(fact, value))
    kind = compiled.kind.name
    if around is None or kind not in ("count", "amount", "duration"):
        return True
    if around.score:
        return False
    if around.countdown is not None or around.rate is not None:
        triggers = trigger_words(tuple(fact.when.trigger))
        if around.countdown is not None and not around.countdown & triggers:
            return False
        rate = around.rate
        priced = kind != "duration" and (value.currency is not None or kind == "count")
        if priced and rate is not None and not {rate, rate.rstrip("s")} & triggers:
            return False
    if kind == "duration":
        return True
    targets = _targets(fact)
    return not targets or any(near_enough(value, t, integer=kind == "count") for t in targets)


def _targets(fact: object) -> list[float]:
    """The finite values a count or amount fact names: each figure of its series, a bound
    by its bound."""
    if isinstance(fact, CountFact):
        series = fact.count.value
    elif isinstance(fact, AmountFact):
        series = fact.amount.value
    else:
        return []
    bounds = (b for _, f in series.steps for b in (f.interval.low, f.interval.high))
    return sorted({b for b in bounds if math.isfinite(b)})


def is_score(text: str, value: NumberMention) -> bool:
    """A result such as "2-0" or "3-1": two small whole numbers joined by a dash, not
    rising (a range rises: "10-15") or next to a word of winning and losing."""
    if value.granularity < 1 or value.value != int(value.value):
        return False
    near = text[max(0, value.start - 4) : value.end + 4]
    if "-" not in near and "–" not in near:
        return False
    after = _SCORE_AFTER.match(text, value.end, value.end + 8)
    before = _SCORE_BEFORE.search(text, max(0, value.start - 8), value.start)
    if after is not None:
        first, second = value.value, float(after.group(1))
    elif before is not None:
        first, second = float(before.group(1)), value.value
    else:
        return False
    if first >= second:
        return True
    around = text[max(0, value.start - 30) : value.end + 30]
    return _RESULT.search(around) is not None


def near_enough(value: NumberMention, target: float, integer: bool) -> bool:
    """Whether the written figure is within `MAX_FACTOR` of `target`, or is `target`'s
    digits at another power of ten."""
    interval = consistent_interval(value)
    if interval.contains(target):
        return True
    nearest = min(max(target, interval.low), interval.high)
    low, high = sorted((nearest, target))
    if integer:
        low, high = low + 1, high + 1
    if low <= 0 or high / low <= MAX_FACTOR:
        return True
    return _scale_slip(value, target) or _digit_slip(value, target)


def _scale_slip(value: NumberMention, target: float) -> bool:
    """The written figure is `target` times a power of ten, to the precision written."""
    if target <= 0 or value.value <= 0:
        return False
    exact = Interval(value.value - value.granularity / 2, value.value + value.granularity)
    power = round(math.log10(value.value / target))
    return power != 0 and any(
        exact.contains(target * 10.0 ** (power + shift)) for shift in (-1, 0, 1)
    )


# The fewest digits the fact's figure must have for one keystroke off it to mark a slip:
# short numbers are a keystroke apart from too many others (12 and 112).
_SLIP_DIGITS = 4


def _digit_slip(value: NumberMention, target: float) -> bool:
    """An exact whole figure that is the fact's digits with one digit added, dropped or
    changed, or two neighbours swapped ("45,676" or "4,756" for 4,576)."""
    if value.granularity > 1 or value.value != int(value.value) or target != int(target):
        return False
    written, true = str(int(value.value)), str(int(target))
    if len(true) < _SLIP_DIGITS:
        return False
    return OSA.distance(written, true, score_cutoff=1) <= 1


def counts_other_verb(fact: CountFact, value: NumberMention, text: str, hit: Hit) -> bool:
    """The number counts a noun phrase that holds the trigger ("ninety injured passengers")
    and is followed by a verb of its own that is none of the fact's trigger words ("have
    been discharged"): it counts what that verb says."""
    phrase = _noun_phrase(tuple(fact.count.of)).match(text, value.end)
    if phrase is None or not (value.end <= hit.start and hit.end < phrase.end()):
        return False
    verb = _PREDICATE.match(text, phrase.end(), phrase.end() + 60)
    if verb is None:
        return False
    return verb.group(1) not in trigger_words(tuple(fact.when.trigger))


@cache
def _noun_phrase(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The longest run of up to three words and a counted noun after a number. A word
    holds single hyphens only, so that a run of hyphens is read one way."""
    return re.compile(rf"(?:[\s-]+{WORD}){{0,3}}[\s-]+(?:{noun_forms(nouns)})\b")


def year_alone(value: DateMention) -> bool:
    """A year without month or day ("in 2018"); "two years ago" says when this event was."""
    expr = value.expr
    return isinstance(expr, Absolute) and expr.year is not None and expr.month is None


def other_year(fact: DateFact, value: DateMention) -> bool:
    """A year alone ("in 2018") that is not the year of a fact dated more finely than a
    year: another edition of the event."""
    span = fact.date
    if (span.last - span.first).days >= 364:  # a year or more: the year is the value
        return False
    expr = value.expr
    if not isinstance(expr, Absolute) or expr.year is None or expr.month is not None:
        return False
    return not span.first.year <= expr.year <= span.last.year


def is_value_of(compiled: CompiledFact, value: DateMention | NumberMention, text: str) -> bool:
    """The figure is `compiled`'s own, in its measure: "€20 billion" of a €20-billion
    grant, "eight leaders" of eight signatories."""
    if not isinstance(value, NumberMention):
        return False
    fact = compiled.fact
    targets = _targets(fact)
    if not targets or value.hedge not in _CLOSE:
        return False
    written = consistent_interval(value)
    if not any(written.contains(t) for t in targets):
        return False
    if isinstance(fact, CountFact):
        following = text[value.end : value.end + 80]
        return counted_noun(tuple(fact.count.of), following) is not None
    if not isinstance(fact, AmountFact):
        return False
    return (value.currency, value.unit) == (fact.amount.currency, fact.amount.unit)
