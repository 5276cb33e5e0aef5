"""Fact sheets that validate by type but are hostile or make no sense: each is refused
with a located message, quickly and without a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from checker.errors import UserError
from checker.sheet.load import load_sheet

HEAD = "story: s\ntitle: t\n"
ENTITY = "entities: {a: {name: Ann Lee}}\n"
BOMB = "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['x'] * 9)}]\n"
    for p, n in zip(["", "a", "b", "c", "d", "e", "f", "g"], "abcdefgh", strict=True)
)


def _fact(body: str) -> str:
    return HEAD + ENTITY + f"facts:\n  - {{id: f, when: {{trigger: [met]}}, {body}}}\n"


CASES = {
    "alias bomb": (BOMB, "more than 100,000 values"),
    "recursive alias": ("a: &x [*x]\n", "alias refers to the value that contains it"),
    "nested lists": ("a: " + "[" * 495 + "]" * 495 + "\n", "nested"),
    "nested mappings": ("a:\n" + "".join(" " * i + "b:\n" for i in range(1, 120)), "nested"),
    "unknown tag": (HEAD + "entities: !foo {}\nfacts: []\n", "unknown YAML tag '!foo'"),
    "python tag": (HEAD + "x: !!python/object/apply:os.system [ls]\n", "unknown YAML tag"),
    "bad int tag": (HEAD + "entities: {}\nfacts: !!int abc\n", "'abc' is not a valid !!int"),
    "blank name": (HEAD + "entities: {a: {name: ' '}}\nfacts: []\n", "has no letters"),
    "empty name": (HEAD + "entities: {a: {name: ''}}\nfacts: []\n", "has no letters"),
    "name digits": (HEAD + "entities: {a: {name: '42'}}\nfacts: []\n", "has no letters"),
    "long name word": (
        HEAD + f"entities: {{a: {{name: A{'b' * 2000} Lee}}}}\nfacts: []\n",
        "a word of 2001 characters",
    ),
    "long spelling": (
        HEAD + f"entities: {{a: {{name: Ann, spellings: [A{'n' * 99}]}}}}\nfacts: []\n",
        "a word of 100 characters",
    ),
    "nan amount": (_fact("amount: {value: .nan, currency: EUR}"), "finite number"),
    "infinite amount": (_fact("amount: {value: .inf, currency: EUR}"), "finite number"),
    "overflowing amount": (_fact("amount: {value: 1.0e+309, currency: EUR}"), "finite number"),
    "huge amount": (_fact("amount: {value: 1.0e+30, currency: EUR}"), "too large"),
    "negative amount": (_fact("amount: {value: -5, currency: EUR}"), "cannot be negative"),
    "infinite duration": (_fact("duration: {value: .inf, unit: day}"), "finite number"),
    "future since": (_fact("duration: {since: 2990-01-01, unit: day}"), "is in the future"),
    "boolean count": (_fact("count: {value: true, of: [leader]}"), "a number, not true"),
    "ancient date": (_fact("date: 0001-01-01"), "out of range"),
    "far date": (_fact("date: 9999-12-31"), "out of range"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_hostile_sheet_is_refused(tmp_path: Path, case: str) -> None:
    text, message = CASES[case]
    path = tmp_path / "sheet.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(UserError) as err:
        load_sheet(path)
    assert time.perf_counter() - started < 5
    assert message in str(err.value), str(err.value)
    assert str(err.value).startswith(f"{path}:")


def test_on_and_off_are_state_names(tmp_path: Path) -> None:
    path = tmp_path / "sheet.yaml"
    path.write_text(
        HEAD + "entities: {}\nfacts:\n  - id: x\n    when: {trigger: [lights]}\n"
        "    state: {is: on, states: {on: [switched on], off: [switched off], yes: [agreed]}}\n",
        encoding="utf-8",
    )
    fact = load_sheet(path).sheet.facts[0]
    assert fact.state.is_ == "on"  # type: ignore[union-attr]
    assert set(fact.state.states) == {"on", "off", "yes"}  # type: ignore[union-attr]
