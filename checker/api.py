"""The Python API: `check()` articles against fact sheets and get a `Result`.

    import checker
    sheets = checker.load_sheets(["rules/"])
    result = checker.check(["news/"], sheets)
    for finding in result.findings:
        print(finding.path, finding.line, finding.rule, finding.message)

For one article at a time, or a pool of processes or a Dask cluster, use `Checker`
(picklable). `check`, `iter_check` and the command line all check through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from checker.baseline import Baseline, Key
from checker.checking import DEFAULTS, Checker, CheckOptions
from checker.findings import DocumentReport, Finding, Severity, Tally
from checker.sheet.load import LoadedSheet
from checker.sheet.load import load_sheets as _load_sheets
from checker.sources.discover import Ignores, expand

__all__ = ["CheckOptions", "Checker", "Result", "articles", "check", "iter_check", "load_sheets"]


def load_sheets(paths: Iterable[Path | str]) -> list[LoadedSheet]:
    """Load fact sheets (files or folders); raise `checker.errors.UserError` listing every
    problem of every sheet, each located as path:line:col."""
    return _load_sheets(Path(p) for p in paths)


@dataclass(slots=True)
class Result:
    """The reports of a check, in input order, with their counts."""

    documents: list[DocumentReport] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    stale: list[Key] = field(default_factory=list)  # baseline entries no finding matched

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> int:
        """0, 1 (a finding at or above `fail_on`) or 2 (an article could not be read)."""
        return self.tally.exit_code(fail_on)


def articles(paths: Sequence[str | Path], options: CheckOptions) -> Iterator[Path | str]:
    """What a check of these paths reads: article paths, "-" for stdin, or
    "PATH: reason" for an argument that names none."""
    return expand([str(p) for p in paths], Ignores(options.exclude, options.root))


def iter_check(
    paths: Sequence[str | Path],
    sheets: list[LoadedSheet] | Checker,
    options: CheckOptions = DEFAULTS,
    baseline: Baseline | None = None,
    texts: Mapping[str, str] | None = None,
    expanded: bool = False,
) -> Iterator[DocumentReport]:
    """Reports for the articles at `paths` (already `articles()` when `expanded`) and for
    `texts` (name → text; the name's suffix tells the format), one at a time; `sheets`
    may be a `Checker`, whose own options then apply (`options` still give the jobs and
    the exclusions)."""
    from checker.runner import run

    checker = sheets if isinstance(sheets, Checker) else Checker(sheets, options)
    items: Iterable[str | Path] = paths if expanded else articles(paths, options)
    reports: Iterable[DocumentReport] = (
        run.check_items(items, checker, jobs=options.jobs) if paths else ()
    )
    if texts:
        reports = chain(reports, run.check_texts(checker, texts))
    for report in reports:
        yield baseline.filter(report) if baseline is not None else report


def check(
    paths: Sequence[str | Path] = (),
    sheets: list[LoadedSheet] | Checker | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    options: CheckOptions = DEFAULTS,
    baseline: Path | None = None,
) -> Result:
    """Check articles (paths: files, folders, globs) and/or texts against the sheets (or
with a `Checker`)."""
    accepted = Baseline.read(baseline) if baseline is not None else None
    result = Result()
    for report in iter_check(paths, sheets or [], options, accepted, texts):
        result.documents.append(report)
        result.tally.add(report)
    if accepted is not None:
        result.stale = accepted.stale()
    return result
