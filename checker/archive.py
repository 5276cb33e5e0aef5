"""`factlint check --dask [SCHEDULER]`: an archive checked as partitions of a Dask bag.

Paths stream in (from the walk or `--files-from`) and go out in partitions of `BATCH`;
a few partitions per worker are in flight at once, so memory does not grow with the
archive. Each worker process builds its engine once from the sheets, which are sent to
every worker once. Results are written as JSON Lines, one document a line, as they come:
the order is that of completion; sorted, the lines are those of `--jobs 1`.
Needs the optional `distributed` package (`pip install 'factlint[dask]'`).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, TextIO

from checker import stream
from checker.cli_check import Flags
from checker.errors import UserError
from checker.findings import DocumentReport, Tally
from checker.report.json import document_data
from checker.run import Options
from checker.sheet.load import LoadedSheet
from checker.sources import UnreadableArticle, read_document
from checker.stories import StoryChecker
from checker.stream import Item

BATCH = 256  # articles a partition
AHEAD = 3  # partitions in flight per worker

_CHECKERS: dict[str, StoryChecker] = {}  # in each worker: the checker of the sheets sent


@dataclass(frozen=True, slots=True)
class Sheets:
    """The sheets and options sent to the workers once, and a digest that names them."""

    digest: str
    sheets: list[LoadedSheet]
    options: Options


def _checker(sent: Sheets) -> StoryChecker:
    checker = _CHECKERS.get(sent.digest)
    if checker is None:
        _CHECKERS.clear()
        options = sent.options
        checker = _CHECKERS[sent.digest] = StoryChecker(
            sent.sheets, options.stories, options.verbose, options.keep_text, options.ignore
        )
    return checker


def check_item(checker: StoryChecker, item: Item, options: Options) -> DocumentReport:
    """The report of one path (or of an argument that named no article), as `--jobs 1`
    makes it, never raising."""
    if isinstance(item, str):
        path, _, reason = item.partition(": ")
        return DocumentReport(path, error=reason)
    try:
        document = read_document(item, options.date)
    except UnreadableArticle as err:
        return DocumentReport(str(item), error=str(err).removeprefix(f"{item}: "))
    try:
        return checker.check(document)
    except Exception as err:
        if os.environ.get("FACTLINT_DEBUG"):
            raise
        reason = f"internal error while checking ({type(err).__name__}: {err}); please report it"
        return DocumentReport(document.path, error=reason)


def _partition(items: Iterable[Item], sent: Sheets) -> list[DocumentReport]:
    checker = _checker(sent)
    return [check_item(checker, item, sent.options) for item in items]


def json_line(report: DocumentReport) -> str:
    """One document of the report as one line of JSON (the shape of `--format json`)."""
    return json.dumps(document_data(report), ensure_ascii=False)


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _client(scheduler: str | None, workers: int) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UserError("--dask needs Dask's distributed package: "
                        "pip install 'factlint[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as err:
            raise UserError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster)


def check_dask(
    items: Iterable[Item],
    sheets: list[LoadedSheet],
    options: Options,
    out: TextIO,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Tally:
    """Check every item on a Dask cluster (a local one when `scheduler` is None, with
    `workers` processes), writing each report as a JSON line as it comes."""
    import dask.bag as db

    digest = hashlib.sha256(pickle.dumps((sheets, options))).hexdigest()
    tally = Tally()
    client = _client(scheduler, workers or os.cpu_count() or 1)
    try:
        from distributed import as_completed

        shared = client.scatter(Sheets(digest, sheets, options), broadcast=True)
        limit = AHEAD * max(1, len(client.scheduler_info().get("workers", {})))
        batches = _batches(items)
        running = as_completed()

        def submit(batch: list[Item]) -> None:
            bag = db.from_sequence(batch, npartitions=1)
            checked = bag.map_partitions(_partition, shared)
            running.add(client.compute(checked.to_delayed()[0]))

        for batch in batches:
            submit(batch)
            if running.count() >= limit:
                break
        for future in running:
            for report in future.result():
                tally.add(report)
                out.write(json_line(report) + "\n")
            out.flush()
            future.release()
            batch_next = next(batches, None)
            if batch_next is not None:
                submit(batch_next)
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None:
            cluster.close()
    return tally


def paths_of(arguments: list[str], files_from: str | None) -> Iterator[Item]:
    """The streamed items: from `--files-from` when given, else from the walk."""
    if files_from is not None:
        yield from stream.files_from(files_from)
    yield from stream.walk(arguments)



def run_archive(flags: Flags, scheduler: str | None, files_from: str | None) -> int:
    """`check --dask`: the settings and sheets as `check` reads them, then `check_dask`;
    returns the exit code. (Exclude patterns, baselines and --changed-since are not
    applied here.)"""
    from checker import api
    from checker.config import load_settings, project_start, rule_paths
    from checker.stories import check_patterns

    if scheduler is None:
        raise UserError("--files-from is read with --dask")
    if "-" in flags.paths or (not flags.paths and files_from is None):
        raise UserError("--dask checks files and directories, or the paths of --files-from")
    settings = load_settings(flags.config, project_start(flags.paths))
    sheet_paths = flags.rules or rule_paths(settings)
    sheets = api.load_sheets(sheet_paths) if sheet_paths else []
    if not sheets:
        raise UserError("no fact sheet found: pass --rules PATH")
    check_patterns(sheets, settings.stories)
    options = Options(date=flags.date, verbose=flags.verbose,
                      ignore=(*settings.ignore, *flags.ignore), stories=settings.stories)
    where = None if scheduler == "local" else scheduler
    items = paths_of(flags.paths, files_from)
    try:
        with nullcontext(sys.stdout) if flags.output is None else flags.output.open(
            "w", encoding="utf-8"
        ) as out:
            tally = check_dask(items, sheets, options, out, where, flags.jobs)
    except OSError as err:
        raise UserError(f"cannot write {flags.output}: {err.strerror}") from None
    return tally.exit_code(flags.fail_on or settings.fail_on)
