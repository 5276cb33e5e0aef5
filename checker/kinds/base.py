"""The contract between the engine and a fact kind."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from checker.extract.dates import DateMention
from checker.extract.numbers import NumberMention
from checker.extract.timeline import DayRange
from checker.sheet.base import FactBase


class Verdict(StrEnum):
    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Judgement:
    """A kind's verdict on some words of a sentence."""

    start: int
    end: int
    verdict: Verdict
    found: str
    expected: str


@dataclass(frozen=True, slots=True)
class Context:
    """What a kind may know about the document besides the sentence."""

    text: str
    datelines: tuple[date, ...] | None  # the possible publication days; None when unknown
    names: Mapping[str, str] = field(default_factory=dict)  # entity id → canonical name
    inferred: bool = False  # the datelines were inferred from the copy's dates
    folded: str = ""  # fold(text), when the engine has it
    story_time: tuple[date, date] | None = None  # when the loaded stories happen (dateline.py)

    def name(self, entity_id: str) -> str:
        return self.names.get(entity_id, entity_id)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A value in a sentence, attached to a trigger of a fact mentioned there."""

    value: DateMention | NumberMention
    anchor: DayRange | None = None  # anaphoric dates: the date of the event they count from


ExtractorName = Literal["dates", "numbers"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Named:
    """An entity named in a sentence. `ids` is the entity's id in the fact's sheet followed
    by what it is part of ("zelensky", "ukraine"); `name` is False for a ref ("US president");
    `kind` is person, place, organisation or thing."""

    start: int
    end: int
    ids: tuple[str, ...]
    name: bool
    kind: str


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What a sentence kind sees of one sentence that mentions its fact: the entities named
    (longest first, never overlapping), the fact's trigger words, other facts' trigger words
    (other events) and the quotations."""

    start: int
    end: int
    names: tuple[Named, ...]
    triggers: tuple[Span, ...]
    others: tuple[Span, ...]
    quotes: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Kind:
    """A fact kind: its sheet model and how its facts are checked.

    A value kind names the extractor that feeds it, `accepts` to say whether a value can
    be about a fact (right unit, currency, counted noun; it reads the folded text),
    `judge` for the verdict; it may limit how far from a trigger its values may stand
    (`reach`) and give a `cue` without which a sentence is not worth extracting. A
    sentence kind reads the sentence itself with `judge_sentence` (titles, roles, states).
    """

    name: str
    model: type[FactBase]
    extractor: ExtractorName | None = None
    accepts: Callable[[Any, Any, str], bool] | None = None
    judge: Callable[[Any, Evidence, Context], Judgement] | None = None
    judge_sentence: Callable[[Any, SentenceView, Context], Sequence[Judgement]] | None = None
    reach: float | None = None  # the farthest a value may stand from a trigger (attach.py units)
    cue: Callable[[Any, str], bool] | None = None  # worth extracting in this folded sentence?
    own_polarity: bool = False  # reads denials and hedges itself (else the engine skips them)
