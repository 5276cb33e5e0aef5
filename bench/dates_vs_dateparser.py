"""Date extraction: factlint vs dateparser on the annotated set tests/data/dates.yaml.

Run from the project root: ``python bench/dates_vs_dateparser.py``.

dateparser is called as ``search_dates(text, languages=["en"], settings={"RELATIVE_BASE":
datetime(dateline), "PREFER_DATES_FROM": "past"})`` (no RELATIVE_BASE when the dateline is
null). Scoring is exact-value match for both tools:

* factlint: the first mention whose text equals ``expr`` must resolve to exactly the gold value
  (same rule as tests/test_dates_eval.py); a negative item (``expr: null``) must yield no mention.
* dateparser returns points in time, so an item counts as right when one of the returned
  datetimes falls on the gold day, where the gold is a single day (a day, a one-day range, a
  single candidate, or the one-day value of an anchored anaphor). Golds that are multi-day
  ranges, several candidates or symbolic anaphors cannot be matched exactly by a point and
  count as wrong. For "unresolved" golds dateparser is right when none of its matches overlaps
  ``expr``; for negatives, when it returns nothing.

Times are wall-clock per sentence: find_dates plus resolution for factlint, search_dates for
dateparser.
"""

import sys
import time
import warnings
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dateparser.search import search_dates

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_dates_eval import as_range, is_correct, load_items  # noqa: E402


def category(item: dict[str, Any]) -> str:
    """A coarse label for the per-kind breakdown."""
    gold = item["gold"]
    if item["expr"] is None:
        return "negative"
    if gold == "unresolved":
        return "unresolved"
    if isinstance(gold, dict):
        return str(next(iter(gold)))  # candidates / anaphoric / anchor
    return "day" if isinstance(gold, date) or gold[0] == gold[1] else "range"


def gold_day(gold: Any) -> date | None:
    """The single gold day, or None when the gold is not one day."""
    if isinstance(gold, dict):
        if "candidates" in gold and len(gold["candidates"]) == 1:
            gold = gold["candidates"][0]
        elif "anchor" in gold:
            gold = gold["value"]
        else:
            return None
    rng = as_range(gold)
    return rng.first if rng.first == rng.last else None


def dateparser_correct(item: dict[str, Any], found: list[tuple[str, datetime]]) -> bool:
    """Score dateparser's output for one item (see module docstring)."""
    text, expr, gold = item["text"], item["expr"], item["gold"]
    if expr is None:
        return not found
    if gold == "unresolved":
        lo = text.index(expr)
        hi = lo + len(expr)
        spans = [(text.find(s), text.find(s) + len(s)) for s, _ in found]
        return not any(a < hi and lo < b for a, b in spans if a >= 0)
    day = gold_day(gold)
    return day is not None and any(dt.date() == day for _, dt in found)


def run_dateparser(item: dict[str, Any]) -> list[tuple[str, datetime]]:
    """search_dates with the dateline as relative base."""
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if item["dateline"] is not None:
        dl = item["dateline"]
        settings["RELATIVE_BASE"] = datetime(dl.year, dl.month, dl.day)
    result = search_dates(item["text"], languages=["en"], settings=settings)
    return list(result or [])


def main() -> None:
    """Run both tools on the set and print accuracies, a breakdown and timings."""
    warnings.filterwarnings("ignore")
    items = load_items()
    ours: list[bool] = []
    theirs: list[bool] = []
    t_ours = t_theirs = 0.0
    run_dateparser(items[0])  # warm-up: dateparser loads its language data lazily
    for item in items:
        t0 = time.perf_counter()
        ours.append(is_correct(item))
        t1 = time.perf_counter()
        found = run_dateparser(item)
        t2 = time.perf_counter()
        theirs.append(dateparser_correct(item, found))
        t_ours += t1 - t0
        t_theirs += t2 - t1
    n = len(items)
    print(f"{n} items from {Path('tests/data/dates.yaml')}")
    print(f"{'':12}{'accuracy':>10}{'right':>8}{'total s':>10}{'mean ms':>10}")
    for name, right, total in (("factlint", ours, t_ours), ("dateparser", theirs, t_theirs)):
        mean_ms = total / n * 1000
        print(f"{name:12}{sum(right) / n:>10.3f}{sum(right):>8}{total:>10.3f}{mean_ms:>10.3f}")
    print("\nby gold kind       n  factlint  dateparser")
    kinds = Counter(category(item) for item in items)
    for kind, count in kinds.most_common():
        idx = [i for i, item in enumerate(items) if category(item) == kind]
        a = sum(ours[i] for i in idx)
        b = sum(theirs[i] for i in idx)
        print(f"{kind:14}{count:>5}{a:>10}{b:>12}")


if __name__ == "__main__":
    main()
