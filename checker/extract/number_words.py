"""Tokenizer and parser for numbers written in words ("twenty-one", "half a million")."""

from __future__ import annotations

import re
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from checker.extract.number_lexicon import SCALE_WORDS, TIME_WORDS, UNIT_FIRST_WORDS


class WordNumber(NamedTuple):
    """A parsed word number; ``end`` is the index after its last token."""

    end: int
    value: float
    granularity: float
    ordinal: bool = False
    unit: str | None = None


# A token: digits, a word or one symbol (``split`` keeps it and the whitespace around it).
# Possessive repeats (++, *+) where nothing after them could make them give back.
_TOKEN_RE = re.compile(
    r"([^\W\d_]++(?:['’][^\W\d_]++)*+"  # words first: the most common, and never digits
    r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d])(?:\.\d+)?|\d++(?:[.,]\d++)*+"
    r"|\S)"
)
_DIGIT_RE = re.compile(r"\d")
_LETTER_RE = re.compile(r"[^\W\d_]")


class _KindOf(dict[str, str]):
    """Token kind by first character: a digit starts digits, a letter a word."""

    def __missing__(self, c: str) -> str:
        kind = "n" if _DIGIT_RE.match(c) else "w" if _LETTER_RE.match(c) else "s"
        self[c] = kind
        return kind


_KIND_OF = _KindOf()
_first = itemgetter(0)


class Tokens:
    """Digit runs, words and single symbols of a text (whitespace dropped), as parallel
    lists: token ``j`` is ``raw[j]`` (``low[j]`` lower-cased) at ``start[j]:end[j]``, of
    kind ``kind[j]``: "n" (digits), "w" (word) or "s" (symbol); ``n`` is their number."""

    __slots__ = ("end", "kind", "low", "n", "raw", "start")

    def __init__(self, text: str) -> None:
        # Built in C (no Python call per token): this runs on every sentence with a number.
        parts: list[str] = _TOKEN_RE.split(text)  # space, token, space, …, token, space
        offsets = list(accumulate(map(len, parts)))  # start, end, start, …, end, len(text)
        self.raw = parts[1::2]
        self.low = list(map(str.lower, self.raw))
        self.kind = list(map(_KIND_OF.__getitem__, map(_first, self.raw)))
        self.start = offsets[0:-1:2]
        self.end = offsets[1::2]
        self.n = len(self.raw)


def _numbered(words: str, first: int = 0, step: int = 1) -> dict[str, int]:
    """{"twenty": 20, "thirty": 30, …} from a space-separated word list."""
    return {w: first + step * i for i, w in enumerate(words.split())}


_SMALL = _numbered(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
)
_TENS = _numbered("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10)
ORDINALS = _numbered(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth",
    1,
)
ORDINALS.update(
    _numbered(
        "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth", 20, 10
    )
)
ORDINALS.update({"hundredth": 100, "thousandth": 1000, "millionth": 1_000_000})
_FRACTIONS = {
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}
_HALVES = {"half": 0.5, "quarter": 0.25}

#: Every word that can begin or belong to a word number (for the cheap pre-check).
NUMBER_WORDS = frozenset(
    [*_SMALL, *_TENS, *ORDINALS, *SCALE_WORDS, *_FRACTIONS, "hundred", "dozen", "half"]
)
#: Words at which a word number may start.
START_WORDS = frozenset([*_SMALL, *_TENS, *ORDINALS, "a", "an", "half"])


def joined(toks: Tokens, j: int) -> int | None:
    """Index of the word at ``j`` (or after a hyphen at ``j``) joined to token ``j-1``."""
    if j >= toks.n:
        return None
    if toks.kind[j] == "w":
        return j if toks.start[j] > toks.end[j - 1] else None
    glued = toks.raw[j] == "-" and toks.start[j] == toks.end[j - 1] and j + 1 < toks.n
    if glued and toks.kind[j + 1] == "w" and toks.start[j + 1] == toks.end[j]:
        return j + 1
    return None


def int_granularity(value: float) -> float:
    """Place of the last non-zero digit of an integer (1 for 0 and for non-integers)."""
    if value == 0 or value != int(value):
        return 1.0
    iv, g = int(value), 1
    while iv % 10 == 0:
        iv //= 10
        g *= 10
    return float(g)


def _of_follows(toks: Tokens, k: int) -> bool:
    nk = joined(toks, k + 1)
    return nk is not None and toks.low[nk] == "of" and toks.kind[nk - 1] == "w"


def _and_fraction(toks: Tokens, k_and: int) -> tuple[float, int] | None:
    """Parse "and a half" / "-and-a-quarter" starting at the "and" token."""
    ka = joined(toks, k_and + 1)
    if ka is None or toks.low[ka] not in ("a", "one"):
        return None
    kh = joined(toks, ka + 1)
    if kh is None or toks.low[kh] not in _HALVES:
        return None
    return _HALVES[toks.low[kh]], kh + 1


def _fraction(toks: Tokens, i: int) -> WordNumber | None:
    """Fractions: "two-thirds", "one-third", "three quarters of"."""
    num = _SMALL.get(toks.low[i], 0)
    if not 1 <= num <= 9:
        return None
    nk = joined(toks, i + 1)
    if nk is None or toks.low[nk] not in _FRACTIONS:
        return None
    den_word = toks.low[nk]
    plural = den_word.endswith("s")
    if plural != (num > 1):
        return None
    hyphen = toks.raw[nk - 1] == "-"
    if not hyphen and (not plural or den_word == "quarters") and not _of_follows(toks, nk):
        return None
    den = _FRACTIONS[den_word]
    return WordNumber(nk + 1, num / den, 1 / den)


def _after_a(toks: Tokens, i: int) -> WordNumber | None:
    """After "a": "a hundred", "a dozen", "a third of", "by a quarter", "a year and a half"."""
    nk = joined(toks, i + 1)
    if nk is None:
        return None
    w = toks.low[nk]
    if w in SCALE_WORDS or w in ("hundred", "dozen"):
        return _cardinal(toks, nk, 1, "a")
    if w in _FRACTIONS and not w.endswith("s"):
        after_by = i > 0 and toks.low[i - 1] == "by" and joined(toks, nk + 1) != nk + 2
        if after_by or _of_follows(toks, nk):
            return WordNumber(nk + 1, 1 / _FRACTIONS[w], 1 / _FRACTIONS[w])
    if w in TIME_WORDS:
        k_and = joined(toks, nk + 1)
        if k_and is not None and toks.low[k_and] == "and":
            frac = _and_fraction(toks, k_and)
            if frac is not None:
                return WordNumber(frac[1], 1 + frac[0], frac[0], unit=TIME_WORDS[w])
    return None


def _half(toks: Tokens, i: int) -> WordNumber | None:
    """Halves: "half a million", "half a dozen"; "half an hour" (the caller reads the unit)."""
    ka = joined(toks, i + 1)
    if ka is None or toks.low[ka] not in ("a", "an"):
        return None
    nk = joined(toks, ka + 1)
    if nk is None:
        return None
    w = toks.low[nk]
    if w in SCALE_WORDS:
        v = 0.5 * 10.0 ** SCALE_WORDS[w]
        return WordNumber(nk + 1, v, v)
    if w == "dozen":
        return WordNumber(nk + 1, 6.0, 1.0)
    if w in UNIT_FIRST_WORDS:
        return WordNumber(ka + 1, 0.5, 0.5)
    return None


def _cardinal(toks: Tokens, i: int, cur: int = 0, last: str | None = None) -> WordNumber | None:
    """Parse a cardinal from ``toks[i]``; ``last`` is the kind of the previous word."""
    total, big, k, end = 0, 99, i, i
    dozen = False
    low = toks.low
    while True:
        w = low[k]
        if w in _SMALL and last in (None, "x", "h", "s", "and"):
            v = _SMALL[w]
            if (last == "x" and not 1 <= v <= 9) or (v == 0 and last is not None):
                break
            cur += v
            last = "u" if v < 10 else "t"
        elif w in _TENS and last in (None, "h", "s", "and"):
            cur += _TENS[w]
            last = "x"
        elif w == "hundred" and last in ("u", "t", "a") and cur:
            cur *= 100
            last = "h"
        elif w in SCALE_WORDS and last in ("u", "t", "x", "h", "a") and SCALE_WORDS[w] < big:
            big = SCALE_WORDS[w]
            total += cur * 10**big
            cur, last = 0, "s"
        elif w == "dozen" and last in ("u", "t", "a") and not total:
            cur, dozen, end, last = cur * 12, True, k + 1, "d"
            break
        elif w in ORDINALS and ORDINALS[w] < 10 and last == "x":
            return WordNumber(k + 1, float(total + cur + ORDINALS[w]), 1.0, ordinal=True)
        else:
            break
        end = k + 1
        nk = joined(toks, k + 1)
        if nk is None:
            break
        if low[nk] == "and":
            if last in ("u", "t", "x"):
                frac = _and_fraction(toks, nk)
                if frac is not None:
                    return _scaled_fraction(toks, total + cur + frac[0], frac[0], frac[1])
            after = joined(toks, nk + 1)
            if last not in ("h", "s") or after is None:
                break
            if low[after] not in _TENS and _SMALL.get(low[after], 0) < 1:
                break
            nk, last = after, "and"
        k = nk
    if last in (None, "a", "and"):
        return None
    value = float(total + cur)
    return WordNumber(end, value, 1.0 if dozen else int_granularity(value))


def _scaled_fraction(toks: Tokens, value: float, gran: float, end: int) -> WordNumber:
    """A number with "and a half", then an optional scale word ("two and a half million")."""
    nk = joined(toks, end)
    if nk is not None and toks.low[nk] in SCALE_WORDS:
        mult = 10.0 ** SCALE_WORDS[toks.low[nk]]
        return WordNumber(nk + 1, value * mult, gran * mult)
    return WordNumber(end, value, gran)


def parse_words(toks: Tokens, i: int) -> WordNumber | None:
    """Parse the word number starting at ``toks[i]``, or return None."""
    w = toks.low[i]
    if w in ("a", "an"):
        return _after_a(toks, i)
    if w == "half":
        return _half(toks, i)
    if w in ORDINALS:
        return WordNumber(i + 1, float(ORDINALS[w]), 1.0, ordinal=True)
    if w not in _SMALL and w not in _TENS:
        return None
    return _fraction(toks, i) or _cardinal(toks, i)
