"""Vocabulary for the number extractor: units, currencies, hedges, labels and date masks."""

from __future__ import annotations

import re


def _phrases(table: dict[str, str]) -> dict[tuple[str, ...], str]:
    """Expand {"norm": "form | other form"} into {("other", "form"): "norm"}."""
    out: dict[tuple[str, ...], str] = {}
    for norm, forms in table.items():
        for form in forms.split("|"):
            out[tuple(form.split())] = norm
    return out


#: Unit phrases (lower-case token tuples) → normalised singular unit.
UNITS: dict[tuple[str, ...], str] = _phrases({
    "year": "year|years|yr|yrs",
    "month": "month|months",
    "week": "week|weeks",
    "day": "day|days",
    "hour": "hour|hours|hr|hrs",
    "minute": "minute|minutes|min|mins",
    "second": "second|seconds|sec|secs",
    "decade": "decade|decades",
    "century": "century|centuries",
    "quarter": "quarter|quarters",
    "percent": "%|per cent|percent|pc|pct",
    "percentage point": "percentage point|percentage points",
    "basis point": "basis point|basis points|bps",
    "km": "km|kms|kilometre|kilometres|kilometer|kilometers",
    "mile": "mile|miles",
    "nautical mile": "nautical mile|nautical miles",
    "m": "metre|metres|meter|meters",
    "cm": "cm|centimetre|centimetres|centimeter|centimeters",
    "mm": "mm|millimetre|millimetres|millimeter|millimeters",
    "ft": "ft|foot|feet",
    "inch": "inch|inches",
    "km2": "km²|km 2|sq km|square kilometre|square kilometres|square kilometer|square kilometers",
    "square mile": "sq mile|sq miles|square mile|square miles",
    "hectare": "hectare|hectares|ha",
    "acre": "acre|acres",
    "tonne": "tonne|tonnes|ton|tons|metric tons|metric tonnes",
    "kg": "kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos",
    "lb": "lb|lbs|pound|pounds",
    "litre": "litre|litres|liter|liters",
    "gallon": "gallon|gallons",
    "barrel": "barrel|barrels|bpd",
    "m3": "cubic metre|cubic metres|cubic meter|cubic meters",
    "mph": "mph|miles per hour|mile per hour",
    "km/h": "km / h|kph|kmh|kmph|km / hr|kilometres per hour|kilometers per hour"
            "|kilometre per hour|kilometer per hour",
    "knot": "knot|knots",
    "celsius": "° c|degrees celsius|degree celsius|celsius",
    "fahrenheit": "° f|degrees fahrenheit|fahrenheit",
    "degree": "degree|degrees",
    "MW": "mw|megawatt|megawatts",
    "GW": "gw|gigawatt|gigawatts",
    "kWh": "kwh",
    "person": "people|person|persons",
})

#: Units that may carry an ordinal or a filler adjective ("its fourth straight year").
TIME_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter"}
)
#: First words of unit phrases ("half a percentage point").
UNIT_FIRST_WORDS = frozenset(k[0] for k in UNITS if k[0].isalpha())
FILLERS = frozenset({"consecutive", "straight", "successive", "full"})
#: Singular time-unit words usable in "a year and a half" / "half an hour".
TIME_WORDS = {k[0]: v for k, v in UNITS.items() if v in TIME_UNITS and len(k) == 1}

SCALE_WORDS = {
    "thousand": 3, "lakh": 5, "lakhs": 5, "million": 6, "crore": 7, "crores": 7, "billion": 9,
    "trillion": 12,
}
#: Abbreviated scales (lower case) → power of ten; the spaced forms need no currency.
SCALE_ABBR = {"k": 3, "m": 6, "mn": 6, "mln": 6, "b": 9, "bn": 9, "bln": 9, "tn": 12, "trn": 12}
SPACED_SCALE_ABBR = frozenset({"mn", "mln", "bn", "bln", "tn", "trn"})
#: Words after "10m" that make it metres rather than millions.
METRE_CONTEXT = frozenset({
    "sprint", "race", "hurdles", "freestyle", "butterfly", "backstroke", "breaststroke",
    "medley", "relay", "dash", "final", "tall", "high", "deep", "long", "wide", "away",
    "above", "below", "under", "underground", "inland", "offshore", "²",
})

CURRENCY_SYMBOLS = {
    "€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
    "₩": "KRW", "₺": "TRY", "₪": "ILS",
}
#: Letters written straight before "$".
DOLLAR_PREFIX = {
    "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD",
    "s": "SGD", "r": "BRL", "mex": "MXN",
}
#: ISO codes accepted when written in capitals next to an amount.
CURRENCY_CODES = {
    "eur": "EUR", "usd": "USD", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "rub": "RUB",
    "uah": "UAH", "cny": "CNY", "rmb": "CNY", "inr": "INR", "rs": "INR", "cad": "CAD",
    "aud": "AUD", "hkd": "HKD", "nzd": "NZD", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "pln": "PLN", "try": "TRY", "brl": "BRL", "zar": "ZAR", "krw": "KRW", "sgd": "SGD",
    "mxn": "MXN", "ils": "ILS", "aed": "AED", "sar": "SAR", "huf": "HUF", "czk": "CZK",
    "swfr": "CHF", "sfr": "CHF",
}
#: Currency abbreviations that are not all capitals, as written ("SwFr3bn", "Rs 10 lakh").
CURRENCY_CASED = {"SwFr": "CHF", "SFr": "CHF", "Sfr": "CHF", "Rs": "INR"}
#: Currency words after an amount (lower-case token tuples) → ISO 4217.
CURRENCY_WORDS: dict[tuple[str, ...], str] = _phrases({
    "EUR": "euro|euros",
    "USD": "dollar|dollars|us dollars|u . s . dollars",
    "AUD": "australian dollars",
    "CAD": "canadian dollars",
    "HKD": "hong kong dollars",
    "NZD": "new zealand dollars",
    "SGD": "singapore dollars",
    "GBP": "sterling|pounds sterling|pound sterling|british pounds",
    "JPY": "yen|japanese yen",
    "CNY": "yuan|renminbi|chinese yuan",
    "CHF": "franc|francs|swiss francs",
    "RUB": "rouble|roubles|ruble|rubles|russian roubles|russian rubles",
    "UAH": "hryvnia|hryvnias|hryvnas|hryvnya|hryvnyas|ukrainian hryvnias",
    "INR": "rupee|rupees|indian rupees",
    "TRY": "lira|liras|lire|turkish lira",
    "BRL": "reais",
    "ZAR": "rand",
    "PLN": "zloty|zlotys|zlotych",
    "ILS": "shekel|shekels",
    "NGN": "naira",
})
#: Currency words that are currencies only after a scale ("5 billion won", "5 million pounds").
SCALED_ONLY_CURRENCY: dict[tuple[str, ...], str] = {
    ("won",): "KRW", ("real",): "BRL", ("pound",): "GBP", ("pounds",): "GBP",
}

#: Hedge phrases (lower-case word tuples) → Hedge value.
HEDGES: dict[tuple[str, ...], str] = _phrases({
    "over": "over|more than|above|upwards of|in excess of|just over|well over|north of"
            "|comfortably over|slightly more than",
    "under": "under|less than|fewer than|below|well under|well below",
    "at-least": "at least|no fewer than|no less than|not less than|a minimum of",
    "at-most": "up to|at most|no more than|not more than|as many as|as much as|a maximum of",
    "nearly": "nearly|almost|close to|just under|just below|just shy of|approaching"
              "|not quite",
    "about": "about|around|roughly|some|approximately|an estimated|estimated|circa"
             "|an approximate|approx",
})

#: Words after which "over"/"under" mean "about" or "during", not a bound ("a row over 200
#: jobs", "talks held over two days").
NOT_BOUND_AFTER = frozenset({
    "dispute", "disputes", "row", "rows", "talks", "fight", "clash", "clashes", "battle",
    "concern", "concerns", "fears", "anger", "debate", "protest", "protests", "standoff", "feud",
    "spat", "tensions", "negotiations", "held", "spread", "stretched", "staggered", "phased",
    "repaid", "repayable", "payable",
})
#: Words that label rather than count the number after them ("Article 5", "page 3").
LABELS = frozenset({
    "article", "page", "pages", "chapter", "section", "paragraph", "clause", "resolution",
    "flight", "route", "highway", "interstate", "room", "gate", "terminal", "category", "stage",
    "phase", "level", "game", "part", "volume", "vol", "episode", "season", "platform", "line",
    "unit", "title", "rule", "item", "table", "figure", "fig", "version", "row", "bus",
    "channel", "district", "ward", "precinct", "lot", "pier", "block", "floor", "act",
    "schedule", "annex", "protocol", "step", "class", "grade", "tier", "model", "type", "mark",
    "batch", "zone", "sector", "lane", "track", "group", "pool", "week", "day", "number",
    "apartment", "flat", "suite", "box", "case", "bill", "amendment", "exit", "junction",
    "runway", "reactor", "squad", "jersey", "shirt", "ticket", "code", "lap", "hole", "heat",
})
#: Words before a four-digit number that make it a year.
YEAR_PREV = frozenset({
    "in", "of", "since", "until", "till", "by", "from", "to", "through", "between", "and",
    "before", "after", "during", "year", "fiscal", "early", "late", "mid", "the", "its",
    "this", "last", "next", "circa", "around", "spring", "summer", "autumn", "fall", "winter",
    "season", "for", "or", "than", "at", "on", "with",
})
#: Context that makes "one" a pronoun: words before and after it.
ONE_PREV = frozenset({
    "no", "the", "this", "that", "any", "every", "each", "which", "someone", "such", "last",
    "another", "anyone", "everyone",
})
ONE_NEXT = frozenset({
    "of", "another", "by", "who", "that", "which", "whose", "is", "was", "are", "were", "has",
    "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "does",
    "did", "in", "or", "and", "on", "to", "else", "thing", "way", "side", "hand", "off",
    "sided",
})
#: "one day" is a length only after these words ("for one day") or before these ("one day
#: later"); otherwise it means "some day".
ONE_DAY_PREV = frozenset({
    "for", "in", "within", "after", "than", "just", "only", "of", "over", "under", "about",
    "around", "nearly", "almost", "least", "to", "by", "per", "last", "lasted", "took", "spent",
})
ONE_DAY_NEXT = frozenset({"later", "after", "before", "earlier", "ago", "of", "and", "or"})
#: Ordinals in set phrases: "third-party", "second-hand".
ORDINAL_IDIOMS = frozenset({"party", "hand", "class", "rate", "world", "guess", "ever"})
#: Words before "first"/"second" that make them ordinals.
ORDINAL_DET = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
    "whose", "every",
})
#: Symbols after which a capital letter starts a sentence.
INITIAL_SYMBOLS = frozenset(".!?\"“‘'([:—–•*…«")

MONTH_NAMES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec",
})
_MONTH = r"(?:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\b\.?"
_DAY = r"\d{1,2}(?!\d)(?:st|nd|rd|th)?"
_DAYS = rf"{_DAY}(?:\s*[-–]\s*{_DAY})?"
_YEAR = r"(?:,?\s+\d{4}(?!\d))?"
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|hrs)"
#: Spans of dates, clock times and phone numbers; digits inside them are not quantities.
DATE_MASK_RE = re.compile(
    r"(?=[\d+(A-Z])(?:"
    + "|".join([
        rf"\b{_MONTH}\s+{_DAYS}(?![\d,.]\d){_YEAR}",
        rf"(?<![\d,.]){_DAYS}\s+(?:of\s+)?{_MONTH}{_YEAR}",
        rf"\b{_MONTH}\s+\d{{4}}(?!\d)",
        r"\b\d{4}-\d{1,2}-\d{1,2}\b",
        r"\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b",
        r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
        r"\b\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.m\.|[ap]m\b)",
        rf"\b\d{{3,4}}\s*{_ZONE}\b",
        r"\b\d{1,2}\s+o['’]clock\b",
        r"(?<=\bthe )\d{1,2}(?:st|nd|rd|th)\b(?!\s*[-–]?\s*[a-z])",
        r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b",
        r"\+\d{1,3}(?:[\s.-]\(?\d{1,5}\)?){2,6}",
        r"\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}",
        r"\b\d{3}[.-]\d{3}[.-]\d{4}\b",
        r"\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b",
    ])
    + ")"
)
#: Every match of DATE_MASK_RE holds a match of one of these two (keep them in step): a
#: digit before "-", "/", ".", ":", "pm", a time zone, "o'clock" or a spaced digit; or a
#: month, "day", "the 5", "+4", "(0". Each begins with a known character, so the search for
#: them skips ahead quickly and spares most texts the slow one.
DATE_HINT_DIGIT_RE = re.compile(
    rf"\d(?:[-/.:]\d|\s*(?i:[ap][.m])|\s*{_ZONE}|\s+o['’]clock|\s\d)"
)
DATE_HINT_WORD_RE = re.compile(
    "|".join(sorted({m[:3] for m in MONTH_NAMES})) + r"|day|the \d|\+\d|\(\d"
)
