"""Which event a value belongs to, inside one sentence: the sentence's hits, the triggers
that name another event, and the placement of each value on its nearest trigger (see
attach.py for the distance)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.attach import AMBIGUITY_MARGIN, SentenceGeometry
from checker.extract.dates import DateMention
from checker.extract.numbers import NumberMention
from checker.kinds.base import Evidence
from checker.kinds.date import DateFact
from checker.matcher import CompiledFact, Hit
from checker.reasons import Reason, Why
from checker.text.inflect import PAST_FORMS
from checker.text.segment import Sentence

_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
# The noun phrase a possessive date opens: up to five words, no punctuation, no function
# word ("Saturday's horrific Odisha train accident", not "last week's headlines about the
# summit"); its head is the trigger in it.
_FUNCTION_WORDS = (
    "about of in on at for with from to by into over after before the a an and or but is are "
    "was were be been has have had will would that which who this these those its their his her"
)
_NOUN_PHRASE = re.compile(
    rf"['’]s?(?:\s+(?!(?i:{'|'.join(_FUNCTION_WORDS.split())})\b)[\w-]+){{1,5}}"
)
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_JOINER = re.compile(r"(?:['’]s)?[\s-]*")


@dataclass(frozen=True, slots=True)
class Attached:
    """A value judged against a fact; `rivals` are other facts it may belong to."""

    fact: CompiledFact
    evidence: Evidence
    rivals: tuple[CompiledFact, ...] = ()
    trigger: tuple[int, int] | None = None  # where the winning trigger stands


@dataclass(slots=True)
class SentenceHits:
    sentence: Sentence
    entities: list[Hit]
    triggers: list[Hit]
    unless: list[Hit]
    elsewhere: list[Hit] = field(default_factory=list)  # triggers that name another event
    why: dict[int, Reason] = field(default_factory=dict)  # fact → why it was set aside here

    def settle(self) -> set[int]:
        """Apply the `unless` words: one that overlaps a trigger of its fact cancels that
        trigger ("called off" is not a call); one elsewhere rules the fact out. Returns
        the facts ruled out."""
        excluded: set[int] = set()
        for word in self.unless:
            overlapped = [
                t
                for t in self.triggers
                if t.target == word.target and t.start < word.end and word.start < t.end
            ]
            if overlapped:
                self.triggers = [t for t in self.triggers if t not in overlapped]
            else:
                excluded.add(word.target)
        return excluded


def place(
    facts: list[CompiledFact],
    text: str,
    value: DateMention | NumberMention,
    triggers: list[Hit],
    mentioned: set[int],
    geometry: SentenceGeometry,
) -> Attached | Reason | None:
    """Attach a value to the fact of its nearest trigger. An anaphoric date counts from
    another dated event of the sentence: the one right after it when it says so ("two
    days after the summit"), else the nearest one before it that is not its own. A value
    that belongs to none of the sentence's facts gives None, or a `Reason` that says why
    (shown by `--verbose`)."""
    side = getattr(getattr(value, "expr", None), "anchor", None)
    anchor_hit = None
    if side == "following":
        anchor_hit = _anchor(value, triggers, mentioned, side, facts, geometry, exclude=-1)
        if anchor_hit is not None:
            triggers = [h for h in triggers if h.target != anchor_hit.target]
    possessive = _POSSESSIVE.match(text, value.end) is not None
    if possessive:  # "Thursday's summit", "last week's headlines": the noun phrase's head
        phrase = _NOUN_PHRASE.match(text, value.end)
        head = value.end if phrase is None else phrase.end()
        triggers = [h for h in triggers if value.end < h.start and h.end <= head]
    placed = _nearest(facts, text, value, triggers, mentioned, geometry)
    if placed is None:
        span = (value.start, value.end)
        if anchor_hit is not None:
            anchor_words = text[anchor_hit.start : anchor_hit.end]
            return Reason(Why.ANCHOR, f"'{value.text}' counts from '{anchor_words}'", span)
        if possessive:
            return Reason(Why.SET_ASIDE, f"'{value.text}' qualifies the noun after it", span)
        return None
    winner, rivals, where = placed
    if side == "preceding":
        anchor_hit = _anchor(value, triggers, mentioned, side, facts, geometry, winner)
    anchor = None
    if anchor_hit is not None:
        anchor_fact = facts[anchor_hit.target].fact
        assert isinstance(anchor_fact, DateFact)
        anchor = anchor_fact.date
    evidence = Evidence(value, anchor)
    return Attached(facts[winner], evidence, tuple(facts[i] for i in rivals), where)


def _nearest(
    facts: list[CompiledFact],
    text: str,
    value: DateMention | NumberMention,
    triggers: list[Hit],
    mentioned: set[int],
    geometry: SentenceGeometry,
) -> tuple[int, list[int], tuple[int, int]] | None:
    """The mentioned fact whose trigger is nearest the value, the mentioned facts nearly
    as near, and where that trigger stands. Each trigger position stands for the facts of
    its hits that accept the value; a position whose facts are all unmentioned is another
    event, and a value nearest to it belongs to none of ours."""
    places: dict[tuple[int, int], tuple[float, list[int]]] = {}
    aside = _ASIDE.match(text, value.end)  # "€140-billion ($163-billion) loan"
    span = (value.start, aside.end() if aside else value.end)
    for hit in triggers:
        compiled = facts[hit.target]
        accepts = compiled.kind.accepts
        if accepts is not None and not accepts(compiled.fact, value, text):
            continue
        reach = compiled.kind.reach
        score = geometry.distance(span, (hit.start, hit.end), reach)
        if reach is not None and score > reach:
            continue
        places.setdefault((hit.start, hit.end), (score, []))[1].append(hit.target)
    if not places:
        return None
    ranked = sorted(places.items(), key=lambda p: p[1][0])
    where, (best_score, best_facts) = ranked[0]
    ours = [i for i in dict.fromkeys(best_facts) if i in mentioned]
    if not ours:
        return None
    near = [
        i
        for _, (score, targets) in ranked[1:]
        if score - best_score < AMBIGUITY_MARGIN
        for i in targets
        if i in mentioned
    ]
    winner = ours[0]
    return winner, [i for i in dict.fromkeys([*ours[1:], *near]) if i != winner], where


def other_event(
    text: str,
    trigger: Hit,
    group: SentenceHits,
    facts: list[CompiledFact],
    kinds: Sequence[str] = (),
) -> bool:
    """A trigger named after an entity its fact does not involve is another event:
    "the Budapest meeting" is not the Trump–Zelensky meeting. A trigger in the past tense
    is a verb and the name before it its subject: another event only when a fact with
    that word is about the subject ("Lavrov spoke" is the Rubio–Lavrov call, "Berset
    announced" may be any announcement)."""
    requires = facts[trigger.target].requires
    if not requires:
        return False
    for entity in group.entities:
        if entity.end <= trigger.start and entity.target not in requires:
            joiner = _JOINER.match(text, entity.end, trigger.start)
            if joiner is not None and joiner.end() == trigger.start:
                if is_verb(text, trigger):  # "Berset announced": its subject
                    return _word_of(entity, trigger, group, facts)
                return _names_event(entity, trigger, group, facts, kinds)
    return False


def _names_event(
    entity: Hit,
    trigger: Hit,
    group: SentenceHits,
    facts: list[CompiledFact],
    kinds: Sequence[str],
) -> bool:
    """Whether a name before a trigger names another event: a person takes part in it
    ("the Rubio–Lavrov call"), a place is where it is ("the Geneva meeting"); an
    organisation or thing names one when the fact needs another of its kind or a fact
    with the same word is about it; else it only qualifies the word ("the NASA
    commander").
    `kinds` gives each entity's kind; without it every name counts."""
    if not kinds:
        return True
    kind = kinds[entity.target]
    if kind in ("person", "place") or any(
        kinds[e] == kind for e in facts[trigger.target].requires
    ):
        return True
    return _word_of(entity, trigger, group, facts)


def _word_of(entity: Hit, trigger: Hit, group: SentenceHits, facts: list[CompiledFact]) -> bool:
    """Whether a fact with the trigger's word at that place is about the entity."""
    return any(
        h[:2] == trigger[:2] and entity.target in facts[h.target].requires
        for h in group.triggers
    )


def is_verb(text: str, trigger: Hit) -> bool:
    """Whether the trigger as written ends in a past-tense verb form ("announced", "won")."""
    last = text[trigger.start : trigger.end].rsplit(None, 1)[-1]
    return last.endswith("ed") or last in PAST_FORMS


def _anchor(
    value: DateMention | NumberMention,
    triggers: list[Hit],
    mentioned: set[int],
    side: str,
    facts: list[CompiledFact],
    geometry: SentenceGeometry,
    exclude: int,
) -> Hit | None:
    """The dated event an anaphoric date counts from: the nearest mentioned date-fact
    trigger, other than fact `exclude`, on the side the expression points to."""
    if side == "following":
        pool = [h for h in triggers if h.start >= value.end]
    else:
        pool = [h for h in triggers if h.end <= value.start]
    pool = [
        h
        for h in pool
        if h.target in mentioned
        and h.target != exclude
        and isinstance(facts[h.target].fact, DateFact)
    ]
    if not pool:
        return None
    return min(pool, key=lambda h: geometry.distance((value.start, value.end), (h.start, h.end)))
