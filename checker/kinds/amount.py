"""`amount`: a sum of money, or a quantity in another unit.

    - id: eu-loan
      amount: {value: 140 billion, currency: EUR}
      when: {trigger: [loan]}

Only amounts in the fact's currency (or unit) count: "€140-billion ($163-billion)" is
checked on the euros and the dollar conversion is left alone. Rounding in copy is
allowed as `checker.quantity` defines it.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, model_validator

from checker.extract.numbers import NumberMention, find_numbers
from checker.kinds.base import Context, Evidence, Judgement, Kind, Verdict
from checker.kinds.qualifies import qualifies_other_noun
from checker.quantity import consistent_interval
from checker.sheet.base import FactBase, Strict


def parse_quantity(value: Any) -> float:
    """A number, or words such as "140 billion" or "1.5m"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        found = find_numbers(value)
        if len(found) == 1 and found[0].text.strip() == value.strip():
            return found[0].value
    raise ValueError(
        f"not an amount: {value!r}; write a number such as 140000000000 or '140 billion'"
    )


Quantity = Annotated[float, BeforeValidator(parse_quantity, json_schema_input_type=float | str)]


class AmountSpec(Strict):
    value: Quantity = Field(description="A number or words such as '140 billion'.")
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = Field(
        default=None, description="ISO 4217 code: EUR, USD, GBP …"
    )
    unit: str | None = Field(default=None, description="Singular unit when not money: tonne, km …")

    @model_validator(mode="after")
    def _one_measure(self) -> AmountSpec:
        if (self.currency is None) == (self.unit is None):
            raise ValueError("give exactly one of 'currency' or 'unit'")
        return self


class AmountFact(FactBase):
    """How much."""

    kind: ClassVar[str] = "amount"
    amount: AmountSpec


def accepts(fact: AmountFact, value: NumberMention, text: str) -> bool:
    spec = fact.amount
    if spec.currency is not None:
        same = value.currency == spec.currency
    else:
        same = value.unit == spec.unit and value.currency is None
    return same and not qualifies_other_noun(fact, text, value.end)


def _format(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:g}"


def judge(fact: AmountFact, evidence: Evidence, ctx: Context) -> Judgement:
    mention = evidence.value
    assert isinstance(mention, NumberMention)
    spec = fact.amount
    verdict = (
        Verdict.AGREES if consistent_interval(mention).contains(spec.value) else Verdict.CONTRADICTS
    )
    expected = f"{_format(spec.value)} {spec.currency or spec.unit}"
    return Judgement(mention.start, mention.end, verdict, mention.text, expected)


_MONEY = re.compile(
    r"[€$£¥₽₴]|\b[a-z]{3} ?\d|\b(?:euros?|dollars?|pounds?|sterling|yen|yuan|francs?|"
    r"r[ou]ubles?|hryvnias?|rupees?|won)\b"
)


def cue(fact: AmountFact, folded_sentence: str) -> bool:
    """Money for a sum in a currency, the unit's word for another amount."""
    unit = fact.amount.unit
    if unit is None:
        return _MONEY.search(folded_sentence) is not None
    if unit.lower() == "percent" and ("%" in folded_sentence or "per cent" in folded_sentence):
        return True  # "64%", "63 per cent"
    return unit.lower()[:4] in folded_sentence


KIND = Kind(
    name="amount",
    model=AmountFact,
    extractor="numbers",
    accepts=accepts,
    judge=judge,
    reach=8.0,
    cue=cue,
)
