"""The cheap test that lets a name skip the large title pattern (`Vocabulary._may_end`)
never skips a title the pattern would read: checked on generated titles before a name and
on every text of the title cases."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.title_words import HONORIFICS, MODIFIERS, OFFICES, STATUS
from checker.extract.titles import vocabulary
from checker.text.fold import fold

from .conftest import ROOT, load_yaml

VOCAB = vocabulary()
QUALIFIERS = sorted(VOCAB.qualifiers)
_FILLER = ["said", "the", "and", "on", "(", '"', "of", "talks", "with", ",", "in", "former"]


def _reads_same(text: str, name_start: int) -> None:
    folded = fold(text)
    low = max(0, name_start - 90)
    if VOCAB.before.search(folded, low, name_start) is not None:
        assert VOCAB._may_end(folded, low, name_start), folded[low:name_start]


title = st.tuples(
    st.sampled_from(["", *STATUS]),
    st.sampled_from(["", *QUALIFIERS[:400]]).map(lambda q: f"{q}'s" if len(q) % 3 == 1 else q),
    st.lists(st.sampled_from(sorted(MODIFIERS)), max_size=2),
    st.sampled_from(sorted(OFFICES)),
    st.sampled_from(["", "-elect", " of the senate", " of the chamber of deputies",
                     f" for {sorted(MODIFIERS)[3]}", f" of {QUALIFIERS[7]}"]),
    st.sampled_from(["", ",", f" {HONORIFICS[0]}.", f", {HONORIFICS[2]}"]),
).map(lambda t: " ".join(w for w in (t[0], t[1], *t[2], t[3]) if w) + t[4] + t[5])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FILLER), max_size=6), title)
def test_a_generated_title_is_never_skipped(before: list[str], written: str) -> None:
    text = " ".join([*before, written, "Nora Quill"])
    _reads_same(text, text.rindex("Nora"))


def test_no_title_of_the_cases_is_skipped() -> None:
    for path in sorted((ROOT / "tests" / "data" / "kinds").glob("*.yaml")):
        for case in load_yaml(path)["cases"]:
            for name in re.finditer(r"[A-Z][a-z]+", case["text"]):
                _reads_same(case["text"], name.start())
