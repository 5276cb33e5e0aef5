"""Tense around a bare weekday: does "on Thursday" point back or forward?

Clauses are cut at sentence ends, line breaks, semicolons, colons, dashes, parentheses,
double quotes and commas before who/which/where/when/and/but/while/after/before/although/
because. Signals are searched
first in the comma-delimited segment holding the weekday (cut forward also at and/but/or),
then in the whole clause; the signal nearest the weekday decides, the preceding one on a tie.

Future: will, 'll, shall, would, is/are (+ -ing), set to/for, due, expected, scheduled,
plans to, going to, upcoming, next, as soon as, postponed to, present-tense scheduling verbs
("meets", "leaders gather", "who chairs"). Past: said, met, was, were, had, since, ago,
irregular past forms, and verbs in -ed (not after a determiner, be/is/was or stay/remain,
and not the -ed false friends such as "red", "need", "united").
"""

import re
from functools import lru_cache
from typing import Literal

from checker.extract.dates_patterns import ends_with

Direction = Literal["past", "future", "unknown"]

_CLAUSE = (
    r"[;:()\"“”\n]|\s[-–—]\s|—|[.!?](?<=[a-z0-9]{3}[.!?])\s+(?=[A-Z‘'])"
    r"|,\s*(?=(?:who|which|where|when|and|but|while|after|before|although|though|whereas"
    r"|because)\b)"
)
_CLAUSE_RE = re.compile(_CLAUSE, re.IGNORECASE)
_SEGMENT_BACK = re.compile(_CLAUSE + r"|,\s", re.IGNORECASE)
_SEGMENT_FORWARD = re.compile(_CLAUSE + r"|,\s|\s(?:and|but|or)\s", re.IGNORECASE)


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternation of `alternatives` (each starting with a letter) grouped by first
    letter, keeping their order within a group: it matches exactly as the plain alternation
    does, but the regex engine tests a few letters instead of every alternative."""
    rests: dict[str, list[str]] = {}
    for alternative in alternatives:
        rests.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items())


_SCHEDULE_S = [
    "meets", "begins", "starts", "opens", "closes", "resumes", "returns", "arrives", "visits",
    "hosts", "holds", "travels", "goes", r"kicks\s+off", r"takes\s+(?:place|effect)",
    r"comes\s+into\s+(?:force|effect)", "expires", "launches", "convenes", "reconvenes",
    "gathers", r"heads\s+to", "presents", "unveils", "publishes", "hears", "decides",
]  # fmt: skip
_SCHEDULE_BASE = (
    "gather|meet|hold|reopen|open|begin|start|resume|return|travel|head|convene|vote|face|go"
    r"|arrive|decide|play|launch|sit|kick\s+off|take\s+(?:place|effect)"
)
_ING = (
    r"(?:\s+(?:also|now|still|currently|reportedly))?"
    r"(?:\s+(?!(?:some|no|any|every)thing\b|king\b|thing\b|morning\b|evening\b|during\b)"
    r"[a-z]+ing\b)?"
)
# The future signals, in order of preference at one position (as in one alternation).
_FUTURE_SIGNALS = [
    "will", "shall", "would", "upcoming", "next", "expected", "scheduled", "slated", "planned",
    "proposed", "poised", r"set\s+(?:to|for)", r"plans?\s+to", "planning", r"intends?\s+to",
    r"aims?\s+to", r"hopes?\s+to", "expects?", r"going\s+to", r"to\s+be\s+held",
    r"as\s+(?:soon|early)\s+as",
    *(rf"{be}\s+due" for be in ("is", "are", "am", "was", "were")),
    r"due\s+(?:on|at|in|for|back|out|by)",
    *(
        rf"{moved}(?:\s+[\w-]+){{0,3}}?\s+(?:until|till|to)"
        for moved in (
            "postponed", "delayed", "moved", r"pushed\s+back", "rescheduled", "adjourned",
            "deferred", r"put\s+off", r"brought\s+forward",
        )
    ),
    *(be + _ING for be in ("is", "are", "am")),
    *_SCHEDULE_S,
    *(rf"{who}\s+(?!(?:was|has|does|is)\b)[a-z]+s" for who in ("who", "which")),
]  # fmt: skip
_FUTURE = re.compile(
    rf"\b(?=[a-z0-9])(?:{_by_first_letter(_FUTURE_SIGNALS)}"
    r"|(?!(?:was|has|is|his|this|its|us|as|does|thus|plus|less|unless)\s)[a-z0-9]+s\s+"
    rf"(?:{_SCHEDULE_BASE}))\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)

_FUTURE_LOWER = re.compile(_FUTURE.pattern)

_IRREGULAR = (
    "said told met spoke held was were had did went came made took gave saw won lost left "
    "began ran sent wrote fell rose led fought brought bought sold thought found became got "
    "kept paid stood understood spent sought sank swore threw drew flew forgot froze grew hid "
    "knew meant rang rode sang shook slept stole stuck struck swam taught tore withdrew woke "
    "broke chose drove ate fled felt dealt dug heard hung lent lit overtook undertook upheld "
    "forbade arose awoke bore oversaw overcame ago since"
)
_SAME_AS_BASE = "hit cut put set let shut cost hurt quit spread read beat cast burst split upset"
_ED_FALSE_FRIENDS = frozenset({
    "red", "bed", "shed", "wed", "sled", "need", "speed", "seed", "feed", "weed", "heed", "deed",
    "reed", "steed", "breed", "creed", "greed", "indeed", "proceed", "exceed", "succeed", "embed",
    "united", "hundred", "sacred", "naked", "wicked", "rugged", "ragged", "crooked", "beloved",
    "kindred", "hatred",
})  # fmt: skip
_IRR = _by_first_letter(_IRREGULAR.split())
_BASE = _by_first_letter(_SAME_AS_BASE.split())
_PAST = re.compile(rf"\b(?=[a-z])(?:(?P<irr>{_IRR})|(?P<base>{_BASE})|(?P<ed>[a-z]{{2,}}ed))\b")
_BASE_BEFORE = re.compile(
    r"(?:\b(?:will|would|to|can|could|may|might|must|should|shall|did|does|do|not)"
    r"|n['’]t|['’]ll)\s+$",
    re.IGNORECASE,
)
# An -ed word after these is an adjective or a participle whose tense lives elsewhere.
_ED_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|am|was|were|stay|stays|stayed|remain|remains|remained|get|gets"
    r"|the|a|an|its|their|his|her|our|this|that|these|those)\s+$",
    re.IGNORECASE,
)


def _limits(
    text: str, start: int, end: int, back: re.Pattern[str], fwd: re.Pattern[str]
) -> tuple[int, int]:
    lo = 0
    for b in back.finditer(text, 0, start):  # the last boundary before the mention
        lo = b.end()
    nxt = fwd.search(text, end)
    return lo, len(text) if nxt is None else nxt.start()


def _is_past(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 12) : m.start()]
    if m.group("base"):
        return not ends_with(_BASE_BEFORE, before, 6)
    if m.group("ed"):
        return m.group("ed") not in _ED_FALSE_FRIENDS and not ends_with(_ED_BEFORE, before, 8)
    return True


Spans = list[tuple[int, int]]


@lru_cache(maxsize=64)
def _signals(text: str) -> tuple[Spans, Spans]:
    """The future and past signals of a sentence, found once for all its mentions."""
    lowered = text.lower()
    if len(lowered) == len(text):  # matching lower case without IGNORECASE is 3× faster
        future = [(m.start(), m.end()) for m in _FUTURE_LOWER.finditer(lowered)]
    else:
        future = [(m.start(), m.end()) for m in _FUTURE.finditer(text)]
    past = []
    for m in _PAST.finditer(text):
        start, end = m.span()
        if not any(a < end and start < b for a, b in future) and _is_past(m, text):
            past.append((start, end))
    return future, past


def _nearest(text: str, lo: int, hi: int, start: int, end: int) -> Direction:
    every_future, every_past = _signals(text)
    future = [(a, b) for a, b in every_future if lo <= a and b <= hi]
    past = [(a, b) for a, b in every_past if lo <= a and b <= hi]
    best: tuple[int, int, Direction] = (len(text) + 1, 0, "unknown")
    sides: tuple[tuple[list[tuple[int, int]], Direction], ...] = (
        (future, "future"),
        (past, "past"),
    )
    for spans, direction in sides:
        for a, b in spans:
            if b <= start:
                distance, side = start - b, 0
            elif a >= end:
                distance, side = a - end, 1
            else:
                continue
            if (distance, side) < best[:2]:
                best = (distance, side, direction)
    return best[2]


def weekday_direction(text: str, start: int, end: int) -> Direction:
    """Direction of the weekday mention text[start:end] from the tense around it."""
    lo, hi = _limits(text, start, end, _SEGMENT_BACK, _SEGMENT_FORWARD)
    found = _nearest(text, lo, hi, start, end)
    if found == "unknown":
        lo, hi = _limits(text, start, end, _CLAUSE_RE, _CLAUSE_RE)
        found = _nearest(text, lo, hi, start, end)
    if found == "unknown":  # a clause with no verb of its own: the sentence's tense
        found = _nearest(text, 0, len(text), start, end)
    return found
