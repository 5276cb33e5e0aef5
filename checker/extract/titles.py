"""A person's title written next to the name: "Russian Foreign Minister Sergei Lavrov",
"Hungary's prime minister, Viktor Orbán,", "Lavrov, Russia's foreign minister, said",
"UBS chairman Colm Kelleher", "Bret Taylor, Twitter's chair,".

A title is read only from a vocabulary (`checker.extract.title_words` and what a sheet
adds), in this order:

    [status] [qualifier] [status] [modifiers …] office[-elect] [of|for modifier-or-qualifier]

- status: former, acting, interim, outgoing; "-elect" after the office;
- qualifier: a country by name or demonym, an institution ("the Kremlin's"), or a sheet's
  entity or word ("UBS", "Tesla's", "of Credit Suisse"), folded to one key;
- modifiers: rank words (deputy, first, vice …), portfolios (foreign, railways …) and
  neutral words (union, cabinet …);
- office: president, minister, chief executive, chairman, team principal, commander …;
  leader, chief, head, official and aide are generic (they name no office).

Anything else ("top diplomat", "counterpart", "Moscow-friendly") is not read, so a title
the vocabulary does not know is never judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from checker.extract.title_words import (
    GENERIC,
    HONORIFICS,
    INSTITUTIONS,
    LEGISLATURES,
    MODIFIERS,
    NATIONAL,
    NEUTRAL,
    OFFICES,
    RANKS,
    SPELLINGS,
    STATUS,
    Table,
    countries,
    parse_table,
)
from checker.text.fold import fold
from checker.text.stored_regex import compiled

__all__ = ["HONORIFICS", "OFFICES", "QUALIFIERS", "STATUS", "Title", "Vocabulary", "vocabulary"]
# The country words the names checks (checker/engine/names.py, checker/claims/names.py) skip as
# never a given name, with the institutions of title_words; titles read every country
# (title_words.countries).
_NAME_CHECK_WORDS = """\
us: us, u.s., usa, u.s.a., america, american, united states, white house, state department
russia: russia, russian, russian federation, kremlin, moscow
ukraine: ukraine, ukrainian, kyiv, kiev
hungary: hungary, hungarian, budapest
poland: poland, polish, warsaw
france: france, french, elysee, paris
germany: germany, german, berlin
uk: uk, u.k., britain, british, united kingdom, downing street
italy: italy, italian, rome
spain: spain, spanish
belgium: belgium, belgian
netherlands: netherlands, dutch
finland: finland, finnish
norway: norway, norwegian
denmark: denmark, danish
sweden: sweden, swedish
estonia: estonia, estonian
latvia: latvia, latvian
lithuania: lithuania, lithuanian
slovakia: slovakia, slovak
czechia: czech, czech republic, czechia
austria: austria, austrian
romania: romania, romanian
bulgaria: bulgaria, bulgarian
greece: greece, greek
turkey: turkey, turkish, turkiye
belarus: belarus, belarusian
georgia: georgia, georgian
moldova: moldova, moldovan
china: china, chinese, beijing
japan: japan, japanese
india: india, indian
iran: iran, iranian
israel: israel, israeli
canada: canada, canadian
australia: australia, australian
ireland: ireland, irish
switzerland: switzerland, swiss
"""

QUALIFIERS = {**parse_table(_NAME_CHECK_WORDS), **INSTITUTIONS}
_SHEET = "sheet:"  # the key prefix of qualifiers a sheet adds


def _alternation(words: Iterable[str]) -> str:
    """Longest first (equal lengths in alphabetical order, so that the pattern is the same
    in every run and its compiled form can be kept)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_WORDS = re.compile(r"[^\w'.]+")  # what splits a title into the words `_may_end` looks up
_LAST_WORDS = 5  # honorific, then "chamber of deputies" or an office's last words
# Words inside titles that end none ("secretary of state", "the Gambia"): not looked up.
_GLUE = frozenset({"", "of", "the", "for", "from", "at", "and", "a", "an", "de", "la", "le",
                   "del", "du", "y", "&"})
_CLOSED = re.compile(r"\s*(?:[,.;:)!?]|$)")
# An apposition that goes on as a list of people; "and a long-time advocate" describes the
# same person again.
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\b(?!\s+an?\s)|\s*,\s*(?:and|or)\b")
_CHAMBER = rf"(?:[\w'-]+\s+){{0,2}}(?:{'|'.join(sorted(LEGISLATURES))})(?:\s+of\s+[\w'-]+)?"
_SPELLING_PATTERNS = tuple((re.compile(rf"\b{re.escape(p)}\b"), s) for p, s in SPELLINGS.items())


@dataclass(frozen=True, slots=True)
class Title:
    """A title as read; spans are offsets in the text it was read from."""

    status: str | None
    qualifier: str | None  # a key of the qualifier table
    ranks: frozenset[str]
    portfolios: frozenset[str]
    office: str
    span: tuple[int, int]
    qualifier_start: int | None
    modifiers_start: int | None

    @property
    def generic(self) -> bool:
        return self.office in GENERIC


@dataclass(frozen=True)
class Vocabulary:
    """The qualifiers and offices titles are read from, and the patterns built on them
    (each compiled on first use: with every country, compiling takes a while)."""

    qualifiers: Table
    offices: dict[str, str]

    @cached_property
    def _source(self) -> str:
        """The pattern of a title, shared by the three below."""
        qual = rf"(?:{_alternation(self.qualifiers)})(?:'s)?"
        return (
            rf"(?:(?P<status>{_alternation(STATUS)})[\s-]+)?"
            rf"(?:(?P<qual>{qual})\s+)?"
            rf"(?:(?P<status2>{_alternation(STATUS)})[\s-]+)?"
            rf"(?P<office>(?P<mods>(?:(?:{_alternation(MODIFIERS)})[\s-]+){{0,3}})"
            rf"(?P<head>{_alternation(self.offices)}))(?P<elect>-elect)?"
            rf"(?:\s+(?:of|for|from|at)\s+(?:the\s+)?(?:(?P<compl>{_alternation(MODIFIERS)})|"
            rf"(?P<qual2>{qual})|{_CHAMBER}))?"
        )

    @cached_property
    def whole(self) -> re.Pattern[str]:
        return compiled(rf"(?P<title>{self._source})")

    @cached_property
    def before(self) -> re.Pattern[str]:
        """Before a name: the title, an optional comma, an optional honorific, then the
        name."""
        return compiled(
            rf"(?<![\w'.-])(?:the\s+)?(?P<title>{self._source})(?P<comma>\s*,)?\s+"
            rf"(?:(?:{_alternation(HONORIFICS)})\.?\s+)?$"
        )

    @cached_property
    def after(self) -> re.Pattern[str]:
        """After a name: ", [the|a] title" closed by punctuation, or by "and a"
        description."""
        return compiled(
            rf"\s*,\s+(?:(?:the|a|an)\s+)?(?P<title>{self._source})"
            rf"(?=\s*(?:[,.;:)!?]|$)|\s+and\s+an?\s)"
        )

    @cached_property
    def _endings(self) -> frozenset[str]:
        """Every word one of the last words of a title may be: a word of an office, a
        modifier, a qualifier or a chamber."""
        forms = [*self.offices, *MODIFIERS, *self.qualifiers, *LEGISLATURES]
        return frozenset(w for form in forms for w in _WORDS.split(form)) - _GLUE

    def _may_end(self, folded: str, low: int, high: int) -> bool:
        """Whether a title can end at `high`: one of the last words before it (an
        honorific, a comma and a complement's words included) is a title's word. Most
        names have none, and the large pattern is then not tried."""
        words = [w for w in _WORDS.split(folded[low:high]) if w][-_LAST_WORDS:]
        return any(w in self._endings or w.removesuffix("'s") in self._endings for w in words)

    def related(self, one: str | None, other: str | None) -> bool:
        """Qualifiers that may name the same office holder: equal, one missing, one part
        of the other (the European Commission is part of the EU), or one a country and
        the other a sheet's own (a company may be in any country)."""
        if one is None or other is None or one == other:
            return True
        if one.startswith(_SHEET) != other.startswith(_SHEET):
            return True
        parents = dict(self.qualifiers.values())
        return parents.get(one) == other or parents.get(other) == one

    def _title(self, match: re.Match[str], offset: int) -> Title:
        words = [w for w in re.split(r"[\s-]+", match.group("mods")) if w]
        mods = set(_one_spelling(" ".join(words)).split()) - NEUTRAL
        if match.group("compl"):
            mods.add(SPELLINGS.get(match.group("compl"), match.group("compl")))
        qual = match.group("qual") or match.group("qual2")
        qualifier = None if qual is None else self.qualifiers[qual.removesuffix("'s")][0]
        national = NATIONAL.get(match.group("head"))
        if national is not None:  # "Taoiseach": the Irish prime minister
            qualifier = qualifier or national[1]
            mods |= national[2]
        status = match.group("status") or match.group("status2")
        if match.group("elect"):
            status = "elect"
        start, end = match.span("title")
        qual_start = match.start("qual") if match.group("qual") else None
        mods_start = match.start("mods") if match.group("mods") else None
        return Title(
            status=status,
            qualifier=qualifier,
            ranks=frozenset(mods & RANKS),
            portfolios=frozenset(mods - RANKS),
            office=self.offices[match.group("head")],
            span=(start + offset, end + offset),
            qualifier_start=None if qual_start is None else qual_start + offset,
            modifiers_start=None if mods_start is None else mods_start + offset,
        )

    def parse(self, text: str) -> Title | None:
        """A whole string read as a title ("Russian Foreign Minister"), or None."""
        match = self.whole.fullmatch(fold(" ".join(text.split())))
        return None if match is None else self._title(match, 0)

    def near(self, folded: str, start: int, end: int, offset: int = 0) -> list[Title]:
        """Titles attached to the name at folded[start:end] (folded is one sentence; spans
        are shifted by `offset`): in front ("Defence Minister Sergei Lavrov", "Poland's
        foreign minister, Radosław Sikorski,") or in apposition after it ("Lavrov,
        Russia's foreign minister, said"). A title followed by another name, or an
        apposition that goes on as a list, is not attached."""
        found: list[Title] = []
        low = max(0, start - 90)  # longer than titles
        before = None
        if self._may_end(folded, low, start):
            before = self.before.search(folded, low, start)
        if before is not None and (before.group("comma") is None or _CLOSED.match(folded, end)):
            found.append(self._title(before, offset))
        after = self.after.match(folded, end)
        if after is not None and _LIST_GOES_ON.match(folded, after.end()) is None:
            found.append(self._title(after, offset))
        return found

    def closest_office(self, text: str) -> str | None:
        """The office form a title that cannot be read most likely meant."""
        from rapidfuzz import fuzz, process

        words = fold(text).split()
        tails = [" ".join(words[i:]) for i in range(len(words))]
        best = None
        for tail in tails:
            hit = process.extractOne(tail, list(self.offices), scorer=fuzz.ratio, score_cutoff=75)
            if hit is not None and (best is None or hit[1] > best[1]):
                best = hit
        return None if best is None else best[0]


@lru_cache(maxsize=1024)
def _one_spelling(modifiers: str) -> str:
    """Modifiers with each spelling of SPELLINGS replaced by the one it stands for (the same
    few modifiers come back in every article: cached)."""
    for pattern, single in _SPELLING_PATTERNS:
        modifiers = pattern.sub(single, modifiers)
    return modifiers


def sheet_key(word: str) -> str:
    """The qualifier key of a sheet's own word or entity."""
    return _SHEET + word


@lru_cache(maxsize=64)
def vocabulary(
    qualifiers: tuple[tuple[str, str, str | None], ...] = (), offices: tuple[str, ...] = ()
) -> Vocabulary:
    """The base vocabulary plus a sheet's qualifiers (form, key, parent) and offices."""
    table = dict(countries())
    for form, key, parent in qualifiers:
        folded = fold(" ".join(form.split()))
        if folded and folded not in table:
            table[folded] = (key, parent)
    extra = {fold(" ".join(o.split())): fold(" ".join(o.split())).replace(" ", "-")
             for o in offices}
    national = {form: office for form, (office, _, _) in NATIONAL.items()}
    return Vocabulary(table, {**OFFICES, **national, **{k: v for k, v in extra.items() if k}})


def parse_title(text: str) -> Title | None:
    """A title read with the base vocabulary."""
    return vocabulary().parse(text)
