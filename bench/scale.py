"""Real-shaped copy about the loaded story, and how the cost grows with article size and
with the number of sheets.

The corpus is made at run time from the sentences of the real articles in ../shared/seeds
(checked against rules/budapest-summit.yaml) when that folder is there, otherwise from the
generator's story (its sentences name the story's people as densely as real copy does).
No sentence of it is stored in the repository.

    python bench/scale.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import story
from bench.generate import OUT, _dump, article, extra_sheet
from checker.cachefolder import NO_CACHE
from checker.checking import Checker
from checker.engine.document import Engine, check_document
from checker.sheet.load import load_sheets
from checker.sources.documents import Document, make_document
from checker.text.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SIZES_KB = (5, 50, 500, 5000)
SENTENCE_KB = (1, 4, 16, 32)
SHEETS = (1, 10, 100, 1000)
TARGETS = {"size": 1.5, "sheets": 2.0, "load": 1.0, "rate": 1000.0}


@dataclass(frozen=True, slots=True)
class Copy:
    """Where the real-shaped articles come from, the sheet they are about, and a maker."""

    source: str
    sheet: Path
    make: Callable[[random.Random], str]


def _from_seeds() -> Copy | None:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    paragraphs = [p.strip() for f in files for p in f.read_text("utf-8").split("\n\n")]
    sentences = [p[s.start : s.end] for p in paragraphs if p for s in split_sentences(p)]
    if len(sentences) < 20:
        return None

    def make(rng: random.Random) -> str:
        target, parts = rng.randint(3000, 8000), list[str]()
        while sum(map(len, parts)) < target:
            parts.append(" ".join(rng.sample(sentences, rng.randint(1, 3))))
        return "\n\n".join(parts) + "\n"

    return Copy(f"{len(sentences)} sentences of {SEEDS}", ROOT / "rules/budapest-summit.yaml",
                make)


def _generated() -> Copy:
    sheet = OUT / "story" / f"{story.STEM}.yaml"
    sheet.parent.mkdir(parents=True, exist_ok=True)
    _dump(story.sheet(), sheet)
    return Copy("the generator's story", sheet, lambda rng: article(rng)[1])


def copy() -> Copy:
    return _from_seeds() or _generated()


def sheets_folder(core: Path, count: int) -> Path:
    """The story's sheet and count-1 sheets of other stories (10 facts each)."""
    folder = OUT / f"sheets-{count}-{core.stem}"
    if not folder.is_dir():
        folder.mkdir(parents=True)
        (folder / core.name).write_bytes(core.read_bytes())
        for index in range(1, count):
            _dump(extra_sheet(index, 1), folder / f"desk-{index:04d}.yaml")
    return folder


def _load_time(folder: Path, cache: bool) -> float:
    """Seconds to load the sheets of a folder and build their engine, with or without the
    cache of valid sheets."""
    saved = os.environ.pop(NO_CACHE, None)
    if not cache:
        os.environ[NO_CACHE] = "1"
    try:
        start = time.perf_counter()
        Engine(load_sheets([folder]))
        return time.perf_counter() - start
    finally:
        os.environ.pop(NO_CACHE, None)
        if saved is not None:
            os.environ[NO_CACHE] = saved


def _per_article(engine: Engine, documents: list[Document]) -> float:
    for doc in documents[:10]:
        check_document(engine, doc)
    start = time.perf_counter()
    for doc in documents:
        check_document(engine, doc)
    return (time.perf_counter() - start) / len(documents)


def _through_checker(folder: Path, documents: list[Document]) -> tuple[float, float]:
    """What the command line and the API do: load, then a `Checker` whose stories each
    get their own engine when an article first names them. Seconds to load and build,
    and per article."""
    start = time.perf_counter()
    checker = Checker(load_sheets([folder]))
    checker.engine  # noqa: B018 (builds the finder of stories)
    load = time.perf_counter() - start
    for doc in documents[:10]:
        checker.check(doc)
    start = time.perf_counter()
    for doc in documents:
        checker.check(doc)
    return load, (time.perf_counter() - start) / len(documents)


def _timed(engine: Engine, doc: Document) -> float:
    start = time.perf_counter()
    check_document(engine, doc)
    return time.perf_counter() - start


def run(quick: bool) -> dict[str, float]:
    made = copy()
    rng = random.Random(1)
    texts = [made.make(rng) for _ in range(200 if quick else 1000)]
    documents = [make_document(f"real-{i}.txt", t) for i, t in enumerate(texts)]
    print(f"8. real-shaped copy from {made.source}, about {made.sheet.name}: "
          f"{len(documents)} articles, {sum(map(len, texts)) / len(texts) / 1000:.1f} KB each")
    rows: dict[str, float] = {}
    costs: dict[int, float] = {}
    print(f"   {'sheets':>6}  {'facts':>6}  {'load s':>7}  {'no cache':>8}  {'articles/s':>10}  "
          f"{'× 1 sheet':>9}")
    for count in SHEETS[:3] if quick else SHEETS:
        folder = sheets_folder(made.sheet, count)
        uncached = _load_time(folder, cache=False)
        load_sheets([folder])  # fills the cache of valid sheets, if it is empty
        load = _load_time(folder, cache=True)
        engine = Engine(load_sheets([folder]))
        costs[count] = _per_article(engine, documents)
        facts = len(engine.matcher.facts)
        print(f"   {count:>6}  {facts:>6}  {load:>7.2f}  {uncached:>8.2f}  "
              f"{1 / costs[count]:>10.0f}  {costs[count] / costs[1]:>8.2f}×")
        rows["load"] = load
        if count == 10:
            rows["rate"] = 1 / costs[count]
    top = max(costs)
    rows["sheets"] = costs[top] / costs[1]
    rows["sheets_at"] = top
    print("   through checker.Checker, as the command line (each story its own engine):")
    api = {count: _through_checker(sheets_folder(made.sheet, count), documents)
           for count in (1, top)}
    for count, (load, cost) in api.items():
        print(f"   {count:>6}  {'':>6}  {load:>7.2f}  {'':>8}  {1 / cost:>10.0f}  "
              f"{cost / api[1][1]:>8.2f}×")
    rows["api_load"], rows["api_sheets"] = api[top][0], api[top][1] / api[1][1]
    engine = Engine(load_sheets([made.sheet]))
    base = statistics.median(_timed(engine, d) for d in documents[:50]) / (
        statistics.fmean(len(t) for t in texts[:50]) / 1000)
    print(f"9. article size, one sheet: {1000 * base:.3f} ms/KB for a ~5 KB article (median)")
    per_kb = {}
    for kb in SIZES_KB[:3] if quick else SIZES_KB:
        parts: list[str] = []
        while sum(map(len, parts)) < kb * 1000:
            parts.append(texts[len(parts) % len(texts)])
        text = "\n\n".join(parts)[: kb * 1000]
        per_kb[kb] = _timed(engine, make_document(f"{kb}kb.txt", text)) / kb
        print(f"   {kb:>5} KB  {per_kb[kb] * 1000:.3f} ms/KB  {per_kb[kb] / base:.2f}× the "
              f"per-KB cost of 5 KB")
    rows["size"] = per_kb[max(per_kb)] / base
    rows["size_at"] = max(per_kb)
    rows |= _sentence_lengths(engine, texts, quick)
    return rows


def _sentence_lengths(engine: Engine, texts: list[str], quick: bool) -> dict[str, float]:
    """9b: one sentence with no full stop, made of the copy's sentences joined by commas:
    the cost per KB as it grows, against a sentence of 1 KB."""
    flat = " ".join(" ".join(texts[:40]).split()).replace(". ", ", ")
    per_kb = {}
    print("9b. one sentence with no full stop (the copy's sentences joined by commas), one sheet:")
    for kb in SENTENCE_KB[:3] if quick else SENTENCE_KB:
        doc = make_document(f"sentence-{kb}kb.txt", flat[: kb * 1000].rstrip(" ,") + ".\n")
        per_kb[kb] = min(_timed(engine, doc) for _ in range(3)) / kb
        print(f"   {kb:>5} KB  {per_kb[kb] * 1000:.3f} ms/KB  {per_kb[kb] / per_kb[1]:.2f}× the "
              f"per-KB cost of 1 KB")
    return {"sentence": per_kb[max(per_kb)] / per_kb[1], "sentence_at": max(per_kb)}


def targets(rows: dict[str, float]) -> list[tuple[str, str, str, bool]]:
    """The rows of this module for the table of targets."""
    return [
        (f"per-KB cost at {rows['size_at']:.0f} KB / 5 KB", f"{rows['size']:.2f}×", "≤ 1.5×",
         rows["size"] <= TARGETS["size"]),
        (f"per-KB cost, one sentence of {rows['sentence_at']:.0f} KB / 1 KB",
         f"{rows['sentence']:.2f}×", "≤ 1.5×", rows["sentence"] <= TARGETS["size"]),
        (f"real copy: cost at {rows['sheets_at']:.0f} sheets / 1", f"{rows['sheets']:.2f}×",
         "≤ 2×", rows["sheets"] <= TARGETS["sheets"]),
        (f"load and build {rows['sheets_at']:.0f} sheets (cache)", f"{rows['load']:.2f} s", "< 1 s",
         rows["load"] < TARGETS["load"]),
        (f"the same through Checker, {rows['sheets_at']:.0f} sheets / 1",
         f"{rows['api_sheets']:.2f}×", "≤ 2×", rows["api_sheets"] <= TARGETS["sheets"]),
        (f"load and build {rows['sheets_at']:.0f} sheets, Checker", f"{rows['api_load']:.2f} s",
         "< 1 s", rows["api_load"] < TARGETS["load"]),
        ("real copy, articles/s, 10 sheets", f"{rows['rate']:.0f}", "≥ 1,000",
         rows["rate"] >= TARGETS["rate"]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="up to 500 KB and 100 sheets")
    rows = run(parser.parse_args().quick)
    for name, figure, target, ok in targets(rows):
        print(f"   {name:<42} {figure:>14}   target {target:<9} {'meets' if ok else 'MISSES'}")


if __name__ == "__main__":
    main()
