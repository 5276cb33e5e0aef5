"""The words around a value in its clause: what `compare` and `draft` read to tell what
a value is about (its heads), and the proper names of several words beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass

DATE_HEADS = 3  # content words on each side of a day that may name its event
LEAD = 3  # words right after a count that may name what it counts
WINDOW = 6  # content words read on each side of a value, inside its clause

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")  # a word of lower-cased text
_CLAUSE = re.compile(r"[,;:()\[\]–—\"“”]")
STOP_WORDS = frozenset(
    """a an the and or but of to in on at by for from with as into over under about after
    before than then that this these those which who whom whose what when where while is are
    was were be been being has have had do does did will would can could may might shall
    should must not no it its it's he she they them their his her him we our you your i my
    me us one two three four five six seven eight nine ten also more most less least some
    any all each other such only just up down out new said says say saying told tells tell
    according added adding reported reports report announced stated state news per cent
    percent year years month months week weeks day days time today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec am pm morning evening night afternoon last next first second third early late
    around nearly almost over under least least million billion thousand hundred bn m mr ms mrs
    there here so if because since until s including among amid during despite within
    without across through against between toward towards via upon onto near unlike beyond
    besides except""".split()
)


def lemma(word: str) -> str:
    """A word without its plural or possessive ending: records, Vettel's → record, vettel."""
    if word.endswith("'s"):
        word = word[:-2]  # a possessive: Vettel's is Vettel, as with a curly apostrophe
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class Context:
    """The content words around a value, inside its clause."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    lead: tuple[str, ...] = ()  # the words right after the value, up to a function word
    titled: frozenset[tuple[str, str]] = frozenset()  # (first, last) words of proper names
    clause: int = 0  # where the value's clause starts

    @property
    def words(self) -> frozenset[str]:
        return frozenset((*self.before[-WINDOW:], *self.after[:WINDOW]))

    def heads(self, counted: bool) -> frozenset[str]:
        """What the value is about: for a count, the words right after it ("14 wins",
        "15 systemically important banks") or, when none follows, the word before; for a
        day, the DATE_HEADS nearest words on each side."""
        if counted:
            return frozenset(self.lead or self.before[-1:])
        return frozenset((*self.before[-DATE_HEADS:], *self.after[:DATE_HEADS]))


def read_context(text: str, start: int, end: int, lo: int, hi: int) -> Context:
    """Content words of the value's clause."""
    left_cut = max((m.end() for m in _CLAUSE.finditer(text, lo, start)), default=lo)
    right = _CLAUSE.search(text, end, hi)
    right_cut = right.start() if right else hi
    before = [lemma(w) for w in WORD.findall(text[left_cut:start].lower()) if w not in STOP_WORDS]
    following = WORD.findall(text[end:right_cut].lower())
    after = [lemma(w) for w in following if w not in STOP_WORDS]
    lead = []
    for word in following[:LEAD]:
        if word in STOP_WORDS:
            break
        lead.append(lemma(word))
    return Context(tuple(before), tuple(after), tuple(lead), _titled(text[left_cut:right_cut]),
                   left_cut)


_PROPER = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*+(?: [A-Z][\w’'-]*+)+")


def _titled(clause: str) -> frozenset[tuple[str, str]]:
    """The first and last words of each proper name of several words in a clause: the
    Italian Grand Prix is (italian, prix), the Azerbaijan Grand Prix (azerbaijan, prix)."""
    found = set()
    for match in _PROPER.finditer(clause):
        words = [w for w in match.group().lower().split() if w not in STOP_WORDS]
        if len(words) >= 2:
            found.add((words[0], words[-1]))
    return frozenset(found)
