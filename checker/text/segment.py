"""Sentences, clause boundaries and quotations, found with a few regular expressions.

Built for news copy as scraped: abbreviations (U.S., Oct., Mr, No.), headlines and
captions with no final stop (a line break ends a sentence unless the next line goes on
in lower case), and words glued together where a page lost its spaces
("content.Manage", "MeetingIt was").
"""

from __future__ import annotations

import re
from bisect import bisect_right
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

# A stop, then optional closing quotes/brackets, then space: a possible boundary. (A
# single class first, not a repeat, lets the search skip to stops.)
_STOP = re.compile(r"""[.!?…][.!?…]*["'”’)\]]*(?=\s+["“‘'(\dA-ZÀ-ÖØ-Ý])""")
_LINE_BREAK = re.compile(r"\n(?![ \t]*[a-z])")
# Spaces lost between sentences: "content.Manage" and "MeetingIt was".
_GLUED_STOP = re.compile(r"[.!?](?=[A-Z][a-z]{2})")
_GLUED_WORD = re.compile(r"(?:It|The|He|She|They|We|This|There|In|On|But|A|An)(?=\s)")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


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


def _lower_before(text: str, pos: int) -> bool:
    before = text[max(0, pos - 2) : pos]
    return len(before) == 2 and before.isascii() and before.isalpha() and before.islower()


def _boundaries(text: str) -> list[int]:
    cuts: set[int] = set()
    for match in _STOP.finditer(text):
        stop = match.start()
        after = match.end()
        kind = _abbreviation(text, stop) if match.group() == "." else None
        if kind is not None:
            next_word = _NEXT_WORD.match(text, after)
            starts = next_word is not None and next_word.group(1).lower() in _SENTENCE_STARTERS
            if not (kind == "initials" and starts):
                continue
        cuts.add(after)
    cuts.update(m.start() for m in _LINE_BREAK.finditer(text))
    # Candidates are found by their fixed part, then kept when two lower-case letters
    # stand right before them (a lookbehind at every position would be slow).
    cuts.update(
        m.end() for m in _GLUED_STOP.finditer(text) if _lower_before(text, m.start())
    )
    cuts.update(
        m.start() for m in _GLUED_WORD.finditer(text) if _lower_before(text, m.start())
    )
    return sorted(cuts)


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences; whitespace around each is left out of its span."""
    sentences: list[Sentence] = []
    start = 0
    for cut in [*_boundaries(text), len(text)]:
        chunk = text[start:cut]
        stripped = chunk.lstrip()
        if stripped:
            first = cut - len(stripped)
            sentences.append(Sentence(first, first + len(stripped.rstrip())))
        start = cut
    return sentences


# Quotation marks: curly pairs, straight double quotes, and single quotes that are not
# apostrophes (an opening one follows a space or bracket; a closing one is not followed
# by a letter).
# (One class of opening marks comes first, so that the search skips to them; each branch
# then looks back at the mark it needs.)
_QUOTE = re.compile(
    r"[“\"‘'](?:(?<=“)[^”\n]*”?|(?<=\")[^\"\n]*\""
    r"|(?<=[‘'])(?<![\w’'][‘'])(?=\w)[^‘’'\n]*?[\w.,!?][’'](?!\w))"
)


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans [start, end) of direct quotations in text[start:end], marks included."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text, start, stop)]


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
