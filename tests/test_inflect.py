"""Trigger inflections."""

from __future__ import annotations

import pytest

from checker.text.inflect import phrase_forms, word_forms


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("call", {"call", "calls", "called", "calling"}),
        ("meet", {"meet", "meets", "met", "meeting"}),
        ("speak", {"speak", "speaks", "spoke", "spoken", "speaking"}),
        ("stop", {"stop", "stops", "stopped", "stopping"}),
        ("supply", {"supply", "supplies", "supplied", "supplying"}),
        ("postpone", {"postpone", "postpones", "postponed", "postponing"}),
        ("cancel", {"cancel", "cancels", "cancelled", "canceled", "cancelling"}),
        ("hold", {"hold", "holds", "held", "holding"}),
        ("summit", {"summit", "summits"}),
        ("crisis", {"crisis", "crises"}),
        ("person", {"person", "people"}),
        ("tie", {"tie", "ties", "tied", "tying"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
    ],
)
def test_word_forms_include(word: str, forms: set[str]) -> None:
    assert forms <= word_forms(word)


def test_phrase_inflects_its_head() -> None:
    assert {"phone call", "phone calls", "phone called"} <= phrase_forms("phone call")
    assert "phones call" not in phrase_forms("phone call")
    assert {"called on", "calls on"} <= phrase_forms("call on")
    assert {"stopped where they are"} <= phrase_forms("stop where they are")
    assert {"heads of government"} <= phrase_forms("head of government")
    assert {"coalitions of the willing"} <= phrase_forms("coalition of the willing")


def test_case_is_folded() -> None:
    assert "tomahawks" in phrase_forms("Tomahawk")
