"""Sentences, clause boundaries and quotations, found with a few regular expressions.

Built for news copy as scraped: abbreviations (U.S., Oct., Mr, No.), headlines and
captions with no final stop (a line break ends a sentence unless the next line goes on
in lower case), and words glued together where a page lost its spaces
("content.Manage", "MeetingIt was").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import repeat
from typing import NamedTuple

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "rep",
        "reps",
        "sen",
        "gov",
        "pres",
        "rev",
        "hon",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "est",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "mt",
        "ft",
    ]
)
_SENTENCE_STARTERS = frozenset(
    [
        "a",
        "an",
        "the",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "there",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "meanwhile",
        "earlier",
        "later",
        "after",
        "before",
        "when",
        "while",
        "as",
        "his",
        "her",
        "their",
        "our",
    ]
)

# What may follow a boundary after a stop: space, then an opening quote or bracket, a
# digit or a capital.
_NEXT = r"""\s+["“‘'(\dA-ZÀ-ÖØ-Ý]"""
# A run of stops, then optional closing quotes/brackets, then space: a boundary after the
# run. A stop glued to the next sentence ("content.Manage") is one too. Full stops are
# searched apart from the rarer !?… so that the search skips ahead to a single character,
# the fastest case for `re`. Only the first stop of a run starts a match (the run is
# then read once: no quadratic cost on "....."); "?." is found by the second pattern.
_FULL_STOP = re.compile(
    rf"""\.(?<![.!?…]\.)(?:[.!?…]*["'”’)\]]*(?={_NEXT})|(?<=[a-z]{{2}}\.)(?=[A-Z][a-z]{{2}}))"""
)
_OTHER_STOP = re.compile(
    rf"""[!?…](?<![.!?…].)(?:[.!?…]*["'”’)\]]*(?={_NEXT})|(?<=[a-z]{{2}}[!?])(?=[A-Z][a-z]{{2}}))"""
)


def _may_abbreviate() -> str:
    """Lookbehinds for what may be an abbreviation (all that _abbreviation accepts, and a
    few more): a letter after a space, quote or stop (initials: J., U.S.), or a word of
    the list after a space or quote (Mr., Oct.)."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(_ABBREVIATIONS):
        by_length.setdefault(len(word), []).append(word)
    branches = [r"""(?<![^ \n("“‘'.].)"""] + [
        rf"""(?<![^ \n("“‘'].{{{length}}})(?<=(?ai:{"|".join(words)}))"""
        for length, words in sorted(by_length.items())
    ]
    # Cheap tests first: a letter, and no word longer than any abbreviation.
    return rf"""(?<=[A-Za-z])(?<![^ \n("“‘']{{7}})(?:{"|".join(branches)})"""


# A full stop alone before the next sentence, after what may be an abbreviation: the few
# stops (among those _FULL_STOP takes) that _abbreviation has to judge.
_ABBREVIATION_STOP = re.compile(rf"\.(?<={_may_abbreviate()}\.)(?={_NEXT})")
# A line break, unless the next line goes on in lower case. Blank lines after it are
# taken along: a single cut serves for them all.
_LINE_BREAK = re.compile(r"\n(?:[ \t]*\n)*(?![ \t]*[a-z])")
# A space lost before a sentence: "MeetingIt was". The class comes first so that the
# search skips to candidates; the lookbehind wants two lower-case letters before one and
# the word it begins.
_GLUED_WORD = re.compile(
    r"[ABHIOSTW](?<=[a-z]{2}(?=(?:It|The|He|She|They|We|This|There|In|On|But|A|An)\s).)"
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_start = re.Match.start
_end = re.Match.end


class Sentence(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass
    """A sentence as a half-open span [start, end) of the document text."""

    start: int
    end: int


def _abbreviation(text: str, stop: int) -> str | None:
    """What the full stop at `stop` ends when not a sentence: "initials" (J., U.S.) or
    "word" (Mr., Oct., No.); None for a sentence."""
    begin = max(0, stop - 12)
    space = max(text.rfind(" ", begin, stop), text.rfind("\n", begin, stop))
    word = text[space + 1 if space >= 0 else begin : stop].lstrip("(\"“‘'")
    if len(word) == 1 or "." in word:
        parts = word.split(".")
        if len(parts) <= 3 and all(len(p) == 1 and p.isascii() and p.isalpha() for p in parts):
            return "initials"
        return None
    return "word" if word.lower() in _ABBREVIATIONS and word.isalpha() else None


def _boundaries(text: str) -> list[int]:
    """Offsets where sentences may end, sorted (a cut may stand anywhere in the space
    between two sentences, and several may stand in one space)."""
    # map() with Match methods keeps the loops over matches out of Python.
    cuts = set(map(_end, _FULL_STOP.finditer(text)))
    for match in _ABBREVIATION_STOP.finditer(text):
        stop = match.start()
        kind = _abbreviation(text, stop)
        if kind is not None:
            next_word = _NEXT_WORD.match(text, stop + 1)
            starts = next_word is not None and next_word.group(1).lower() in _SENTENCE_STARTERS
            if not (kind == "initials" and starts):
                cuts.discard(stop + 1)  # no other stop ends there: it follows a letter
    if "?" in text or "!" in text or "…" in text:  # rare: spare the slower class search
        cuts.update(map(_end, _OTHER_STOP.finditer(text)))
    cuts.update(map(_start, _LINE_BREAK.finditer(text)))
    cuts.update(map(_start, _GLUED_WORD.finditer(text)))
    return sorted(cuts)


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences; whitespace around each is left out of its span."""
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*_boundaries(text), len(text)]:
        chunk = text[start:cut].lstrip()
        if chunk:
            first = cut - len(chunk)
            spans.append((first, first + len(chunk.rstrip())))
        start = cut
    if any(end - begin > MAX_SENTENCE for begin, end in spans):
        spans = [piece for span in spans for piece in _pieces(text, *span)]
    # tuple.__new__ makes each Sentence in C; Sentence(...) would be a Python call.
    return list(map(tuple.__new__, repeat(Sentence), spans))


# Longer "sentences" (lists, tables, text that lost its stops) are cut into pieces, as
# the work on one sentence grows faster than its length; real ones stay under 500.
MAX_SENTENCE = 1_000
_SPACES = re.compile(r"\s*")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most MAX_SENTENCE characters, each at the last
    "; " or ", " of its second half, else at its last space, else at its end; pieces
    are without surrounding whitespace."""
    pieces = []
    half = MAX_SENTENCE // 2
    while end - start > MAX_SENTENCE:
        window = text[start + half : start + MAX_SENTENCE]
        clause = max(window.rfind("; "), window.rfind(", "))
        space = max(window.rfind(" "), window.rfind("\n"))
        if clause >= 0:
            cut = start + half + clause + 1
        elif space >= 0:
            cut = start + half + space
        else:
            cut = start + MAX_SENTENCE
        piece = text[start:cut]
        pieces.append((start, start + len(piece.rstrip())))
        start = _SPACES.match(text, cut, end).end()  # type: ignore[union-attr]
    pieces.append((start, end))
    return pieces


# Quotation marks: curly pairs, straight double quotes, and single quotes that are not
# apostrophes (an opening one follows a space or bracket; a closing one is not followed
# by a letter). One pattern per opening mark, led by the mark, so that each search skips
# ahead to it (a class of all marks would test every character).
_QUOTES = {
    "“": re.compile(r"“[^”\n]*”?"),
    '"': re.compile(r'"[^"\n]*"'),
    "‘": re.compile(r"‘(?<![\w’']‘)(?=\w)[^‘’'\n]*?[\w.,!?][’'](?!\w)"),
    "'": re.compile(r"'(?<![\w’']')(?=\w)[^‘’'\n]*?[\w.,!?][’'](?!\w)"),
}


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans [start, end) of direct quotations in text[start:end], marks included."""
    stop = len(text) if end is None else end
    spans = []
    found = [
        match
        for mark, pattern in _QUOTES.items()
        if mark in text and (match := pattern.search(text, start, stop))
    ]
    # Take the leftmost quotation of any kind, then go on after it.
    while found:
        first = min(found, key=_start)
        spans.append(first.span())
        after = first.end()
        # A pattern whose find began inside that quotation is searched again after it.
        again = (match.re.search(text, after, stop) for match in found if match.start() < after)
        found = [match for match in found if match.start() >= after] + [m for m in again if m]
    return spans


# Where one clause gives way to another: strong boundaries (parentheses, dashes,
# semicolons, a comma before a relative or subordinate word) and weak ones (a bare
# comma or coordinating word; not the comma of "Anchorage, Alaska,").
STRONG_BOUNDARY = re.compile(
    r"\s[-–—]\s|[;:()]|,\s+(?=(?:who|which|where|when|whose|while|whereas|but|although|"
    r"though|because|after|before|as|since|until|followed|days?|weeks?)\b)"
)
WEAK_BOUNDARY = re.compile(r",(?!\s+[A-Z][a-z]+,)|\s(?:and|but|while|then|whereas)\s")


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of the sorted, non-overlapping spans."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]
