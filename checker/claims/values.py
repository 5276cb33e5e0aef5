"""Values the articles of one story give for the same thing, and the ones a majority of
the other articles contradicts.

The claims of an article are its days and years (read here) and its figures
(`checker.claims.figures`); what a claim is and when two agree is `checker.claims.claim`.

A claim is contradicted when no other article supports it (a claim on the same thing whose
value agrees, and is no bound that fits any value) and at least two other articles give
values that agree with each other and not with it. Quoted values count as evidence but are
never judged. Two plain numbers agree when one covers the other as written (the tolerances
of `check`: 63% covers 63.4, not 64), hedged ones when their ranges meet; a day is compared
as the days it can mean (a weekday of an undated article: any such day around the story's
day), and days further apart than NEAR_DAYS are taken for two events, not a slip; a year
written alone ("in 2013", "the 2013 record") is compared as a whole year, with no such
limit but SHARED words."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations

from checker.claims.claim import Claim, kind_of
from checker.claims.context import Context, read_context
from checker.claims.figures import Where, number_claims
from checker.claims.names import sentence_names, subject_names
from checker.engine.whose_date import said_of_reporting
from checker.extract.dates import DateMention, find_dates
from checker.extract.dates_patterns import YEAR_WORD
from checker.extract.numbers import find_numbers
from checker.extract.quantity import Interval
from checker.extract.timeline import Absolute, DateValue, DayRange, Relative, resolve
from checker.findings import Finding, Severity
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import find_quotes, inside, split_sentences

STORY_WEEKS = 1  # a bare weekday of an undated article: any such day this many weeks around
REPORT_REACH = 20  # characters before a day searched for a reporting verb
MAX_DAYS = 31  # a date that may mean more days than this (a year, "last month") is not compared


# A sentence that opens with a pronoun speaks of whom the one before names.
_PRONOUN = re.compile(r"\s*(?:he|she|they|it|his|her|their|its)\b", re.IGNORECASE)


def _weekdays_near(weekday: int, story_day: date) -> DateValue:
    """Every day of this weekday in the fortnight around the story's day: what a bare
    weekday may mean in an article whose own date is unknown."""
    first = story_day - timedelta(days=STORY_WEEKS * 7)
    days = (first + timedelta(days=n) for n in range(STORY_WEEKS * 14 + 1))
    return DateValue(tuple(DayRange.day(d) for d in days if d.weekday() == weekday))


def _days(expr: Absolute | Relative, dateline: date | None, story_day: date | None
          ) -> DateValue | None:
    """The days a date may mean. A yearless date takes the year nearest the article's
    date, or the story's; a weekday of unknown direction may be the last one or the next
    one; a bare weekday in an article of unknown date, any such day around the story's."""
    if isinstance(expr, Absolute):
        return resolve(expr, dateline or story_day)
    if dateline is None:
        if expr.unit == "weekday" and expr.offset == 0 and expr.weekday is not None \
                and story_day is not None:
            return _weekdays_near(expr.weekday, story_day)
        return None
    days = resolve(expr, dateline)
    if days is None and expr.unit == "weekday" and expr.direction == "unknown":
        past = resolve(replace(expr, direction="past"), dateline)
        ahead = resolve(replace(expr, direction="future"), dateline)
        if past is not None and ahead is not None:
            days = DateValue(tuple(sorted({*past.candidates, *ahead.candidates})))
    return days


def _date_claim(doc: Document, index: int, mention: DateMention, context: Context,
                story_day: date | None) -> Claim | None:
    expr = mention.expr
    if not isinstance(expr, Absolute | Relative):
        return None  # anaphoric dates ("a day later") lean on another event
    near = max(0, mention.start - REPORT_REACH)  # "told reporters on Tuesday"
    if said_of_reporting(doc.analysis, mention, (near, near)):
        return None  # "said on Tuesday": when someone spoke, not when the event was
    dateline = doc.dateline if isinstance(doc.dateline, date) else None
    days = _days(expr, dateline, story_day)
    if days is None or not days.candidates:
        return None
    if any((c.last - c.first).days >= MAX_DAYS for c in days.candidates):
        return None
    return Claim(index, mention.start, mention.end, mention.text, "date",
                 context.heads(counted=False), context.words, days=days,
                 titled=context.titled)




def _year_claims(text: str, index: int, lo: int, hi: int, quotes: list[tuple[int, int]],
                 taken: list[tuple[int, int]]) -> Iterator[Claim]:
    """The years a sentence gives alone ("in 2013", "Vettel's 2013 record"), outside
    quotations, fuller dates and amounts (`taken`): compared as whole years, with no slip
    distance (a record set in 2009 or in 2013 is one record) but SHARED words."""
    for match in YEAR_WORD.finditer(text, lo, hi):
        start, end = match.span()
        if inside(quotes, start, end) or any(a <= start < b for a, b in taken):
            continue
        context = read_context(text, start, end, lo, hi)
        year = float(match.group())
        yield Claim(index, start, end, match.group(), "calendar-year",
                    context.heads(counted=False), context.words, titled=context.titled,
                    interval=Interval(year, year), point=year)


def story_day(documents: list[Document]) -> date | None:
    """The middle of the articles' known dates: the story's day."""
    known = sorted(d.dateline for d in documents if isinstance(d.dateline, date))
    return known[len(known) // 2] if known else None


def claims(doc: Document, index: int, story: date | None = None) -> list[Claim]:
    """Every comparable value of an article; those in quotations are marked `quoted`."""
    text = doc.analysis
    quotes = find_quotes(text)
    found: list[Claim] = []
    folded = fold(text)
    year = story.year if story is not None else None
    previous: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    for lo, hi in split_sentences(text):
        names = sentence_names(text, lo, hi)
        people, previous, before_names = names or previous, names, previous
        opens_with_pronoun = _PRONOUN.match(text, lo, hi) is not None
        if opens_with_pronoun:
            names |= before_names  # "She won 64%": of whom the sentence before speaks too
            antecedent = subject
        else:
            subject = subject_names(text, lo, hi)  # for a pronoun opening the next one
            antecedent = frozenset()
        date_mentions = find_dates(text, lo, hi)
        for date_mention in date_mentions:
            context = read_context(text, date_mention.start, date_mention.end, lo, hi)
            claim = _date_claim(doc, index, date_mention, context, story)
            if claim is not None:
                found.append(replace(claim, names=names, sentence=lo, quoted=inside(
                    quotes, date_mention.start, date_mention.end)))
        numbers = find_numbers(text, lo, hi)
        taken = [(d.start, d.end) for d in date_mentions
                 if not isinstance(d.expr, Absolute) or d.expr.month is not None]
        taken += [(n.start, n.end) for n in numbers if n.unit or n.currency]
        found.extend(replace(c, names=names, sentence=lo)
                     for c in _year_claims(text, index, lo, hi, quotes, taken))
        where = Where(text, folded, (lo, hi), quotes, names, people, antecedent, year)
        found.extend(number_claims(where, index, numbers))
    if isinstance(doc.dateline, date):
        published: date | None = doc.dateline
    else:  # unknown; when no article of the story has a date, all are taken as of one day
        published = None if story is not None else date.min
    return [replace(c, published=published) for c in found]


def _agreeing_pair(claims_by_article: dict[int, list[Claim]]) -> bool:
    """Whether two of these articles give values that agree with each other."""
    for a, b in combinations(claims_by_article.values(), 2):
        if any(x.agrees(y) for x in a for y in b):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the other articles say against a claim, and why it stands when it does."""

    opposing: dict[int, list[Claim]]
    stands: str | None = None  # why it is not reported, when some article disputes it


def judge(claim: Claim, others: list[Claim]) -> Verdict:
    """The articles that contradict `claim`; it stands when another supports it, or when
    fewer than two contradict it, or when those that do do not agree with each other."""
    opposing: dict[int, list[Claim]] = defaultdict(list)
    in_time: dict[int, list[Claim]] = defaultdict(list)  # tolls that may be of another day
    support: Claim | None = None
    for other in others:
        if other.article == claim.article or not claim.about_same(other):
            continue
        if claim.supports(other):
            support = support or other
            continue
        if claim.agrees(other) or not claim.near(other) or claim.finer(other):
            continue
        (in_time if claim.toll_in_time(other) else opposing)[other.article].append(other)
    if not opposing:
        if in_time:
            return Verdict(in_time, "tolls rise: the others may be of another day")
        return Verdict({})
    if support is not None:
        return Verdict(opposing, f"another article gives it too ('{support.written}')")
    if len(opposing) < 2:
        return Verdict(opposing, "only one other article says otherwise")
    if not _agreeing_pair(opposing):
        return Verdict(opposing, "the articles that say otherwise do not agree with each other")
    return Verdict(opposing)


def value_findings(documents: list[Document], verbose: bool = False
                   ) -> dict[int, list[Finding]]:
    """Findings per article index for claims the other articles contradict; with
    `verbose`, an info note on each claim some article disputes that stands, and why."""
    from checker.claims.compare import label

    day = story_day(documents)
    every = [c for i, doc in enumerate(documents) for c in claims(doc, i, day)]
    by_measure: dict[str, list[Claim]] = defaultdict(list)
    for claim in every:
        by_measure[claim.measure].append(claim)
    found: dict[int, list[Finding]] = defaultdict(list)
    sentences: dict[int, dict[int, int]] = {}  # article → sentence start → end, when needed
    for claim in every:
        if claim.quoted:
            continue  # a quotation is what someone said: evidence, not the article's claim
        verdict = judge(claim, by_measure[claim.measure])
        if not verdict.opposing or (verdict.stands and not verbose):
            continue
        doc = documents[claim.article]
        where = []
        for article, said in sorted(verdict.opposing.items()):
            line = documents[article].position(said[0].start)[0]
            where.append(f"{label(documents[article].path)}:{line} '{said[0].written}'")
        if claim.article not in sentences:
            sentences[claim.article] = dict(split_sentences(doc.analysis))
        end = sentences[claim.article].get(claim.sentence)
        sentence = None if end is None else (claim.sentence, end)
        count = len(verdict.opposing)
        sources = "1 other source says" if count == 1 else f"{count} other sources say"
        message = f"'{claim.written}': {sources} otherwise"
        found[claim.article].append(
            doc.finding(
                f"compare.{kind_of(claim.measure)}",
                (claim.start, claim.end),
                found=claim.written,
                expected=", ".join(where),
                message=message if verdict.stands is None
                else f"not reported: {verdict.stands} ({message})",
                severity=Severity.WARNING if verdict.stands is None else Severity.INFO,
                cite=", ".join(label(documents[a].path) for a in sorted(verdict.opposing)),
                sentence=sentence,
            )
        )
    return found
