"""Inflected forms of trigger words: call → calls, called, calling.

Regular English suffix rules plus a table of the irregular verbs that news copy uses.
Forms that do not exist ("visitting") are harmless: they never match anything.
"""

from __future__ import annotations

from functools import lru_cache

_IRREGULAR = {
    "arise": "arose arisen",
    "be": "is are was were been being",
    "bear": "bore borne",
    "beat": "beat beaten",
    "become": "became",
    "begin": "began begun",
    "bid": "bid",
    "bite": "bit bitten",
    "break": "broke broken",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose chosen",
    "come": "came",
    "cut": "cut",
    "deal": "dealt",
    "do": "does did done",
    "draw": "drew drawn",
    "drink": "drank drunk",
    "drive": "drove driven",
    "eat": "ate eaten",
    "fall": "fell fallen",
    "feel": "felt",
    "fight": "fought",
    "find": "found",
    "flee": "fled",
    "fly": "flew flown",
    "forbid": "forbade forbidden",
    "forecast": "forecast",
    "forget": "forgot forgotten",
    "freeze": "froze frozen",
    "get": "got gotten",
    "give": "gave given",
    "go": "goes went gone",
    "grow": "grew grown",
    "hang": "hung",
    "have": "has had",
    "hear": "heard",
    "hide": "hid hidden",
    "hit": "hit",
    "hold": "held",
    "keep": "kept",
    "know": "knew known",
    "lay": "laid",
    "lead": "led",
    "leave": "left",
    "lend": "lent",
    "let": "let",
    "lose": "lost",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "pay": "paid",
    "put": "put",
    "quit": "quit",
    "read": "read",
    "ride": "rode ridden",
    "ring": "rang rung",
    "rise": "rose risen",
    "run": "ran",
    "say": "said",
    "see": "saw seen",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shake": "shook shaken",
    "shoot": "shot",
    "show": "shown",
    "shut": "shut",
    "sing": "sang sung",
    "sink": "sank sunk",
    "sit": "sat",
    "speak": "spoke spoken",
    "spend": "spent",
    "stand": "stood",
    "steal": "stole stolen",
    "strike": "struck",
    "swear": "swore sworn",
    "take": "took taken",
    "teach": "taught",
    "tear": "tore torn",
    "tell": "told",
    "think": "thought",
    "throw": "threw thrown",
    "understand": "understood",
    "uphold": "upheld",
    "wake": "woke woken",
    "wear": "wore worn",
    "win": "won",
    "withdraw": "withdrew withdrawn",
    "write": "wrote written",
}
_IRREGULAR_NOUNS = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "crisis": "crises",
    "analysis": "analyses",
    "thesis": "theses",
}
_VOWELS = frozenset("aeiou")
#: Irregular past forms of the verbs above that differ from the verb ("won", "beaten").
PAST_FORMS = frozenset(
    f for verb, forms in _IRREGULAR.items() if verb not in ("be", "have", "do")
    for f in forms.split() if f != verb and not f.endswith("es")
)

#: Verbs whose past form is the verb itself ("beat", "hit", "cut").
SAME_PAST_FORMS = frozenset(
    verb for verb, forms in _IRREGULAR.items() if verb in forms.split()
)


def _doubles(word: str) -> bool:
    """Consonant-vowel-consonant ending whose last consonant may double (stop → stopped)."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def word_forms(word: str) -> set[str]:
    """The word and its inflections as noun (plural) and verb (-s, -ed, -ing)."""
    w = word.lower()
    forms = {w}
    forms.update(_IRREGULAR.get(w, "").split())
    forms.update(_IRREGULAR_NOUNS.get(w, "").split())
    if not w.isalpha() or len(w) < 2:
        return forms
    if w.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(w + "es")
    elif w.endswith("y") and w[-2] not in _VOWELS:
        forms.add(w[:-1] + "ies")
    else:
        forms.add(w + "s")
    if w.endswith(("fe", "lf", "af", "ief")):
        forms.add(w[: -2 if w.endswith("fe") else -1] + "ves")  # life → lives, half → halves
    if w.endswith("e"):
        forms.add(w + "d")
        forms.add((w[:-2] + "ying") if w.endswith("ie") else w[:-1] + "ing")
        if w.endswith(("ee", "ye", "oe")):
            forms.add(w + "ing")
    elif w.endswith("y") and w[-2] not in _VOWELS:
        forms.update({w[:-1] + "ied", w + "ing"})
    else:
        forms.update({w + "ed", w + "ing"})
        if _doubles(w):
            forms.update({w + w[-1] + "ed", w + w[-1] + "ing"})
    return forms


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "with",
        "on",
        "in",
        "at",
        "of",
        "for",
        "by",
        "from",
        "off",
        "up",
        "down",
        "out",
        "over",
        "into",
        "about",
        "where",
        "they",
        "are",
    ]
)


def phrase_forms(phrase: str) -> set[str]:
    """Forms of a phrase with its head word inflected: the word before the first function
    word ("head of government" → "heads of government", "call on" → "called on"), else
    the last ("phone call" → "phone calls")."""
    return set(_phrase_forms(phrase))


@lru_cache(maxsize=1 << 16)  # many sheets share their triggers: each is inflected once
def _phrase_forms(phrase: str) -> frozenset[str]:
    words = phrase.lower().split()
    if not words:
        return frozenset()
    head = next((i - 1 for i, w in enumerate(words) if i and w in _FUNCTION_WORDS), len(words) - 1)
    forms = word_forms(words[head])
    return frozenset(" ".join([*words[:head], form, *words[head + 1 :]]) for form in forms)


def verb_bases(word: str) -> set[str]:
    """The verbs an inflected form may come from ("recognised" → "recognise", "recognis";
    "scrapped" → "scrap"); empty for a word that does not look inflected. Some are not
    words: their forms never occur in copy."""
    w = word.lower()
    if len(w) < 5 or not w.isalpha():
        return set()
    if w.endswith("ied"):
        return {w[:-3] + "y"}
    for ending in ("ed", "ing"):
        if w.endswith(ending):
            stem = w[: -len(ending)]
            bases = {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                bases.add(stem[:-1])
            return bases
    if w.endswith("es"):
        return {w[:-1], w[:-2]}
    if w.endswith("s") and not w.endswith("ss"):
        return {w[:-1]}
    return set()


def ends_in_past_form(words: str) -> bool:
    """Whether the last word is a past-tense or participle form ("announced", "won")."""
    parts = words.rsplit(None, 1)
    last = parts[-1].lower() if parts else ""
    return last.endswith("ed") or last in PAST_FORMS
