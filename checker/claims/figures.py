"""The figures of a sentence as claims: what each counts (its heads, and the sense they
name), whose share a percentage is, whether it gives the size of a whole, what a rate is
for, the amount a conversion in brackets converts, and which figures are no claim (the
earlier value of a change, ranks)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from checker.claims.claim import Claim
from checker.claims.context import WORD, Context, lemma, read_context
from checker.claims.names import last_name, nearest_names, subject_names
from checker.claims.senses import senses
from checker.extract.numbers import Hedge, NumberMention
from checker.extract.quantity import Interval, consistent_interval
from checker.text.anterior import clause_years
from checker.text.fold import fold
from checker.text.polarity import clause_start
from checker.text.segment import inside

# "the 25-year-old Dutchman", "the 29-year-old Dutch driver": an epithet that may stand for
# the person; one that starts with a capital (a nationality, a party), not a name.
_EPITHET = re.compile(r"-old (?P<e>[A-Z][a-z]+(?: [a-z]{3,})?)\b")
_AGE_APPOSITION = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*+, $")  # "Connolly, 68, said"


_WHO = re.compile(r"\s*(?:who|whose)\b")
_COMPOUND = re.compile(r"-([a-z]+) [a-z]{3,}")  # "53-lap race", not "53-year-old"
_PARTITIVE = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of|out of)\s+(?:the\s+)?$")  # "14 of the 51"
_PREDICATE = re.compile(r"\s+(?:(?:were|was|is|are|have|has|had|been|being|be)\s+)+([a-z]+)")
_RATE = re.compile(r"\s*(?:/|(?:a|an|per|each)\s+)([A-Za-z]+)\b")
_FROM = re.compile(r"\bfrom\s+$")
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+$")
_TO_FIGURE = re.compile(r"\bto\s+\S*\d")
_BOUNDS = frozenset({Hedge.OVER, Hedge.UNDER, Hedge.AT_LEAST, Hedge.AT_MOST})


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
    if mention.unit is None and not mention.value.is_integer():
        return "number"  # "a magnitude 6.6 quake": no count of things
    return "count" if mention.unit in (None, "person") else mention.unit  # "31 people"


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
    sentence = (lemma(w) for w in reversed(WORD.findall(text[lo:span[0]].lower())))
    for word in chain(reversed(context.before), context.after, sentence):
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


def _partitive(text: str, number: NumberMention, lo: int) -> bool:
    """Whether a count is the whole a part is of: "14 of the 51 laps"."""
    return _PARTITIVE.search(text, max(lo, number.start - 20), number.start) is not None


def _owner(text: str, where: tuple[int, int, int], subject: frozenset[str]) -> frozenset[str]:
    """Whose share a percentage is: in a clause opened by "who", the last name before it
    ("She beat Kjetil Brekke, who won 38%"); else the first name of its clause ("…, with
    Heather Humphreys winning 29 per cent"); else the subject an opening pronoun stands for
    ("She won 64%"); else the first name of its sentence before it ("Catherine Connolly,
    68, secured 63 percent")."""
    lo, clause, start = where
    if clause > lo and _WHO.match(text, clause) and (named := last_name(text, lo, clause)):
        return named
    own = subject_names(text, clause, start) if clause > lo else frozenset()
    return own or subject or subject_names(text, lo, start)


@dataclass(frozen=True, slots=True)
class Where:
    """A sentence of an article, as its figures are read."""

    text: str
    folded: str  # `fold`ed, offsets kept
    span: tuple[int, int]
    quotes: list[tuple[int, int]]
    names: frozenset[str]  # the names of the sentence (and of the one before a pronoun)
    people: frozenset[str]  # its names, or the sentence before's when it has none
    subject: frozenset[str]  # whom an opening pronoun stands for
    year: int | None  # the story's year


def _person(text: str, number: NumberMention) -> str | None:
    """The name word (folded) an age stands after in apposition: "Connolly, 68,"; None
    otherwise (after "the 68-year-old" may come a name or an epithet: "Dutchman")."""
    before = _AGE_APPOSITION.search(text, max(0, number.start - 40), number.start)
    return fold(before.group().rstrip(", ")) if before is not None else None


def _era(where: Where, number: NumberMention) -> int | None:
    """The year the figure's clause sets, when it is not the story's ("In 1998, a quake of
    magnitude 6.6 killed 312"); a deadline ("by 2031") is the story's own plan."""
    if where.year is None:
        return None
    lo, hi = where.span
    low = clause_start(where.folded, lo, number.start)
    for year in clause_years(where.folded, lo, hi, low, number.start, number.end):
        if not year.deadline and year.value != where.year:
            return year.value
    return None


def number_claims(where: Where, index: int, numbers: list[NumberMention]) -> Iterator[Claim]:
    """The figures of a sentence. A conversion in parentheses is a claim with the words of
    the amount it converts ("3.2 billion dollars (£2.6 billion)")."""
    text, (lo, hi) = where.text, where.span
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
                    total=bool(compound) or _partitive(text, number, lo),  # a whole's size
                    per=per,
                    counted=frozenset(context.lead) | (
                        {"people"} if number.unit == "person" else set()),  # "31 people"
                    owner=_owner(text, (lo, context.clause, number.start), where.subject)
                    if measure == "percent" else frozenset(),
                    names=where.people if aged else where.names, sentence=lo,
                    whose=whose, epithet=_epithet(text, number) if aged else None,
                    person=_person(text, number) if aged else None,
                    quoted=inside(where.quotes, number.start, number.end),
                    era=None if aged else _era(where, number))  # an age is told as of now
