"""Costs that grow with the text only: the shortcuts give what the plain computation gives,
and inputs that were quadratic (a long sentence, a huge word, many quotations) stay cheap."""

from __future__ import annotations

import random
import re
import time

from checker.engine.attach import SentenceGeometry
from checker.engine.document import Engine, check_document
from checker.engine.views import within
from checker.sheet.load import load_sheets
from checker.sources.documents import make_document

from .conftest import RULES

_WORD = re.compile(r"\w+")


def test_words_between_spans_match_a_direct_count() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice("ab c,é1_ -\n") for _ in range(rng.randint(0, 2500)))
        geometry = SentenceGeometry(text)
        for _ in range(20):
            low = rng.randint(0, len(text))
            high = rng.randint(low, len(text))
            assert geometry.words((0, low), (high, high)) == len(_WORD.findall(text, low, high))


def test_quotations_of_a_sentence_match_a_scan_of_all() -> None:
    rng = random.Random(3)
    for _ in range(300):
        spans, at = [], 0
        for _ in range(rng.randint(0, 12)):
            start = at + rng.randint(0, 20)
            at = start + rng.randint(1, 20)
            spans.append((start, at))
        start = rng.randint(0, at + 5)
        end = rng.randint(start, at + 10)
        assert within(spans, start, end) == [q for q in spans if q[0] < end and start < q[1]]


def _seconds(engine: Engine, text: str) -> float:
    started = time.perf_counter()
    check_document(engine, make_document("long.txt", text))
    return time.perf_counter() - started


def test_hostile_shapes_stay_cheap() -> None:
    """Each took minutes or gigabytes before; a generous bound keeps the test steady."""
    engine = Engine(load_sheets([RULES]))
    word = "Z" + "a" * 2000
    clause = ("the summit in Budapest with Putin and Trump was called off after talks, "
              "'he said', the meeting was postponed on Friday, ")
    quoted = 'Putin said "the summit is on hold." ' * 2000
    for text in (f"{word} met {word}.", clause * 100, quoted):
        assert _seconds(engine, text) < 30
