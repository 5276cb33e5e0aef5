"""A fact sheet: the story, its sources, its entities and its facts."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag

from checker.kinds import KINDS
from checker.kinds.amount import AmountFact
from checker.kinds.count import CountFact
from checker.kinds.date import DateFact
from checker.kinds.duration import DurationFact
from checker.sheet.base import FactBase, KebabId, Strict, WordList


def fact_kind(value: Any) -> str | None:
    """The kind of a fact is the one value key it carries: date, count, amount …"""
    if isinstance(value, FactBase):
        return value.kind
    if isinstance(value, dict):
        present = [k for k in KINDS if k in value]
        return present[0] if len(present) == 1 else None
    return None


Fact = Annotated[
    Annotated[DateFact, Tag("date")]
    | Annotated[CountFact, Tag("count")]
    | Annotated[AmountFact, Tag("amount")]
    | Annotated[DurationFact, Tag("duration")],
    Discriminator(
        fact_kind,
        custom_error_type="fact_kind",
        custom_error_message="a fact needs exactly one value key: " + ", ".join(KINDS),
    ),
]


class Source(Strict):
    """A publication that establishes facts."""

    outlet: str
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None


class Entity(Strict):
    """A person, place, organisation or thing, and every way the copy may name it."""

    name: str = Field(description="Canonical name.")
    kind: Literal["person", "place", "organisation", "thing"] = "person"
    spellings: WordList = Field(
        default_factory=list, description="Accepted spellings of the name (transliterations)."
    )
    refs: WordList = Field(
        default_factory=list, description="Other references: 'the US president', 'Kyiv'."
    )
    title: str | None = Field(default=None, description="A person's title.")


class Sheet(Strict):
    """One story's fact sheet."""

    story: KebabId
    title: str
    sources: dict[KebabId, Source] = Field(default_factory=dict)
    entities: dict[KebabId, Entity] = Field(default_factory=dict)
    facts: list[Fact] = Field(default_factory=list)
