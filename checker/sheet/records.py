"""The facts of loaded sheets as plain records for reports (rule, label, days, sources)."""

from __future__ import annotations

from checker.findings import FactRecord, SourceRef
from checker.kinds.date import DateFact
from checker.sheet.load import LoadedSheet


def fact_records(sheets: list[LoadedSheet]) -> list[FactRecord]:
    """One record per fact of every sheet, in sheet order."""
    records = []
    for loaded in sheets:
        sheet = loaded.sheet
        for fact in sheet.facts:
            sources = tuple(
                SourceRef(
                    source.outlet,
                    source.date.isoformat() if source.date else "",
                    source.url or "",
                )
                for source in (sheet.sources[i] for i in fact.cite if i in sheet.sources)
            )
            days = fact.date if isinstance(fact, DateFact) else None
            records.append(
                FactRecord(
                    rule=f"{loaded.stem}.{fact.rule_name}",
                    story=sheet.title,
                    label=fact.name,
                    first=days.first if days else None,
                    last=days.last if days else None,
                    sources=sources,
                )
            )
    return records
