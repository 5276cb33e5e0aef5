"""`builtin.two-spellings`: one name written two ways in one article ("Chawla" and then
"Chawal"), when neither is an accepted spelling of a loaded sheet.

Two capitalised words are two spellings of one name when they start with the same letter,
are within the misspelling distance of `checker.engine.names` (one edit, two for long words),
have five letters or more, neither is an English word, and neither begins with the other
(India and Indian, Putin and Putins: forms of one word). The later one of the less written
spelling is reported, naming the other."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from rapidfuzz.distance import OSA

from checker.engine.names import deletions, ordinary
from checker.findings import Finding
from checker.sheet.sense import MAX_NAME_WORD
from checker.sources.documents import Document
from checker.text.fold import fold

RULE = "builtin.two-spellings"
_SMALL_GROUP = 24  # names of one first letter compared pair by pair
# A word longer than any name is none (and its deletion keys would take gigabytes).
_CAPITALISED = re.compile(rf"(?<![\w'’-])[A-Z][a-z]{{4,{MAX_NAME_WORD - 1}}}(?![\w-])")


def _alike(a: str, b: str) -> bool:
    if a[0] != b[0] or a.startswith(b) or b.startswith(a):
        return False  # one is a form of the other: India, Indian; Putin, Putins
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    return OSA.distance(a, b, score_cutoff=limit) <= limit


def _candidates(names: list[str]) -> set[tuple[str, str]]:
    """Pairs of names that may be one name spelled two ways: within a first letter, every
    pair of a small group, and through a deletion index (as in checker.engine.names) in a large
    one, so that the cost stays linear in the words."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[name[0]].append(name)
    pairs: set[tuple[str, str]] = set()
    for group in groups.values():
        if len(group) <= _SMALL_GROUP:
            pairs.update(combinations(sorted(group), 2))
            continue
        index: dict[str, list[str]] = defaultdict(list)
        for name in group:
            for key in deletions(name, 2 if len(name) >= 8 else 1):
                index[key].append(name)
        pairs.update((a, b) for same in index.values() for a in same for b in same if a < b)
    return pairs


def two_spellings(doc: Document, accepted: frozenset[str]) -> list[Finding]:
    """A warning on the later, rarer spelling of each name written two ways."""
    text = doc.analysis
    found = [(m.start(), m.group()) for m in _CAPITALISED.finditer(text)]
    written = Counter(word for _, word in found)
    counts: Counter[str] = Counter()
    for word, times in written.items():  # each spelling folded once
        counts[fold(word)] += times
    names = [w for w in counts if w not in accepted and not ordinary(w)]
    findings = []
    for a, b in sorted(_candidates(names)):
        if not _alike(a, b):
            continue
        first = {w: min(s for s, x in found if fold(x) == w) for w in (a, b)}
        rare, common = sorted((a, b), key=lambda w: (counts[w], -first[w]))
        start, word = max((s, w) for s, w in found if fold(w) == rare)
        other = next(w for _, w in found if fold(w) == common)
        findings.append(
            doc.finding(
                RULE,
                (start, start + len(word)),
                found=word,
                expected=other,
                message=f"'{word}' and '{other}' in one article: one name spelled two ways?",
            )
        )
    return findings
