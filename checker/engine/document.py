"""Check one document: scan once, read values only where a fact is mentioned, attach
each value to its event, infer the dateline if needed, judge, and make findings."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from checker.builtin.enumeration import count_enumeration
from checker.builtin.two_spellings import two_spellings
from checker.builtin.weekday import fact_years, weekday_findings
from checker.engine.coref import Antecedents, Stand, as_hits, first_names, soften, weak_facts
from checker.engine.dateline import infer_datelines, story_middles, story_time, story_years
from checker.engine.diagnose import notes, record
from checker.engine.judging import (
    as_part,
    at_later_time,
    at_other_time,
    judge_value,
    make_finding,
    set_aside,
)
from checker.engine.matcher import CompiledFact, Hit, Matcher, Role
from checker.engine.names import NameChecker
from checker.engine.other_event import EventNames, is_verb
from checker.engine.participants import other_subject
from checker.engine.placement import Attached, Placer, SentenceHits
from checker.engine.reasons import Reasons
from checker.engine.scan import Scan
from checker.engine.siblings import sibling_reason
from checker.engine.views import longest, sentence_view
from checker.findings import Dateline, DocumentReport, Finding
from checker.gcpause import paused
from checker.kinds.base import (
    Context,
    ExtractorName,
    Judgement,
    SentenceView,
    Span,
    Verdict,
)
from checker.kinds.modality import clause_reading, not_judged
from checker.sheet.load import LoadedSheet
from checker.sources.documents import Document
from checker.text.polarity import Reading
from checker.text.segment import Sentence, inside


class Engine:
    """Holds the compiled sheets; checks documents one at a time."""

    def __init__(self, sheets: list[LoadedSheet]) -> None:
        with paused():
            self.matcher = Matcher(sheets)
            self.names = NameChecker(self.matcher.entities)
        self.accepted_words = frozenset(self.names.known)
        self.story_middles = story_middles(self.matcher.facts)
        self.story_years = story_years(self.matcher.facts)
        self.story_time = story_time(self.story_middles)
        self.first_names = first_names(self.matcher.entities)
        self.kinds = tuple(e.entity.kind for e in self.matcher.entities)
        self.agents = frozenset(
            e.index for e in self.matcher.entities if e.entity.kind in ("person", "organisation")
        )
        self.people = frozenset(
            e.index for e in self.matcher.entities if e.entity.kind == "person"
        )
        self.entity_names: dict[str, str] = {}
        for loaded in sheets:
            for entity_id, entity in loaded.sheet.entities.items():
                self.entity_names.setdefault(entity_id, entity.name)

    def _group(self, hits: list[Hit], sentences: list[Sentence]) -> list[SentenceHits]:
        starts = [s.start for s in sentences]
        groups: dict[int, SentenceHits] = {}
        for hit in hits:
            index = bisect_right(starts, hit.start) - 1
            if index < 0 or hit.end > sentences[index].end:
                continue
            group = groups.get(index)
            if group is None:
                group = groups[index] = SentenceHits(sentences[index], [], [], [])
            if hit.role is Role.ENTITY:
                group.entities.append(hit)
            elif hit.role is Role.TRIGGER:
                group.triggers.append(hit)
            else:
                group.unless.append(hit)
        return [groups[i] for i in sorted(groups)]

    def _mentioned(self, text: str, group: SentenceHits) -> set[int]:
        facts = self.matcher.facts
        excluded = group.settle()
        named = {e.target for e in group.entities}
        if group.entities:  # a trigger names another event only after a name
            events = EventNames(text, group, facts, self.kinds)
            group.elsewhere = [t for t in group.triggers if events.other_event(t)]
            if group.elsewhere:
                group.triggers = [t for t in group.triggers if t not in group.elsewhere]
        by_entity = {i for e in named for i in self.matcher.by_entity.get(e, ())}
        return {
            target
            for target in (*(hit.target for hit in group.triggers), *by_entity)
            if target not in excluded and facts[target].requires <= named
        }

    def _views(
        self, group: SentenceHits, mentioned: set[int], quotes: list[tuple[int, int]]
    ) -> list[tuple[CompiledFact, SentenceView]]:
        """A view of the sentence for each mentioned fact whose kind reads sentences."""
        facts = [
            f
            for f in (self.matcher.facts[i] for i in sorted(mentioned))
            if f.kind.judge_sentence is not None
        ]
        if not facts:
            return []
        names = longest(group.entities)
        return [
            (
                f,
                sentence_view(
                    group.sentence,
                    names,
                    group.triggers,
                    group.elsewhere,
                    f,
                    self.matcher.entities,
                    quotes,
                ),
            )
            for f in facts
        ]

    def _about_whom(
        self, scan: Scan, item: Attached, sentence: Sentence, names: dict[int, list[Hit]]
    ) -> Attached | str:
        """The value with the facts it may be about when its clause's subject is another
        person or organisation than the fact's: the facts about that subject, or about no
        one; else the name of the subject, when no fact is about it."""
        hits = names.get(sentence.start, [])
        value_start = item.evidence.value.start
        entities = self.matcher.entities
        subject = other_subject(
            scan.folded, sentence.start, value_start, hits, item.fact.requires, entities
        )
        if subject is None:
            return item
        agents = self.agents
        fits = [
            f
            for f in (item.fact, *item.rivals)
            if subject.target in f.requires or not f.requires & agents
        ]
        if not fits:
            return scan.text[subject.start : subject.end]
        return replace(item, fact=fits[0], rivals=tuple(fits[1:]))

    def _absent_people(self, text: str, group: SentenceHits, mentioned: set[int]) -> set[Hit]:
        """Verbs of unmentioned facts about a person the sentence does not name, when it
        names another: they speak of the person named ("Connolly won 64%" is not about
        Humphreys' share, though "won" is one of its words). A noun ("the ferry launch")
        still names its own event."""
        people = self.people
        named = {e.target for e in group.entities if e.target in people}
        if not named:
            return set()
        facts = self.matcher.facts
        return {
            h
            for h in group.triggers
            if h.target not in mentioned
            and (facts[h.target].requires & people) - named
            and is_verb(text, h)
        }

    def _attach(
        self, scan: Scan, group: SentenceHits, mentioned: set[int]
    ) -> list[tuple[Attached, tuple[Span, ...]]]:
        """Values of the sentence attached to the fact whose trigger is nearest. An
        extractor runs only when a mentioned fact of its kind finds its cue in the
        sentence (a currency for an amount, a time unit for a duration …)."""
        facts = self.matcher.facts
        sentence = group.sentence
        folded_sentence = scan.folded[sentence.start : sentence.end]
        families: set[ExtractorName] = set()
        for i in mentioned:
            kind = facts[i].kind
            if kind.extractor is None or kind.extractor in families:
                continue  # a cue is looked for only while its family is not yet needed
            if kind.cue is None or kind.cue(facts[i].fact, folded_sentence):
                families.add(kind.extractor)
        if not families:
            return []
        geometry = scan.geometry
        attached: list[tuple[Attached, tuple[Span, ...]]] = []
        absent = self._absent_people(scan.folded, group, mentioned)
        for family in sorted(families):
            rivals = [
                h
                for h in group.triggers
                if facts[h.target].kind.extractor == family and h not in absent
            ]
            values = scan.values(family, sentence)
            if not values:
                continue
            placer = Placer(
                facts, scan.folded, sentence, values, group, rivals, mentioned, geometry
            )
            values = [v for v in values if not inside(scan.quotes, v.start, v.end)]
            placed = [a for a in map(placer.place, values) if isinstance(a, Attached)]
            for found in placed:
                taken = {
                    (a.evidence.value.start, a.evidence.value.end)
                    for a in placed
                    if a.fact.index != found.fact.index
                }
                why = sibling_reason(found.fact, found.evidence.value, values, taken, scan.folded)
                if why is not None:
                    found = replace(found, aside=why)
                own = tuple((h.start, h.end) for h in rivals if h.target == found.fact.index)
                attached.append((found, own))
        return attached


def _mood(scan: Scan, item: Attached, sentence: Sentence, own: tuple[Span, ...]) -> Reading | None:
    """Whether the clause of an attached value, or of its trigger, denies or hedges it."""
    value = item.evidence.value
    span = (value.start, value.end)
    return clause_reading(scan.text, scan.folded, sentence.start, span, own)


@dataclass(slots=True)
class _Read:
    """What the sentences that mention facts gave: values attached to facts (with the
    sentence and the spans of their fact's triggers), the views of sentence kinds, the
    entity hits by sentence start, and the facts whose mention rests on a pronoun or a
    first name, by sentence start."""

    attached: list[tuple[Attached, Sentence, tuple[Span, ...]]] = field(default_factory=list)
    views: list[tuple[CompiledFact, SentenceView]] = field(default_factory=list)
    names: dict[int, list[Hit]] = field(default_factory=dict)
    guesses: dict[int, tuple[set[int], list[Stand]]] = field(default_factory=dict)

    def guessed(self, finding: Finding, compiled: CompiledFact, start: int, text: str) -> Finding:
        """The finding softened when its fact was mentioned through a guess."""
        weak, stands = self.guesses.get(start, (set(), []))
        return soften(finding, compiled, stands, text) if compiled.index in weak else finding


def _read(engine: Engine, scan: Scan, reasons: Reasons | None) -> _Read:
    """Attach the values and make the views of every sentence that mentions a fact."""
    read = _Read()
    hits = engine.matcher.scan(scan.folded, scan.text)
    antecedents = Antecedents.of(scan.text, engine.matcher.entities, engine.first_names)
    for group in engine._group(hits, scan.sentences):
        present = list(group.triggers) if reasons is not None else []
        named = {e.target for e in group.entities}
        stands = antecedents.stands(scan.folded, group.sentence, group.entities)
        if stands:
            hits_here = [*group.entities, *as_hits(stands)]
            group.entities = sorted(hits_here, key=lambda h: (h.start, -h.end))
        mentioned = engine._mentioned(scan.folded, group)
        if reasons is not None:
            record(reasons, engine.matcher.facts, group, present, mentioned)
        if not mentioned:
            continue
        if stands:
            weak = weak_facts(engine.matcher.facts, mentioned, named)
            read.guesses[group.sentence.start] = (weak, stands)
        found = engine._attach(scan, group, mentioned)
        read.attached.extend((a, group.sentence, own) for a, own in found)
        read.names[group.sentence.start] = group.entities
        read.views.extend(engine._views(group, mentioned, scan.quotes))
    return read


def _datelines(
    engine: Engine, doc: Document, scan: Scan, read: _Read, report: DocumentReport,
    verbose: bool,
) -> tuple[date, ...] | None:
    """The publication days: the document's own, or those its dates support (inferred);
    the report says which and how, or that there is none."""
    if doc.dateline is not None:
        report.dateline = Dateline(doc.dateline.isoformat(), doc.dateline_source or "text")
        return (doc.dateline,)
    asserted = [a for a, s, own in read.attached if _mood(scan, a, s, own) is None]
    inferred = infer_datelines(scan.text, asserted, engine.story_middles)
    datelines = None
    if inferred is not None and inferred.days:
        datelines = inferred.days
        report.dateline = Dateline(
            inferred.label,
            "inferred",
            tuple(
                f"line {doc.position(e.start)[0]}: '{doc.text[e.start : e.end]}' ({why})"
                for e, why in inferred.evidence
            ),
        )
    else:
        report.notes.append("no dateline found: relative dates were not checked")
    if inferred is not None:
        unused = [*inferred.set_aside, *inferred.refuted] if verbose else inferred.refuted
        report.notes.extend(
            f"dateline inference did not use line {doc.position(e.start)[0]}: "
            f"'{doc.text[e.start : e.end]}' ({why})"
            for e, why in unused
        )
    return datelines


def _value_findings(
    engine: Engine, doc: Document, scan: Scan, read: _Read, ctx: Context,
    report: DocumentReport, verbose: bool, reasons: Reasons | None,
) -> None:
    """Judge each attached value; unresolved ones are kept only when verbose. `reasons`
    (with --verbose and `explain`) records each verdict as `check` gives it."""
    for attached, sentence, own in read.attached:
        first = judge_value(attached, ctx)
        item, judgement = attached, first
        if first is not None and first.verdict is not Verdict.AGREES:
            item, judgement = _settled(engine, scan, read, ctx, attached, sentence, own, first)
        if reasons is not None:
            for compiled in (attached.fact, *attached.rivals):
                reasons.mark(sentence.start, compiled.index, judgement or first)
        if judgement is None:
            continue
        if judgement.verdict is Verdict.AGREES:
            report.agreeing.append(item.fact.rule)
            continue
        if judgement.verdict is Verdict.UNRESOLVED and not verbose:
            continue
        finding = make_finding(doc, item.fact, judgement, sentence)
        report.findings.append(read.guessed(finding, item.fact, sentence.start, scan.text))


def _settled(
    engine: Engine, scan: Scan, read: _Read, ctx: Context, item: Attached,
    sentence: Sentence, own: tuple[Span, ...], judgement: Judgement,
) -> tuple[Attached, Judgement | None]:
    """A verdict that is no agreement, weighed against what the sentence says of it: its
    mood, whose it is, and when (None: it agrees once given to the right fact)."""
    mood = _mood(scan, item, sentence, own)
    if mood is not None:
        judgement = not_judged(judgement, mood)
    else:
        about = engine._about_whom(scan, item, sentence, read.names)
        if isinstance(about, str):
            judgement = set_aside(judgement, f"about {about}")
        elif about is not item:
            item = about
            again = judge_value(item, ctx)
            if again is None or again.verdict is Verdict.AGREES:
                return item, again
            judgement = again
    if judgement.verdict is Verdict.CONTRADICTS and item.aside is not None:
        judgement = set_aside(judgement, item.aside)
    if judgement.verdict is Verdict.CONTRADICTS:
        judgement = at_later_time(scan.folded, item, sentence, judgement)
    if judgement.verdict is Verdict.CONTRADICTS:
        judgement = as_part(scan.folded, item, sentence, judgement)
    if judgement.verdict is Verdict.CONTRADICTS:
        stem = item.fact.sheet.stem
        judgement = at_other_time(scan.folded, item, sentence, judgement,
                                  engine.story_middles.get(stem),
                                  engine.story_years.get(stem, frozenset()))
    return item, judgement


def _view_findings(
    doc: Document, scan: Scan, read: _Read, ctx: Context, report: DocumentReport,
    verbose: bool, reasons: Reasons | None,
) -> None:
    """Judge each sentence view of a sentence kind (titles, roles, states …)."""
    for compiled, view in read.views:
        assert compiled.kind.judge_sentence is not None
        for judgement in compiled.kind.judge_sentence(compiled.fact, view, ctx):
            if reasons is not None:
                reasons.mark(view.start, compiled.index, judgement)
            if judgement.verdict is Verdict.AGREES:
                report.agreeing.append(compiled.rule)
                continue
            if not compiled.kind.own_polarity:
                span = (judgement.start, judgement.end)
                mood = clause_reading(scan.text, scan.folded, view.start, span, view.triggers)
                judgement = judgement if mood is None else not_judged(judgement, mood)
            if judgement.verdict is Verdict.UNRESOLVED and not verbose:
                continue
            finding = make_finding(doc, compiled, judgement, Sentence(view.start, view.end))
            report.findings.append(read.guessed(finding, compiled, view.start, scan.text))


def check_document(
    engine: Engine,
    doc: Document,
    verbose: bool = False,
    keep_text: bool = False,
    reasons: Reasons | None = None,
) -> DocumentReport:
    """All findings for one document; with `keep_text` the report holds the text as read;
    with `verbose`, also a note for every statement not judged, and `reasons` (given, or
    made) record what was judged and why not."""
    text = doc.analysis
    scan = Scan.of(text)
    if reasons is not None:
        verbose = True
    elif verbose:
        reasons = Reasons()
    read = _read(engine, scan, reasons)
    report = DocumentReport(doc.path, notes=list(doc.notes))
    if keep_text:
        report.text, report.prose = doc.text, text
    datelines = _datelines(engine, doc, scan, read, report, verbose)
    ctx = Context(
        text, datelines, engine.entity_names, doc.dateline is None, scan.folded, engine.story_time
    )
    _value_findings(engine, doc, scan, read, ctx, report, verbose, reasons)
    _view_findings(doc, scan, read, ctx, report, verbose, reasons)
    if reasons is not None:
        for compiled, judgement, sentence in notes(reasons, engine.matcher.facts, scan):
            report.findings.append(make_finding(doc, compiled, judgement, sentence))
    sentences = scan.sentences
    report.findings.extend(engine.names.findings(doc, sentences, scan.folded))
    years = None if datelines else fact_years([a for a, _, _ in read.attached])
    report.findings.extend(
        weekday_findings(doc, sentences, datelines, scan.dates, scan.folded, years)
    )
    report.findings.extend(two_spellings(doc, engine.accepted_words))
    report.findings.extend(count_enumeration(doc))
    report.findings.sort(key=lambda f: f.sort_key)
    return report
