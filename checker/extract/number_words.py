"""Tokenizer and parser for numbers written in words ("twenty-one", "half a million")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import accumulate, chain
from operator import itemgetter
from typing import NamedTuple, cast

from checker.extract.number_lexicon import SCALE_WORDS, TIME_WORDS, UNIT_FIRST_WORDS


class Tok(NamedTuple):
    """A token of kind "n" (digits), "w" (word) or "s" (symbol) with its offsets."""

    kind: str
    raw: str
    low: str
    start: int
    end: int


class WordNumber(NamedTuple):
    """A parsed word number; ``end`` is the index after its last token."""

    end: int
    value: float
    granularity: float
    ordinal: bool = False
    unit: str | None = None


# Each match is (whitespace before, token): digits, a word or one symbol.
_TOKEN_RE = re.compile(
    r"(\s*)([^\W\d_]+(?:['’][^\W\d_]+)*"  # words first: the most common, and never digits
    r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d])(?:\.\d+)?|\d+(?:[.,]\d+)*"
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
_first, _second = itemgetter(0), itemgetter(1)
_make_tok = cast(
    "Callable[[tuple[str, str, str, int, int]], Tok]", partial(tuple.__new__, Tok)
)

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


def tokenize(text: str) -> list[Tok]:
    """Split text into digit runs, words and single symbols (whitespace dropped)."""
    pairs = _TOKEN_RE.findall(text)
    offsets = list(accumulate(map(len, chain.from_iterable(pairs))))  # start, end, start, …
    raws: list[str] = list(map(_second, pairs))
    kinds = map(_KIND_OF.__getitem__, map(_first, raws))
    # Built in C (no Python call per token): this runs on every sentence with a number.
    parts = zip(kinds, raws, map(str.lower, raws), offsets[0::2], offsets[1::2], strict=True)
    return list(map(_make_tok, parts))


def joined(toks: list[Tok], j: int) -> int | None:
    """Index of the word at ``j`` (or after a hyphen at ``j``) joined to ``toks[j-1]``."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "w":
        return j if t.start > toks[j - 1].end else None
    if t.raw == "-" and t.start == toks[j - 1].end and j + 1 < len(toks):
        w = toks[j + 1]
        if w.kind == "w" and w.start == t.end:
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


def _of_follows(toks: list[Tok], k: int) -> bool:
    nk = joined(toks, k + 1)
    return nk is not None and toks[nk].low == "of" and toks[nk - 1].kind == "w"


def _and_fraction(toks: list[Tok], k_and: int) -> tuple[float, int] | None:
    """Parse "and a half" / "-and-a-quarter" starting at the "and" token."""
    ka = joined(toks, k_and + 1)
    if ka is None or toks[ka].low not in ("a", "one"):
        return None
    kh = joined(toks, ka + 1)
    if kh is None or toks[kh].low not in _HALVES:
        return None
    return _HALVES[toks[kh].low], kh + 1


def _fraction(toks: list[Tok], i: int) -> WordNumber | None:
    """Fractions: "two-thirds", "one-third", "three quarters of"."""
    num = _SMALL.get(toks[i].low, 0)
    nk = joined(toks, i + 1)
    if not 1 <= num <= 9 or nk is None or toks[nk].low not in _FRACTIONS:
        return None
    den_word = toks[nk].low
    plural = den_word.endswith("s")
    if plural != (num > 1):
        return None
    hyphen = toks[nk - 1].raw == "-"
    if not hyphen and (not plural or den_word == "quarters") and not _of_follows(toks, nk):
        return None
    den = _FRACTIONS[den_word]
    return WordNumber(nk + 1, num / den, 1 / den)


def _after_a(toks: list[Tok], i: int) -> WordNumber | None:
    """After "a": "a hundred", "a dozen", "a third of", "by a quarter", "a year and a half"."""
    nk = joined(toks, i + 1)
    if nk is None:
        return None
    w = toks[nk].low
    if w in SCALE_WORDS or w in ("hundred", "dozen"):
        return _cardinal(toks, nk, 1, "a")
    after_by = i > 0 and toks[i - 1].low == "by" and joined(toks, nk + 1) != nk + 2
    if w in _FRACTIONS and not w.endswith("s") and (after_by or _of_follows(toks, nk)):
        return WordNumber(nk + 1, 1 / _FRACTIONS[w], 1 / _FRACTIONS[w])
    k_and = joined(toks, nk + 1)
    if w in TIME_WORDS and k_and is not None and toks[k_and].low == "and":
        frac = _and_fraction(toks, k_and)
        if frac is not None:
            return WordNumber(frac[1], 1 + frac[0], frac[0], unit=TIME_WORDS[w])
    return None


def _half(toks: list[Tok], i: int) -> WordNumber | None:
    """Halves: "half a million", "half a dozen"; "half an hour" (the caller reads the unit)."""
    ka = joined(toks, i + 1)
    if ka is None or toks[ka].low not in ("a", "an"):
        return None
    nk = joined(toks, ka + 1)
    if nk is None:
        return None
    w = toks[nk].low
    if w in SCALE_WORDS:
        v = 0.5 * 10.0 ** SCALE_WORDS[w]
        return WordNumber(nk + 1, v, v)
    if w == "dozen":
        return WordNumber(nk + 1, 6.0, 1.0)
    if w in UNIT_FIRST_WORDS:
        return WordNumber(ka + 1, 0.5, 0.5)
    return None


def _cardinal(toks: list[Tok], i: int, cur: int = 0, last: str | None = None) -> WordNumber | None:
    """Parse a cardinal from ``toks[i]``; ``last`` is the kind of the previous word."""
    total, big, k, end = 0, 99, i, i
    dozen = False
    while True:
        w = toks[k].low
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
        if toks[nk].low == "and":
            if last in ("u", "t", "x"):
                frac = _and_fraction(toks, nk)
                if frac is not None:
                    return _scaled_fraction(toks, total + cur + frac[0], frac[0], frac[1])
            after = joined(toks, nk + 1)
            if last not in ("h", "s") or after is None:
                break
            if toks[after].low not in _TENS and _SMALL.get(toks[after].low, 0) < 1:
                break
            nk, last = after, "and"
        k = nk
    if last in (None, "a", "and"):
        return None
    value = float(total + cur)
    return WordNumber(end, value, 1.0 if dozen else int_granularity(value))


def _scaled_fraction(toks: list[Tok], value: float, gran: float, end: int) -> WordNumber:
    """A number with "and a half", then an optional scale word ("two and a half million")."""
    nk = joined(toks, end)
    if nk is not None and toks[nk].low in SCALE_WORDS:
        mult = 10.0 ** SCALE_WORDS[toks[nk].low]
        return WordNumber(nk + 1, value * mult, gran * mult)
    return WordNumber(end, value, gran)


def parse_words(toks: list[Tok], i: int) -> WordNumber | None:
    """Parse the word number starting at ``toks[i]``, or return None."""
    w = toks[i].low
    if w in ("a", "an"):
        return _after_a(toks, i)
    if w == "half":
        return _half(toks, i)
    if w in ORDINALS:
        return WordNumber(i + 1, float(ORDINALS[w]), 1.0, ordinal=True)
    if w not in _SMALL and w not in _TENS:
        return None
    return _fraction(toks, i) or _cardinal(toks, i)
