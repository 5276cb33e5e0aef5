"""The core story every article tells — a fictional Baltic rail tunnel accord — as a fact
sheet, and sentences stating its facts rightly or (for planted errors) wrongly."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.vocab import CITIES, MONTHS, WEEKDAYS

STEM = "tunnel-accord"
# No `title`s: a sheet turns each into a title fact, which would change the fact counts.
ENTITIES: dict[str, dict[str, Any]] = {
    "varga": {"name": "Elena Varga", "refs": ["transport minister"]},
    "lindqvist": {"name": "Tomas Lindqvist", "spellings": ["Thomas Lindqvist"],
                  "refs": ["rail commissioner"]},
    "kowal": {"name": "Anna Kowal", "refs": ["prime minister"]},
    "brandt": {"name": "Marek Brandt", "refs": ["union leader"]},
    "assembly": {"name": "National Assembly", "kind": "organisation", "refs": ["lawmakers"]},
    "copenhagen": {"name": "Copenhagen", "kind": "place"},
    "gdansk": {"name": "Gdansk", "kind": "place", "spellings": ["Gdańsk"]},
}
# The ways copy names each entity, picked at random; _WRONG_NAMES are planted misspellings.
_FORMS = {
    "varga": ("Elena Varga", "Varga", "Transport Minister Elena Varga", "Ms Varga",
              "the transport minister"),
    "lindqvist": ("Tomas Lindqvist", "Lindqvist", "Nordic Rail Commissioner Tomas Lindqvist",
                  "Mr Lindqvist", "the rail commissioner"),
    "kowal": ("Anna Kowal", "Kowal", "Prime Minister Anna Kowal", "Ms Kowal",
              "the prime minister"),
    "brandt": ("Marek Brandt", "Brandt", "union leader Marek Brandt", "Mr Brandt"),
    "assembly": ("the National Assembly", "lawmakers in the National Assembly"),
}
_WRONG_NAMES = {"varga": "Elena Vargas", "lindqvist": "Tomas Lindquist", "kowal": "Anna Kowalska",
                "brandt": "Marek Brant"}

TALKS, SIGNING, VOTE = date(2025, 3, 11), date(2025, 3, 14), date(2025, 3, 12)
STRIKE = date(2025, 3, 3)
SUMMIT = (date(2025, 3, 20), date(2025, 3, 21))
DISPUTE_SINCE = date(2021, 6, 14)
DATELINES = tuple(date(2025, 3, d) for d in range(15, 20))


def _fact(fid: str, label: str, value: dict[str, Any], when: dict[str, Any]) -> dict[str, Any]:
    return {"id": fid, "label": label, **value, "when": when, "cite": ["wire"]}


FACTS: list[dict[str, Any]] = [
    _fact("minister-talks", "Varga–Lindqvist talks", {"date": TALKS},
          {"mentions": ["varga", "lindqvist"],
           "trigger": ["talks", "meet", "meeting", "sit-down"]}),
    _fact("accord-signing", "signing of the accord", {"date": SIGNING},
          {"mentions": ["kowal"], "trigger": ["sign", "signing", "signature"],
           "unless": ["sign of", "signs of"]}),
    _fact("assembly-vote", "National Assembly vote", {"date": VOTE},
          {"mentions": ["assembly"], "trigger": ["vote", "ballot", "approve"]}),
    _fact("rail-strike", "start of the rail strike", {"date": STRIKE},
          {"mentions": ["brandt"], "trigger": ["strike", "walkout"], "unless": ["strike a"]}),
    _fact("copenhagen-summit", "Copenhagen summit", {"date": {"from": SUMMIT[0], "to": SUMMIT[1]}},
          {"mentions": ["copenhagen"], "trigger": ["summit"]}),
    _fact("accord-countries", "countries in the accord",
          {"count": {"value": 6, "of": ["country", "government"]}},
          {"trigger": ["accord", "agreement"]}),
    _fact("strike-workers", "workers on strike",
          {"count": {"value": 12000, "of": ["worker", "employee"]}},
          {"trigger": ["strike", "walkout"], "unless": ["strike a"]}),
    _fact("tunnel-cost", "cost of the tunnel",
          {"amount": {"value": "9.4 billion", "currency": "EUR"}},
          {"trigger": ["tunnel", "project"]}),
    _fact("tunnel-length", "length of the tunnel", {"amount": {"value": 18, "unit": "km"}},
          {"trigger": ["tunnel"]}),
    _fact("dispute-duration", "length of the dispute",
          {"duration": {"since": DISPUTE_SINCE, "unit": "year"}},
          {"trigger": ["dispute", "standoff"]}),
]


def sheet() -> dict[str, Any]:
    """The core fact sheet (10 facts), as data for YAML."""
    return {"story": "baltic-tunnel-accord-2025", "title": "Baltic rail tunnel accord",
            "sources": {"wire": {"outlet": "Baltic Wire", "date": date(2025, 3, 15)}},
            "entities": ENTITIES, "facts": FACTS}


@dataclass(slots=True)
class Writer:
    """Writes sentences about the story for one article."""

    rng: random.Random
    dateline: date
    wrong_names: bool = False

    def name(self, key: str) -> str:
        if self.wrong_names and key in _WRONG_NAMES and self.rng.random() < 0.5:
            return _WRONG_NAMES[key]
        return self.rng.choice(_FORMS[key])

    def absolute(self, day: date) -> str:
        month = MONTHS[day.month - 1]
        short = month if len(month) <= 5 else month[:4 if day.month == 9 else 3] + "."
        forms = (f"on {month} {day.day}", f"on {day.day} {month}", f"on {short} {day.day}",
                 f"on {month} {day.day}, {day.year}", f"on {WEEKDAYS[day.weekday()]}, {short} "
                 f"{day.day}", f"on {WEEKDAYS[day.weekday()]} {day.day} {month}")
        return self.rng.choice(forms)

    def when(self, day: date, exact: bool = False) -> str:
        """An adverbial for `day`, relative to the dateline when copy would write it so;
        `exact` leaves out the vague "last week" (a planted error must not overlap)."""
        delta = (self.dateline - day).days
        relative = []
        if delta == 1:
            relative += ["yesterday", "on " + WEEKDAYS[day.weekday()]]
        elif 2 <= delta <= 6 or -6 <= delta <= -1:
            relative.append("on " + WEEKDAYS[day.weekday()])
        monday = self.dateline - timedelta(days=self.dateline.weekday())
        if not exact and monday - timedelta(days=7) <= day < monday:
            relative.append("last week")
        if relative and self.rng.random() < 0.6:
            return self.rng.choice(relative)
        return self.absolute(day)

    def wrong_day(self, first: date, last: date) -> date:
        shift = self.rng.choice((-3, -2, -1, 1, 2, 3))
        return first + timedelta(days=shift) if shift < 0 else last + timedelta(days=shift)

    def city(self) -> str:
        return self.rng.choice(CITIES)


def _day(writer: Writer, day: date, wrong: bool) -> str:
    return writer.when(writer.wrong_day(day, day), exact=True) if wrong else writer.when(day)


def _talks(w: Writer, wrong: bool) -> str:
    d = _day(w, TALKS, wrong)
    return w.rng.choice((
        f"{w.name('varga')} and {w.name('lindqvist')} held talks {d} to settle the last points.",
        f"{w.name('varga')} met {w.name('lindqvist')} {d}, according to officials briefed on it.",
        f"After a meeting between {w.name('varga')} and {w.name('lindqvist')} {d}, negotiators "
        "said a deal was within reach.",
        f"{w.name('lindqvist')} flew to {w.city()} for talks with {w.name('varga')} {d}.",
    ))


def _signing(w: Writer, wrong: bool) -> str:
    d = _day(w, SIGNING, wrong)
    return w.rng.choice((
        f"{w.name('kowal')} signed the accord {d} at a ceremony in Gdansk.",
        f"The accord was signed by {w.name('kowal')} {d}, ending months of uncertainty.",
        f"{w.name('kowal')}, who signed the text {d}, called it a promise to the next generation.",
    ))


def _vote(w: Writer, wrong: bool) -> str:
    d = _day(w, VOTE, wrong)
    yes = w.rng.randint(190, 240)
    return w.rng.choice((
        f"The bill passed when {w.name('assembly')} voted {yes} to {430 - yes} {d}.",
        f"{w.name('assembly')} approved the enabling law {d} after a heated debate.",
        f"The vote in {w.name('assembly')} {d} cleared the way for construction.",
    ))


def _strike(w: Writer, wrong: bool) -> str:
    d = _day(w, STRIKE, wrong)
    return w.rng.choice((
        f"The walkout called by {w.name('brandt')} began {d} and halted freight on the line.",
        f"{w.name('brandt')}'s union went on strike {d} to demand guarantees for ferry crews.",
        f"Since the strike led by {w.name('brandt')} started {d}, no freight train has run.",
    ))


def _summit(w: Writer, wrong: bool) -> str:
    first, last = SUMMIT
    d = w.when(w.wrong_day(first, last), exact=True) if wrong else w.when(w.rng.choice(SUMMIT))
    return w.rng.choice((
        f"Leaders will review the timetable at a summit in Copenhagen {d}.",
        f"The Copenhagen summit {d} will be the first test of the new accord.",
        f"Ministers are expected to gather for a summit in Copenhagen {d}.",
    ))


def _count_words(n: int) -> str:
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return words[n] if n < 10 else str(n)


def _countries(w: Writer, wrong: bool) -> str:
    n = w.rng.choice((5, 7, 8)) if wrong else 6
    n_text = w.rng.choice((_count_words(n), str(n)))
    noun = w.rng.choice(("countries", "governments"))
    return w.rng.choice((
        f"The accord binds {n_text} {noun} to share the cost of the crossing.",
        f"{n_text.capitalize()} {noun} have now signed up to the agreement.",
        f"Under the agreement, {n_text} {noun} will share operating revenue for 30 years.",
    ))


def _workers(w: Writer, wrong: bool) -> str:
    n = w.rng.choice(("8,000", "20,000", "1,200")) if wrong else w.rng.choice(
        ("12,000", "some 12,000", "about 12,000", "12,000 rail"))
    return w.rng.choice((
        f"The strike by {n} workers paralysed freight across the region.",
        f"Roughly a third of traffic was cancelled as {n} employees joined the walkout.",
    ))


def _cost(w: Writer, wrong: bool) -> str:
    value = w.rng.choice(("4.9", "8.1", "14")) if wrong else "9.4"
    amount = w.rng.choice((f"€{value} billion", f"€{value}bn", f"{value} billion euros"))
    return w.rng.choice((
        f"The tunnel is expected to cost {amount} ($10.2 billion), most of it borrowed.",
        f"The {amount} project will be financed by the six governments and the EU.",
        f"Critics say the tunnel, priced at {amount}, will take decades to pay for itself.",
    ))


def _length(w: Writer, wrong: bool) -> str:
    km = w.rng.choice((28, 12, 81)) if wrong else 18
    return w.rng.choice((
        f"The {km}-kilometre tunnel will run under the strait at a depth of up to 60 metres.",
        f"At {km} km, the tunnel would be among the longest of its kind in Europe.",
        f"Trains will cross the {km} kilometres of the tunnel in about 12 minutes.",
    ))


def _dispute(w: Writer, wrong: bool) -> str:
    span = w.rng.choice((
        "a two-year dispute", "a dispute now in its sixth year",
        "a dispute that has dragged on for more than five years",
    ) if wrong else (
        "a nearly four-year dispute", "an almost four-year dispute", "a dispute now in its "
        "fourth year", "a dispute that has dragged on for more than three years",
    ))
    return w.rng.choice((
        f"The accord ends {span}, over port fees and fishing rights.",
        f"Negotiators say {span.replace('dispute', 'standoff')} has left both sides exhausted.",
    ))


SENTENCES: dict[str, Callable[[Writer, bool], str]] = {
    "minister-talks": _talks, "accord-signing": _signing, "assembly-vote": _vote,
    "rail-strike": _strike, "copenhagen-summit": _summit, "accord-countries": _countries,
    "strike-workers": _workers, "tunnel-cost": _cost, "tunnel-length": _length,
    "dispute-duration": _dispute,
}
HEADLINES = (
    "Baltic tunnel accord signed after years of wrangling",
    "Lawmakers back €9.4bn rail tunnel under the strait",
    "Rail union ends walkout as tunnel accord is sealed",
    "Copenhagen summit to review tunnel timetable",
    "What the Baltic Link accord means for commuters",
    "Analysis: a tunnel built on compromise",
    "Six governments, one tunnel: the accord explained",
    "Ferry towns brace for life after the fixed link",
)
