"""Whose time a date is, beside the event of the trigger it is attached to: the time of a
reporting act ("On Sunday, the minister said the crash …"), of another clause's verb ("As
for the crash site, the minister on Sunday waved …"), or of another edition of the event
("the last presidential election in 2018"). Dateline inference uses only dates that surely
belong to their event (`weak_reason`); the engine judges no contradiction from a date that
is surely another's (`other_time`: also the end of a period, "revenue for the quarter to
30 September", "a contract until June 2031"), except a report of an event as done, dated
before the event ("said on Saturday the toll has been revised" for a revision on Sunday)."""

from __future__ import annotations

import re

from checker.extract.dates import DateMention
from checker.extract.tense import VERB_AFTER
from checker.text.inflect import ends_in_past_form
from checker.text.segment import STRONG_BOUNDARY, WEAK_BOUNDARY

_REPORTING = (
    "said says say told tells announced announces reported reports tweeted tweets posted "
    "posts wrote writes confirmed confirms added adds stated states explained explains "
    "noted notes declared declares claimed claims insisted insists warned warns revealed "
    "reveals disclosed discloses acknowledged admitted argued testified"
)
_REPORT = "|".join(_REPORTING.split())
_REPORT_BEFORE = re.compile(rf"\b(?:{_REPORT})\s+$", re.IGNORECASE)  # "said last week"
_REPORT_AFTER = re.compile(rf"\s+(?:{_REPORT})\b", re.IGNORECASE)  # "on Sunday said"
_REPORT_WORD = re.compile(rf"\b(?:{_REPORT})\b", re.IGNORECASE)
_RELATIVE_OPENS = re.compile(r",?\s+(?:which|who|that|where|when)\b", re.IGNORECASE)
_FRONTED = re.compile(r"\s*,")
# "the last presidential election", "the previous race": another edition of the event.
_ANOTHER_EDITION = re.compile(
    r"(?i:\b(?:last|previous|prior|preceding|past|earlier)\s+(?:[\w-]+\s+){0,2}$)"
)
_PUNCT_BREAK = re.compile(r"[,;:()\u2013\u2014]")
# "the quarter to 30 September", "a contract until June 2031": the end of a period.
_PERIOD_END = re.compile(
    r"\b(?:quarter|year|half|half-year|months?|weeks?|period|season|contract|deal|loan|lease"
    r"|ban|term|mandate|agreement)\s+(?:to|ended|ending|through|until|till|running\s+to)"
    r"\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


def said_of_reporting(text: str, mention: DateMention, trigger: tuple[int, int]) -> bool:
    """Is the date the time of a reporting act rather than of its event: next to a
    reporting verb ("said on Sunday", "on Sunday said") or with one between it and the
    trigger ("On Sunday, the minister said the crash …")? A verb that is the trigger
    itself does not count."""
    start, end = mention.start, mention.end
    low, high = (end, trigger[0]) if end <= trigger[0] else (trigger[1], start)
    verbs = (
        _REPORT_BEFORE.search(text, max(0, start - 16), start),
        _REPORT_AFTER.match(text, end),
        _REPORT_WORD.search(text, low, high) if low < high else None,
    )
    return any(
        v is not None and not (v.start() < trigger[1] and trigger[0] < v.end()) for v in verbs
    )


def owned_by_verb(text: str, mention: DateMention, trigger: tuple[int, int]) -> bool:
    """Does the date open the predicate of another clause than its trigger's: after a
    clause boundary that follows the trigger, right before a past verb of its own ("As
    for the crash site, the minister on Sunday waved …")?"""
    if trigger[1] > mention.start or VERB_AFTER.match(text, mention.end) is None:
        return False
    low, high = trigger[1], mention.start
    return (
        _RELATIVE_OPENS.match(text, low) is None
        and _PUNCT_BREAK.search(text, low, high) is not None
    )


REPORTING_TIME = "the time of the reporting, not of the event"
# A modal or future before a verb: the event is not told as done.
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|may|might|shall|should|must|to|can|cannot)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def told_as_done(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the trigger is a verb in the past, told as done ("has been revised",
    "crashed"), not planned ("will be revised")."""
    if not ends_in_past_form(text[trigger[0] : trigger[1]]):
        return False
    return _NOT_DONE.search(text, max(0, trigger[0] - 40), trigger[0]) is None


_AND = re.compile(r"\band\b")
# A noun after a preposition is no subject: "on the day of the results", "after the vote".
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|after|before|since|on|at|for|from|in)\s+(?:(?:the|its|their|his|her|a)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def coordinated_verb(text: str, mention: DateMention, trigger: tuple[int, int]) -> bool:
    """Does the date follow "and" and a past verb of its own, after a trigger that is a verb
    or a noun after a preposition ("closed on 9 February and reopened in March", "fell on
    the day of the results and recovered on Friday")? The date is then that verb's. A
    noun that is the subject ("the summit was announced on Monday and held on Thursday")
    keeps it."""
    if trigger[1] > mention.start:
        return False
    verb_trigger = ends_in_past_form(text[trigger[0] : trigger[1]])
    if not verb_trigger and not _AFTER_PREPOSITION.search(
            text, max(0, trigger[0] - 30), trigger[0]):
        return False
    for joint in _AND.finditer(text, trigger[1], mention.start):
        verb = VERB_AFTER.match(text, joint.end())
        if verb is not None and verb.end() <= mention.start:
            return True
    return False


def other_time(text: str, mention: DateMention, trigger: tuple[int, int]) -> str | None:
    """Whose time a date attached to a trigger is, when surely not the event's."""
    if said_of_reporting(text, mention, trigger):
        return REPORTING_TIME
    if owned_by_verb(text, mention, trigger):
        return "the time of another clause's verb"
    if coordinated_verb(text, mention, trigger):
        return "the time of the verb after 'and'"
    if _ANOTHER_EDITION.search(text, max(0, trigger[0] - 40), trigger[0]):
        return "another edition of the event"
    if _PERIOD_END.search(text, max(0, mention.start - 30), mention.start):
        return "the end of a period, not the event's time"
    return None


def weak_reason(text: str, mention: DateMention, trigger: tuple[int, int] | None) -> str | None:
    """Why a date may not be its trigger's, or None when it surely is: it is said of a
    reporting act, or a clause boundary stands between them (but for a clause that opens
    right after the trigger, "the summit, which opens on Thursday", and a fronted date,
    "On Thursday, leaders meet at the summit")."""
    start, end = mention.start, mention.end
    if trigger is None:
        return "no trigger"
    if trigger[0] < end and start < trigger[1]:
        return None
    if said_of_reporting(text, mention, trigger):
        return "said of the reporting"
    low, high = (end, trigger[0]) if end <= trigger[0] else (trigger[1], start)
    fronted = _FRONTED.match(text, end)
    if end <= trigger[0] and fronted is not None:
        low = fronted.end()
    elif high == start:
        opens = _RELATIVE_OPENS.match(text, low)
        if opens is not None:
            low = opens.end()
    if STRONG_BOUNDARY.search(text, low, high) or WEAK_BOUNDARY.search(text, low, high):
        return "in another clause than its event"
    if _RELATIVE_OPENS.search(text, low, high):
        return "in a relative clause"
    return None
