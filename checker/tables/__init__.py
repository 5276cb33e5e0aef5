"""Word tables shipped with factlint, made from other packages' data by
`python -m checker.tables.build` (tests/test_tables.py checks they are up to date), so
that a run reads one small file instead of building them at start-up."""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
ENGLISH = HERE / "english.txt"
COUNTRIES = HERE / "countries.tsv"


@cache
def english() -> frozenset[str]:
    """Lower-case English words, proper nouns left out (web2 and GCIDE, via english-words)."""
    return frozenset(ENGLISH.read_text("utf-8").split())


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """(folded form, folded country name) for every country with an ISO code: its name,
    demonym and longer other names (via countryinfo), the most populous country first."""
    lines = COUNTRIES.read_text("utf-8").splitlines()
    return tuple((form, key) for form, key in (line.split("\t") for line in lines))
