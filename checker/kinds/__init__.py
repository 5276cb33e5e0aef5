"""The closed set of fact kinds. Adding a kind is adding a module and a line here: the
sheet language (`checker.sheet.models.Fact`) takes its members from `KINDS`."""

from __future__ import annotations

from checker.kinds import (
    age,
    amount,
    code,
    count,
    date,
    duration,
    members,
    quote,
    rank,
    role,
    score,
    state,
    title,
)
from checker.kinds.base import Kind

# Read through the modules, so that mypyc's build (checker/compiled.py), which type-checks
# these modules in another order, needs no KIND inferred before this line.
_MODULES = (date, count, amount, duration, title, role, state, rank, score, members, quote, age,
            code)
KINDS: dict[str, Kind] = {m.KIND.name: m.KIND for m in _MODULES}
