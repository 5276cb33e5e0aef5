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


def other_event(
    text: str,
    trigger: Hit,
    group: SentenceHits,
    facts: list[CompiledFact],
    kinds: Sequence[str] = (),
) -> bool:
    """A trigger named after an entity its fact does not involve is another event:
    "the Budapest meeting" is not the Trump–Zelensky meeting. A trigger in the past tense
    is a verb and the name before it its subject: another event only when a fact with
    that word is about the subject ("Lavrov spoke" is the Rubio–Lavrov call, "Berset
    announced" may be any announcement)."""
    requires = facts[trigger.target].requires
    if not requires:
        return False
    for entity in group.entities:
        if entity.end <= trigger.start and entity.target not in requires:
            joiner = _JOINER.match(text, entity.end, trigger.start)
            if joiner is not None and joiner.end() == trigger.start:
                if is_verb(text, trigger) or _subject_verb(text, entity, trigger, kinds):
                    return _word_of(entity, trigger, group, facts)  # "Berset announced"
                if _office_of(text, entity, group, requires):  # "X served as the ISS commander"
                    return False
                return _names_event(entity, trigger, group, facts, kinds)
    return False


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


def _names_event(
    entity: Hit,
    trigger: Hit,
    group: SentenceHits,
    facts: list[CompiledFact],
    kinds: Sequence[str],
) -> bool:
    """Whether a name before a trigger names another event: a person takes part in it
    ("the Rubio–Lavrov call"), a place is where it is ("the Geneva meeting"); an
    organisation or thing names one when the fact needs another of its kind or a fact
    with the same word is about it; else it only qualifies the word ("the NASA
    commander").
    `kinds` gives each entity's kind; without it every name counts."""
    if not kinds:
        return True
    kind = kinds[entity.target]
    if kind in ("person", "place") or any(
        kinds[e] == kind for e in facts[trigger.target].requires
    ):
        return True
    return _word_of(entity, trigger, group, facts)


def _word_of(entity: Hit, trigger: Hit, group: SentenceHits, facts: list[CompiledFact]) -> bool:
    """Whether a fact with the trigger's word at that place is about the entity."""
    return any(
        h[:2] == trigger[:2] and entity.target in facts[h.target].requires
        for h in group.triggers
    )


def is_verb(text: str, trigger: Hit) -> bool:
    """Whether the trigger as written ends in a past-tense verb form ("announced", "won")."""
    return ends_in_past_form(text[trigger.start : trigger.end])
