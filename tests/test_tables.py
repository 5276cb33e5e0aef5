"""The shipped tables are what `python -m checker.tables.build` makes today."""

from __future__ import annotations

from checker import tables
from checker.tables import build


def test_english_table_is_up_to_date() -> None:
    assert tables.ENGLISH.read_text("utf-8") == build.english_text()


def test_country_table_is_up_to_date() -> None:
    assert tables.COUNTRIES.read_text("utf-8") == build.countries_text()


def test_tables_read_back() -> None:
    assert {"minister", "cost", "forest"} <= tables.english()
    assert not any(w[0].isupper() for w in tables.english())
    assert ("swiss", "switzerland") in tables.countries()
