"""Polarity and modality of a clause: is a statement asserted, denied or only hedged?

Shared by every fact kind. The scope of a cue is its clause: the words after the last
clause boundary (a comma, semicolon, colon, parenthesis, dash, "and", "but", "while", "yet"
but not "not yet" or "has yet to", or a relative "when", "which", "who" …) before the point
read, up to that point and at most `WINDOW` words back. A sentence that opens with a
conditional ("If the deal closes, …", "Had the signal worked, …") is
hypothetical as a whole.

    reading(text, folded, sentence_start, 57)
    → Reading(mood="denied", cue="failed to")   for "… Vaishnaw failed to reach Goa on …"

The words are data (`checker.text.polarity_words`); "may" counts only in lower case
("in May" is a month), "would" after a reporting verb and its subject is the "will" of
reported speech ("said it would cut 1,500 jobs"), and phrases such as "not only" or "no
fewer than" deny nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from checker.text import polarity_words as words
from checker.text.inflect import phrase_forms
from checker.text.reporting import verb_forms

Mood = Literal["denied", "hedged"]
WINDOW = 12  # the farthest a cue reaches back, in words

_BOUNDARY = re.compile(
    r"[,;:()\[\]\"]|\s-\s|\s--\s|"
    r"\b(?:and|but|while|whereas|although|though|because|when|where|who|which|whose)\b|"
    r"(?<!\bnot )(?<!n't )(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bis )(?<!\bare )"
    r"(?<!\bwas )(?<!\bwere )\byet\b"  # "yet" opens a clause; "not yet", "has yet to" do not
)
_WORD = re.compile(r"\S+")


class Reading(NamedTuple):
    mood: Mood
    cue: str  # the words as written


def _forms(phrase: str) -> set[str]:
    first, _, rest = phrase.partition(" ")
    if not rest:
        return phrase_forms(phrase) if len(phrase) > 3 else {phrase}
    if first in ("not", "no", "is", "are", "was", "were", "in", "false"):
        return {phrase}
    return phrase_forms(phrase) | {f"{form} {rest}" for form in phrase_forms(first)}


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, Mood], re.Pattern[str]]:
    moods: dict[str, Mood] = {}
    groups: tuple[tuple[tuple[str, ...], Mood], ...] = (
        (words.NEGATORS, "denied"),
        (words.FAILURES, "denied"),
        (words.DENIALS, "denied"),
        (words.HEDGES, "hedged"),
        (words.CONDITIONALS, "hedged"),
        (words.INTENTIONS, "hedged"),
    )
    for group, mood in groups:
        for phrase in group:
            for form in _forms(phrase):
                moods.setdefault(form, mood)
    ordered = sorted(moods, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w'-])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w-])|n't\b"
    )
    moods["n't"] = "denied"
    exceptions = sorted(words.NOT_CUES, key=len, reverse=True)
    not_cues = re.compile(
        r"(?<![\w'-])(?:" + "|".join(re.escape(f) for f in exceptions) + r")(?![\w-])"
    )
    return pattern, moods, not_cues


def clause_start(folded: str, start: int, at: int) -> int:
    """Where the clause holding `at` begins, no further back than `start` nor than
    `WINDOW` words. Read from a window before `at` that doubles until it holds a boundary
    or enough words, so that the cost follows the clause, not the sentence."""
    width = 256
    while True:
        low = max(start, at - width)
        boundary = None
        for match in _BOUNDARY.finditer(folded, low, at):
            boundary = match.end()
        cut = low if boundary is None else boundary
        found = list(_WORD.finditer(folded, cut, at))
        if len(found) > WINDOW:
            return found[-WINDOW].start()
        if boundary is not None or low == start:
            return cut
        width *= 2


def reading(
    text: str, folded: str, sentence_start: int, at: int, hedges: bool = True
) -> Reading | None:
    """How the clause before offset `at` speaks: denied, hedged, or None when asserted.
    `folded` is `fold(text)`; the sentence starts at `sentence_start`. With `hedges`
    False only denials are looked for."""
    pattern, moods, not_cues = _cues()
    opener = _WORD.match(folded, sentence_start)
    if hedges and opener is not None and opener.group().strip("\"'") in words.SENTENCE_CONDITIONALS:
        first = opener.group()
        return Reading("hedged", text[opener.start() : opener.start() + len(first)])
    start = clause_start(folded, sentence_start, at)
    masked = [m.span() for m in not_cues.finditer(folded, start, at)]
    denial: Reading | None = None
    for match in pattern.finditer(folded, start, at):
        if any(s <= match.start() < e for s, e in masked):
            continue
        cue = match.group()
        if cue == "may" and text[match.start()] != "m":
            continue  # "May": a month, or a name
        if cue == "would" and _reported_will(folded, sentence_start, match.start(), match.end()):
            continue  # "said it would cut 1,500 jobs": the "will" of what was said
        found = Reading(moods[cue], text[match.start() : match.end()])
        if found.mood == "hedged" and not hedges:
            continue
        if found.mood == "hedged":
            return found  # a hedge outranks a denial: "could not" is not judged either way
        denial = denial or found
    return denial


# Verbs of committing, read like reporting ones before "would": "pledged it would".
_COMMITTING = ("promise", "pledge", "vow")


def _reported_pattern() -> re.Pattern[str]:
    """A verb of reporting or committing and the subject of what it reports: "said it",
    "told investors the firm", "pledged that they"."""
    forms = {*verb_forms(), *(f for verb in _COMMITTING for f in phrase_forms(verb))}
    words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:that\s+)?(?:[\w'-]+\s+){{1,4}}$")


_REPORTED = _reported_pattern()


def _reported_will(folded: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether "would" at folded[start:end] is the "will" of reported speech: right after a
    reporting verb and its subject, and not "would have" (what did not happen)."""
    if folded.startswith(" have", end):
        return False
    return _REPORTED.search(folded, max(sentence_start, start - 60), start) is not None


def first_reading(
    text: str, folded: str, sentence_start: int, points: tuple[int, ...], hedges: bool = True
) -> Reading | None:
    """The reading of the first of several points (a value, its trigger) whose clause is
    not asserted; None when each is asserted."""
    for at in points:
        found = reading(text, folded, sentence_start, at, hedges)
        if found is not None:
            return found
    return None
