"""`factlint draft`: a fact sheet written from the articles of one story.

Sources are the articles; entities are the names several articles share (a near spelling
that a clear majority outweighs is left out, as a comment, so `check` flags it; one that
no clear majority outweighs is kept as an accepted spelling); facts are the things that at
least MIN_AGREE articles give agreeing values for, with the value most of them give
(`severity` tells a warning from info). The sheet is then read back by `check` on the same
articles (`checker.claims.vet`). Every entry is commented with its support."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

import yaml

from checker.claims.claim import Claim
from checker.claims.context import WORD, lemma
from checker.claims.names import NameForm, clear_majority, name_forms, slip, word_sources
from checker.claims.senses import nouns_of, senses, words_of
from checker.claims.values import claims, story_day
from checker.claims.vet import vet
from checker.sheet.models import Sheet
from checker.sources.documents import Document
from checker.text.fold import fold
from checker.text.segment import split_sentences

MIN_AGREE = 2  # articles that must agree on a value before it becomes a fact
MIN_COUNT = 3  # smaller counts ("two teams") are too common to be one fact
MIN_SUPPORT = 3  # articles agreeing for a warning despite dissent (see `severity`)


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
    contested: frozenset[int] = frozenset()  # dissenters another article not of the majority echoes
    expected: frozenset[tuple[int, int]] = frozenset()  # (article, start) of dissent not repeated
    ours: frozenset[str] = frozenset()  # the words of the sentences of its claims
    lowered: bool = False  # `check` flags other statements with it: info (`vet`)


def _value_body(claim: Claim, counted: list[str]) -> dict[str, object] | None:
    if claim.days is not None:
        [day] = claim.days.candidates if len(claim.days.candidates) == 1 else [None]
        if day is None or day.first != day.last:
            return None
        return {"date": day.first.isoformat()}
    if claim.point is None or claim.per is not None:
        return None
    if claim.measure == "count":
        if claim.point.is_integer() and claim.point >= MIN_COUNT and counted:
            return {"count": {"value": int(claim.point), "of": counted}}
        return None
    value = _written(claim.point)
    if claim.measure == "percent":
        return {"amount": {"value": value, "unit": "percent"}}
    if claim.measure.isupper():  # a currency: "USD", "CHF"
        return {"amount": {"value": value, "currency": claim.measure}}
    return None


def _written(point: float) -> int | float | str:
    """A value as an editor writes it: 63, 0.76, "3.2 billion"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        scaled = point / scale
        if point >= scale and round(scaled, 3) == scaled:
            return f"{scaled:g} {word}"
    return int(point) if point.is_integer() else point


def _common(group: list[Claim], field: str) -> str | None:
    """The word of `field` (heads or words) that most articles of the group share, names
    left out: a trigger names the event ("spoke", "call"), not who took part."""
    seen: dict[str, set[int]] = defaultdict(set)
    names = set().union(*(c.names for c in group))
    for claim in group:
        for word in getattr(claim, field):
            if len(word) >= 3 and word not in names and word.isalpha():
                seen[word].add(claim.article)
    ranked = sorted(seen.items(), key=lambda item: (-len(item[1]), item[0]))
    return ranked[0][0] if ranked and len(ranked[0][1]) >= MIN_AGREE else None


def _group(seed: Claim, every: list[Claim]) -> list[Claim]:
    """The claims of other articles about the same thing as the seed, or as one of those
    that agrees with it: one step further, since two wordings of one thing may share
    fewer words than each shares with a third. `every` holds claims of the seed's measure."""
    near = [c for c in every if c is seed or (c.article != seed.article and seed.about_same(c))]
    taken = {id(c) for c in near}
    agreeing = [c for c in near if seed.agrees(c)]
    further = [c for c in every if id(c) not in taken and any(
        c.article != a.article and a.about_same(c) for a in agreeing)]
    return [*near, *further]


Sentences = dict[tuple[int, int], frozenset[str]]  # (article, start) → its words, as lemmas


def _sentences(documents: list[Document]) -> Sentences:
    """The words of every sentence, as `check` reads a trigger or an `unless` word in it."""
    found: Sentences = {}
    for index, doc in enumerate(documents):
        text = doc.analysis
        for lo, hi in split_sentences(text):
            found[index, lo] = frozenset(lemma(w) for w in WORD.findall(text[lo:hi].lower()))
    return found


def _wording(group: list[Claim], agreeing: list[Claim]
             ) -> tuple[str, list[str], list[str]] | None:
    """What a group's fact is named after, its triggers and, for a count, what it counts. A
    sense most of the agreeing articles give (`checker.claims.senses`) is triggered by its
    words in the group ("killed", "toll") and counts its nouns and the group's counted
    nouns ("death", "people"); else the word most of them share."""
    shared = Counter(s for c in {c.article: c for c in agreeing}.values()
                     for s in c.heads if s.startswith("@"))
    sense = next((s for s, n in shared.most_common(1) if n >= MIN_AGREE), None)
    if sense is not None:
        words = {w for c in group for w in (*c.words, *c.heads)}
        counted = {w for c in group for w in c.counted if not senses((w,))}
        return (sense[1:], sorted(words_of(sense, words)),
                sorted(nouns_of(sense, words) | counted))
    head = _common(agreeing, "heads") or _common(agreeing, "words")
    if head is None:
        return None
    return head, [head], [head] if head in agreeing[0].heads else []


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


def _value_fact(group: list[Claim], agreeing: list[Claim], chosen: Claim,
                people: dict[str, str]
                ) -> tuple[str, dict[str, object]] | None:
    """The id and body of the fact a group of claims states, or None when no word names
    it or the sheet cannot state its value."""
    wording = _wording(group, agreeing)
    body = None if wording is None else _value_body(chosen, wording[2])
    if wording is None or body is None:
        return None
    name, triggers = wording[0], wording[1]
    if not triggers:
        return None
    owner = next((people[w] for w in sorted(chosen.owner) if w in people), None)
    fact_id = kebab(f"{owner or ''} {name} {chosen.measure}")
    when: dict[str, object] = {**({"mentions": [owner]} if owner else {}), "trigger": triggers}
    return fact_id, {**body, "when": when}


@dataclass(frozen=True, slots=True)
class _Group:
    """The claims about one thing, the value most of their articles give and who gives it."""

    claims: list[Claim]
    chosen: Claim
    support: list[int]

    @property
    def agreeing(self) -> list[Claim]:
        return [c for c in self.claims if self.chosen.agrees(c)]

    @property
    def dissenting(self) -> list[Claim]:
        return [c for c in self.claims if not self.chosen.agrees(c)]


def _groups(every: list[Claim]) -> list[_Group]:
    """A group around each claim of a measure a sheet can state that no group before has
    among its agreeing claims, the best supported first, then the one more articles speak
    of. Claims are grouped with those of their measure only."""
    by_measure: dict[str, list[Claim]] = defaultdict(list)
    for claim in every:
        by_measure[claim.measure].append(claim)
    found = []
    for measure, alike in by_measure.items():
        if measure not in ("date", "count", "age", "percent") and not measure.isupper():
            continue
        grouped: set[int] = set()
        for seed in alike:
            if id(seed) in grouped:
                continue
            group = _group(seed, alike)
            backers = {id(c): {o.article for o in group if c.supports(o)} for c in group}
            chosen = max(group, key=lambda c: (not c.bound, len(backers[id(c)])))
            grouped.update(id(c) for c in group if chosen.agrees(c) and seed.agrees(c))
            if len(backers[id(chosen)]) >= MIN_AGREE and chosen.era is None:  # story's time
                found.append(_Group(group, chosen, sorted(backers[id(chosen)])))
    return sorted(found, key=lambda g: (-len(g.support), -len({c.article for c in g.claims})))


def draft_facts(documents: list[Document], people: dict[str, str] | None = None
                ) -> list[DraftFact]:
    """The things several articles agree on: each group of claims that `compare` takes
    for the same thing, with the value most of its articles give; the group most articles
    support first, so that a smaller one around a stray claim does not take its place."""
    day = story_day(documents)
    said = [c for i, doc in enumerate(documents) for c in claims(doc, i, day)]
    every = [c for c in said if not c.quoted]  # a quotation is evidence, not a fact's claim
    said_by_measure: dict[str, list[Claim]] = defaultdict(list)
    for claim in said:
        said_by_measure[claim.measure].append(claim)
    sentences = _sentences(documents)
    facts: list[DraftFact] = []
    taken: set[tuple[int, int]] = set()
    ids: set[str] = set()
    for group in _groups(every):
        if (group.chosen.article, group.chosen.start) in taken:
            continue
        taken.update((c.article, c.start) for c in group.agreeing)
        dissent = sorted({(c.article, c.written) for c in group.dissenting})
        echoed = [d for d in group.dissenting if any(  # by an article not of the majority
            o.article != d.article and o.article not in group.support and d.supports(o)
            for o in said_by_measure[d.measure])]
        contested = frozenset(d.article for d in echoed)
        expected = frozenset((c.article, c.start) for c in group.dissenting if c not in echoed)
        ours = frozenset().union(*(sentences[c.article, c.sentence] for c in group.claims
                                   if c not in echoed))
        if group.chosen.measure == "age":
            made = _age_fact(group.claims, group.chosen, day, people or {})
            if made is not None and made[0] not in ids:
                ids.add(made[0])
                facts.append(DraftFact(made[0], made[1], group.support, dissent,
                                       tuple(made[2]), contested, expected, ours))
            continue
        value = _value_fact(group.claims, group.agreeing, group.chosen, people or {})
        if value is not None and value[0] not in ids:
            ids.add(value[0])
            facts.append(DraftFact(value[0], value[1], group.support, dissent, (), contested,
                                   expected, ours))
    return facts


def severity(fact: DraftFact) -> str:
    """A warning when `check` flags with the fact nothing but its group's lone dissent, and
    either at least MIN_SUPPORT articles agree and fewer than half as many dissent with a
    value that an article outside the majority repeats (two events, not a slip), or
    MIN_AGREE agree and at most one article dissents, with a value no such article repeats
    (a slip, as `compare` reads it); otherwise info, for the editor to confirm."""
    dissenting = {a for a, _ in fact.dissent} - set(fact.support)
    support = len(fact.support)
    clear = not fact.lowered and (
        (support >= MIN_SUPPORT and 2 * len(fact.contested) < support)
        or (support >= MIN_AGREE and len(dissenting) <= 1 and not fact.contested))
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
    head = {"story": kebab(story), "title": f"Drafted from {len(documents)} articles",
            "sources": sources, "entities": entities}

    def sheet_of(some: list[DraftFact]) -> Sheet:
        return Sheet.model_validate({**head, "facts": [{"id": f.id, **f.body} for f in some]})

    facts = vet(documents, facts, sheet_of)
    data = {**head, "facts": [
        {"id": f.id, **f.body, "severity": severity(f), "cite": [source_ids[i] for i in f.support]}
        for f in facts
    ]}
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
