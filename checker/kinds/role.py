"""`role`: who did what to whom for an item or event — recipient, supplier, host, location,
winner, loser, runner-up, buyer, seller, target (what is bought), agent and patient ("X
hit Y"), and roles the sheet names itself, read by its own frames.

    - id: tomahawk-recipient
      role:
        recipient: ukraine            # an entity id, or a list of them
        supplier: us
        frames: ["{recipient} asked for {item}"]   # optional, added to the built-in ones
      when: {trigger: [Tomahawk]}

In a sentence that mentions the fact, the frames of `checker.kinds.frames` (built-in ones such
as "supply {recipient} with {item}", "{item} to {recipient}", "{recipient}'s request for
{item}", plus the fact's own) find the entity that fills each role. The entity agrees when
it is one the fact names or part of one (`part_of` in the entity: Zelensky is part of
Ukraine); another entity in that role contradicts, quoted at its words ("the US supplying
Russia with Tomahawk missiles" → "Russia"). A pronoun ("his request") fills no slot and
gives no finding; only a place can be a location ("the Trump–Putin summit" names no
place); an entity that frames put in two different roles is unresolved.

    - id: backers
      role:
        roles: {backer: [labour, greens]}       # a role of the sheet's own
        frames: ["{backer} ... back|endorse|support {item}"]
      when: {trigger: [Connolly]}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Annotated, ClassVar

from pydantic import (
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.kinds.frames import BUILTIN, ROLES, compile_frame, fillers, skeleton
from checker.kinds.modality import clause_reading, not_judged
from checker.sheet.base import FactBase, KebabIds, Strict, Words
from checker.text.fold import fold

RoleName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]*$", max_length=40)]


class RoleSpec(Strict):
    recipient: KebabIds = Field(default_factory=list, description="Who receives the item.")
    supplier: KebabIds = Field(default_factory=list, description="Who gives or sells it.")
    host: KebabIds = Field(default_factory=list, description="Who hosts the event.")
    location: KebabIds = Field(default_factory=list, description="Where the event is.")
    winner: KebabIds = Field(default_factory=list, description="Who won it.")
    loser: KebabIds = Field(default_factory=list, description="Who lost it.")
    runner_up: KebabIds = Field(default_factory=list, description="Who came second.")
    buyer: KebabIds = Field(default_factory=list, description="Who buys (the acquirer).")
    seller: KebabIds = Field(default_factory=list, description="Who sells.")
    target: KebabIds = Field(default_factory=list, description="What is bought, as an entity.")
    agent: KebabIds = Field(default_factory=list, description="Who does it: X in 'X hit Y'.")
    patient: KebabIds = Field(default_factory=list, description="Who it is done to: Y.")
    roles: dict[RoleName, KebabIds] = Field(
        default_factory=dict,
        description="The sheet's own roles, read only by its frames: {backer: [labour]}.",
    )
    frames: list[Words] = Field(
        default_factory=list, description="Extra templates, e.g. '{recipient} asked for {item}'."
    )

    @field_validator("frames")
    @classmethod
    def _templates(cls, frames: list[str], info: ValidationInfo) -> list[str]:
        own = tuple(info.data.get("roles", {}))
        for template in frames:
            compile_frame(template, own)
        return frames

    @model_validator(mode="after")
    def _some_role(self) -> RoleSpec:
        clash = set(self.roles) & {*ROLES, "item"}
        if clash:
            raise ValueError(f"'{sorted(clash)[0]}' is a built-in role; write it as a key of role")
        if not self.judged():
            raise ValueError("name at least one role: " + ", ".join(ROLES))
        unread = [r for r in self.roles if not any(f"{{{r}}}" in t for t in self.frames)]
        if unread:
            raise ValueError(f"role '{unread[0]}' needs a frame with the slot {{{unread[0]}}}")
        return self

    def judged(self) -> tuple[str, ...]:
        return (*(r for r in ROLES if getattr(self, r)), *self.roles)

    def accepted(self, role: str) -> list[str]:
        """The entity ids the fact accepts in a role."""
        return self.roles[role] if role in self.roles else list(getattr(self, role))


class RoleFact(FactBase):
    """Who fills each role of an item or event."""

    kind: ClassVar[str] = "role"
    role: RoleSpec
    _within: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    def use_parents(self, parents: Mapping[str, str]) -> RoleFact:
        """The sheet's `part_of` links: what each entity the fact names lies within."""
        for ids in (self.role.accepted(r) for r in self.role.judged()):
            for entity in ids:
                chain: list[str] = []
                while (up := parents.get(chain[-1] if chain else entity)) and up not in chain:
                    chain.append(up)
                self._within[entity] = frozenset(chain)
        return self

    def narrower(self, accepted: Sequence[str], named: Sequence[str]) -> bool:
        """The name is accepted only through a region it lies in, while the fact names
        a place inside that same region ("Cuttack" in Odisha, for Balasore, Odisha):
        another place of the region, not the fact's."""
        through = set(accepted) & set(named)
        if not through or named[0] in accepted:
            return False
        return any(
            b not in named and self._within.get(b, frozenset()) & through for b in accepted
        )

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        own: list[tuple[tuple[str | int, ...], str]] = [
            (("role", r, i), e) for r in ROLES for i, e in enumerate(getattr(self.role, r))
        ]
        own += [(("role", "roles", r, i), e) for r, ids in self.role.roles.items()
                for i, e in enumerate(ids)]
        return [*super().entity_refs(), *own]


@lru_cache(maxsize=256)
def _patterns(
    frames: tuple[str, ...], roles: tuple[str, ...], own: tuple[str, ...]
) -> tuple[re.Pattern[str], ...]:
    """The built-in frames that have a slot for a judged role, then the fact's own (whose
    own role names are `own`)."""
    wanted = [t for t in BUILTIN if any(f"{{{r}}}" in t for r in roles)]
    return (*(compile_frame(t) for t in wanted), *(compile_frame(t, own) for t in frames))


def judge_sentence(fact: RoleFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    spec = fact.role
    judged = spec.judged()
    text = skeleton(ctx.text, view.start, view.end, view.names, view.triggers, view.quotes)
    judgements = []
    patterns = _patterns(tuple(spec.frames), judged, tuple(spec.roles))
    for index, roles in sorted(fillers(patterns, text).items()):
        named = view.names[index]
        roles &= set(judged) - ({"location"} if named.kind != "place" else set())
        if not roles:
            continue
        found = ctx.text[named.start : named.end]
        if len(roles) > 1:
            judgements.append(Judgement(named.start, named.end, Verdict.UNRESOLVED,
                                        f"'{found}' as {' and '.join(sorted(roles))}", ""))
            continue
        role = roles.pop()
        accepted = spec.accepted(role)
        agrees = set(accepted) & set(named.ids) and not fact.narrower(accepted, named.ids)
        verdict = Verdict.AGREES if agrees else Verdict.CONTRADICTS
        expected = " or ".join(ctx.name(e) for e in accepted)
        judgement = Judgement(named.start, named.end, verdict, f"{role} {found}",
                              f"{role} {expected}")
        span = (named.start, named.end)
        folded = ctx.folded or fold(ctx.text)
        denied = clause_reading(ctx.text, folded, view.start, span, view.triggers, hedges=False)
        judgements.append(judgement if denied is None else not_judged(judgement, denied))
    return judgements


KIND = Kind(name="role", model=RoleFact, judge_sentence=judge_sentence, own_polarity=True)
