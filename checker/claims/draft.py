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
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

import yaml

from checker.claims.context import lemma
from checker.claims.names import NameForm, clear_majority, name_forms, slip, word_sources
from checker.claims.values import Claim, claims, story_day
from checker.sheet.models import Sheet
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import split_sentences

MIN_AGREE = 2  # articles that must agree on a value before it becomes a fact
MIN_COUNT = 3  # smaller counts ("two teams") are too common to be one fact
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
    refs: tuple[str, ...] = ()  # epithets the articles give the fact's person


def _value_body(claim: Claim, head: str) -> dict[str, object] | None:
    if claim.days is not None:
        [day] = claim.days.candidates if len(claim.days.candidates) == 1 else [None]
        if day is None or day.first != day.last:
            return None
        return {"date": day.first.isoformat()}
    if (claim.measure == "count" and claim.point is not None and claim.point.is_integer()
            and claim.point >= MIN_COUNT and head in claim.heads):
        return {"count": {"value": int(claim.point), "of": [head]}}
    return None


def _common(group: list[Claim], field: str) -> str | None:
    """The word of `field` (heads or words) that most articles of the group share, names
    left out: a trigger names the event ("spoke", "call"), not who took part."""
    seen: dict[str, set[int]] = defaultdict(set)
    names = set().union(*(c.names for c in group))
    for claim in group:
        for word in getattr(claim, field):
            if len(word) >= 4 and word not in names:
                seen[word].add(claim.article)
    ranked = sorted(seen.items(), key=lambda item: (-len(item[1]), item[0]))
    return ranked[0][0] if ranked and len(ranked[0][1]) >= MIN_AGREE else None


def _group(seed: Claim, every: list[Claim]) -> list[Claim]:
    """The claims of other articles about the same thing as the seed, or as one of those
    that agrees with it: one step further, since two wordings of one thing may share
    fewer words than each shares with a third."""
    near = [c for c in every if c is seed or (c.article != seed.article and seed.about_same(c))]
    agreeing = [c for c in near if seed.agrees(c)]
    further = [c for c in every if c not in near and any(
        c.article != a.article and a.about_same(c) for a in agreeing)]
    return [*near, *further]


def _sentence_words(documents: list[Document], group: list[Claim]) -> set[str]:
    """The words of the sentences the group's claims stand in: an `unless` word among
    them would keep `check` from judging the group's own statements."""
    words: set[str] = set()
    for claim in group:
        text = documents[claim.article].analysis
        for lo, hi in split_sentences(text):
            if lo <= claim.start < hi:
                words.update(lemma(w) for w in re.findall(r"[a-z]+", text[lo:hi].lower()))
    return words


def _unless(trigger: str, group: list[Claim], every: list[Claim], ours: set[str]
            ) -> list[str] | None:
    """Words that tell the other statements the trigger would catch (same measure, the
    trigger among their words, or for a count what it counts; not of the group: about
    something else) from the group's; None when one of them has no such word, so that the
    fact would be judged on it."""
    unless: set[str] = set()
    for other in every:
        caught = other.heads if other.measure == "count" else other.words
        if other in group or other.measure != group[0].measure or trigger not in caught:
            continue
        if any(other.agrees(c) for c in group):
            continue  # the same value: no harm if it is caught
        if any(other.article == c.article and other.sentence == c.sentence for c in group):
            continue  # beside a statement of the group: its sentence is judged anyway
        own = [w for w in (*sorted(other.heads), *sorted(other.words))
               if w not in ours and len(w) >= 4]
        if not own:
            return None
        unless.add(own[0])
    return sorted(unless)


def _age_fact(group: list[Claim], chosen: Claim, day: date | None,
              people: dict[str, str]) -> tuple[str, dict[str, object], list[str]] | None:
    """An age the group agrees on, as the person's birth year at the story's day: the
    person (a name of two words or more) named nearest to most of the group's ages; and
    the epithets the group gives them ("the 25-year-old Dutchman"), to be read as them."""
    votes = Counter(next((people[w] for w in c.whose if w in people), None) for c in group)
    del votes[None]
    ranked = votes.most_common(2)
    if day is None or not ranked or chosen.point is None:
        return None
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None  # two people as near as often: whose age it is stays unknown
    person = str(ranked[0][0])
    epithets = sorted({c.epithet for c in group
                       if c.epithet and fold(c.epithet.split()[0]) not in people})
    born = str(day.year - int(chosen.point))
    return f"{person}-age", {"age": {"of": person, "born": born}}, epithets


def draft_facts(documents: list[Document], people: dict[str, str] | None = None
                ) -> list[DraftFact]:
    """The things several articles agree on: each group of claims that `compare` takes
    for the same thing, with the value most of its articles give."""
    day = story_day(documents)
    every = [c for i, doc in enumerate(documents) for c in claims(doc, i, day)]
    facts: list[DraftFact] = []
    taken: set[tuple[int, int]] = set()
    ids: set[str] = set()
    for seed in every:
        if seed.measure not in ("date", "count", "age") or (seed.article, seed.start) in taken:
            continue
        group = _group(seed, every)
        backers = {id(c): {o.article for o in group if c.agrees(o)} for c in group}
        chosen = max(group, key=lambda c: len(backers[id(c)]))
        support = sorted(backers[id(chosen)])
        if len(support) < MIN_AGREE:
            continue
        agreeing = [c for c in group if chosen.agrees(c)]
        taken.update((c.article, c.start) for c in agreeing)
        dissent = sorted({(c.article, c.written) for c in group if not chosen.agrees(c)})
        if seed.measure == "age":
            made = _age_fact(group, chosen, day, people or {})
            if made is not None and made[0] not in ids:
                ids.add(made[0])
                facts.append(DraftFact(made[0], made[1], support, dissent, tuple(made[2])))
            continue
        head = _common(agreeing, "heads") or _common(agreeing, "words")
        body = None if head is None else _value_body(chosen, head)
        if head is None or body is None:
            continue
        unless = _unless(head, group, every, _sentence_words(documents, group))
        if unless is None:
            continue
        fact_id = f"{head}-{seed.measure}"
        if fact_id in ids:
            continue
        ids.add(fact_id)
        when: dict[str, object] = {"trigger": [head], **({"unless": unless} if unless else {})}
        facts.append(DraftFact(fact_id, {**body, "when": when}, support, dissent))
    return facts


def severity(fact: DraftFact) -> str:
    """A warning when at least MIN_SUPPORT articles agree and fewer than half as many
    dissent; otherwise info, for the editor to confirm."""
    dissenting = {a for a, _ in fact.dissent} - set(fact.support)
    clear = len(fact.support) >= MIN_SUPPORT and 2 * len(dissenting) < len(fact.support)
    return "warning" if clear else "info"



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
                if (clear_majority(len(writers[part] - sources), len(sources), slips)
                        or (len(writers[part]) > len(sources)
                            and all(_outnumbered(documents[i], word, part) for i in sources))):
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


def _outnumbered(doc: Document, word: str, usual: str) -> bool:
    """Whether an article writes the spelling `usual` (folded) as often as `word` or more:
    `word` is then its own slip, which `builtin.two-spellings` reports too."""
    folded = [fold(w) for w in re.findall(r"[A-Z][^\W\d_]+", doc.analysis)]
    return folded.count(usual) >= folded.count(word)


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
    people = {fold(str(e["name"]).split()[-1]): key for key, e in entities.items()
              if len(str(e["name"]).split()) >= 2}  # a person has a given name and a surname
    facts = draft_facts(documents, people)
    for fact in facts:
        if fact.refs:
            entity = entities[str(fact.body["age"]["of"])]  # type: ignore[index]
            entity["refs"] = sorted({*entity.get("refs", []), *fact.refs})  # type: ignore[misc]
    data = {
        "story": kebab(story),
        "title": f"Drafted from {len(documents)} articles",
        "sources": sources,
        "entities": entities,
        "facts": [
            {"id": f.id, **f.body, "severity": severity(f),
             "cite": [source_ids[i] for i in f.support]}
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
