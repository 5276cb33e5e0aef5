"""`title`: the office a person holds, written next to the name.

    entities:
      lavrov:
        name: Sergei Lavrov
        title: [Russian Foreign Minister]   # the short way: a title fact for the entity
        former: [Deputy Permanent Representative]
    facts:
      - id: lavrov-title                    # the long way, for severity, cite, examples
        title: {of: lavrov, is: [Russian Foreign Minister], former: []}

Rule id: `<sheet stem>.<person>.title`. A title is read in front of the name ("Defence
Minister Sergei Lavrov", "Poland's foreign minister, Radosław Sikorski,") or in
apposition after it ("Lavrov, Russia's foreign minister, said"), only from the closed
vocabulary of `checker.extract.titles`; anything else is never judged.

A written title fits a held one when the qualifiers may name the same country or body
(missing, equal, or an institution of it), the office is the same, the rank words
(deputy, first, vice …) are the same and the portfolios are among the held ones. A bare
office fits too ("Secretary Rubio", "Minister Lavrov"). Generic words (leader, chief,
head, official, aide) always fit. Otherwise the quote is the part that is wrong: the
whole title when the office differs ("Hungarian President"), from the qualifier when the
country differs ("US Foreign Minister"), from the portfolio when only that differs
("Defence Minister").

Status words:
- "former X" agrees when X is in `former`, contradicts when X is a current title (the
  person still holds it), and is unresolved otherwise (a career is longer than a sheet);
- a current title written without "former" contradicts when it fits only `former`;
- "acting X" and "interim X" agree only with a held "acting X" / "interim X"; a held acting
  title written without the word agrees (copy often drops it);
- "outgoing" is not judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, Field, model_validator

from checker.extract.titles import Title, parse_title, related, titles_near
from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.sheet.base import FactBase, KebabId, Strict, When, WordList
from checker.text.fold import fold
from checker.text.segment import inside

_FAMILY = {"secretary-of-state": "secretary", "secretary-general": "secretary",
           "prime-minister": "minister"}
_MARKED = ("acting", "interim")


def _readable(titles: list[str]) -> list[str]:
    for title in titles:
        parsed = parse_title(title)
        if parsed is None or parsed.generic:
            raise ValueError(
                f"'{title}' is not a title factlint can read; write a qualifier and an office "
                "such as 'Russian Foreign Minister', 'US Secretary of State', 'Kremlin spokesman'"
            )
    return titles


TitleList = Annotated[WordList, AfterValidator(_readable)]


class TitleSpec(Strict):
    of: KebabId = Field(description="The person: an entity id.")
    is_: TitleList = Field(alias="is", min_length=1, description="Titles the person holds.")
    former: TitleList = Field(default_factory=list, description="Titles the person held before.")


def _anywhere() -> When:
    return When.model_construct(mentions=[], trigger=[], unless=[])


class TitleFact(FactBase):
    """A person's title; checked wherever the person is named."""

    kind: ClassVar[str] = "title"
    title: TitleSpec
    when: When = Field(default_factory=_anywhere, description="Optional further conditions.")

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and "id" not in data and isinstance(data.get("title"), dict):
            return {**data, "id": f"{data['title'].get('of', 'person')}-title"}
        return data

    @property
    def rule_name(self) -> str:
        return f"{self.title.of}.title"

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        return [*super().entity_refs(), (("title", "of"), self.title.of)]

    def requires(self) -> list[str]:
        return [self.title.of, *self.when.mentions]


def _fits(written: Title, held: Title) -> bool:
    if not related(written.qualifier, held.qualifier):
        return False
    if written.office != held.office:
        bare = not written.ranks and not written.portfolios
        return bare and _FAMILY.get(held.office) == written.office
    return written.ranks == held.ranks and written.portfolios <= held.portfolios


def _wrong_part(written: Title, held: list[Title]) -> int:
    """Where the quote starts: the office, the qualifier or the portfolio that is wrong."""
    same_office = [h for h in held if h.office == written.office and h.ranks == written.ranks]
    if not same_office:
        return written.span[0]
    if not any(related(written.qualifier, h.qualifier) for h in same_office):
        return written.qualifier_start if written.qualifier_start is not None else written.span[0]
    return written.modifiers_start if written.modifiers_start is not None else written.span[0]


def _verdict(written: Title, fact: TitleFact) -> tuple[Verdict, int]:
    """The verdict on a written title and where its quote starts."""
    current = [t for t in map(parse_title, fact.title.is_) if t is not None]
    former = [t for t in map(parse_title, fact.title.former) if t is not None]
    if written.generic or written.status == "outgoing":
        return Verdict.AGREES, written.span[0]
    holds = [h for h in current if _fits(written, h)]
    held_before = any(_fits(written, h) for h in former)
    if written.status == "former":
        if held_before:
            return Verdict.AGREES, written.span[0]
        return (Verdict.CONTRADICTS if holds else Verdict.UNRESOLVED), written.span[0]
    if holds:
        marked = written.status in _MARKED and all(h.status != written.status for h in holds)
        return (Verdict.CONTRADICTS if marked else Verdict.AGREES), written.span[0]
    if held_before:
        return Verdict.CONTRADICTS, written.span[0]
    return Verdict.CONTRADICTS, _wrong_part(written, current)


def judge_sentence(fact: TitleFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    folded = fold(ctx.text[view.start : view.end])
    judgements = []
    for named in view.names:
        if not named.name or named.ids[0] != fact.title.of:
            continue
        start, end = named.start - view.start, named.end - view.start
        for written in titles_near(folded, start, end, view.start):
            if inside(list(view.quotes), *written.span):
                continue
            verdict, quote_start = _verdict(written, fact)
            found = ctx.text[written.span[0] : written.span[1]]
            expected = fact.title.is_[0]
            if verdict is Verdict.UNRESOLVED:
                found = f"'{found}' is not among the titles the sheet lists"
            judgements.append(Judgement(quote_start, written.span[1], verdict, found, expected))
    return judgements


KIND = Kind(name="title", model=TitleFact, judge_sentence=judge_sentence)
