"""Sentence, clause and quotation splitting on news copy as scraped."""

from __future__ import annotations

import pytest

from checker.text.segment import (
    STRONG_BOUNDARY,
    WEAK_BOUNDARY,
    find_quotes,
    inside,
    split_sentences,
)


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump spoke. Putin listened.", ["Trump spoke.", "Putin listened."]),
        ("U.S. President Donald Trump spoke.", ["U.S. President Donald Trump spoke."]),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        (
            "Mr Trump met Mr. Zelensky. Dr. Ruth spoke.",
            ["Mr Trump met Mr. Zelensky.", "Dr. Ruth spoke."],
        ),
        ("Talks on Oct. 21 and Sept. 3 failed.", ["Talks on Oct. 21 and Sept. 3 failed."]),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
        ("J. D. Vance spoke. Then he left.", ["J. D. Vance spoke.", "Then he left."]),
        ("Summit on hold\nTrump spoke on Monday.", ["Summit on hold", "Trump spoke on Monday."]),
        (
            "A headline: Kyiv official\n\nBody text here.",
            ["A headline: Kyiv official", "Body text here."],
        ),
        (
            "The talks were long and\nhard, officials said.",
            ["The talks were long and\nhard, officials said."],
        ),
        ("It ended.Manage Preferences", ["It ended.", "Manage Preferences"]),
        (
            "Europe After Trump Call With Putin, Zelenskyy MeetingIt was expected.",
            ["Europe After Trump Call With Putin, Zelenskyy Meeting", "It was expected."],
        ),
        ('"We will win," he said. "No doubt."', ['"We will win," he said.', '"No doubt."']),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("News.Az reports citing media.", ["News.Az reports citing media."]),
        ("He said (in Brussels.) Then left.", ["He said (in Brussels.)", "Then left."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He called it "productive." Then', ['"productive."']),
        ("talks were “not easy”, he said", ["“not easy”"]),
        ("in 'tense' talks", ["'tense'"]),
        ("Putin's aide can't say", []),
        ("the ‘immediate future’ plans", ["‘immediate future’"]),
        (
            "Zelensky’s “Russia almost automatically became less interested,” he said",
            ["“Russia almost automatically became less interested,”"],
        ),
    ],
)
def test_quotes(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in find_quotes(text)] == quoted


def test_inside() -> None:
    spans = [(5, 10), (20, 30)]
    assert inside(spans, 6, 9)
    assert inside(spans, 20, 30)
    assert not inside(spans, 9, 11)
    assert not inside(spans, 0, 4)
    assert not inside([], 0, 1)


def test_clause_breaks() -> None:
    text = "Trump - who spoke with Putin the day before - denied it, and left; then (later) ate."
    strong = [m.start() for m in STRONG_BOUNDARY.finditer(text)]
    weak = [m.start() for m in WEAK_BOUNDARY.finditer(text)]
    assert [text[i : i + 2].strip()[:1] for i in strong] == ["-", "-", ";", "(", ")"]
    assert [text[i : i + 5].split()[0].rstrip(",") or "," for i in weak] == [",", "and", "then"]


def test_place_apposition_is_no_clause_break() -> None:
    text = "They met in Anchorage, Alaska, on Aug. 15."
    weak = [m.start() for m in WEAK_BOUNDARY.finditer(text)]
    assert [text[i : i + 6] for i in weak] == [", on A"]
