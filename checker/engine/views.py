"""What a sentence kind sees of a sentence: `SentenceView` built from the matcher's hits."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from checker.engine.matcher import CompiledEntity, CompiledFact, Hit
from checker.kinds.base import Named, SentenceView, Span
from checker.text.segment import Sentence


def longest(hits: Iterable[Hit]) -> list[Hit]:
    """Entity hits without overlaps: at each place the longest ("US president" rather
    than "US"), then the next that starts after it."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def sentence_view(
    sentence: Sentence,
    names: list[Hit],
    triggers: list[Hit],
    elsewhere: list[Hit],
    fact: CompiledFact,
    entities: list[CompiledEntity],
    quotes: list[Span],
) -> SentenceView:
    """The view of one sentence for one fact. `names` are the sentence's entity hits
    without overlaps, `triggers` its trigger hits, `elsewhere` the triggers that name
    another event ("the Rubio–Lavrov meeting")."""
    stem = fact.sheet.stem
    named = []
    for hit in names:
        entity = entities[hit.target]
        own = entity.key == f"{stem}.{entity.ids[0]}"
        ids = entity.ids if own else (entity.key,)
        named.append(Named(hit.start, hit.end, ids, not hit.ref, entity.entity.kind))
    ours = {(h.start, h.end) for h in triggers if h.target == fact.index}
    others = {(h.start, h.end) for h in (*triggers, *elsewhere)} - ours
    inner = within(quotes, sentence.start, sentence.end)
    return SentenceView(sentence.start, sentence.end, tuple(named), tuple(sorted(ours)),
                        tuple(sorted(others)), tuple(inner))


def within(spans: list[Span], start: int, end: int) -> list[Span]:
    """The sorted, non-overlapping spans that overlap [start, end), found by bisection:
    a sentence does not look at every quotation of the document."""
    index = max(bisect_right(spans, (start, start)) - 1, 0)
    inner = []
    while index < len(spans) and spans[index][0] < end:
        if start < spans[index][1]:
            inner.append(spans[index])
        index += 1
    return inner
