"""What `compare` and `draft` cost per article, story by story, once started.

    .venv/bin/python bench/sheetless.py [FOLDER …]

Each folder is one story (default: the stories of ../shared/corpus, else this project's
seeds). Articles are read once; then compare, and draft with its read-back by `check`,
are timed over the story's articles, best of three runs.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from checker.claims.compare import compare
from checker.claims.draft import draft
from checker.claims.read import read_all

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
RUNS = 3


def _best(job: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main(folders: list[Path]) -> None:
    articles = 0
    spent = {"compare": 0.0, "draft": 0.0}
    for folder in folders:
        documents, _ = read_all([str(p) for p in sorted(folder.iterdir())
                                 if p.suffix in (".txt", ".md", ".html")
                                 and not p.stem.isupper()])  # FACTS.md, README.md
        articles += len(documents)
        spent["compare"] += _best(partial(lambda d: list(compare(d)), documents))
        spent["draft"] += _best(partial(draft, documents, folder.name))
    for mode, seconds in spent.items():
        print(f"{mode}: {seconds:.2f} s for {articles} articles in {len(folders)} stories, "
              f"{1000 * seconds / articles:.0f} ms per article")


if __name__ == "__main__":
    given = [Path(a) for a in sys.argv[1:]]
    default = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else [
        ROOT / "seeds"]
    main(given or default)
