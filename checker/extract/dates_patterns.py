"""Compiled regular expressions and word tables for the date extractor."""

import re

# Keyed as the (case-sensitive) regexes match them: a month by its first three letters.
MONTHS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6,
    "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3,
    "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Month names that are also ordinary words or names: need a day, a year or a modifier.
WORDLIKE_MONTHS = frozenset({"may", "march", "june", "august", "jan", "mar", "jun", "aug"})
# Vague counts ("days later") and their range of units.
VAGUE = {"day": (1, 6), "week": (1, 6), "month": (1, 11), "year": (1, 30)}
VAGUE_COUNT = {"a few": (2, 6), "several": (2, 6), "a couple of": (2, 3)}

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|Jun\."
    r"|July?|Jul\.|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?)(?![A-Za-z])"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = (
    r"(?P<{0}>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9A-Za-z%]|,[0-9]{{3}}|\.[0-9]"
    r"|\s+(?:per\s*cent|percent|million|billion|people)\b)"
)
_YEAR = r"(?P<{0}>(?:19|20)[0-9]{{2}})(?![0-9A-Za-z%]|,[0-9]|\.[0-9]|-[01][0-9]-)"
_ON = r"(?P<on>\b[Oo]n\s+)?"
_IN = r"(?P<in>\b[Ii]n\s+)?"
_MOD = r"(?:(?:[Ee]arly|[Ll]ate)\s+|[Mm]id-\s?)"
_MONTH_DAY = (
    rf"(?P<mon1>{_MONTH})\s*{_DAY.format('d1')}(?:,?\s+{_YEAR.format('y1')})?"
    rf"|{_DAY.format('d2')}\s+(?:of\s+)?(?P<mon2>{_MONTH})(?:,?\s+{_YEAR.format('y2')})?"
)
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_PRE = r"(?i:\b(?P<pre>last|this|next)\s+)?"


def by_first_letter(alternatives: list[str]) -> str:
    """The alternation of `alternatives` (each starting with a letter) grouped by first
    letter, keeping their order within a group: it matches exactly as the plain alternation
    does, but the regex engine tests a few letters instead of every alternative."""
    rests: dict[str, list[str]] = {}
    for alternative in alternatives:
        rests.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items())



def _word_at_end(words: str) -> re.Pattern[str]:
    """One of `words` (space-separated, any case), then whitespace, then the end."""
    return re.compile(rf"(?i:\b(?:{by_first_letter(words.split())})\s+)$")

DIGIT = re.compile(r"[0-9]")
#: A year written as a word of its own ("in 2015", "March 2020"), not part of a figure.
YEAR_WORD = re.compile(r"(?<![\w$£€¥.,/-])(?:1[89]|20)\d\d(?![\w%/-]|[.,]\d)")
_CUES = (
    "day", "night", "week", "month", "year", "morrow", "morning", "evening", "afternoon",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_CUE = re.compile("[0-9]|" + "|".join(_CUES))


def has_cue(s: str) -> bool:
    """Cheap pre-check: can `s` hold a date expression at all?"""
    return _CUE.search(s.lower()) is not None


def ends_with(rx: re.Pattern[str], s: str, i: int, longest: int, window: int = 30) -> bool:
    """`rx.search(s[max(0, i - window):i])` for an `rx` that is a word (at most `longest`
    characters), then whitespace, then the end: the word must end where the trailing
    whitespace starts, so the search can start just before that (`longest` < `window` - 1)."""
    if i == 0 or not s[i - 1].isspace():
        return False
    if i == 1 or not s[i - 2].isspace():  # one whitespace character: no need for a slice
        return rx.search(s, max(0, i - 1 - longest), i) is not None
    before = s[max(0, i - window) : i]
    return rx.search(before, max(0, len(before.rstrip()) - longest)) is not None


def any_in(low: str, words: tuple[str, ...]) -> bool:
    """Does `low` contain one of `words`? (Substring tests beat a regex alternation, and a
    plain loop beats `any`.)"""
    for word in words:  # noqa: SIM110 - faster than any()
        if word in low:
            return True
    return False


# Literal pre-checks on the lower-cased sentence: each match of ANAPHORA, REL_DAY and REL_UNIT
# holds one of these words (REL_UNIT also one of UNITS), unless the sentence has one of the
# letters that IGNORECASE folds onto ASCII ones (ODD_FOLD).
ANAPHORA_CUES = (
    "after", "before", "later", "earlier", "next", "following", "previous", "preceding",
    "prior", "same",
)  # fmt: skip
REL_DAY_CUES = ("today", "night", "yesterday", "tomorrow", "this")
REL_UNIT_CUES = ("last", "this", "next")
UNITS = ("year", "week", "month")
ODD_FOLD = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K (Kelvin)
_PLAIN = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def plain(word: str) -> str:
    """A matched word in lower case as the tables spell it: the ODD_FOLD letters, which
    IGNORECASE matches to ASCII ones, become those ASCII letters."""
    return word.translate(_PLAIN).lower()



# Cores: every match of a scanner regex below holds a match of its core, which starts at most
# *_REACH characters after the match does when no two whitespace characters are adjacent.
# The lower-case cores of IGNORECASE scanners are searched in the lower-cased sentence, which
# only works without ODD_FOLD letters.
MONTH_NAME = re.compile(_MONTH)  # MONTH_ONLY (which matches wherever it does), MONTH_DAY
MONTH_REACH = 14  # "in last early "
MONTH_DAY_REACH = 11  # "on 31st of "
WEEKDAY_NAME = re.compile(_WEEKDAY)  # WEEKDAY, WEEKDAY_DATE
WEEKDAY_REACH = 8  # "on next "
MONTH_YEAR_CORE = re.compile(rf"{_MONTH},?\s+(?:19|20)[0-9]{{2}}")  # MONTH_YEAR
DATE_REACH = 9  # "in early ", "on 3", "on "
YEAR_CORE = re.compile(_YEAR.format("y"))  # YEAR_ONLY, where it starts a word (\b)
ISO_CORE = re.compile(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]")  # ISO
UNIT_CORE = re.compile("week|month|year")  # REL_UNIT, lower case
REL_UNIT_REACH = 13  # "earlier this "
# ANAPHORA, lower case: one alternative for each first word, so that the regex engine can
# skip to their first letters.
_ANAPHORA_CORES = [
    *(
        rf"{unit}s?\s+(?:before|after|later|earlier)"
        for unit in ("day", "night", "morning", "evening", "week", "month", "year")
    ),
    *(
        rf"{rel}\s+(?:day|morning|afternoon|evening|night|week|month|year)"
        for rel in ("following", "next", "previous", "preceding", "prior", "same", "that")
    ),
]
ANAPHORA_CORE = re.compile(by_first_letter(_ANAPHORA_CORES))
ANAPHORA_REACH = 12  # "a couple of "
DOUBLE_SPACE = re.compile(r"\s\s")


# Scanners start with a look-ahead at the first letters of their matches: a cheap test
# before the optional groups, at every position where a search tries them.
ISO = re.compile(
    _ON + r"(?<![0-9-])(?P<y>(?:19|20)[0-9]{2})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![0-9])"
)
WEEKDAY_DATE = re.compile(
    rf"(?=[OoMTWFS]){_ON}(?P<wd>{_WEEKDAY})"
    rf"(?:\s*(?P<par>\()\s*|,?\s+)(?:{_MONTH_DAY})(?(par)\s*\))"
)
MONTH_DAY = re.compile(rf"(?=[OoJFMASND0-9]){_ON}(?:{_MONTH_DAY})")
MONTH_YEAR = re.compile(
    rf"(?=[IiEeLlMmJFASOND]){_IN}{_MOD}?(?P<mon>{_MONTH}),?\s+{_YEAR.format('y')}"
)
MONTH_ONLY = re.compile(
    rf"(?=[IiLlNnTtEeMmJFASOD]){_IN}(?P<pre>\b(?i:last|next|this)\s+)?(?P<mod>{_MOD})?"
    rf"(?P<mon>{_MONTH})(?P<poss>['’]s\b)?"
)
YEAR_ONLY = re.compile(rf"(?=[IiEeLlMm12]){_IN}(?P<mod>{_MOD})?\b{_YEAR.format('y')}")
# Prepositions that turn a following month or year into a date (kept outside the span).
PREP_BEFORE = _word_at_end(
    "since by until till through before after from during throughout between of around"
)
MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s*(?:to|and|or|-|–|until|through)\s*$"
)
LINKS = ("to", "and", "or", "-", "–", "until", "through")  # how MONTH_BEFORE / YEAR_BEFORE end
YEAR_BEFORE = re.compile(r"\b(?:19|20)[0-9]{2}\s*(?:to|and|or|-|–|until)\s*$")
THE_BEFORE = _word_at_end("the")
ROLLING_BEFORE = _word_at_end("over within for during throughout in")
REL_DAY = re.compile(
    r"(?i:\b(?:the\s+day\s+(?P<dby>before\s+yesterday|after\s+tomorrow)"
    r"|(?:earlier|later)\s+today|today|tonight"
    r"|(?P<yesterday>last\s+night)|this\s+(?:morning|afternoon|evening)"
    r"|(?P<word>yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"
    r")(?![A-Za-z])"
    r"|\b(?P<glued>today|yesterday|tomorrow)"
    r"(?=(?:the|there|that|this|a|an|he|she|it|they|we|was|is)\b))"
)
REL_UNIT = re.compile(
    r"(?i:(?=[eltn])\b(?:(?P<part>earlier|later)\s+this|(?P<pre>last|this|next))\s+"
    r"(?P<unit>week|month|year)(?![A-Za-z])"
    r"|\bthe\s+(?P<unit2>week|month|year)\s+before\s+last\b)"
)
# "in three weeks", "in two days' time": a date ahead only in a future clause, and not after
# a superlative or a count ("the first win in three years", "twice in two weeks").
IN_SPAN = re.compile(
    r"(?i:\bin\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[1-9][0-9]?)\s+(?P<unit>day|week|month|year)s?(?:['’]s?\s+time)?\b)"
)
SPAN_NOT_AFTER = re.compile(
    r"(?i:\b(?:first|only|last|best|worst|highest|lowest|biggest|largest|smallest|fewest"
    r"|most|least|once|twice|times|ever|time|again|\w+est)\b[^,;.]{0,30}$)"
)
# Days ahead and give-or-take for "in N units".
SPAN_DAYS = {"day": (1, 0), "week": (7, 3), "month": (30, 15), "year": (365, 182)}
AGO = re.compile(
    r"(?i:\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[1-9][0-9]?)\s+(?P<unit>day|week|month|year)s?\s+ago\b)"
)
# Words of a sentence that speaks of trading, where "the day before" may skip a weekend.
TRADING = re.compile(
    r"(?i:\b(?:shares?|stocks?|trad(?:ing|ed|es)|clos(?:ed|ing)|markets?|bourse|index"
    r"|indices|equities|bonds?|yields?|exchange|session|futures)\b)"
)
OF_YEAR_GAP = re.compile(r"\s+(?:of\s+)?")  # "June last year", "July of next year"
RANGE_GAP = re.compile(r"\s*(?:and|to|or|until|through|-|–)\s*")  # "between March and July"
# Time zones: an abbreviation after a clock time or in parentheses ("3:27 am IST", "(GMT)",
# "midnight GMT"), or a named time ("local time", "Indian Standard Time"); within
# ZONE_BEFORE characters before a date or ZONE_AFTER after it, the zone is the date's.
_ZONE_ABBR = (
    "IST GMT UTC BST CET CEST EET EEST WET WEST MSK EST EDT ET CST CDT CT MST MDT PST PDT PT "
    "AEST AEDT ACST AWST JST KST HKT SGT PKT WIB SAST NZST NZDT GST"
)
_ZONE_NAMES = (
    "local Indian Eastern Central Mountain Pacific Atlantic Greenwich Moscow Japan Beijing "
    "China Singapore British European Gulf Arabian Pakistan Australian Universal Kyiv Israel "
    "Irish Korean Hawaii Alaska"
)
ZONE = re.compile(
    r"(?:(?:[0-9]|\b(?:midnight|noon|midday))\s*(?:[AaPp]\.?[Mm]\.?)?\s*|\(\s*)"
    rf"(?P<zone>(?:{by_first_letter(_ZONE_ABBR.split())})(?:[+-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?)\b"
    rf"|\b(?P<zone2>(?:{by_first_letter(_ZONE_NAMES.split())})"
    r"(?:\s+(?:Standard|Daylight|Summer|Mean|European|Eastern))?\s+[Tt]ime)\b"
)
ZONE_CUE = re.compile(r"[A-Z]T\b|MSK|WIB|[Tt]ime\b")  # every ZONE match holds one of these
ZONE_BEFORE = 40
ZONE_AFTER = 25
WEEKDAY = re.compile(rf"(?=[OoLlNnTtMWFS]){_ON}{_PRE}(?P<wd>{_WEEKDAY}){_PART}(?![A-Za-z])")
_WEEKDAY_NAMED = (
    "Good Black Bloody Super Ash Holy Palm Easter Cyber Maundy Shrove Giving Man Girl Blue Manic "
    "Casual"
)
WEEKDAY_NOT_AFTER = re.compile(rf"\b(?:{by_first_letter(_WEEKDAY_NAMED.split())})\s+$")
WEEKDAY_NOT_BEFORE = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Independent|Sport|Night|Club"
    r"|Morning|Evening|school|best|roast|papers?)\b"
)
_COUNT = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9][0-9]?"
ANAPHORA = re.compile(
    r"(?i:(?=[aotfsendwmyl1-9])\b(?:(?:on\s+)?the\s+"
    r"(?P<u1>day|night|morning|evening|week|month|year)\s+(?P<rel1>before|after)"
    rf"|(?:(?P<n>{_COUNT})\s+|(?P<vague>a\s+few|several|a\s+couple\s+of)\s+)?"
    r"(?P<u2>day|week|month|year)(?P<pl>s)?\s+(?P<rel2>later|earlier|after|before)"
    r"|(?P<on3>on\s+)?the\s+(?P<rel3>following|next|previous|preceding|prior|same)\s+"
    r"(?P<u3>day|morning|afternoon|evening|night|week|month|year)"
    r"|(?:(?:later|earlier)\s+that|that\s+same)\s+"
    r"(?P<u4>day|morning|afternoon|evening|night|week|month|year))(?![A-Za-z])(?!\s+than\b))"
)
# After "before"/"after": words that do not start the anchor event (so it precedes).
NO_EVENT_AFTER = re.compile(
    r"\s*(?:$|[^\w\s]|(?i:that|this|then|and|but|or|in|at|on|with|when|while|as|too|also"
    r"|last|yesterday)\b)"
)
