"""Values the articles of one story give for the same thing, and the ones a majority of
the other articles contradicts.

A claim is a value (a day, a year, a count, an amount, a share, an age) with the content words of
its clause, the words that name what it counts or dates (its heads), the names of its
sentence (of the one before, when it opens with a pronoun: "She won 64%") and its proper
names of several words. Two claims of different articles speak of
the same thing when they are of the same measure, share a head and SHARED content words
(DATE_SHARED for days), unless each names people the other does not name, or they name two
things of one sort ("the Italian Grand Prix", "the Azerbaijan Grand Prix"). An age is of
the person named in its sentence (or the one before).

A claim is contradicted when no other article supports it (a claim on the same thing whose
value agrees) and at least two other articles give values that agree with each other and
not with it. Two plain numbers agree when one covers the other as written (the tolerances
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

from checker.claims.context import Context, lemma, read_context
from checker.claims.names import nearest_names, sentence_names, subject_names
from checker.claims.senses import senses
from checker.engine.whose_date import said_of_reporting
from checker.extract.dates import DateMention, find_dates
from checker.extract.dates_patterns import YEAR_WORD
from checker.extract.numbers import Hedge, NumberMention, find_numbers
from checker.extract.quantity import Interval, consistent_interval
from checker.extract.timeline import Absolute, DateValue, DayRange, Relative, resolve
from checker.findings import Finding
from checker.sources.documents import Document
from checker.text.segment import find_quotes, inside, split_sentences

SHARED = 3  # content words two claims must share to speak of the same thing
DATE_SHARED = 2  # for two days, with a head word among them
STORY_WEEKS = 1  # a bare weekday of an undated article: any such day this many weeks around
REPORT_REACH = 20  # characters before a day searched for a reporting verb
NEAR_DAYS = 45  # days two dates of one event may be apart when one is a slip
MAX_DAYS = 31  # a date that may mean more days than this (a year, "last month") is not compared

@dataclass(frozen=True, slots=True)
class Claim:
    """A value one article gives, and the words around it."""

    article: int
    start: int
    end: int
    written: str
    measure: str  # "date", "count", "percent", "age", "CHF", "year" …
    heads: frozenset[str]  # the words next to the value: what it counts or dates
    words: frozenset[str]
    days: DateValue | None = None
    interval: Interval | None = None
    point: float | None = None  # the value as written, when no hedge widens it
    names: frozenset[str] = frozenset()  # the names in its sentence (or the one before)
    whose: tuple[str, ...] = ()  # for an age, the name words of its sentence, nearest first
    epithet: str | None = None  # for an age, a proper epithet after it: "the 25-year-old Dutchman"
    titled: frozenset[tuple[str, str]] = frozenset()  # see `_titled`
    sentence: int = 0  # where its sentence starts
    bound: bool = False  # "more than 63 per cent": one side open, fits many values
    owner: frozenset[str] = frozenset()  # for a share, the name words of its subject
    total: bool = False  # a whole: "the 53-lap race", "14 of the 51 laps"
    per: str | None = None  # what a rate is for: "0.76 francs per share" → share
    counted: frozenset[str] = frozenset()  # the words right after a figure: "275 people"
    quoted: bool = False  # said inside a quotation: evidence for others, never judged

    def supports(self, other: Claim) -> bool:
        """Whether the other value bears this one out: it agrees, and is no bound that a
        value fits merely by lying beyond it ("over 60%" fits 63 and 64 alike)."""
        return self.agrees(other) and (self.bound or not other.bound)

    def agrees(self, other: Claim) -> bool:
        """Whether the two values can be true together. Two plain numbers agree when one
        covers the other as written (63% covers 63.4, 45% covers 45.8; 13 and 14 do not
        agree although each may be a rounding); a hedged one when the ranges meet."""
        if self.days is not None and other.days is not None:
            return any(other.days.overlaps(c) for c in self.days.candidates)
        assert self.interval is not None and other.interval is not None
        if self.point is not None and other.point is not None:
            return self.interval.contains(other.point) or other.interval.contains(self.point)
        return self.interval.overlaps(other.interval)

    def about_same(self, other: Claim) -> bool:
        """Same measure, and: for an age, a name in common (whose age it is); else a head
        word in common and SHARED content words in all."""
        if self.measure == "age" == other.measure:  # of one person: a name, or an epithet
            return not self.names.isdisjoint(other.names) or (
                self.epithet is not None and self.epithet == other.epithet)
        if self.owner and other.owner and self.measure == "percent" == other.measure:
            return not self.owner.isdisjoint(other.owner) and not self.words.isdisjoint(
                other.words)  # "She won 64% of votes", "Connolly took 63 per cent of the vote"
        if self.names and other.names and self.names.isdisjoint(other.names):
            return False  # of other people or places: Red Bull's lead, Verstappen's lead
        if self._named_apart(other):
            return False
        if self.measure != other.measure or self.per != other.per:
            return False
        heads = self.heads & other.heads
        if self.total and other.total and heads:
            return True  # the size of the whole: "a 53-lap race", "for 14 of the 51 laps"
        if any(h.startswith("@") for h in heads) and not self.names.isdisjoint(other.names):
            return not self.words.isdisjoint(other.words)  # "killed 275", "the toll … 294"
        need = DATE_SHARED if self.days is not None else SHARED
        return bool(heads) and len(self.words & other.words) >= need


    def near(self, other: Claim) -> bool:
        """Whether another day may be a slip for this one: within NEAR_DAYS of it. Days
        further apart are more likely of two events the words could not tell apart."""
        if self.days is None or other.days is None:
            return True
        gap = timedelta(days=NEAR_DAYS)
        return any(a.first - gap <= b.last and b.first - gap <= a.last
                   for a in self.days.candidates for b in other.days.candidates)

    def finer(self, other: Claim) -> bool:
        """Whether this is a day and the other only a span ("last week", "in October"):
        a span is too loose to tell a day wrong, though it may support one."""
        if self.days is None or other.days is None:
            return False
        return (all(c.first == c.last for c in self.days.candidates)
                and any(c.first != c.last for c in other.days.candidates))

    def _named_apart(self, other: Claim) -> bool:
        """Whether the two name different things of one sort: the Italian and the
        Azerbaijan Grand Prix."""
        for first, last in self.titled:
            for their_first, their_last in other.titled:
                if (last == their_last and first != their_first
                        and first not in other.words and their_first not in self.words):
                    return True
        return False


_KINDS = {"date": "date", "calendar-year": "date", "count": "count", "person": "count",
          "percent": "percent", "age": "age", "year": "duration", "month": "duration",
          "week": "duration", "day": "duration", "hour": "duration", "minute": "duration"}


def kind_of(measure: str) -> str:
    """The rule a measure's findings carry: date, count, percent, age, duration, amount."""
    return _KINDS.get(measure, "amount")


# "the 25-year-old Dutchman", "the 29-year-old Dutch driver": an epithet that may stand for
# the person; one that starts with a capital (a nationality, a party), not a name.
_EPITHET = re.compile(r"-old (?P<e>[A-Z][a-z]+(?: [a-z]{3,})?)\b")
_AGE_APPOSITION = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*+, $")  # "Connolly, 68, said"


_WORDS = re.compile(r"[a-z]+")
_COMPOUND = re.compile(r"-([a-z]+) [a-z]{3,}")  # "53-lap race", not "53-year-old"
_PARTITIVE = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of|out of)\s+(?:the\s+)?$")  # "14 of the 51"
_PREDICATE = re.compile(r"\s+(?:(?:were|was|is|are|have|has|had|been|being|be)\s+)+([a-z]+)")
_RATE = re.compile(r"\s*(?:/|(?:a|an|per|each)\s+)([A-Za-z]+)\b")
_FROM = re.compile(r"\bfrom\s+$")
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+$")
_TO_FIGURE = re.compile(r"\bto\s+\S*\d")
_BOUNDS = frozenset({Hedge.OVER, Hedge.UNDER, Hedge.AT_LEAST, Hedge.AT_MOST})

# A sentence that opens with a pronoun speaks of whom the one before names.
_PRONOUN = re.compile(r"\s*(?:he|she|they|it|his|her|their|its)\b", re.IGNORECASE)


def _epithet(text: str, mention: NumberMention) -> str | None:
    match = _EPITHET.match(text, mention.end)
    return match.group("e") if match else None


def _measure(text: str, mention: NumberMention) -> str | None:
    after = text[mention.end : mention.end + 5].lower()
    if mention.unit == "year" and after.startswith(("-old", " old")):
        return "age"
    if (mention.unit is None and mention.currency is None and not mention.ordinal
            and mention.text.isdigit() and 10 <= mention.value < 120 and after[:1] == ","
            and _AGE_APPOSITION.search(text, max(0, mention.start - 40), mention.start)):
        return "age"
    if mention.ordinal:
        return None  # ranks and ordinals of time are read by `check`, not compared here
    if mention.currency:
        return mention.currency
    return "count" if mention.unit in (None, "person") else mention.unit  # "31 people"


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


def _conversion_end(text: str, numbers: list[NumberMention], k: int, hi: int) -> int | None:
    """Where the conversion in parentheses after the k-th number ends, if one follows:
    "$2bn (£1.2bn) deal" reads as "$2bn deal"."""
    if k + 1 < len(numbers) and numbers[k + 1].parenthetical:
        close = text.find(")", numbers[k + 1].end, hi)
        return close + 1 if close >= 0 else None
    return None


def _figure_heads(text: str, context: Context, lo: int, span: tuple[int, int]
                  ) -> frozenset[str]:
    """What a figure counts: its heads, and the senses they name. With words right after
    it, the senses of those ("a $3bn deal", "31 dead"); else of the verb it is the subject
    of ("140 were hurt"), else of the nearest word of its clause that has one ("put the
    toll at 275 and the number of injured at 1,175"), else of the nearest in its sentence
    before it ("the death toll in the crash involving two trains, and a goods train, has
    reached 294")."""
    heads = context.heads(counted=True)
    if context.lead:
        return heads | senses(context.lead)
    verb = _PREDICATE.match(text, span[1])
    if verb is not None and (found := senses((lemma(verb.group(1).lower()),))):
        return heads | found
    sentence = tuple(lemma(w) for w in _WORDS.findall(text[lo:span[0]].lower()))
    for word in (*reversed(context.before), *context.after, *reversed(sentence)):
        if found := senses((word,)):
            return heads | found
    return heads


def _former(text: str, number: NumberMention, lo: int, hi: int) -> bool:
    """Whether a figure is the earlier value of a change: "revised to 275 from 288",
    "from 288 to 275", "up from 40"."""
    if not _FROM.search(text, max(lo, number.start - 12), number.start):
        return False
    clause = text[max(lo, number.start - 80) : min(hi, number.end + 40)]
    return _TO_FIGURE.search(clause) is not None or _UP_FROM.search(
        text, max(lo, number.start - 12), number.start) is not None


def _compound_head(text: str, number: NumberMention) -> frozenset[str]:
    """What a figure joined to its noun counts: "the 53-lap race" counts laps, not races."""
    match = _COMPOUND.match(text, number.end)
    if match is None or "-" in number.text:
        return frozenset()
    return frozenset({lemma(match.group(1))})


def _whole(text: str, number: NumberMention, lo: int) -> bool:
    """Whether a count gives the size of a whole: "a 53-lap race", "14 of the 51 laps"."""
    return ((_COMPOUND.match(text, number.end) is not None and "-" not in number.text)
            or _PARTITIVE.search(text, max(lo, number.start - 20), number.start) is not None)


def _owner(text: str, where: tuple[int, int, int], subject: frozenset[str]) -> frozenset[str]:
    """Whose share a percentage is: the subject a pronoun stands for ("She won 64%"), else
    the first name of its clause ("…, with Heather Humphreys winning 29 per cent"), else of
    its sentence before it ("Catherine Connolly, 68, secured 63 percent")."""
    lo, clause, start = where
    return subject or subject_names(text, clause, start) or subject_names(text, lo, start)


def _number_claims(text: str, index: int, sentence: tuple[int, int],
                   numbers: list[NumberMention], quotes: list[tuple[int, int]],
                   names: frozenset[str], people: frozenset[str], subject: frozenset[str]
                   ) -> Iterator[Claim]:
    """The figures of a sentence outside quotations. A conversion in parentheses is a claim
    with the words of the amount it converts ("3.2 billion dollars (£2.6 billion)")."""
    lo, hi = sentence
    for k, number in enumerate(numbers):
        measure = _measure(text, number)
        if measure is None or _former(text, number, lo, hi):
            continue
        main = numbers[k - 1] if number.parenthetical and k else number
        end = _conversion_end(text, numbers, k - 1 if main is not number else k, hi)
        rate = _RATE.match(text, main.end)
        if rate is not None:
            end = rate.end()
        read = text if end is None else text[:main.end] + " " * (end - main.end) + text[end:]
        context = read_context(read, main.start, main.end, lo, hi)
        aged = measure == "age"
        whose = nearest_names(text, lo, hi, number.start) if aged else ()
        per = lemma(rate.group(1).lower()) if rate else None
        compound = _compound_head(text, number)
        yield Claim(index, number.start, number.end, number.text, measure,
                    compound or _figure_heads(text, context, lo, (main.start, main.end)),
                    context.words | {per} if per else context.words,
                    titled=context.titled,
                    interval=Interval(number.value, number.value) if compound
                    else consistent_interval(number),  # "a 10-round bout" is no round ten
                    point=None if number.hedge else number.value,
                    bound=number.hedge in _BOUNDS,
                    total=_whole(text, number, lo),
                    per=per,
                    counted=frozenset(context.lead),
                    owner=_owner(text, (lo, context.clause, number.start), subject)
                    if measure == "percent" else frozenset(),
                    names=people if measure == "age" else names, sentence=lo,
                    whose=whose, epithet=_epithet(text, number) if aged else None,
                    quoted=inside(quotes, number.start, number.end))


def claims(doc: Document, index: int, story: date | None = None) -> list[Claim]:
    """Every comparable value of an article, outside quotations."""
    text = doc.analysis
    quotes = find_quotes(text)
    found: list[Claim] = []
    previous: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    for lo, hi in split_sentences(text):
        names = sentence_names(text, lo, hi)
        people, previous, before_names = names or previous, names, previous
        opens_with_pronoun = _PRONOUN.match(text, lo, hi) is not None
        if opens_with_pronoun:
            names |= before_names  # "She won 64%": of whom the sentence before speaks too
        if not opens_with_pronoun:
            subject = subject_names(text, lo, hi)  # else the subject of the sentence before
        before = subject if opens_with_pronoun else frozenset()
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
        found.extend(_number_claims(text, index, (lo, hi), numbers, quotes, names, people,
                                    before))
    return found


def _agreeing_pair(claims_by_article: dict[int, list[Claim]]) -> bool:
    """Whether two of these articles give values that agree with each other."""
    for a, b in combinations(claims_by_article.values(), 2):
        if any(x.agrees(y) for x in a for y in b):
            return True
    return False


def contradicted(claim: Claim, others: list[Claim]) -> dict[int, list[Claim]] | None:
    """The articles that contradict `claim`, or None when it stands (supported, or not
    contradicted by two articles that agree with each other)."""
    opposing: dict[int, list[Claim]] = defaultdict(list)
    for other in others:
        if other.article == claim.article or not claim.about_same(other):
            continue
        if claim.supports(other):
            return None
        if claim.agrees(other) or not claim.near(other) or claim.finer(other):
            continue
        opposing[other.article].append(other)
    if len(opposing) < 2 or not _agreeing_pair(opposing):
        return None
    return opposing


def value_findings(documents: list[Document]) -> dict[int, list[Finding]]:
    """Findings per article index for claims the other articles contradict."""
    from checker.claims.compare import label

    day = story_day(documents)
    every = [c for i, doc in enumerate(documents) for c in claims(doc, i, day)]
    by_measure: dict[str, list[Claim]] = defaultdict(list)
    for claim in every:
        by_measure[claim.measure].append(claim)
    found: dict[int, list[Finding]] = defaultdict(list)
    for claim in every:
        if claim.quoted:
            continue  # a quotation is what someone said: evidence, not the article's claim
        opposing = contradicted(claim, by_measure[claim.measure])
        if opposing is None:
            continue
        doc = documents[claim.article]
        where = []
        for article, said in sorted(opposing.items()):
            line = documents[article].position(said[0].start)[0]
            where.append(f"{label(documents[article].path)}:{line} '{said[0].written}'")
        expected = ", ".join(where)
        found[claim.article].append(
            doc.finding(
                f"compare.{kind_of(claim.measure)}",
                (claim.start, claim.end),
                found=claim.written,
                expected=expected,
                message=f"'{claim.written}': {len(opposing)} other sources say otherwise",
                cite=", ".join(label(documents[a].path) for a in sorted(opposing)),
            )
        )
    return found
