"""Work bounded by the input: runs of stops, tags, comments, link marks and hyphens that
made single regexes backtrack (seconds to minutes on a few kilobytes) now cost linear time."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from checker.engine.document import Engine, check_document
from checker.kinds.count import counted_noun
from checker.sources.documents import make_document
from checker.text.segment import MAX_SENTENCE, split_sentences

# (file name, text): each took from 10 s to several minutes before (most of it quadratic).
ADVERSARIAL = {
    "full stops": ("a.txt", "A" + "." * 200_000),
    "exclamation marks": ("a.txt", "A" + "!" * 200_000),
    "ellipses": ("a.txt", "A" + "…" * 200_000),
    "mixed stops": ("a.txt", "A" + "?.!…" * 50_000),
    "less-than signs": ("a.html", "<" * 200_000),
    "script tags": ("a.html", "<script" * 30_000),
    "comment openers": ("a.html", "<!--" * 50_000),
    "comments with a '>'": ("a.html", "<!-- x >" * 25_000),
    "paragraph tags": ("a.html", "<p" * 100_000),
    "meta tags": ("a.html", "<meta pubdate" * 20_000),
    "link marks": ("a.md", "](" * 100_000),
    "hyphens after a number": ("a.txt", "The 8 " + "-" * 200 + "x leaders met.\n"),
    "one long sentence": (
        "a.txt", "Rubio and Lavrov held a call on October 20 with eight leaders, and " * 500
    ),
    "long capitalised word": ("a.txt", "Rubio met " + "L" + "a" * 3000 + "rov today.\n"),
}


@pytest.fixture(scope="module")
def engine(sheets):  # type: ignore[no-untyped-def]
    return Engine(sheets)


@pytest.mark.parametrize("case", list(ADVERSARIAL), ids=list(ADVERSARIAL))
def test_adversarial_text_is_checked_quickly(engine: Engine, case: str) -> None:
    name, text = ADVERSARIAL[case]
    started = time.perf_counter()
    check_document(engine, make_document(name, text), verbose=True)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        (" leaders", True),
        ("-strong group of leaders", True),
        ("-strong group of the leaders", False),
        (" world leaders", True),
        (" heavily well-armed young leaders", True),
        (" very heavily armed young leaders", False),
        ("-year-old leaders", True),
        (" -- leaders", True),
        (", leaders", False),
        (" " + "-" * 60 + "x", False),
        ("-" * 80, False),
    ],
)
def test_counted_noun(following: str, expected: bool) -> None:
    started = time.perf_counter()
    assert (counted_noun(("leader",), following) is not None) is expected
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("text", ["word, " * 900, "x" * 2500, "a b;" * 700 + ". Next one."])
def test_long_sentences_are_cut(text: str) -> None:
    sentences = split_sentences(text)
    assert all(end - start <= MAX_SENTENCE for start, end in sentences)
    kept = "".join(text[start:end] for start, end in sentences)
    assert kept.replace(" ", "") == text.replace(" ", "")


def test_long_word_of_many_letters_costs_little_memory(engine: Engine) -> None:
    """A capitalised word of letters that differ from their neighbours: every two letters
    deleted give a new string, so deletion keys of a 2,000-letter word took over 3 GB."""
    word = "Q" + ("abcdefghijklmnopqrstuvwxyz" * 24)[:599]
    check_document(engine, make_document("a.txt", "Rubio met Qwerty on Monday.\n"))  # loads
    tracemalloc.start()
    try:
        check_document(engine, make_document("a.txt", f"Rubio met {word} on Monday.\n"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # 150 MB when the word's deletion keys are made
