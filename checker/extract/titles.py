"""A person's title written next to the name: "Russian Foreign Minister Sergei Lavrov",
"Hungary's prime minister, Viktor Orbán,", "Lavrov, Russia's foreign minister, said".

A title is read only from a closed vocabulary, in this order:

    [status] [qualifier] [status] [modifiers …] office [of|for modifier-or-qualifier]

- status: former, acting, interim, outgoing;
- qualifier: a country, nationality or institution ("Russian", "Russia's", "the Kremlin's",
  "NATO", "European Commission"), folded to one key; institutions name their country or
  union ("Kremlin" → russia, "European Commission" → eu);
- modifiers: rank words (deputy, first, vice …) and portfolios (foreign, defence …);
- office: president, prime minister, minister, secretary of state, chancellor,
  spokesman … ; leader, chief, head, official and aide are generic (they name no office).

Anything else ("top diplomat", "counterpart", "Moscow-friendly") is not read, so a title
the vocabulary does not know is never judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from checker.text.fold import fold

_QUALIFIERS = """\
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
eu: eu, european union
eu-commission eu: european commission, eu commission, commission
eu-council eu: european council, eu council
eu-parliament eu: european parliament
nato: nato
un: un, u.n., united nations"""

_OFFICES = """\
president: president
prime-minister: prime minister, premier
chancellor: chancellor
minister: minister
secretary-of-state: secretary of state
secretary-general: secretary general, secretary-general
secretary: secretary
spokesman: spokesman, spokeswoman, spokesperson
ambassador: ambassador
envoy: envoy
general: general
governor: governor
mayor: mayor
senator: senator
speaker: speaker
commissioner: commissioner
director: director
adviser: adviser, advisor
chairman: chairman, chairwoman, chairperson, chair
commander: commander
king: king
queen: queen
leader: leader
chief: chief
head: head
official: official
aide: aide"""

GENERIC = frozenset({"leader", "chief", "head", "official", "aide"})
RANKS = frozenset({"deputy", "first", "vice", "assistant", "under", "associate"})
_MODIFIERS = """\
deputy first vice assistant under associate foreign defence interior home finance economy
trade energy justice health education culture agriculture transport environment labour
security intelligence press presidential digital development climate treasury commerce
industry"""
_SPELLINGS = {"defense": "defence", "labor": "labour", "foreign affairs": "foreign",
              "home affairs": "home", "internal affairs": "interior", "economic": "economy",
              "national security": "security"}
STATUS = ("former", "acting", "interim", "outgoing")
HONORIFICS = ("mr", "mrs", "ms", "dr", "sir", "dame")


def _table(text: str) -> dict[str, tuple[str, str | None]]:
    """form → (key, parent key) from lines "key [parent]: form, form"."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in text.splitlines():
        head, forms = line.split(":", 1)
        key, _, parent = head.partition(" ")
        for form in forms.split(","):
            table[form.strip()] = (key, parent or None)
    return table


QUALIFIERS = _table(_QUALIFIERS)
_PARENTS = dict(QUALIFIERS.values())
OFFICES = {form: key for form, (key, _) in _table(_OFFICES).items()}
MODIFIERS = frozenset(_MODIFIERS.split()) | frozenset(_SPELLINGS)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUAL = rf"(?:{_alternation(QUALIFIERS)})(?:'s)?"
_TITLE = (
    rf"(?:(?P<status>{_alternation(STATUS)})[\s-]+)?"
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<status2>{_alternation(STATUS)})[\s-]+)?"
    rf"(?P<office>(?P<mods>(?:(?:{_alternation(MODIFIERS)})[\s-]+){{0,3}})"
    rf"(?P<head>{_alternation(OFFICES)}))"
    rf"(?:\s+(?:of|for|from|at)\s+(?:the\s+)?(?:(?P<compl>{_alternation(MODIFIERS)})|"
    rf"(?P<qual2>{_QUAL})))?"
)
_WHOLE = re.compile(rf"(?P<title>{_TITLE})")
# Before a name: the title, an optional comma, an optional honorific, then the name.
_BEFORE = re.compile(
    rf"(?<![\w'.-])(?:the\s+)?(?P<title>{_TITLE})(?P<comma>\s*,)?\s+"
    rf"(?:(?:{_alternation(HONORIFICS)})\.?\s+)?$"
)
# After a name: ", [the|a] title" closed by punctuation.
_AFTER = re.compile(rf"\s*,\s+(?:(?:the|a|an)\s+)?(?P<title>{_TITLE})(?=\s*(?:[,.;:)!?]|$))")
_CLOSED = re.compile(r"\s*(?:[,.;:)!?]|$)")
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\b")


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


def _qualifier_key(words: str | None) -> str | None:
    if words is None:
        return None
    return QUALIFIERS[words.removesuffix("'s")][0]


def related(one: str | None, other: str | None) -> bool:
    """Qualifiers that may name the same office holder: equal, one missing, or one an
    institution of the other (the European Commission is part of the EU)."""
    if one is None or other is None or one == other:
        return True
    return _PARENTS.get(one) == other or _PARENTS.get(other) == one


def _title(match: re.Match[str], offset: int) -> Title:
    words = [w for w in re.split(r"[\s-]+", match.group("mods")) if w]
    joined = " ".join(words)
    for phrase, single in _SPELLINGS.items():
        joined = joined.replace(phrase, single)
    mods = set(joined.split())
    if match.group("compl"):
        mods.add(_SPELLINGS.get(match.group("compl"), match.group("compl")))
    qualifier = _qualifier_key(match.group("qual") or match.group("qual2"))
    status = match.group("status") or match.group("status2")
    start, end = match.span("title")
    qual_start = match.start("qual") if match.group("qual") else None
    mods_start = match.start("mods") if match.group("mods") else None
    return Title(
        status=status,
        qualifier=qualifier,
        ranks=frozenset(mods & RANKS),
        portfolios=frozenset(mods - RANKS),
        office=OFFICES[match.group("head")],
        span=(start + offset, end + offset),
        qualifier_start=None if qual_start is None else qual_start + offset,
        modifiers_start=None if mods_start is None else mods_start + offset,
    )


@lru_cache(maxsize=1024)
def parse_title(text: str) -> Title | None:
    """A whole string read as a title ("Russian Foreign Minister"), or None."""
    match = _WHOLE.fullmatch(fold(text.strip()))
    return None if match is None else _title(match, 0)


def titles_near(folded: str, start: int, end: int, offset: int = 0) -> list[Title]:
    """Titles attached to the name at folded[start:end] (folded is one sentence; spans
    are shifted by `offset`): in front ("Defence Minister Sergei Lavrov", "Poland's
    foreign minister, Radosław Sikorski,") or in apposition after it ("Lavrov, Russia's
    foreign minister, said"). A title followed by another name, or an apposition that
    goes on as a list, is not attached."""
    found: list[Title] = []
    before = _BEFORE.search(folded, max(0, start - 90), start)  # longer than any title
    if before is not None and (before.group("comma") is None or _CLOSED.match(folded, end)):
        found.append(_title(before, offset))
    after = _AFTER.match(folded, end)
    if after is not None and _LIST_GOES_ON.match(folded, after.end()) is None:
        found.append(_title(after, offset))
    return found
