"""The polarity lexicon on cases as data (tests/data/polarity.yaml)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from checker.text.fold import fold
from checker.text.polarity import reading

from .conftest import ROOT

CASES = yaml.safe_load((ROOT / "tests" / "data" / "polarity.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["text"][:40])
def test_reading(case: dict[str, Any]) -> None:
    at = case["text"].index("^")
    text = case["text"].replace("^", "", 1)
    found = reading(text, fold(text), 0, at)
    if case["mood"] == "asserted":
        assert found is None, text
    else:
        assert found is not None and (found.mood, found.cue) == (case["mood"], case["cue"]), text
