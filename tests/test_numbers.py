"""Unit tests of the number extractor and the tolerance rules, plus Hypothesis properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.numbers import Hedge, NumberMention, find_numbers
from checker.extract.quantity import Interval, consistent_interval, elapsed_interval

from .conftest import examples


def one(text: str, expr: str | None = None) -> NumberMention:
    """The single mention in ``text`` (or the one whose text is ``expr``)."""
    found = find_numbers(text)
    if expr is None:
        assert len(found) == 1, found
        return found[0]
    return next(m for m in found if m.text == expr)


# --- tolerance rules ---------------------------------------------------------------------


def test_exact_accepts_rounding_and_truncation() -> None:
    three_year = consistent_interval(one("The three-year war ground on."))
    assert three_year == Interval(2.5, 4, high_open=True)
    assert three_year.contains(3.66)
    assert three_year.contains(2.5)
    assert not three_year.contains(4)
    assert not consistent_interval(one("The two-year war ground on.")).contains(3.66)


def test_exact_half_granularity() -> None:
    m = one("The three-and-a-half-year siege ended.")
    assert (m.value, m.granularity) == (3.5, 0.5)
    assert consistent_interval(m) == Interval(3.25, 4, high_open=True)
    assert consistent_interval(m).contains(3.66)


def test_exact_scaled_amount() -> None:
    interval = consistent_interval(one("a €140-billion loan"))
    assert interval == Interval(135e9, 150e9, high_open=True)
    assert interval.contains(140e9)
    assert not interval.contains(163e9)


def test_exact_negative_mirrors_truncation() -> None:
    interval = consistent_interval(one("It was -5C overnight."))
    assert interval == Interval(-6, -4.5, low_open=True)
    assert interval.contains(-5.8)
    assert not interval.contains(-6)


def test_over() -> None:
    m = one("more than three-year war")
    assert (m.text, m.hedge) == ("more than three-year", Hedge.OVER)
    interval = consistent_interval(m)
    assert interval == Interval(3, math.inf, low_open=True)
    assert interval.contains(3.66)
    assert not interval.contains(3)


def test_under() -> None:
    interval = consistent_interval(one("Fewer than 100 delegates came."))
    assert interval == Interval(0, 100, high_open=True)
    assert interval.contains(99)
    assert not interval.contains(100)


def test_at_least() -> None:
    interval = consistent_interval(one("At least 40 people died."))
    assert interval == Interval(40, math.inf)
    assert interval.contains(40)
    assert not interval.contains(39)


def test_at_most() -> None:
    interval = consistent_interval(one("Up to 300 people may be trapped."))
    assert interval == Interval(0, 300)
    assert interval.contains(300)
    assert not interval.contains(301)


def test_nearly() -> None:
    interval = consistent_interval(one("after nearly four years of war"))
    assert interval == Interval(3, 4)
    assert interval.contains(3.66)
    assert not interval.contains(4.1)


def test_about() -> None:
    interval = consistent_interval(one("about 3,000 tonnes"))
    assert interval == Interval(2000, 4000)
    assert interval.contains(3400)
    assert not interval.contains(4100)


def test_ordinal_is_a_position_and_elapsed_time() -> None:
    m = one("The war, now in its fourth year, goes on.")
    assert (m.text, m.value, m.unit, m.ordinal) == ("fourth year", 4, "year", True)
    assert consistent_interval(m) == Interval(4, 4)
    elapsed = elapsed_interval(m)
    assert elapsed == Interval(3, 4)
    assert elapsed.contains(3.66)
    assert elapsed.contains(4)
    assert not elapsed.contains(4.01)


def test_elapsed_of_cardinal_is_consistent_interval() -> None:
    m = one("nearly four years")
    assert elapsed_interval(m) == consistent_interval(m)


@pytest.mark.parametrize(
    ("text", "granularity"),
    [
        ("8 people", 1), ("140 people", 10), ("2,500 people", 100), ("1.5 people", 0.1),
        ("25 people", 1), ("20 people", 10), ("eight people", 1), ("twenty people", 10),
        ("twenty-one people", 1), ("a dozen people", 1), ("1.5 million people", 0.1e6),
        ("140 billion euros", 10e9), ("half a million people", 0.5e6), ("1.50 euros", 0.01),
        ("fourth day", 1), ("two and a quarter hours", 0.25),
    ],
)
def test_granularity(text: str, granularity: float) -> None:
    assert math.isclose(one(text).granularity, granularity)


def test_interval_contains_and_overlaps() -> None:
    closed = Interval(1, 2)
    assert closed.contains(1)
    assert closed.contains(2)
    half_open = Interval(2, 3, low_open=True)
    assert not half_open.contains(2)
    assert not closed.overlaps(half_open)
    assert closed.overlaps(Interval(2, 5))
    assert Interval(0, math.inf).overlaps(Interval(100, 200))
    assert not Interval(0, 1, high_open=True).overlaps(Interval(1, 2))


# --- extraction ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit", "currency", "hedge"),
    [
        ("€140-billion ($163-billion)", "€140-billion", 140e9, None, "EUR", None),
        ("EUR 140 billion", "EUR 140 billion", 140e9, None, "EUR", None),
        ("140 billion euros", "140 billion euros", 140e9, None, "EUR", None),
        ("$163-billion", "$163-billion", 163e9, None, "USD", None),
        ("an estimated US$2.5bn", "an estimated US$2.5bn", 2.5e9, None, "USD", Hedge.ABOUT),
        ("~50 km", "~50 km", 50, "km", None, Hedge.ABOUT),
        ("just under 3%", "just under 3%", 3, "percent", None, Hedge.NEARLY),
        ("5 per cent", "5 per cent", 5, "percent", None, None),
        ("one hundred and twelve", "one hundred and twelve", 112, None, None, None),
        ("a year and a half", "a year and a half", 1.5, "year", None, None),
        ("for two weeks", "two weeks", 2, "week", None, None),
        ("the third day", "third day", 3, "day", None, None),
        ("no fewer than 14", "no fewer than 14", 14, None, None, Hedge.AT_LEAST),
        ("no more than 30 people", "no more than 30 people", 30, "person", None, Hedge.AT_MOST),
        ("half an hour", "half an hour", 0.5, "hour", None, None),
        ("10 000 troops", "10 000", 10000, None, None, None),
        ("it cost ₴40 million", "₴40 million", 40e6, None, "UAH", None),
        ("a 100m sprint", "100m", 100, "m", None, None),
        ("5m people", "5m people", 5e6, "person", None, None),
    ],
)
def test_forms(
    text: str, expr: str, value: float, unit: str | None, currency: str | None,
    hedge: Hedge | None,
) -> None:
    m = one(text, expr)
    assert math.isclose(m.value, value)
    assert (m.unit, m.currency, m.hedge) == (unit, currency, hedge)


def test_parenthetical_conversion() -> None:
    first, second = find_numbers("The bloc agreed a €140-billion ($163-billion) loan.")
    assert not first.parenthetical
    assert second.parenthetical
    assert find_numbers("a 10-mile (16 km) march")[1].parenthetical


def test_ordinals() -> None:
    assert one("the 21st strike").ordinal
    assert one("its fourth year").text == "fourth year"
    assert one("for the second time").ordinal
    assert find_numbers("for the first time") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of people were hurt.", "billions of dollars", "hundreds", "tens of thousands",
        "several thousand people", "October 21", "21 October 2025", "2025-10-21", "Oct. 16",
        "10:30", "in 2025", "since 2022", "by 2027", "the 1990s", "October 21st",
        "call +44 20 7946 0958", "Air Force One", "G7", "F-16", "COVID-19", "Article 5",
        "No. 10", "page 3", "no one", "one of the", "the one who", "24/7", "at 9am",
        "the 2024-25 season", "World War Two", "the Fourth of July", "the fourth of May",
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_one_before_a_noun() -> None:
    assert one("One person died.").value == 1


def test_curly_and_straight_apostrophes() -> None:
    for apostrophe in ("'", "’"):
        m = one(f"the country{apostrophe}s second-largest bank")
        assert (m.value, m.ordinal) == (2, True)


def test_range_offsets_are_absolute() -> None:
    text = "In 2025 there were 12 strikes. Then 40 more followed."
    start = text.index("Then")
    (m,) = find_numbers(text, start, len(text))
    assert (m.start, m.text) == (text.index("40"), "40")
    assert find_numbers(text, 0, text.index("12") + 1) == []


# --- properties ----------------------------------------------------------------------------

_PIECES = [
    "€", "$", "US$", "£", "(", ")", "-", "–", ",", ".", "%", "/", ":", "~", "½", "’", "'",
    "1", "12", "140", "2,500", "1.5", "2025", "21st", "bn", "m", "k", "km", "billion",
    "million", "a", "an", "half", "and", "dozen", "one", "three", "twenty", "hundred", "third",
    "fourth", "year", "years", "day", "per", "cent", "more", "than", "nearly", "about", "over",
    "up", "to", "at", "least", "the", "of", "October", "No", "people", "euros", "Article",
]
_texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_PIECES)).map(" ".join),
    st.lists(st.sampled_from([*_PIECES, " "])).map("".join),
)


@settings(max_examples=examples(400))
@given(text=_texts, data=st.data())
def test_find_numbers_never_raises_and_stays_in_range(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(-3, len(text) + 3))
    end = data.draw(st.one_of(st.none(), st.integers(-3, len(text) + 3)))
    found = find_numbers(text, start, end)
    low = min(max(start, 0), len(text))
    high = len(text) if end is None else min(max(end, low), len(text))
    previous_end = low
    for m in found:
        assert previous_end <= m.start < m.end <= high
        assert text[m.start : m.end] == m.text
        previous_end = m.end


@settings(max_examples=examples(300))
@given(text=st.lists(st.sampled_from(_PIECES)).map(" ".join))
def test_written_value_fits_its_interval(text: str) -> None:
    for m in find_numbers(text):
        if m.hedge not in (Hedge.OVER, Hedge.UNDER):
            assert consistent_interval(m).contains(m.value), m
