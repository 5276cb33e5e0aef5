"""Several values of one measure in a sentence: which of them is the fact's is unclear.

"Spoilt ballots ran to 19% in one district, 20.2% in the next and 14.5% in a third": the
fact's trigger stands nearest one of them, but the sentence measures several things of
the same kind, and the sheet's figure may be none of them. A value is not judged against
its fact when the sentence holds a sibling: another value of the same measure (the same
currency or unit, or one the fact would take) that differs from it and that no other fact
of the sentence takes, on the same side of any semicolon. Not siblings: a conversion in
brackets ("150 billion francs (£132 billion)"), and the start of a change ("rose from 238
to 288": the value it rose to is judged; the value it rose from is not). A time that
another quantity is spread over ("14 hours over four days") is not judged as the fact's
either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.engine.matcher import CompiledFact
from checker.engine.plausible import Surroundings, plausible
from checker.extract.dates import DateMention
from checker.extract.number_lexicon import TIME_UNITS
from checker.extract.numbers import NumberMention

_FROM = re.compile(r"(?:^|\W)from\s+(?:\S+\s+){0,2}$")
_TO = re.compile(r"^\W*(?:\S+\s+){0,3}?(?:to|until|till)\s+$")


def sibling_reason(
    fact: CompiledFact,
    value: DateMention | NumberMention,
    values: Sequence[DateMention | NumberMention],
    taken: set[tuple[int, int]],
    text: str,
) -> str | None:
    """Why `value`, placed on `fact`, is not judged for the other values of `values` (one
    sentence's), or None; `taken` holds the spans of values that other facts took."""
    if not isinstance(value, NumberMention) or value.ordinal:
        return None
    spread = next((o for o in values if isinstance(o, NumberMention) and _spread(text, o, value)),
                  None)
    if spread is not None:
        return f"the time '{spread.text}' is spread over"
    found = []
    for other in values:
        if (
            other is value
            or not isinstance(other, NumberMention)
            or other.ordinal
            or other.parenthetical
            or (other.start, other.end) in taken
            or _apart(text, value, other)
            or other.value == value.value
            or not _same_measure(fact, value, other, text)
            or not plausible(fact, other, Surroundings.of(other, text))
        ):
            continue
        if _change(text, value, other):
            if value.start < other.start:
                return f"the value before a change to '{other.text}'"
            continue
        found.append(f"'{other.text}'")
    if not found:
        return None
    return f"one of several values of its measure (also {', '.join(found)})"


def _same_measure(
    fact: CompiledFact, value: NumberMention, other: NumberMention, text: str
) -> bool:
    """Whether `other` measures what `value` does: the same currency or unit, or, for a
    bare number, one the fact's kind would take."""
    if value.currency or other.currency:
        return value.currency == other.currency
    if value.unit not in (None, "person") or other.unit not in (None, "person"):
        return value.unit == other.unit
    accepts = fact.kind.accepts
    return accepts is not None and accepts(fact.fact, other, text)


def _apart(text: str, one: NumberMention, other: NumberMention) -> bool:
    """Whether a semicolon stands between the two values: clauses of their own."""
    first, second = sorted((one, other), key=lambda m: m.start)
    return ";" in text[first.end : second.start]


_OVER = re.compile(r"\s+over\s+")


def _spread(text: str, quantity: NumberMention, span: NumberMention) -> bool:
    """Whether `span` is a time that `quantity`, right before it, is spread over:
    "14 hours over four days", "£5m over three years"."""
    if span.unit not in TIME_UNITS or quantity.end >= span.start:
        return False
    gap = _OVER.fullmatch(text, quantity.end, span.start)
    return gap is not None and (quantity.unit is not None or quantity.currency is not None)


def _change(text: str, one: NumberMention, other: NumberMention) -> bool:
    """Whether the two values are the ends of a change: "from 238 to 288"."""
    first, second = sorted((one, other), key=lambda m: m.start)
    if second.start - first.end > 40:
        return False
    before = text[max(0, first.start - 30) : first.start]
    between = text[first.end : second.start]
    return _FROM.search(before) is not None and _TO.match(between) is not None
