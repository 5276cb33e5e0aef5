"""`code`: the number or code that identifies a thing (a train, a flight, a listed
company), written in parentheses after its name.

    entities:
      howrah-express: {name: Bengaluru-Howrah Superfast Express, kind: thing, code: "12864"}
    facts:
      - {id: flight-code, code: {of: flight, is: [AI171, AI 171]}, severity: warning}

Rule id: `<sheet stem>.<entity>.code`. Read right after any name or ref of the entity:
"Howrah Superfast Express (12864)", "(No. 12864)", "(flight AI171)", "(NYSE: UBS)"; a
code of letters alone only in capitals. A written code is
judged only when it has the shape of one of the sheet's codes (as many letters and digits,
in the same order, spaces and hyphens aside), so that a year or a count in parentheses
("(2023)", "(12 coaches)") is never taken for one; it agrees when it is one of them, and
contradicts otherwise. A code inside a quotation is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from pydantic import Field

from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.sheet.base import EntityFactBase, KebabId, Strict, WordList
from checker.text.segment import inside

# "(12864)", "(No. 12864)", "(train no 12864)", "(flight AI 171)", "(SIX: UBSG)".
_WRITTEN = re.compile(
    r"\s*\(\s*(?:(?i:train|flight|bus|ship|vessel|route|code|ticker)\s+)?"
    r"(?:(?i:no\.?)\s*|(?i:number)\s+|#\s*|[A-Z][A-Za-z]{1,7}:\s*)?"
    r"(?P<code>[A-Za-z]{0,4}[\s-]?\d[\dA-Za-z-]{0,11}|[A-Z]{2,6})\s*\)"
)
_SEPARATORS = re.compile(r"[\s-]+")


class CodeSpec(Strict):
    of: KebabId = Field(description="The thing: an entity id.")
    is_: WordList = Field(alias="is", description="Its codes: '12864', 'AI171'.")


class CodeFact(EntityFactBase):
    """The code of a thing; checked wherever the thing is named."""

    kind: ClassVar[str] = "code"
    code: CodeSpec


def normal(code: str) -> str:
    """A code without spaces and hyphens, in capitals."""
    return _SEPARATORS.sub("", code).upper()


def shape(code: str) -> str:
    """Letters as A and digits as 9: "AI171" → "AA999"."""
    return "".join("9" if c.isdigit() else "A" for c in normal(code))


def judge_sentence(fact: CodeFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    codes = {normal(c) for c in fact.code.is_}
    shapes = {shape(c) for c in codes}
    expected = " / ".join(fact.code.is_)
    judgements = []
    for named in view.names:
        if named.ids[0] != fact.code.of:
            continue
        written = _WRITTEN.match(ctx.text, named.end, view.end)
        if written is None or shape(written.group("code")) not in shapes:
            continue
        span = written.span("code")
        if inside(list(view.quotes), *span):
            continue
        fits = normal(written.group("code")) in codes
        verdict = Verdict.AGREES if fits else Verdict.CONTRADICTS
        judgements.append(Judgement(*span, verdict, written.group("code"), expected))
    return judgements


KIND = Kind(name="code", model=CodeFact, judge_sentence=judge_sentence, own_polarity=True)
