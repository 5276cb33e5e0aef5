"""Acts that are asked for, and whether the sentence says they have happened.

"She backed calls for Ireland to recognise the State of Palestine": "recognise" is asked
for, not asserted (a request word, its object, then "to" and the verb). When the sentence
goes on to say the aim is unrealised ("…, a policy objective that has not yet been
enacted"), the act is denied: it has not happened. The words are data
(`checker.text.polarity_words`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.text import polarity_words as words
from checker.text.inflect import phrase_forms

_BACK = 90  # how far before the act its request is looked for, in characters


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = sorted({f for p in words.REQUESTS for f in phrase_forms(p)}, key=len, reverse=True)
    requests = "|".join(re.escape(f) for f in forms)
    # The request, at most five words of object, "to", at most one adverb: then the act.
    asked = re.compile(
        rf"\b(?:{requests})(?:\s+[\w'’-]+){{0,5}}?\s+to\s+(?:be\s+)?(?:\w+ly\s+)?$"
    )
    done = "|".join(re.escape(p) for p in sorted(words.UNREALISED, key=len, reverse=True))
    undone = re.compile(
        rf"\b(?:(?:has|have|had|is|are|was|were)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
        rf"|(?:has|have|had|is|are|was|were)\s+yet\s+to\s+be\s+|(?:remains?|remained)\s+un)"
        rf"(?:{done})\b"
    )
    return asked, undone


def asked_for(folded: str, start: int) -> tuple[int, int] | None:
    """Where the request stands when the act at `start` is asked for, else None."""
    asked, _ = _patterns()
    match = asked.search(folded, max(0, start - _BACK), start)
    return None if match is None else match.span()


def unrealised(folded: str, end: int) -> tuple[int, int] | None:
    """Where the sentence, after offset `end`, says that the act has not happened."""
    _, undone = _patterns()
    match = undone.search(folded, end)
    return None if match is None else match.span()
