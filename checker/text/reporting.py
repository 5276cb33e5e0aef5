"""Acts of reporting and publishing: "said", "told reporters", "tweeted", "in a statement".

They take their own times: in "the minister said on Sunday the crash happened on Friday",
Sunday is when she spoke, not when the train crashed. `reporting_spans` finds them in a
sentence so that placement can keep their dates away from the event they report.
"""

from __future__ import annotations

import re
from functools import cache

from checker.text.inflect import phrase_forms

# Verbs of saying, writing and publishing, in their base form; every inflection counts.
VERBS = (
    "say", "tell", "announce", "tweet", "retweet", "report", "write", "confirm", "claim",
    "explain", "insist", "declare", "reveal", "disclose", "inform", "assert", "acknowledge",
    "admit", "argue", "comment", "remark", "reply", "respond", "warn", "emphasise",
    "emphasize", "speak", "publish",
)  # fmt: skip
# Verbs whose other forms are mostly nouns or other senses ("the state", "adding to"):
# only these forms count.
FORMS = ("added", "stated", "noted", "posted", "stressed", "recalled")
# Nouns naming a statement: "in a statement on Sunday", "a tweet late on Friday".
NOUNS = (
    "statement", "tweet", "press release", "news release", "interview", "remarks",
    "comments", "post", "briefing", "press conference", "news conference", "blog post",
)  # fmt: skip


@cache
def verb_forms() -> frozenset[str]:
    """Every form of the verbs of reporting: says, said, telling, added …"""
    return frozenset({f for verb in VERBS for f in phrase_forms(verb)} | {*FORMS})


@cache
def _pattern() -> re.Pattern[str]:
    """Every form, as one pattern that shares prefixes (a plain alternation of a hundred
    words is tried word by word at every position)."""
    forms = {*verb_forms(), *NOUNS}
    forms.update(noun + "s" for noun in NOUNS if not noun.endswith("s"))
    return re.compile(rf"{_shared_prefixes(sorted(forms))}\b")  # \b before: see below


def _shared_prefixes(words: list[str]) -> str:
    """A pattern matching exactly `words` (sorted), with common prefixes factored out."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    ends = False
    for first, rests in groups.items():
        if not first:
            ends = True
            continue
        parts.append(re.escape(first) + _shared_prefixes(rests))
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return f"(?:{body})?" if ends else body


def reporting_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the folded text names an act of reporting between `start` and `end`."""
    # The word start is checked here: a pattern that opens with letters rather than \b
    # is searched several times faster.
    return [
        m.span()
        for m in _pattern().finditer(folded, start, end)
        if not (m.start() and folded[m.start() - 1].isalnum())
    ]
