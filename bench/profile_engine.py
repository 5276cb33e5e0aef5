"""Where checker.engine.document.check_document spends its time on generated articles: wall time
per stage (`--stages`), or cProfile's top functions by cumulative and by own time.

    python bench/profile_engine.py [--facts 100] [--articles 500] [--top 15] [--stages] [--real]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import measure, scale
from bench.generate import SIZES, ensure
from checker.compiled import status
from checker.engine import document as engine_module
from checker.engine import scan as scan_module
from checker.engine.document import Engine, check_document
from checker.kinds import KINDS
from checker.sources.documents import Document, decode, make_document

# The stages check_document calls through names of checker.engine.document and checker.engine.scan.
_ENGINE_STAGES = ("infer_datelines", "weekday_findings", "judge_value", "make_finding",
                  "two_spellings", "count_enumeration", "sibling_reason", "_mood")
_SCAN_STAGES = ("split_sentences", "find_quotes", "fold")


def _timed(label: str, spent: Counter[str], function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args)
        finally:
            spent[label] += time.perf_counter() - start
    return timed


def stages(engine: Engine, documents: list[Document]) -> None:
    """Wrap each stage in a timer, check every document once and print ms per article."""
    spent: Counter[str] = Counter()
    for name in _ENGINE_STAGES:
        setattr(engine_module, name, _timed(name, spent, getattr(engine_module, name)))
    for name in _SCAN_STAGES:
        setattr(scan_module, name, _timed(name, spent, getattr(scan_module, name)))
    engine_module.Antecedents.of = _timed(  # type: ignore[method-assign]
        "pronouns", spent, engine_module.Antecedents.of
    )
    placer = engine_module.Placer  # one per sentence and family, then one place() per value
    placer.__init__ = _timed("placer setup", spent, placer.__init__)  # type: ignore[method-assign]
    placer.place = _timed("place", spent, placer.place)  # type: ignore[method-assign]
    for family, extractor in list(scan_module.EXTRACTORS.items()):
        scan_module.EXTRACTORS[family] = _timed(f"extract {family}", spent, extractor)
    with suppress(AttributeError):  # a compiled class's methods stay as they are: untimed
        engine.matcher.scan = _timed("automaton scan", spent, engine.matcher.scan)  # type: ignore[method-assign]
    with suppress(AttributeError):
        engine.names.findings = _timed("names", spent, engine.names.findings)  # type: ignore[method-assign]
    for method, label in (("_mentioned", "mentions"), ("_views", "views")):
        setattr(engine, method, _timed(label, spent, getattr(engine, method)))
    for kind in KINDS.values():  # frozen dataclasses: judging is timed per kind
        if kind.judge_sentence is not None:
            timed = _timed(f"judge {kind.name}", spent, kind.judge_sentence)
            object.__setattr__(kind, "judge_sentence", timed)
    start = time.perf_counter()
    for doc in documents:
        check_document(engine, doc)
    total = time.perf_counter() - start
    per = 1000 / len(documents)
    print(f"check_document over {len(documents)} articles: {total * per:.2f} ms/article "
          f"({status()}; calls between compiled modules are not timed)")
    for label, seconds in spent.most_common():
        print(f"  {label:<18} {seconds * per:6.3f} ms")
    print("  (views: building what a kind sees; judge <kind>: its sentence judging;"
          " judge_value: value judging; place: attaching values)")
    print(f"  {'the rest':<18} {(total - sum(spent.values())) * per:6.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, choices=SIZES, default=100)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--stages", action="store_true", help="wall time per stage instead")
    parser.add_argument("--real", action="store_true",
                        help="real-shaped copy about the story (bench/scale.py), its one sheet")
    args = parser.parse_args()
    if args.real:
        made = scale.copy()
        engine = measure.engine_for(made.sheet)
        rng = random.Random(1)
        documents = [make_document(f"real-{i}.txt", made.make(rng)) for i in range(args.articles)]
    else:
        rules, corpus = ensure()
        engine = measure.engine_for(rules[args.facts])
        documents = [make_document(a.path, decode(a.data, a.path)[0])
                     for a in measure.load(corpus.paths[: args.articles])]
    for doc in documents[:20]:  # warm caches and compiled patterns outside the measure
        check_document(engine, doc)
    if args.stages:
        stages(engine, documents)
        return
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in documents:
        check_document(engine, doc)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    print(f"check_document over {len(documents)} articles, {args.facts} facts: "
          f"{stats.total_tt:.2f} s under the profiler")
    for key in ("cumulative", "tottime"):
        print(f"\ntop {args.top} by {key}:")
        stats.sort_stats(key).print_stats(args.top)


if __name__ == "__main__":
    main()
