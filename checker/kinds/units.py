"""Units and currencies a sheet may name, read with the same words as the copy.

A sheet's `unit` is any name the number reader knows ("kilometre", "km", "kilometers",
"mph", "°F", "degrees Fahrenheit", "per cent", "percentage point" …): it is kept as the
reader's own name for it, so `unit: kilometre` matches "195 million km". A unit of the same
measure converts ("1,900 °C" is checked against 3,500 °F). A plain noun the reader does
not know as a unit ("share", "seat") is a counted noun: the number must count it ("22.48
Credit Suisse shares"). A name close to a known unit but not one ("kilometr") is an error.
`currency` is an ISO 4217 code that pycountry knows.

Conversions use a small table for the units the reader knows, not pint: pint builds its
registry in about 3.5 s, more than checking an article takes.
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.number_lexicon import UNITS

# unit → (measure, factor to the measure's base unit); temperatures convert apart.
_FACTORS: dict[str, tuple[str, float]] = {
    "km": ("length", 1000.0), "m": ("length", 1.0), "cm": ("length", 0.01),
    "mm": ("length", 0.001), "mile": ("length", 1609.344), "nautical mile": ("length", 1852.0),
    "ft": ("length", 0.3048), "inch": ("length", 0.0254),
    "km2": ("area", 1e6), "square mile": ("area", 2_589_988.110336),
    "hectare": ("area", 1e4), "acre": ("area", 4046.8564224),
    "tonne": ("mass", 1000.0), "kg": ("mass", 1.0), "lb": ("mass", 0.45359237),
    "litre": ("volume", 0.001), "m3": ("volume", 1.0), "gallon": ("volume", 0.003785411784),
    "mph": ("speed", 0.44704), "km/h": ("speed", 1 / 3.6), "knot": ("speed", 1852 / 3600),
    "MW": ("power", 1e6), "GW": ("power", 1e9),
    "year": ("time", 31_556_952.0), "month": ("time", 2_629_746.0), "week": ("time", 604_800.0),
    "day": ("time", 86_400.0), "hour": ("time", 3600.0), "minute": ("time", 60.0),
    "second": ("time", 1.0),
}
_TEMPERATURES = ("celsius", "fahrenheit")
_EXTRA_FORMS = {("degree", "fahrenheit"): "fahrenheit", ("°", "f"): "fahrenheit",
                ("°", "c"): "celsius", ("°f",): "fahrenheit", ("°c",): "celsius"}


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W\d_]+|\d|[^\w\s]", name.lower()))


@cache
def _known() -> dict[tuple[str, ...], str]:
    known = {**UNITS, **_EXTRA_FORMS}
    for unit in set(UNITS.values()):
        known.setdefault(_tokens(unit), unit)
    return known


def known_units() -> list[str]:
    """The reader's names for the units, for messages."""
    return sorted(set(_known().values()), key=str.lower)


def read_unit(name: str) -> str:
    """The reader's name for a sheet's unit; a plain noun is kept as a counted noun."""
    key = _tokens(name)
    unit = _known().get(key)
    if unit is not None:
        return unit
    forms = [" ".join(k) for k in _known()]
    from rapidfuzz import fuzz, process

    close = process.extractOne(" ".join(key), forms, scorer=fuzz.ratio, score_cutoff=80)
    plain = re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", name.strip()) is not None
    if close is None and plain:
        return name.strip().lower()
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise ValueError(
        f"unknown unit {name!r}; {hint}known units: {', '.join(known_units())}; "
        "or a plain noun that the number counts, such as 'share'"
    )


def is_measure(unit: str) -> bool:
    """Whether the unit is one the reader knows (not a counted noun)."""
    return unit in set(_known().values())


def convertible(one: str, other: str) -> bool:
    """Whether a quantity in `one` can be written in `other`."""
    if one == other:
        return True
    if one in _TEMPERATURES and other in _TEMPERATURES:
        return True
    a, b = _FACTORS.get(one), _FACTORS.get(other)
    return a is not None and b is not None and a[0] == b[0]


def convert(value: float, unit: str, to: str) -> float:
    """`value` in `unit` written in `to` (they must be `convertible`)."""
    if unit == to:
        return value
    if unit in _TEMPERATURES:
        return value * 9 / 5 + 32 if to == "fahrenheit" else (value - 32) * 5 / 9
    return value * _FACTORS[unit][1] / _FACTORS[to][1]


@cache
def _currencies() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.name for c in pycountry.currencies}


def read_currency(code: str) -> str:
    """An ISO 4217 code, checked against pycountry's list."""
    found = code.strip().upper()
    if found in _currencies():
        return found
    from rapidfuzz import fuzz, process

    names = {name.lower(): c for c, name in _currencies().items()}
    by_name = process.extractOne(code.strip().lower(), list(names), scorer=fuzz.WRatio,
                                 score_cutoff=85)
    close = process.extractOne(found, list(_currencies()), scorer=fuzz.ratio, score_cutoff=60)
    guess = names[by_name[0]] if by_name else close[0] if close else None
    hint = f"did you mean '{guess}' ({_currencies()[guess]})? " if guess else ""
    raise ValueError(
        f"unknown currency {code!r}; {hint}write an ISO 4217 code such as EUR, USD, GBP, "
        f"CHF, INR (all: {', '.join(sorted(_currencies()))})"
    )
