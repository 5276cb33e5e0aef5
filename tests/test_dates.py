"""Unit tests for date extraction and resolution, plus Hypothesis properties of find_dates."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.extract.dates import find_dates
from checker.extract.tense import weekday_direction
from checker.extract.timeline import (
    Absolute,
    Anaphoric,
    DateExpr,
    DateValue,
    DayRange,
    Relative,
    resolve,
    resolve_anaphoric,
    resolve_yearless,
)

TUE = date(2025, 10, 21)  # a Tuesday
SUN = date(2025, 6, 15)  # a Sunday


def days(*ds: date) -> DateValue:
    return DateValue(tuple(DayRange.day(d) for d in ds))


def span(first: date, last: date) -> DateValue:
    return DateValue((DayRange(first, last),))


def only(text: str) -> DateExpr:
    (mention,) = find_dates(text)
    return mention.expr


# --- value types --------------------------------------------------------------------------


def test_dayrange_basics() -> None:
    week = DayRange(date(2025, 10, 13), date(2025, 10, 19))
    assert week.contains(date(2025, 10, 16))
    assert not week.contains(date(2025, 10, 20))
    assert week.overlaps(DayRange.day(date(2025, 10, 19)))
    assert not week.overlaps(DayRange.day(date(2025, 10, 20)))
    assert str(week) == "2025-10-13..2025-10-19"
    assert str(DayRange.day(TUE)) == "2025-10-21"
    assert DayRange.day(TUE) < DayRange.day(date(2025, 10, 22))


def test_datevalue_overlaps_any_candidate() -> None:
    value = days(date(2025, 10, 17), date(2025, 10, 10))
    assert value.overlaps(DayRange.day(date(2025, 10, 10)))
    assert not value.overlaps(DayRange.day(date(2025, 10, 11)))
    assert str(value) == "2025-10-17 or 2025-10-10"


# --- resolution: absolute -----------------------------------------------------------------


def test_absolute_with_year() -> None:
    assert resolve(Absolute(2025, 10, 21), None) == days(TUE)
    assert resolve(Absolute(2025, 9, None), None) == span(date(2025, 9, 1), date(2025, 9, 30))
    assert resolve(Absolute(2024, None, None), None) == span(date(2024, 1, 1), date(2024, 12, 31))
    assert resolve(Absolute(2025, 2, 29), TUE) is None


def test_yearless_takes_nearest_year() -> None:
    assert resolve(Absolute(None, 12, 30), date(2026, 1, 2)) == days(date(2025, 12, 30))
    assert resolve(Absolute(None, 1, 15), date(2025, 12, 31)) == days(date(2026, 1, 15))
    assert resolve(Absolute(None, 1, None), TUE) == span(date(2026, 1, 1), date(2026, 1, 31))
    assert resolve(Absolute(None, 2, 29), date(2025, 3, 1)) == days(date(2024, 2, 29))


def test_yearless_without_dateline() -> None:
    expr = Absolute(None, 12, 4)
    assert resolve(expr, None) is None
    assert resolve_yearless(expr, 2023) == days(date(2023, 12, 4))
    assert resolve_yearless(Absolute(None, 2, 29), 2025) == DateValue(())
    assert resolve_yearless(Absolute(None, 5, None), 2025) == span(
        date(2025, 5, 1), date(2025, 5, 31)
    )


def test_weekday_written_with_date_is_ignored_by_resolution() -> None:
    assert resolve(Absolute(None, 10, 21, weekday=2), TUE) == days(TUE)


# --- resolution: relative -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(-1, date(2025, 10, 20)), (0, TUE), (1, date(2025, 10, 22)), (-2, date(2025, 10, 19))],
)
def test_relative_day(offset: int, expected: date) -> None:
    assert resolve(Relative("day", offset), TUE) == days(expected)


def test_relative_needs_dateline() -> None:
    assert resolve(Relative("day", 0), None) is None
    assert resolve(Relative("week", -1), None) is None


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (1, "past", TUE),  # "said Tuesday" in a Tuesday article is today
        (1, "future", TUE),
        (3, "past", date(2025, 10, 16)),
        (3, "future", date(2025, 10, 23)),
        (0, "past", date(2025, 10, 20)),
        (0, "future", date(2025, 10, 27)),
        (3, "this", date(2025, 10, 23)),
        (0, "this", date(2025, 10, 20)),
    ],
)
def test_bare_and_this_weekday(weekday: int, direction: str, expected: date) -> None:
    expr = Relative("weekday", 0, weekday, direction)  # type: ignore[arg-type]
    assert resolve(expr, TUE) == days(expected)


def test_weekday_unknown_direction_is_unresolved() -> None:
    assert resolve(Relative("weekday", 0, 3, "unknown"), TUE) is None


def test_last_weekday_ambiguous_within_the_week() -> None:
    last = Relative("weekday", -1, 4, "past")
    assert resolve(last, TUE) == days(date(2025, 10, 17))
    assert resolve(last, SUN) == days(date(2025, 6, 13), date(2025, 6, 6))
    assert resolve(Relative("weekday", -1, 1, "past"), TUE) == days(date(2025, 10, 14))


def test_next_weekday_ambiguous_within_the_week() -> None:
    nxt = Relative("weekday", 1, 3, "future")
    assert resolve(nxt, TUE) == days(date(2025, 10, 23), date(2025, 10, 30))
    assert resolve(Relative("weekday", 1, 0, "future"), TUE) == days(date(2025, 10, 27))
    assert resolve(Relative("weekday", 1, 0, "future"), SUN) == days(date(2025, 6, 16))


def test_periods() -> None:
    assert resolve(Relative("week", -1), TUE) == span(date(2025, 10, 13), date(2025, 10, 19))
    assert resolve(Relative("week", 0, part="earlier"), TUE) == span(date(2025, 10, 20), TUE)
    assert resolve(Relative("week", 0, part="later"), TUE) == span(TUE, date(2025, 10, 26))
    assert resolve(Relative("month", -1), date(2025, 1, 10)) == span(
        date(2024, 12, 1), date(2024, 12, 31)
    )
    assert resolve(Relative("month", 1), date(2024, 1, 31)) == span(
        date(2024, 2, 1), date(2024, 2, 29)
    )
    assert resolve(Relative("year", 0, part="earlier"), TUE) == span(date(2025, 1, 1), TUE)
    assert resolve(Relative("week", 1), date(2024, 12, 30)) == span(
        date(2025, 1, 6), date(2025, 1, 12)
    )


# --- resolution: anaphoric ----------------------------------------------------------------


def test_anaphoric_shifts_anchor() -> None:
    thu = DayRange.day(date(2025, 10, 16))
    assert resolve_anaphoric(Anaphoric("day", 1, 1, "preceding"), thu) == days(date(2025, 10, 17))
    assert resolve_anaphoric(Anaphoric("day", 1, 6, "preceding"), thu) == span(
        date(2025, 10, 17), date(2025, 10, 22)
    )
    assert resolve_anaphoric(Anaphoric("week", -1, -1, "preceding"), thu) == span(
        date(2025, 10, 6), date(2025, 10, 12)
    )
    assert resolve_anaphoric(Anaphoric("month", 1, 1, "preceding"), thu) == span(
        date(2025, 11, 1), date(2025, 11, 30)
    )
    assert resolve_anaphoric(Anaphoric("year", -1, -1, "following"), thu) == span(
        date(2024, 1, 1), date(2024, 12, 31)
    )


# --- extraction ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr_text", "expr"),
    [
        ("Talks opened on Oct 16 in Doha.", "on Oct 16", Absolute(None, 10, 16, direction="past")),
        ("It was signed on Oct. 21, 2025.", "on Oct. 21, 2025", Absolute(2025, 10, 21)),
        ("Polls close 21 October 2025.", "21 October 2025", Absolute(2025, 10, 21)),
        ("Filed 2025-10-21 in Ohio.", "2025-10-21", Absolute(2025, 10, 21)),
        ("It rained in September.", "in September", Absolute(None, 9, None, direction="past")),
        ("Harvest peaks mid-October.", "mid-October", Absolute(None, 10, None)),
        ("Growth slowed in 2025.", "in 2025", Absolute(2025, None, None)),
        ("Held since 2022.", "2022", Absolute(2022, None, None)),
        (
            "Polls open Wednesday, Oct. 22, 2025.",
            "Wednesday, Oct. 22, 2025",
            Absolute(2025, 10, 22, 2),
        ),
        (
            "Rain on Monday (October 21st) hit.",
            "on Monday (October 21st)",
            Absolute(None, 10, 21, 0, "past"),
        ),
        ("He resigned last Friday.", "last Friday", Relative("weekday", -1, 4, "past")),
        ("It opens next Thursday.", "next Thursday", Relative("weekday", 1, 3, "future")),
        ("It opens this Thursday.", "this Thursday", Relative("weekday", 0, 3, "this")),
        ("They met last night.", "last night", Relative("day", -1)),
        ("Rates rose earlier this week.", "earlier this week", Relative("week", 0, part="earlier")),
        ("It happened todaythere.", "today", Relative("day", 0)),
        ("He said yesterdaythe plan failed.", "yesterday", Relative("day", -1)),
        ("The day before yesterday it snowed.", "The day before yesterday", Relative("day", -2)),
        ("A day later he quit.", "A day later", Anaphoric("day", 1, 1, "preceding")),
        (
            "Two days after the summit it failed.",
            "Two days after",
            Anaphoric("day", 2, 2, "following"),
        ),
        ("Weeks earlier it had warned.", "Weeks earlier", Anaphoric("week", -6, -1, "preceding")),
        ("She left the same day.", "the same day", Anaphoric("day", 0, 0, "preceding")),
    ],
)
def test_find_dates_forms(text: str, expr_text: str, expr: DateExpr | None) -> None:
    mentions = find_dates(text)
    assert [m.text for m in mentions] == [expr_text]
    if expr is not None:
        assert mentions[0].expr == expr


@pytest.mark.parametrize(
    "text",
    [
        "Officials may extend the ban.",
        "Protesters will March on the capital.",
        "The army sent 2025 troops.",
        "It ran in the Sunday Times.",
        "The home side won 21-17.",
        "Call 0800 2025 1017 now.",
        "Black Friday sales were strong.",
        "Theresa May spoke.",
        "The museum is closed on Mondays.",
        "The plant opens a year later than planned.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_dates(text) == []


# Letters that IGNORECASE matches to ASCII ones (İ ı ſ and the Kelvin sign), and those.
_ASCII_TWINS = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K"})


@pytest.mark.parametrize(
    "text",
    [
        "fıve days ago",
        "FİVE days ago",
        "ſix weeks ago",
        "Fıve dayſ after the vote",
        "ſeveral days later",
        "in laſt year's budget",
        "laſt Friday",
        "the day before yeſterday",
    ],
)
def test_letters_ignorecase_folds_read_as_their_ascii_twins(text: str) -> None:
    twin = text.translate(_ASCII_TWINS)
    found = [(m.start, m.end, m.expr) for m in find_dates(text)]
    assert found
    assert found == [(m.start, m.end, m.expr) for m in find_dates(twin)]


def test_possessive_weekday_and_apostrophes() -> None:
    for text in ("Thursday's summit will decide.", "Thursday’s summit will decide."):
        (m,) = find_dates(text)
        assert m.text == "Thursday"
        assert m.expr == Relative("weekday", 0, 3, "future")


def test_offsets_are_absolute_within_a_sub_range() -> None:
    text = "Intro. Trump spoke with Putin on Thursday. Outro on Friday."
    start = text.index("Trump")
    end = text.index(" Outro")
    (m,) = find_dates(text, start, end)
    assert (m.text, text[m.start : m.end]) == ("on Thursday", "on Thursday")
    assert m.expr == Relative("weekday", 0, 3, "past")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("a U.S. official said Tuesday", "Tuesday", "past"),
        (
            "EU leaders are set to close ranks at a Brussels summit on Thursday",
            "on Thursday",
            "future",
        ),
        ("which will be discussed at Thursday's summit in Brussels", "Thursday", "future"),
        ("The EU is holding a summit in Brussels on Thursday", "on Thursday", "future"),
        (
            "after a phone call with Putin last week and a subsequent meeting with Zelensky"
            " on Friday, Trump shifted his position",
            "on Friday",
            "past",
        ),
        (
            "In comments made on board Air Force One on Sunday, Mr Trump made no references",
            "on Sunday",
            "past",
        ),
        ("He met the envoy on Sunday and will fly to Amman on Thursday", "on Sunday", "past"),
        ("The summit on Friday", "on Friday", "unknown"),
        ("“We will sign on Friday,” he said", "on Friday", "future"),
    ],
)
def test_weekday_direction(text: str, word: str, expected: str) -> None:
    start = text.index(word)
    assert weekday_direction(text, start, start + len(word)) == expected


# --- properties ---------------------------------------------------------------------------

_WORDS = (
    "on", "in", "last", "next", "this", "the", "a", "day", "days", "later", "before", "after",
    "ago", "May", "March", "Oct.", "Sept", "Monday", "Tuesday", "Friday's", "today", "tonight",
    "yesterday", "tomorrow", "week", "month", "year", "2025", "2024-", "21st", "of", "mid-",
    "early", "will", "said", "was",
)  # fmt: skip
_ALPHABET = st.sampled_from([*"0123456789 ,.;:-–—()'’\"“”\n", *_WORDS])
_NEWSY = st.lists(_ALPHABET, max_size=40).map("".join)


@given(st.one_of(st.text(), _NEWSY), st.data())
def test_find_dates_properties(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    mentions = find_dates(text, start, end)
    last = start
    for m in mentions:
        assert start <= m.start <= m.end <= end
        assert m.start >= last
        assert text[m.start : m.end] == m.text
        last = m.end
