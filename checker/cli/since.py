"""`check --since-sheet OLD`: after a sheet is corrected, check only the articles that
mention a fact whose value changed or that was added.

Facts are compared by id (facts derived from entities, such as titles and ages,
included); a fact is changed when anything that judges it differs: its value or where it
is mentioned. Its label, message, citations, severities and examples do not count. An
article is selected, by the matcher's one automaton scan and no check, when a trigger of
a changed fact and the fact's entities meet in a sentence; an entity that is a person
also counts when the article named them before (a pronoun or first name may stand for
them, as the check reads it).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.engine.matcher import Matcher, Role
from checker.errors import UserError
from checker.sheet.base import FactBase
from checker.sheet.load import LoadedSheet, load_sheet
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import split_sentences

NOT_JUDGED = {"label", "message", "cite", "examples", "severity", "resolved_severity"}


def _judged(fact: FactBase) -> dict[str, Any]:
    return fact.model_dump(mode="json", exclude=NOT_JUDGED)


@dataclass(frozen=True, slots=True)
class Change:
    """What differs between the old version of a story's sheet and the loaded one."""

    story: str
    changed: tuple[str, ...]  # fact ids
    added: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def wanted(self) -> frozenset[str]:
        return frozenset((*self.changed, *self.added))

    def summary(self, old: Path) -> str:
        parts = [f"{len(self.changed)} fact(s) changed", f"{len(self.added)} added"]
        listed = ", ".join((*self.changed, *self.added))
        return f"since {old}: {', '.join(parts)}" + (f" ({listed})" if listed else "")


def compare(old_path: Path, sheets: Sequence[LoadedSheet]) -> Change:
    """The facts of the old sheet's story that changed, were added or removed in the
    loaded sheets; UserError when the old sheet does not load or tells another story."""
    old = load_sheet(old_path)
    story = old.sheet.story
    mine = [s for s in sheets if s.sheet.story == story]
    if not mine:
        known = ", ".join(sorted({s.sheet.story for s in sheets})) or "none"
        raise UserError(f"--since-sheet {old_path}: its story '{story}' is not the story of a "
                        f"loaded sheet ({known}); give an earlier version of a sheet of --rules")
    before = {f.id: _judged(f) for f in old.sheet.checked_facts()}
    after: dict[str, dict[str, Any]] = {}
    for loaded in mine:
        for fact in loaded.sheet.checked_facts():
            after.setdefault(fact.id, _judged(fact))
    return Change(
        story,
        tuple(i for i in after if i in before and after[i] != before[i]),
        tuple(i for i in after if i not in before),
        tuple(i for i in before if i not in after),
    )


class Selector:
    """Tells which changed facts an article mentions, with one scan of its text."""

    def __init__(self, sheets: Sequence[LoadedSheet], change: Change) -> None:
        self.matcher = Matcher([s for s in sheets if s.sheet.story == change.story])
        wanted = change.wanted
        self.facts = frozenset(f.index for f in self.matcher.facts if f.fact.id in wanted)
        # entities that alone mention a wanted fact (the facts without triggers)
        self.anchors = {e: [i for i in found if i in self.facts]
                        for e, found in self.matcher.by_entity.items()}
        self.people = frozenset(e.index for e in self.matcher.entities
                                if e.entity.kind == "person")

    def mentioned(self, document: Document) -> list[str]:
        """The ids of the wanted facts the article mentions, in sheet order."""
        if not self.facts:
            return []
        text = document.analysis
        hits = self.matcher.scan(fold(text), text)
        candidates = [(h.start, h.target) for h in hits
                      if h.role is Role.TRIGGER and h.target in self.facts]
        candidates += [(h.start, f) for h in hits if h.role is Role.ENTITY
                       for f in self.anchors.get(h.target, ())]
        if not candidates:
            return []  # the common case: no sentence split needed
        sentences = split_sentences(text)
        starts = [s.start for s in sentences]
        named: dict[int, set[int]] = {}
        first_seen: dict[int, int] = {}  # person → start of the first naming
        for hit in hits:
            if hit.role is Role.ENTITY:
                named.setdefault(bisect_right(starts, hit.start), set()).add(hit.target)
                if hit.target in self.people:
                    first_seen.setdefault(hit.target, hit.start)
        found: set[int] = set()
        for start, fact in candidates:
            index = bisect_right(starts, start)
            begins = starts[index - 1] if index else 0
            here = named.get(index, set())
            if all(e in here or first_seen.get(e, begins) < begins
                   for e in self.matcher.facts[fact].requires):
                found.add(fact)
        return [self.matcher.facts[i].fact.id for i in sorted(found)]


def select(
    items: Iterable[Path | str], selector: Selector, read: Callable[[Path], Document],
    verbose: bool, say: Callable[[str], None],
) -> list[Path | str]:
    """The items to check: articles that mention a wanted fact, and every item that is
    not a readable article (its error is reported by the check). `read(path)` gives a
    Document or raises; `say(line)` tells the user."""
    chosen: list[Path | str] = []
    skipped = 0
    for item in items:
        if not isinstance(item, Path):
            chosen.append(item)
            continue
        try:
            document = read(item)
        except Exception:  # unreadable: the check says why
            chosen.append(item)
            continue
        facts = selector.mentioned(document)
        if facts:
            chosen.append(item)
            if verbose:
                say(f"checking {item}: it mentions {', '.join(facts)}")
        else:
            skipped += 1
            if verbose:
                say(f"skipped {item}: it mentions no changed or added fact")
    say(f"{len(chosen)} article(s) to check, {skipped} skipped: they mention no changed "
        "or added fact")
    return chosen
