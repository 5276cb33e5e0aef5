"""Precision and recall of the misspelled-name check on tests/data/names_eval.yaml.

A flag is right when the flagged word is one the item lists and the finding names the
entity listed for it; every other flag is a false alarm. Recall is over the listed words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from checker.engine.document import Engine
from checker.sheet.load import load_sheets
from checker.sources.documents import make_document
from checker.text.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "names_eval.yaml"
PRECISION_FLOOR = 1.00  # measured: 83 of 83 flags right
RECALL_FLOOR = 0.97  # measured: 83 of 85 (the two misses change the first letter)

Flagger = Callable[[str], list[tuple[str, str]]]  # sentence → [(word, entity id)]


@dataclass(frozen=True, slots=True)
class Score:
    flagged: int
    right: int
    expected: int

    @property
    def precision(self) -> float:
        return self.right / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def load_items() -> list[tuple[str, dict[str, str]]]:
    """(sentence, {misspelled word: entity id}) for every item of every section."""
    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    items: list[tuple[str, dict[str, str]]] = [
        (text, {}) for text in (*data["variants"], *data["others"])
    ]
    items += [(item["text"], item["flags"]) for item in data["misspellings"]]
    return items


def section_sizes() -> dict[str, int]:
    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {name: len(items) for name, items in data.items()}


def score(flag: Flagger) -> Score:
    flagged = right = expected = 0
    for text, flags in load_items():
        expected += len(flags)
        for word, entity in flag(text):
            flagged += 1
            right += flags.get(word) == entity
    return Score(flagged, right, expected)


def ours() -> Flagger:
    """factlint's check with the people of rules/budapest-summit.yaml."""
    engine = Engine(load_sheets([ROOT / "rules" / "budapest-summit.yaml"]))

    def flag(text: str) -> list[tuple[str, str]]:
        document = make_document("eval.txt", text)
        findings = engine.names.findings(document, split_sentences(document.analysis))
        return [(f.quote, f.rule.split(".")[1]) for f in findings if f.rule.endswith(".spelling")]

    return flag


def test_sections_are_large_enough() -> None:
    sizes = section_sizes()
    assert sizes["variants"] >= 60
    assert sizes["misspellings"] >= 60


def test_precision_and_recall_reach_the_floor() -> None:
    result = score(ours())
    assert result.precision >= PRECISION_FLOOR, result
    assert result.recall >= RECALL_FLOOR, result
