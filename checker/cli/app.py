"""The `factlint` command: parse arguments, call the API, render, set the exit code."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from checker import __version__
from checker.cli.explain import explain_command
from checker.errors import UserError
from checker.findings import Severity
from checker.report import Format

if TYPE_CHECKING:
    from checker.sheet.load import LoadedSheet

app = typer.Typer(
    no_args_is_help=True,
    help="Check news articles against a story's fact sheet.",
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(no_args_is_help=True, help="Validate, list, test and describe fact sheets.")
app.add_typer(rules_app, name="rules")

RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", help="Fact sheet file or directory (repeatable). "
                 "Default: the 'rules' setting in the pyproject.toml nearest the articles, "
                 "else the rules folder beside it or here."),
]
SheetPaths = Annotated[
    list[Path] | None, typer.Argument(help="Sheets or directories (default: the configured rules).")
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="A TOML file with factlint settings."),
]


def _fail(err: UserError) -> None:
    for problem in err.problems:
        typer.echo(f"factlint: {problem}" if isinstance(problem, str) else str(problem), err=True)
    raise typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        from checker.compiled import status

        typer.echo(f"factlint {__version__}; {status()}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Validate every fact sheet "
                                           "again, without the cache of valid sheets.")] = False,
) -> None:
    """Check news articles against a story's fact sheet."""
    if no_cache:
        import os

        os.environ["FACTLINT_NO_CACHE"] = "1"  # worker processes inherit it


@app.command()
def check(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Articles: files, directories, globs, or - for standard input.")] = None,
    rules: RulesOption = None,
    date: Annotated[datetime | None, typer.Option(
        "--date", formats=["%Y-%m-%d"], help="Publication date of every article.")] = None,
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", help="Output format (auto: github under GitHub Actions, pretty on "
        "a terminal, table elsewhere).")] = None,
    fail_on: Annotated[Severity | None, typer.Option(
        "--fail-on", help="Lowest severity that makes the exit code 1.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also report, at info level, "
                                          "every statement not judged, and why.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                                help="Worker processes.")] = None,
    config: ConfigOption = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file instead of standard output.")] = None,
    builtin_only: Annotated[bool, typer.Option(
        "--builtin-only", help="Run only the checks that need no fact sheet.")] = False,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", help="Skip files matching this gitignore-style pattern (repeatable; "
        "adds to the 'exclude' setting).")] = None,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", help="Switch off a rule id or glob, e.g. '*.spelling' (repeatable).")] = None,
    list_files: Annotated[bool, typer.Option(
        "--list-files", help="Print the files that would be checked, and exit.")] = False,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", help="Path (and so format) of the article read from -.")] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Report only findings not in this baseline file.")] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline", help="Record the current findings in this file.")] = None,
    changed_since: Annotated[str | None, typer.Option(
        "--changed-since", help="Check only files git says changed since this revision.",
        metavar="REF")] = None,
    since_sheet: Annotated[Path | None, typer.Option(
        "--since-sheet", metavar="OLD", help="Check only the articles that mention a fact "
        "changed or added since OLD, an earlier version of a loaded sheet.")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="SCHEDULER", help="Check on a Dask cluster: a scheduler address, or "
        "'local' for one on this machine; writes JSON Lines as results come.")] = None,
    files_from: Annotated[str | None, typer.Option(
        "--files-from", metavar="FILE", help="With --dask: also check the paths in FILE, one a "
        "line (- for standard input).")] = None,
) -> None:
    """Check articles and report every statement that contradicts a fact.

    Exit code 0: nothing at or above --fail-on. 1: such findings. 2: bad usage, invalid fact sheets, no sheet for any article, or an article that could not be read. 130: interrupted.
    """  # noqa: E501 - one line, or the help screen breaks it in the middle
    from checker.cli.check import Flags, run_check
    from checker.cli.ending import (
        OutputFailed,
        Stopped,
        abandon_stdout,
        exit_now,
        stop_on_signals,
    )

    flags = Flags(
        paths or [], rules, date.date() if date else None, fmt, fail_on, verbose, jobs, config,
        builtin_only, tuple(exclude or ()), tuple(ignore or ()), list_files, stdin_filename,
        baseline, write_baseline, changed_since, output, since_sheet,
    )
    try:
        with stop_on_signals():
            if since_sheet is not None and (dask is not None or files_from is not None):
                raise UserError("--since-sheet does not go with --dask or --files-from")
            if dask is not None or files_from is not None:
                from checker.cli.archive import run_archive

                code = run_archive(flags, dask, files_from)
            elif not paths:
                raise UserError("no articles given: name files, directories, globs, or -")
            else:
                code = run_check(flags)
    except UserError as err:
        _fail(err)
        return
    except Stopped as stop:  # SIGTERM, Ctrl-C
        typer.echo(f"factlint: {stop.reason}", err=True)
        exit_now(stop.code)
    except OutputFailed as err:  # a full disk, a closed pipe
        abandon_stdout()
        typer.echo(f"factlint: {err}", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(code)


app.command("explain")(explain_command)


@app.command()
def compare(
    paths: Annotated[list[str], typer.Argument(help="The articles of one story: files, "
                                                    "directories or globs.")],
    date: Annotated[datetime | None, typer.Option(
        "--date", formats=["%Y-%m-%d"], help="Publication date of every article.")] = None,
    fmt: Annotated[Format | None, typer.Option("--format", "-f", help="Output format.")] = None,
    fail_on: Annotated[Severity | None, typer.Option(
        "--fail-on", help="Lowest severity that makes the exit code 1.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also report, at info "
        "level, each value another article disputes that is not reported, and why.")] = False,
    config: ConfigOption = None,
) -> None:
    """Without a sheet: report what one article says that the others contradict.

    A claim is reported when no other article supports it and at least two others agree with each other against it. Exit codes as for check.
    """  # noqa: E501 - one line, or the help screen breaks it in the middle
    import sys

    from checker.claims.compare import compare as compare_articles
    from checker.claims.read import read_all
    from checker.config import load_settings
    from checker.findings import Tally
    from checker.report import writer

    try:
        settings = load_settings(config)
    except UserError as err:
        _fail(err)
        return
    documents, unreadable = read_all(paths, date.date() if date else None)
    out = writer(fmt or settings.format, sys.stdout)
    tally = Tally()
    for report in [*compare_articles(documents, settings.ignore, verbose), *unreadable]:
        tally.add(report)
        out.document(report)
    out.finish(tally)
    raise typer.Exit(tally.exit_code(fail_on or settings.fail_on))


@app.command()
def draft(
    paths: Annotated[list[str], typer.Argument(help="The articles of one story.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the sheet here instead of standard output.")] = None,
    date: Annotated[datetime | None, typer.Option(
        "--date", formats=["%Y-%m-%d"], help="Publication date of every article.")] = None,
) -> None:
    """Draft a fact sheet from the articles of one story: shared names and agreed values."""
    from checker.claims.draft import draft as draft_sheet
    from checker.claims.read import read_all

    documents, unreadable = read_all(paths, date.date() if date else None)
    for report in unreadable:
        typer.echo(f"factlint: {report.path}: {report.error}", err=True)
    if not documents:
        _fail(UserError("no readable article to draft a sheet from"))
    # the story is named after the sheet written, else after the articles' folder
    story = output.stem if output else Path(documents[0].path).resolve().parent.name
    text = draft_sheet(documents, story or "story")
    if output is None:
        typer.echo(text, nl=False)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            _fail(UserError(f"cannot write {output}: {err.strerror}"))
    raise typer.Exit(2 if unreadable else 0)


def _sheets(paths: list[Path] | None, config: Path | None) -> list[LoadedSheet]:
    from checker.config import load_settings, rule_paths
    from checker.sheet.load import load_sheets

    try:
        return load_sheets(paths or rule_paths(load_settings(config)) or [Path("rules")])
    except UserError as err:
        _fail(err)
        return []


@rules_app.command("validate")
def rules_validate(
    paths: SheetPaths = None,
    config: ConfigOption = None,
) -> None:
    """Check fact sheets; print every problem as path:line:col and exit 2 if any."""
    sheets = _sheets(paths, config)
    facts = sum(len(s.sheet.facts) for s in sheets)
    typer.echo(f"{len(sheets)} fact sheet(s), {facts} facts: valid")


@rules_app.command("list")
def rules_list(
    paths: SheetPaths = None,
    config: ConfigOption = None,
) -> None:
    """List the facts of the sheets with their rule ids."""
    from checker.cli.rules import list_table

    typer.echo(list_table(_sheets(paths, config)))


@rules_app.command("schema")
def rules_schema() -> None:
    """Print the JSON Schema of a fact sheet (for editor validation and completion)."""
    from checker.sheet.schema import schema_json

    typer.echo(schema_json())


@rules_app.command("test")
def rules_test(
    paths: SheetPaths = None,
    config: ConfigOption = None,
) -> None:
    """Run the examples of every fact: 'pass' sentences must give no finding, 'fail' ones must."""
    from checker.cli.rules import run_examples

    report, failures = run_examples(_sheets(paths, config))
    typer.echo(report)
    raise typer.Exit(1 if failures else 0)


@app.command()
def lsp() -> None:
    """Run the language server on standard input and output, for editors."""
    try:
        from checker.lsp.server import serve
    except ImportError as err:
        _fail(UserError(f"the language server needs pygls: pip install 'factlint[lsp]' ({err})"))
        return
    serve()


def main() -> None:
    app()
