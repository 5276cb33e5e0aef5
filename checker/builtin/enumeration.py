"""`builtin.count-enumeration`: a count announced beside a list of another length ("six
countries: Argentina, Iran, Egypt and the UAE").

Read only where the copy says the list is the whole: the count and its noun, then a colon,
a dash, "namely" or "—", then names separated by commas and a final "and". A list after
"including", "such as" or "among them" is a part and is not judged; so is a list whose
items are not all capitalised names."""

from __future__ import annotations

import re

from checker.extract.dates_patterns import NUMBERS
from checker.findings import Finding
from checker.sources.documents import Document

RULE = "builtin.count-enumeration"
_COUNTS = {**{w: n for w, n in NUMBERS.items() if n > 1}, **{str(n): n for n in range(2, 21)}}
_ITEM = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3}"
_COUNT_WORD = rf"\b(?i:(?P<count>{'|'.join(sorted(_COUNTS, key=len, reverse=True))}))"
_COUNT = re.compile(rf"{_COUNT_WORD}\s")
_LIST = re.compile(
    rf"{_COUNT_WORD}\s+"
    r"(?P<noun>[a-z]+s)(?:\s+[a-z]+){0,3}?"
    r"(?:\s*[:—–]\s*|\s+-\s+|,\s+namely\s+|\s+namely\s+|,?\s+(?:they\s+are|which\s+are)\s+)"
    rf"(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|&)\s+{_ITEM})"
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# What must follow the count and its noun: the list is looked for only before one of these
# (found with str.find, far cheaper than a regex tried at every position of the text).
_SEPARATORS = (":", "—", "–", " - ", "namely", "they are", "which are")
_BEFORE = 80  # count, noun and up to three words before a separator, in characters


def _separators(text: str) -> list[int]:
    """Where each separator starts, in order."""
    found = []
    for separator in _SEPARATORS:
        at = text.find(separator)
        while at >= 0:
            found.append(at)
            at = text.find(separator, at + 1)
    return sorted(found)


def _lists(text: str) -> list[re.Match[str]]:
    """The announced lists of the text, in order, each once."""
    found: list[re.Match[str]] = []
    for separator in _separators(text):
        low = max(separator - _BEFORE, found[-1].end() if found else 0)
        for count in _COUNT.finditer(text, low, separator):
            match = _LIST.match(text, count.start())
            if match is not None:
                found.append(match)
                break
    return found


def count_enumeration(doc: Document) -> list[Finding]:
    """A warning for each announced count that its list does not match."""
    text = doc.analysis
    findings = []
    for match in _lists(text):
        count = _COUNTS[match.group("count").lower()]
        items = [i for i in _SPLIT.split(match.group("items")) if i]
        if len(items) == count:
            continue
        findings.append(
            doc.finding(
                RULE,
                match.span("count"),
                found=f"{len(items)} named",
                expected=f"{count} {match.group('noun')}",
                message=f"'{match.group('count')} {match.group('noun')}' but the list names "
                f"{len(items)}: {', '.join(items)}",
            )
        )
    return findings
