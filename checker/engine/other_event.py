"""Whether a trigger names another event than its fact's: a name before it that its fact
does not involve ("the Budapest meeting" is not the Trump–Zelensky meeting), unless the
name is the subject of a verb ("Verstappen beat") or qualifies an office its person holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.engine.matcher import CompiledFact, Hit
from checker.engine.placement import SentenceHits
from checker.text.inflect import SAME_PAST_FORMS, ends_in_past_form

_JOINER = re.compile(r"(?:['’]s)?[\s-]*")


class EventNames:
    """Whether the triggers of one sentence name other events than their facts'. What a
    trigger's place says (the names right before it, which entities the facts with that
    word there are about) is read once per place, however many facts share the word."""

    def __init__(self, text: str, group: SentenceHits, facts: list[CompiledFact],
                 kinds: Sequence[str] = ()) -> None:
        self._text = text
        self._group = group
        self._facts = facts
        self._kinds = kinds
        self._before: dict[tuple[int, int], list[Hit]] = {}
        self._about: dict[tuple[int, int], set[int]] | None = None

    def other_event(self, trigger: Hit) -> bool:
        """A trigger named after an entity its fact does not involve is another event:
        "the Budapest meeting" is not the Trump–Zelensky meeting. A trigger in the past
        tense is a verb and the name before it its subject: another event only when a fact
        with that word is about the subject ("Lavrov spoke" is the Rubio–Lavrov call,
        "Berset announced" may be any announcement)."""
        requires = self._facts[trigger.target].requires
        if not requires:
            return False
        text, group = self._text, self._group
        for entity in self._names_before(trigger):
            if entity.target in requires:
                continue
            if is_verb(text, trigger) or _subject_verb(text, entity, trigger, self._kinds):
                return self._word_of(entity, trigger)  # "Berset announced"
            if _office_of(text, entity, group, requires):  # "X served as the ISS commander"
                return False
            return self._names_event(entity, trigger)
        return False

    def _names_before(self, trigger: Hit) -> list[Hit]:
        """The names joined to the trigger's start, in the sentence's order."""
        place = (trigger.start, trigger.end)
        found = self._before.get(place)
        if found is None:
            text = self._text
            found = self._before[place] = [
                e for e in self._group.entities
                if e.end <= trigger.start
                and (joiner := _JOINER.match(text, e.end, trigger.start)) is not None
                and joiner.end() == trigger.start
            ]
        return found

    def _word_of(self, entity: Hit, trigger: Hit) -> bool:
        """Whether a fact with the trigger's word at that place is about the entity."""
        if self._about is None:
            self._about = {}
            for hit in self._group.triggers:
                self._about.setdefault((hit.start, hit.end), set()).update(
                    self._facts[hit.target].requires)
        return entity.target in self._about.get((trigger.start, trigger.end), ())

    def _names_event(self, entity: Hit, trigger: Hit) -> bool:
        """Whether a name before a trigger names another event: a person takes part in it
        ("the Rubio–Lavrov call"), a place is where it is ("the Geneva meeting"); an
        organisation or thing names one when the fact needs another of its kind or a fact
        with the same word is about it; else it only qualifies the word ("the NASA
        commander"). Without the entities' kinds every name counts."""
        kinds = self._kinds
        if not kinds:
            return True
        kind = kinds[entity.target]
        if kind in ("person", "place") or any(
            kinds[e] == kind for e in self._facts[trigger.target].requires
        ):
            return True
        return self._word_of(entity, trigger)


# Words before a name that make it a modifier of the noun after it: "the Rubio–Lavrov call".
_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|last|next|its|their|his|her|our)|['’]s)\s+$",
    re.IGNORECASE,
)


def _subject_verb(text: str, entity: Hit, trigger: Hit, kinds: Sequence[str]) -> bool:
    """A person's name with no determiner before it, then a verb form whose past is
    itself or that ends in -s: the subject and its verb ("Verstappen beat", "Perez
    trails"), not a noun it qualifies ("the Putin talks")."""
    if kinds and kinds[entity.target] != "person":
        return False
    if text[entity.end : trigger.start].strip() or _DETERMINER.search(
        text, max(0, entity.start - 12), entity.start
    ):
        return False
    word = text[trigger.start : trigger.end].split()[0].lower()
    return word in SAME_PAST_FORMS or (word.endswith("s") and not word.endswith("ss"))


# What links a person to the office they hold: "served as the", "was named", ", the".
_HOLDS = re.compile(
    r"\s*(?:,|(?:has\s+|had\s+)?(?:served|serves|serving|was|is|became|becomes|remained"
    r"|remains)(?:\s+as)?|(?:was\s+|is\s+)?(?:named|appointed|elected)(?:\s+as)?)"
    r"\s+(?:the|a|an)\s+"
)


def _office_of(text: str, entity: Hit, group: SentenceHits, requires: frozenset[int]) -> bool:
    """The name before the trigger qualifies an office that the fact's own person holds:
    "Lind served as the Orrin governor", "Lind, the Orrin governor"."""
    return any(
        h.target in requires and h.end <= entity.start
        and (m := _HOLDS.match(text, h.end, entity.start)) is not None
        and m.end() == entity.start
        for h in group.entities
    )


def is_verb(text: str, trigger: Hit) -> bool:
    """Whether the trigger as written ends in a past-tense verb form ("announced", "won")."""
    return ends_in_past_form(text[trigger.start : trigger.end])
