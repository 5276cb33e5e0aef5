"""The corpus sheets of tests/data/corpus_sheets (the editors' sheets of ../shared/corpus
with what their closing comments wished written in the structure kinds) load, and the
examples of their rank, set, score and quote facts, and of role facts with the newer
roles, behave as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.cli.rules import run_examples
from checker.sheet.base import FactBase
from checker.sheet.load import load_sheets

from .conftest import ROOT

SHEETS = sorted((ROOT / "tests" / "data" / "corpus_sheets").glob("*.yaml"))
KINDS = {"rank", "set", "score", "quote"}
ROLES = ("loser", "runner_up", "buyer", "seller", "target", "agent", "patient", "roles")


def _structure(fact: FactBase) -> bool:
    role = getattr(fact, "role", None)
    return fact.kind in KINDS or (role is not None and any(getattr(role, r) for r in ROLES))


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.stem)
def test_structure_examples_behave(path: Path) -> None:
    loaded = load_sheets([path])
    structure = [f for f in loaded[0].sheet.facts if _structure(f) and f.examples]
    assert structure, "the sheet states a fact of a structure kind with examples"
    loaded[0].sheet.facts[:] = structure
    report, failures = run_examples(loaded)
    assert failures == 0, report
