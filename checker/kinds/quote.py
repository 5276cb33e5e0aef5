"""`quote`: who said what, in their words.

    - id: hague-ride
      quote: {by: hague, words: "What a ride"}
      when: {trigger: [ride]}          # words a misquote would likely keep

A quotation of a sentence that mentions the fact is compared with the words, both folded
to lower-case words without punctuation:

- the same words, or a part of them ("a ride"), or the words inside a longer quotation:
  the same quotation;
- otherwise a similarity (rapidfuzz `ratio`, 0–100) of at least 70: the same quotation
  with other words ("What a trip", "we are not in good health"); below that, another
  quotation. The threshold is set on the labelled pairs of
  tests/data/quote_pairs.yaml: misquotes there score 71–91, other sayings 28–62.

The speaker is the person named beside a verb of saying ("Hague said", "said Nick
Hague", "according to Hague") outside the quotation, or the only person the sentence
names outside it. The fact's speaker with other words is a warning giving both
wordings; the same words given to another person are a warning too. A quotation with
no speaker named ("he said") is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from typing import ClassVar

from pydantic import Field
from rapidfuzz import fuzz

from checker.findings import Severity
from checker.kinds.base import Context, Judgement, Kind, Named, SentenceView, Verdict
from checker.kinds.words import NAME, QUOTE, Token, tokens
from checker.sheet.base import FactBase, KebabId, Strict, Words
from checker.text.fold import fold

RELATED = 70.0
_SAYING = frozenset(
    "said says say saying told tells added adds recalled recalls radioed wrote writes "
    "tweeted posted exclaimed remarked joked declared announced insisted replied explained "
    "according".split()
)
_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class Match(StrEnum):
    SAME = "same"
    DIFFERS = "differs"
    UNRELATED = "unrelated"


def words_of(text: str) -> str:
    """Lower-case words without punctuation: "'What a ride!'" → "what a ride"."""
    return " ".join(_WORDS.findall(fold(text)))


def compare(found: str, expected: str) -> Match:
    """How a quotation in the copy stands to the words of the fact."""
    a, b = words_of(found), words_of(expected)
    if not a or not b:
        return Match.UNRELATED
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return Match.SAME
    return Match.DIFFERS if fuzz.ratio(a, b) >= RELATED else Match.UNRELATED


class QuoteSpec(Strict):
    by: KebabId = Field(description="The entity id of the speaker.")
    words: Words = Field(description="The words as said.")


class QuoteFact(FactBase):
    """Who said what."""

    kind: ClassVar[str] = "quote"
    quote: QuoteSpec
    severity: Severity = Severity.WARNING

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        return [*super().entity_refs(), (("quote", "by"), self.quote.by)]


def speaker(words: list[Token], names: tuple[Named, ...]) -> Named | None:
    """The person said to speak in a sentence, or None when it is not clear."""
    people = [i for i, t in enumerate(words) if t.word == NAME and names[t.name].kind == "person"]
    beside: set[int] = set()
    for i in people:
        around = [w.word for w in words[max(0, i - 3) : i]] + [
            w.word for w in words[i + 1 : i + 2]
        ]
        if _SAYING.intersection(around):
            beside.add(words[i].name)
    if len(beside) == 1:
        return names[beside.pop()]
    every = {words[i].name for i in people}
    if not beside and len(every) == 1:
        return names[every.pop()]
    return None


def judge_sentence(fact: QuoteFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    words = tokens(ctx.text, view, triggers=False)
    quoted = [t for t in words if t.word == QUOTE]
    if not quoted:
        return []
    said_by = speaker(words, view.names)
    if said_by is None:
        return []
    expected = fact.quote.words
    ours = fact.quote.by in said_by.ids[:1]
    who = ctx.text[said_by.start : said_by.end]
    found: list[Judgement] = []
    for token in quoted:
        copy = ctx.text[token.start : token.end].strip("\"'“”‘’ ")
        match = compare(copy, expected)
        if match is Match.UNRELATED or (not ours and match is Match.DIFFERS):
            continue
        if ours:
            verdict = Verdict.AGREES if match is Match.SAME else Verdict.CONTRADICTS
            found.append(Judgement(token.start, token.end, verdict, f"'{copy}'", f"'{expected}'"))
        else:
            found.append(Judgement(token.start, token.end, Verdict.CONTRADICTS,
                                   f"'{copy}' said by {who}",
                                   f"said by {ctx.name(fact.quote.by)}"))
    return found


KIND = Kind(name="quote", model=QuoteFact, judge_sentence=judge_sentence)
