"""`duration`: how long something has lasted, from a start date to each article's dateline,
or a fixed length.

    - id: war-duration
      duration: {since: 2022-02-24, unit: year}
      when: {trigger: [war, invasion, conflict]}

"three-and-a-half-year war", "in its fourth year", "nearly four years" and "more than
three years" all agree with 3.66 years; "two-year war" does not (see `checker.extract.quantity`).
With no dateline, a period since a date is judged over the story's time (a season either
side of the middle of the sheets' dated facts): it contradicts only when no day of that time
gives a length the copy's figure allows. An age ("turned 59", "aged 59", "the 59-year-old")
is completed years.
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar, Literal

from pydantic import Field, PositiveFloat, model_validator

from checker.extract.numbers import Hedge, NumberMention
from checker.extract.quantity import Interval, elapsed_interval
from checker.kinds.base import Context, Evidence, Judgement, Kind, Verdict
from checker.kinds.figure import bound_at
from checker.kinds.qualifies import qualifies_other_noun, trigger_words
from checker.sheet.base import FactBase, Strict

Unit = Literal["year", "month", "week", "day", "hour"]
_DAYS = {"year": 365.2425, "month": 30.436875, "week": 7.0, "day": 1.0, "hour": 1 / 24}


class DurationSpec(Strict):
    since: date | None = Field(default=None, description="Start date of an ongoing period.")
    value: PositiveFloat | None = Field(default=None, description="A fixed length.")
    unit: Unit = "year"

    @model_validator(mode="after")
    def _one_source(self) -> DurationSpec:
        if (self.since is None) == (self.value is None):
            raise ValueError("give exactly one of 'since' or 'value'")
        return self


class DurationFact(FactBase):
    """How long."""

    kind: ClassVar[str] = "duration"
    duration: DurationSpec


# A length that is a deadline or a point in time, not how long the event has lasted:
# "within two weeks", "in five days", "two years ago", "a week later".
_NOT_LENGTH_BEFORE = re.compile(
    r"\b(?:within|in|by|until|till|after|before|every|per|next|last|first|another)\s+$"
)
_NOT_LENGTH_AFTER = re.compile(
    r"^[\s-]*(?:ago|later|earlier|before|after|from now|into|on(?=\s*(?:[,.;:]|$|from\b)))\b"
)  # "ten years on, the town …" is a point in time; "nine years on Friday" is a length
# "after" right behind the fact's own word gives its length: "talks ended after 19 hours",
# "the crew returned after 286 days".
_WORD_AFTER = re.compile(r"\b([a-z]+)\s+after\s+$")


def _length_of_trigger(fact: DurationFact, before: str) -> bool:
    """"<trigger word> after N units": how long it took until the fact's event."""
    match = _WORD_AFTER.search(before)
    return match is not None and match.group(1) in trigger_words(tuple(fact.when.trigger))


_LEADING = re.compile(r"^(?:(?:on|in|at|as|the|a|of)\s+){0,2}")  # "on strike", "at the helm"


def _trigger_follows(fact: DurationFact, after: str) -> bool:
    """"after N units <trigger>": the length of the fact's own state ("stepped down after
    seven years at the helm", "went back after five days on strike")."""
    plain = after.lower().lstrip(" -")
    return any(words.startswith(t.lower()) and not words[len(t) : len(t) + 1].isalnum()
               for words in (plain, _LEADING.sub("", plain)) for t in fact.when.trigger)


# A bare number after these is an age in years: "who turned 60", "aged 45,"; then comes
# a stop or a word that does not make it a count ("turned 3 of the boats back").
_AGE_BEFORE = re.compile(r"\b(?:turned|turns|turning|aged|at the age of)\s+$")
_AGE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|last|this|earlier|and|but|when)\b)")


_YEAR_OLD = re.compile(r"[\s-]years?[\s-]old\b", re.IGNORECASE)


def _completed_years(mention: NumberMention, text: str) -> Interval | None:
    """An age is completed years, not a rounded length: "aged 59" and "the 59-year-old"
    are 59 to 60 years; "turned 59" is 59 to 61 (the birthday may be a year back)."""
    before = _AGE_BEFORE.search(text[max(0, mention.start - 20) : mention.start].lower())
    if before is None and _YEAR_OLD.match(text, mention.end) is None:
        return None
    years = mention.value
    span = 2 if before is not None and before.group().startswith("turn") else 1
    return Interval(years, years + span, high_open=True)


def accepts(fact: DurationFact, value: NumberMention, text: str) -> bool:
    if value.currency is not None:
        return False
    if value.unit is None and fact.duration.unit == "year" and not value.ordinal:
        if not _AGE_BEFORE.search(text, max(0, value.start - 20), value.start):
            return False
        if not _AGE_AFTER.match(text, value.end):
            return False
    elif value.unit not in _DAYS:
        return False
    before = text[max(0, value.start - 30) : value.start]
    after = text[value.end : value.end + 40]
    if _NOT_LENGTH_AFTER.match(after):
        return False
    if _NOT_LENGTH_BEFORE.search(before) and not (
            _length_of_trigger(fact, before) or _trigger_follows(fact, after)):
        return False
    return not qualifies_other_noun(fact, text, value.end)


def _lengths(spec: DurationSpec, unit: str, ctx: Context) -> list[float] | None:
    """The true length in `unit` for each possible dateline; None when it needs one."""
    if spec.value is not None:
        return [spec.value * _DAYS[spec.unit] / _DAYS[unit]]
    if ctx.datelines is None or spec.since is None:
        return None
    return [(day - spec.since).days / _DAYS[unit] for day in ctx.datelines]


def _over_story_time(spec: DurationSpec, unit: str, ctx: Context) -> Interval | None:
    """With no dateline, the lengths a period since a date takes over the story's time
    (`checker.engine.dateline.story_time`); None without one."""
    if ctx.datelines is not None or spec.since is None or ctx.story_time is None:
        return None
    first, last = ((day - spec.since).days / _DAYS[unit] for day in ctx.story_time)
    return Interval(first, last)


def judge(fact: DurationFact, evidence: Evidence, ctx: Context) -> Judgement:
    mention = evidence.value
    assert isinstance(mention, NumberMention)
    unit = mention.unit or "year"
    lengths = _lengths(fact.duration, unit, ctx)
    spec = fact.duration
    expected = (
        f"{spec.value:g} {spec.unit}s" if spec.value is not None else f"since {spec.since}"
    )
    if lengths is None:
        story = _over_story_time(spec, unit, ctx)
        if story is None:
            return Judgement(mention.start, mention.end, Verdict.UNRESOLVED, mention.text, expected)
        assert ctx.story_time is not None
        expected = (
            f"{story.low:.2f} to {story.high:.2f} {unit}s (since {spec.since}; no dateline: "
            f"from {ctx.story_time[0]} to {ctx.story_time[1]}, the story's time)"
        )
        fits = (_completed_years(mention, ctx.text) or elapsed_interval(mention)).overlaps(story)
        verdict = Verdict.AGREES if fits else Verdict.CONTRADICTS
        return Judgement(mention.start, mention.end, verdict, mention.text, expected)
    if spec.since is not None:
        expected = f"{min(lengths):.2f} {unit}s (since {spec.since})"
    interval = _completed_years(mention, ctx.text) or elapsed_interval(mention)
    agrees = any(interval.contains(length) for length in lengths)
    bound = mention.hedge in (Hedge.OVER, Hedge.UNDER) and bound_at(interval, lengths)
    if not agrees and spec.value is not None and bound:  # "more than 14 hours" for 14
        found = f"a bound at the sheet's number: {mention.text}"
        return Judgement(mention.start, mention.end, Verdict.UNRESOLVED, found, expected)
    verdict = Verdict.AGREES if agrees else Verdict.CONTRADICTS
    return Judgement(mention.start, mention.end, verdict, mention.text, expected)


_TIME_WORD = re.compile(r"year|month|week|day|hour|decade|turn|aged|age of")


def cue(fact: DurationFact, folded_sentence: str) -> bool:
    """A unit of time, or a word that gives an age ("turned 60"), is in the sentence."""
    return _TIME_WORD.search(folded_sentence) is not None


KIND = Kind(
    name="duration", model=DurationFact, extractor="numbers", accepts=accepts, judge=judge,
    reach=6.0, cue=cue,
)
