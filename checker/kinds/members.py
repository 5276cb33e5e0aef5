"""`set`: the members of a group — the countries invited, the parties backing a candidate,
a team's opponents.

    - id: connolly-backers
      set: {members: [sinn-fein, labour, soc-dems, pbp, greens]}
      when: {mentions: [connolly], trigger: [backed, backing, supported]}

An enumeration is two names or more of the sheet's entities joined by commas and a last
"and" (or "&", "as well as", "plus"), "the" allowed before each; a name followed by "'s"
ends it. An enumeration that names no member is about something else. In one that does:

- a name of the same kind as the members (person, place, organisation, thing) that is
  not one contradicts;
- it claims to be the whole set when a count stands just before it ("five parties: …",
  "the two parties, … and …") or "namely", "they are"; then every member it leaves out
  is named in a contradiction, and a count that differs from the names given
  contradicts ("four parties: A, B and C"), as does one right after it ("A and B, the
  three parties …"), which claims no whole; "both" claims none either;
- after "including", "such as", "among them" … it is a part: only a count before those
  words is judged, against the size of the set ("six parties, including A and B").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from pydantic import Field

from checker.extract.number_words import ORDINALS
from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.kinds.words import NAME, TRIGGER, Token, tokens
from checker.sheet.base import FactBase, KebabIds, Strict

_COUNTS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_COUNTS["both"] = 2
_AND = frozenset(("and", "&", "plus"))
_LEAD = frozenset(": , - ( the namely they are were these those".split())
_WHOLE = frozenset(("namely", "are", "were"))
_PART = frozenset("including include includes included such like among other others also".split())


class SetSpec(Strict):
    members: KebabIds = Field(min_length=1, description="Entity ids of every member.")


class SetFact(FactBase):
    """The members of a group."""

    kind: ClassVar[str] = "set"
    set_: SetSpec = Field(alias="set")

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        own: list[tuple[tuple[str | int, ...], str]] = [
            (("set", "members", i), e) for i, e in enumerate(self.set_.members)
        ]
        return [*super().entity_refs(), *own]


@dataclass(frozen=True, slots=True)
class Enumeration:
    names: tuple[Token, ...]
    first: int  # index of its first token in the sentence's tokens


def enumerations(words: list[Token]) -> list[Enumeration]:
    """Names joined by commas and a last "and"."""
    found: list[Enumeration] = []
    i = 0
    while i < len(words):
        if words[i].word != NAME or _possessive(words, i):
            i += 1
            continue
        names, joined, j = [words[i]], False, i + 1
        while j < len(words):
            k = j
            if words[k].word == ",":
                k += 1
            if k < len(words) and (words[k].word in _AND or _as_well_as(words, k)):
                k += 3 if words[k].word == "as" else 1
                last = True
            else:
                last = False
            if k == j or k >= len(words):
                break
            if words[k].word == "the":
                k += 1
            if k >= len(words) or words[k].word != NAME or _possessive(words, k):
                break
            names.append(words[k])
            j = k + 1
            if last:
                joined = True
                break
        if joined and len(names) >= 2:
            found.append(Enumeration(tuple(names), i))
        i = j if joined else i + 1
    return found


def _possessive(words: list[Token], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].word == "'s"


def _as_well_as(words: list[Token], i: int) -> bool:
    return [w.word for w in words[i : i + 3]] == ["as", "well", "as"]


def _claim(words: list[Token], first: int) -> tuple[Token | None, bool, bool]:
    """What stands before an enumeration: a count, whether it claims the whole set, and
    whether it says it is a part."""
    j = first - 1
    whole = part = False
    while j >= 0 and (words[j].word in _LEAD or words[j].word in _PART):
        whole |= words[j].word in _WHOLE
        part |= words[j].word in _PART
        if words[j].word == "such" or words[j].word == "among":
            part = True
        j -= 1
    for _ in range(4):  # the count, then up to three words of its noun
        if j < 0:
            break
        word = words[j].word
        if word in _COUNTS or (word.isdigit() and int(word) < 100):
            return words[j], not part and word != "both", part
        if not (word.isalpha() or word == TRIGGER) or word in ORDINALS:
            break
        j -= 1
    return None, whole and not part, part


def _count_after(words: list[Token], enum: Enumeration) -> Token | None:
    """A count right after an enumeration: "A and B, the two ruling parties"."""
    i = words.index(enum.names[-1]) + 1
    if i < len(words) and words[i].word == ",":
        i += 1
    if i < len(words) and words[i].word in ("the", "all"):
        i += 1
    if i + 1 < len(words) and words[i].word in _COUNTS and words[i + 1].word.isalpha():
        return words[i]
    return None


def _count(token: Token) -> int:
    return _COUNTS[token.word] if token.word in _COUNTS else int(token.word)


def judge_sentence(fact: SetFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    members = fact.set_.members
    words = tokens(ctx.text, view)
    kinds = {n.kind for n in view.names if set(n.ids) & set(members)}
    found: list[Judgement] = []
    everyone = ", ".join(ctx.name(m) for m in members)
    for enum in enumerations(words):
        named = [view.names[t.name] for t in enum.names]
        inside = [set(n.ids) & set(members) for n in named]
        if not any(inside):
            continue
        for token, n, hit in zip(enum.names, named, inside, strict=True):
            written = ctx.text[n.start : n.end]
            if hit:
                found.append(Judgement(n.start, n.end, Verdict.AGREES, written, everyone))
            elif n.kind in kinds:
                found.append(Judgement(token.start, token.end, Verdict.CONTRADICTS,
                                       f"{written} among them", everyone))
        count, whole, part = _claim(words, enum.first)
        if count is None:
            count, part = _count_after(words, enum), False
        span = (enum.names[0].start, enum.names[-1].end)
        listed = ", ".join(ctx.text[n.start : n.end] for n in named)
        if count is not None:
            size = len(members) if part else len(named)
            verdict = Verdict.AGREES if _count(count) == size else Verdict.CONTRADICTS
            what = f"{len(members)} members" if part else f"{len(named)} named: {listed}"
            found.append(Judgement(count.start, count.end, verdict, f"{count.word}", what))
        if whole:
            given = {i for hit in inside for i in hit}
            left_out = [m for m in members if m not in given]
            if left_out:
                found.append(Judgement(span[0], span[1], Verdict.CONTRADICTS,
                                       f"{listed} as the whole",
                                       "also " + ", ".join(ctx.name(m) for m in left_out)))
    return found


KIND = Kind(name="set", model=SetFact, judge_sentence=judge_sentence)
