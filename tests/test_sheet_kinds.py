"""Sheet mistakes in titles, roles, states and the entity fields they use: one located
line each."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import UserError
from checker.sheet.load import load_sheets

GOOD = """\
story: demo
title: Demo story
entities:
  lavrov: {name: Sergei Lavrov, title: Russian Foreign Minister}
  ukraine: {name: Ukraine, kind: place}
facts:
  - id: tomahawks
    role: {recipient: ukraine}
    when: {trigger: [Tomahawk]}
  - id: summit
    state: {is: on-hold, states: {on-hold: [on hold], cancelled: [called off]}}
    when: {trigger: [summit]}
"""


def _load(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        (loaded,) = load_sheets([path])
    except UserError as err:
        return [str(p).removeprefix(f"{path}:") for p in err.problems]
    return [f.rule_name for f in loaded.sheet.checked_facts()]


def test_good_sheet_has_a_title_fact_per_titled_entity(tmp_path: Path) -> None:
    assert _load(tmp_path, GOOD) == ["tomahawks", "summit", "lavrov.title"]


def test_an_explicit_title_fact_replaces_the_entity_title(tmp_path: Path) -> None:
    text = GOOD + "  - {title: {of: lavrov, is: Russian Foreign Minister}, severity: info}\n"
    assert _load(tmp_path, text) == ["tomahawks", "summit", "lavrov.title"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title: Russian Foreign Minister", "title: top diplomat",
         "4:40: entities.lavrov.title: 'top diplomat' is not a title factlint can read"),
        ("title: Russian Foreign Minister", "house: Lavrow",
         "4:11: entities.lavrov: house spelling 'Lavrow' is not the name or a spelling"),
        ("kind: place}", "kind: place, part_of: europe}", "5:50: unknown entity 'europe'"),
        ("recipient: ukraine", "recipient: ukrane",
         "8:12: unknown entity 'ukrane'; did you mean 'ukraine'?"),
        ("{recipient: ukraine}", "{frames: ['{recipient} asked for {item}']}",
         "8:11: facts.0.role: name at least one role: recipient, supplier"),
        ("{recipient: ukraine}", "{recipient: ukraine, frames: ['{giver} asked for {item}']}",
         "8:40: facts.0.role.frames: unknown slot {giver}"),
        ("{recipient: ukraine}", "{recipient: ukraine, frames: ['asked for {item}']}",
         "8:40: facts.0.role.frames: 'asked for {item}' needs at least one role slot"),
        ("is: on-hold", "is: paused",
         "11:12: facts.1.state: 'paused' is not one of the states: on-hold, cancelled"),
        ("cancelled: [called off]", "cancelled: [on hold]",
         "11:12: facts.1.state: 'on hold' is listed under 'on-hold' and 'cancelled'"),
    ],
)
def test_mistakes_are_located(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in GOOD
    (problem,) = _load(tmp_path, GOOD.replace(old, new))
    assert problem.startswith(expected)


def test_title_fact_names_a_known_person(tmp_path: Path) -> None:
    text = GOOD + "  - {id: t, title: {of: lavorv, is: [Russian Foreign Minister]}}\n"
    assert _load(tmp_path, text) == ["13:25: unknown entity 'lavorv'; did you mean 'lavrov'?"]
