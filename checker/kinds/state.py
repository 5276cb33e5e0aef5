"""`state`: which of a few categorical states an event is in, and the words for each.

    - id: summit-state
      label: Budapest summit
      state:
        is: on-hold
        states:
          on-hold: [on hold, postponed, no plans, shelved, paused, stall]
          cancelled: [called off, cancel, scrapped, abandoned]
      when: {mentions: [budapest], trigger: [summit, meeting]}

A state phrase (in any inflection; after "to", also the verb a listed form comes from) is
read for the trigger it is nearest to, counted in words as `checker.engine.attach` does, with
relative clauses and short appositions between commas skipped ("The summit in Budapest,
Hungary, where …, has been called off"); each trigger takes its nearest phrase within
12, and a phrase nearer to another event's trigger is left alone. Then:

- an affirmed phrase agrees when its state is the fact's, and contradicts otherwise;
- a negated phrase ("has not been cancelled", "no longer on hold", "on hold rather than
  scrapped": "scrapped" is negated) contradicts only when it denies the fact's state;
- a hedged phrase ("could be cancelled", "whether it is off", "plans to scrap", "calls
  for it to be scrapped") and questions are not judged (unresolved); an act asked for
  that the sentence says has not happened ("calls to recognise Palestine, a step not yet
  enacted") is negated;
- a contradiction said of a time before the story's ("had been postponed", "was on hold
  last week") is not judged either: the state may have changed since
  (`checker.text.anterior`).

Negation and hedges are read by the shared lexicon of `checker.text.polarity`.

The finding is at the fact's severity, quoted at the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import ClassVar

from pydantic import Field, model_validator

from checker.engine.attach import STRONG_BREAK, SentenceGeometry
from checker.kinds.base import Context, Judgement, Kind, SentenceView, Span, Verdict
from checker.kinds.nearby import SortedSpans
from checker.sheet.base import FactBase, KebabId, Strict, WordList
from checker.text.aims import asked_for, unrealised
from checker.text.anterior import earlier_cue
from checker.text.fold import fold
from checker.text.inflect import phrase_forms, verb_bases
from checker.text.polarity import Reading, reading
from checker.text.segment import inside

REACH = 12.0
_TO = re.compile(r"\bto\s+(?:\w+ly\s+)?$")  # "to formally recognise": an infinitive
_ASIDE = re.compile(
    r",\s+(?:where|which|who|whom|whose|when)\b[^,;:()]*(?=,)|,\s+[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*){0,2}(?=,)|\([^()]*\)"
)
# Between a noun and a word inside the phrase that modifies it: "work related to the",
# "probe into the", "toll in the".
_POST_MODIFIER = re.compile(
    r"\s+(?:(?:related|linked|connected|relating)\s+to|of|in|into|at|on|for|over|from|"
    r"after|following|involving|concerning|about)\s+(?:(?:the|a|an|this|that|its|their)\s+)?"
    r"(?:[\w'-]+\s+){0,2}"
)
# A clause boundary: another event's word past it, after the phrase, is the subject of
# another clause ("… is under way, and the injured are in hospital").
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:but|and|while|although|though|whereas)\b")
# A preposition that opens an adjunct: "called off after a phone conversation".
_ADJUNCT = re.compile(r"\b(?:after|before|following|amid|since|until|despite)\b")


class StateSpec(Strict):
    is_: KebabId = Field(alias="is", description="The state the event is in.")
    states: dict[KebabId, WordList] = Field(
        min_length=2, description="Each state and the phrases that express it."
    )

    @model_validator(mode="after")
    def _consistent(self) -> StateSpec:
        if self.is_ not in self.states:
            raise ValueError(f"'{self.is_}' is not one of the states: {', '.join(self.states)}")
        seen: dict[str, str] = {}
        for state, phrases in self.states.items():
            for phrase in phrases:
                key = fold(phrase)
                if seen.setdefault(key, state) != state:
                    raise ValueError(f"'{phrase}' is listed under '{seen[key]}' and '{state}'")
        return self


class StateFact(FactBase):
    """The state an event is in."""

    kind: ClassVar[str] = "state"
    state: StateSpec


States = tuple[tuple[str, tuple[str, ...]], ...]


def _infinitives(phrase: str) -> set[str]:
    """The phrase with a listed verb form put back to the verb it comes from, read only
    after "to": a sheet's "recognised" reads "to recognize" too."""
    words = phrase.split()
    return {
        " ".join([*words[:i], base, *words[i + 1 :]])
        for i, word in enumerate(words)
        for base in verb_bases(word)
    }


@lru_cache(maxsize=256)
def _phrases(states: States) -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern over every form of every phrase, the state of each form, and the forms
    read only after "to"."""
    owner = {f: s for s, phrases in states for p in phrases for f in phrase_forms(fold(p))}
    infinitives = {
        f: s for s, phrases in states for p in phrases for f in _infinitives(fold(p))
    }
    bare = frozenset(infinitives) - set(owner)
    owner = {**infinitives, **owner}
    forms = sorted(owner, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b"), owner, bare


def _inside_modifier(folded: str, word: Span, head: Span) -> bool:
    """Whether `word` stands in a phrase that modifies the noun `head` before it."""
    return head[1] <= word[0] and _POST_MODIFIER.fullmatch(folded, head[1], word[0]) is not None


def _modifies(folded: str, ours: Sequence[Span], other: Span, phrase: Span) -> bool:
    """Whether another event's word stands in a phrase that modifies one of our triggers,
    before the state phrase: "the rescue work related to the accident is under way" speaks
    of the rescue work, not of the accident."""
    return other[1] <= phrase[0] and any(_inside_modifier(folded, other, t) for t in ours)


def _distance(geometry: SentenceGeometry, folded: str, one: Span, other: Span) -> float:
    """Words between two spans, where an adjunct's preposition is a strong boundary."""
    low, high = sorted((one, other))
    adjuncts = len(_ADJUNCT.findall(folded, low[1], high[0]))
    return geometry.distance(one, other) + STRONG_BREAK * adjuncts


def _phrase_spans(fact: StateFact, view: SentenceView, sentence: str, folded: str) -> list[Span]:
    """The phrases the fact's triggers take: for each trigger the nearest phrase within
    reach that is no nearer to another event; spans are relative to the sentence."""
    spec = fact.state
    pattern, _, bare = _phrases(tuple((s, tuple(p)) for s, p in spec.states.items()))
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    masked = _ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    geometry = SentenceGeometry(masked)
    ours, others = (
        [(s, e) for s, e in ((a - view.start, b - view.start) for a, b in spans)
         if not inside(asides, s, e)]
        for spans in (view.triggers, view.others)
    )
    # A trigger inside a phrase that modifies another event's word is not the subject:
    # "the call about the Budapest summit was called off".
    ours = [t for t in ours if not any(_inside_modifier(folded, t, o) for o in others)]
    mine, rivals = SortedSpans(ours), SortedSpans(others)
    quotes = list(view.quotes)
    found: list[Span] = []
    for match in pattern.finditer(folded):
        span = match.span()
        quoted = inside(quotes, span[0] + view.start, span[1] + view.start)
        if quoted or mine.overlaps(span):
            continue
        if match.group() in bare and _TO.search(folded, max(0, span[0] - 24), span[0]) is None:
            continue

        def floor(other: Span, span: Span = span) -> int:
            return geometry.words(span, other)

        def measure(other: Span, span: Span = span) -> float:
            return _distance(geometry, folded, span, other)

        def not_rival(other: Span, span: Span = span) -> bool:
            """Another event's word that does not compete for the phrase: it overlaps it,
            modifies one of our triggers, or stands past a clause mark after it."""
            return (
                (other[0] < span[1] and span[0] < other[1])
                or _modifies(folded, ours, other, span)
                or (other[0] >= span[1] and _CLAUSE.search(folded, span[1], other[0]) is not None)
            )

        distance, _ = mine.nearest(span, floor, measure, REACH)
        if distance <= REACH and distance <= rivals.nearest(span, floor, measure, distance,
                                                            not_rival)[0]:
            found.append(span)
    if not found:
        return []
    phrases = SortedSpans(found)
    taken = set()
    for trigger in ours:

        def apart(phrase: Span, trigger: Span = trigger) -> int:
            return geometry.words(phrase, trigger)

        def cost(phrase: Span, trigger: Span = trigger) -> float:
            return _distance(geometry, folded, phrase, trigger)

        taken.add(found[phrases.nearest(trigger, apart, cost, float("inf"))[1]])
    return sorted(taken)


def _mood(sentence: str, folded: str, start: int, end: int) -> Reading | None:
    """How the phrase at [start, end) is said: an act asked for is hedged, or denied when
    the sentence says it has not happened (`checker.text.aims`); else its clause's reading."""
    request = asked_for(folded, start)
    if request is None:
        return reading(sentence, folded, 0, start)
    undone = unrealised(folded, end)
    if undone is not None:
        return Reading("denied", sentence[undone[0] : undone[1]])
    return Reading("hedged", sentence[request[0] : request[1]].split()[0])


def judge_sentence(fact: StateFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    sentence = ctx.text[view.start : view.end]
    if sentence.rstrip("\"'”’ ").endswith("?"):
        return []
    spec = fact.state
    _, owner, _ = _phrases(tuple((s, tuple(p)) for s, p in spec.states.items()))
    folded = fold(sentence)
    expected = spec.is_.replace("-", " ")
    judgements = []
    for start, end in _phrase_spans(fact, view, sentence, folded):
        state = owner[folded[start:end]]
        polarity = _mood(sentence, folded, start, end)
        words = sentence[start:end]
        if polarity is None:
            verdict = Verdict.AGREES if state == spec.is_ else Verdict.CONTRADICTS
        elif polarity.mood == "hedged":
            verdict, words = Verdict.UNRESOLVED, f"hedged ('{polarity.cue}'): {words}"
        else:
            verdict = Verdict.CONTRADICTS if state == spec.is_ else Verdict.AGREES
            words = f"not {words}"
        cue = earlier_cue(folded, start, end) if verdict is Verdict.CONTRADICTS else None
        if cue is not None:
            verdict, words = Verdict.UNRESOLVED, f"said of an earlier time ('{cue}'): {words}"
        judgements.append(Judgement(start + view.start, end + view.start, verdict, words, expected))
    return judgements


KIND = Kind(name="state", model=StateFact, judge_sentence=judge_sentence, own_polarity=True)
