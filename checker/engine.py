"""Check one document: scan once, read values only where a fact is mentioned, attach
each value to its event, infer the dateline if needed, judge, and make findings."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from checker.attach import SentenceGeometry
from checker.builtin.enumeration import count_enumeration
from checker.builtin.two_spellings import two_spellings
from checker.coref import Antecedents, Stand, as_hits, first_names, soften, weak_facts
from checker.dateline import infer_datelines, story_middles
from checker.diagnose import notes, record
from checker.extract.dates import DateMention, find_dates
from checker.extract.numbers import NumberMention, find_numbers
from checker.findings import Dateline, DocumentReport, Finding, Severity
from checker.kinds.base import (
    Context,
    ExtractorName,
    Judgement,
    SentenceView,
    Span,
    Verdict,
)
from checker.matcher import CompiledFact, Hit, Matcher, Role
from checker.modality import clause_reading, not_judged
from checker.names import NameChecker
from checker.participants import other_subject
from checker.placement import Attached, Placer, SentenceHits, is_verb, other_event
from checker.reasons import Reasons
from checker.sheet.load import LoadedSheet
from checker.siblings import set_aside, sibling_reason
from checker.sources import Document
from checker.text.fold import fold
from checker.text.polarity import Reading
from checker.text.segment import Sentence, find_quotes, inside, split_sentences
from checker.views import longest, sentence_view
from checker.weekday import fact_years, weekday_findings
from checker.whose_date import other_time

Extractor = Callable[[str, int, int], Sequence[DateMention | NumberMention]]
EXTRACTORS: dict[ExtractorName, Extractor] = {"dates": find_dates, "numbers": find_numbers}


class Engine:
    """Holds the compiled sheets; checks documents one at a time."""

    def __init__(self, sheets: list[LoadedSheet]) -> None:
        self.matcher = Matcher(sheets)
        self.names = NameChecker(self.matcher.entities)
        self.accepted_words = frozenset(self.names.known)
        self.story_middles = story_middles(self.matcher.facts)
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
        group.elsewhere = [
            t for t in group.triggers if other_event(text, t, group, facts, self.kinds)
        ]
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


@dataclass(slots=True)
class Scan:
    """One document as the engine reads it: the text, its folded copy, sentences,
    quotations, and the values extracted so far (each sentence is read once)."""

    text: str
    folded: str
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    geometry: SentenceGeometry
    _values: dict[tuple[ExtractorName, int], Sequence[DateMention | NumberMention]] = field(
        default_factory=dict
    )

    @classmethod
    def of(cls, text: str) -> Scan:
        return cls(
            text, fold(text), split_sentences(text), find_quotes(text), SentenceGeometry(text)
        )

    def values(
        self, family: ExtractorName, sentence: Sentence
    ) -> Sequence[DateMention | NumberMention]:
        key = (family, sentence.start)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = EXTRACTORS[family](self.text, sentence.start, sentence.end)
        return found

    def dates(self, sentence: Sentence) -> list[DateMention]:
        return [v for v in self.values("dates", sentence) if isinstance(v, DateMention)]


def _mood(scan: Scan, item: Attached, sentence: Sentence, own: tuple[Span, ...]) -> Reading | None:
    """Whether the clause of an attached value, or of its trigger, denies or hedges it."""
    value = item.evidence.value
    span = (value.start, value.end)
    return clause_reading(scan.text, scan.folded, sentence.start, span, own)


def _judge(attached: Attached, ctx: Context) -> Judgement | None:
    judge = attached.fact.kind.judge
    if judge is None:
        return None
    judgement = judge(attached.fact.fact, attached.evidence, ctx)
    value, where = attached.evidence.value, attached.trigger
    if judgement.verdict is Verdict.CONTRADICTS and isinstance(value, DateMention) and where:
        whose = other_time(ctx.text, value, where)  # "On Sunday, the minister said the crash"
        if whose is not None:
            found = f"{judgement.found}: {whose}"
            return replace(judgement, verdict=Verdict.UNRESOLVED, found=found)
    for rival in attached.rivals:
        rival_judge = rival.kind.judge
        if rival_judge is None:
            continue
        other = rival_judge(rival.fact, attached.evidence, ctx)
        if other.verdict is not judgement.verdict:
            return Judgement(
                judgement.start,
                judgement.end,
                Verdict.UNRESOLVED,
                f"{judgement.found}, unresolved between facts {attached.fact.fact.name} "
                f"and {rival.fact.name}",
                f"{judgement.expected} or {other.expected}",
            )
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
        rule=compiled.rule,
        severity=severity,
        path=doc.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        quote=quote,
        found=judgement.found,
        expected=judgement.expected,
        message=message,
        cite=_cite(compiled),
        sentence=context,
    )


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
    sentences = scan.sentences
    hits = engine.matcher.scan(scan.folded, text)
    attached: list[tuple[Attached, Sentence, tuple[Span, ...]]] = []
    names: dict[int, list[Hit]] = {}  # entity hits by sentence start
    views: list[tuple[CompiledFact, SentenceView]] = []
    if reasons is not None:
        verbose = True
    elif verbose:
        reasons = Reasons()
    antecedents = Antecedents.of(text, engine.matcher.entities, engine.first_names)
    guesses: dict[int, tuple[set[int], list[Stand]]] = {}  # by sentence start
    for group in engine._group(hits, sentences):
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
            guesses[group.sentence.start] = (weak, stands)
        attached.extend((a, group.sentence, r) for a, r in engine._attach(scan, group, mentioned))
        names[group.sentence.start] = group.entities
        views.extend(engine._views(group, mentioned, scan.quotes))
    report = DocumentReport(doc.path, notes=list(doc.notes))
    if keep_text:
        report.text, report.prose = doc.text, text
    datelines: tuple[date, ...] | None = None
    if doc.dateline is not None:
        datelines = (doc.dateline,)
        report.dateline = Dateline(doc.dateline.isoformat(), doc.dateline_source or "text")
    else:
        inferred = infer_datelines(
            text,
            [a for a, s, own in attached if _mood(scan, a, s, own) is None],
            engine.story_middles,
        )
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
    ctx = Context(text, datelines, engine.entity_names, doc.dateline is None, scan.folded)
    for item, sentence, own in attached:
        judgement = _judge(item, ctx)
        if reasons is not None:
            for compiled in (item.fact, *item.rivals):
                reasons.mark(sentence.start, compiled.index, judgement)
        if judgement is None:
            continue
        if judgement.verdict is Verdict.AGREES:
            report.agreeing.append(item.fact.rule)
            continue
        mood = _mood(scan, item, sentence, own)
        if mood is not None:
            judgement = not_judged(judgement, mood)
        else:
            about = engine._about_whom(scan, item, sentence, names)
            if isinstance(about, str):
                judgement = Judgement(judgement.start, judgement.end, Verdict.UNRESOLVED,
                                      f"about {about}: {judgement.found}", judgement.expected)
            elif about is not item:
                item = about
                judgement = _judge(item, ctx)
                if judgement is None or judgement.verdict is Verdict.AGREES:
                    continue
        if judgement.verdict is Verdict.CONTRADICTS and item.aside is not None:
            judgement = set_aside(judgement, item.aside)
        if judgement.verdict is Verdict.UNRESOLVED and not verbose:
            continue
        finding = make_finding(doc, item.fact, judgement, sentence)
        weak, stands = guesses.get(sentence.start, (set(), []))
        if item.fact.index in weak:
            finding = soften(finding, item.fact, stands, text)
        report.findings.append(finding)
    for compiled, view in views:
        assert compiled.kind.judge_sentence is not None
        for judgement in compiled.kind.judge_sentence(compiled.fact, view, ctx):
            if reasons is not None:
                reasons.mark(view.start, compiled.index, judgement)
            if judgement.verdict is Verdict.AGREES:
                report.agreeing.append(compiled.rule)
                continue
            if not compiled.kind.own_polarity:
                span = (judgement.start, judgement.end)
                mood = clause_reading(text, scan.folded, view.start, span, view.triggers)
                judgement = judgement if mood is None else not_judged(judgement, mood)
            if judgement.verdict is Verdict.UNRESOLVED and not verbose:
                continue
            sentence = Sentence(view.start, view.end)
            finding = make_finding(doc, compiled, judgement, sentence)
            weak, stands = guesses.get(sentence.start, (set(), []))
            if compiled.index in weak:
                finding = soften(finding, compiled, stands, text)
            report.findings.append(finding)
    if reasons is not None:
        for compiled, judgement, sentence in notes(reasons, engine.matcher.facts, scan):
            report.findings.append(make_finding(doc, compiled, judgement, sentence))
    report.findings.extend(engine.names.findings(doc, sentences, scan.folded))
    years = None if datelines else fact_years([a for a, _, _ in attached])
    report.findings.extend(
        weekday_findings(doc, sentences, datelines, scan.dates, scan.folded, years)
    )
    report.findings.extend(two_spellings(doc, engine.accepted_words))
    report.findings.extend(count_enumeration(doc))
    report.findings.sort(key=lambda f: f.sort_key)
    return report
