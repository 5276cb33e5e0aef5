"""What noun a figure qualifies: "€2bn budget", "two-year truce". A figure written right
before a noun that is none of the fact's trigger words is about that noun, not the fact."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.sheet.base import FactBase
from checker.text.fold import fold
from checker.text.inflect import phrase_forms

# After an optional conversion in brackets, the next word.
_NEXT_WORD = re.compile(r"(?:\s*\([^)]{0,40}\))?[\s-]+([a-z]+)\b")
_NOT_NOUNS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "than",
        "that",
        "which",
        "who",
        "as",
        "after",
        "before",
        "since",
        "until",
        "ago",
        "later",
        "earlier",
        "into",
        "over",
        "under",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "not",
        "now",
        "so",
        "this",
        "last",
        "next",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "each",
        "per",
        "more",
        "less",
        "also",
        "still",
        "already",
        # more prepositions: "58% across the region", "12% among voters"
        "across", "among", "amid", "within", "during", "against", "behind", "above", "below",
        "between", "through", "throughout", "around", "about", "beyond", "without",
        "toward", "towards", "up", "down", "off", "out", "when", "while", "if", "because",
        # the change a figure gives is of the noun after it: "a 27% fall in deaths"
        "fall", "drop", "decline", "decrease", "reduction", "cut", "rise", "increase", "gain",
        "jump", "surge", "slump", "climb", "plunge", "slide", "dip", "growth", "loss",
    ]
)


@lru_cache(maxsize=4096)
def trigger_words(triggers: tuple[str, ...]) -> frozenset[str]:
    """Every folded word of every form of the trigger phrases, hyphenated ones split
    ("sell-on clause" → sell, on, clause), as the word after a figure is read."""
    return frozenset(w for t in triggers for form in phrase_forms(t)
                     for w in fold(form).replace("-", " ").split())


def qualifies_other_noun(fact: FactBase, text: str, end: int) -> bool:
    """True when the figure ending at `end` of the folded text stands right before a noun
    that is none of the fact's trigger words."""
    match = _NEXT_WORD.match(text, end, end + 60)
    if match is None:
        return False
    word = match.group(1)
    if word in _NOT_NOUNS or word.endswith(("ly", "ed")):
        return False
    return word not in trigger_words(tuple(fact.when.trigger))
