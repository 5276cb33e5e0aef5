"""`--verbose`: find why each statement that names a fact was not judged.

Runs only when reasons are asked for, after the document was judged: it reads again, for
the unjudged (sentence, fact) pairs alone, what the engine did with their hits and
values, and turns the best reason of each into an info note.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from checker.engine.attach import SentenceGeometry
from checker.engine.matcher import CompiledFact, Hit
from checker.engine.placement import Attached, Placer, SentenceHits
from checker.engine.reasons import Reason, Reasons, Statement, Why
from checker.extract.dates import DateMention
from checker.extract.numbers import NumberMention
from checker.kinds.base import ExtractorName, Judgement, Verdict
from checker.text.segment import Sentence, inside

if TYPE_CHECKING:
    from checker.engine.scan import Scan

Value = DateMention | NumberMention

# What a sentence kind looks for near its trigger, when it found nothing.
_NOTHING = {
    "state": "no state phrase near the trigger",
    "role": "no named entity in one of its roles",
    "rank": "no ordinal of the trigger, or no place beside a name",
    "set": "no enumeration that names a member",
    "score": "no single score and no winner or loser in a frame",
    "quote": "no quotation with one named speaker",
}


def record(reasons: Reasons, facts: list[CompiledFact], group: SentenceHits,
           present: list[Hit], mentioned: set[int]) -> None:
    """Record the statements of one sentence: each fact one of whose triggers is there
    (`present`: before `unless` words and other events set any aside) and whose
    entities are all named (or that was taken as mentioned), with the reasons the steps
    that read the sentence left in `group.why`."""
    named = {e.target for e in group.entities}
    seen: dict[int, list[Hit]] = {}
    for hit in present:
        if hit.target in mentioned or facts[hit.target].requires <= named:
            seen.setdefault(hit.target, []).append(hit)
    sentence = group.sentence
    for fact, hits in seen.items():
        reasons.statement(Statement(sentence.start, sentence.end, fact, hits, group, mentioned))
    for fact, reason in group.why.items():
        reasons.add(sentence.start, fact, reason)


def notes(reasons: Reasons, facts: list[CompiledFact], scan: Scan
          ) -> list[tuple[CompiledFact, Judgement, Sentence]]:
    """One info note for each statement whose fact was not judged, with its best reason;
    and one for each value its fact would take that stood too far from every trigger,
    though the fact was judged on another value of the sentence."""
    found = []
    for statement in reasons.unjudged():
        for reason in _reasons(statement, facts, scan):
            reasons.add(statement.start, statement.fact, reason)
        reason = reasons.why(statement)
        start, end = reason.span or statement.triggers[0][:2]
        judgement = Judgement(start, end, Verdict.UNRESOLVED, reason.text(), "")
        sentence = Sentence(statement.start, statement.end)
        found.append((facts[statement.fact], judgement, sentence))
    found.extend(_out_of_reach(reasons, facts, scan))
    return found


def _out_of_reach(reasons: Reasons, facts: list[CompiledFact], scan: Scan
                  ) -> list[tuple[CompiledFact, Judgement, Sentence]]:
    """Values of judged statements that no fact took because they stood too far."""
    taken: dict[int, set[tuple[int, int]]] = {}
    for (start, _), judgements in reasons.judged.items():
        taken.setdefault(start, set()).update((j.start, j.end) for j in judgements)
    found = []
    for key, statement in sorted(reasons.statements.items()):
        compiled = facts[statement.fact]
        family = compiled.kind.extractor
        if key not in reasons.judged or not statement.mentioned_here or family is None:
            continue
        sentence = Sentence(statement.start, statement.end)
        for value in scan.values(family, sentence):
            if (value.start, value.end) in taken.get(statement.start, set()):
                continue
            reason = _value_reason(statement, facts, scan, value)
            if reason.why is Why.TOO_FAR:
                judgement = Judgement(value.start, value.end, Verdict.UNRESOLVED,
                                      reason.text(), "")
                found.append((compiled, judgement, sentence))
    return found


def _reasons(statement: Statement, facts: list[CompiledFact], scan: Scan) -> list[Reason]:
    if not statement.mentioned_here:
        return [_not_mentioned(statement, scan.text)]
    compiled = facts[statement.fact]
    if compiled.kind.judge_sentence is not None:
        text = scan.text[statement.start : statement.end].rstrip("\"'”’ \n")
        if text.endswith("?"):
            return [Reason(Why.QUESTION)]
        if all(inside(scan.quotes, t.start, t.end) for t in statement.triggers):
            trigger = statement.triggers[0]
            return [Reason(Why.QUOTED, f"'{scan.text[trigger.start:trigger.end]}'")]
        return [Reason(Why.NOTHING_READ, _NOTHING.get(compiled.kind.name, ""))]
    family = compiled.kind.extractor
    if family is None:
        return []
    values = scan.values(family, Sentence(statement.start, statement.end))
    if not values:
        return [Reason(Why.NO_VALUE, f"no {family.rstrip('s')} in the sentence")]
    return [_value_reason(statement, facts, scan, v) for v in values]


def family_triggers(facts: list[CompiledFact], group: SentenceHits,
                    family: ExtractorName | None) -> list[Hit]:
    """The triggers of the sentence whose facts read values of `family`."""
    return [h for h in group.triggers if facts[h.target].kind.extractor == family]


def placement(facts: list[CompiledFact], scan: Scan, group: SentenceHits, value: Value,
              mentioned: set[int]) -> Attached | Reason | None:
    """Where the engine's placement puts one value of the sentence, asked again (the one
    call through which reasons and `explain` see placement)."""
    family: ExtractorName = "dates" if isinstance(value, DateMention) else "numbers"
    rivals = family_triggers(facts, group, family)
    values = scan.values(family, group.sentence)
    placer = Placer(
        facts, scan.folded, group.sentence, values, group, rivals, mentioned, scan.geometry
    )
    return placer.place(value)


def _not_mentioned(statement: Statement, text: str) -> Reason:
    """Why a sentence with the fact's trigger and entities is not taken as a mention."""
    group, fact = statement.group, statement.fact
    own = statement.triggers
    words = [w for w in group.unless if w.target == fact]
    for word in words:
        if not any(t.start < word.end and word.start < t.end for t in own):
            return Reason(Why.UNLESS, f"'{text[word.start:word.end]}'", word[:2])
    kept = [t for t in own if t in group.triggers]
    if not kept and words and not any(t in group.elsewhere for t in own):
        word = words[0]
        return Reason(Why.UNLESS, f"the trigger is part of '{text[word.start:word.end]}'",
                      word[:2])
    elsewhere = [t for t in own if t in group.elsewhere]
    if elsewhere and not kept:
        trigger = elsewhere[0]
        before = [e for e in group.entities if e.end <= trigger.start]
        start = max(before, key=lambda e: e.end).start if before else trigger.start
        return Reason(Why.TRIGGER_ELSEWHERE, f"'{text[start:trigger.end]}'",
                      (start, trigger.end))
    return Reason(Why.NOT_MENTIONED)


def _value_reason(statement: Statement, facts: list[CompiledFact], scan: Scan,
                  value: Value) -> Reason:
    """Why one value of the sentence did not go to the statement's fact."""
    text, span = scan.text, (value.start, value.end)
    words = f"'{text[value.start:value.end]}'"
    if inside(scan.quotes, value.start, value.end):
        return Reason(Why.QUOTED, words, span)
    compiled = facts[statement.fact]
    kind = compiled.kind
    family = kind.extractor
    triggers = statement.group.triggers
    own = [t for t in triggers if t.target == statement.fact]
    accepting = own if _accepts(compiled, value, scan) else []
    if not accepting:
        return Reason(Why.NOT_PLAUSIBLE, f"{words} does not fit {compiled.fact.name}", span)
    geometry = scan.geometry
    rivals = family_triggers(facts, statement.group, family)
    placed = placement(facts, scan, statement.group, value, statement.mentioned)
    if isinstance(placed, Attached):
        winner = placed.fact
        hits = [h for h in rivals if h.target == winner.index] or rivals
        hit = min(hits, key=lambda t: geometry.distance(span, t[:2]))
        return Reason(Why.OTHER_EVENT, f"{words} is nearer to '{text[hit.start:hit.end]}' "
                      f"({winner.fact.name})", span)
    if isinstance(placed, Reason):
        return placed
    nearest = min(accepting, key=lambda t: geometry.distance(span, t[:2]))
    distance = geometry.distance(span, nearest[:2])
    if kind.reach is not None and distance > kind.reach:
        trigger = text[nearest.start : nearest.end]
        return Reason(Why.TOO_FAR, f"{words} to '{trigger}' is {distance:g}, reach "
                      f"{kind.reach:g}", span)
    return _elsewhere(facts, scan, value, rivals, statement.mentioned, words, geometry)


def _elsewhere(facts: list[CompiledFact], scan: Scan, value: Value, rivals: Sequence[Hit],
               mentioned: set[int], words: str, geometry: SentenceGeometry) -> Reason:
    """A value that placement gave to no fact: nearest a fact not mentioned here, or set
    aside for a reason of its own."""
    span = (value.start, value.end)
    others = [
        h for h in rivals if h.target not in mentioned and _accepts(facts[h.target], value, scan)
    ]
    if others:
        hit = min(others, key=lambda t: geometry.distance(span, t[:2]))
        trigger = scan.text[hit.start : hit.end]
        return Reason(Why.OTHER_EVENT, f"{words} is nearer to '{trigger}' "
                      f"({facts[hit.target].fact.name}, not mentioned here)", span)
    return Reason(Why.SET_ASIDE, words, span)


def _accepts(compiled: CompiledFact, value: Value, scan: Scan) -> bool:
    accepts = compiled.kind.accepts
    return accepts is None or accepts(compiled.fact, value, scan.folded)
