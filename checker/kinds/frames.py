"""Who did what to whom, read with frames: templates with slots matched over a sentence's
skeleton, not raw regular expressions.

The skeleton is the sentence folded to words, where each entity named is one token
(`@3`), each trigger word of the fact is `#` and each quotation is `§`:

    "weighed sending Tomahawk cruise missiles to Russia, and Kyiv believes"
    → "weighed sending # cruise missiles to @0 , and @1 believes"

A template is words and slots separated by spaces:

- `{item}`: the fact's trigger, with up to three modifiers before ("long-range"), two
  nouns after ("cruise missiles") and an "of" phrase of up to four words ("streak of ten
  straight wins");
- `{recipient}`, `{supplier}`, `{host}`, `{location}`, `{winner}`, `{loser}`,
  `{runner_up}`, `{buyer}`, `{seller}`, `{target}`, `{agent}`, `{patient}` and the
  sheet's own role names: an entity, "the" allowed before it; `{recipient}'s` is a
  possessive ("Kyiv's request"). A slot that opens the frame is its subject, so not
  after a preposition ("at the White House to press for").
- `...`: up to four words of the verb group: auxiliaries, modals, "to", adverbs and verbs
  that take another ("had hoped to", "was ready to", "declined to"), never a negation;
- `~`: up to two plain words, no preposition or conjunction (adjectives: "Kyiv's renewed
  request");
- `~~`: up to five plain words ("beat Sainz by six seconds to win");
- `@`: any one entity, in no role (the loser in "{winner} beat @ in {item}");
- any other word matches in all its inflections ("send" → sends, sent, sending); `a|b`
  gives alternatives.

A template needs one role slot at least. Frames only run on sentences that mention a role
fact, and only that fact's frames.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from checker.kinds.base import Named, Span
from checker.text.fold import fold
from checker.text.inflect import word_forms
from checker.text.stored_regex import compiled

ROLES = (
    "recipient", "supplier", "host", "location", "winner", "loser", "runner_up", "buyer",
    "seller", "target", "agent", "patient",
)

_GIVE = "give|send|sell|hand|offer|deliver|supply|provide|transfer|ship|promise|grant|lend"
_ARM = "supply|provide|arm|equip"
_WANT = "want|seek|request|receive|get|obtain|acquire|secure|buy|need"
_ASK = "ask|hope|press|push|lobby|plead|appeal|wait|call"
_ASKING = "request|bid|push|plea|hope|quest|demand|call|appeal|wish|need|wait"
_BEAT = "beat|defeat|overcome|edge|rout|thrash|trounce|outscore|outpoll"
_BUY = "buy|acquire|purchase|absorb"
_HIT = "hit|strike|ram"
_BEAT_ING = "beating|defeating|edging|outpolling"
_TAKE = "win|take|claim|clinch|seize|secure"
_VICTORY = "victory|win|triumph"
BUILTIN = (
    f"{{supplier}} ... {_ARM} {{recipient}} with {{item}}",
    f"{_ARM} {{recipient}} with {{item}}",
    f"{{supplier}} ... {_GIVE} {{item}} to {{recipient}}",
    f"{_GIVE}|deny|refuse {{recipient}} {{item}}",
    f"{{supplier}} ... {_GIVE} {{item}}",
    "{item} to|for {recipient}",
    f"{{recipient}}'s ~ {_ASKING} for {{item}}",
    f"{{recipient}} ... {_WANT} {{item}}",
    f"{{recipient}} ... {_ASK} for {{item}}",
    "{recipient} ... ask|press|push|lobby {supplier} for {item}",
    "{recipient} ... come|walk away with {item}",
    f"{{recipient}} ... {_WANT} {{item}} from {{supplier}}",
    "{host} ... host|stage|organise|organize {item}",
    "{item} host|stage|organise|organize by {host}",
    "{item} in|at {location}",
    "{location} {item}",
    # A region's town ("in Kent's Dover"), a venue's town ("at the town hall in Dover"),
    # a place the event was held at ("the fair, held at Dover").
    "{item} in|at @ 's {location}",
    "{item} in|at the ~ in|at {location}",
    "{item} , ~ held|staged|hosted in|at {location}",
    "{item} ... be held|staged|hosted in|at {location}",
    "{winner} ... win {item}",
    "{item} ... win by {winner}",
    f"{{winner}} ... {_BEAT} {{loser}}",
    f"{{loser}} ... be {_BEAT} by {{winner}}",
    "{loser} ... lose|concede ~ to {winner}",
    "{loser} ... lose|concede {item} to {winner}",
    "{winner}'s ~ victory|win|triumph over|against {loser}",
    "{loser}'s ~ defeat|loss to|by|against {winner}",
    "{runner_up} ... finish|come|end second|runner-up",
    "runner-up {runner_up}",
    "{buyer} ... {item} ~ {target}",
    "{buyer} ... {item} its|their|his|her ~ {target}",
    f"{{buyer}} ... {_BUY} {{target}}",
    "{buyer}'s ~ {item} of {target}",
    "{item} of {target} by {buyer}",
    "{target} ... be {item} by {buyer}",
    f"{{target}} ... be {_BUY} by {{buyer}}",
    "{target}'s ~ {item} by {buyer}",
    "{seller} ... sell {item} to {buyer}",
    f"{{buyer}} ... {_BUY} {{item}} from {{seller}}",
    "{agent} ... {item} ~ {patient}",
    "{agent} ... {item} into ~ {patient}",
    "{patient} ... be {item} by ~ {agent}",
    f"{{agent}} ... {_HIT} {{patient}}",
    # The subject of a victory is the winner, its object the loser; a loser's verb
    # ("lost to", "was beaten by") names the winner after it.
    f"{{winner}} ... {_BEAT} @ ~~ in|at|for {{item}}",
    f"{{winner}} ... {_BEAT} @ ~~ to {_TAKE} {{item}}",
    f"{{winner}} ... {_TAKE} {{item}} ~~ {_BEAT_ING} @",
    f"{{winner}} ... {_TAKE} {{item}} ahead of|over|from @",
    f"{_BEAT} by {{winner}} in|at|for {{item}}",
    "lose|concede {item} to {winner}",
    "lose to {winner} in|at|for {item}",
    f"{{winner}}'s ~ {_VICTORY} in|at {{item}}",
    f"{{winner}}'s ~ {_VICTORY} over @ in|at {{item}}",
    "{winner}'s ~ defeat|beating|rout of @ in|at {item}",
)

_WORD = r"[a-z0-9'][a-z0-9.'-]*"
_NEGATION = r"(?:not|never|no|n't|[a-z]+n't)"
_STOP = r"(?:to|not|and|or|but|that|which|who|if|than|from|of|by|at|in|on|with|for)"
_PLAIN = rf"(?!{_NEGATION} ){_WORD}"
_AUXILIARIES = (
    "be", "am", "is", "are", "was", "were", "been", "being", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must",
)
# An auxiliary is no modifier of a noun: "X's board has defended the sale of Y" is no
# "X's sale of Y".
_AUX = f"(?:{'|'.join(_AUXILIARIES)})"
_MODIFIER = rf"(?!{_STOP} )(?!{_AUX} )[a-z0-9][a-z0-9.'-]*"
_NOUN = rf"(?!{_STOP}(?: |$))[a-z0-9][a-z0-9.'-]*"
# An "of" phrase of up to four words after the trigger belongs to it: "streak of ten
# straight wins began at …".
_OF_PHRASE = rf"(?: of(?: {_NOUN}){{1,4}})?"
_ITEM = rf"(?:{_MODIFIER} ){{0,3}}(?:@\d+ )?#(?: {_NOUN}){{0,2}}{_OF_PHRASE}"
# The words a `...` gap may hold: the verb group between a subject and its verb.
_VERB_GROUP = (
    *_AUXILIARIES, "to", "also", "still", "again", "now", "long", "already", "just", "then",
    "reportedly", "repeatedly", "publicly", "privately", "quickly", "eventually", "initially",
    "previously", "apparently", "even", "only", "first", "once", "soon", "later", "ever",
    "ready", "eager", "keen", "willing", "able", "unable", "due", "set", "poised", "likely",
    "expected"
)
# Verbs that take another verb; all their inflections.
_CATENATIVE = (
    "hope", "want", "seek", "try", "ask", "press", "push", "plan", "offer", "agree", "refuse",
    "decline", "promise", "threaten", "decide", "move", "begin", "start", "prepare", "consider",
    "weigh", "fail", "continue", "expect", "intend", "aim", "wish", "need", "appear", "seem"
)
_GAP_WORD = "|".join(
    sorted({*_VERB_GROUP, *(f for w in _CATENATIVE for f in word_forms(w))},
           key=lambda f: (-len(f), f))
)
_GAP = rf"(?:(?:{_GAP_WORD}) ){{0,4}}"
_MODIFIERS = rf"(?:(?!{_STOP} )(?!{_AUX} ){_PLAIN} ){{0,2}}"
_WORDS = rf"(?:{_PLAIN} ){{0,5}}"
_SLOT = re.compile(r"^\{(\w+)\}('s)?$")
# A slot that opens a frame is its subject: not the object of a preposition ("at the
# White House to press for …").
_NOT_SUBJECT = "".join(
    rf"(?<!\b{p} )(?<!\b{p} the )"
    for p in ("at", "in", "to", "from", "with", "for", "of", "by", "on", "into", "than", "as")
)
_TOKEN = re.compile(r"[a-z0-9]+(?:[-.'][a-z0-9]+)*\.?|'s\b|[^\w\s]")


@lru_cache(maxsize=512)
def compile_frame(template: str, extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The pattern of a template over skeletons, with the sheet's own role names `extra`
    as slots too; raise ValueError if it is not one."""
    parts: list[str] = []
    gap = ""
    tokens = template.split()
    slots = set()
    for position, token in enumerate(tokens):
        if token in ("...", "~", "~~"):
            gap = {"...": _GAP, "~": _MODIFIERS, "~~": _WORDS}[token]
            continue
        if token == "@":
            parts.append((" " if parts else "") + gap + r"(?:the )?@\d+(?: 's)?")
            gap = ""
            continue
        slot = _SLOT.match(token)
        if slot is not None:
            name, possessive = slot.groups()
            if name == "item":
                piece = _ITEM
            elif name in ROLES or name in extra:
                if name in slots:
                    raise ValueError(f"'{template}' has the slot {{{name}}} twice")
                last = position == len(tokens) - 1
                piece = rf"(?:the )?(?P<{name}>@\d+)" + (" 's" if possessive else "")
                piece += r"(?! 's)" if last and not possessive else ""
            else:
                raise ValueError(
                    f"unknown slot {{{name}}} in '{template}'; use {{item}} or one of "
                    + ", ".join(f"{{{r}}}" for r in (*ROLES, *extra))
                )
            slots.add(name)
        elif "{" in token or "}" in token:
            raise ValueError(f"'{token}' in '{template}' is not a slot: write {{name}}")
        else:
            forms = {f for word in token.lower().split("|") for f in word_forms(fold(word))}
            longest = sorted(forms, key=lambda f: (-len(f), f))  # the same in every run
            piece = "(?:" + "|".join(re.escape(f) for f in longest)
            piece += ")"
        parts.append((" " if parts else "") + gap + piece)
        gap = ""
    if not slots - {"item"}:
        raise ValueError(f"'{template}' needs at least one role slot")
    lead = _NOT_SUBJECT if _SLOT.match(tokens[0]) and tokens[0] != "{item}" else ""
    return compiled(r"(?<![^ ])" + lead + "".join(parts) + r"(?![^ ])")


def skeleton(
    text: str, start: int, end: int, names: Iterable[Named], items: Iterable[Span],
    quotes: Iterable[Span],
) -> str:
    """The sentence text[start:end] as words, `@i` for names[i], `#` for items, `§` for
    quotations."""
    marks: list[tuple[int, int, str]] = [(s, e, "§") for s, e in quotes if start <= s < end]
    marks += [(s, e, "#") for s, e in items]
    marks += [(n.start, n.end, f"@{i}") for i, n in enumerate(names)]
    marks.sort(key=lambda m: (m[0], -m[1]))
    tokens: list[str] = []
    position = start
    for mark_start, mark_end, token in marks:
        if mark_start < position:
            continue
        tokens += _TOKEN.findall(fold(text[position:mark_start]))
        tokens.append(token)
        position = mark_end
    tokens += _TOKEN.findall(fold(text[position:end]))
    return " ".join(tokens)


def fillers(patterns: Iterable[re.Pattern[str]], skeleton_text: str) -> dict[int, set[str]]:
    """For each name index that fills a role slot of some frame, the roles it fills."""
    found: dict[int, set[str]] = {}
    for pattern in patterns:
        for match in pattern.finditer(skeleton_text):
            for role, token in match.groupdict().items():
                if token is not None:
                    found.setdefault(int(token[1:]), set()).add(role)
    return found
