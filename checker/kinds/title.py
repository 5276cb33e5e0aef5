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
apposition after it ("Lavrov, Russia's foreign minister, said"), only from the
vocabulary of `checker.extract.titles` and what the sheet adds (`titles: {offices: …,
qualifiers: …}`, and its entities' names: "UBS chairman"); anything else is never judged.
A person with only `former` titles gets the rule too: any current title contradicts.

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
- "X-elect" agrees only with a held "X-elect", and a held "X-elect" written as "X"
  contradicts (the person does not hold the office yet);
- "outgoing" is not judged;
- a title the sheet lists with other rank words contradicts, current or former
  ("former speaker" for a former deputy speaker, "Vice President" for a president);
- any other title the sheet does not list is unresolved when the person holds no current title
  in the sheet, or when it is an occupation one may have beside an office (astronaut,
  founder, TD …); otherwise it contradicts.

A title next to a name is taken for granted by its clause: a denial or a hedge of the
clause does not reach it ("refuted Foreign Minister Lavrov's claim" still calls Lavrov
foreign minister); a title inside a quotation is not judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from pydantic import Field, PrivateAttr, model_validator

from checker.extract.title_words import OCCUPATIONS
from checker.extract.titles import Title, Vocabulary, vocabulary
from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.sheet.base import EntityFactBase, KebabId, Strict, WordList
from checker.text.fold import fold
from checker.text.segment import inside

_FAMILY = {"secretary-of-state": "secretary", "secretary-general": "secretary",
           "prime-minister": "minister", "chief-minister": "minister",
           "first-minister": "minister"}
_MARKED = ("acting", "interim", "elect")

# Titles are checked against the sheet's vocabulary when the sheet is loaded.
TitleList = WordList


def unreadable(title: str, vocab: Vocabulary) -> str | None:
    """Why a sheet's title cannot be read with the vocabulary, or None."""
    parsed = vocab.parse(title)
    if parsed is not None and not parsed.generic:
        return None
    guess = vocab.closest_office(title)
    hint = f" (did you mean '{guess}'?)" if guess and parsed is None else ""
    offices = ", ".join(sorted({o for o in vocab.offices if " " not in o or len(o) < 18}))
    return (
        f"'{title}' is not a title factlint can read{hint}; write [qualifier] office, such as "
        "'Russian Foreign Minister', 'UBS chief executive', 'NASA administrator', with a "
        "country, demonym or entity of the sheet as qualifier; add other offices or "
        f"qualifiers under 'titles'. Offices: {offices}"
    )


class TitleSpec(Strict):
    of: KebabId = Field(description="The person: an entity id.")
    is_: TitleList = Field(
        alias="is", default_factory=list,
        description="Titles the person holds; empty when all are former.",
    )
    former: TitleList = Field(default_factory=list, description="Titles the person held before.")

    @model_validator(mode="after")
    def _some_title(self) -> TitleSpec:
        if not self.is_ and not self.former:
            raise ValueError("give the titles the person holds ('is') or held ('former')")
        return self


class TitleFact(EntityFactBase):
    """A person's title; checked wherever the person is named."""

    kind: ClassVar[str] = "title"
    title: TitleSpec
    _vocab: Vocabulary | None = PrivateAttr(default=None)

    def use(self, vocab: Vocabulary) -> TitleFact:
        """Read titles with the sheet's vocabulary."""
        self._vocab = vocab
        return self

    @property
    def vocab(self) -> Vocabulary:
        return self._vocab or vocabulary()


def _fits(written: Title, held: Title, vocab: Vocabulary) -> bool:
    if not vocab.related(written.qualifier, held.qualifier):
        return False
    if held.status == "elect" and written.status not in ("elect", "former"):
        return False
    if written.office != held.office:
        bare = not written.ranks and not written.portfolios
        return bare and _FAMILY.get(held.office) == written.office
    return written.ranks == held.ranks and written.portfolios <= held.portfolios


def _wrong_part(written: Title, held: list[Title], vocab: Vocabulary) -> int:
    """Where the quote starts: the office, the qualifier or the portfolio that is wrong."""
    same_office = [h for h in held if h.office == written.office and h.ranks == written.ranks]
    if not same_office:
        return written.span[0]
    if not any(vocab.related(written.qualifier, h.qualifier) for h in same_office):
        return written.qualifier_start if written.qualifier_start is not None else written.span[0]
    return written.modifiers_start if written.modifiers_start is not None else written.span[0]


def _rank_slip(written: Title, titles: list[Title], vocab: Vocabulary) -> bool:
    """Whether the written title is one the sheet lists with other rank words: a deputy
    written as the office itself, or the reverse ("speaker" for a deputy speaker)."""
    return any(
        written.office == t.office
        and written.ranks != t.ranks
        and written.portfolios <= t.portfolios
        and vocab.related(written.qualifier, t.qualifier)
        for t in titles
    )


def _verdict(written: Title, fact: TitleFact) -> tuple[Verdict, int]:
    """The verdict on a written title and where its quote starts."""
    vocab = fact.vocab
    current = [t for t in map(vocab.parse, fact.title.is_) if t is not None]
    former = [t for t in map(vocab.parse, fact.title.former) if t is not None]
    if written.generic or written.status == "outgoing":
        return Verdict.AGREES, written.span[0]
    holds = [h for h in current if _fits(written, h, vocab)]
    held_before = any(_fits(written, h, vocab) for h in former)
    slipped = _rank_slip(written, [*current, *former], vocab)
    if written.status == "then":  # held at the time the copy speaks of, now or before
        return (Verdict.AGREES if holds or held_before else Verdict.UNRESOLVED), written.span[0]
    if written.status == "former":
        if held_before:
            return Verdict.AGREES, written.span[0]
        wrong = holds or slipped
        return (Verdict.CONTRADICTS if wrong else Verdict.UNRESOLVED), written.span[0]
    if holds:
        marked = written.status in _MARKED and all(h.status != written.status for h in holds)
        return (Verdict.CONTRADICTS if marked else Verdict.AGREES), written.span[0]
    if held_before:
        return Verdict.CONTRADICTS, written.span[0]
    if slipped:
        return Verdict.CONTRADICTS, written.span[0]
    if not current or written.office in OCCUPATIONS:
        return Verdict.UNRESOLVED, written.span[0]  # held now, for all the sheet says
    return Verdict.CONTRADICTS, _wrong_part(written, current, vocab)


def _expected(fact: TitleFact, written: Title) -> str:
    """What the sheet says, for a current title or, when one is written, a former one."""
    if fact.title.former and (written.status == "former" or not fact.title.is_):
        return f"former {' / '.join(fact.title.former)}"
    return fact.title.is_[0]


def judge_sentence(fact: TitleFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    folded = fold(ctx.text[view.start : view.end])
    judgements = []
    for named in view.names:
        if not named.name or named.ids[0] != fact.title.of:
            continue
        start, end = named.start - view.start, named.end - view.start
        for written in fact.vocab.near(folded, start, end, view.start):
            if inside(list(view.quotes), *written.span):
                continue
            verdict, quote_start = _verdict(written, fact)
            found = ctx.text[written.span[0] : written.span[1]]
            expected = _expected(fact, written)
            if verdict is Verdict.UNRESOLVED:
                found = f"'{found}' is not among the titles the sheet lists"
            judgements.append(Judgement(quote_start, written.span[1], verdict, found, expected))
    return judgements


KIND = Kind(name="title", model=TitleFact, judge_sentence=judge_sentence, own_polarity=True)
