"""`count`: how many of something there were.

    - id: statement-signatories
      count: {value: 8, of: [leader]}
      when: {trigger: [joint statement, signed]}

A number counts for the fact when it quantifies one of the `of` nouns ("eight European
leaders": up to three words may stand between). It agrees when the true count lies in
the interval the written number allows (see `checker.quantity`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from pydantic import Field, NonNegativeInt

from checker.extract.numbers import NumberMention
from checker.kinds.base import Context, Evidence, Judgement, Kind, Verdict
from checker.quantity import consistent_interval
from checker.sheet.base import FactBase, Strict, WordList
from checker.text.fold import fold
from checker.text.inflect import phrase_forms


class CountSpec(Strict):
    value: NonNegativeInt
    of: WordList = Field(min_length=1, description="The counted nouns, e.g. [leader, country].")


class CountFact(FactBase):
    """How many."""

    kind: ClassVar[str] = "count"
    count: CountSpec


@lru_cache(maxsize=4096)
def _noun_forms(nouns: tuple[str, ...]) -> str:
    forms = sorted({f for noun in nouns for f in phrase_forms(noun)}, key=len, reverse=True)
    return "|".join(re.escape(fold(f)) for f in forms)


@lru_cache(maxsize=4096)
def _any_noun(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_noun_forms(nouns)})\b")


def cue(fact: CountFact, folded_sentence: str) -> bool:
    """A counted noun is in the sentence."""
    return _any_noun(tuple(fact.count.of)).search(folded_sentence) is not None


@lru_cache(maxsize=4096)
def _noun_after_break(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[\s-](?:{_noun_forms(nouns)})\b")


_LEAD = re.compile(r"[\s-][\s\w'-]*")


def counted_noun(nouns: tuple[str, ...], following: str) -> bool:
    """The text after a number goes on with up to three words (hyphens join or part
    them), then one of the nouns. Read as: the first noun after a space or hyphen, with
    only words, spaces and hyphens before it, at most three of them words. (A single
    regex for this backtracks without end on a run of hyphens.)"""
    noun = _noun_after_break(nouns).search(following)
    if noun is None:
        return False
    lead = following[: noun.start() + 1]
    if _LEAD.fullmatch(lead) is None:
        return False
    return sum(1 for word in lead.split() if word.strip("-")) <= 3


# "two of the eight leaders": which number counts the fact depends on the verb; neither
# is judged.
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|these|those|its|their|our|all)\b")
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|these|those|its|their|our|all)\s+$")


def accepts(fact: CountFact, value: NumberMention, text: str) -> bool:
    if value.currency or value.ordinal or value.unit not in (None, "person"):
        return False
    following = text[value.end : value.end + 80]
    before = text[max(0, value.start - 24) : value.start]
    if _PARTITIVE_AFTER.match(following) or _PARTITIVE_BEFORE.search(before):
        return False
    return counted_noun(tuple(fact.count.of), following)


def judge(fact: CountFact, evidence: Evidence, ctx: Context) -> Judgement:
    mention = evidence.value
    assert isinstance(mention, NumberMention)
    interval = consistent_interval(mention)
    verdict = Verdict.AGREES if interval.contains(fact.count.value) else Verdict.CONTRADICTS
    return Judgement(
        mention.start, mention.end, verdict, mention.text, f"{fact.count.value}"
    )


KIND = Kind(
    name="count", model=CountFact, extractor="numbers", accepts=accepts, judge=judge, cue=cue
)
