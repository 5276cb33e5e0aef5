"""`factlint draft`: a fact sheet written from the articles of one story.

Sources are the articles; entities are the names several articles share (a near spelling
that a clear majority outweighs is left out, as a comment, so `check` flags it; one that
no clear majority outweighs is kept as an accepted spelling); facts are the things that at
least MIN_SUPPORT articles give agreeing values for, with the value most of them give, when
no more than a third of the articles that give one disagree (a warning when at least
MIN_SUPPORT agree and none dissents, else info). Every entry is commented with
its support."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import yaml

from checker.claims.names import NameForm, clear_majority, name_forms, slip, word_sources
from checker.claims.values import Claim, claims, story_day
from checker.sheet.models import Sheet
from checker.sources import Document
from checker.text.fold import fold

MIN_AGREE = 2  # articles that must agree on a value before it becomes a fact
MIN_SUPPORT = 3  # and for it to be checked at warning level, with no article dissenting


def kebab(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words)[:60].strip("-") or "x"


@dataclass(frozen=True, slots=True)
class DraftFact:
    """A fact the articles agree on, with who supports it and who says otherwise."""

    id: str
    body: dict[str, object]
    support: list[int]
    dissent: list[tuple[int, str]]


def _value_body(claim: Claim, head: str) -> dict[str, object] | None:
    if claim.days is not None:
        [day] = claim.days.candidates if len(claim.days.candidates) == 1 else [None]
        if day is None or day.first != day.last:
            return None
        return {"date": day.first.isoformat()}
    interval = claim.interval
    assert interval is not None
    value = float(re.sub(r"[^\d.]", "", claim.written) or "nan")
    if claim.measure == "count" and interval.low <= value < interval.high and value.is_integer():
        return {"count": {"value": int(value), "of": [head]}}
    return None


def draft_facts(documents: list[Document]) -> list[DraftFact]:
    """The things several articles agree on, by measure and head word."""
    day = story_day(documents)
    every = [c for i, doc in enumerate(documents) for c in claims(doc, i, day)]
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in every:
        for head in claim.heads:
            groups[(claim.measure, head)].append(claim)
    facts: list[DraftFact] = []
    taken: set[str] = set()
    for (measure, head), group in sorted(groups.items()):
        if measure not in ("date", "count") or len(head) < 4:
            continue
        best: tuple[int, Claim] | None = None
        for claim in group:
            backers = {other.article for other in group if claim.agrees(other)}
            if best is None or len(backers) > best[0]:
                best = (len(backers), claim)
        if best is None or best[0] < MIN_AGREE:
            continue
        chosen = best[1]
        support = sorted({c.article for c in group if chosen.agrees(c)})
        dissent = sorted(
            {(c.article, c.written) for c in group if not chosen.agrees(c)}
        )
        giving = set(support) | {a for a, _ in dissent}
        if 3 * len({a for a, _ in dissent} - set(support)) > len(giving):
            continue
        body = _value_body(chosen, head)
        fact_id = f"{head}-{measure}"
        if body is None or fact_id in taken:
            continue
        taken.add(fact_id)
        facts.append(DraftFact(fact_id, body, support, list(dissent)))
    return facts


def severity(fact: DraftFact) -> str:
    """A warning when at least MIN_SUPPORT articles agree and none dissents; otherwise
    info, for the editor to confirm: values that change over time split the sources."""
    return "warning" if len(fact.support) >= MIN_SUPPORT and not fact.dissent else "info"



def _entities(documents: list[Document]) -> tuple[dict[str, dict[str, object]], list[str]]:
    """The shared names as entities, near spellings that no clear majority outweighs as
    accepted spellings, and notes on the ones left out."""
    writers = word_sources(documents)
    by_surname: dict[str, list[NameForm]] = defaultdict(list)
    for form in name_forms(documents):
        by_surname[fold(form.written.split()[-1])].append(form)
    entities: dict[str, dict[str, object]] = {}
    notes: list[str] = []
    for same in by_surname.values():
        main = max(same, key=lambda f: (len(f.written.split()), len(f.sources)))
        entry: dict[str, object] = {"name": main.written}
        spellings = []
        written = main.written.split()
        for position, part in enumerate(fold(w) for w in written):
            for word, sources in sorted(writers.items()):
                if word == part or word[:1] != part[:1] or not _near(word, part):
                    continue
                slips = all(slip(documents[i], word, part) for i in sources)
                if clear_majority(len(writers[part] - sources), len(sources), slips):
                    notes.append(f"'{word}' ({len(sources)} article(s)) is left out: "
                                 f"{len(writers[part])} write '{part}'")
                else:
                    variant = [*written]
                    variant[position] = word.capitalize()
                    spellings.append(" ".join(variant))
        if spellings:
            entry["spellings"] = spellings
        entities[kebab(main.written)] = entry
    return entities, notes


def _near(a: str, b: str) -> bool:
    from rapidfuzz.distance import OSA

    limit = 2 if len(b) >= 8 else 1
    return OSA.distance(a, b, score_cutoff=limit) <= limit


def draft(documents: list[Document], story: str) -> str:
    """The sheet as YAML text, commented, valid."""
    from checker.claims.compare import label

    sources = {
        kebab(label(doc.path)): {"outlet": label(doc.path), **(
            {"date": doc.dateline} if isinstance(doc.dateline, date) else {})}
        for doc in documents
    }
    source_ids = list(sources)
    entities, notes = _entities(documents)
    facts = draft_facts(documents)
    data = {
        "story": kebab(story),
        "title": f"Drafted from {len(documents)} articles",
        "sources": sources,
        "entities": entities,
        "facts": [
            {"id": f.id, **f.body, "when": {"trigger": [f.id.rsplit("-", 1)[0]]},
             "severity": severity(f), "cite": [source_ids[i] for i in f.support]}
            for f in facts
        ],
    }
    Sheet.model_validate(data)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    lines = [f"# Drafted by factlint from {len(documents)} articles; review before use.",
             "# Every shared name is drafted as a person, so that its spelling is checked;",
             "# give places and organisations their kind.",
             *(f"# {note}" for note in notes)]
    for fact in facts:
        said = "; ".join(f"{label(documents[a].path)} says {w}" for a, w in fact.dissent)
        support = f"{len(fact.support)} of {len(documents)} sources"
        lines.append(f"# {fact.id}: {support}" + (f"; {said}" if said else ""))
    return "\n".join(lines) + "\n" + text
