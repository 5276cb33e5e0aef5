"""`rank`: a position in an order — the 10th president, a 24th title, the second-biggest
bank, lap 15 — or the positions of several entities in a result.

    - id: tenth-president
      rank: {value: 10}
      when: {mentions: [connolly], trigger: [president]}
    - id: race-result
      rank: {positions: {perez: 2, sainz: 3, lawson: 11}}
      when: {trigger: [finished, classified]}

An ordinal is "10th", "tenth", "twenty-first", "second-biggest" (an ordinal and a
superlative), a superlative alone ("the biggest bank": first), or a number after the
trigger ("lap 15"). With `value`, an ordinal is judged when it qualifies a trigger: right
before it ("the 10th president"), "the 15th of 51 laps", "lap 15"; with up to two words
between ("the third female president"), or a trigger narrowed by what follows ("first
win since 2019", "for the first time in Madrid"), it agrees when right and is
unresolved otherwise, since it may count another order.

With `positions`, an ordinal that stands for a place ("finished fifth", "Lawson 11th,",
"in third place") belongs to the name before it, with only a verb of finishing, a
copula, a comma or the trigger between ("Sainz, third,", "Sainz was third"), or a few
other words when a verb of finishing is among them ("Piastri finished outside the
points in 11th"); or to the name after "11th-placed". A name in the positions agrees at
its own place and contradicts at another; a name of the sheet that has no position
contradicts at a place the fact gives to someone else. A place is read only within 40
characters of the fact's own trigger and when no other fact's trigger stands nearer
("Sainz was third, after starting on pole" is the result's, not the grid's). Not judged:
an ordinal before a noun ("his first podium"), a name after a preposition ("behind
Sainz in fourth"), coordinated names or ordinals ("Sainz and Leclerc finished third and
fourth"), quotations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from pydantic import Field, PositiveInt, model_validator

from checker.extract.number_words import ORDINALS
from checker.kinds.base import Context, Judgement, Kind, SentenceView, Verdict
from checker.kinds.words import NAME, STOP, TRIGGER, Token, is_word, settled, tokens
from checker.sheet.base import FactBase, KebabId, Strict
from checker.text.fold import fold

_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# Words that may stand between a name and its place: "Sainz was third", "came home fourth".
_LINK = frozenset(
    ", # was is were are be been has had have will would finished finishes finishing finish "
    "came come comes coming ended ends placed home in the up back only just eventually "
    "finally again then (".split()
)
_PLACE_NOUNS = frozenset("place position spot".split())
# Between a name and its place a few other words may stand when one of these is among
# them: "Piastri finished outside the points in 12th".
_FINISH = frozenset("# finished finishes finish came ended placed".split())
_SPAN = 7
_REACH = 40  # characters from a place to the nearest trigger of a result
_DETERMINERS = frozenset("the 's its his her their our".split())
_NARROW = frozenset("in at this on".split())


class RankSpec(Strict):
    value: PositiveInt | None = Field(
        default=None, description="The fact's own position: 10 for 'the 10th president'."
    )
    positions: dict[KebabId, PositiveInt] = Field(
        default_factory=dict, description="Entity id → place in a result: {sainz: 3}."
    )

    @model_validator(mode="after")
    def _one_form(self) -> RankSpec:
        if (self.value is None) == (not self.positions):
            raise ValueError("give either 'value' or 'positions'")
        return self


class RankFact(FactBase):
    """A position in an order."""

    kind: ClassVar[str] = "rank"
    rank: RankSpec

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        own = [(("rank", "positions", e), e) for e in self.rank.positions]
        return [*super().entity_refs(), *own]


def ordinal(word: str) -> int | None:
    """The position an ordinal word gives: "11th", "tenth", "twenty-first",
    "second-biggest", "biggest" (1); None otherwise."""
    match = _DIGITS.match(word)
    if match:
        return int(match.group(1))
    if word in ORDINALS:
        return ORDINALS[word]
    head, _, tail = word.partition("-")
    if head in _TENS and tail in ORDINALS and ORDINALS[tail] < 10:
        return _TENS[head] + ORDINALS[tail]
    if tail and (head in ORDINALS or _DIGITS.match(head)) and superlative(tail):
        return ordinal(head)
    return 1 if superlative(word) else None


def _ordinal_at(words: list[Token], i: int) -> int | None:
    """The ordinal of words[i]; a bare superlative only after "the" or a possessive."""
    word = words[i].word.removesuffix("-placed")
    number = ordinal(word)
    if number is not None and superlative(word):
        before = words[i - 1].word if i else ""
        if before not in _DETERMINERS:
            return None
    return number


def superlative(word: str) -> bool:
    """An -est form of an English word: biggest, largest, deadliest, oldest. (Nouns such
    as "forest" pass too; callers take a superlative only after "the" or a possessive.)"""
    from checker.engine.names import english

    if not word.endswith("est") or len(word) < 6 or "-" in word:
        return False
    stem = word[:-3]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])
    if stem.endswith("i"):
        stems.add(stem[:-1] + "y")
    words = english()
    return any(len(s) >= 3 and s not in STOP and s in words for s in stems)


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _of_trigger(words: list[Token], i: int) -> int | None:
    """How many words stand between the ordinal at i and the trigger it qualifies ("10th
    president": 0, "third female president": 1, "15th of 51 laps": 0), or None."""
    after = words[i + 1 : i + 4]
    if after[:1] and after[0].word == "of" and len(after) > 2 and after[1].word.isdigit():
        return 0 if after[2].word == TRIGGER else None
    for between, token in enumerate(after[:3]):
        if token.word == TRIGGER:
            return between
        if not is_word(token) or token.word in STOP or ordinal(token.word) is not None:
            return None
    return None


def _value_judgements(fact: RankFact, words: list[Token]) -> list[Judgement]:
    """Ordinals of the trigger. With words between ("the third female president") the
    order may be another one: a different number is then only unresolved."""
    assert fact.rank.value is not None
    expected = _nth(fact.rank.value)
    found: list[Judgement] = []
    for i, token in enumerate(words):
        number = _ordinal_at(words, i)
        between = None if number is None else _of_trigger(words, i)
        if between is None:
            number = None
        if number is None and token.word.isdigit() and i and words[i - 1].word == TRIGGER:
            number, between = int(token.word), 0  # "lap 15"
        if number is None or _coordinated(words, i):
            continue
        verdict = Verdict.AGREES if number == fact.rank.value else Verdict.CONTRADICTS
        if verdict is Verdict.CONTRADICTS and (between or _narrowed(words, i, between)):
            verdict = Verdict.UNRESOLVED
        found.append(Judgement(token.start, token.end, verdict, _nth(number), expected))
    return found


def _narrowed(words: list[Token], i: int, between: int | None) -> bool:
    """Whether the trigger after the ordinal at i is narrowed by what follows: "since"
    ("his first win since 2019"), or "in", "at", "on", "this" after "for the Nth …" ("for
    the first time in Madrid"; but "her 23rd title in Paris" says where she won it)."""
    after = i + (between or 0) + 2
    if after >= len(words):
        return False
    idiom = [w.word for w in words[max(0, i - 2) : i]] == ["for", "the"]
    return words[after].word == "since" or (idiom and words[after].word in _NARROW)


def _coordinated(words: list[Token], i: int) -> bool:
    """An ordinal in a pair or list of ordinals: "third and fourth", "2nd, 3rd"."""
    near = [words[j] for j in (i - 2, i + 2) if 0 <= j < len(words)]
    return any(ordinal(t.word) is not None for t in near)


def _holder(words: list[Token], i: int) -> Token | None:
    """The name whose place the ordinal at i gives, or None."""
    token = words[i]
    if token.word.endswith("-placed"):
        after = words[i + 1] if i + 1 < len(words) else None
        return after if after is not None and after.word == NAME else None
    nxt = words[i + 1].word if i + 1 < len(words) else ""
    if nxt[:1].isalnum() and nxt not in STOP | _PLACE_NOUNS:
        return None  # "his first podium": an ordinal before a noun
    j, linked, finish = i - 1, True, False
    while j >= 0 and i - j <= _SPAN:
        word = words[j].word
        if word == "'s" and j > 0:
            j -= 2  # "…, the country's biggest"
            continue
        if word not in _LINK and not (word.isalpha() and word not in STOP):
            break
        linked &= word in _LINK
        finish |= word in _FINISH
        j -= 1
    if j < 0 or words[j].word != NAME or not (linked or finish):
        return None
    k = j - 1
    if k > 0 and words[k].word == "'s":
        k -= 2  # "with McLaren's Piastri": look before the possessor
    before = words[k].word if k >= 0 else ""
    if before in ("and", "&", ",", "or"):
        # "Sainz and Leclerc finished …" ("… and Piastri 12th" is a place of its own)
        return None if k > 0 and words[k - 1].word == NAME else words[j]
    return None if before in STOP or before in ("beat", "past") else words[j]


def _position_judgements(
    fact: RankFact, view: SentenceView, words: list[Token], ctx: Context
) -> list[Judgement]:
    positions = fact.rank.positions
    holders = {place: entity for entity, place in positions.items()}
    kinds = {n.kind for n in view.names if set(n.ids) & set(positions)}
    found: list[Judgement] = []
    for i, token in enumerate(words):
        number = _ordinal_at(words, i)
        if number is None or _coordinated(words, i):
            continue
        holder = _holder(words, i)
        if holder is None:
            continue
        named = view.names[holder.name]
        written = ctx.text[named.start : named.end]
        entity = next((e for e in named.ids if e in positions), None)
        if entity is None:
            if number not in holders or (kinds and named.kind not in kinds) or not named.name:
                continue
            expected = f"{_nth(number)} {ctx.name(holders[number])}"
            found.append(Judgement(token.start, token.end, Verdict.CONTRADICTS,
                                   f"{written} {_nth(number)}", expected))
            continue
        verdict = Verdict.AGREES if positions[entity] == number else Verdict.CONTRADICTS
        found.append(Judgement(token.start, token.end, verdict, f"{written} {_nth(number)}",
                               f"{ctx.name(entity)} {_nth(positions[entity])}"))
    return found


def _nearer_other(view: SentenceView, judgement: Judgement, reach: int | None) -> bool:
    """Whether another fact's trigger stands nearer the ordinal than any of the fact's own
    ("Sainz was third, after starting on pole" is the result's, not the grid's), or the
    fact's own stand farther than `reach` characters. A trigger that is the ordinal itself
    ("third" for a result) counts only for its own fact."""
    ours, others = settled(view)
    at = (judgement.start, judgement.end)

    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - judgement.end, judgement.start - span[1], 0)

    near = min((distance(t) for t in ours), default=view.end - view.start)
    if reach is not None and near > reach:
        return True
    return any(distance(o) < near for o in others if o != at)


def judge_sentence(fact: RankFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    reach = None if fact.rank.value is not None else _REACH
    return [j for j in _judge(fact, view, ctx) if not _nearer_other(view, j, reach)]


def _judge(fact: RankFact, view: SentenceView, ctx: Context) -> Sequence[Judgement]:
    # A trigger that is itself an ordinal ("third") stays a word.
    words = [Token(fold(ctx.text[t.start : t.end]), t.start, t.end)
             if t.word == TRIGGER and ordinal(fold(ctx.text[t.start : t.end])) else t
             for t in tokens(ctx.text, view)]
    if fact.rank.value is not None:
        return _value_judgements(fact, words)
    return _position_judgements(fact, view, words, ctx)


KIND = Kind(name="rank", model=RankFact, judge_sentence=judge_sentence)
