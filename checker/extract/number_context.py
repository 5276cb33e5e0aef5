"""Context around a number: the scale, unit and currency after it, the hedge and currency
before it, and whether it is a label ("Article 5") or a year rather than a quantity."""

from __future__ import annotations

from checker.extract.number_lexicon import (
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
from checker.extract.number_words import Tok, joined

# First (last for hedges) words of the phrase tables: a cheap test before the lookups.
_UNIT_FIRST = frozenset(k[0] for k in UNITS)
_CURRENCY_FIRST = frozenset(k[0] for k in [*CURRENCY_WORDS, *SCALED_ONLY_CURRENCY])
_HEDGE_LAST = frozenset(k[-1] for k in HEDGES)


def initial(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` starts a sentence (so a capital letter means nothing)."""
    return k == 0 or (toks[k - 1].kind == "s" and toks[k - 1].raw in INITIAL_SYMBOLS)


def _link(toks: list[Tok], j: int) -> tuple[int, str] | None:
    """The token after ``toks[j-1]`` and how it is joined: "" glued, "-" hyphen, " " space."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.start > toks[j - 1].end:
        return j, " "
    if t.raw == "-" and j + 1 < len(toks) and toks[j + 1].start == t.end:
        return j + 1, "-"
    return j, ""


def scale_after(toks: list[Tok], j: int, value: float, currency: bool) -> tuple[int, int] | None:
    """A scale after digits: "140 billion", "140-billion", "€140bn", "$5m", "5 mn"."""
    link = _link(toks, j)
    if link is None or toks[link[0]].kind != "w":
        return None
    k, how = link
    w = toks[k].low
    if w in SCALE_WORDS:
        return SCALE_WORDS[w], k + 1
    exp = SCALE_ABBR.get(w)
    if exp is None or (how != "" and w not in SPACED_SCALE_ABBR and not currency):
        return None
    if toks[k].raw == "m" and not currency:
        nk = joined(toks, k + 1)
        if how != "" or value >= 1000 or (nk is not None and toks[nk].low in METRE_CONTEXT):
            return None  # "a 100m sprint", "the 10,000m": metres
    return exp, k + 1


def unit_after(toks: list[Tok], j: int) -> tuple[str, int] | None:
    """A unit after a number: "%", " per cent", "-year", " straight years", "km/h", "20C"."""
    link = _link(toks, j)
    if link is None:
        return None
    k, how = link
    t = toks[k]
    if how == "" and t.raw in ("C", "F"):
        return ("celsius" if t.raw == "C" else "fahrenheit"), k + 1
    if t.raw == "m":
        return "m", k + 1
    filler = how == " " and t.low in FILLERS
    if filler:
        k += 1
    if k >= len(toks) or toks[k].low not in _UNIT_FIRST:
        return None
    for n in (3, 2, 1):
        key = tuple(x.low for x in toks[k : k + n])
        unit = UNITS.get(key)
        if unit is not None and (not filler or unit in TIME_UNITS):
            return unit, k + len(key)
    return None


def currency_after(toks: list[Tok], j: int, scaled: bool) -> tuple[str, int] | None:
    """A currency after an amount: "140 billion euros", "5 million Swiss francs", "140 €"."""
    link = _link(toks, j)
    if link is None:
        return None
    k, how = link
    t = toks[k]
    if t.kind == "s":
        code = CURRENCY_SYMBOLS.get(t.raw)
        return (code, k + 1) if code is not None and how != "-" else None
    if how == " " and t.raw.isupper() and t.low in CURRENCY_CODES:
        return CURRENCY_CODES[t.low], k + 1
    if t.low not in _CURRENCY_FIRST:
        return None
    for n in (5, 3, 2, 1):
        key = tuple(x.low for x in toks[k : k + n])
        code = CURRENCY_WORDS.get(key) or (SCALED_ONLY_CURRENCY.get(key) if scaled else None)
        if code is not None:
            return code, k + len(key)
    return None


def currency_before(toks: list[Tok], first: int, floor: int) -> tuple[str, int] | None:
    """A currency before an amount: "€", "US$", "EUR "."""
    k = first - 1
    if k < floor:
        return None
    p = toks[k]
    if p.kind == "s" and p.raw in CURRENCY_SYMBOLS:
        q = toks[k - 1] if k - 1 >= floor else None
        if p.raw == "$" and q is not None and q.end == p.start and q.low in DOLLAR_PREFIX:
            return DOLLAR_PREFIX[q.low], k - 1
        return CURRENCY_SYMBOLS[p.raw], k
    if p.kind == "w" and p.end < toks[first].start and p.raw.isupper() and p.low in CURRENCY_CODES:
        return CURRENCY_CODES[p.low], k
    return None


def hedge_before(toks: list[Tok], first: int, floor: int) -> tuple[str, int] | None:
    """A hedge before a number: "more than", "nearly", "an estimated", "~", "approx."."""
    k = first - 1
    if k < floor:
        return None
    p = toks[k]
    if p.raw == "~":
        return "about", k
    if p.raw == "." and k - 1 >= floor and toks[k - 1].low == "approx":
        return "about", k - 1
    if p.kind != "w" or p.end == toks[first].start or p.low not in _HEDGE_LAST:
        return None
    for n in (3, 2, 1):
        s = first - n
        if s >= floor and all(x.kind == "w" for x in toks[s:first]):
            hedge = HEDGES.get(tuple(x.low for x in toks[s:first]))
            if hedge in ("over", "under") and s > 0 and toks[s - 1].low in NOT_BOUND_AFTER:
                return None
            if hedge is not None:
                return hedge, s
    return None


def is_label(toks: list[Tok], i: int) -> bool:
    """A label, not a count: "Article 5", "No. 10", "Boeing 737" (but "Chelsea 3-1" counts)."""
    score = i + 2 < len(toks) and toks[i + 1].raw in ("-", "–") and toks[i + 2].kind == "n"
    if i == 0 or score:
        return False
    p = toks[i - 1]
    if p.raw == "." and i > 1 and toks[i - 2].low in ("no", "nos"):
        return True
    if p.kind != "w" or p.end == toks[i].start:
        return False
    if p.low in LABELS or p.raw in ("No", "NO"):
        return True
    possessive = p.low.endswith(("'s", "’s"))
    proper = p.raw[0].isupper() and not initial(toks, i - 1)
    inner_caps = any(c.isupper() for c in p.raw[1:])  # "iPhone 15", "NATO 5"
    return not possessive and (proper or inner_caps)


def is_year(toks: list[Tok], i: int) -> bool:
    """A bare four-digit 1000–2199 is a year unless a plural noun follows it and a word
    other than "in", "the", "since"… precedes it ("sent 1500 troops")."""
    t = toks[i]
    if len(t.raw) != 4 or not t.raw.isdigit() or not 1000 <= int(t.raw) <= 2199:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    plural = (
        nxt is not None
        and nxt.kind == "w"
        and nxt.raw.islower()
        and len(nxt.raw) > 2
        and nxt.raw.endswith("s")
    )
    if not plural:
        return True
    prev = toks[i - 1] if i > 0 else None
    return prev is not None and not initial(toks, i) and (prev.kind != "w" or prev.low in YEAR_PREV)
