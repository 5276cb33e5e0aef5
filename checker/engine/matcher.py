"""One automaton over every entity name, trigger and exclusion word of all loaded sheets.

A document is scanned once, whatever the number of facts: the cost grows with the text,
and each hit names the few facts or entities it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple

import ahocorasick

from checker.kinds import KINDS
from checker.kinds.base import Kind
from checker.sheet.base import FactBase
from checker.sheet.load import LoadedSheet
from checker.sheet.models import Entity
from checker.text.fold import fold
from checker.text.inflect import phrase_forms


class Role(IntEnum):
    ENTITY = 0
    TRIGGER = 1
    UNLESS = 2


@dataclass(frozen=True, slots=True)
class CompiledFact:
    """A fact with what the engine needs at hand."""

    index: int
    rule: str  # "<sheet stem>.<fact id>"
    fact: FactBase
    kind: Kind
    sheet: LoadedSheet
    requires: frozenset[int]  # entity indices that must be mentioned


@dataclass(frozen=True, slots=True)
class CompiledEntity:
    index: int
    key: str  # "<sheet stem>.<entity id>"
    entity: Entity
    ids: tuple[str, ...]  # its id in its sheet, then what it is part of, transitively


class Hit(NamedTuple):  # a tuple: made about a hundred times an article
    start: int
    end: int
    role: Role
    target: int  # entity or fact index
    ref: bool = False  # an entity named by one of its refs, not by its name


def name_forms(entity: Entity) -> set[str]:
    """Every way the copy may name an entity by its name: name, spellings and, for people,
    the surname alone."""
    forms = {entity.name, *entity.spellings}
    if entity.kind == "person":
        forms.update(n.split()[-1] for n in (entity.name, *entity.spellings) if " " in n)
    return {f for f in forms if f.strip()}


def _part_of(key: str, entities: dict[str, Entity]) -> tuple[str, ...]:
    """The entity id, then what it is part of, and so on up."""
    chain = [key]
    while (parent := entities[chain[-1]].part_of) is not None and parent not in chain:
        chain.append(parent)
    return tuple(chain)


class Matcher:
    """The combined automaton and the tables its hits point into."""

    def __init__(self, sheets: list[LoadedSheet], facts: bool = True) -> None:
        """The terms of the sheets' entities and (unless `facts` is False) facts."""
        self.facts: list[CompiledFact] = []
        self.entities: list[CompiledEntity] = []
        self.by_entity: dict[int, list[int]] = {}  # facts without triggers, by entity
        terms: dict[str, list[tuple[Role, int, bool, bool]]] = {}
        keys: dict[str, str] = {}  # form → its key (many sheets share their triggers)

        def add(form: str, role: Role, target: int, ref: bool = False) -> None:
            key = keys.get(form)
            if key is None:
                key = keys[form] = fold(form.strip())
            proper = role is Role.ENTITY and form.strip()[:1].isupper()
            found = terms.get(key)
            if found is None:
                terms[key] = [(role, target, proper, ref)]
            else:
                found.append((role, target, proper, ref))

        for loaded in sheets:
            ids: dict[str, int] = {}
            for entity_id, entity in loaded.sheet.entities.items():
                index = len(self.entities)
                ids[entity_id] = index
                chain = _part_of(entity_id, loaded.sheet.entities)
                key = f"{loaded.stem}.{entity_id}"
                self.entities.append(CompiledEntity(index, key, entity, chain))
                for form in name_forms(entity):
                    add(form, Role.ENTITY, index)
                for form in entity.refs:
                    add(form, Role.ENTITY, index, ref=True)
            for fact in loaded.sheet.checked_facts() if facts else ():
                index = len(self.facts)
                required = [ids[e] for e in fact.requires()]
                self.facts.append(CompiledFact(
                    index, f"{loaded.stem}.{fact.rule_name}", fact, KINDS[fact.kind], loaded,
                    frozenset(required),
                ))
                if not fact.when.trigger and required:
                    self.by_entity.setdefault(required[0], []).append(index)
                for trigger in fact.when.trigger:
                    for form in phrase_forms(trigger):
                        add(form, Role.TRIGGER, index)
                for word in fact.when.unless:
                    for form in phrase_forms(word):
                        add(form, Role.UNLESS, index)
        self._automaton = ahocorasick.Automaton()
        for key, targets in terms.items():
            # a term that starts or ends with a symbol ("%") needs no word boundary there
            edges = (key[:1].isalnum(), key[-1:].isalnum())
            self._automaton.add_word(key, (len(key), tuple(targets), *edges))
        if terms:
            self._automaton.make_automaton()
        self._empty = not terms

    def scan(self, folded: str, original: str) -> list[Hit]:
        """Whole-word hits in the folded text, in order of their start."""
        if self._empty:
            return []
        hits: list[Hit] = []
        append = hits.append
        size = len(folded)
        for last, (length, targets, word_start, word_end) in self._automaton.iter(folded):
            end = last + 1
            start = end - length
            if (word_start and start and folded[start - 1].isalnum()) or (
                word_end and end < size and folded[end].isalnum()
            ):
                continue
            for role, target, proper, ref in targets:
                if not proper or original[start].isupper():
                    append(Hit(start, end, role, target, ref))
        hits.sort(key=_reading_order)
        return hits


def _reading_order(hit: Hit) -> tuple[int, int]:
    """By start, the longer first."""
    return hit.start, -hit.end
