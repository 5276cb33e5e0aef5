"""The quote kind's threshold on labelled pairs (tests/data/quote_pairs.yaml)."""

from __future__ import annotations

import pytest
import yaml

from checker.kinds.quote import Match, compare

from .conftest import ROOT

PAIRS = yaml.safe_load((ROOT / "tests" / "data" / "quote_pairs.yaml").read_text("utf-8"))["pairs"]


@pytest.mark.parametrize(("found", "said", "label"), PAIRS)
def test_pair(found: str, said: str, label: str) -> None:
    assert compare(found, said) is Match(label)
