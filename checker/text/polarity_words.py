"""The words that deny or hedge a clause, as data for `checker.text.polarity`.

Each list holds folded phrases (lower case, straight apostrophes); a phrase matches as
whole words. A verb is written once: every inflection of its first word matches
("fail to" → fails to, failed to, failing to).
"""

from __future__ import annotations

#: Negators: the clause says the opposite.
NEGATORS = (
    "not", "n't", "never", "no longer", "nor", "neither", "rather than", "instead of",
    "nowhere", "none of", "yet to",
)

#: Failures: the act was tried and did not happen.
FAILURES = (
    "fail to", "unable to", "cannot", "did not manage to", "prevented from", "in vain",
    "fall through", "miss out on",
)

#: Denials: someone says it did not happen or will not.
DENIALS = (
    "deny", "denial of", "rule out", "dismiss reports", "refute", "reject reports",
    "reject claims", "untrue", "false reports", "no truth",
    # a statement told as wrong, as in a correction: "an earlier version said 15%"
    "wrongly", "incorrectly", "mistakenly", "erroneously", "earlier version", "previous version",
)

#: Hedges and modals: the clause says what may, might or should be, not what is.
HEDGES = (
    "could", "might", "may", "would", "should", "possibly", "perhaps", "probably",
    "potentially", "reportedly considering", "rumoured", "rumored", "speculation",
    "speculate", "in talks",
)

#: Conditionals: the clause depends on something that may not happen.
CONDITIONALS = ("if", "unless", "whether", "in case", "provided that", "in the event")

#: Intentions: the clause speaks of a plan, not of a done act.
INTENTIONS = (
    "plan to", "intend to", "aim to", "hope to", "want to", "seek to", "try to",
    "propose to", "threaten to", "was to", "were to",
    "would-be", "proposed",
)

#: Requests: "calls for Ireland to recognise …" asks for the act (`checker.text.aims`).
REQUESTS = (
    "call for", "call on", "urge", "ask", "press", "push for", "demand", "lobby for",
    "appeal to", "want", "campaign for",
)

#: What says a requested or planned act has not happened ("a policy that has not yet been
#: enacted"): the participles, read after "has not (yet) been", "is yet to be" …
UNREALISED = (
    "enacted", "implemented", "adopted", "carried out", "realised", "realized", "achieved",
    "fulfilled", "granted", "put into effect", "acted on", "acted upon",
)

#: Phrases that hold a cue above but deny or hedge nothing ("not only", "no fewer than").
NOT_CUES = (
    "not only", "not just", "not least", "not until", "not far", "not more than",
    "not less than", "not fewer than", "not to mention", "if not", "as if", "even if not",
    "could not be reached", "would later", "would go on", "would eventually",
    "may well have", "whether or not", "never before", "nothing but",
)

#: Words that open a sentence and make the whole of it conditional ("If the deal closes, …").
SENTENCE_CONDITIONALS = ("if", "unless", "should", "were", "had")
