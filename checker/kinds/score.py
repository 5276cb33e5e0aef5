"""`score`: the result of a match — who won, who lost, and the score.

    - id: cup-final
      score: {winner: harlow, loser: dunmore, result: "2-0"}
      when: {trigger: [cup final, final]}
    - id: open-final
      score: {winner: pell, loser: voss, result: "6-3, 6-4"}
      when: {trigger: [final]}

A score in the copy is "2-0" (any dash), or sets in a row ("6-3, 6-4"). It agrees when
it gives the fact's numbers, read from either side ("lost 0-2" and "lost 2-0" both say
2-0 from the winner's side, but each set keeps its place); another score contradicts.
A sentence with two scores, or with another fact's trigger, is not judged: the score may
be another match's. Winner and loser are read with the frames of roles, where the score
counts as the match: "Harlow beat Dunmore 2-0", "Dunmore lost 2-0 to Harlow", "a 2-0
victory over Dunmore", "Harlow's 2-0 win", "Dunmore's 2-0 defeat by Harlow"; the wrong
side in either role contradicts, whatever name stands nearest the score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from pydantic import Field, field_validator

from checker.kinds import role
from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.kinds.role import RoleFact, RoleSpec
from checker.kinds.words import settled, tokens
from checker.sheet.base import FactBase, KebabIds, Strict

_PAIR = re.compile(r"^(\d{1,3})-(\d{1,3})$")
# Frames where the score stands for the match, added to the built-in winner/loser ones.
FRAMES = (
    "{item} victory|win|triumph|success over|against {loser}",
    "{item} defeat|loss|loss to|by|against {winner}",
    "{winner}'s {item}",
    "{loser} ... lose {item}",
    "{winner} ... win {item}",
    "{loser}'s {item} defeat|loss",
)
Pairs = tuple[tuple[int, int], ...]


def parse_result(text: str) -> Pairs | None:
    """"6-3, 6-4" → ((6, 3), (6, 4)); None when it is not a score."""
    pairs = []
    for part in re.split(r"\s*,\s*", text.strip().replace("–", "-").replace("—", "-")):
        match = _PAIR.match(part.replace(" ", ""))
        if match is None:
            return None
        pairs.append((int(match.group(1)), int(match.group(2))))
    return tuple(pairs)


class ScoreSpec(Strict):
    winner: KebabIds = Field(default_factory=list, description="Who won the match.")
    loser: KebabIds = Field(default_factory=list, description="Who lost it.")
    result: str = Field(description="The score from the winner's side: '2-0', '6-3, 6-4'.")

    @field_validator("result")
    @classmethod
    def _readable(cls, value: str) -> str:
        if parse_result(value) is None:
            raise ValueError(f"'{value}' is not a score: write '2-0' or sets as '6-3, 6-4'")
        return value

    def pairs(self) -> Pairs:
        pairs = parse_result(self.result)
        assert pairs is not None
        return pairs


class ScoreFact(FactBase):
    """The result of a match."""

    kind: ClassVar[str] = "score"
    score: ScoreSpec

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        own: list[tuple[tuple[str | int, ...], str]] = [
            (("score", side, i), e)
            for side in ("winner", "loser")
            for i, e in enumerate(getattr(self.score, side))
        ]
        return [*super().entity_refs(), *own]


def _same(found: Pairs, expected: Pairs) -> bool:
    flipped = tuple((b, a) for a, b in found)
    return found == expected or flipped == expected


def _show(pairs: Pairs) -> str:
    return ", ".join(f"{a}-{b}" for a, b in pairs)


def _as_role(fact: ScoreFact) -> RoleFact | None:
    spec = fact.score
    if not spec.winner and not spec.loser:
        return None
    return RoleFact(id=fact.id, when=fact.when, role=RoleSpec(
        winner=spec.winner, loser=spec.loser, frames=list(FRAMES)))


def _scores(view: SentenceView, text: str) -> list[tuple[int, int, Pairs]]:
    """Each score of the sentence: its span and its pairs; sets in a row are one score."""
    found: list[tuple[int, int, Pairs]] = []
    last_end = -1
    for token in tokens(text, view):
        pair = _PAIR.match(token.word)
        if pair is None:
            if token.word != ",":
                last_end = -1
            continue
        value = (int(pair.group(1)), int(pair.group(2)))
        if found and last_end == found[-1][1]:
            start, _, pairs = found.pop()
            found.append((start, token.end, (*pairs, value)))
        else:
            found.append((token.start, token.end, (value,)))
        last_end = token.end
    return found


def judge_sentence(fact: ScoreFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    ours, others = settled(view)
    scores = _scores(view, ctx.text)
    if not ours or others or len(scores) > 1:
        return []
    judgements: list[Judgement] = []
    expected = fact.score.pairs()
    for start, end, pairs in scores:
        verdict = Verdict.AGREES if _same(pairs, expected) else Verdict.CONTRADICTS
        judgements.append(Judgement(start, end, verdict, _show(pairs), _show(expected)))
    as_role = _as_role(fact)
    if as_role is not None:
        spans = tuple(sorted((*view.triggers, *((s, e) for s, e, _ in scores))))
        seen = SentenceView(view.start, view.end, view.names, spans, view.others, view.quotes)
        judgements.extend(role.judge_sentence(as_role, seen, ctx))
    return judgements


KIND = Kind(name="score", model=ScoreFact, judge_sentence=judge_sentence)
