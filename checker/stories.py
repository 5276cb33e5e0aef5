"""Which fact sheets apply to which article, and the check of an article against them.

An article is checked against the sheets of its story, chosen in this order:

1. `story:` in its front matter (a story id or a sheet's file stem);
2. the first `[tool.factlint.stories]` pattern its path matches (gitignore-style globs,
   relative to the settings file);
3. the only story, when the loaded sheets tell one story;
4. the stories whose entities it names (by name or spelling, not by a ref).

Each story is judged by its own engine, so facts of two stories never judge, mute or
rival each other; the findings are merged, and those silenced (comments in the article,
rules switched off) dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from checker.config import StoryPattern
from checker.engine.document import Engine, check_document
from checker.engine.matcher import Matcher, Role
from checker.errors import UserError
from checker.findings import DocumentReport, Finding
from checker.sheet.load import LoadedSheet
from checker.silence import directives, keep
from checker.sources.documents import Document
from checker.text.fold import fold

NO_SHEET = "no fact sheet applies to this article, so only the checks that need none ran"


def aliases(sheets: Sequence[LoadedSheet]) -> dict[str, str]:
    """Story ids and sheet stems → story ids."""
    found = {loaded.sheet.story: loaded.sheet.story for loaded in sheets}
    for loaded in sheets:
        found.setdefault(loaded.stem, loaded.sheet.story)
    return found


def check_patterns(sheets: Sequence[LoadedSheet], patterns: Sequence[StoryPattern]) -> None:
    """Raise UserError when a `[tool.factlint.stories]` entry names no loaded story."""
    known = aliases(sheets)
    unknown = sorted({s for p in patterns for s in p.stories if s not in known})
    if unknown and known:
        raise UserError(f"[tool.factlint.stories] names no loaded sheet: {', '.join(unknown)}"
                        f"; known: {', '.join(sorted(known))}")


class StoryChecker:
    """Checks documents, each against the sheets of its own stories."""

    def __init__(
        self,
        sheets: Sequence[LoadedSheet],
        patterns: Sequence[StoryPattern] = (),
        verbose: bool = False,
        keep_text: bool = False,
        ignore: Sequence[str] = (),
    ) -> None:
        self.verbose = verbose
        self.ignore = tuple(ignore)  # rule globs switched off
        self.keep_text = keep_text  # reports hold the text (for formats that show it)
        self.stories: dict[str, list[LoadedSheet]] = {}
        for loaded in sheets:
            self.stories.setdefault(loaded.sheet.story, []).append(loaded)
        self._aliases = aliases(sheets)
        check_patterns(sheets, patterns)
        self.patterns = list(patterns)
        self._engines: dict[str, Engine] = {}
        # the names of every story's entities (each story's engine is built when an
        # article first needs it)
        self._finder = Matcher(list(sheets), facts=False) if len(self.stories) > 1 else None
        # the story of each entity, in the order the matcher numbers them
        self._entity_story = [loaded.sheet.story for loaded in sheets
                              for _ in loaded.sheet.entities]

    def engine(self, story: str | None) -> Engine:
        """The engine of one story (None: no sheet, the checks that need none)."""
        key = story or ""
        found = self._engines.get(key)
        if found is None:
            found = self._engines[key] = Engine(self.stories.get(key, []))
        return found

    def select(self, document: Document) -> tuple[tuple[str, ...], str]:
        """The stories of an article and how they were chosen."""
        if document.story is not None:
            story = self._aliases.get(document.story)
            if story is None:
                return (), f"front matter story '{document.story}' names no loaded sheet"
            return (story,), "front matter"
        for pattern in self.patterns:
            if pattern.matches(document.path):
                return tuple(dict.fromkeys(self._aliases[s] for s in pattern.stories)), (
                    f"stories pattern '{pattern.pattern}'"
                )
        if len(self.stories) <= 1:
            return tuple(self.stories), "the only story"
        assert self._finder is not None
        named: dict[str, None] = {}
        for hit in self._finder.scan(fold(document.analysis), document.analysis):
            if hit.role is Role.ENTITY and not hit.ref:
                named[self._entity_story[hit.target]] = None
        return tuple(named), "names its entities"

    def check(self, document: Document) -> DocumentReport:
        """The report on one article: its stories' findings, less the silenced ones."""
        report = self._check(document)
        silences = directives(document.text, Path(document.path).suffix.lower())
        if silences or self.ignore:
            report.findings = keep(report.findings, silences, self.ignore)
        return report

    def _check(self, document: Document) -> DocumentReport:
        stories, how = self.select(document)
        if not stories:
            report = check_document(self.engine(None), document, self.verbose, self.keep_text)
            if how.startswith("front matter"):
                report.notes.append(how)
            report.notes.append(NO_SHEET)
            report.sheets = ()
            return report
        reports = [
            check_document(self.engine(s), document, self.verbose, self.keep_text)
            for s in stories
        ]
        if len(reports) > 1 and document.dateline is None:
            reports = self._share_dateline(document, stories, reports)
        report = reports[0] if len(reports) == 1 else self._merge(stories, reports)
        report.sheets = tuple(loaded.stem for s in stories for loaded in self.stories[s])
        if self.verbose:
            report.notes.append(f"fact sheets: {', '.join(report.sheets)} ({how})")
        return report

    def _share_dateline(
        self, document: Document, stories: Sequence[str], reports: list[DocumentReport]
    ) -> list[DocumentReport]:
        """When the stories that infer a dateline all infer the same day, the stories that
        found none are checked again on that day (their relative dates are then judged
        too); stories that infer different days keep their own, and a note says so."""
        days = {r.dateline.value for r in reports if r.dateline is not None}
        if len(days) > 1:
            found = ", ".join(f"{s}: {r.dateline.value}"
                              for s, r in zip(stories, reports, strict=True)
                              if r.dateline is not None)
            reports[0].notes.append(f"the stories infer different datelines ({found})")
        if len(days) != 1 or ".." in next(iter(days)):  # none, several, or a range
            return reports
        fixed = replace(document, dateline=date.fromisoformat(days.pop()),
                        dateline_source="inferred")
        return [
            report if report.dateline is not None
            else check_document(self.engine(story), fixed, self.verbose, self.keep_text)
            for story, report in zip(stories, reports, strict=True)
        ]

    def _merge(self, stories: Sequence[str], reports: list[DocumentReport]) -> DocumentReport:
        """One report from the reports of several stories: each finding once, and no
        misspelling of a name that another of the stories knows."""
        known = [self.engine(s).names.known for s in stories]
        first = reports[0]
        merged = DocumentReport(first.path, text=first.text, prose=first.prose)
        seen: set[tuple[str, int, int, int, int]] = set()
        for index, report in enumerate(reports):
            if merged.dateline is None or (report.dateline and not merged.dateline.evidence
                                           and report.dateline.evidence):
                merged.dateline = report.dateline  # the one with its evidence
            merged.agreeing.extend(r for r in report.agreeing if r not in merged.agreeing)
            for note in report.notes:
                if note not in merged.notes:
                    merged.notes.append(note)
            for finding in report.findings:
                if _spelling(finding) and any(
                    fold(finding.quote) in words for i, words in enumerate(known) if i != index
                ):
                    continue
                # one misspelling of a person two stories share is one finding
                rule = "spelling" if _spelling(finding) else finding.rule
                key = (rule, finding.line, finding.column, finding.end_line, finding.end_column)
                if key not in seen:
                    seen.add(key)
                    merged.findings.append(finding)
        if merged.dateline is not None:
            merged.notes = [n for n in merged.notes if not n.startswith("no dateline found")]
        merged.findings.sort(key=lambda f: f.sort_key)
        return merged


def _spelling(finding: Finding) -> bool:
    return finding.rule.endswith((".spelling", ".house-spelling"))
