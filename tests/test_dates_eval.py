"""Accuracy of the date extractor + resolver on the annotated set tests/data/dates.yaml.

An item is right when the first mention whose text equals `expr` exists and its value equals
the gold exactly (same set of candidate ranges), and its time zone is `zone` when the item
gives one; for `expr: null`, when no mention is found.
"""

from datetime import date
from pathlib import Path
from typing import Any

from checker.extract.dates import DateMention, find_dates
from checker.extract.timeline import Anaphoric, DateValue, DayRange, resolve, resolve_anaphoric

from .conftest import load_yaml

EVAL_PATH = Path(__file__).parent / "data" / "dates.yaml"
FLOOR = 0.97


def load_items() -> list[dict[str, Any]]:
    """The evaluation items, as written in the YAML file."""
    items: list[dict[str, Any]] = load_yaml(EVAL_PATH)
    return items


def as_range(gold: Any) -> DayRange:
    """A gold day (`date`) or `[first, last]` list as a DayRange."""
    if isinstance(gold, date):
        return DayRange.day(gold)
    return DayRange(gold[0], gold[1])


def gold_value(gold: Any) -> DateValue | None:
    """Gold value of a day / range / candidates item; None for "unresolved"."""
    if gold == "unresolved":
        return None
    if isinstance(gold, dict):
        return DateValue(tuple(DayRange(a, b) for a, b in gold["candidates"]))
    return DateValue((as_range(gold),))


def mention_for(item: dict[str, Any], mentions: list[DateMention]) -> DateMention | None:
    """The first mention whose text is the item's `expr`."""
    return next((m for m in mentions if m.text == item["expr"]), None)


def is_correct(item: dict[str, Any]) -> bool:
    """Score one item (see module docstring)."""
    mentions = find_dates(item["text"])
    if item["expr"] is None:
        return not mentions
    m = mention_for(item, mentions)
    if m is None or ("zone" in item and m.zone != item["zone"]):
        return False
    gold = item["gold"]
    if isinstance(m.expr, Anaphoric):
        if isinstance(gold, dict) and "anaphoric" in gold:
            unit, lo, hi, anchor = gold["anaphoric"]
            return m.expr == Anaphoric(unit, lo, hi, anchor)
        if isinstance(gold, dict) and "anchor" in gold:
            value = resolve_anaphoric(m.expr, as_range(gold["anchor"]))
            want = gold_value(gold["value"])
            return want is not None and set(value.candidates) == set(want.candidates)
        return False
    if isinstance(gold, dict) and ("anaphoric" in gold or "anchor" in gold):
        return False
    got, want = resolve(m.expr, item["dateline"]), gold_value(gold)
    if got is None or want is None:
        return got is want
    return set(got.candidates) == set(want.candidates)


def test_eval_set_accuracy() -> None:
    items = load_items()
    assert len(items) >= 330
    wrong = [item for item in items if not is_correct(item)]
    accuracy = 1 - len(wrong) / len(items)
    print(f"\ndates eval: {len(items) - len(wrong)}/{len(items)} right, accuracy {accuracy:.4f}")
    for item in wrong:
        print(f"  WRONG {item['expr']!r} in {item['text']!r} ({item['dateline']})")
    assert accuracy >= FLOOR
