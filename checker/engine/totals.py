"""Triggers that a total includes or leaves out: "With add-ons, the package is worth
€80m", "€72m plus add-ons", "excluding tax". The figure outside such a trigger's phrase is
the total's, not the trigger's; a figure inside it ("plus add-ons of €12m") is the
trigger's."""

from __future__ import annotations

import re

from checker.engine.matcher import Hit
from checker.extract.dates import DateMention
from checker.extract.numbers import NumberMention
from checker.text.segment import Sentence

# A trigger after these is part of a total: "with add-ons", "plus bonuses", "excluding tax".
_INCLUSIVE = re.compile(
    r"\b(?:with|including|plus|excluding|without|not\s+including)\s+"
    r"(?:(?:the|its|their|all)\s+)?$",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(r"[,;:()]")


Phrases = dict[tuple[int, int], tuple[int, int]]  # trigger span → its phrase's span


def included_phrases(text: str, sentence: Sentence, triggers: list[Hit]) -> Phrases:
    """The triggers that a total includes or leaves out ("with add-ons", "plus bonuses"),
    each with the span of its phrase: from the preposition to the next punctuation."""
    found: Phrases = {}
    for hit in triggers:
        before = _INCLUSIVE.search(text, max(sentence.start, hit.start - 24), hit.start)
        if before is None:
            continue
        end = _PHRASE_END.search(text, hit.end, sentence.end)
        stop = sentence.end if end is None else end.start()
        found[(hit.start, hit.end)] = (before.start(), stop)
    return found


def outside_phrase(included: Phrases, hit: Hit, value: DateMention | NumberMention) -> bool:
    """Whether the value stands outside the phrase of a trigger a total includes: the
    figure is then the total's, not the trigger's ("€72m plus add-ons")."""
    phrase = included.get((hit.start, hit.end))
    return phrase is not None and not (phrase[0] <= value.start < phrase[1])
