"""Why a statement was not judged: typed reasons, kept per (sentence, fact).

With `--verbose` the engine keeps a `Reasons` for the document. Every sentence that names
a fact's entities and one of its triggers is recorded; a fact judged there (agreeing or
not) is marked; any part of the engine may say why one was not with one call,
`reasons.add(sentence, fact, Reason(...))`. The best reason of each unjudged
(sentence, fact) becomes one info note. Without `--verbose` nothing here runs.

A step that reads a sentence's hits may leave a reason in `SentenceHits.why` (fact →
`Reason`); placement may return a `Reason` instead of None for a value it attaches to no
fact; a fact kind says why it does not judge what it found with an UNRESOLVED judgement
whose `found` gives the reason ("hedged: could be cancelled").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.engine.matcher import Hit
    from checker.engine.placement import SentenceHits
    from checker.kinds.base import Judgement


class Why(StrEnum):
    """What kept a fact from being judged, the most telling first."""

    UNLESS = "ruled out by an unless word"
    TRIGGER_ELSEWHERE = "the trigger names another event"
    QUESTION = "a question"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    OTHER_EVENT = "the value belongs to another event"
    ANCHOR = "the value is a date counted from the event"
    SET_ASIDE = "the value was set aside"
    TOO_FAR = "the value is too far from the trigger"
    QUOTED = "in a quotation"
    NOT_PLAUSIBLE = "no value plausible for the fact"
    NOT_MENTIONED = "not taken as a mention"
    NO_VALUE = "no value found"
    NOTHING_READ = "nothing to judge"

    @property
    def rank(self) -> int:
        """0 for the most telling reason."""
        return _RANK[self]


_RANK = {why: rank for rank, why in enumerate(Why)}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why, in a few words (`detail`), at the words concerned (`span`, else the trigger)."""

    why: Why
    detail: str = ""
    span: tuple[int, int] | None = None

    def text(self) -> str:
        return f"{self.why.value}: {self.detail}" if self.detail else self.why.value


@dataclass(slots=True)
class Statement:
    """A sentence that names a fact's entities and one of its triggers."""

    start: int  # the sentence
    end: int
    fact: int
    triggers: list[Hit]  # the fact's trigger hits in the sentence, before any was set aside
    group: SentenceHits  # every hit of the sentence, as the engine left them
    mentioned: set[int]  # the facts the sentence was taken to mention

    @property
    def mentioned_here(self) -> bool:
        return self.fact in self.mentioned


@dataclass(slots=True)
class Reasons:
    """The statements of one document, which were judged, and why the others were not."""

    statements: dict[tuple[int, int], Statement] = field(default_factory=dict)
    judged: dict[tuple[int, int], list[Judgement]] = field(default_factory=dict)
    reasons: dict[tuple[int, int], Reason] = field(default_factory=dict)

    def statement(self, statement: Statement) -> None:
        self.statements.setdefault((statement.start, statement.fact), statement)

    def mark(self, sentence: int, fact: int, judgement: Judgement | None) -> None:
        """The fact was judged in the sentence that starts at `sentence` (None: its kind
        judges nothing there)."""
        judgements = self.judged.setdefault((sentence, fact), [])
        if judgement is not None:
            judgements.append(judgement)

    def add(self, sentence: int, fact: int, reason: Reason) -> None:
        """Say why the fact was not judged there; the most telling reason is kept."""
        key = (sentence, fact)
        kept = self.reasons.get(key)
        if kept is None or reason.why.rank < kept.why.rank:
            self.reasons[key] = reason

    def unjudged(self) -> list[Statement]:
        """The statements whose fact was not judged, in reading order."""
        return [
            s for key, s in sorted(self.statements.items()) if key not in self.judged
        ]

    def why(self, statement: Statement) -> Reason:
        return self.reasons.get((statement.start, statement.fact), Reason(Why.NOTHING_READ))
