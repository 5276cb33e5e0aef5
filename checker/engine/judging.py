"""A value's verdict against its fact and its rivals, and the finding made of a verdict."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from checker.engine.dateline import STORY_REACH
from checker.engine.matcher import CompiledFact
from checker.engine.placement import Attached
from checker.engine.whose_date import REPORTING_TIME, other_time
from checker.extract.dates import DateMention
from checker.findings import Finding, Severity
from checker.kinds.base import Context, Judgement, Verdict
from checker.kinds.date import DateFact, before_fact
from checker.sources.documents import Document
from checker.text.anterior import clause_years, later_cue
from checker.text.polarity import clause_start
from checker.text.segment import Sentence


def judge_value(attached: Attached, ctx: Context) -> Judgement | None:
    """The fact's verdict on the value; unresolved when a date is another act's time or
    when a rival fact would judge it otherwise; None for a kind that judges no values."""
    judge = attached.fact.kind.judge
    if judge is None:
        return None
    judgement = judge(attached.fact.fact, attached.evidence, ctx)
    value, where = attached.evidence.value, attached.trigger
    if judgement.verdict is Verdict.CONTRADICTS and isinstance(value, DateMention) and where:
        if attached.reported and _reported_too_early(attached, ctx):
            return replace(judgement, found=f"{judgement.found}, reported as done by then")
        whose = REPORTING_TIME if attached.reported else other_time(ctx.text, value, where)
        if whose is not None:  # "On Sunday, the minister said the crash"
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
    """The finding for a judgement: info when unresolved, else at the fact's severity."""
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


def _reported_too_early(attached: Attached, ctx: Context) -> bool:
    """Whether a reporting act's date comes before the event it tells as done ("said on
    Saturday the toll has been revised", revised on Sunday): a contradiction all the same."""
    fact = attached.fact.fact
    return isinstance(fact, DateFact) and before_fact(fact, attached.evidence, ctx)


def at_later_time(
    folded: str, attached: Attached, sentence: Sentence, judgement: Judgement
) -> Judgement:
    """A figure its clause sets at a later time ("in three weeks with six rounds
    remaining") is not judged against the story's."""
    value = attached.evidence.value
    if isinstance(value, DateMention):
        return judgement
    cue = later_cue(folded, clause_start(folded, sentence.start, value.start), value.start)
    if cue is None:
        return judgement
    return set_aside(judgement, f"said of a later time ('{cue}')")


def at_other_time(
    folded: str, attached: Attached, sentence: Sentence, judgement: Judgement,
    middle: date | None, years: frozenset[int],
) -> Judgement:
    """A figure its clause sets in a year far from its story ("who cut 2,000 jobs in
    2015", "In March 2020, it cut 650 jobs", "since 2019, when … was jailed for four
    years") is of another event: not judged against the story's, unless one of the
    sheet's dated facts falls in that year. `middle` is the middle of the sheet's dated
    facts (None without any)."""
    value = attached.evidence.value
    if isinstance(value, DateMention) or middle is None:
        return judgement
    low = clause_start(folded, sentence.start, value.start)
    for year in clause_years(folded, sentence.start, sentence.end, low, value.start,
                             value.end):
        if year.deadline and year.value >= middle.year:
            continue  # a target to reach ("50,000 homes by 2031"): the story's own plan
        near = date(year.value, 1, 1) <= middle + STORY_REACH
        if year.value in years or (near and date(year.value, 12, 31) >= middle - STORY_REACH):
            continue
        return set_aside(judgement, f"said of another time ('{year}')")
    return judgement


# A fraction of a whole, then the figure in apposition: "half of his term, three and a half
# years, in custody".
_PART_OF = re.compile(
    r"\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|part|most)\s+of\s+"
    r"(?:the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*$"
)


def as_part(folded: str, attached: Attached, sentence: Sentence, judgement: Judgement
            ) -> Judgement:
    """A figure set after a fraction of a whole ("half of his term, three and a half
    years,") is that part, not the fact's whole: not judged."""
    value = attached.evidence.value
    part = _PART_OF.search(folded, max(sentence.start, value.start - 60), value.start)
    if part is None:
        return judgement
    return set_aside(judgement, f"a part of the whole ('{part.group().rstrip(' ,')}')")


def set_aside(judgement: Judgement, reason: str) -> Judgement:
    """The contradiction turned into an unresolved note that says why."""
    return Judgement(
        judgement.start, judgement.end, Verdict.UNRESOLVED, f"{reason}: {judgement.found}",
        judgement.expected,
    )
