"""Properties that hold for any input: no crash, offsets inside the text."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.engine.document import Engine, check_document
from checker.sources.documents import make_document
from checker.text.fold import fold
from checker.text.segment import find_quotes, split_sentences

from .conftest import examples

NEWSY = st.lists(
    st.sampled_from(
        [
            "Trump",
            "Putin",
            "Zelenskyy",
            "Lavrov",
            "Rubio",
            "spoke",
            "met",
            "call",
            "summit",
            "Brussels",
            "London",
            "Alaska",
            "on",
            "Friday",
            "last",
            "week",
            "yesterday",
            "the day",
            "before",
            "a day later",
            "Oct.",
            "21",
            "October 17",
            "€140-billion",
            "($163-billion)",
            "loan",
            "eight",
            "leaders",
            "joint statement",
            "three-and-a-half-year",
            "war",
            '"',
            "“",
            "”",
            "'",
            "’s",
            ",",
            ".",
            " - ",
            "\n",
            "\n\n",
            "U.S.",
            "Mr",
            "in",
            "2025",
            "Tomahawk",
            "called off",
            "on hold",
            "Defence Minister",
            "Zelenksy",
            "(",
            ")",
            ";",
            "Wednesday,",
        ]
    ),
    max_size=60,
).map(" ".join)
TEXT = st.one_of(st.text(max_size=400), NEWSY)


@given(st.text(max_size=300))
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(TEXT)
def test_sentences_and_quotes_lie_inside_the_text(text: str) -> None:
    last = 0
    for sentence in split_sentences(text):
        assert last <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
        last = sentence.end
    for start, end in find_quotes(text):
        assert 0 <= start < end <= len(text)


@settings(max_examples=examples(150), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, dated=st.booleans(), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_check_never_crashes_and_points_inside(
    sheets: Any, text: str, dated: bool, suffix: str
) -> None:
    engine = _engine(sheets)
    prefix = " date 2025-10-21 " if dated else ""
    doc = make_document("a" + suffix, prefix + text)
    report = check_document(engine, doc, verbose=True)
    lines = doc.text.split("\n")
    for finding in report.findings:
        assert 1 <= finding.line <= len(lines)
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1
        assert (finding.line, finding.column) <= (finding.end_line, finding.end_column)
        assert finding.quote and finding.quote in doc.text


_ENGINES: dict[int, Engine] = {}


def _engine(sheets: Any) -> Engine:
    return _ENGINES.setdefault(id(sheets), Engine(sheets))
