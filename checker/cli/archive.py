"""`factlint check --dask [SCHEDULER]`: an archive checked as partitions of a Dask bag.

Paths stream in (from the walk or `--files-from`) and go out in partitions of `BATCH`;
a few partitions per worker are in flight at once, so memory does not grow with the
archive. The `Checker` is sent to every worker once; each worker process builds its
engine once from it. Results are written as JSON Lines, one document a line, as they come:
the order is that of completion; sorted, the lines are those of `--jobs 1`.
Needs the optional `distributed` package (`pip install 'factlint[dask]'`).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from typing import Any, TextIO

from checker.checking import Checker, CheckOptions
from checker.cli.check import Flags
from checker.errors import UserError
from checker.findings import DocumentReport, Tally
from checker.report.json import document_data
from checker.sources import stream
from checker.sources.stream import Item

BATCH = 256  # articles a partition
AHEAD = 3  # partitions in flight per worker


def _partition(items: Iterable[Item], checker: Checker) -> list[DocumentReport]:
    # Dask runs tasks outside a main thread, where the time budget (SIGALRM) cannot work
    return [checker.check_item(item, budget=False) for item in items]


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
    checker: Checker,
    out: TextIO,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Tally:
    """Check every item on a Dask cluster (a local one when `scheduler` is None, with
    `workers` processes), writing each report as a JSON line as it comes."""
    import dask.bag as db

    tally = Tally()
    client = _client(scheduler, workers or os.cpu_count() or 1)
    try:
        from distributed import as_completed

        shared = client.scatter(checker, broadcast=True)
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

    if scheduler is None:
        raise UserError("--files-from is read with --dask")
    if "-" in flags.paths or (not flags.paths and files_from is None):
        raise UserError("--dask checks files and directories, or the paths of --files-from")
    settings = load_settings(flags.config, project_start(flags.paths))
    sheet_paths = flags.rules or rule_paths(settings)
    sheets = api.load_sheets(sheet_paths) if sheet_paths else []
    if not sheets:
        raise UserError("no fact sheet found: pass --rules PATH")
    checker = Checker(sheets, CheckOptions(date=flags.date, verbose=flags.verbose,
                                           ignore=(*settings.ignore, *flags.ignore),
                                           stories=settings.stories))
    where = None if scheduler == "local" else scheduler
    items = paths_of(flags.paths, files_from)
    try:
        with nullcontext(sys.stdout) if flags.output is None else flags.output.open(
            "w", encoding="utf-8"
        ) as out:
            tally = check_dask(items, checker, out, where, flags.jobs)
    except OSError as err:
        raise UserError(f"cannot write {flags.output}: {err.strerror}") from None
    return tally.exit_code(flags.fail_on or settings.fail_on)
