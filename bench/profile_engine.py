"""cProfile of checker.engine.check_document over generated articles: the top functions by
cumulative and by own time.

    python bench/profile_engine.py [--facts 100] [--articles 500] [--top 15]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import measure
from bench.generate import SIZES, ensure
from checker.engine import check_document
from checker.sources import decode, make_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, choices=SIZES, default=100)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    rules, corpus = ensure()
    engine = measure.engine_for(rules[args.facts])
    documents = [make_document(a.path, decode(a.data, a.path)[0])
                 for a in measure.load(corpus.paths[: args.articles])]
    for doc in documents[:20]:  # warm caches and compiled patterns outside the profile
        check_document(engine, doc)
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
