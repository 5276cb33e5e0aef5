"""`count`: how many of something there were.

    - id: statement-signatories
      count: {value: 8, of: [leader]}
      when: {trigger: [joint statement, signed]}

A number counts for the fact when it quantifies one of the `of` nouns ("eight European
leaders": up to three words may stand between). It agrees when the true count lies in
the interval the written number allows (see `checker.extract.quantity`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from pydantic import Field

from checker.extract.number_words import NUMBER_WORDS
from checker.extract.numbers import NumberMention
from checker.extract.quantity import consistent_interval
from checker.kinds.base import Context, Evidence, Judgement, Kind
from checker.kinds.figure import FigureValue, judge_figure
from checker.sheet.base import FactBase, Strict, WordList
from checker.text.fold import fold
from checker.text.inflect import phrase_forms


class CountSpec(Strict):
    value: FigureValue = Field(
        description="A number, a bound ('more than 300'), a range or values over time."
    )
    of: WordList = Field(min_length=1, description="The counted nouns, e.g. [leader, country].")


class CountFact(FactBase):
    """How many."""

    kind: ClassVar[str] = "count"
    count: CountSpec


@lru_cache(maxsize=4096)
def noun_forms(nouns: tuple[str, ...]) -> str:
    forms = sorted({f for noun in nouns for f in phrase_forms(noun)}, key=len, reverse=True)
    return "|".join(re.escape(fold(f)) for f in forms)


@lru_cache(maxsize=4096)
def _any_noun(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{noun_forms(nouns)})\b")


def cue(fact: CountFact, folded_sentence: str) -> bool:
    """A counted noun is in the sentence."""
    return _any_noun(tuple(fact.count.of)).search(folded_sentence) is not None


# A word between a number and what it counts. Hyphens part words ("well-armed" is two),
# so that a run of hyphens is read one way only and no pattern backtracks without end.
WORD = r"[\w']+"


@lru_cache(maxsize=4096)
def _noun_after_break(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[\s-](?:{noun_forms(nouns)})\b")


_LEAD = re.compile(r"[\s-][\s\w'-]*")


def counted_noun(nouns: tuple[str, ...], following: str) -> str | None:
    """The words between a number and one of the nouns in the text after it, when at
    most three words (hyphens join or part them) stand there. (A single regex for this
    backtracks without end on a run of hyphens.)"""
    noun = _noun_after_break(nouns).search(following)
    if noun is None:
        return None
    lead = following[: noun.start() + 1]
    if _LEAD.fullmatch(lead) is None:
        return None
    if sum(1 for word in lead.split() if word.strip("-")) > 3:
        return None
    return lead


# "two of the eight leaders", "nine wins out of ten races": which number counts the fact
# depends on the verb; neither is judged. A number after "including", "of whom" … counts
# a part: "six countries including two coastal ones".
_PARTITIVE_AFTER = re.compile(
    rf"\s+of\s+(?:the|these|those|its|their|our|all)\b|(?:[\s-]+{WORD}){{0,3}}?\s+out\s+of\b"
)
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:of\s+(?:the|these|those|its|their|our|all)|out\s+of(?:\s+the)?|including|"
    r"among\s+(?:them|whom|which)|of\s+(?:whom|which|them)|such\s+as)\s+$"
)


# "the death toll … has reached 294", "put the number of injured at 1,175": a bare number
# given as the value of a measure of the counted nouns, named earlier in the sentence.
_MEASURE = re.compile(
    r"(?:(?<![\w'-])[\w'-]+\s+){0,2}(?:toll|number|tally|count|total|figure)s?\b"
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+)?"
)
_REACHED = re.compile(
    r"(?:\b(?:has|have|had|now|already|officially)\s+)*(?:(?:reached|hit|touched|is|was|"
    r"(?:rose|risen|rises|climbed|jumped|increased|grew|grown|went\s+up|revised)\s+to|"
    r"(?:stood|stands|put|kept|pegged|placed)\s+at|to|at))\s+$"
)
_BARE_AFTER = re.compile(
    r"\s*(?:[.,;:)!?\"']|$|(?:as|on|in|by|after|since|so|and|with|according|from|till|until|"
    r"including|while|but|or)\b)"
)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _measured(nouns: tuple[str, ...], text: str, value: NumberMention) -> bool:
    """Whether a bare number is the value of a measure of the counted nouns before it."""
    if _BARE_AFTER.match(text, value.end) is None:
        return False
    low = max(0, value.start - 240)
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, low, value.start)), default=low)
    reached = _REACHED.search(text, cut, value.start)
    if reached is None:
        return False
    measures = list(_MEASURE.finditer(text, cut, reached.start()))
    if not measures or any(c.isdigit() for c in text[measures[-1].end() : reached.start()]):
        return False
    return _any_noun(nouns).search(measures[-1].group()) is not None


def accepts(fact: CountFact, value: NumberMention, text: str) -> bool:
    if value.currency or value.ordinal or value.unit not in (None, "person"):
        return False
    following = text[value.end : value.end + 80]
    before = text[max(0, value.start - 24) : value.start]
    if _PARTITIVE_AFTER.match(following) or _PARTITIVE_BEFORE.search(before):
        return False
    nouns = tuple(fact.count.of)
    if value.unit == "person" and _any_noun(nouns).search(text, value.start, value.end):
        return True  # "31 people": the counted noun is part of the figure
    phrase = counted_noun(nouns, following)
    if phrase is not None:
        return not _counts_another(phrase)
    return value.unit is None and (_measured(nouns, text, value) or _labelled(nouns, text, value))


# A label that opens its line, then the number: "Injured: 27" in a fact box.
_LABEL = re.compile(r"(?:^|\n)[ \t]*(?P<label>[a-z][a-z -]{0,40}?)[ \t]*:[ \t]*$")


def _labelled(nouns: tuple[str, ...], text: str, value: NumberMention) -> bool:
    """Whether the number follows a label of the counted nouns that opens its line and
    nothing follows it on the line ("Injured: 27", "Homes destroyed: 140")."""
    label = _LABEL.search(text, max(0, value.start - 48), value.start)
    if label is None or _LINE_REST.match(text, value.end) is None:
        return False
    return _any_noun(nouns).search(label.group("label")) is not None


_LINE_REST = re.compile(r"[ \t.]*(?:\n|$)")


def _counts_another(words: str) -> bool:
    """Another number stands between a number and the noun: "145 points with eight
    rounds" — "eight" counts the rounds. (A noun of several words, "first preference
    votes", is not among the words between.)"""
    return any(w.isdigit() or w in NUMBER_WORDS for w in words.split())




def judge(fact: CountFact, evidence: Evidence, ctx: Context) -> Judgement:
    mention = evidence.value
    assert isinstance(mention, NumberMention)
    verdict, found, expected = judge_figure(
        mention, consistent_interval(mention), fact.count.value, ctx.datelines
    )
    return Judgement(mention.start, mention.end, verdict, found, expected)


KIND = Kind(
    name="count", model=CountFact, extractor="numbers", accepts=accepts, judge=judge, cue=cue
)
