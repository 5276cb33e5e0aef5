"""The real stories of ../shared/corpus, scored by its own scorer: the figures must not fall
below the floors in tests/data/corpus_floors.yaml (raise them when the reading improves)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
FLOORS = yaml.safe_load(
    (Path(__file__).parent / "data" / "corpus_floors.yaml").read_text(encoding="utf-8")
)

pytestmark = pytest.mark.skipif(
    not (CORPUS / "score").is_file(), reason="../shared/corpus is not here"
)


def _score(mode: str) -> dict[str, Any]:
    factlint = Path(sys.executable).with_name("factlint")
    args = [sys.executable, str(CORPUS / "score"), "--json", "--factlint", str(factlint)]
    if mode != "check":
        args.append(f"--{mode}")
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.stdout, done.stderr[-2000:]
    return dict(json.loads(done.stdout)["all"])


@pytest.mark.parametrize("mode", list(FLOORS))
def test_corpus_figures_hold(mode: str) -> None:
    got = _score(mode)
    floor = FLOORS[mode]
    assert got["found"] >= floor["gold_found"], got
    assert got["false_alarms"] <= floor["false_alarms"], got
    assert got["injected_found"] >= floor["injected_found"], got
    assert got["collateral"] <= floor["collateral"], got
