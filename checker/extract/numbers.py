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
from dataclasses import dataclass
from enum import StrEnum
from itertools import compress, count
from operator import or_

from checker.extract.number_context import (
    CURRENCY_ENDS,
    HEDGE_ENDS,
    currency_after,
    currency_before,
    hedge_before,
    initial,
    is_label,
    is_year,
    link_after,
    scale_after,
    unit_after,
)
from checker.extract.number_lexicon import (
    CURRENCY_CASED,
    CURRENCY_CODES,
    DATE_HINT_DIGIT_RE,
    DATE_HINT_WORD_RE,
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
    Tokens,
    WordNumber,
    joined,
    parse_words,
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


_HEDGE_OF = {h.value: h for h in Hedge}  # quicker than Hedge(value)


# The number itself, before hedge, currency and scale: its token range ``[first, end)``,
# value, granularity, whether it is an ordinal, its unit and whether it is in digits.
# A plain tuple: cheaper to build than a NamedTuple, and unpacked at once.
_Core = tuple[int, int, float, float, bool, str | None, bool]


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
# A length of clock time written as one hyphened word before its noun names a set length,
# not a round figure ("a 10-second penalty" is not 5 to 15 seconds).
_CLOCK_UNITS = frozenset(("second", "minute", "hour"))
_COMPOUND = re.compile(r"[\w.,]+-[a-z]+")
_SEPARATORS = str.maketrans("", "", ", \u00a0\u2009\u202f")  # thousands, in digit tokens


def _glued_currency(word: str) -> bool:
    """A currency code written against its amount: "CHF2bn", "SwFr3bn"."""
    return len(word) >= 3 and (word.isupper() or word in CURRENCY_CASED) and (
        word.lower() in CURRENCY_CODES
    )


def _digit_core(toks: Tokens, i: int, floor: int) -> _Core | None:
    """Digits with their sign, ordinal suffix ("21st") or fraction ("2½"); None for codes."""
    raw = toks.raw[i]
    plain = raw.isdigit()
    if not plain and not _NUM_RE.fullmatch(raw):
        return None
    first, sign = i, 1.0
    if i > 0 and toks.end[i - 1] == toks.start[i]:
        p = toks.raw[i - 1]
        if (toks.kind[i - 1] == "w" and not _glued_currency(p)) or p in _GLUED_BEFORE:
            return None
        if p in _HYPHENS:
            if i > 1 and toks.end[i - 2] == toks.start[i - 1] and toks.kind[i - 2] != "s":
                # "F-16", "COVID-19", "2024-25"; "10-12" is a range and keeps both numbers
                if toks.kind[i - 2] == "w" or (len(toks.raw[i - 2]) == 4 and len(raw) <= 2):
                    return None
            elif p != "–" and i - 1 >= floor:
                first, sign = i - 1, (1.0 if p == "+" else -1.0)
    if raw[0] == "0" and raw[1:2].isdigit():
        return None  # "01", "007": codes, not quantities
    clean = raw if plain else raw.translate(_SEPARATORS)
    value = float(clean)
    if not plain and "." in clean:
        gran = 10.0 ** -len(clean.split(".")[1])
    else:
        stripped = clean.rstrip("0")
        gran = 10.0 ** (len(clean) - len(stripped)) if stripped else 1.0
    end, ordinal = i + 1, False
    if end < toks.n and toks.start[end] == toks.end[i]:
        nt = toks.raw[end]
        if nt in ("/", ":") and end + 1 < toks.n and toks.kind[end + 1] == "n":
            return None
        if plain and toks.low[end] in _ORD_SUFFIX:
            end, ordinal, gran = end + 1, True, 1.0
        elif nt in _VULGAR:
            value += _VULGAR[nt]
            end, gran = end + 1, 0.25 if nt != "½" else 0.5
    return first, end, sign * value, gran, ordinal, None, True


def _word_ok(toks: Tokens, i: int, wn: WordNumber) -> bool:
    """Reject proper names ("Air Force One"), pronoun "one" and non-ordinal "first"/"second"."""
    end, value, ordinal = wn.end, wn.value, wn.ordinal
    if toks.raw[i][0].isupper() and not initial(toks, i):
        return False
    low = toks.low
    nk = joined(toks, end)
    nxt = low[nk] if nk is not None else ""
    prev = low[i - 1] if i > 0 and toks.kind[i - 1] == "w" else ""
    hyphen = nk is not None and toks.raw[nk - 1] == "-"
    if ordinal:
        if nxt == "of":
            month = joined(toks, nk + 1) if nk is not None else None
            if month is not None and toks.raw[month] in MONTH_NAMES:
                return False
        if end < toks.n and toks.raw[end] == "," and initial(toks, i):
            return False  # "Fourth, the ..."
        if hyphen and nxt in ORDINAL_IDIOMS:
            return False  # "third-party", "second-hand"
        if low[i] in ("first", "second") and end == i + 1:
            det = prev in ORDINAL_DET or prev.endswith(("'s", "’s"))
            if not det or nxt in ("", "of"):
                return False
            if low[i] == "first":
                link = link_after(toks, end)
                unit = unit_after(toks, link) if link is not None else None
                return unit is not None and unit[0] in TIME_UNITS
        return True
    if low[i] == "one" and end == i + 1 and value == 1:
        if nxt in ONE_NEXT or nk is None or (not hyphen and prev in ONE_PREV):
            return False
        if prev == "at" and nxt in ("point", "stage", "time"):
            return False  # "at one point"
        if nxt == "day" and not hyphen and prev not in ONE_DAY_PREV:
            after = joined(toks, nk + 1) if nk is not None else None
            return after is not None and low[after] in ONE_DAY_NEXT  # not "one day, …"
    return True


def _mention_at(
    text: str, lo: int, toks: Tokens, i: int, floor: int, core: _Core, prev: NumberMention | None
) -> tuple[NumberMention, int] | None:
    """The mention around ``core`` (at ``toks[i]``, ``lo`` the offset of the tokens in
    ``text``, ``prev`` the mention before it), and the index after it."""
    first, end, value, gran, ordinal, unit, digits = core
    currency: str | None = None
    hedge: Hedge | None = None
    scaled = False
    link = link_after(toks, end)  # read again when ``end`` moves
    if not ordinal:
        if first > floor and toks.low[first - 1] in CURRENCY_ENDS:
            before = currency_before(toks, first, floor)
            if before is not None:
                currency, first = before
        if digits and link is not None:
            sc = scale_after(toks, link, value, currency is not None)
            if sc is not None:
                mult = 10.0 ** sc[0]
                value, gran = round(value * mult, 6), round(gran * mult, 6)
                end, scaled = sc[1], True
                link = link_after(toks, end)
        if currency is None and unit is None and link is not None:
            after = currency_after(toks, link, scaled)
            if after is not None:
                currency, end = after
    if unit is None and currency is None and link is not None:
        found = unit_after(toks, link)
        if found is not None:
            unit, end = found
    if toks.low[end - 1] in ("a", "an"):
        return None  # "half a square meal"
    if not ordinal and first > floor and toks.low[first - 1] in HEDGE_ENDS:
        hedged = hedge_before(toks, first, floor)
        if hedged is not None:
            hedge, first = _HEDGE_OF[hedged[0]], hedged[1]
    if end < toks.n and toks.start[end] == toks.end[end - 1] and toks.kind[end] != "s":
        return None  # "1990s", "4G", "10am"
    bare = unit is None and currency is None and hedge is None and not scaled
    if bare and (is_label(toks, i) or (digits and not ordinal and is_year(toks, i))):
        return None
    s, e = toks.start[first] + lo, toks.end[end - 1] + lo
    if unit in _CLOCK_UNITS and hedge is None and _COMPOUND.fullmatch(text, s, e):
        gran = min(gran, 1.0)  # "a 10-second penalty", "a 48-hour truce": a set length
    paren = prev is not None and _is_conversion(text, prev, s, currency, unit)
    mention = NumberMention(s, e, text[s:e], value, gran, hedge, unit, currency, ordinal, paren)
    return mention, end


def _is_conversion(
    text: str, prev: NumberMention, start: int, currency: str | None, unit: str | None
) -> bool:
    """Whether the amount at ``start`` is a conversion in parentheses of ``prev``."""
    same_kind = (prev.currency is None) == (currency is None)
    measured = currency is not None or unit is not None
    return same_kind and measured and bool(_PAREN_GAP_RE.fullmatch(text, prev.end, start))


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number, amount and duration written in ``text[start:end]``, in order."""
    lo = min(max(start, 0), len(text))
    hi = len(text) if end is None else min(max(end, lo), len(text))
    sub = text[lo:hi]
    if not _QUICK_DIGIT_RE.search(sub) and NUMBER_WORDS.isdisjoint(
        _QUICK_WORD_RE.findall(sub.lower())
    ):
        return []
    toks = Tokens(sub)
    masks: list[tuple[int, int]] | None = None  # date spans, found at the first digit number
    found: list[NumberMention] = []
    i = floor = 0
    # Digits and words that may start a number (only words are in START_WORDS), found in C.
    starts = map(or_, map("n".__eq__, toks.kind), map(START_WORDS.__contains__, toks.low))
    for c in compress(count(), starts):
        if c < i:
            continue  # inside the mention before
        i = c
        core: _Core | None
        if toks.kind[c] == "n":
            core = _digit_core(toks, c, floor)
            if core is None:
                continue
            if masks is None:
                masks = _date_masks(sub)
            if masks:
                t_start, t_end = toks.start[c], toks.end[c]
                if any(s < t_end and t_start < e for s, e in masks):
                    continue
        else:
            wn = parse_words(toks, c)
            if wn is None or not _word_ok(toks, c, wn):
                continue
            core = c, wn.end, wn.value, wn.granularity, wn.ordinal, wn.unit, False
        got = _mention_at(text, lo, toks, c, floor, core, found[-1] if found else None)
        if got is None:
            continue
        mention, i = got
        floor = i
        found.append(mention)
    if found and hi < len(text) and found[-1].end == hi and _glued(text, hi):
        found.pop()  # the range cuts a word or number in two
    if found and found[0].start == lo and _glued(text, lo):
        found.pop(0)
    return found


def _date_masks(sub: str) -> list[tuple[int, int]]:
    """Spans of the dates, times and phone numbers in ``sub``."""
    if not (DATE_HINT_DIGIT_RE.search(sub) or DATE_HINT_WORD_RE.search(sub)):
        return []
    return [m.span() for m in DATE_MASK_RE.finditer(sub)]


def _glued(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a run of letters and digits."""
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()
