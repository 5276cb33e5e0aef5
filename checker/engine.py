"""Check one document: scan once, read values only where a fact is mentioned, attach
each value to its event, infer the dateline if needed, judge, and make findings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from checker.attach import AMBIGUITY_MARGIN, SentenceGeometry
from checker.dateline import infer_datelines
from checker.extract.dates import DateMention, find_dates
from checker.extract.numbers import NumberMention, find_numbers
from checker.findings import Dateline, DocumentReport, Finding, Severity
from checker.kinds.base import (
    Context,
    Evidence,
    ExtractorName,
    Judgement,
    SentenceView,
    Verdict,
)
from checker.kinds.date import DateFact
from checker.matcher import CompiledFact, Hit, Matcher, Role
from checker.names import NameChecker
from checker.sheet.load import LoadedSheet
from checker.sources import Document
from checker.text.fold import fold
from checker.text.segment import Sentence, find_quotes, inside, split_sentences
from checker.views import longest, sentence_view
from checker.weekday import weekday_findings

_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_JOINER = re.compile(r"(?:['’]s)?[\s-]*")
Extractor = Callable[[str, int, int], Sequence[DateMention | NumberMention]]
EXTRACTORS: dict[ExtractorName, Extractor] = {"dates": find_dates, "numbers": find_numbers}


@dataclass(frozen=True, slots=True)
class Attached:
    """A value judged against a fact; `rivals` are other facts it may belong to."""

    fact: CompiledFact
    evidence: Evidence
    rivals: tuple[CompiledFact, ...] = ()


@dataclass(slots=True)
class _SentenceHits:
    sentence: Sentence
    entities: list[Hit]
    triggers: list[Hit]
    unless: list[Hit]
    elsewhere: list[Hit] = field(default_factory=list)  # triggers that name another event

    def settle(self) -> set[int]:
        """Apply the `unless` words: one that overlaps a trigger of its fact cancels that
        trigger ("called off" is not a call); one elsewhere rules the fact out. Returns
        the facts ruled out."""
        excluded: set[int] = set()
        for word in self.unless:
            overlapped = [t for t in self.triggers if t.target == word.target
                          and t.start < word.end and word.start < t.end]
            if overlapped:
                self.triggers = [t for t in self.triggers if t not in overlapped]
            else:
                excluded.add(word.target)
        return excluded


class Engine:
    """Holds the compiled sheets; checks documents one at a time."""

    def __init__(self, sheets: list[LoadedSheet]) -> None:
        self.matcher = Matcher(sheets)
        self.names = NameChecker(self.matcher.entities)

    def _group(self, hits: list[Hit], sentences: list[Sentence]) -> list[_SentenceHits]:
        starts = [s.start for s in sentences]
        groups: dict[int, _SentenceHits] = {}
        for hit in hits:
            index = bisect_right(starts, hit.start) - 1
            if index < 0 or hit.end > sentences[index].end:
                continue
            group = groups.get(index)
            if group is None:
                group = groups[index] = _SentenceHits(sentences[index], [], [], [])
            if hit.role is Role.ENTITY:
                group.entities.append(hit)
            elif hit.role is Role.TRIGGER:
                group.triggers.append(hit)
            else:
                group.unless.append(hit)
        return [groups[i] for i in sorted(groups)]

    def _mentioned(self, text: str, group: _SentenceHits) -> set[int]:
        facts = self.matcher.facts
        excluded = group.settle()
        named = {e.target for e in group.entities}
        group.elsewhere = [t for t in group.triggers if _other_event(text, t, group, facts)]
        group.triggers = [t for t in group.triggers if t not in group.elsewhere]
        by_entity = {i for e in named for i in self.matcher.by_entity.get(e, ())}
        return {
            target
            for target in (*(hit.target for hit in group.triggers), *by_entity)
            if target not in excluded and facts[target].requires <= named
        }

    def _views(
        self, group: _SentenceHits, mentioned: set[int], quotes: list[tuple[int, int]]
    ) -> list[tuple[CompiledFact, SentenceView]]:
        """A view of the sentence for each mentioned fact whose kind reads sentences."""
        facts = [self.matcher.facts[i] for i in sorted(mentioned)]
        names = longest(group.entities)
        return [
            (f, sentence_view(group.sentence, names, group.triggers, group.elsewhere, f,
                              self.matcher.entities, quotes))
            for f in facts
            if f.kind.judge_sentence is not None
        ]

    def _attach(
        self, text: str, group: _SentenceHits, mentioned: set[int], quotes: list[tuple[int, int]]
    ) -> list[Attached]:
        """Values of the sentence attached to the fact whose trigger is nearest."""
        if not mentioned:
            return []
        facts = self.matcher.facts
        sentence = group.sentence
        geometry = SentenceGeometry.of(text, sentence.start, sentence.end)
        families = {facts[i].kind.extractor for i in mentioned} - {None}
        attached: list[Attached] = []
        for family in sorted(f for f in families if f is not None):
            rivals = [h for h in group.triggers if facts[h.target].kind.extractor == family]
            for value in EXTRACTORS[family](text, sentence.start, sentence.end):
                if inside(quotes, value.start, value.end):
                    continue
                found = self._place(text, value, rivals, mentioned, geometry, sentence)
                if found is not None:
                    attached.append(found)
        return attached

    def _place(
        self,
        text: str,
        value: DateMention | NumberMention,
        triggers: list[Hit],
        mentioned: set[int],
        geometry: SentenceGeometry,
        sentence: Sentence,
    ) -> Attached | None:
        """Attach a value to the fact of its nearest trigger. An anaphoric date counts from
        another dated event of the sentence: the one right after it when it says so ("two
        days after the summit"), else the nearest one before it that is not its own."""
        facts = self.matcher.facts
        side = getattr(getattr(value, "expr", None), "anchor", None)
        anchor_hit = None
        if side == "following":
            anchor_hit = _anchor(value, triggers, mentioned, side, facts, geometry, exclude=-1)
            if anchor_hit is not None:
                triggers = [h for h in triggers if h.target != anchor_hit.target]
        if _POSSESSIVE.match(text, value.end):  # "Thursday's summit", "last week's headlines"
            triggers = [h for h in triggers if 0 <= h.start - value.end <= 16]
        placed = self._nearest(text, value, triggers, mentioned, geometry)
        if placed is None:
            return None
        winner, rivals = placed
        if side == "preceding":
            anchor_hit = _anchor(value, triggers, mentioned, side, facts, geometry, winner)
        anchor = None
        if anchor_hit is not None:
            anchor_fact = facts[anchor_hit.target].fact
            assert isinstance(anchor_fact, DateFact)
            anchor = anchor_fact.date
        evidence = Evidence(value, sentence.start, sentence.end, anchor)
        return Attached(facts[winner], evidence, tuple(facts[i] for i in rivals))

    def _nearest(
        self,
        text: str,
        value: DateMention | NumberMention,
        triggers: list[Hit],
        mentioned: set[int],
        geometry: SentenceGeometry,
    ) -> tuple[int, list[int]] | None:
        """The mentioned fact whose trigger is nearest the value, and the mentioned facts
        nearly as near. Each trigger position stands for the facts of its hits that accept
        the value; a position whose facts are all unmentioned is another event, and a value
        nearest to it belongs to none of ours."""
        facts = self.matcher.facts
        places: dict[tuple[int, int], tuple[float, list[int]]] = {}
        aside = _ASIDE.match(text, value.end)  # "€140-billion ($163-billion) loan"
        span = (value.start, aside.end() if aside else value.end)
        for hit in triggers:
            compiled = facts[hit.target]
            accepts = compiled.kind.accepts
            if accepts is not None and not accepts(compiled.fact, value, text):
                continue
            score = geometry.distance(span, (hit.start, hit.end))
            if compiled.kind.reach is not None and score > compiled.kind.reach:
                continue
            places.setdefault((hit.start, hit.end), (score, []))[1].append(hit.target)
        if not places:
            return None
        ranked = sorted(places.values(), key=lambda p: p[0])
        best_score, best_facts = ranked[0]
        ours = [i for i in dict.fromkeys(best_facts) if i in mentioned]
        if not ours:
            return None
        near = [
            i
            for score, targets in ranked[1:]
            if score - best_score < AMBIGUITY_MARGIN
            for i in targets
            if i in mentioned
        ]
        winner = ours[0]
        return winner, [i for i in dict.fromkeys([*ours[1:], *near]) if i != winner]


def _other_event(text: str, trigger: Hit, group: _SentenceHits, facts: list[CompiledFact]) -> bool:
    """A trigger named after an entity its fact does not involve is another event:
    "the Budapest meeting" is not the Trump–Zelensky meeting."""
    requires = facts[trigger.target].requires
    if not requires:
        return False
    for entity in group.entities:
        if entity.end <= trigger.start and entity.target not in requires:
            joiner = _JOINER.match(text, entity.end, trigger.start)
            if joiner is not None and joiner.end() == trigger.start:
                return True
    return False


def _anchor(
    value: DateMention | NumberMention,
    triggers: list[Hit],
    mentioned: set[int],
    side: str,
    facts: list[CompiledFact],
    geometry: SentenceGeometry,
    exclude: int,
) -> Hit | None:
    """The dated event an anaphoric date counts from: the nearest mentioned date-fact
    trigger, other than fact `exclude`, on the side the expression points to."""
    if side == "following":
        pool = [h for h in triggers if h.start >= value.end]
    else:
        pool = [h for h in triggers if h.end <= value.start]
    pool = [
        h
        for h in pool
        if h.target in mentioned
        and h.target != exclude
        and isinstance(facts[h.target].fact, DateFact)
    ]
    if not pool:
        return None
    return min(pool, key=lambda h: geometry.distance((value.start, value.end), (h.start, h.end)))


def _judge(attached: Attached, ctx: Context) -> Judgement | None:
    judge = attached.fact.kind.judge
    if judge is None:
        return None
    judgement = judge(attached.fact.fact, attached.evidence, ctx)
    for rival in attached.rivals:
        rival_judge = rival.kind.judge
        if rival_judge is None:
            continue
        other = rival_judge(rival.fact, attached.evidence, ctx)
        if other.verdict is not judgement.verdict:
            return Judgement(judgement.start, judgement.end, Verdict.UNRESOLVED,
                             judgement.found, f"{judgement.expected} or {other.expected}")
    return judgement


def _cite(compiled: CompiledFact) -> str:
    sources = compiled.sheet.sheet.sources
    parts = []
    for source_id in compiled.fact.cite:
        source = sources[source_id]
        parts.append(", ".join(str(p) for p in (source.outlet, source.date, source.url) if p))
    return "; ".join(parts)


def make_finding(
    doc: Document, compiled: CompiledFact, judgement: Judgement, sentence: Sentence | None
) -> Finding:
    fact = compiled.fact
    line, column = doc.position(judgement.start)
    end_line, end_column = doc.position(judgement.end)
    quote = doc.text[judgement.start : judgement.end]
    if judgement.verdict is Verdict.UNRESOLVED:
        severity = Severity.INFO
        message = f"{fact.name}: could not check '{quote}' ({judgement.found})"
    else:
        severity = fact.severity
        message = fact.message or (
            f"{fact.name}: the fact sheet says {judgement.expected}, the text says "
            f"{judgement.found}"
        )
    context = " ".join(doc.text[sentence.start : sentence.end].split()) if sentence else ""
    return Finding(
        rule=compiled.rule, severity=severity, path=doc.path, line=line, column=column,
        end_line=end_line, end_column=end_column, quote=quote, found=judgement.found,
        expected=judgement.expected, message=message, cite=_cite(compiled), sentence=context,
    )


def check_document(engine: Engine, doc: Document, verbose: bool = False) -> DocumentReport:
    """All findings for one document."""
    text = doc.analysis
    sentences = split_sentences(text)
    quotes = find_quotes(text)
    hits = engine.matcher.scan(fold(text), text)
    attached: list[tuple[Attached, Sentence]] = []
    views: list[tuple[CompiledFact, SentenceView]] = []
    for group in engine._group(hits, sentences):
        mentioned = engine._mentioned(text, group)
        attached.extend((a, group.sentence) for a in engine._attach(text, group, mentioned, quotes))
        views.extend(engine._views(group, mentioned, quotes))
    report = DocumentReport(doc.path, notes=list(doc.notes))
    datelines: tuple[date, ...] | None = None
    if doc.dateline is not None:
        datelines = (doc.dateline,)
        report.dateline = Dateline(doc.dateline.isoformat(), doc.dateline_source or "text")
    else:
        inferred = infer_datelines([a for a, _ in attached])
        if inferred is not None:
            datelines = inferred.days
            report.dateline = Dateline(
                inferred.label, "inferred",
                tuple(f"line {doc.position(e.start)[0]}: '{doc.text[e.start:e.end]}' ({rule})"
                      for e, rule in inferred.evidence),
            )
        else:
            report.notes.append("no dateline found: relative dates were not checked")
    ctx = Context(text, datelines)
    for item, sentence in attached:
        judgement = _judge(item, ctx)
        if judgement is None or judgement.verdict is Verdict.AGREES:
            continue
        if judgement.verdict is Verdict.UNRESOLVED and not verbose:
            continue
        report.findings.append(make_finding(doc, item.fact, judgement, sentence))
    for compiled, view in views:
        assert compiled.kind.judge_sentence is not None
        for judgement in compiled.kind.judge_sentence(compiled.fact, view, ctx):
            if judgement.verdict is Verdict.AGREES or (
                judgement.verdict is Verdict.UNRESOLVED and not verbose
            ):
                continue
            sentence = Sentence(view.start, view.end)
            report.findings.append(make_finding(doc, compiled, judgement, sentence))
    report.findings.extend(engine.names.findings(doc, sentences))
    report.findings.extend(weekday_findings(doc, sentences, datelines))
    report.findings.sort(key=lambda f: f.sort_key)
    return report
