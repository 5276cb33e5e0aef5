"""Find numbers, amounts and durations in news copy.

``find_numbers`` returns each quantity with its hedge ("more than"), currency, scale
("billion", "bn"), unit ("three-year", "per cent") and the precision it was written to.
Digits and words both count ("1,500", "twenty-one", "half a million", "a year and a half").
Not returned: vague plurals ("dozens", "billions of dollars"), dates and times ("October 21",
"10:30", "in 2025", "1990s"), phone numbers, labels ("Article 5", "No. 10", "F-16", "G7",
"Air Force One") and "one" used as a pronoun ("no one", "one of the").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NamedTuple

from checker.extract.number_context import (
    currency_after,
    currency_before,
    hedge_before,
    initial,
    is_label,
    is_year,
    scale_after,
    unit_after,
)
from checker.extract.number_lexicon import (
    DATE_MASK_RE,
    MONTH_NAMES,
    ONE_DAY_NEXT,
    ONE_DAY_PREV,
    ONE_NEXT,
    ONE_PREV,
    ORDINAL_DET,
    ORDINAL_IDIOMS,
    TIME_UNITS,
)
from checker.extract.number_words import (
    NUMBER_WORDS,
    START_WORDS,
    Tok,
    joined,
    parse_words,
    tokenize,
)


class Hedge(StrEnum):
    """How the copy qualifies a number."""

    OVER = "over"  # over, more than, above, upwards of, in excess of
    UNDER = "under"  # under, less than, fewer than, below
    AT_LEAST = "at-least"  # at least, no fewer than
    AT_MOST = "at-most"  # up to, at most, no more than
    NEARLY = "nearly"  # nearly, almost, close to, just under
    ABOUT = "about"  # about, around, roughly, some, approximately, an estimated, ~


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A quantity as written; ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str
    value: float
    granularity: float
    hedge: Hedge | None
    unit: str | None
    currency: str | None
    ordinal: bool = False
    parenthetical: bool = False


class _Core(NamedTuple):
    """The number itself: token range ``[first, end)`` before hedge, currency and scale."""

    first: int
    end: int
    value: float
    gran: float
    ordinal: bool
    unit: str | None
    digits: bool


_QUICK_DIGIT_RE = re.compile(r"[\d½¼¾]")
_QUICK_WORD_RE = re.compile(r"[a-z]+")
_NUM_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?"
)
# Between an amount and its conversion: "€140bn ($163bn)", "a €140bn plan (about $163bn)".
_PAREN_GAP_RE = re.compile(
    r"[^()\[\]\d.;!?]{0,40}[(\[]\s*(?:or\s+|i\.e\.,?\s+|equivalent\s+to\s+)?"
)
_ORD_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_GLUED_BEFORE = frozenset("/:#№.")  # "24/7", "10:30", "#3", "No.3"
_HYPHENS = frozenset("-−–+")
_SEPARATORS = str.maketrans("", "", ", \u00a0\u2009\u202f")  # thousands, in digit tokens


def _digit_core(toks: list[Tok], i: int, floor: int) -> _Core | None:
    """Digits with their sign, ordinal suffix ("21st") or fraction ("2½"); None for codes."""
    t = toks[i]
    if not t.raw.isdigit() and not _NUM_RE.fullmatch(t.raw):
        return None
    first, sign = i, 1.0
    if i > 0 and toks[i - 1].end == t.start:
        p = toks[i - 1]
        if p.kind == "w" or p.raw in _GLUED_BEFORE:
            return None
        if p.raw in _HYPHENS:
            pp = toks[i - 2] if i > 1 else None
            if pp is not None and pp.end == p.start and pp.kind != "s":
                # "F-16", "COVID-19", "2024-25"; "10-12" is a range and keeps both numbers
                if pp.kind == "w" or (len(pp.raw) == 4 and len(t.raw) <= 2):
                    return None
            elif p.raw != "–" and i - 1 >= floor:
                first, sign = i - 1, (1.0 if p.raw == "+" else -1.0)
    if t.raw[0] == "0" and t.raw[1:2].isdigit():
        return None  # "01", "007": codes, not quantities
    clean = t.raw if t.raw.isdigit() else t.raw.translate(_SEPARATORS)
    value = float(clean)
    if "." in clean:
        gran = 10.0 ** -len(clean.split(".")[1])
    else:
        stripped = clean.rstrip("0")
        gran = 10.0 ** (len(clean) - len(stripped)) if stripped else 1.0
    end, ordinal = i + 1, False
    if end < len(toks) and toks[end].start == t.end:
        nt = toks[end]
        after = toks[end + 1] if end + 1 < len(toks) else None
        if nt.raw in ("/", ":") and after is not None and after.kind == "n":
            return None
        if nt.low in _ORD_SUFFIX and t.raw.isdigit():
            end, ordinal, gran = end + 1, True, 1.0
        elif nt.raw in _VULGAR:
            value += _VULGAR[nt.raw]
            end, gran = end + 1, 0.25 if nt.raw != "½" else 0.5
    return _Core(first, end, sign * value, gran, ordinal, None, True)


def _word_ok(toks: list[Tok], i: int, end: int, value: float, ordinal: bool) -> bool:
    """Reject proper names ("Air Force One"), pronoun "one" and non-ordinal "first"/"second"."""
    t = toks[i]
    if t.raw[0].isupper() and not initial(toks, i):
        return False
    nk = joined(toks, end)
    nxt = toks[nk].low if nk is not None else ""
    prev = toks[i - 1].low if i > 0 and toks[i - 1].kind == "w" else ""
    hyphen = nk is not None and toks[nk - 1].raw == "-"
    if ordinal:
        if nxt == "of":
            month = joined(toks, nk + 1) if nk is not None else None
            if month is not None and toks[month].raw in MONTH_NAMES:
                return False
        if end < len(toks) and toks[end].raw == "," and initial(toks, i):
            return False  # "Fourth, the ..."
        if hyphen and nxt in ORDINAL_IDIOMS:
            return False  # "third-party", "second-hand"
        if t.low in ("first", "second") and end == i + 1:
            det = prev in ORDINAL_DET or prev.endswith(("'s", "’s"))
            if not det or nxt in ("", "of"):
                return False
            if t.low == "first":
                unit = unit_after(toks, end)
                return unit is not None and unit[0] in TIME_UNITS
        return True
    if t.low == "one" and end == i + 1 and value == 1:
        if nxt in ONE_NEXT or nk is None or (not hyphen and prev in ONE_PREV):
            return False
        if prev == "at" and nxt in ("point", "stage", "time"):
            return False  # "at one point"
        if nxt == "day" and not hyphen and prev not in ONE_DAY_PREV:
            after = joined(toks, nk + 1) if nk is not None else None
            return after is not None and toks[after].low in ONE_DAY_NEXT  # not "one day, …"
    return True


def _word_core(toks: list[Tok], i: int) -> _Core | None:
    """The word number starting at ``toks[i]`` ("twenty-one", "half a million")."""
    wn = parse_words(toks, i)
    if wn is None or not _word_ok(toks, i, wn.end, wn.value, wn.ordinal):
        return None
    return _Core(i, wn.end, wn.value, wn.granularity, wn.ordinal, wn.unit, False)


def _mention_at(
    text: str, lo: int, toks: list[Tok], i: int, floor: int, core: _Core
) -> tuple[NumberMention, int] | None:
    """The mention around ``core`` (at ``toks[i]``, ``lo`` the offset of the tokens in
    ``text``), and the index after it."""
    first, end, value, gran, unit = core.first, core.end, core.value, core.gran, core.unit
    currency: str | None = None
    hedge: Hedge | None = None
    scaled = False
    if not core.ordinal:
        before = currency_before(toks, first, floor)
        if before is not None:
            currency, first = before
        if core.digits:
            sc = scale_after(toks, end, value, currency is not None)
            if sc is not None:
                mult = 10.0 ** sc[0]
                value, gran = round(value * mult, 6), round(gran * mult, 6)
                end, scaled = sc[1], True
        if currency is None and unit is None:
            after = currency_after(toks, end, scaled)
            if after is not None:
                currency, end = after
    if unit is None and currency is None:
        found = unit_after(toks, end)
        if found is not None:
            unit, end = found
    if toks[end - 1].low in ("a", "an"):
        return None  # "half a square meal"
    if not core.ordinal:
        hedged = hedge_before(toks, first, floor)
        if hedged is not None:
            hedge, first = Hedge(hedged[0]), hedged[1]
    if end < len(toks) and toks[end].start == toks[end - 1].end and toks[end].kind != "s":
        return None  # "1990s", "4G", "10am"
    bare = unit is None and currency is None and hedge is None and not scaled
    if bare and (is_label(toks, i) or (core.digits and not core.ordinal and is_year(toks, i))):
        return None
    s, e = toks[first].start + lo, toks[end - 1].end + lo
    mention = NumberMention(
        s, e, text[s:e], value, gran, hedge, unit, currency, ordinal=core.ordinal
    )
    return mention, end


def _is_conversion(text: str, prev: NumberMention, m: NumberMention) -> bool:
    """Whether ``m`` is a conversion in parentheses of the amount ``prev`` before it."""
    same_kind = (prev.currency is None) == (m.currency is None)
    measured = m.currency is not None or m.unit is not None
    return same_kind and measured and bool(_PAREN_GAP_RE.fullmatch(text, prev.end, m.start))


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number, amount and duration written in ``text[start:end]``, in order."""
    lo = min(max(start, 0), len(text))
    hi = len(text) if end is None else min(max(end, lo), len(text))
    sub = text[lo:hi]
    if not _QUICK_DIGIT_RE.search(sub) and NUMBER_WORDS.isdisjoint(
        _QUICK_WORD_RE.findall(sub.lower())
    ):
        return []
    toks = tokenize(sub)
    masks: list[tuple[int, int]] | None = None  # date spans, found at the first digit number
    found: list[NumberMention] = []
    i = floor = 0
    # Digits and words that may start a number (only words are in START_WORDS).
    for c in [j for j, t in enumerate(toks) if t.kind == "n" or t.low in START_WORDS]:
        if c < i:
            continue  # inside the mention before
        i, t = c, toks[c]
        if t.kind == "n":
            core = _digit_core(toks, i, floor)
            if core is None:
                continue
            if masks is None:
                masks = [m.span() for m in DATE_MASK_RE.finditer(sub)]
            if any(s < t.end and t.start < e for s, e in masks):
                continue
        else:
            core = _word_core(toks, i)
            if core is None:
                continue
        got = _mention_at(text, lo, toks, i, floor, core)
        if got is None:
            continue
        mention, i = got
        floor = i
        if found and _is_conversion(text, found[-1], mention):
            mention = replace(mention, parenthetical=True)
        found.append(mention)
    if found and hi < len(text) and found[-1].end == hi and _glued(text, hi):
        found.pop()  # the range cuts a word or number in two
    if found and found[0].start == lo and _glued(text, lo):
        found.pop(0)
    return found


def _glued(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a run of letters and digits."""
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()
