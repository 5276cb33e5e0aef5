"""Names found without a sheet: the capitalised names of a set of articles, the spellings
that several sources share, and the ones a single source uses near them.

A name is a run of two or three capitalised words whose last word is no English word
("Heather Humphreys", "Butch Wilmore"); a single capitalised word that is no English word
and that no sentence merely opens with counts too ("Bhadrak"). A spelling several sources
share is taken as right; the misspelling check of `checker.engine.names` then runs with those
names as the people it knows, and a word it flags counts only when no other source
writes it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from checker.engine.matcher import CompiledEntity
from checker.engine.names import NameChecker, ordinary
from checker.extract.dates_patterns import MONTHS, WEEKDAYS
from checker.extract.titles import HONORIFICS, OFFICES, QUALIFIERS, STATUS
from checker.sheet.models import Entity
from checker.sources.documents import Document
from checker.text.fold import fold

_NAME_WORD = r"[A-Z][a-zà-ÿ]+(?:['’][a-rt-zà-ÿ][a-zà-ÿ]*)?(?:-[A-Z][a-zà-ÿ]+)?"
_RUN = re.compile(
    rf"(?<![\w.])({_NAME_WORD})(?: ({_NAME_WORD}))?(?: ({_NAME_WORD}))?(?: ({_NAME_WORD}))?(?!\w)"
)
_NOT_NAMES = frozenset(
    fold(w) for phrase in (*HONORIFICS, *STATUS, *OFFICES, *QUALIFIERS) for w in phrase.split()
) | frozenset(fold(w) for w in WEEKDAYS)
_MONTH_PREFIXES = frozenset(fold(m) for m in MONTHS)
_CAPITAL = re.compile(r"[A-Z][^\W\d_]+")
MIN_SOURCES = 2  # a spelling this many sources write is taken as right


@dataclass(frozen=True, slots=True)
class NameForm:
    """One way the articles write a name, and which articles write it."""

    written: str
    sources: frozenset[int]


def _is_name_word(word: str) -> bool:
    folded = fold(word)
    return (
        len(folded) >= 3
        and folded not in _NOT_NAMES
        and folded[:3] not in _MONTH_PREFIXES
        and not ordinary(folded)
    )


def _runs(doc: Document) -> Iterator[tuple[str, ...]]:
    """The capitalised runs of a document, each cut to the words that may be a name."""
    text = doc.analysis
    for match in _RUN.finditer(text):
        words = [w for w in match.groups() if w]
        while len(words) > 1 and (fold(words[0]) in _NOT_NAMES or ordinary(fold(words[0]))):
            words.pop(0)  # titles and words that open a sentence: "Railway Minister", "On"
        words = words[-3:]
        opens_sentence = match.start() == 0 or text[: match.start()].rstrip()[-1:] in ".!?\n\"“"
        if len(words) == 1 and opens_sentence and match.group(1) == words[0]:
            continue  # a lone capitalised word may be capitalised only because it opens
        if words and _is_name_word(words[-1]):
            yield tuple(words)


def sentence_names(text: str, lo: int, hi: int) -> frozenset[str]:
    """The name words (folded) of a sentence: whom it speaks of."""
    return frozenset(
        fold(m.group()) for m in re.finditer(r"[A-Z][^\W\d_]+", text[lo:hi])
        if _is_name_word(m.group())
    )


def subject_names(text: str, lo: int, hi: int) -> frozenset[str]:
    """The name words (folded) of the first name a sentence gives: most often whom it is
    about ("Catherine Connolly, 68, secured 63 percent")."""
    run: list[str] = []
    end = lo
    for match in _CAPITAL.finditer(text, lo, hi):
        if run and (text[end:match.start()] != " " or not _is_name_word(match.group())):
            break
        if _is_name_word(match.group()):
            run.append(fold(match.group()))
            end = match.end()
    return frozenset(run)


def last_name(text: str, lo: int, hi: int) -> frozenset[str]:
    """The last name word (folded) of text[lo:hi], as a set; empty when there is none."""
    words = [m.group() for m in _CAPITAL.finditer(text, lo, hi) if _is_name_word(m.group())]
    return frozenset({fold(words[-1])}) if words else frozenset()


def nearest_names(text: str, lo: int, hi: int, at: int) -> tuple[str, ...]:
    """The name words (folded) of the sentence, nearest to position `at` first: whose age
    "the 68-year-old Connolly" or "Connolly, 68," gives."""
    found = sorted((min(abs(m.start() - at), abs(m.end() - at)), fold(m.group()))
                   for m in _CAPITAL.finditer(text, lo, hi) if _is_name_word(m.group()))
    return tuple(dict.fromkeys(word for _, word in found))


def clear_majority(others: int, alike: int, slip: bool = True) -> bool:
    """Whether `others` sources writing a name one way outweigh the `alike` ones (the one
    judged included) that write it the other way: a spelling no other source shares, when
    it is a slip (`slip`: written once, or beside the others' spelling), against two
    sources or more; or any spelling against at least three and more than twice as many.
    A spelling an article keeps to is its house style for a transliteration ("Vaishnav")."""
    return (alike == 1 and slip and others >= 2) or (others >= 3 and others > 2 * alike)


def slip(doc: Document, word: str, usual: str) -> bool:
    """Whether an article writes `word` (folded) only once, or also writes `usual`."""
    words = re.findall(r"[A-Z][^\W\d_]+", doc.analysis)
    folded = [fold(w) for w in words]
    return folded.count(word) <= 1 or usual in folded


def _outweighed(form: NameForm, forms: list[NameForm], writers: dict[str, set[int]]) -> bool:
    """Whether another shared name spells this one's last word slightly differently and
    has a clear majority over it ("Heather Humphries" in two sources, Humphreys in five)."""
    word = fold(form.written.split()[-1])
    for other in forms:
        theirs = fold(other.written.split()[-1])
        if theirs == word or theirs[:1] != word[:1]:
            continue
        limit = 2 if len(theirs) >= 8 else 1
        if OSA.distance(word, theirs, score_cutoff=limit) <= limit and clear_majority(
            len(writers[theirs] - writers[word]), len(writers[word])
        ):
            return True
    return False


def name_forms(documents: list[Document]) -> list[NameForm]:
    """The names of the articles that at least MIN_SOURCES of them write the same way,
    less those that a clear majority spells otherwise."""
    sources: dict[str, set[int]] = defaultdict(set)
    written: dict[str, str] = {}
    for index, doc in enumerate(documents):
        for words in _runs(doc):
            name = " ".join(words)
            key = fold(name)
            sources[key].add(index)
            written.setdefault(key, name)
    shared = [
        NameForm(written[key], frozenset(found))
        for key, found in sorted(sources.items())
        if len(found) >= MIN_SOURCES
    ]
    writers = word_sources(documents)
    return [form for form in shared if not _outweighed(form, shared, writers)]


def word_sources(documents: list[Document]) -> dict[str, set[int]]:
    """Each capitalised word (folded) with the articles that write it."""
    found: dict[str, set[int]] = defaultdict(set)
    for index, doc in enumerate(documents):
        for word in re.findall(r"[A-Z][^\W\d_]+", doc.analysis):
            found[fold(word)].add(index)
    return found


def name_checker(forms: list[NameForm]) -> NameChecker:
    """The misspelling check with the shared names as the people it knows."""
    entities = [
        CompiledEntity(i, f"compare.{i}", Entity(name=form.written), (str(i),))
        for i, form in enumerate(forms)
    ]
    return NameChecker(entities)
