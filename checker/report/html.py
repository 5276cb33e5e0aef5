"""`--format html`: one self-contained review page: each article with its findings marked in
place and explained beside it, each story's timeline of dated facts, filters and keys.

The page needs every article before it can write its summary and timelines, so this writer
holds the documents until `finish`; use a streaming format for archives."""

from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import TextIO
from urllib.parse import urlparse

from checker.findings import DocumentReport, FactRecord, Finding, Severity, SourceRef, Tally
from checker.report.html_assets import SCRIPT, STYLE, script_hash
from checker.report.html_text import marked_text

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src "


def _link(source: SourceRef) -> str:
    label = escape(", ".join(p for p in (source.outlet, source.date) if p))
    if urlparse(source.url).scheme in ("http", "https"):
        return f'<a href="{escape(source.url)}" rel="noreferrer">{label}</a>'
    return label


def _citation(finding: Finding, record: FactRecord | None) -> str:
    if record is not None and record.sources:
        return "; ".join(_link(s) for s in record.sources)
    return escape(finding.cite)


def _card(finding: Finding, mark_id: str, record: FactRecord | None) -> str:
    rows = [("found", escape(finding.found)), ("sheet says", escape(finding.expected))]
    cite = _citation(finding, record)
    if cite:
        rows.append(("source", cite))
    details = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v)
    return (
        f'<li class="card sev-{finding.severity.value}" data-target="{mark_id}" '
        f'data-rule="{escape(finding.rule)}" data-severity="{finding.severity.value}">'
        f'<div><strong>{finding.severity.value}</strong> '
        f'<a href="#{mark_id}">{finding.line}:{finding.column}</a> '
        f'<span class="rule">{escape(finding.rule)}</span></div>'
        f"<div>{escape(finding.message)}</div><dl>{details}</dl></li>"
    )


def _article(index: int, doc: DocumentReport, records: dict[str, FactRecord]) -> str:
    head = f'<section class="article" id="article-{index}" data-path="{escape(doc.path)}">'
    head += f"<h2>{escape(doc.path)}</h2>"
    if doc.error is not None:
        return head + f'<p class="error-box">could not be read: {escape(doc.error)}</p></section>'
    meta = []
    if doc.dateline is not None:
        evidence = "; ".join(doc.dateline.evidence)
        meta.append(
            f"dateline {escape(doc.dateline.value)} ({escape(doc.dateline.source)})"
            + (f": from {escape(evidence)}" if evidence else "")
        )
    meta.extend(f"note: {escape(note)}" for note in doc.notes)
    ids = [f"f{index}-{i}" for i in range(len(doc.findings))]
    text = marked_text(doc.text or "", doc.prose or doc.text or "", doc.findings, ids)
    cards = "".join(
        _card(f, i, records.get(f.rule)) for f, i in zip(doc.findings, ids, strict=True)
    )
    return (
        head
        + "".join(f'<p class="meta">{m}</p>' for m in meta)
        + f'<div class="columns"><div class="text">{text}</div>'
        + f'<ol class="cards">{cards or "<li>no findings</li>"}</ol></div></section>'
    )


def _days(record: FactRecord) -> str:
    assert record.first is not None and record.last is not None
    if record.first == record.last:
        return record.first.isoformat()
    return f"{record.first.isoformat()} – {record.last.isoformat()}"


def _timelines(records: list[FactRecord], documents: list[DocumentReport]) -> str:
    stating: dict[str, list[int]] = defaultdict(list)
    contradicting: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for index, doc in enumerate(documents):
        for rule in dict.fromkeys(doc.agreeing):
            stating[rule].append(index)
        for i, f in enumerate(doc.findings):
            if f.severity is not Severity.INFO:
                contradicting[f.rule].append((index, f"f{index}-{i}"))
    stories: dict[str, list[FactRecord]] = defaultdict(list)
    for record in records:
        if record.first is not None:
            stories[record.story].append(record)
    blocks = []
    for story, dated in stories.items():
        rows = []
        for record in sorted(dated, key=lambda r: (r.first, r.last)):
            right = ", ".join(
                f'<a href="#article-{i}">{escape(documents[i].path)}</a>'
                for i in stating[record.rule]
            )
            wrong = ", ".join(
                f'<a class="bad" href="#{mark}">{escape(documents[i].path)}</a>'
                for i, mark in contradicting[record.rule]
            )
            sources = "; ".join(_link(s) for s in record.sources)
            rows.append(
                f"<tr><td>{_days(record)}</td><td>{escape(record.label)}</td>"
                f"<td>{sources}</td><td>{right}</td><td>{wrong}</td></tr>"
            )
        blocks.append(
            f'<section class="story"><h2>Timeline: {escape(story)}</h2>'
            '<table class="timeline"><tr><th>when</th><th>fact</th><th>source</th>'
            "<th>stated right in</th><th>contradicted in</th></tr>"
            + "".join(rows)
            + "</table></section>"
        )
    return "".join(blocks)


def _options(values: list[str], everything: str) -> str:
    return f'<option value="">{everything}</option>' + "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values
    )


def page(documents: list[DocumentReport], records: list[FactRecord], tally: Tally) -> str:
    """The whole review page."""
    by_rule = {r.rule: r for r in records}
    rules = sorted({f.rule for d in documents for f in d.findings})
    counts = (
        f"<span>{tally.articles} article(s)</span><span>{tally.unreadable} unreadable</span>"
        + "".join(
            f'<span class="sev-{s.value}">{tally.counts[s]} {s.value}</span>'
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        )
    )
    severity_boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s.value}" checked> '
        f"{s.value}</label>"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    filters = (
        f'<div class="filters">{severity_boxes}'
        f'<label>rule <select id="rule-filter">{_options(rules, "all rules")}</select></label>'
        f'<label>article <select id="article-filter">'
        f'{_options([d.path for d in documents], "all articles")}</select></label>'
        '<span class="keys">keys: j / n next finding, k / p previous</span></div>'
    )
    articles = "".join(_article(i, d, by_rule) for i, d in enumerate(documents))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}{script_hash()}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>factlint review</title><style>{STYLE}</style></head><body>"
        f'<header><h1>factlint review</h1><p class="summary">{counts}</p>'
        f"{filters}</header>"
        f"<main>{_timelines(records, documents)}{articles}</main>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )


class Writer:
    """Collects the documents and writes the page when the check ends."""

    def __init__(self, out: TextIO, records: list[FactRecord]) -> None:
        self.out = out
        self.records = records
        self.documents: list[DocumentReport] = []

    def document(self, document: DocumentReport) -> None:
        self.documents.append(document)

    def finish(self, tally: Tally) -> None:
        self.out.write(page(self.documents, self.records, tally))
