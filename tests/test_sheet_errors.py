"""Every way a fact sheet can be wrong gives one located line and exit code 2."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.errors import UserError
from checker.sheet.load import load_sheets

GOOD = """\
story: demo
title: Demo story
entities:
  trump: {name: Donald Trump}
facts:
  - id: call
    date: 2025-10-16
    when: {mentions: [trump], trigger: [call]}
"""


def _problems(tmp_path: Path, text: str, name: str = "story.yaml") -> list[str]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_sheets([path])
    return [str(p) for p in info.value.problems]


def test_good_sheet_loads(tmp_path: Path) -> None:
    path = tmp_path / "story.yaml"
    path.write_text(GOOD, encoding="utf-8")
    (loaded,) = load_sheets([path])
    assert loaded.stem == "story"
    assert loaded.sheet.facts[0].id == "call"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GOOD.replace("title: Demo story", "title: [Demo"),
            "story.yaml:3:9: malformed YAML",
        ),
        (
            GOOD.replace("    when:", "    wen:"),
            "story.yaml:8:5: unknown key 'wen' in facts.0; did you mean 'when'?",
        ),
        (
            GOOD.replace("trigger: [call]", "triger: [call]"),
            "story.yaml:8:31: unknown key 'triger' in facts.0.when; did you mean 'trigger'?",
        ),
        (GOOD.replace("2025-10-16", "2025-13-40"), "story.yaml:7:11: facts.0.date: not a date"),
        (
            GOOD.replace("date: 2025-10-16", "count: {value: [8], of: [leader]}"),
            "story.yaml:7:20: facts.0.count.value: not a value over time: 8",
        ),
        (
            GOOD.replace("date: 2025-10-16", "amount: {value: 5, unit: kilometr}"),
            "story.yaml:7:30: facts.0.amount.unit: unknown unit 'kilometr'; "
            "did you mean 'kilometre'?",
        ),
        (
            GOOD.replace("date: 2025-10-16", "amount: {value: lots, currency: EUR}"),
            "story.yaml:7:21: facts.0.amount.value: not a figure: 'lots'",
        ),
        (
            GOOD.replace("date: 2025-10-16", "amount: {value: 5, currency: euro}"),
            "story.yaml:7:34: facts.0.amount.currency: unknown currency 'euro'; "
            "did you mean 'EUR' (Euro)?",
        ),
        (
            GOOD.replace("mentions: [trump]", "mentions: [trmp]"),
            "story.yaml:8:23: unknown entity 'trmp'; did you mean 'trump'?",
        ),
        (
            GOOD + "  - id: call\n    date: 2025-10-17\n    when: {trigger: [call]}\n",
            "story.yaml:9:9: duplicate fact id 'call'",
        ),
        (
            GOOD.replace("    date: 2025-10-16\n", ""),
            "story.yaml:6:5: facts.0: a fact needs exactly one value key: date, count",
        ),
        (
            GOOD.replace("date: 2025-10-16", "date: 2025-10-16\n    count: {value: 8, of: [x]}"),
            "story.yaml:6:5: facts.0: a fact needs exactly one value key",
        ),
        (
            GOOD.replace("date: 2025-10-16", "rnak: {value: 10}"),
            "story.yaml:6:5: facts.0: a fact needs exactly one value key",
        ),
        (
            GOOD.replace("date: 2025-10-16", "rnak: {value: 10}"),
            "; did you mean 'rank' for 'rnak'?",
        ),
        (
            GOOD.replace("id: call", "id: Call Fact"),
            "story.yaml:6:9: facts.0.id: 'Call Fact' is not kebab-case",
        ),
        (
            GOOD.replace("trigger: [call]", "trigger: []"),
            "story.yaml:8:40: facts.0.when.trigger: List should have at least 1 item",
        ),
        (GOOD.replace("title: Demo story\n", ""), "story.yaml:1:1: missing key 'title'"),
        (
            GOOD.replace("title: Demo story", "title: Demo story\ntitle: Again"),
            "story.yaml:3:1: duplicate key 'title'",
        ),
        (
            GOOD.replace("call]}", "call]}\n    cite: [nowhere]"),
            "story.yaml:9:12: unknown source 'nowhere'",
        ),
        ("- just a list\n", "story.yaml:1:1: a fact sheet is a mapping"),
        (
            GOOD.replace("trump: {name: Donald Trump}", "trump: {name: Donald Trump, kind: robot}"),
            "story.yaml:4:37: entities.trump.kind: Input should be 'person'",
        ),
    ],
    ids=[
        "malformed",
        "unknown-key",
        "unknown-nested-key",
        "bad-date",
        "wrong-type",
        "bad-unit",
        "bad-amount",
        "bad-currency",
        "unknown-entity",
        "duplicate-id",
        "no-kind",
        "two-kinds",
        "misspelled-kind",
        "misspelled-kind-hint",
        "bad-id",
        "empty-trigger",
        "missing-key",
        "duplicate-key",
        "unknown-source",
        "not-a-mapping",
        "bad-enum",
    ],
)
def test_problem_is_located(tmp_path: Path, text: str, expected: str) -> None:
    problems = _problems(tmp_path, text)
    assert len(problems) == 1, problems
    assert problems[0].startswith(str(tmp_path))
    assert expected in problems[0]


def test_malformed_yaml_says_where_the_construct_began(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, GOOD.replace("title: Demo story", "title: [Demo"))
    assert "expected ',' or ']'" in problem
    assert problem.endswith("(while parsing a flow sequence at line 2, column 8)")


def test_all_problems_of_all_sheets_at_once(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD.replace("when:", "wen:"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD.replace("2025-10-16", "soon"), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_sheets([tmp_path])
    text = "\n".join(str(p) for p in info.value.problems)
    assert "a.yaml:8:5: unknown key 'wen'" in text
    assert "b.yaml:7:11: facts.0.date: not a date" in text


def test_cli_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("when:", "wen:"), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Trump called.", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(article), "--rules", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml:8:5: unknown key 'wen'" in result.output
    assert "Traceback" not in result.output


def test_missing_rules_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["rules", "validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "no such fact sheet" in result.output


def test_bundled_rules_are_valid() -> None:
    result = CliRunner().invoke(app, ["rules", "validate", "rules"])
    assert result.exit_code == 0, result.output
