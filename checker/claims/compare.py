"""`factlint compare`: what one article says that the other articles of the story
contradict, without a fact sheet."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from checker.claims.names import (
    MIN_SOURCES,
    NameForm,
    clear_majority,
    name_checker,
    name_forms,
    slip,
    word_sources,
)
from checker.claims.titles import title_findings
from checker.claims.values import value_findings
from checker.findings import Dateline, DocumentReport, Finding
from checker.silence import directives, keep
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import split_sentences


def label(path: str) -> str:
    """How a finding names another article: its file name without the suffix."""
    return Path(path).stem


def cite(documents: list[Document], indexes: set[int] | frozenset[int]) -> str:
    names = [label(documents[i].path) for i in sorted(indexes)]
    if len(names) > 4:
        names = [*names[:3], f"{len(names) - 3} more"]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _name_findings(documents: list[Document], forms: list[NameForm]
                   ) -> dict[int, list[Finding]]:
    checker = name_checker(forms)
    writers = word_sources(documents)
    found: dict[int, list[Finding]] = {}
    for index, doc in enumerate(documents):
        for finding in checker.findings(doc, split_sentences(doc.analysis)):
            if finding.severity.value != "warning":
                continue
            entity = int(finding.rule.split(".")[1])
            others = writers[fold(finding.expected)] - {index}
            found_word, usual = fold(finding.found), fold(finding.expected)
            if not clear_majority(len(others), len(writers[found_word]),
                                  slip(doc, found_word, usual)):
                continue
            found.setdefault(index, []).append(
                replace(
                    finding,
                    rule="compare.name",
                    expected=forms[entity].written,
                    message=f"'{finding.found}': {len(others)} other sources write "
                    f"{finding.expected} ({forms[entity].written})",
                    cite=cite(documents, others),
                )
            )
    return found


def _shared_spelling(finding: Finding, index: int, writers: dict[str, set[int]]) -> bool:
    """Whether a two-spellings finding flags the spelling the other sources write: then the
    article's other spelling is the odd one, and `compare.name` speaks of it."""
    return (finding.rule == "builtin.two-spellings"
            and len(writers[fold(finding.found)] - {index}) >= MIN_SOURCES)


def compare(documents: list[Document], ignore: Sequence[str] = (), verbose: bool = False
            ) -> Iterator[DocumentReport]:
    """A report for each article: the claims that a majority of the others contradicts, and
    the checks inside one article that need no sheet (`builtin.*`); rules matching a glob of
    `ignore` are left out. With `verbose`, also each value some article disputes that
    stands, at info level, with why."""
    from checker.stories import StoryChecker

    forms = name_forms(documents)
    names = _name_findings(documents, forms)
    values = value_findings(documents, verbose)
    titles = title_findings(documents, forms)
    writers = word_sources(documents)
    inside = StoryChecker([], ignore=ignore)
    for index, doc in enumerate(documents):
        own = inside.check(doc)
        own.findings = [f for f in own.findings if not _shared_spelling(f, index, writers)]
        silences = directives(doc.text, Path(doc.path).suffix.lower())
        findings = keep([*names.get(index, []), *values.get(index, []),
                         *titles.get(index, [])], silences, ignore)
        findings.extend(own.findings)
        findings.sort(key=lambda f: f.sort_key)
        dateline = None if doc.dateline is None else Dateline(
            doc.dateline.isoformat(), doc.dateline_source or "text")
        notes = list(doc.notes)
        if dateline is None:
            notes.append("no dateline found: a bare weekday is read as any such day in the "
                         "week around the middle of the other articles' dates, if they have "
                         "any; other relative days are not compared")
        yield DocumentReport(doc.path, findings=findings, dateline=dateline, notes=notes)
