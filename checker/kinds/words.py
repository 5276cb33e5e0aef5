"""A sentence as tokens with offsets, for the kinds that read its structure (rank, set,
score, quote): each entity named is one token `@` with its index in the view, each
trigger of the fact one token `#`, each quotation one token `§`; other words are folded
("Sainz's" → "sainz", "'s"; "6–3" → "6-3"; "11th-placed" stays one token)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.kinds.base import SentenceView, Span
from checker.text.fold import fold

_TOKEN = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+|'(?!s\b)[a-z0-9]+)*|'s\b|[^\w\s]")
NAME, TRIGGER, QUOTE = "@", "#", "§"


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # folded word, or NAME, TRIGGER, QUOTE
    start: int
    end: int
    name: int = -1  # index into the view's names for a NAME token


def tokens(text: str, view: SentenceView, triggers: bool = True) -> list[Token]:
    """The tokens of the view's sentence; trigger words stay words when `triggers` is False."""
    marks: list[tuple[int, int, str, int]] = [(s, e, QUOTE, -1) for s, e in view.quotes]
    if triggers:
        marks += [(s, e, TRIGGER, -1) for s, e in view.triggers]
    marks += [(n.start, n.end, NAME, i) for i, n in enumerate(view.names)]
    marks.sort(key=lambda m: (m[0], -m[1]))
    found: list[Token] = []
    position = view.start
    for start, end, word, index in marks:
        if start < position or (end > view.end and word != QUOTE):
            continue
        found += _words(text, position, start)
        found.append(Token(word, max(start, view.start), min(end, view.end), index))
        position = end
    found += _words(text, position, view.end)
    return found


def _words(text: str, start: int, end: int) -> list[Token]:
    if start >= end:
        return []
    folded = fold(text[start:end])
    return [Token(m.group(), start + m.start(), start + m.end()) for m in _TOKEN.finditer(folded)]


STOP = frozenset(
    "to not and or but that which who if than from of by at in on with for as after before "
    "behind ahead while since until into over under against".split()
)


def is_word(token: Token) -> bool:
    """A plain word: not a name, trigger, quotation, number or punctuation mark."""
    return token.word[:1].isalpha() and token.word not in (NAME, TRIGGER, QUOTE)


def settled(view: SentenceView) -> tuple[list[Span], list[Span]]:
    """The view's own triggers and other facts' triggers, where a trigger inside a longer
    one of the other side belongs to that side ("final" inside "Open final")."""

    def inside(span: Span, spans: list[Span]) -> bool:
        return any(s <= span[0] and span[1] <= e and e - s > span[1] - span[0] for s, e in spans)

    ours, others = list(view.triggers), list(view.others)
    return [t for t in ours if not inside(t, others)], [o for o in others if not inside(o, ours)]
