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
from typing import Literal

from checker.extract.dates_patterns import by_first_letter, ends_with, plain

Direction = Literal["past", "future", "unknown"]

_CLAUSE = (
    r"[;:()\"“”\n]|\s[-–—]\s|—|[.!?](?<=[a-z0-9]{3}[.!?])\s+(?=[A-Z‘'])"
    r"|,\s*(?=(?:who|which|where|when|and|but|while|after|before|although|though|whereas"
    r"|because)\b)"
)
_CLAUSE_RE = re.compile(_CLAUSE, re.IGNORECASE)
_SEGMENT_BACK = re.compile(_CLAUSE + r"|,\s", re.IGNORECASE)
_SEGMENT_FORWARD = re.compile(_CLAUSE + r"|,\s|\s(?:and|but|or)\s", re.IGNORECASE)


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
_FUTURE = (
    rf"(?:{by_first_letter(_FUTURE_SIGNALS)}"
    r"|(?!(?:was|has|is|his|this|its|us|as|does|thus|plus|less|unless)\s)[a-z0-9]+s\s+"
    rf"(?:{_SCHEDULE_BASE}))"
)

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
_IRR = by_first_letter(_IRREGULAR.split())
_BASE = by_first_letter(_SAME_AS_BASE.split())
# A past-tense verb starting right after a mention, in lower case ("on Sunday waved").
VERB_AFTER = re.compile(rf"\s+(?:{_IRR}|(?!(?:{'|'.join(_ED_FALSE_FRIENDS)})\b)[a-z]{{2,}}ed)\b")
_PAST = rf"(?:(?P<irr>{_IRR})|(?P<base>{_BASE})|(?P<ed>[a-z]{{2,}}ed))"
# Future signals ignore case, past ones do not. Both are searched in one pass over the
# sentence in lower case, a future one first at each start of a word (the empty group
# `future` marks them): the past ones that overlap a future one would not count anyway, and a
# past one (a single word) hides no future one, as those start at the start of a word.
_SIGNALS = re.compile(rf"\b(?=[a-z0-9])(?:{_FUTURE}\b(?P<future>)|{_PAST}\b)")
# A future signal too, but rare enough to look for it only where it occurs; it overlaps no
# other signal.
_LL = re.compile(r"['’]ll\b")
_BASE_BEFORE_WORDS = "will would to can could may might must should shall did does do not"
_BASE_BEFORE = re.compile(
    rf"(?:\b(?:{by_first_letter(_BASE_BEFORE_WORDS.split())})|n['’]t|['’]ll)\s+$",
    re.IGNORECASE,
)
# An -ed word after these is an adjective or a participle whose tense lives elsewhere.
_ED_BEFORE_WORDS = (
    "be been being is are am was were stay stays stayed remain remains remained get gets "
    "the a an its their his her our this that these those"
)
_BE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)
_ED_BEFORE = re.compile(rf"\b(?:{by_first_letter(_ED_BEFORE_WORDS.split())})\s+$", re.IGNORECASE)


def _after_digit(text: str, i: int) -> bool:
    """Does a digit end just before position i, maybe with one space between ("1 am")?"""
    before = text[max(0, i - 2) : i].rstrip(" ")
    return before[-1:].isdigit()


Signal = tuple[int, int, Direction]  # start, end, "future" or "past"


def signals(text: str, lowered: str) -> list[Signal]:
    """The future and past signals of sentence `text` (`lowered` is `text.lower()`), in
    order and not overlapping; found once for all the sentence's mentions."""
    # Future signals are matched in `lowered`, but with İ (which makes it longer) as with
    # IGNORECASE in `text`: the same as in lower case once İ, ı and ſ are folded.
    scanned = lowered if len(lowered) == len(text) else plain(text)
    found: list[Signal] = []
    for m in _SIGNALS.finditer(scanned):
        start, end = m.span()
        kind = m.lastgroup
        if kind == "future":
            if not (scanned.startswith("am", start) and _after_digit(scanned, start)):
                found.append((start, end, "future"))  # "1 am" is a clock time, not "I am"
            continue
        word = m.group()
        if not text.startswith(word, start):  # not in lower case: no past signal
            continue
        if kind == "base":
            if ends_with(_BASE_BEFORE, text, start, 6, 12):
                continue
        elif kind == "ed" and (
            word in _ED_FALSE_FRIENDS or ends_with(_ED_BEFORE, text, start, 8, 12)
        ):
            continue
        elif kind == "irr" and ends_with(_BE_BEFORE, text, start, 5, 12):
            continue  # "will be held": a participle, its tense lives elsewhere
        found.append((start, end, "past"))
    if "'ll" in scanned or "’ll" in scanned:
        found += [(*m.span(), "future") for m in _LL.finditer(scanned)]
        found.sort()
    return found


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """Does the mention open a sentence glued to the one before ("services resume On
    Sunday, trains crossed"): it starts mid-text with a capitalised word that is not the
    weekday or month itself?"""
    if start == 0 or not text[start].isupper():
        return False
    first = text[start:end].split(None, 1)[0]
    return first.lower() in _OPENERS


_OPENERS = frozenset({"on", "last", "this", "next", "in", "early", "late", "since", "by"})


def direction(text: str, found: list[Signal], start: int, end: int) -> Direction:
    """Direction of the weekday mention text[start:end] from the signals of its sentence.
    A plan told in a past clause ("cancelled his visit scheduled on Saturday") may lie
    either side of the dateline: unknown."""
    chosen = _deciding(text, found, start, end)
    if chosen is None:
        return "unknown"
    if chosen[2] == "future" and _PLANNED.match(text, chosen[0]):
        clause = _CLAUSE_RE.search(text, 0, chosen[0])
        opened = 0
        while clause is not None:  # the last boundary before the signal
            opened = clause.end()
            clause = _CLAUSE_RE.search(text, opened, chosen[0])
        if any(s[2] == "past" and opened <= s[0] and s[1] <= chosen[0] for s in found):
            return "unknown"
    return chosen[2]


# Future signals that are participles of a plan: in a past clause, the plan's day may be
# past or still ahead.
_PLANNED = re.compile(r"(?i:scheduled|planned|slated|expected|proposed|due|set\s+(?:to|for))\b")


def _deciding(text: str, found: list[Signal], start: int, end: int) -> Signal | None:
    """The signal that decides the mention's direction, if any."""
    before = after = None  # the nearest signals on either side
    glued = _opens_sentence(text, start, end)  # then the signals before it are another's
    for signal in found:
        if signal[1] <= start:
            before = None if glued else signal
        elif signal[0] >= end:
            after = signal
            break
    if before is None or after is None:
        return before or after  # whatever the segment or clause
    before_first = start - before[1] <= after[0] - end  # the preceding one wins a tie
    for back, forward in ((_SEGMENT_BACK, _SEGMENT_FORWARD), (_CLAUSE_RE, _CLAUSE_RE)):
        # A signal counts if no boundary lies between it and the mention. (No boundary
        # match holds the first character of a signal, so searching back from there finds
        # the same boundaries as scanning the whole text before the mention.)
        before_counts = back.search(text, before[0], start) is None
        if before_counts and before_first:
            return before
        cut = forward.search(text, end)
        if cut is None or cut.start() >= after[1]:
            return after
        if before_counts:
            return before
    return before if before_first else after  # no verb of its own: the sentence's tense


def weekday_direction(text: str, start: int, end: int) -> Direction:
    """Direction of the weekday mention text[start:end] from the tense around it."""
    return direction(text, signals(text, text.lower()), start, end)
