"""Dateline inference from relative mentions of dated facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.engine.document import Engine, check_document
from checker.sheet.load import load_sheets
from checker.sources.documents import make_document

from .conftest import ROOT

SHEET = """\
story: demo
title: Demo
entities:
  rubio: {name: Marco Rubio}
  lavrov: {name: Sergei Lavrov}
  trump: {name: Donald Trump}
  zelensky: {name: Volodymyr Zelensky}
  brussels: {name: Brussels, kind: place}
facts:
  - id: diplomats-call
    date: 2025-10-20
    when: {mentions: [rubio, lavrov], trigger: [call, spoke]}
  - id: white-house-meeting
    date: 2025-10-17
    when: {mentions: [trump, zelensky], trigger: [meet]}
  - id: eu-summit
    date: 2025-10-23
    when: {mentions: [brussels], trigger: [summit]}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path: Path = tmp_path_factory.mktemp("sheet") / "demo.yaml"
    path.write_text(SHEET, encoding="utf-8")
    return Engine(load_sheets([path]))


def test_one_exact_clue(engine: Engine) -> None:
    report = check_document(engine, make_document("a.txt", "Rubio spoke to Lavrov yesterday."))
    assert report.dateline is not None
    assert (report.dateline.value, report.dateline.source) == ("2025-10-21", "inferred")
    assert report.dateline.evidence == (
        "line 1: 'yesterday' (demo.diplomats-call, dated 2025-10-20)",
    )
    assert report.findings == []


def test_clues_narrow_each_other(engine: Engine) -> None:
    text = "Trump met Zelensky last week. EU leaders gather at a Brussels summit on Thursday."
    report = check_document(engine, make_document("a.txt", text))
    assert report.dateline is not None
    assert report.dateline.value == "2025-10-20..2025-10-23"


def test_a_range_when_the_evidence_allows_several_days(engine: Engine) -> None:
    report = check_document(engine, make_document("a.txt", "Trump met Zelensky last week."))
    assert report.dateline is not None
    assert report.dateline.value == "2025-10-20..2025-10-26"


def test_the_odd_one_out_is_reported(engine: Engine) -> None:
    text = (
        "Rubio spoke to Lavrov yesterday.\n"
        "EU leaders meet at a Brussels summit on Thursday.\n"
        "Trump met Zelensky yesterday.\n"
        "Zelensky met Trump at the White House last week.\n"
    )
    report = check_document(engine, make_document("a.txt", text))
    assert report.dateline is not None
    assert report.dateline.value == "2025-10-21"
    assert [(f.rule, f.line, f.quote) for f in report.findings] == [
        ("demo.white-house-meeting", 3, "yesterday")
    ]


def test_days_that_tie_are_all_kept(engine: Engine) -> None:
    text = "Rubio spoke to Lavrov yesterday. Trump met Zelensky yesterday."
    report = check_document(engine, make_document("a.txt", text))
    assert report.dateline is not None
    assert report.dateline.value == "2025-10-18 or 2025-10-21"
    assert report.findings == []


def test_no_clue_means_no_dateline_and_a_note(engine: Engine) -> None:
    report = check_document(engine, make_document("a.txt", "Trump met Zelensky in Washington."))
    assert report.dateline is None
    assert report.notes == ["no dateline found: relative dates were not checked"]
    assert report.findings == []


def test_absolute_dates_are_checked_without_a_dateline(engine: Engine) -> None:
    report = check_document(
        engine, make_document("a.txt", "Rubio and Lavrov held a call on Oct. 19.")
    )
    assert [(f.rule, f.found) for f in report.findings] == [("demo.diplomats-call", "2025-10-19")]


def test_an_explicit_dateline_is_not_second_guessed(engine: Engine) -> None:
    doc = make_document("a.txt", " date 2025-10-22\nRubio spoke to Lavrov yesterday.")
    report = check_document(engine, doc)
    assert report.dateline is not None
    assert (report.dateline.value, report.dateline.source) == ("2025-10-22", "text")
    assert [f.found for f in report.findings] == ["2025-10-21"]


CASES = yaml.safe_load((ROOT / "tests" / "data" / "datelines.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def case_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path: Path = tmp_path_factory.mktemp("cases") / "dl.yaml"
    path.write_text(yaml.safe_dump(CASES["sheet"], sort_keys=False), encoding="utf-8")
    return Engine(load_sheets([path]))


def _words(entries: tuple[str, ...] | list[str], prefix: str = "") -> list[str]:
    """The quoted words of evidence or notes lines: "line 1: 'yesterday' (…)"."""
    return [e.split("'")[1] for e in entries if e.startswith(prefix)]


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: str(c["text"])[:40])
def test_dateline_case(case_engine: Engine, case: dict[str, Any]) -> None:
    report = check_document(case_engine, make_document("a.txt", case["text"]), verbose=True)
    inferred = report.dateline.value if report.dateline else None
    want = case["dateline"]
    assert inferred == (None if want is None else str(want)), case["text"]
    if "used" in case:
        assert report.dateline is not None
        assert _words(report.dateline.evidence) == case["used"]
    unused = _words(report.notes, "dateline inference did not use")
    assert unused == case.get("unused", []), case["text"]


def test_a_sheet_without_dated_facts_takes_its_story_time_from_its_sources(
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "ferry.yaml"
    sheet.write_text(
        "story: ferry\ntitle: A ferry race\n"
        "sources:\n"
        "  harbour-post: {outlet: Harbour Post, date: 2024-05-08}\n"
        "  coast-news: {outlet: Coast News, date: 2024-05-10}\n"
        "  almanac: {outlet: Almanac}\n"
        "entities:\n"
        "  solvik: {name: Ragna Solvik}\n"
        "facts:\n"
        "  - {id: solvik-age, age: {of: solvik, born: 1983-09-01}}\n",
        encoding="utf-8",
    )
    engine = Engine(load_sheets([sheet]))
    assert engine.story_time is not None
    first, last = engine.story_time
    assert first.year == 2024 and last.year == 2024
    undated = make_document("a.txt", "The 44-year-old Ragna Solvik won the race.\n")
    [finding] = check_document(engine, undated).findings
    assert finding.rule == "ferry.solvik.age" and finding.found == "44"
