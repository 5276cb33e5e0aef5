"""Fuzzing: random sheets, articles and bytes never raise anything but the documented
errors, and every report renders in every format.

`make test` runs a few examples per property; a long run (see README, "Hostile input"):
    FACTLINT_FUZZ_EXAMPLES=200000 .venv/bin/pytest tests/test_hostile_fuzz.py -p no:cacheprovider
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import UserError
from checker.findings import DocumentReport
from checker.report import Format, render
from checker.runner.run import Options, check_items
from checker.sheet.load import load_sheet
from checker.sources.documents import UnreadableArticle, decode

from .conftest import RULES

EXAMPLES = int(os.environ.get("FACTLINT_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 25,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large],
)
ARTICLE_BITS = [
    "Rubio", "Lavrov", "Putin", "Trump", "Zelenskyy", " met ", " held a call ", " on ",
    "October 20", "Tuesday", "last week", "next year", "eight", "8", " leaders", "12", "€140bn",
    ".", "...", "!", "?", "…", "-", "--", "—", "\n", "\n\n", " ", '"', "“", "”", "'", "(", ")",
    "<", ">", "<p>", "</p>", "<!--", "-->", "<script>", "</script>", "<meta pubdate ",
    'content="2025-10-21">', "](", "[x](y)", "```", "---\n", "date: 2025-02-30\n",
    "&#" + "9" * 30 + ";", "&amp;", "&#x1F600;", "\x1b[2J", "\x07", "\x00", "\u202e", "İ", "ſ",
    "A" * 300, "-" * 100, "." * 200,
]
SUFFIXES = [".txt", ".md", ".html"]
SHEET_LINES = (RULES / "budapest-summit.yaml").read_text(encoding="utf-8").splitlines()
HOSTILE_VALUES = [
    ".nan", ".inf", "-.inf", "1.0e+309", "-5", "true", "on", "off", "''", "' '", "!!int abc",
    "!foo x", "&a [*a]", "*missing", "[[[[", "{", "2025-02-30", "9999-12-31", "0001-01-01",
    "A" * 500, "~", "[]", "{}", "!!binary aGk=", "'\x1b[2J'", "1e3", "0x1F", "-", "|",
]


def _render_all(reports: list[DocumentReport]) -> None:
    for fmt in Format:
        out = render(fmt, reports)
        if fmt is Format.JSON:
            json.loads(out)


@pytest.fixture(scope="module")
def loaded():  # type: ignore[no-untyped-def]
    from checker.sheet.load import load_sheets

    return load_sheets([RULES])


@FUZZ
@given(parts=st.lists(st.sampled_from(ARTICLE_BITS) | st.text(max_size=20), max_size=60),
       suffix=st.sampled_from(SUFFIXES))
def test_any_article(loaded, tmp_path: Path, parts: list[str], suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"a{suffix}"
    path.write_text("".join(parts), encoding="utf-8", errors="surrogatepass")
    reports = list(check_items([path], loaded, Options(verbose=True, time_budget=30)))
    assert len(reports) == 1
    assert reports[0].error is None or "internal error" not in reports[0].error, reports[0].error
    _render_all(reports)


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes(tmp_path: Path, data: bytes) -> None:
    with contextlib.suppress(UnreadableArticle):
        decode(data, "x")
    path = tmp_path / "b.md"
    path.write_bytes(data)
    reports = list(check_items([path], [], Options(time_budget=30)))
    assert reports[0].error is None or "internal error" not in reports[0].error, reports[0].error
    _render_all(reports)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, len(SHEET_LINES) - 1),
                                st.sampled_from(HOSTILE_VALUES), st.booleans()), max_size=4))
def test_any_sheet(tmp_path: Path, edits: list[tuple[int, str, bool]]) -> None:
    lines = list(SHEET_LINES)
    for index, value, whole in edits:
        line = lines[index]
        if whole or ":" not in line:
            lines[index] = value
        else:
            lines[index] = line.split(":", 1)[0] + ": " + value
    path = tmp_path / "sheet.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        sheet = load_sheet(path)
    except UserError as err:
        problems = err.problems
    else:
        problems = []
    if problems:
        assert all(str(p) for p in problems)
        return
    from checker.engine.document import Engine

    Engine([sheet])  # a valid sheet compiles
