"""Which entity a value is about: the subject of its clause, not the nearest name.

"… ensured that Red Bull continued their record with 14 wins": the clause of "14" opens
after "that", and its first name, Red Bull, is its subject; the fact about Pérez's wins
does not take the value even though Pérez is named in the sentence. A subject counts only
for a fact about a person or organisation, when it is a person or an organisation that is
not one of the fact's entities nor part of one, is not a possessive ("Vettel's record"),
and no entity of the fact is named in the clause. The engine then judges the value
against the facts about that subject, or about no one, and else leaves it unjudged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.engine.matcher import CompiledEntity, Hit

# Where a clause opens: punctuation, conjunctions, "that" and reporting verbs (the one
# who says is not the one who does: "NASA said four astronauts returned").
_OPENS = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:and|but|while|whereas|although|though|because|that|which|who|"
    r"said|says|say|told|tells|added|adds|announced|reported|confirmed|according to)\b"
)
_AGENTS = frozenset({"person", "organisation"})
_POSSESSIVE = re.compile(r"'s?\b")  # "Vettel's record": a possessive is no subject


def other_subject(
    folded: str,
    sentence_start: int,
    value_start: int,
    names: Sequence[Hit],
    requires: frozenset[int],
    entities: Sequence[CompiledEntity],
) -> Hit | None:
    """The name that opens the clause of the value, when it is an agent other than the
    fact's entities (the value is then about it); else None."""
    if not any(entities[i].entity.kind in _AGENTS for i in requires):
        return None
    opened = sentence_start
    for match in _OPENS.finditer(folded, sentence_start, value_start):
        opened = match.end()
    inside = [h for h in names if opened <= h.start and h.end <= value_start]
    if any(h.target in requires for h in inside):
        return None
    subjects = [h for h in inside if not _POSSESSIVE.match(folded, h.end)]
    if not subjects:
        return None
    subject = subjects[0]
    entity = entities[subject.target]
    if entity.entity.kind not in _AGENTS:
        return None
    own = {entities[i].ids[0] for i in requires}
    return None if own & set(entity.ids) else subject
