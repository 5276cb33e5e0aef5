"""Misspelled names: factlint's check against a naive baseline, on tests/data/names_eval.yaml.

Run from the project root: ``python bench/names_baseline.py``.

* factlint: `checker.engine.names` (deletion neighbourhood, OSA distance, guards), with the people
  of rules/budapest-summit.yaml.
* baseline: every capitalised word that is not an accepted word is compared with every
  name word of every person with rapidfuzz ``fuzz.WRatio``; a score of 90 or more flags it
  as a misspelling of the best-scoring person.

Both are scored as tests/test_names_eval.py scores (a flag is right when it names the
listed entity). Then the cost per capitalised word as the sheet grows: both checks run on
the evaluation sentences with the real people plus 100, 1,000 and 10,000 made-up ones.
"""

from __future__ import annotations

import random
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_names_eval import Flagger, load_items, score  # noqa: E402

from checker.engine.matcher import CompiledEntity  # noqa: E402
from checker.engine.names import NameChecker  # noqa: E402
from checker.sheet.load import load_sheets  # noqa: E402
from checker.sheet.models import Entity  # noqa: E402
from checker.sources.documents import make_document  # noqa: E402
from checker.text.fold import fold  # noqa: E402
from checker.text.segment import split_sentences  # noqa: E402


def real_entities() -> list[CompiledEntity]:
    (loaded,) = load_sheets([ROOT / "rules" / "budapest-summit.yaml"])
    return [
        CompiledEntity(i, f"{loaded.stem}.{key}", entity, (key,))
        for i, (key, entity) in enumerate(loaded.sheet.entities.items())
    ]


def made_up(count: int, start: int) -> list[CompiledEntity]:
    """People with random names of the usual lengths."""
    rng = random.Random(count)

    def word() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(
            rng.choices(string.ascii_lowercase, k=rng.randint(4, 9))
        )

    return [
        CompiledEntity(start + i, f"made-up.p{i}", Entity(name=f"{word()} {word()}"), (f"p{i}",))
        for i in range(count)
    ]


def ours(entities: list[CompiledEntity]) -> Flagger:
    checker = NameChecker(entities)

    def flag(text: str) -> list[tuple[str, str]]:
        document = make_document("eval.txt", text)
        findings = checker.findings(document, split_sentences(document.analysis))
        return [(f.quote, f.rule.split(".")[1]) for f in findings if f.rule.endswith(".spelling")]

    return flag


def baseline(entities: list[CompiledEntity]) -> Flagger:
    checker = NameChecker(entities)  # only for the same set of accepted words
    names = [
        (fold(word), compiled.key.split(".")[1])
        for compiled in entities
        if compiled.entity.kind == "person"
        for form in (compiled.entity.name, *compiled.entity.spellings)
        for word in form.split()
        if word[0].isupper()
    ]

    def flag(text: str) -> list[tuple[str, str]]:
        found = []
        for word in text.replace("-", " ").split():
            token = word.strip(".,;:!?\"'“”’").removesuffix("'s").removesuffix("’s")
            folded = fold(token)
            if not token[:1].isupper() or folded in checker.known:
                continue
            best = max(((fuzz.WRatio(folded, n), e) for n, e in names), default=(0.0, ""))
            if best[0] >= 90:
                found.append((token, best[1]))
        return found

    return flag


def per_word_cost(
    make: Callable[[list[CompiledEntity]], Flagger], entities: list[CompiledEntity]
) -> float:
    """Microseconds per capitalised word over the evaluation sentences."""
    flag = make(entities)
    texts = [text for text, _ in load_items()]
    words = sum(1 for t in texts for w in t.split() if w[:1].isupper())
    start = time.perf_counter()
    for text in texts:
        flag(text)
    return (time.perf_counter() - start) / words * 1e6


def main() -> None:
    real = real_entities()
    items = load_items()
    print(f"{len(items)} sentences from tests/data/names_eval.yaml")
    print(f"{'':10}{'precision':>10}{'recall':>8}{'flagged':>9}{'right':>7}{'expected':>10}")
    for name, make in (("factlint", ours), ("baseline", baseline)):
        result = score(make(real))
        print(f"{name:10}{result.precision:>10.3f}{result.recall:>8.3f}{result.flagged:>9}"
              f"{result.right:>7}{result.expected:>10}")
    print("\nmicroseconds per capitalised word, by number of people in the sheets")
    print(f"{'people':>8}{'factlint':>10}{'baseline':>10}")
    for extra in (0, 100, 1000, 10000):
        entities = real + made_up(extra, len(real))
        people = sum(1 for e in entities if e.entity.kind == "person")
        cost_ours = per_word_cost(ours, entities)
        cost_base = per_word_cost(baseline, entities) if extra <= 1000 else float("nan")
        print(f"{people:>8}{cost_ours:>10.1f}{cost_base:>10.1f}")


if __name__ == "__main__":
    main()
