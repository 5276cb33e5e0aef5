"""Values that validate by type but make no sense: infinite or negative amounts, dates
far out of range, a `since` in the future, names with no letters or absurdly long words.

Checked on the sheet's data after the models accepted it, so each problem is located at
the value as written, for every fact kind alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from checker.sheet.yamlpos import Located, Path_

FIRST_YEAR, LAST_YEAR = 1000, 2999
MAX_MAGNITUDE = 1e18
MAX_NAME_WORD = 60  # letters; the longest place names have about 58
NAME_KEYS = frozenset(("name", "spellings", "refs", "house", "distinct"))
COUNTED = frozenset(("count", "amount", "duration"))  # kinds whose `value` is a size
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\S+")


def _walk(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _walk(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk(value, (*path, index))


def _number_problem(value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a number that can be checked; write a finite number"
    if isinstance(value, int | float) and abs(value) > MAX_MAGNITUDE:
        return f"{value:g} is too large to be checked (the limit is {MAX_MAGNITUDE:g})"
    return None


def _value_problem(path: Path_, value: Any, today: date) -> str | None:
    """What is wrong with one value, judged by its place in the sheet."""
    if isinstance(value, date):
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            return f"{value} is out of range; write a date between {FIRST_YEAR} and {LAST_YEAR}"
        if path[-1:] == ("since",) and value > today:
            return f"'since' {value} is in the future"
        return None
    if isinstance(value, bool):
        if path[-1:] == ("value",) and len(path) >= 2 and path[-2] in COUNTED:
            return f"the {path[-2]} is a number, not {str(value).lower()}"
        return None
    problem = _number_problem(value)
    if problem is not None:
        return problem
    counted = len(path) >= 2 and path[-1] == "value" and path[-2] in COUNTED
    if counted and isinstance(value, int | float) and value < 0:
        return f"the {path[-2]} cannot be negative ({value:g})"
    return None


def _name_problem(path: Path_, value: Any) -> str | None:
    in_entity = len(path) >= 3 and path[0] == "entities"
    key = next((p for p in reversed(path) if isinstance(p, str)), None)
    if not (in_entity and key in NAME_KEYS and isinstance(value, str)):
        return None
    if not _LETTER.search(value):
        return f"{key} {value!r} has no letters"
    longest = max(_WORD.findall(value), key=len)
    if len(longest) > MAX_NAME_WORD:
        return f"{key} has a word of {len(longest)} characters (at most {MAX_NAME_WORD})"
    return None


def problems(located: Located, today: date | None = None) -> Iterator[tuple[Path_, str]]:
    """(path, message) for every value of the sheet's data that makes no sense."""
    day = today or date.today()
    for path, value in _walk(located.data):
        if not path:
            continue
        problem = _value_problem(path, value, day) or _name_problem(path, value)
        if problem is not None:
            yield path, problem
