"""`factlint rules list` and `factlint rules test`: sheets described and self-tested."""

from __future__ import annotations

from datetime import date

from tabulate import tabulate

from checker.engine.document import Engine, check_document
from checker.sheet.base import Example, FactBase
from checker.sheet.load import LoadedSheet
from checker.sources.documents import make_document

LIST_WIDTHS = [None, 48, 24, 36, None]  # long values and trigger lists wrap in their column


def _value(fact: FactBase) -> str:
    data = fact.model_dump(include={fact.kind}, mode="json", by_alias=True)
    return f"{fact.kind}: {data[fact.kind]}"


def list_table(sheets: list[LoadedSheet]) -> str:
    rows = [
        [f"{s.stem}.{f.rule_name}", _value(f), ", ".join(f.requires()), ", ".join(f.when.trigger),
         f.severity.value]
        for s in sheets
        for f in s.sheet.checked_facts()
    ]
    return tabulate(rows, headers=["rule", "value", "mentions", "trigger", "severity"],
                    maxcolwidths=LIST_WIDTHS)


def _flags(engine: Engine, rule: str, example: Example, dateline: date | None) -> bool:
    """Whether the fact's rule reports anything on this sentence."""
    document = make_document("<example>", example.text, example.dateline or dateline)
    report = check_document(engine, document)
    return any(f.rule == rule for f in report.findings)


def run_examples(sheets: list[LoadedSheet]) -> tuple[str, int]:
    """Run every example; return a report and the number of failures."""
    engine = Engine(sheets)
    rows = []
    failures = 0
    total = 0
    for loaded in sheets:
        for fact in loaded.sheet.facts:
            if fact.examples is None:
                continue
            rule = f"{loaded.stem}.{fact.rule_name}"
            dateline = fact.examples.dateline
            for expected_flag, examples in ((False, fact.examples.passing),
                                            (True, fact.examples.failing)):
                for example in examples:
                    total += 1
                    if _flags(engine, rule, example, dateline) != expected_flag:
                        failures += 1
                        verdict = "should fail" if expected_flag else "should pass"
                        rows.append([rule, verdict, example.text])
    lines = [tabulate(rows, headers=["rule", "problem", "example"])] if rows else []
    lines.append(f"{total - failures} of {total} examples behave as written")
    return "\n".join(lines), failures
