"""A drafted sheet read back on its own articles by `check`. A fact that flags a statement
outside the claims it was drafted from (another event its trigger also names: "on Sunday,
the minister said the accident…") is narrowed by an `unless` word of that statement's
sentence that no sentence of its own claims has, the nearest to the value; with no such
word, or still astray after ROUNDS, it is lowered to info for the editor to confirm."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, TypeVar

from checker.claims.context import STOP_WORDS, WORD, lemma
from checker.sheet.load import LoadedSheet
from checker.sheet.models import Sheet
from checker.sources.documents import Document
from checker.text.segment import split_sentences

ROUNDS = 2  # narrowings tried before a fact still astray is lowered to info
STEM = "draft"


class Vetted(Protocol):
    """What `vet` reads of a drafted fact (a dataclass): where its claims stand and their
    words."""

    @property
    def id(self) -> str: ...
    @property
    def body(self) -> dict[str, object]: ...
    @property
    def expected(self) -> frozenset[tuple[int, int]]: ...  # (article, start) of its dissent
    @property
    def ours(self) -> frozenset[str]: ...  # the words of its claims' sentences
    @property
    def lowered(self) -> bool: ...  # set to info: it flags what it should not


F = TypeVar("F", bound=Vetted)


@dataclass(frozen=True, slots=True)
class Stray:
    """A statement a fact flags that is none of its group's."""

    article: int
    sentence: tuple[int, int]
    at: int
    end: int  # of the words flagged


def _fact_of(rule: str, ids: set[str]) -> str | None:
    """The drafted fact a rule id names: "draft.<fact>", or "draft.<person>.age"."""
    parts = rule.split(".")
    if parts[0] != STEM:
        return None
    if len(parts) == 2 and parts[1] in ids:
        return parts[1]
    if len(parts) == 3 and parts[2] == "age" and f"{parts[1]}-age" in ids:
        return f"{parts[1]}-age"
    return None


def strays(documents: list[Document], sheet: Sheet, facts: list[F]) -> dict[str, list[Stray]]:
    """For each fact, the statements `check` flags with it outside its group's."""
    from checker.stories import StoryChecker

    by_id = {f.id: f for f in facts}
    ids = set(by_id)
    checker = StoryChecker([LoadedSheet(Path(f"{STEM}.yaml"), STEM, sheet)])
    found: dict[str, list[Stray]] = {}
    for index, doc in enumerate(documents):
        sentences = split_sentences(doc.analysis)
        for finding in checker.check(doc).findings:
            fact_id = _fact_of(finding.rule, ids)
            if fact_id is None or finding.severity.value == "info":
                continue
            at = doc.offset(finding.line, finding.column)
            span = next(((lo, hi) for lo, hi in sentences if lo <= at < hi), (at, at + 1))
            if (index, at) not in by_id[fact_id].expected:
                found.setdefault(fact_id, []).append(
                    Stray(index, span, at, at + len(finding.quote)))
    return found


def _telling_word(doc: Document, stray: Stray, ours: frozenset[str]) -> str | None:
    """The content word of the stray's sentence nearest to its value that no sentence of
    the fact's own claims has; never a word of the value ("Thursday", "million") nor one
    that names a time, as these may be the very error."""
    lo, hi = stray.sentence
    words = [(abs(m.start() - stray.at), lemma(m.group())) for m in
             WORD.finditer(doc.analysis.lower(), lo, hi)
             if not stray.at <= m.start() < stray.end]
    telling = [w for _, w in sorted(words)
               if len(w) >= 4 and w not in ours and w not in STOP_WORDS]
    return telling[0] if telling else None


def _narrowed(fact: F, found: list[Stray], documents: list[Document]) -> F:
    when = fact.body.get("when")
    if not isinstance(when, dict):
        return replace(fact, lowered=True)  # type: ignore[type-var]  # an age: no `when`
    unless = set(when.get("unless", []))
    for stray in found:
        word = _telling_word(documents[stray.article], stray, fact.ours)
        if word is None:
            return replace(fact, lowered=True)  # type: ignore[type-var]
        unless.add(word)
    body = {**fact.body, "when": {**when, "unless": sorted(unless)}}
    return replace(fact, body=body)  # type: ignore[type-var]


def vet(documents: list[Document], facts: list[F], sheet_of: Callable[[list[F]], Sheet]
        ) -> list[F]:
    """The facts, each narrowed or lowered until `check` flags with it only what its
    group dissents with."""
    for _ in range(ROUNDS):
        found = strays(documents, sheet_of([f for f in facts if not f.lowered]), facts)
        if not found:
            return facts
        facts = [_narrowed(f, found[f.id], documents) if f.id in found else f for f in facts]
    found = strays(documents, sheet_of([f for f in facts if not f.lowered]), facts)
    return [replace(f, lowered=True) if f.id in found else f  # type: ignore[type-var]
            for f in facts]
