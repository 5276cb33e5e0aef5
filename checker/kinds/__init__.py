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

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (date.KIND, count.KIND, amount.KIND, duration.KIND, title.KIND, role.KIND, state.KIND,
              rank.KIND, score.KIND, members.KIND, quote.KIND, age.KIND, code.KIND)
}
