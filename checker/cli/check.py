"""The body of `factlint check`: settings, sheets, articles, the run, the report."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from checker.cli.ending import guarded_output
from checker.errors import UserError
from checker.findings import DocumentReport, FactRecord, Severity
from checker.report import Format
from checker.sheet.sense import FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from checker.api import CheckOptions
    from checker.sheet.load import LoadedSheet

NO_SHEETS = (
    "no fact sheet found (looked for the 'rules' setting in the pyproject.toml nearest to "
    "the articles, and for a rules folder beside it or here); "
    "pass --rules PATH, or --builtin-only to run only the checks that need no sheet"
)
NONE_APPLIED = (
    "no fact sheet applies to any of these articles; name a story in their front matter "
    "(story: ID) or in [tool.factlint.stories], or pass --builtin-only"
)
PROGRESS_FROM = 20  # articles; fewer finish before a bar would help


@dataclass(frozen=True, slots=True)
class Flags:
    """The flags of `factlint check` (None: take the setting)."""

    paths: list[str]
    rules: list[Path] | None = None
    date: date | None = None
    fmt: Format | None = None
    fail_on: Severity | None = None
    verbose: bool = False
    jobs: int | None = None
    config: Path | None = None
    builtin_only: bool = False
    exclude: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    list_files: bool = False
    stdin_filename: str | None = None
    baseline: Path | None = None
    write_baseline: Path | None = None
    changed_since: str | None = None
    output: Path | None = None  # the report goes there instead of stdout
    since_sheet: Path | None = None  # check only articles that mention facts changed since


def _progress(reports: Iterator[DocumentReport], total: int) -> Iterator[DocumentReport]:
    """A progress bar on stderr while the reports come, for long runs on a terminal."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield from reports
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=total)
        for report in reports:
            bar.advance(task)
            yield report


def _since(
    old: Path, items: list[Path | str], sheets: list[LoadedSheet], options: CheckOptions
) -> list[Path | str]:
    """The items of `--since-sheet OLD`: those that mention a changed or added fact."""
    from checker.cli import since
    from checker.sources.documents import read_document

    change = since.compare(old, sheets)

    def say(line: str) -> None:
        typer.echo(f"factlint: {line}", err=True)

    say(change.summary(old))
    for fact in change.removed:
        say(f"note: fact '{fact}' is not in the loaded sheet any more; nothing is checked "
            "for it")
    return since.select(items, since.Selector(sheets, change),
                        lambda p: read_document(p, options.date, options.max_size),
                        options.verbose, say)


def run_check(flags: Flags) -> int:
    """Check, report on stdout, return the exit code; raise UserError for bad input."""
    from checker import api
    from checker.baseline import Baseline, write
    from checker.config import load_settings, project_start, rule_paths
    from checker.findings import Tally
    from checker.report import writer

    if flags.date is not None and not FIRST_YEAR <= flags.date.year <= LAST_YEAR:
        raise UserError(f"--date {flags.date}: give a date between {FIRST_YEAR} and {LAST_YEAR}")
    settings = load_settings(flags.config, project_start(flags.paths))
    builtin_only = flags.builtin_only or settings.builtin_only
    sheet_paths = [] if builtin_only and not flags.rules else flags.rules or rule_paths(settings)
    sheets = api.load_sheets(sheet_paths) if sheet_paths else []
    if not sheets and not builtin_only:
        raise UserError(NO_SHEETS)
    options = api.CheckOptions(
        date=flags.date, verbose=flags.verbose,
        ignore=(*settings.ignore, *flags.ignore), stories=settings.stories,
        exclude=(*settings.exclude, *flags.exclude), root=settings.root,
        jobs=flags.jobs or settings.jobs, stdin_filename=flags.stdin_filename,
        max_size=settings.max_article_size, time_budget=settings.time_budget,
    )
    items = list(api.articles(flags.paths, options))
    if flags.changed_since is not None:
        from checker.sources.vcs import changed_since

        changed = changed_since(flags.changed_since)
        items = [i for i in items if isinstance(i, Path) and i.resolve() in changed]
    if flags.since_sheet is not None:
        items = _since(flags.since_sheet, items, sheets, options)
    if flags.list_files:
        for item in items:
            typer.echo(str(item) if isinstance(item, Path) else item,
                       err=isinstance(item, str) and item != "-")
        return 2 if any(isinstance(i, str) and i != "-" for i in items) else 0
    accepted = Baseline.read(flags.baseline) if flags.baseline else None
    chosen = flags.fmt or settings.format
    records: list[FactRecord] = []
    if chosen is Format.HTML:
        from checker.sheet.records import fact_records

        records = fact_records(sheets)
    try:
        stream = sys.stdout if flags.output is None else flags.output.open("w", encoding="utf-8")
    except OSError as err:
        raise UserError(f"cannot write {flags.output}: {err.strerror}") from None
    tally = Tally()
    recorded: list[DocumentReport] = []
    applied = False
    with stream if flags.output is not None else nullcontext(stream):
        out = writer(chosen, guarded_output(stream), records)
        reports = api.iter_check(items, sheets, replace(options, keep_text=chosen is Format.HTML),
                                 accepted, expanded=True)
        for report in _progress(reports, len(items)):
            tally.add(report)
            applied = applied or bool(report.sheets)
            if flags.write_baseline:
                recorded.append(report)
            out.document(report)
        out.finish(tally)
        guarded_output(stream).flush()  # a full disk or closed pipe shows here, not at exit
    if flags.write_baseline:
        count = write(flags.write_baseline, recorded)
        typer.echo(f"factlint: wrote {count} finding(s) to {flags.write_baseline}", err=True)
    if accepted is not None:
        for entry in accepted.stale():
            typer.echo(f"factlint: stale baseline entry (fixed or changed): {entry.path}: "
                       f"{entry.rule} '{entry.quote}'", err=True)
    if sheets and not builtin_only and not applied and tally.articles > tally.unreadable:
        typer.echo(f"factlint: {NONE_APPLIED}", err=True)
        return 2
    if flags.write_baseline:
        return 2 if tally.unreadable else 0
    return tally.exit_code(flags.fail_on or settings.fail_on)
