"""`compare.title`: a title one article gives a person that the titles the other articles
give them contradict ("Swiss Economy Minister Karin Keller-Sutter" where two others write
"Swiss Finance Minister").

Titles are read next to the shared names (`checker.claims.names.name_forms`) with the
title vocabulary of `check` (`checker.extract.titles`), outside quotations. Two titles
agree when they may name one post: the same office, ranks and status, related
qualifiers, and one's portfolios within the other's ("minister" agrees with "finance
minister"). They clash only when they cannot both be true of one person at one time: the
same office with other ranks ("speaker", "deputy speaker"), "former" against the post
itself, two portfolios, or two offices of one qualifier ("UBS chairman", "UBS chief
executive"). A title is reported when it clashes with the titles of at least two other
articles that agree with each other, and no other article gives one that agrees with it.
Generic words (leader, chief, official) name no post and are never judged."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from checker.claims.names import NameForm
from checker.extract.titles import Title, Vocabulary, vocabulary
from checker.findings import Finding
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import find_quotes, inside, split_sentences

_CURRENT = (None, "acting", "interim")  # statuses that hold the post now


@dataclass(frozen=True, slots=True)
class Titled:
    """A title an article gives one of the shared names."""

    article: int
    person: int  # index of the name form
    title: Title
    written: str
    sentence: tuple[int, int]


def _name_pattern(forms: list[NameForm]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for every shared name, whole or by its last word, and which name each
    written form stands for (the longest name that ends with it)."""
    person: dict[str, int] = {}
    for index in sorted(range(len(forms)), key=lambda i: len(forms[i].written.split())):
        written = forms[index].written
        person[fold(written)] = index
        person.setdefault(fold(written.split()[-1]), index)
    alternatives = "|".join(re.escape(w) for w in sorted(person, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alternatives})(?![\w-])"), person


def titles_given(documents: list[Document], forms: list[NameForm],
                 vocab: Vocabulary | None = None) -> list[Titled]:
    """Every title the articles write next to a shared name, generic ones left out; a
    name written whole is read as such before its last word alone."""
    vocab = vocab or vocabulary()
    if not forms:
        return []
    pattern, person = _name_pattern(forms)
    found: list[Titled] = []
    for index, doc in enumerate(documents):
        text = doc.analysis
        quotes = find_quotes(text)
        for lo, hi in split_sentences(text):
            folded = fold(text[lo:hi])
            for match in pattern.finditer(folded):
                for title in vocab.near(folded, match.start(), match.end(), lo):
                    if title.generic or inside(quotes, *title.span):
                        continue
                    written = text[title.span[0] : title.span[1]]
                    found.append(Titled(index, person[match.group()], title, written, (lo, hi)))
    return found


def agree(one: Title, other: Title, vocab: Vocabulary) -> bool:
    """Whether two titles may name one post held by one person."""
    if one.office != other.office or one.ranks != other.ranks:
        return False
    if (one.status == "former") != (other.status == "former"):
        return False
    if not vocab.related(one.qualifier, other.qualifier):
        return False
    return one.portfolios <= other.portfolios or other.portfolios <= one.portfolios


def clash(one: Title, other: Title, vocab: Vocabulary) -> bool:
    """Whether two titles cannot both be true of one person at one time."""
    if agree(one, other, vocab) or not vocab.related(one.qualifier, other.qualifier):
        return False
    if one.office != other.office:
        return one.qualifier is not None and one.qualifier == other.qualifier
    if one.ranks != other.ranks:
        return True
    if (one.status == "former") != (other.status == "former"):
        return one.status in _CURRENT or other.status in _CURRENT
    return bool(one.portfolios and other.portfolios)


def title_findings(documents: list[Document], forms: list[NameForm]) -> dict[int, list[Finding]]:
    """Findings per article index for titles the other articles contradict."""
    from checker.claims.compare import cite

    vocab = vocabulary()
    given = titles_given(documents, forms, vocab)
    by_person: dict[int, list[Titled]] = defaultdict(list)
    for item in given:
        by_person[item.person].append(item)
    found: dict[int, list[Finding]] = defaultdict(list)
    for item in given:
        others = [o for o in by_person[item.person] if o.article != item.article]
        if any(agree(item.title, o.title, vocab) for o in others):
            continue
        against = [o for o in others if clash(item.title, o.title, vocab)]
        backed = {o.article for o in against
                  if any(p.article != o.article and agree(o.title, p.title, vocab)
                         for p in against)}
        if len(backed) < 2:
            continue
        theirs = next(o for o in against if o.article in backed)
        name = forms[item.person].written
        found[item.article].append(
            documents[item.article].finding(
                "compare.title",
                item.title.span,
                found=item.written,
                expected=theirs.written,
                message=f"'{item.written}': {len(backed)} other sources call {name} "
                f"'{theirs.written}'",
                cite=cite(documents, backed),
                sentence=item.sentence,
            )
        )
    return found
