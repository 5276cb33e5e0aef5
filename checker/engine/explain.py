"""`factlint explain`: what the engine made of the sentences on one line of an article.

The article is checked whole (the dateline may rest on other sentences), with reasons
kept; then the sentences on the line are read again step by step: the facts they
mention, the values each extractor finds, where each value attaches and why, and the
verdict for each fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.engine.diagnose import family_triggers, placement
from checker.engine.document import Engine, check_document
from checker.engine.matcher import CompiledFact
from checker.engine.placement import Attached, SentenceHits
from checker.engine.reasons import Reason, Reasons
from checker.engine.scan import Scan
from checker.extract.dates import DateMention
from checker.extract.numbers import NumberMention
from checker.findings import DocumentReport
from checker.kinds.base import ExtractorName
from checker.sources.documents import Document
from checker.text.segment import Sentence, inside


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger a value may attach to: its fact, whether the fact's kind accepts the
    value, and the distance (words, clause boundaries counted extra)."""

    rule: str
    trigger: str
    mentioned: bool  # the fact is mentioned in the sentence (else another event)
    accepts: bool
    distance: float
    reach: float | None

    @property
    def in_reach(self) -> bool:
        return self.reach is None or self.distance <= self.reach


@dataclass(slots=True)
class ValueTrace:
    family: str  # "dates" or "numbers"
    words: str
    where: str  # "line:column"
    reads: str  # what the extractor read: a number's value and unit, a date's form
    read_by_check: bool  # False when no mentioned fact's cue asked for this extractor
    quoted: bool
    candidates: list[Candidate]
    attached: str | None = None  # rule of the fact the value attached to
    rivals: list[str] = field(default_factory=list)
    why: str = ""


@dataclass(slots=True)
class FactTrace:
    rule: str
    name: str
    entities: list[str]  # as written, with the entity id
    triggers: list[str]
    mentioned: bool
    verdicts: list[str]


@dataclass(slots=True)
class SentenceTrace:
    line: int
    column: int
    text: str
    facts: list[FactTrace]
    values: list[ValueTrace]
    findings: list[str]  # every finding of `check --verbose` in the sentence


@dataclass(slots=True)
class Explanation:
    path: str
    line: int
    dateline: str
    sentences: list[SentenceTrace]
    report: DocumentReport


def line_span(text: str, line: int) -> tuple[int, int] | None:
    """Offsets [start, end) of a 1-based line, None when the text has fewer lines."""
    lines = text.split("\n")
    if line < 1 or line > len(lines):
        return None
    start = sum(len(x) + 1 for x in lines[: line - 1])
    return start, start + len(lines[line - 1])


def line_count(text: str) -> int:
    return text.count("\n") + 1


def explain(engine: Engine, doc: Document, line: int) -> Explanation:
    """The trace of every sentence that has words on `line` (which must exist)."""
    span = line_span(doc.text, line)
    assert span is not None
    reasons = Reasons()
    report = check_document(engine, doc, reasons=reasons)
    dateline = "none"
    if report.dateline is not None:
        dateline = f"{report.dateline.value} ({report.dateline.source})"
    scan = Scan.of(doc.analysis)
    hits = engine.matcher.scan(scan.folded, scan.text)
    groups = {g.sentence.start: g for g in engine._group(hits, scan.sentences)}
    traces = []
    for sentence in scan.sentences:
        if sentence.end <= span[0] or sentence.start >= max(span[1], span[0] + 1):
            continue
        group = groups.get(sentence.start) or SentenceHits(sentence, [], [], [])
        traces.append(_sentence(engine, doc, scan, group, reasons, report))
    return Explanation(doc.path, line, dateline, traces, report)


def _sentence(engine: Engine, doc: Document, scan: Scan, group: SentenceHits,
              reasons: Reasons, report: DocumentReport) -> SentenceTrace:
    facts = engine.matcher.facts
    sentence = group.sentence
    present = list(group.triggers)
    mentioned = engine._mentioned(scan.folded, group)
    named = {e.target for e in group.entities}
    shown = sorted({h.target for h in present if facts[h.target].requires <= named} | mentioned)
    fact_traces = []
    for index in shown:
        compiled = facts[index]
        entities = [
            f"{doc.text[e.start:e.end]} ({engine.matcher.entities[e.target].key})"
            for e in group.entities
            if e.target in compiled.requires
        ]
        triggers = [doc.text[h.start : h.end] for h in present if h.target == index]
        verdicts = _verdicts(reasons, sentence, compiled, index in mentioned)
        fact_traces.append(FactTrace(compiled.rule, compiled.fact.name, entities, triggers,
                                     index in mentioned, verdicts))
    values = _values(engine, doc, scan, group, mentioned)
    first, last = doc.position(sentence.start), doc.position(sentence.end)
    findings = [
        f"{f.line}:{f.column} {f.severity.value} {f.rule}: {f.message}"
        for f in report.findings
        if first <= (f.line, f.column) < last
    ]
    text = " ".join(doc.text[sentence.start : sentence.end].split())
    return SentenceTrace(first[0], first[1], text, fact_traces, values, findings)


def _verdicts(reasons: Reasons, sentence: Sentence, compiled: CompiledFact,
              mentioned: bool) -> list[str]:
    key = (sentence.start, compiled.index)
    judgements = reasons.judged.get(key)
    if judgements:
        return [
            f"{j.verdict.value}: found {j.found}" + (f", expected {j.expected}" if j.expected
                                                     else "")
            for j in judgements
        ]
    statement = reasons.statements.get(key)
    if statement is not None and key not in reasons.judged:
        return [f"not judged: {reasons.why(statement).text()}"]
    return ["nothing to judge" if mentioned else "not mentioned"]


def _values(engine: Engine, doc: Document, scan: Scan, group: SentenceHits,
            mentioned: set[int]) -> list[ValueTrace]:
    """Every value of the extractors the mentioned facts use, and where each went."""
    facts = engine.matcher.facts
    sentence = group.sentence
    folded_sentence = scan.folded[sentence.start : sentence.end]
    families: dict[ExtractorName, bool] = {}
    for i in sorted(mentioned):
        kind = facts[i].kind
        if kind.extractor is not None:
            cued = kind.cue is None or kind.cue(facts[i].fact, folded_sentence)
            families[kind.extractor] = families.get(kind.extractor, False) or cued
    traces = []
    for family, read in sorted(families.items()):
        for value in scan.values(family, sentence):
            trace = _value(engine, scan, group, value, mentioned, family, read)
            trace.where = "{}:{}".format(*doc.position(value.start))
            traces.append(trace)
    return traces


def _value(engine: Engine, scan: Scan, group: SentenceHits, value: DateMention | NumberMention,
           mentioned: set[int], family: ExtractorName, read: bool) -> ValueTrace:
    facts = engine.matcher.facts
    rivals = family_triggers(facts, group, family)
    span = (value.start, value.end)
    candidates = []
    for hit in rivals:
        compiled = facts[hit.target]
        accepts = compiled.kind.accepts
        ok = accepts is None or accepts(compiled.fact, value, scan.folded)
        distance = scan.geometry.distance(span, (hit.start, hit.end))
        candidates.append(Candidate(compiled.rule, scan.text[hit.start : hit.end],
                                    hit.target in mentioned, ok, distance, compiled.kind.reach))
    # A trigger of another event out of reach plays no part; the same trigger is shown once.
    kept = {c: None for c in candidates if c.mentioned or c.in_reach}
    candidates = sorted(kept, key=lambda c: c.distance)
    quoted = inside(scan.quotes, value.start, value.end)
    trace = ValueTrace(family, value.text, "", _reads(value), read, quoted, candidates)
    if quoted:
        trace.why = "inside a quotation: never judged"
        return trace
    if not read:
        trace.why = "not read by the check: no mentioned fact found its cue in the sentence"
        return trace
    placed = placement(facts, scan, group, value, mentioned)
    if isinstance(placed, Attached):
        trace.attached = placed.fact.rule
        trace.rivals = [r.rule for r in placed.rivals]
        best = next((c for c in candidates if c.rule == placed.fact.rule and c.accepts), None)
        if best is not None:
            trace.why = f"nearest accepting trigger '{best.trigger}' ({best.distance:g})"
    elif isinstance(placed, Reason):
        trace.why = placed.text()
    else:
        trace.why = _nowhere(candidates)
    return trace


def _nowhere(candidates: list[Candidate]) -> str:
    """Why a value went to no fact, from its candidates."""
    fitting = [c for c in candidates if c.accepts]
    if not fitting:
        return "no fact's kind accepts it" if candidates else "no trigger of its kind here"
    near = [c for c in fitting if c.in_reach]
    if not near:
        return "every accepting trigger is out of reach"
    if not near[0].mentioned:
        return f"nearest '{near[0].trigger}' is {near[0].rule}, not mentioned here"
    return "set aside by placement"


def _reads(value: DateMention | NumberMention) -> str:
    if isinstance(value, NumberMention):
        parts = [f"{value.value:g}"]
        parts += [p for p in (value.currency, value.unit) if p]
        if value.hedge is not None:
            parts.append(f"({value.hedge.value})")
        if value.ordinal:
            parts.append("(ordinal)")
        return " ".join(parts)
    return type(value.expr).__name__.lower()
