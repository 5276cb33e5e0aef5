"""Pronouns and first names that stand for a person named before.

"Catherine Connolly won. She took 63% of the vote": "She" stands for Connolly when she is
the last person named in the paragraph and no other person competes (the sentence names
no person, and the last sentence that named one named only her). A first name
("Catherine, a former speaker") stands for the one person of the sheet with that first
name once the article has named her; in a sentence that names her and no other person
("Connolly's views: Catherine, a former speaker"), firmly, and as a name (a title beside
it is read). The reading is a guess: a fact mentioned only through it gives findings at
the fact's `resolved_severity` (info unless the sheet says otherwise), and the message
says whom the words were taken for. Firm readings are enough for a warning, such as
"She"/"He" opening the sentence right after one that named only that person and no other
full name the sheets lack ("Connolly spoke softly. She won 64% of the votes").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from checker.engine.matcher import CompiledEntity, CompiledFact, Hit, Role
from checker.findings import Finding, Severity
from checker.text.segment import Sentence

_PRONOUN = re.compile(r"\b(?:she|he|her|his|him)\b")
_OPENING = re.compile(r"[\s\"'“‘(]*(she|he)\b")  # a subject pronoun opening a sentence
# Two capitalised words in a row: a person's full name, perhaps one the sheets lack.
_FULL_NAME = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SURNAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z'’-]+")  # a first name then another surname
_LINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Stand:
    """Words in a sentence taken for a person: where, and whom."""

    start: int
    end: int
    entity: int
    entity_name: str
    firm: bool = False  # "She" opening the sentence right after one naming only her
    first_name: bool = False  # a first name, read as a name (a pronoun is read as a ref)


@dataclass(slots=True)
class Antecedents:
    """Reads one document's sentences in order and says which words stand for whom."""

    text: str
    entities: list[CompiledEntity]
    first_names: FirstNames
    breaks: list[int] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)  # persons named so far
    last: tuple[int, frozenset[int]] | None = None  # paragraph, persons of the last naming
    last_end: int = 0  # where the sentence of the last naming ends
    last_clear: bool = False  # that sentence names no other probable person

    @classmethod
    def of(cls, text: str, entities: list[CompiledEntity], names: FirstNames) -> Antecedents:
        """`names` are the sheets' unshared first names (`first_names`)."""
        pattern = _PARAGRAPH if _PARAGRAPH.search(text) else _LINE
        return cls(text, entities, names, [m.end() for m in pattern.finditer(text)])

    def _name(self, entity: int) -> str:
        return self.entities[entity].entity.name

    def _person(self, hit: Hit) -> bool:
        return self.entities[hit.target].entity.kind == "person"

    def stands(self, folded: str, sentence: Sentence, names: list[Hit]) -> list[Stand]:
        """The words of the sentence that stand for a person, given the entity hits
        `names` in it; then remembers the persons it names."""
        start, end = sentence.start, sentence.end
        persons = frozenset(h.target for h in names if self._person(h))
        paragraph = bisect_right(self.breaks, start)
        found: list[Stand] = []
        if not persons:
            found = self._first_names(start, end)
            if not found and self.last is not None and self.last[0] == paragraph:
                (only, *others) = self.last[1]
                if not others:
                    opening = _OPENING.match(folded, start, end)
                    adjacent = self.last_clear and (
                        self.last_end == start or self.text[self.last_end : start].isspace()
                    )
                    found = [
                        Stand(m.start(), m.end(), only, self._name(only),
                              adjacent and opening is not None and opening.start(1) == m.start())
                        for m in _PRONOUN.finditer(folded, start, end)
                    ]
        else:
            # "Connolly's views: Catherine, a former speaker": the first name of the one
            # person the sentence names is hers.
            self.seen |= persons
            if len(persons) == 1:
                found = [
                    replace(stand, firm=True)
                    for stand in self._first_names(start, end)
                    if persons == {stand.entity}
                ]
            self.last = (paragraph, persons)
            self.last_end = end
            self.last_clear = not any(
                not any(h.start < m.end() and m.start() < h.end for h in names)
                for m in _FULL_NAME.finditer(self.text, start, end)
            )
        return [s for s in found if not any(h.start < s.end and s.start < h.end for h in names)]

    def _first_names(self, start: int, end: int) -> list[Stand]:
        pattern, owners = self.first_names
        if pattern is None or not self.seen:
            return []
        found = []
        for match in pattern.finditer(self.text, start, end):
            entity = owners[match.group()]
            if _SURNAME_NEXT.match(self.text, match.end()):  # "Catherine Byrne": another
                continue
            if entity in self.seen:
                found.append(
                    Stand(match.start(), match.end(), entity, self._name(entity), first_name=True)
                )
        return found


FirstNames = tuple[re.Pattern[str] | None, dict[str, int]]


def first_names(entities: list[CompiledEntity]) -> FirstNames:
    """The first name of each person of the sheets that no other person shares, and one
    pattern over them all."""
    owners: dict[str, set[int]] = {}
    for compiled in entities:
        entity = compiled.entity
        words = entity.name.split()
        if entity.kind == "person" and len(words) >= 2 and len(words[0].rstrip(".")) > 2:
            owners.setdefault(words[0], set()).add(compiled.index)
    unshared = {name: next(iter(who)) for name, who in owners.items() if len(who) == 1}
    if not unshared:
        return None, {}
    alternatives = "|".join(re.escape(n) for n in sorted(unshared, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), unshared


def as_hits(stands: list[Stand]) -> list[Hit]:
    """Entity hits for the words that stand for a person: a first name as a name, a
    pronoun as a ref."""
    return [Hit(s.start, s.end, Role.ENTITY, s.entity, not s.first_name) for s in stands]


def weak_facts(
    facts: list[CompiledFact], mentioned: set[int], named: set[int]
) -> set[int]:
    """The mentioned facts that need an entity named only by a pronoun or first name."""
    return {i for i in mentioned if not facts[i].requires <= named}


def soften(finding: Finding, fact: CompiledFact, stands: list[Stand], text: str) -> Finding:
    """A finding that rests on words taken for a person: at the fact's
    `resolved_severity`, at least a warning when every reading is firm (never above its
    own), saying whom the words were taken for."""
    if finding.severity is Severity.INFO:
        return finding
    taken = fact.fact.resolved_severity
    if all(s.firm for s in stands) and taken.rank < Severity.WARNING.rank:
        taken = Severity.WARNING
    severity = taken if taken.rank < finding.severity.rank else finding.severity
    guesses = "; ".join(
        f"'{text[s.start : s.end]}' taken for {s.entity_name}" for s in stands
    )
    return replace(finding, severity=severity, message=f"{finding.message} ({guesses})")
