"""Misspelled names of people: "Zelenksy" for Zelensky, "Peskow" for Peskov; and of
places, organisations and things whose entity says `check_spelling: true` ("Bhadrakh",
"Coromandal Express").

Every capitalised word of the copy is looked up in a deletion neighbourhood (as SymSpell
does) of the name words of all people in the sheets: each name word is stored under
itself and every string it gives with one letter deleted (two for words of eight letters
or more), and a word of the copy looks up its own few deletion keys. The cost per word
does not grow with the number of people. Candidates are verified with the optimal string
alignment distance (a transposition counts once): at most 1, or 2 for long names.

Guards, each against a kind of false alarm:

- the first letter must be the same (errors there are rare; Merz/Herz are other words);
- accepted words (any entity's name, spellings, refs and `distinct` names) are never
  flagged, so transliterations listed in the sheet pass;
- a surname and a given name are compared only with the same part of a name; a given
  name is judged only before that person's surname ("Volodymir Zelensky");
- a surname alone must have at least five letters and must not be an English word or its
  inflection ("Costs", "Stammer"); after the person's given name it is always judged
  ("Keir Stammer");
- after another capitalised name that is not an English word the surname belongs to
  someone else ("Olena Zelenska");
- plurals and feminine forms are other words or other people (Putins, Lavrova, Zelenska)
  unless the person's given name comes first ("Elena Vargas" for Elena Varga);
- a word of a place's or thing's name is judged beside another word of that name
  ("Tarant Harbour Board"), or alone under the surname's guards ("Marlowgat").

Two cues widen the net, each within one article:

- after a person's own given name, a word of seven letters or more may be two edits off
  the person's surname of six or more ("Alain Berchet" for Alain Berset), if it is no
  English word;
- a misspelling found in the article is the article's name for that person: a word one
  edit from it ("Berche said", after "Berchet") misspells the same name, under the
  surname's guards.

Scraped copy glues a name to the next word ("Hamersthe current chief"): a capitalised
word that is no known word and near no name, but ends in a common short word, is judged
without it, as the name it starts with ("Hammersthe" is read as "Hammers").

Findings: `<stem>.<entity>.spelling` (warning) naming the spelling to use, and, when an
entity names a `house` spelling, `<stem>.<entity>.house-spelling` (info) for the other
accepted spellings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from checker.engine.matcher import CompiledEntity
from checker.extract.titles import HONORIFICS, OFFICES, QUALIFIERS, STATUS
from checker.findings import Finding, Severity
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import Sentence

_WORD = re.compile(r"[^\W\d_]+")
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x2050)) if c.isupper())
# A capital not preceded by a letter, and the letters after it. (The class comes first so
# that the search skips to capitals; the lookbehind stands in for one before it. ASCII
# letters are taken first by a plain class, cheaper to test than [^\W\d_].)
_CAPITALISED = re.compile(rf"[{_UPPER}](?<![^\W\d_].)[a-zA-Z]*[^\W\d_]*")
_VERDICTS = 50_000  # how many capitalised words NameChecker remembers its verdict on
_NOT_GIVEN = frozenset(HONORIFICS) | frozenset(STATUS) | {
    w for phrase in (*OFFICES, *QUALIFIERS) for w in phrase.split()
}
GIVEN, SURNAME, THING = "given", "surname", "thing"
# Short words that a scraper glues to the word before them and that few names end in
# ("in", "on", "as" end Austin, Boston, Thomas: left out).
_GLUED = re.compile(r"(?<=[a-z]{4})(?:said|says|will|and|the|has|was|who)$")
PARTICLES = frozenset(("von", "der", "van", "den", "de", "da", "di", "del", "du", "la", "le"))


@dataclass(frozen=True, slots=True)
class NameWord:
    entity: int
    part: str  # GIVEN or SURNAME
    folded: str
    written: str


def _limit(word: str) -> int:
    return 2 if len(word) >= 8 else 1


@lru_cache(maxsize=1 << 14)  # a name word of many sheets has its keys made once
def deletions(word: str, depth: int) -> frozenset[str]:
    """The word and every string made by deleting up to `depth` letters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return frozenset(found)


def english() -> frozenset[str]:
    """Lower-case English words (proper nouns left out), loaded on first need."""
    from checker.tables import english as words

    return words()


@lru_cache(maxsize=1 << 16)  # the same words come back in article after article
def ordinary(word: str) -> bool:
    """An English word or a regular inflection of one: "costs", "stammered"."""
    w = word.lower()
    stems = {w}
    for suffix, repl in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e")):
        stem = w[: -len(suffix)] + repl
        if w.endswith(suffix) and len(stem) >= 4:
            stems.update({stem, stem[:-1]} if stem[-1:] == stem[-2:-1] else {stem})
    return not stems.isdisjoint(english())


def _other_form(word: str, name: str) -> bool:
    """A plural or a feminine form of a surname: Putins, Lavrova, Zelenska, Sikorska."""
    forms = {name + "s", name + "es", name + "a"}
    if name[-1:] in ("y", "i"):
        forms.add(name[:-1] + "a")
    return word in forms


class NameChecker:
    """The deletion index of all people's name words, and the check of a document."""

    def __init__(self, entities: list[CompiledEntity]) -> None:
        self.entities = entities
        # deletion key → the name words under it, built on first need (a dict keeps
        # insertion order and finds a duplicate in constant time: linear in the words)
        self._index: dict[str, dict[NameWord, None]] | None = None
        self._words: dict[NameWord, None] = {}  # every name word, in the order added
        self.known: set[str] = set()
        self.owners: dict[str, set[tuple[int, str]]] = {}  # folded word → (entity, part)
        self._words_of: dict[tuple[int, str], set[str]] = {}  # (entity, part) → folded words
        self.house: dict[str, tuple[int, str]] = {}  # accepted word → (entity, house word)
        self._near: dict[str, list[tuple[int, NameWord]]] = {}  # a cache of `near`
        self._longest = 0  # the longest name word: longer words cannot be near one
        # Capitalised words as written, judged by `_suspect` (a cache), and those found
        # suspect.
        self._judged: set[str] = set()
        self._suspicious: set[str] = set()
        for compiled in entities:
            entity = compiled.entity
            self.known.update(fold(w) for form in (*entity.refs, *entity.distinct)
                              for w in _WORD.findall(form))
            self.known.update(fold(w) for w in _WORD.findall(entity.name))
            if entity.kind != "person" and not entity.check_spelling:
                continue
            for form in (entity.name, *entity.spellings):
                words = [w for w in _WORD.findall(form) if w[0].isupper()]
                for position, written in enumerate(words):
                    part = SURNAME if position == len(words) - 1 else GIVEN
                    if entity.kind != "person":
                        part = THING
                    self._add(NameWord(compiled.index, part, fold(written), written))
            if entity.house is not None:
                self._house_words(compiled.index, entity.house)
        self._by_key = {c.key: c.index for c in entities}
        given = sorted(w for w, o in self.owners.items() if any(p == GIVEN for _, p in o))
        self._given = (
            re.compile(rf"\b({'|'.join(map(re.escape, given))})\s+([a-z]{{7,}})\b")
            if given else None
        )

    def _add(self, word: NameWord) -> None:
        self.known.add(word.folded)
        self.owners.setdefault(word.folded, set()).add((word.entity, word.part))
        self._words_of.setdefault((word.entity, word.part), set()).add(word.folded)
        self._longest = max(self._longest, len(word.folded))
        self._words[word] = None

    @property
    def index(self) -> dict[str, dict[NameWord, None]]:
        """The deletion index of the name words, built when a word is first looked up: a
        sheet's load does not wait for it (about half a second for 10,000 names)."""
        if self._index is None:
            index: dict[str, dict[NameWord, None]] = {}
            for word in self._words:
                for key in deletions(word.folded, _limit(word.folded)):
                    found = index.get(key)
                    if found is None:
                        index[key] = {word: None}
                    else:
                        found[word] = None
            self._index = index
        return self._index

    def _house_words(self, entity: int, house: str) -> None:
        """Send the entity's other accepted words, of the house word's part, to it."""
        folded = fold(house)
        for part in (GIVEN, SURNAME):
            if (entity, part) in self.owners.get(folded, ()):
                for word in sorted(self._words_of[(entity, part)] - {folded}):
                    self.house[word] = (entity, house)

    def near(self, folded: str) -> list[tuple[int, NameWord]]:
        """Name words within the allowed distance of a word that is not one, closest first."""
        if folded in self.known or not 4 <= len(folded) <= self._longest + 2:
            return []
        cached = self._near.get(folded)
        if cached is not None:
            return cached
        if len(self._near) > 50_000:
            self._near.clear()
        seen: dict[NameWord, int] = {}
        index = self.index
        for key in deletions(folded, 2 if len(folded) >= 7 else 1):
            for word in index.get(key, ()):
                if word in seen or word.folded[0] != folded[0]:
                    continue
                distance = OSA.distance(folded, word.folded, score_cutoff=_limit(word.folded))
                if distance <= _limit(word.folded):
                    seen[word] = distance
        result = sorted(((d, w) for w, d in seen.items()), key=lambda p: (p[0], p[1].written))
        self._near[folded] = result
        return result

    def _is_part(self, token: str | None, entity: int, part: str) -> bool:
        if token is None:
            return False
        folded = fold(token)
        return (entity, part) in self.owners.get(folded, ()) or any(
            w.entity == entity and w.part == part for _, w in self.near(folded)
        )

    def misspelling(self, token: str, before: str | None, after: str | None) -> NameWord | None:
        """The name word a capitalised token misspells, given its neighbours, or None."""
        folded = fold(token)
        candidates = [word for _, word in self.near(folded)]
        other_form = any(_other_form(folded, word.folded) for word in candidates)
        for word in candidates:
            if word.part == THING:
                if self._thing_word(folded, word, before, after, other_form):
                    return word
                continue
            if word.part == GIVEN:
                if self._is_part(after, word.entity, SURNAME):
                    return word
                continue
            if self._is_part(before, word.entity, GIVEN):
                return word
            judged_alone = not other_form and min(len(folded), len(word.folded)) >= 5
            if judged_alone and not ordinary(folded) and not self._someone_else(before):
                return word
        return None

    def _thing_word(
        self, folded: str, word: NameWord, before: str | None, after: str | None, other_form: bool
    ) -> bool:
        """A word of a place's or thing's name: judged beside another word of that name
        ("Coromandal Express"), or alone as a surname is ("Bhadrakh")."""
        if self._is_part(before, word.entity, THING) or self._is_part(after, word.entity, THING):
            return True
        return not other_form and min(len(folded), len(word.folded)) >= 5 and not ordinary(folded)

    def _someone_else(self, before: str | None) -> bool:
        """A given name before a surname that is not the person's own: one of another
        person in the sheets ("Mark Rubin"), or a capitalised word that is no English
        word and no title ("Olena Zelenska")."""
        if before is None or not before[0].isupper() or before.isupper():
            return False
        folded = fold(before)
        if any(part == GIVEN for _, part in self.owners.get(folded, ())):
            return True
        return folded not in _NOT_GIVEN and not ordinary(folded)

    def _suspect(self, word: str) -> bool:
        """Whether a capitalised word may give a finding: a house-style word, or one that is
        not a known word but near a name word."""
        folded = fold(word)
        if folded in self.house:
            return True
        return folded not in self.known and (
            bool(self.near(folded)) or self.unglued(word) is not None
        )

    def unglued(self, token: str) -> str | None:
        """The name a token starts with when a short word is glued to it ("Hammersthe"
        → "Hammers"), if that name is near a name word and the token is no word itself."""
        folded = fold(token)
        glued = _GLUED.search(token)
        if glued is None or self.near(folded) or ordinary(folded):
            return None
        stem = token[: glued.start()]
        stem_folded = fold(stem)
        return stem if stem_folded not in self.known and self.near(stem_folded) else None

    def _suspects(self, words: list[str]) -> set[str]:
        """The suspect words among capitalised ones, judged once per word."""
        if not self._judged.issuperset(words):
            if len(self._judged) > _VERDICTS:
                self._judged.clear()
                self._suspicious.clear()
            for word in set(words).difference(self._judged):
                self._judged.add(word)
                if self._suspect(word):
                    self._suspicious.add(word)
        return self._suspicious.intersection(words)

    def findings(
        self, doc: Document, sentences: list[Sentence], folded_text: str | None = None
    ) -> list[Finding]:
        """Misspellings (warnings) and accepted spellings other than the house one (info).
        `folded_text` is the document's analysis text folded, when the caller has it."""
        found = self._findings(doc, sentences, folded_text)
        if self._given is not None:
            folded_text = fold(doc.analysis) if folded_text is None else folded_text
            found += self._after_given(doc, sentences, folded_text, found)
        if any(f.rule.endswith(".spelling") for f in found):
            found += self._echoes(doc, sentences, found)
        return found

    def _after_given(
        self, doc: Document, sentences: list[Sentence], folded: str, found: list[Finding]
    ) -> list[Finding]:
        """Surnames two edits off right after the person's own given name."""
        assert self._given is not None
        text, done = doc.analysis, {f.quote for f in found}
        starts = [start for start, _ in sentences]
        extra = []
        for match in self._given.finditer(folded):
            token = text[match.start(2) : match.end(2)]
            word = match.group(2)
            if not token[0].isupper() or token in done or word in self.known or ordinary(word):
                continue
            for entity, part in sorted(self.owners[match.group(1)]):
                surnames = self._words_of.get((entity, SURNAME), set()) if part == GIVEN else ()
                close = [w for w in sorted(surnames) if w[0] == word[0] and len(w) >= 6
                         and OSA.distance(word, w, score_cutoff=2) <= 2]
                if close:
                    sentence = sentences[bisect_right(starts, match.start(2)) - 1]
                    extra.append(self._misspelt(doc, sentence, match.start(2), token,
                                                entity, close[0]))
                    break
        return extra

    def _echoes(
        self, doc: Document, sentences: list[Sentence], found: list[Finding]
    ) -> list[Finding]:
        """Words one edit from a misspelling found in the article, as misspellings of the
        same name."""
        forms = {fold(f.quote): f for f in found if f.rule.endswith(".spelling")}
        keys: dict[str, list[str]] = {}  # one-deletion keys of the forms, as `near` does
        for form in forms:
            for key in deletions(form, 1):
                keys.setdefault(key, []).append(form)
        text, starts = doc.analysis, [start for start, _ in sentences]
        taken = {(f.line, f.column) for f in found}
        extra = []
        for match in _CAPITALISED.finditer(text):
            token, word = match.group(), fold(match.group())
            if word in self.known or word in forms or len(word) < 5:
                continue
            close = {f for key in deletions(word, 1) for f in keys.get(key, ())}
            first = next((forms[w] for w in sorted(close) if w[0] == word[0]
                          and not _other_form(word, w) and OSA.distance(word, w) <= 1), None)
            if first is None or ordinary(word) or doc.position(match.start()) in taken:
                continue
            sentence = sentences[bisect_right(starts, match.start()) - 1]
            if self._someone_else(_neighbours(text, sentence, match)[0]):
                continue
            entity = self._by_key[first.rule.removesuffix(".spelling")]
            extra.append(self._misspelt(doc, sentence, match.start(), token, entity,
                                        fold(first.expected or "")))
        return extra

    def _misspelt(self, doc: Document, sentence: Sentence, start: int, token: str,
                  entity: int, word: str) -> Finding:
        compiled = self.entities[entity]
        written = next((w for w in _WORD.findall(" ".join((compiled.entity.name,
                                                           *compiled.entity.spellings)))
                        if fold(w) == word), word)
        return _make(doc, sentence, start, token, compiled, "spelling", written,
                     f"'{token}' looks like a misspelling of {written} "
                     f"({compiled.entity.name})")

    def _findings(
        self, doc: Document, sentences: list[Sentence], folded_text: str | None
    ) -> list[Finding]:
        text = doc.analysis
        # Most capitalised words are known names or near none: judge each distinct word
        # once, and walk the sentences only for the few that are left.
        suspects = self._suspects(_CAPITALISED.findall(text))
        if not suspects:
            return []
        folded_text = fold(text) if folded_text is None else folded_text
        # Walk only the sentences (sorted and disjoint, as split_sentences makes them) where
        # a suspect occurs, if only as part of a longer word.
        starts = [start for start, _ in sentences]
        marked = set()
        for suspect in suspects:
            at = text.find(suspect)
            while at >= 0:
                marked.add(bisect_right(starts, at) - 1)
                at = text.find(suspect, at + 1)
        found = []
        for sentence in (sentences[i] for i in sorted(marked) if i >= 0):
            for match in _CAPITALISED.finditer(text, sentence.start, sentence.end):
                token = match.group()
                if token not in suspects:
                    continue
                folded = folded_text[match.start() : match.end()]
                if folded in self.house:
                    index, house = self.house[folded]
                    found.append(_make(doc, sentence, match.start(), token, self.entities[index],
                                       "house-spelling", house, f"house style is {house}"))
                if folded in self.known:
                    continue
                if not self.near(folded):
                    stem = self.unglued(token)
                    if stem is None:
                        continue
                    token, folded = stem, fold(stem)
                word = self.misspelling(token, *_neighbours(text, sentence, match))
                if word is not None:
                    compiled = self.entities[word.entity]
                    found.append(_make(
                        doc, sentence, match.start(), token, compiled, "spelling", word.written,
                        f"'{token}' looks like a misspelling of {word.written} "
                        f"({compiled.entity.name})",
                    ))
        return found


def _neighbours(text: str, sentence: Sentence, match: re.Match[str]) -> tuple[str | None, ...]:
    """The words right before and after a word; None where more than a space stands
    between."""
    words = list(_WORD.finditer(text, sentence.start, sentence.end))
    i = next(i for i, w in enumerate(words) if w.start() == match.start())
    return _next(text, words, i, -1), _next(text, words, i, 1)


def _next(text: str, words: list[re.Match[str]], i: int, step: int) -> str | None:
    """The word next to words[i] in the direction of `step`, over particles ("von der"),
    or None when more than a space stands between."""
    current = words[i]
    i += step
    while 0 <= i < len(words):
        low, high = sorted((current, words[i]), key=lambda m: m.start())
        if not text[low.end() : high.start()].isspace():
            return None
        if words[i].group() not in PARTICLES:
            return words[i].group()
        current = words[i]
        i += step
    return None


def _make(doc: Document, sentence: Sentence, start: int, token: str, compiled: CompiledEntity,
          check: str, expected: str, message: str) -> Finding:
    end = start + len(token)
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    severity = Severity.WARNING if check == "spelling" else Severity.INFO
    return Finding(
        rule=f"{compiled.key}.{check}", severity=severity, path=doc.path, line=line,
        column=column, end_line=end_line, end_column=end_column, quote=doc.text[start:end],
        found=token, expected=expected, message=message,
        sentence=" ".join(doc.text[sentence.start : sentence.end].split()),
    )
