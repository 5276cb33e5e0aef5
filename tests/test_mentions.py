"""Entity mentions: one automaton over folded text finds names in every usual form."""

from __future__ import annotations

import pytest

from checker.engine.matcher import Matcher, Role
from checker.engine.views import longest
from checker.sheet.load import load_sheets
from checker.text.fold import fold

SHEET = """\
story: mentions
title: Mentions
entities:
  putin: {name: Vladimir Putin, refs: [Russian president]}
  trump: {name: Donald Trump}
  lavrov: {name: Sergei Lavrov, spellings: [Sergey Lavrov]}
  sikorski: {name: Radoslaw Sikorski}
  obrien: {name: Robert O'Brien}
  us: {name: United States, kind: place, refs: [US, U.S.]}
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    path = tmp_path_factory.mktemp("sheet") / "mentions.yaml"
    path.write_text(SHEET, encoding="utf-8")
    return Matcher(load_sheets([path]))


def _named(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    hits = [h for h in matcher.scan(fold(text), text) if h.role is Role.ENTITY]
    return [(matcher.entities[h.target].key.split(".")[1], text[h.start : h.end])
            for h in longest(hits)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin's demands", [("putin", "Putin")]),
        ("Putin’s demands", [("putin", "Putin")]),
        ("the Trump-Putin summit", [("trump", "Trump"), ("putin", "Putin")]),
        ("the Trump–Putin summit", [("trump", "Trump"), ("putin", "Putin")]),
        ("Foreign Minister Sergei Lavrov said", [("lavrov", "Sergei Lavrov")]),
        ("Sergey Lavrov, and later Lavrov again",
         [("lavrov", "Sergey Lavrov"), ("lavrov", "Lavrov")]),
        ("Radosław Sikorski warned", [("sikorski", "Radosław Sikorski")]),
        ("RADOSLAW SIKORSKI WARNED", [("sikorski", "RADOSLAW SIKORSKI")]),
        ("Robert O’Brien and O'Brien", [("obrien", "Robert O’Brien"), ("obrien", "O'Brien")]),
        ("the Russian president and the U.S. envoy",
         [("putin", "Russian president"), ("us", "U.S.")]),
        ("let us talk to putin", []),  # a capitalised name needs its capital
        ("Putinism and Trumpian politics", []),  # whole words only
    ],
)
def test_names_in_every_form(matcher: Matcher, text: str, expected: list[tuple[str, str]]) -> None:
    assert _named(matcher, text) == expected


def test_refs_are_marked(matcher: Matcher) -> None:
    text = "Russian president Vladimir Putin"
    hits = longest(h for h in matcher.scan(fold(text), text) if h.role is Role.ENTITY)
    assert [(text[h.start : h.end], h.ref) for h in hits] == [
        ("Russian president", True), ("Vladimir Putin", False)
    ]
