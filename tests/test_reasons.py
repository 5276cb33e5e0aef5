"""Why a statement was not judged, as data: tests/data/reasons.yaml (text → the reason
for every fact named with its trigger but not judged), and the notes `--verbose` makes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.engine.document import Engine, check_document
from checker.engine.reasons import Reasons
from checker.findings import Severity
from checker.sheet.load import load_sheets
from checker.sources.documents import make_document

from .conftest import ROOT

DATA = yaml.safe_load((ROOT / "tests" / "data" / "reasons.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path = tmp_path_factory.mktemp("sheets") / "case.yaml"
    path.write_text(yaml.safe_dump(DATA["sheet"], sort_keys=False), encoding="utf-8")
    return Engine(load_sheets([path]))


@pytest.mark.parametrize("case", DATA["cases"], ids=[c["text"][:40] for c in DATA["cases"]])
def test_reason(engine: Engine, case: dict[str, Any]) -> None:
    reasons = Reasons()
    document = make_document("case.txt", case["text"], case.get("dateline"))
    report = check_document(engine, document, reasons=reasons)
    facts = engine.matcher.facts
    found = {
        facts[s.fact].fact.id: reasons.why(s) for s in reasons.unjudged()
    }
    expected = {rule: why for rule, why in case["expect"].items() if why is not None}
    assert {r: w.why.name.lower().replace("_", "-") for r, w in found.items()} == expected
    if "detail" in case:
        assert all(case["detail"] in w.detail for w in found.values()), found
    notes = [f for f in report.findings if f.severity is Severity.INFO]
    assert len(notes) >= len(found)


def test_no_reason_without_verbose(engine: Engine) -> None:
    document = make_document("case.txt", "Mayor Ortiz opened the bridge to loud cheers.")
    assert check_document(engine, document).findings == []


def test_one_note_per_sentence_and_fact() -> None:
    """Over the seeds, no sentence has two notes for one fact."""
    engine = Engine(load_sheets([ROOT / "rules"]))
    for path in sorted((ROOT / "seeds").iterdir()):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        text = path.read_text(encoding="utf-8")
        report = check_document(engine, make_document(str(path), text), verbose=True)
        keys = Counter(
            (f.rule, f.sentence) for f in report.findings
            if f.severity is Severity.INFO and f.rule != "builtin.weekday-date"
        )
        assert [k for k, n in keys.items() if n > 1] == [], Path(path).name


def test_unresolved_between_facts_names_both(tmp_path: Path) -> None:
    """A value as near to two facts that judge it differently: one note naming both."""
    path = tmp_path / "pair.yaml"
    path.write_text(PAIR, encoding="utf-8")
    engine = Engine(load_sheets([path]))
    document = make_document("a.txt", "The pile-up hurt 14 passengers.")
    report = check_document(engine, document, verbose=True)
    (note,) = report.findings
    assert note.severity is Severity.INFO
    assert "unresolved between facts hurt in the pile-up and hurt in the crash" in note.found


PAIR = """\
story: pair
title: Pair
facts:
  - id: pileup
    label: hurt in the pile-up
    count: {value: 14, of: [passenger]}
    when: {trigger: [pile-up]}
  - id: crash
    label: hurt in the crash
    count: {value: 12, of: [passenger]}
    when: {trigger: [pile-up]}
"""


def _seeds() -> list[Path]:
    return [p for p in sorted((ROOT / "seeds").iterdir()) if p.suffix in (".txt", ".md", ".html")]


def test_verbose_adds_only_info_notes() -> None:
    """Reasons never change a warning or an error."""
    engine = Engine(load_sheets([ROOT / "rules"]))
    for path in _seeds():
        document = make_document(str(path), path.read_text(encoding="utf-8"))
        plain = check_document(engine, document).findings
        verbose = check_document(engine, document, verbose=True).findings
        assert [f for f in verbose if f.severity is not Severity.INFO] == [
            f for f in plain if f.severity is not Severity.INFO
        ]


def test_explain_every_line_of_the_seeds() -> None:
    """`explain` runs on every line and agrees with the notes of `check --verbose`."""
    from checker.engine.explain import explain

    engine = Engine(load_sheets([ROOT / "rules"]))
    for path in _seeds()[:4]:
        text = path.read_text(encoding="utf-8")
        document = make_document(str(path), text)
        for line in range(1, text.count("\n") + 2):
            explanation = explain(engine, document, line)
            notes = {f.rule for f in explanation.report.findings
                     if f.line == line and f.found.startswith("no value found")}
            shown = {f.rule for s in explanation.sentences for f in s.facts
                     if any(v.startswith("not judged: no value found") for v in f.verdicts)}
            assert notes <= shown, (path.name, line)


def test_a_step_leaves_its_reason_in_the_sentence_hits(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How a reading step (a polarity check, say) says why it dropped a fact: one entry in
    `SentenceHits.why`, shown as the fact's note."""
    from checker.engine.placement import SentenceHits
    from checker.engine.reasons import Reason, Why

    real = Engine._mentioned

    def negating(self: Engine, text: str, group: SentenceHits) -> set[int]:
        mentioned = real(self, text, group)
        if "never" in text[group.sentence.start : group.sentence.end]:
            for fact in mentioned:
                group.why[fact] = Reason(Why.NEGATED, "'never'")
            return set()
        return mentioned

    monkeypatch.setattr(Engine, "_mentioned", negating)
    document = make_document("a.txt", "Ortiz never opened the bridge on 2 May 2024.")
    (note,) = check_document(engine, document, verbose=True).findings
    assert note.found == "negated: 'never'"
    assert note.quote == "opened"
