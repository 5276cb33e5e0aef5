"""The weekday–date check, which needs no fact sheet."""

from __future__ import annotations

from datetime import date

import pytest

from checker.builtin.weekday import weekday_findings
from checker.sources.documents import make_document
from checker.text.segment import split_sentences

DATELINE = (date(2025, 10, 21),)


@pytest.mark.parametrize(
    ("text", "datelines", "flagged"),
    [
        ("The vote is on Wednesday, Oct. 21, 2025.", None, "Wednesday, Oct. 21, 2025"),
        ("The vote is on Tuesday, Oct. 21, 2025.", None, None),
        ("They meet on Monday (October 21st) in Paris.", DATELINE, "on Monday (October 21st)"),
        ("They met on Tuesday (October 21st) in Paris.", DATELINE, None),
        ("Talks resume Friday, October 24.", DATELINE, None),
        ("Talks resume Thursday, October 24.", DATELINE, "Thursday, October 24"),
        ("Talks resume Thursday, October 24.", None, None),  # no year, no dateline
        ("The 2024 poll was on Tuesday, Nov. 5, 2024.", DATELINE, None),
        ("The 2024 poll was on Monday, Nov. 5, 2024.", DATELINE, "Monday, Nov. 5, 2024"),
        ("On Friday, Trump spoke. October 21 was busy.", DATELINE, None),
        ("Sunday 19 October saw talks.", DATELINE, None),
        ("Saturday 19 October saw talks.", DATELINE, "Saturday 19 October"),
    ],
)
def test_weekday_and_date(
    text: str, datelines: tuple[date, ...] | None, flagged: str | None
) -> None:
    doc = make_document("a.txt", text)
    findings = weekday_findings(doc, split_sentences(doc.analysis), datelines)
    assert [f.quote.removeprefix("on ").removeprefix("On ") for f in findings] == (
        [flagged.removeprefix("on ")] if flagged else []
    )
    for finding in findings:
        assert finding.rule == "builtin.weekday-date"
        assert finding.severity.value == "warning"
