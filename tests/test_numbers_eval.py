"""Accuracy of ``find_numbers`` on the annotated set in tests/data/numbers.yaml."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from checker.extract.numbers import NumberMention, find_numbers

from .conftest import load_yaml

DATA = Path(__file__).parent / "data" / "numbers.yaml"
FLOOR = 1.00  # measured accuracy (374/374), rounded down to two decimals
_OPTIONAL = ("granularity", "ordinal", "parenthetical")


def _load() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = load_yaml(DATA)
    return items


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _error(item: dict[str, Any]) -> str | None:
    """Why the extractor gets the item wrong, or None when it is right."""
    found = find_numbers(item["text"])
    if item["expr"] is None:
        return f"expected nothing, got {[m.text for m in found]}" if found else None
    hit: NumberMention | None = next((m for m in found if m.text == item["expr"]), None)
    if hit is None:
        return f"no mention {item['expr']!r}; got {[m.text for m in found]}"
    wrong = []
    if not _close(hit.value, float(item["value"])):
        wrong.append(f"value {hit.value} != {item['value']}")
    for key in ("unit", "currency", "hedge"):
        got = getattr(hit, key)
        if (None if got is None else str(got)) != item[key]:
            wrong.append(f"{key} {got!r} != {item[key]!r}")
    for key in _OPTIONAL:
        if key not in item:
            continue
        got = getattr(hit, key)
        same = _close(got, float(item[key])) if key == "granularity" else got == item[key]
        if not same:
            wrong.append(f"{key} {got!r} != {item[key]!r}")
    return "; ".join(wrong) or None


def test_set_is_large_and_varied() -> None:
    items = _load()
    negatives = [i for i in items if i["expr"] is None]
    assert len(items) >= 180
    assert len(negatives) >= 25


def test_accuracy() -> None:
    items = _load()
    errors = [(item, err) for item in items if (err := _error(item)) is not None]
    accuracy = 1 - len(errors) / len(items)
    print(f"\nnumbers accuracy: {accuracy:.4f} ({len(items) - len(errors)}/{len(items)})")
    for item, err in errors:
        print(f"  MISS {item['text']!r}: {err}")
    assert accuracy >= FLOOR
