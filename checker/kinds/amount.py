"""`amount`: a sum of money, or a quantity in another unit.

    - id: eu-loan
      amount: {value: 140 billion, currency: EUR}
      when: {trigger: [loan]}
    - id: invested-assets
      amount: {value: more than 5 trillion, currency: USD}   # a bound (see kinds/figure.py)
    - id: reentry-heat
      amount: {value: 3500, unit: degrees Fahrenheit}        # any name of a unit (units.py)

Only amounts in the fact's currency count: "€140-billion ($163-billion)" is checked on
the euros and the dollar conversion is left alone. Another unit of the same measure is
converted ("1,900C" against 3,500 °F) unless it is a conversion in brackets. Rounding in
copy is allowed as `checker.extract.quantity` defines it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, ClassVar

from pydantic import AfterValidator, Field, model_validator

from checker.extract.numbers import NumberMention
from checker.extract.quantity import Interval, consistent_interval
from checker.kinds.base import Context, Evidence, Judgement, Kind
from checker.kinds.figure import FigureValue, judge_figure
from checker.kinds.qualifies import qualifies_other_noun
from checker.kinds.units import convert, convertible, is_measure, read_currency, read_unit
from checker.sheet.base import FactBase, Strict
from checker.text.fold import fold
from checker.text.inflect import phrase_forms


class AmountSpec(Strict):
    value: FigureValue
    currency: Annotated[str, AfterValidator(read_currency)] | None = Field(
        default=None, description="ISO 4217 code: EUR, USD, GBP, CHF, INR …"
    )
    unit: Annotated[str, AfterValidator(read_unit)] | None = Field(
        default=None,
        description="Unit when not money, by any of its names: km, kilometre, mph, °F, per "
        "cent, percentage point …; or a plain noun the number counts (share, seat).",
    )

    @model_validator(mode="after")
    def _one_measure(self) -> AmountSpec:
        if (self.currency is None) == (self.unit is None):
            raise ValueError("give exactly one of 'currency' or 'unit'")
        return self


class AmountFact(FactBase):
    """How much."""

    kind: ClassVar[str] = "amount"
    amount: AmountSpec


def _converts(spec: AmountSpec, value: NumberMention) -> bool:
    """Another unit of the same measure, outside brackets, and within ten times the fact's
    figure once converted (further off, it is likely another quantity)."""
    if value.unit is None or spec.unit is None or value.parenthetical:
        return False
    if not convertible(value.unit, spec.unit) or value.unit in ("celsius", "fahrenheit"):
        return convertible(value.unit, spec.unit)
    size = abs(convert(value.value, value.unit, spec.unit))
    figure = spec.value.first.interval
    return any(
        b != 0 and 0.1 <= size / abs(b) <= 10 for b in (figure.low, figure.high) if b == b
    )


def accepts(fact: AmountFact, value: NumberMention, text: str) -> bool:
    spec = fact.amount
    if spec.currency is not None:
        same = value.currency == spec.currency
    elif spec.unit is not None and not is_measure(spec.unit):
        # a counted noun right after the number: "4.5 shares"
        return value.unit is None and value.currency is None and not value.ordinal and (
            _noun_right_after(spec.unit).match(text, value.end) is not None
        )
    else:
        same = (value.currency is None and value.unit == spec.unit) or _converts(spec, value)
    return same and not qualifies_other_noun(fact, text, value.end)


@lru_cache(maxsize=256)
def _noun_right_after(noun: str) -> re.Pattern[str]:
    forms = sorted({fold(f) for f in phrase_forms(noun)}, key=len, reverse=True)
    return re.compile(r"[\s-]+(?:" + "|".join(map(re.escape, forms)) + r")\b")


def judge(fact: AmountFact, evidence: Evidence, ctx: Context) -> Judgement:
    mention = evidence.value
    assert isinstance(mention, NumberMention)
    spec = fact.amount
    written = consistent_interval(mention)
    if mention.unit is not None and spec.unit is not None and mention.unit != spec.unit:
        ends = sorted((convert(written.low, mention.unit, spec.unit),
                       convert(written.high, mention.unit, spec.unit)))
        written = Interval(ends[0], ends[1], written.low_open, written.high_open)
    verdict, found, expected = judge_figure(
        mention, written, spec.value, ctx.datelines, spec.currency or spec.unit or "",
        rounded=True,
    )
    return Judgement(mention.start, mention.end, verdict, found, expected)


_MONEY = re.compile(
    r"[€$£¥₽₴]|\b[a-z]{3} ?\d|\b(?:euros?|dollars?|pounds?|sterling|yen|yuan|francs?|"
    r"r[ou]ubles?|hryvnias?|rupees?|won)\b"
)


def cue(fact: AmountFact, folded_sentence: str) -> bool:
    """Money for a sum in a currency, the unit's word for another amount."""
    unit = fact.amount.unit
    if unit is None:
        return _MONEY.search(folded_sentence) is not None
    return _UNIT_CUE.search(folded_sentence) is not None if is_measure(unit) else (
        unit.lower()[:4] in folded_sentence
    )


# A digit or a number word: a unit may be written in many ways ("km", "kilometres", "°F").
_UNIT_CUE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                       r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                       r"thousand|million|billion|dozen|half)")


KIND = Kind(
    name="amount",
    model=AmountFact,
    extractor="numbers",
    accepts=accepts,
    judge=judge,
    reach=8.0,
    cue=cue,
)
