"""Which event a value belongs to, inside one sentence: the sentence's hits, the triggers
that name another event, and the placement of each value on its nearest trigger (see
attach.py for the distance)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.engine.attach import AMBIGUITY_MARGIN, SentenceGeometry
from checker.engine.matcher import CompiledFact, Hit
from checker.engine.plausible import (
    Surroundings,
    counts_other_verb,
    is_value_of,
    plausible,
    year_alone,
)
from checker.engine.reasons import Reason, Why
from checker.engine.totals import included_phrases, outside_phrase
from checker.engine.whose_date import told_as_done
from checker.extract.dates import DateMention
from checker.extract.numbers import NumberMention
from checker.kinds.base import Evidence
from checker.kinds.count import CountFact
from checker.kinds.date import DateFact
from checker.text.reporting import reporting_spans
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
# A verb in the past right after a date takes it: "the mayor on Sunday visited".
_VERB_AFTER = re.compile(r"\s+([a-z]{2,}ed)\b")
_CLAUSE_MARK = re.compile(r"[,;:()—–]")
_AT_EVENT = re.compile(r"\s+(?:at|in|during)\s+(?:the\s+)?")
# "the last election", "the previous summit", "last year's final": another edition.
# With a determiner: "they last met" is the latest meeting, this one.
_PAST_EDITION = re.compile(
    r"\b(?:(?:the|a|its|their|his|her|our|that)\s+(?:last|previous|prior|preceding|earlier)|"
    r"(?:last|previous)\s+(?:year|season)['’]s)"
    r"(?:\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|few|several)\b)[a-z]+)?\s+$"
)
# Quick looks for whether a sentence may hold such words at all (no leading \b: a
# pattern that starts with letters is searched much faster).
_PAST_WORD = re.compile(r"(?:last|previous|prior|preceding|earlier)\b")
# A number that is one more part of a total: "two other crew members", "along with three".
_PART_WORD = re.compile(
    r"(?:other|others|more|additional|further|extra|along|together|alongside|plus|well|"
    r"besides|addition)\b"
)
_PART_AFTER = re.compile(r"\s+(?:other|others|more|additional|further|extra)\b")
_PART_BEFORE = re.compile(
    r"\b(?:along\s+with|together\s+with|alongside|plus|as\s+well\s+as|besides|"
    r"in\s+addition\s+to)\s+$"
)
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")


@dataclass(frozen=True, slots=True)
class Attached:
    """A value judged against a fact; `rivals` are other facts it may belong to."""

    fact: CompiledFact
    evidence: Evidence
    rivals: tuple[CompiledFact, ...] = ()
    trigger: tuple[int, int] | None = None  # where the winning trigger stands
    aside: str | None = None  # why it is not judged, for values beside it (siblings.py)
    reported: bool = False  # a reporting act's date, the event told as done by then


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
        if not self.unless:
            return excluded
        by_fact: dict[int, list[Hit]] = {}  # many facts' triggers, few of them per fact
        for trigger in self.triggers:
            by_fact.setdefault(trigger.target, []).append(trigger)
        cancelled: set[Hit] = set()
        for word in self.unless:
            overlapped = [
                t
                for t in by_fact.get(word.target, ())
                if t.start < word.end and word.start < t.end and t not in cancelled
            ]
            if overlapped:
                cancelled.update(overlapped)
            else:
                excluded.add(word.target)
        if cancelled:
            self.triggers = [t for t in self.triggers if t not in cancelled]
        return excluded


class Placer:
    """Places the values of one family (dates or numbers) of one sentence on its facts.

    Besides the facts' triggers, a sentence holds events that are none of the sheet's:
    acts of reporting ("said on Sunday"), which keep their dates, and a past edition of
    an event ("the last election"), which keeps every value near it. A number marked
    as one part of a total ("two other crew members") makes every count of the sentence
    a part: none of them is judged as the whole.
    """

    def __init__(
        self,
        facts: list[CompiledFact],
        text: str,
        sentence: Sentence,
        values: Sequence[DateMention | NumberMention],
        group: SentenceHits,
        triggers: list[Hit],
        mentioned: set[int],
        geometry: SentenceGeometry,
    ) -> None:
        self.facts = facts
        self.text = text
        self.mentioned = mentioned
        self.geometry = geometry
        editions = set()
        if _PAST_WORD.search(text, sentence.start, sentence.end) is not None:
            editions = {
                (h.start, h.end)
                for h in triggers
                if _PAST_EDITION.search(text, max(0, h.start - 40), h.start)
            }
        self.triggers = triggers
        if editions:
            self.triggers = [h for h in triggers if (h.start, h.end) not in editions]
        self.others = sorted(editions)
        self.included = included_phrases(text, sentence, self.triggers)
        self.around: Surroundings | None = None  # of the number being placed
        self.reporting: list[tuple[int, int]] = []
        self.taken: list[tuple[int, int]] = []
        self.parts = False
        if values and isinstance(values[0], DateMention):  # one family: all dates or none
            self.taken = [(h.start, h.end) for h in group.triggers if h.target in mentioned]
            self.reporting = _reporting(text, sentence, self.taken, geometry)
        elif _PART_WORD.search(text, sentence.start, sentence.end) is not None:
            self.parts = any(
                _PART_AFTER.match(text, v.end) is not None
                or _PART_BEFORE.search(text, max(0, v.start - 24), v.start) is not None
                for v in values
            )

    def place(self, value: DateMention | NumberMention) -> Attached | Reason | None:
        """Attach a value to the fact of its nearest trigger. An anaphoric date counts
        from another dated event of the sentence: the one right after it when it says so
        ("two days after the summit"), else the nearest one before it that is not its
        own. A date followed by "at" or "in" and a trigger ("last weekend at the Dutch
        GP") is that event's. A value that belongs to none of the sentence's facts gives
        None, or a `Reason` that says why (shown by `--verbose`)."""
        facts, text, geometry = self.facts, self.text, self.geometry
        triggers = self.triggers
        side = getattr(getattr(value, "expr", None), "anchor", None)
        anchor_hit = None
        if side == "following":
            anchor_hit = _anchor(value, triggers, self.mentioned, side, facts, geometry, exclude=-1)
            if anchor_hit is not None:
                triggers = [h for h in triggers if h.target != anchor_hit.target]
        if self.included:  # "With add-ons, the package is worth €80m": the total's
            triggers = [h for h in triggers if not outside_phrase(self.included, h, value)]
        possessive = _POSSESSIVE.match(text, value.end) is not None
        if possessive:  # "Thursday's summit", "last week's headlines": the noun phrase's head
            phrase = _NOUN_PHRASE.match(text, value.end)
            head = value.end if phrase is None else phrase.end()
            triggers = [h for h in triggers if value.end < h.start and h.end <= head]
        elif isinstance(value, DateMention):
            at = _AT_EVENT.match(text, value.end)
            bound = [] if at is None else [h for h in triggers if h.start == at.end()]
            triggers = bound or self._unreported(value, triggers)
        placed = self._nearest(value, triggers)
        if placed is None:
            span = (value.start, value.end)
            if anchor_hit is not None:
                anchor_words = text[anchor_hit.start : anchor_hit.end]
                return Reason(Why.ANCHOR, f"'{value.text}' counts from '{anchor_words}'", span)
            if possessive:
                return Reason(Why.SET_ASIDE, f"'{value.text}' qualifies the noun after it", span)
            return None
        if isinstance(placed, Reason):
            return placed
        winner, rivals, where, reported = placed
        if side == "preceding":
            anchor_hit = _anchor(value, triggers, self.mentioned, side, facts, geometry, winner)
        anchor = None
        if anchor_hit is not None:
            anchor_fact = facts[anchor_hit.target].fact
            assert isinstance(anchor_fact, DateFact)
            anchor = anchor_fact.date
        evidence = Evidence(value, anchor)
        return Attached(
            facts[winner], evidence, tuple(facts[i] for i in rivals), where, reported=reported
        )

    def _unreported(self, value: DateMention, triggers: list[Hit]) -> list[Hit]:
        """A date before an act of reporting is that act's clause's, not the reported
        event's: "On Sunday, the minister said the crash …"."""
        after = [r for r in self.reporting if r[0] >= value.end]
        if not after:
            return triggers
        first = min(after)[0]
        return [h for h in triggers if h.start < first]

    def _suits(
        self,
        compiled: CompiledFact,
        value: DateMention | NumberMention,
        hit: Hit,
        verdicts: dict[int, bool],
    ) -> bool:
        """Whether the value is plausible for the fact (`verdicts` keeps each fact's
        answer for this value), on this trigger."""
        verdict = verdicts.get(compiled.index)
        if verdict is None:
            if isinstance(value, NumberMention) and self.around is None:
                self.around = Surroundings.of(value, self.text)
            verdict = verdicts[compiled.index] = plausible(compiled, value, self.around)
        if not verdict or not isinstance(compiled.fact, CountFact):
            return verdict
        assert isinstance(value, NumberMention)
        return not counts_other_verb(compiled.fact, value, self.text, hit)

    def _verb_after(
        self, value: DateMention, triggers: list[Hit]
    ) -> tuple[int, int] | None:
        """A verb in the past right after a date, none of our triggers, whose subject is
        not a trigger: "At the pier, the mayor on Sunday visited" (but in "the call
        between the two men on Friday lasted an hour", the call lasted)."""
        verb = _VERB_AFTER.match(self.text, value.end)
        if verb is None or _overlaps(verb.span(1), self.taken):
            return None
        before = [h.end for h in triggers if h.end <= value.start]
        if before and _CLAUSE_MARK.search(self.text, max(before), value.start) is None:
            return None
        return verb.span(1)

    def _nearest(
        self, value: DateMention | NumberMention, triggers: list[Hit]
    ) -> tuple[int, list[int], tuple[int, int], bool] | Reason | None:
        """The mentioned fact whose trigger is nearest the value, and the mentioned facts
        nearly as near. Each trigger position stands for the facts of its hits that
        accept the value; a position whose facts are all unmentioned is another event,
        and a value nearest to it belongs to none of ours; so does one nearest to an act
        of reporting, a past edition or a verb of its own (then a `Reason` says so, as it
        does when no fact of ours finds the value plausible)."""
        facts, text, geometry = self.facts, self.text, self.geometry
        places: dict[tuple[int, int], tuple[float, list[int]]] = {}
        aside = _ASIDE.match(text, value.end)  # "€140-billion ($163-billion) loan"
        span = (value.start, aside.end() if aside else value.end)
        counts_parts = self.parts and isinstance(value, NumberMention)
        implausible: dict[tuple[int, int], tuple[float, list[int]]] = {}
        verdicts: dict[int, bool] = {}
        judged = not isinstance(value, DateMention) or year_alone(value)
        self.around = None
        for hit in triggers:
            compiled = facts[hit.target]
            accepts = compiled.kind.accepts
            if accepts is not None and not accepts(compiled.fact, value, text):
                continue
            if counts_parts and compiled.kind.name == "count":
                continue
            reach = compiled.kind.reach
            score = geometry.distance(span, (hit.start, hit.end), reach)
            if reach is not None and score > reach:
                continue
            weigh = judged and hit.target in self.mentioned
            if weigh and not self._suits(compiled, value, hit, verdicts):
                implausible.setdefault((hit.start, hit.end), (score, []))[1].append(hit.target)
                continue
            places.setdefault((hit.start, hit.end), (score, []))[1].append(hit.target)
        if implausible:
            swapped = any(is_value_of(facts[i], value, text) for i in self.mentioned)
            places = _swapped(places, implausible, self.mentioned, swapped)
        if not places:
            if not implausible:
                return None
            fact = facts[next(iter(implausible.values()))[1][0]].fact
            detail = f"'{value.text}' does not suit {fact.name}"
            return Reason(Why.NOT_PLAUSIBLE, detail, (value.start, value.end))
        others = self.others
        if isinstance(value, DateMention):
            others = [*others, *self.reporting]
            verb = self._verb_after(value, triggers)
            if verb is not None:
                others.append(verb)
        for other in others:
            places.setdefault(other, (geometry.distance(span, other), []))
        ranked = sorted(places.items(), key=lambda p: p[1][0])
        best, (best_score, best_facts) = ranked[0]
        mentioned = self.mentioned
        ours = [i for i in dict.fromkeys(best_facts) if i in mentioned]
        if not ours:
            done = self._told_as_done(ranked) if best in self.reporting else None
            if done is not None:  # judged only when the report comes before the event
                return done
            if best in others:
                detail = f"'{value.text}' goes with '{text[best[0] : best[1]]}'"
                return Reason(Why.OTHER_EVENT, detail, (value.start, value.end))
            return None
        near = [
            i
            for _, (score, targets) in ranked[1:]
            if score - best_score < AMBIGUITY_MARGIN
            for i in targets
            if i in mentioned
        ]
        winner = ours[0]
        return winner, [i for i in dict.fromkeys([*ours[1:], *near]) if i != winner], best, False


    def _told_as_done(
        self, ranked: list[tuple[tuple[int, int], tuple[float, list[int]]]]
    ) -> tuple[int, list[int], tuple[int, int], bool] | None:
        """The nearest fact of ours whose trigger a reporting act tells as done ("said on
        Saturday the toll had been revised"): the date bounds the event from above."""
        for where, (_, targets) in ranked[1:]:
            ours = [i for i in dict.fromkeys(targets) if i in self.mentioned]
            if ours and told_as_done(self.text, where):
                return ours[0], [], where, True
        return None


def _reporting(
    text: str, sentence: Sentence, taken: list[tuple[int, int]], geometry: SentenceGeometry
) -> list[tuple[int, int]]:
    """The acts of reporting of a sentence that are none of our events. One that is a
    trigger of a mentioned fact is that fact ("said" for a briefing); so is one that
    leads into such a trigger ("responded today with a joint statement")."""
    spans = reporting_spans(text, sentence.start, sentence.end)
    ours = [r for r in spans if _overlaps(r, taken)]
    return [
        r
        for r in spans
        if r not in ours
        and not any(o[0] >= r[1] and geometry.distance(r, o, SAME_ACT) <= SAME_ACT for o in ours)
    ]


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


SAME_ACT = 5.0  # the farthest a reporting verb stands from the statement it makes

Places = dict[tuple[int, int], tuple[float, list[int]]]


def _swapped(places: Places, implausible: Places, mentioned: set[int], swapped: bool) -> Places:
    """Drop the trigger positions of our facts for which the value is implausible (they
    are our events, so no unmentioned fact there makes the value another event's) —
    unless the value is another mentioned fact's own figure and no fact of ours can take
    it: "a €20bn loan and a €143bn grant" swapped the figures, and each is judged where
    it stands."""
    if swapped and not any(i in mentioned for _, targets in places.values() for i in targets):
        return {**places, **implausible}
    return {
        position: place
        for position, place in places.items()
        if position not in implausible or any(i in mentioned for i in place[1])
    }


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
