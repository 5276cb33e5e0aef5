"""Context around a number: the scale, unit and currency after it, the hedge and currency
before it, and whether it is a label ("Article 5") or a year rather than a quantity."""

from __future__ import annotations

from collections.abc import Iterable

from checker.extract.number_lexicon import (
    CURRENCY_CASED,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_PREFIX,
    FILLERS,
    HEDGES,
    INITIAL_SYMBOLS,
    LABELS,
    METRE_CONTEXT,
    NOT_BOUND_AFTER,
    SCALE_ABBR,
    SCALE_WORDS,
    SCALED_ONLY_CURRENCY,
    SPACED_SCALE_ABBR,
    TIME_UNITS,
    UNITS,
    YEAR_PREV,
)
from checker.extract.number_words import Tokens, joined


def _lengths(phrases: Iterable[tuple[str, ...]], at: int) -> dict[str, tuple[int, ...]]:
    """{word: lengths of the phrases with that word at index ``at`` (0 or -1), longest first}."""
    out: dict[str, set[int]] = {}
    for phrase in phrases:
        out.setdefault(phrase[at], set()).add(len(phrase))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in out.items()}


# Lengths of the phrases by first (last for hedges) word: a cheap test, then few lookups.
_UNIT_LENGTHS = _lengths(UNITS, 0)
_CURRENCY_LENGTHS = _lengths([*CURRENCY_WORDS, *SCALED_ONLY_CURRENCY], 0)
_HEDGE_LENGTHS = _lengths(HEDGES, -1)
# Tokens (lower case) that can start a scale, currency or unit after a number.
_AFTER_WORDS = frozenset([
    *SCALE_WORDS, *SCALE_ABBR, *CURRENCY_SYMBOLS, *CURRENCY_CODES, *_CURRENCY_LENGTHS,
    *_UNIT_LENGTHS, *FILLERS, "c", "f", "m",
])
#: Tokens (lower case) that can end a currency, or a hedge, before a number: with another
#: token there, ``currency_before`` or ``hedge_before`` finds nothing.
CURRENCY_ENDS = frozenset([*CURRENCY_SYMBOLS, *CURRENCY_CODES])
HEDGE_ENDS = frozenset([*_HEDGE_LENGTHS, "~", "."])


def initial(toks: Tokens, k: int) -> bool:
    """Whether ``toks[k]`` starts a sentence (so a capital letter means nothing)."""
    return k == 0 or toks.raw[k - 1] in INITIAL_SYMBOLS  # symbols only: no word is in it


def link_after(toks: Tokens, j: int) -> tuple[int, str] | None:
    """The token after ``toks[j-1]`` and how it is joined ("" glued, "-" hyphen, " " space);
    None at the end, or if that token cannot start a scale, currency or unit."""
    if j >= toks.n:
        return None
    if toks.start[j] > toks.end[j - 1]:
        k, how = j, " "
    elif toks.raw[j] == "-" and j + 1 < toks.n and toks.start[j + 1] == toks.end[j]:
        k, how = j + 1, "-"
    else:
        k, how = j, ""
    return (k, how) if toks.low[k] in _AFTER_WORDS else None


def scale_after(
    toks: Tokens, link: tuple[int, str], value: float, currency: bool
) -> tuple[int, int] | None:
    """A scale after digits (``link`` from ``link_after``): "140 billion", "140-billion", "€140bn",
    "$5m", "5 mn"."""
    k, how = link
    if toks.kind[k] != "w":
        return None
    w = toks.low[k]
    if w in SCALE_WORDS:
        return SCALE_WORDS[w], k + 1
    exp = SCALE_ABBR.get(w)
    if exp is None or (how != "" and w not in SPACED_SCALE_ABBR and not currency):
        return None
    if toks.raw[k] == "m" and not currency:
        nk = joined(toks, k + 1)
        if how != "" or value >= 1000 or (nk is not None and toks.low[nk] in METRE_CONTEXT):
            return None  # "a 100m sprint", "the 10,000m": metres
    return exp, k + 1


def unit_after(toks: Tokens, link: tuple[int, str]) -> tuple[str, int] | None:
    """A unit after a number (``link`` from ``link_after``): "%", " per cent", "-year",
    " straight years", "km/h", "20C"."""
    k, how = link
    raw = toks.raw[k]
    if how == "" and raw in ("C", "F"):
        return ("celsius" if raw == "C" else "fahrenheit"), k + 1
    if raw == "m":
        return "m", k + 1
    filler = how == " " and toks.low[k] in FILLERS
    if filler:
        k += 1
    lengths = _UNIT_LENGTHS.get(toks.low[k]) if k < toks.n else None
    if lengths is None:
        return None
    for n in lengths:
        key = tuple(toks.low[k : k + n])
        unit = UNITS.get(key)
        if unit is not None and (not filler or unit in TIME_UNITS):
            return unit, k + len(key)
    return None


def currency_after(toks: Tokens, link: tuple[int, str], scaled: bool) -> tuple[str, int] | None:
    """A currency after an amount (``link`` from ``link_after``): "140 billion euros",
    "5 million Swiss francs", "140 €"."""
    k, how = link
    raw, low = toks.raw[k], toks.low[k]
    if toks.kind[k] == "s":
        code = CURRENCY_SYMBOLS.get(raw)
        return (code, k + 1) if code is not None and how != "-" else None
    if how == " " and low in CURRENCY_CODES and raw.isupper():
        return CURRENCY_CODES[low], k + 1
    for n in _CURRENCY_LENGTHS.get(low, ()):
        key = tuple(toks.low[k : k + n])
        code = CURRENCY_WORDS.get(key) or (SCALED_ONLY_CURRENCY.get(key) if scaled else None)
        if code is not None:
            return code, k + len(key)
    return None


def currency_before(toks: Tokens, first: int, floor: int) -> tuple[str, int] | None:
    """A currency before an amount: "€", "US$", "EUR "."""
    k = first - 1
    if k < floor:
        return None
    raw = toks.raw[k]
    if raw in CURRENCY_SYMBOLS:  # only symbol tokens are in it
        q = k - 1
        if raw == "$" and q >= floor and toks.end[q] == toks.start[k]:
            prefix = DOLLAR_PREFIX.get(toks.low[q])
            if prefix is not None:
                return prefix, q
        return CURRENCY_SYMBOLS[raw], k
    low = toks.low[k]
    spaced = toks.end[k] < toks.start[first]
    # a word (only words are in CURRENCY_CODES); glued ("CHF2bn") when three letters or more
    if low in CURRENCY_CODES and (raw.isupper() or raw in CURRENCY_CASED) and (
        spaced or len(raw) >= 3
    ):
        return CURRENCY_CODES[low], k
    return None


def hedge_before(toks: Tokens, first: int, floor: int) -> tuple[str, int] | None:
    """A hedge before a number: "more than", "nearly", "an estimated", "~", "approx."."""
    k = first - 1
    if k < floor:
        return None
    raw = toks.raw[k]
    if raw == "~":
        return "about", k
    if raw == "." and k - 1 >= floor and toks.low[k - 1] == "approx":
        return "about", k - 1
    lengths = _HEDGE_LENGTHS.get(toks.low[k])
    if lengths is None or toks.kind[k] != "w" or toks.end[k] == toks.start[first]:
        return None
    for n in lengths:
        s = first - n
        if s >= floor and toks.kind[s:first].count("w") == n:
            hedge = HEDGES.get(tuple(toks.low[s:first]))
            if hedge in ("over", "under") and s > 0 and toks.low[s - 1] in NOT_BOUND_AFTER:
                return None
            if hedge == "over" and _after_quantity(toks, s):
                return None  # "14 hours over four days": the span it is spread across
            if hedge is not None:
                return hedge, s
    return None


def _after_quantity(toks: Tokens, s: int) -> bool:
    """Whether a number and its unit come right before token `s` ("14 hours over"),
    though another quantity may have read them already."""
    return (s >= 2 and toks.kind[s - 2] == "n" and toks.kind[s - 1] == "w"
            and (toks.low[s - 1],) in UNITS)


def is_label(toks: Tokens, i: int) -> bool:
    """A label, not a count: "Article 5", "No. 10", "Boeing 737" (but "Chelsea 3-1" counts)."""
    score = i + 2 < toks.n and toks.raw[i + 1] in ("-", "–") and toks.kind[i + 2] == "n"
    if i == 0 or score or "," in toks.raw[i]:
        return False  # a score, or thousands grouped ("the Earth 45,676 times"): a count
    raw = toks.raw[i - 1]
    if raw == "." and i > 1 and toks.low[i - 2] in ("no", "nos"):
        return True
    if toks.kind[i - 1] != "w" or toks.end[i - 1] == toks.start[i]:
        return False
    low = toks.low[i - 1]
    if low in LABELS or raw in ("No", "NO"):
        return True
    if low.endswith(("'s", "’s")):
        return False  # possessive
    if raw[0].isupper() and not initial(toks, i - 1):
        return True  # a proper name
    rest = raw[1:]  # "iPhone 15", "NATO 5"; islower() means no capital at all
    return not rest.islower() and any(c.isupper() for c in rest)


def is_year(toks: Tokens, i: int) -> bool:
    """A bare four-digit 1000–2199 is a year unless a plural noun follows it and a word
    other than "in", "the", "since"… precedes it ("sent 1500 troops")."""
    raw = toks.raw[i]
    if len(raw) != 4 or not raw.isdigit() or not 1000 <= int(raw) <= 2199:
        return False
    nxt = toks.raw[i + 1] if i + 1 < toks.n else None
    plural = (
        nxt is not None
        and toks.kind[i + 1] == "w"
        and nxt.islower()
        and len(nxt) > 2
        and nxt.endswith("s")
    )
    if not plural:
        return True
    if i == 0 or initial(toks, i):
        return False
    return toks.kind[i - 1] != "w" or toks.low[i - 1] in YEAR_PREV
