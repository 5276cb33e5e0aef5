"""factlint benchmark: throughput against the number of facts, latency, memory, start-up,
parallel speed-up, dateparser's date search as a reference, and (bench/scale.py) real-shaped
copy about the story, article sizes from 5 KB to 5 MB and 1 to 1,000 sheets. Prints figures beside
their targets; asserts nothing.

    python bench/run.py            # full run, ~3 minutes on 2 cores
    python bench/run.py --quick    # smaller corpus and samples, ~1 minute
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import compiled, measure, scale
from bench.generate import OUT, SHARD, SIZES, Corpus, ensure

Rows = dict[str, float]

TARGETS = {
    "rate": 1000.0,  # articles/s per core at 100 facts, at least
    "scaling": 2.0,  # cost at 1,000 facts / cost at 10, at most
    "cold": 0.3,  # s, one-article check, at most
    "rss": 200.0,  # MB on the corpus, at most
    "jobs": 1.7,  # --jobs 2 over --jobs 1, at least
    "dateparser": 20.0,  # dateparser's search / our whole check, at least
}


def _options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 articles, smaller samples")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.articles = 2_000 if args.quick else 10_000
    args.sample = 300 if args.quick else 1_000  # in-process articles per sheet size
    args.budget = 10.0 if args.quick else 30.0  # s per sheet size, in-process
    args.dateparser = 50 if args.quick else 200
    args.runs = 3 if args.quick else 7  # cold starts
    args.jobs_articles = SHARD if args.quick else 3 * SHARD  # --jobs 1 vs 2
    return args


def validate(rules: dict[int, Path]) -> None:
    """`factlint rules validate` on each generated sheet folder."""
    for size, folder in rules.items():
        done = subprocess.run([measure.FACTLINT, "rules", "validate", str(folder)],
                              capture_output=True, text=True, check=False)
        print(f"rules-{size}: {(done.stdout + done.stderr).strip()}")


def engine_section(args: argparse.Namespace, rules: dict[int, Path], corpus: Corpus) -> Rows:
    """1–3 and 6: the engine in this process, and dateparser on the same articles."""
    sample = measure.load(corpus.paths[: args.sample])
    print("1. one process, engine only (decode, make_document, check_document)")
    print(f"   {'facts':>5}  {'articles':>8}  {'articles/s':>10}  {'MB/s':>6}  {'ms/article':>10}")
    times = {}
    for size in SIZES:
        times[size] = measure.time_checks(measure.engine_for(rules[size]), sample, args.budget)
        n, spent = len(times[size]), sum(times[size])
        mb = sum(len(a.data) for a in sample[:n]) / 1e6
        print(f"   {size:>5}  {n:>8}  {n / spent:>10.0f}  {mb / spent:>6.2f}  "
              f"{1000 * spent / n:>10.2f}")
    common = min(len(t) for t in times.values())
    cost = {size: statistics.fmean(times[size][:common]) for size in SIZES}
    rows = {"rate": len(times[100]) / sum(times[100]), "scaling": cost[1000] / cost[10]}
    print(f"2. cost at 1,000 facts / cost at 10: {rows['scaling']:.2f}× "
          f"(100 facts: {cost[100] / cost[10]:.2f}×; same {common} articles)")
    latency = times[100]
    print(f"3. latency at 100 facts: median {1000 * statistics.median(latency):.2f} ms, "
          f"p95 {1000 * measure.p95(latency):.2f} ms, max {1000 * max(latency):.2f} ms")
    dp = measure.time_dateparser(sample[: args.dateparser], args.budget * 2)
    ours = statistics.fmean(times[100][: len(dp)])
    rows["dateparser"] = statistics.fmean(dp) / ours
    print(f"6. dateparser search_dates alone: {1000 * statistics.fmean(dp):.1f} ms/article "
          f"over {len(dp)} articles; our whole check at 100 facts {1000 * ours:.2f} ms on the "
          f"same articles → ours is {rows['dateparser']:.1f}× faster")
    return rows


def cli_section(args: argparse.Namespace, rules: dict[int, Path], corpus: Corpus) -> Rows:
    """4 and 7: the CLI with 100 facts: --jobs 1 on the whole corpus for peak RSS; --jobs 1
    and 2 alternated on its first folders for the speed-up (best of each), then their
    outputs compared."""
    check = [measure.FACTLINT, "check", "--rules", str(rules[100]), "--format", "json"]
    # Files by name: a folder under bench/ would be skipped, as .gitignore lists bench/out.
    whole = measure.spawn([*check, *map(str, corpus.paths), "--jobs", "1"])
    count = len(corpus.paths)
    print(f"4. CLI, {count:,} articles, 100 facts, --format json > /dev/null, --jobs 1: "
          f"{whole.wall:.1f} s wall, {whole.cpu:.1f} s CPU ({count / whole.wall:.0f} articles/s, "
          f"exit {whole.code}), peak RSS {whole.max_rss_mb:.0f} MB")
    folders = [str(p) for p in corpus.paths[: args.jobs_articles]]
    runs: dict[int, list[measure.Run]] = {1: [], 2: []}
    for _ in range(2):
        for jobs, done in runs.items():
            done.append(measure.spawn([*check, *folders, "--jobs", str(jobs)]))
    one, two = (min(done, key=lambda r: r.wall) for done in runs.values())
    print(f"7. {args.jobs_articles:,} articles, best of 2: --jobs 1 {one.wall:.1f} s wall; "
          f"--jobs 2 {two.wall:.1f} s wall, {two.cpu / two.wall:.2f} cores busy, peak RSS of "
          f"its largest process {two.max_rss_mb:.0f} MB; speed-up {one.wall / two.wall:.2f}×")
    outputs = [OUT / f"jobs{j}.json" for j in runs]
    codes = [measure.spawn([*check, *folders, "--jobs", str(j)], str(path)).code
             for j, path in zip(runs, outputs, strict=True)]
    same = outputs[0].read_bytes() == outputs[1].read_bytes()
    summary = json.loads(outputs[0].read_text() or "{}").get("summary", {})
    print(f"   outputs of --jobs 1 and --jobs 2 byte-identical: {'yes' if same else 'NO'} "
          f"(exit {codes[0]}, {codes[1]}; {summary.get('articles')} articles, findings: "
          f"{summary.get('error')} error, {summary.get('warning')} warning)")
    rows = {"rss": whole.max_rss_mb, "jobs": one.wall / two.wall}
    return rows | dask_section(check, folders, one, outputs[0])


def dask_section(check: list[str], folders: list[str], one: measure.Run,
                 expected: Path) -> Rows:
    """7b: the same articles as partitions of a Dask bag on a local cluster of two workers
    (its start included), its JSON Lines sorted against the documents of --jobs 1."""
    if importlib.util.find_spec("distributed") is None:
        print("7b. --dask: Dask's distributed package is not installed (pip install "
              "'factlint[dask]'); not measured")
        return {}
    lines = OUT / "dask.jsonl"
    dask = [*check[:-2], "--dask", "local", "--jobs", "2"]
    run = min((measure.spawn([*dask, *folders], str(lines)) for _ in range(2)),
              key=lambda r: r.wall)
    start = min(measure.spawn([*dask, folders[0]]).wall for _ in range(2))
    wanted = json.loads(expected.read_text() or "{}").get("documents", [])
    same = sorted(lines.read_text().splitlines()) == sorted(
        json.dumps(d, ensure_ascii=False) for d in wanted)
    count = len(folders)
    print(f"7b. --dask local --jobs 2 (a local cluster of 2 worker processes), the same "
          f"{count:,} articles, best of 2: {run.wall:.1f} s wall, {run.cpu / run.wall:.2f} "
          f"cores busy; {one.wall / run.wall:.2f}× --jobs 1. Starting the cluster and the "
          f"client: {start:.1f} s (one article); without it {count / (run.wall - start):.0f} "
          f"articles/s, {one.wall / (run.wall - start):.2f}× --jobs 1")
    print(f"   its JSON Lines, sorted, identical to the documents of --jobs 1: "
          f"{'yes' if same else 'NO'} (exit {run.code})")
    return {"dask": one.wall / (run.wall - start), "dask_same": float(same)}


def cold_section(runs: int, rules: dict[int, Path], corpus: Corpus) -> Rows:
    """5: start-up, fresh processes (the cache of valid sheets and compiled patterns filled
    by the first, untimed run), and once without the cache."""
    article = str(next(p for p in corpus.paths if p.suffix == ".txt"))
    print(f"5. cold wall time, best / median of {runs} fresh processes:")
    rows = {}
    for size in SIZES:
        walls = measure.cold([measure.FACTLINT, "check", article, "--rules", str(rules[size])],
                             runs)
        print(f"   factlint check one-article.txt --rules {size:>4} facts: {min(walls):.3f} / "
              f"{statistics.median(walls):.3f} s")
        rows[f"cold{size}"] = min(walls)
    walls = measure.cold([measure.FACTLINT, "--no-cache", "check", article, "--rules",
                          str(rules[100])], runs)
    print(f"   the same with --no-cache,           100 facts: {min(walls):.3f} / "
          f"{statistics.median(walls):.3f} s")
    walls = measure.cold([measure.FACTLINT, "--help"], runs)
    print(f"   factlint --help: {min(walls):.3f} / {statistics.median(walls):.3f} s")
    return rows


def _dask_targets(rows: Rows) -> list[tuple[str, str, str, bool]]:
    if "dask" not in rows:
        return []
    return [("--dask (2 workers, start apart) / --jobs 1", f"{rows['dask']:.2f}×", "≥ 1.7×",
             rows["dask"] >= TARGETS["jobs"]),
            ("--dask output = --jobs 1, sorted", "yes" if rows["dask_same"] else "no", "yes",
             bool(rows["dask_same"]))]


def print_targets(rows: Rows, count: int, more: list[tuple[str, str, str, bool]]) -> None:
    lines = (
        ("articles/s per core at 100 facts", f"{rows['rate']:.0f}", "≥ 1,000",
         rows["rate"] >= TARGETS["rate"]),
        ("cost at 1,000 facts / cost at 10", f"{rows['scaling']:.2f}×", "≤ 2×",
         rows["scaling"] <= TARGETS["scaling"]),
        ("cold one-article check, 100 facts (best)", f"{rows['cold100']:.3f} s", "≤ 0.3 s",
         rows["cold100"] <= TARGETS["cold"]),
        (f"peak RSS, {count:,} articles", f"{rows['rss']:.0f} MB", "≤ 200 MB",
         rows["rss"] <= TARGETS["rss"]),
        ("--jobs 2 over --jobs 1", f"{rows['jobs']:.2f}×", "≥ 1.7×",
         rows["jobs"] >= TARGETS["jobs"]),
        ("whole check vs dateparser's search", f"{rows['dateparser']:.1f}× faster", "≥ 20×",
         rows["dateparser"] >= TARGETS["dateparser"]),
        *_dask_targets(rows),
        *more,
    )
    print("\ntargets:")
    for name, figure, target, ok in lines:
        print(f"   {name:<42} {figure:>14}   target {target:<9} {'meets' if ok else 'MISSES'}")


def _load() -> str:
    """The 1-minute load average: whether other processes shared the cores."""
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


def main() -> None:
    args = _options()
    print(_load())
    started = time.perf_counter()
    rules, corpus = ensure(args.articles, args.seed)
    print(f"corpus: {len(corpus.paths):,} articles, {corpus.size / 1e6:.1f} MB, "
          f"{corpus.with_errors:,} with planted errors ({time.perf_counter() - started:.1f} s "
          f"to generate or find)")
    validate(rules)
    print()
    rows = engine_section(args, rules, corpus)
    rows |= cli_section(args, rules, corpus)
    rows |= cold_section(args.runs, rules, corpus)
    more = scale.targets(scale.run(args.quick))
    compiled.run(args.quick)
    print_targets(rows, len(corpus.paths), more)
    print(f"\ntotal {time.perf_counter() - started:.0f} s; {_load()}")


if __name__ == "__main__":
    main()
