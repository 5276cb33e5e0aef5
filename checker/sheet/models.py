"""A fact sheet: the story, its sources, its entities and its facts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import AfterValidator, Discriminator, Field, Tag, model_validator

from checker.extract.titles import Vocabulary, sheet_key, vocabulary
from checker.kinds import KINDS
from checker.kinds.age import AgeFact, AgeSpec
from checker.kinds.code import CodeFact, CodeSpec
from checker.kinds.date import DateFact, DaySpec
from checker.kinds.moment import read_zone
from checker.kinds.role import RoleFact
from checker.kinds.title import TitleFact, TitleList, TitleSpec
from checker.sheet.base import FactBase, KebabId, Strict, WordList


def fact_kind(value: Any) -> str | None:
    """The kind of a fact is the one value key it carries: date, count, amount …"""
    if isinstance(value, FactBase):
        return value.kind
    if isinstance(value, dict):
        present = [k for k in KINDS if k in value]
        return present[0] if len(present) == 1 else None
    return None


if TYPE_CHECKING:
    Fact = FactBase
else:
    # One member per registered kind (checker/kinds/__init__.py), chosen by its value key.
    Fact = Annotated[
        Union[tuple(Annotated[kind.model, Tag(name)] for name, kind in KINDS.items())],  # noqa: UP007
        Discriminator(
            fact_kind,
            custom_error_type="fact_kind",
            custom_error_message="a fact needs exactly one value key: " + ", ".join(KINDS),
        ),
    ]


def _zone(name: str) -> str:
    read_zone(name)
    return name.strip()


class Source(Strict):
    """A publication that establishes facts."""

    outlet: str
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    zone: Annotated[str, AfterValidator(_zone)] | None = Field(
        default=None, description="The outlet's time zone (IANA name): its days agree too."
    )


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
    title: TitleList = Field(
        default_factory=list, description="A person's titles: a title fact for the person."
    )
    former: TitleList = Field(default_factory=list, description="Titles the person held before.")
    born: DaySpec | None = Field(
        default=None, description="A person's birth date (YYYY-MM-DD, YYYY-MM or YYYY)."
    )
    code: WordList = Field(
        default_factory=list,
        description="A thing's identifying codes (train or flight number): a code fact.",
    )
    part_of: KebabId | None = Field(
        default=None, description="The entity this one belongs to or speaks for (for roles)."
    )
    house: str | None = Field(
        default=None, description="The spelling to use; other accepted ones get a style note."
    )
    distinct: WordList = Field(
        default_factory=list,
        description="Names that look like this one but belong to someone else; never flagged.",
    )
    check_spelling: bool = Field(
        default=False,
        description="Flag misspellings of a place, organisation or thing's name, as for people.",
    )

    @model_validator(mode="after")
    def _house_is_accepted(self) -> Entity:
        if self.house is not None:
            forms = {self.name, *self.spellings}
            tokens = {w for form in forms for w in form.split()} | forms
            if self.house not in tokens:
                raise ValueError(f"house spelling '{self.house}' is not the name or a spelling")
        return self


class TitleWords(Strict):
    """Words a sheet adds to those titles are read from."""

    offices: WordList = Field(
        default_factory=list, description="Offices: 'race engineer', 'returning officer'."
    )
    qualifiers: WordList = Field(
        default_factory=list,
        description="Words that say whose office it is, besides countries, demonyms and the "
        "sheet's entities: 'Odisha', 'West Bengal', 'Independent'.",
    )


class Sheet(Strict):
    """One story's fact sheet."""

    story: KebabId
    title: str
    sources: dict[KebabId, Source] = Field(default_factory=dict)
    entities: dict[KebabId, Entity] = Field(default_factory=dict)
    titles: TitleWords = Field(default_factory=TitleWords)
    zones: list[Annotated[str, AfterValidator(_zone)]] = Field(
        default_factory=list,
        description="Time zones (IANA names) the story is read in: an event with a time "
        "agrees on its day in any of them.",
    )
    facts: list[Fact] = Field(default_factory=list)

    def vocabulary(self) -> Vocabulary:
        """The words titles are read from: the base ones, the entities' names and refs
        (not people's) as qualifiers, and the sheet's own `titles`."""
        quals: list[tuple[str, str, str | None]] = []
        for key, entity in self.entities.items():
            if entity.kind == "person":
                continue
            parent = None if entity.part_of is None else sheet_key(entity.part_of)
            for form in (entity.name, *entity.spellings, *entity.refs):
                quals.append((form, sheet_key(key), parent))
        quals += [(form, sheet_key(form.lower()), None) for form in self.titles.qualifiers]
        return vocabulary(tuple(quals), tuple(self.titles.offices))

    def checked_facts(self) -> list[FactBase]:
        """The facts, plus a title, age or code fact for each entity that gives a title
        (or only former ones), a birth date or a code and has no such fact; title facts
        read with the sheet's vocabulary."""
        explicit = {f.title.of for f in self.facts if isinstance(f, TitleFact)}
        derived: list[FactBase] = [
            TitleFact(id=f"{key}-title", label=f"{entity.name}'s title",
                      title=TitleSpec.model_validate(
                          {"of": key, "is": entity.title, "former": entity.former}))
            for key, entity in self.entities.items()
            if (entity.title or entity.former) and key not in explicit
        ]
        aged = {f.age.of for f in self.facts if isinstance(f, AgeFact)}
        derived += [
            AgeFact(id=f"{key}-age", label=f"{entity.name}'s age",
                    age=AgeSpec.model_validate({"of": key, "born": entity.born}))
            for key, entity in self.entities.items()
            if entity.born is not None and key not in aged
        ]
        coded = {f.code.of for f in self.facts if isinstance(f, CodeFact)}
        derived += [
            CodeFact(id=f"{key}-code", label=f"{entity.name}'s code",
                     code=CodeSpec.model_validate({"of": key, "is": entity.code}))
            for key, entity in self.entities.items()
            if entity.code and key not in coded
        ]
        facts: list[FactBase] = [*self.facts, *derived]
        zones = (*self.zones, *(s.zone for s in self.sources.values() if s.zone))
        parents = {key: e.part_of for key, e in self.entities.items() if e.part_of}
        for fact in facts:
            if isinstance(fact, DateFact):
                fact.use_zones(tuple(zones))
            elif isinstance(fact, RoleFact):
                fact.use_parents(parents)
        if any(isinstance(f, TitleFact) for f in facts):
            vocab = self.vocabulary()
            for fact in facts:
                if isinstance(fact, TitleFact):
                    fact.use(vocab)
        return facts
