"""Words that name one figure of a story in several ways: a price ("buy … for $3.2bn", "a
$3bn deal", "its offer of $3.1bn"), a death toll ("killed 275", "the toll rose to 275",
"275 people died"), a count of the injured. Two values whose heads fall in one sense
speak of the same figure although they share no head word.

Each sense lists its nouns and its verbs as base words; their inflections (`word_forms`)
are read too."""

from __future__ import annotations

from checker.claims.context import lemma
from checker.text.inflect import word_forms

# sense: (nouns, verbs)
_SENSES = {
    "price": ("deal offer bid price takeover acquisition purchase transaction sale merger",
              "buy acquire pay sell receive"),
    "dead": ("death toll fatality dead", "kill die"),
    "injured": ("injury injured", "injure hurt wound"),
}


def _forms(words: str) -> dict[str, str]:
    return {lemma(form): word for word in words.split() for form in word_forms(word)}


_NOUNS = {sense: _forms(nouns) for sense, (nouns, _) in _SENSES.items()}
_SENSE_OF = {
    form: f"@{sense}"
    for sense, (nouns, verbs) in _SENSES.items()
    for form in _forms(f"{nouns} {verbs}")
}


def senses(words: tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    """The senses (as "@price", "@dead" …) that these context words name."""
    return frozenset(_SENSE_OF[w] for w in words if w in _SENSE_OF)


def words_of(sense: str, words: set[str]) -> set[str]:
    """Those of the words that name the sense ("@dead": killed, toll, died)."""
    return {w for w in words if _SENSE_OF.get(w) == sense}


def nouns_of(sense: str, words: set[str]) -> set[str]:
    """Those of the words that are the sense's nouns, as base words ("@dead": death, toll)."""
    nouns = _NOUNS[sense.removeprefix("@")]
    return {nouns[w] for w in words if w in nouns}
