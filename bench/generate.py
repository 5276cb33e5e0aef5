"""Generate the benchmark's fact sheets and corpus under bench/out/ (deterministic per seed).

Fact sheets: bench/out/rules-{10,100,1000}/. Each holds the core story (10 facts, the one
the articles tell) plus 9 or 99 sheets of other stories, whose names and most triggers
do not occur in the copy, as in a newsroom that keeps many stories' sheets at once.

Corpus: bench/out/corpus/NN/*.{txt,md,html}, 1,000 articles a folder, 3–8 KB each, with
planted errors in a share of them.

    python bench/generate.py [--articles 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import story, vocab

OUT = Path(__file__).resolve().parent / "out"
SIZES = (10, 100, 1000)
ERROR_SHARE = 0.2
SHARD = 1000


@dataclass(frozen=True, slots=True)
class Corpus:
    """A generated corpus: its articles in the order factlint reads them."""

    root: Path
    paths: list[Path]
    size: int  # bytes
    with_errors: int  # articles with planted errors


# ---------------------------------------------------------------- fact sheets

def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(vocab.SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _extra_value(rng: random.Random) -> dict[str, Any]:
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1000))
    kind = rng.choices(("date", "count", "amount", "duration"), (60, 15, 15, 10))[0]
    if kind == "date":
        shape = rng.random()
        if shape < 0.7:
            return {"date": day}
        if shape < 0.85:
            return {"date": f"{day.year}-{day.month:02d}"}
        return {"date": {"from": day, "to": day + timedelta(days=rng.randint(1, 4))}}
    if kind == "count":
        return {"count": {"value": rng.randint(2, 5000), "of": [rng.choice(vocab.COUNTED)]}}
    if kind == "amount":
        if rng.random() < 0.8:
            value = f"{rng.randint(11, 999) / 10:g} {rng.choice(('million', 'billion'))}"
            return {"amount": {"value": value, "currency": rng.choice(vocab.CURRENCIES)}}
        unit = rng.choice(("tonne", "km", "MW", "hectare"))
        return {"amount": {"value": rng.randint(5, 900), "unit": unit}}
    if rng.random() < 0.5:
        return {"duration": {"since": day - timedelta(days=rng.randint(100, 3000)), "unit": "year"}}
    return {"duration": {"value": rng.randint(2, 30), "unit": rng.choice(("day", "week", "month"))}}


def extra_sheet(index: int, seed: int) -> dict[str, Any]:
    """Another story's sheet: 7 entities, 10 facts."""
    rng = random.Random(seed * 1_000_003 + index)
    entities: dict[str, dict[str, Any]] = {}
    for _ in range(5):
        surname = _surname(rng)
        entity: dict[str, Any] = {"name": f"{rng.choice(vocab.FIRST_NAMES)} {surname}"}
        if rng.random() < 0.3:
            entity["spellings"] = [entity["name"].replace("k", "c").replace("v", "w")]
        entities[surname.lower()] = entity
    place = _surname(rng)
    entities[place.lower()] = {"name": place, "kind": "place"}
    org = _surname(rng)
    entities[org.lower()] = {"name": f"{org} Council", "kind": "organisation"}
    ids = list(entities)
    facts = []
    for j in range(10):
        triggers = rng.sample(vocab.EXTRA_TRIGGERS, rng.randint(1, 3))
        mentions = rng.sample(ids, rng.randint(1, 2)) if rng.random() < 0.9 else []
        if mentions and rng.random() < 0.15:
            triggers.append(rng.choice(vocab.SHARED_TRIGGERS))
        when: dict[str, Any] = {"mentions": mentions, "trigger": triggers}
        if rng.random() < 0.2:
            when["unless"] = ["so-called", "alleged"]
        fid = f"fact-{j:02d}-{triggers[0]}"
        facts.append({"id": fid, **_extra_value(rng), "when": when, "cite": ["desk"]})
    return {"story": f"desk-story-{index:03d}", "title": f"Desk story {index}",
            "sources": {"desk": {"outlet": "News desk", "date": date(2025, 3, 1)}},
            "entities": entities, "facts": facts}


def _dump(data: dict[str, Any], path: Path) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True,
                                   default_flow_style=None, width=100), encoding="utf-8")


def write_sheets(out: Path, seed: int) -> dict[int, Path]:
    """rules-N/ for N in SIZES; returns {N: folder}."""
    folders = {}
    for size in SIZES:
        folder = out / f"rules-{size}"
        folder.mkdir(parents=True)
        _dump(story.sheet(), folder / f"{story.STEM}.yaml")
        for index in range(1, size // 10):
            _dump(extra_sheet(index, seed), folder / f"desk-{index:03d}.yaml")
        folders[size] = folder
    return folders


# ---------------------------------------------------------------- articles

def _money(rng: random.Random) -> str:
    value = rng.randint(12, 990) / 10
    return rng.choice((f"${value:g} million", f"£{rng.randint(2, 900) * 1000:,}",
                       f"SEK {value:g} billion", f"{value:g} million zlotys"))


SLOTS: dict[str, Callable[[random.Random], str]] = {
    "city": lambda r: r.choice(vocab.CITIES), "city2": lambda r: r.choice(vocab.CITIES),
    "pct": lambda r: r.choice((f"{r.uniform(1, 40):.1f}%", f"{r.randint(2, 35)} per cent")),
    "pct2": lambda r: f"{r.randint(10, 45)}%", "year": lambda r: str(r.randint(2008, 2024)),
    "future": lambda r: str(r.randint(2030, 2045)),
    "big": lambda r: f"{r.randint(2, 900) * 1000:,}",
    "big2": lambda r: f"{r.randint(2, 900) * 1000:,}", "small": lambda r: r.choice(vocab.SMALL),
    "minutes": lambda r: str(r.randint(15, 90)),
    "tonnes": lambda r: f"{r.randint(10, 900) * 1000:,}",
    "goods": lambda r: r.choice(vocab.GOODS), "month": lambda r: r.choice(vocab.MONTHS),
    "depth": lambda r: str(r.randint(20, 80)), "person": lambda r: r.choice(vocab.PEOPLE),
    "role": lambda r: r.choice(vocab.ROLES), "org": lambda r: r.choice(vocab.ORGS),
    "Org": lambda r: r.choice(vocab.ORGS), "money": _money,
    "speed": lambda r: str(r.randint(60, 120)), "weekday": lambda r: r.choice(vocab.WEEKDAYS),
}
_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random) -> str:
    """A template with its {slots} filled."""
    text = _SLOT.sub(lambda m: SLOTS[m.group(1)](rng), template)
    return text[0].upper() + text[1:]


@dataclass(slots=True)
class _Draft:
    """The body of one article, paragraph by paragraph."""

    writer: story.Writer
    facts: list[str]
    wrong: set[str]
    deck: list[str] = field(default_factory=list)

    def filler(self) -> str:
        """A filler sentence; each template once before any repeats."""
        if not self.deck:
            self.deck = list(vocab.FILLER)
            self.writer.rng.shuffle(self.deck)
        return fill(self.deck.pop(), self.writer.rng)

    def fact(self) -> str:
        fid = self.writer.rng.choice(self.facts)
        wrong = fid in self.wrong
        self.wrong.discard(fid)
        text = story.SENTENCES[fid](self.writer, wrong)
        return text[0].upper() + text[1:]

    def quote(self) -> str:
        rng = self.writer.rng
        said = rng.choice((f"said {rng.choice(vocab.PEOPLE)}, {rng.choice(vocab.ROLES)}",
                           f"{self.writer.name(rng.choice(('varga', 'kowal', 'brandt')))} "
                           "told reporters"))
        return f"“{fill(rng.choice(vocab.QUOTES), rng)},” {said}."

    def paragraph(self) -> str:
        rng = self.writer.rng
        kinds = rng.choices(("fact", "filler", "quote"), (5, 6, 1), k=rng.randint(2, 4))
        parts = [self.fact() if k == "fact" else self.quote() if k == "quote"
                 else self.filler() for k in kinds]
        return " ".join(parts)


def _body(draft: _Draft, target: int) -> list[str]:
    paragraphs = [draft.fact() + " " + draft.fact()]
    size = len(paragraphs[0])
    while size < target or draft.wrong:
        paragraphs.append(draft.paragraph())
        size += len(paragraphs[-1])
    return paragraphs


def _furniture(rng: random.Random) -> tuple[str, str]:
    return rng.choice(vocab.FURNITURE_END), f"Read more: {rng.choice(vocab.RELATED)}"


def _txt(rng: random.Random, head: str, body: list[str], day: date | None) -> str:
    lines = [f"date {day.isoformat()}"] if day else []
    lines += [head, f"By {rng.choice(vocab.REPORTERS)}"]
    if rng.random() < 0.5:
        wire_day = (day or story.DATELINES[0]).day
        body[0] = f"GDANSK, March {wire_day} (Baltic Wire) — {body[0]}"
    middle = len(body) // 2
    lines += [*body[:middle], rng.choice(vocab.FURNITURE_MID), *body[middle:], *_furniture(rng)]
    return "\n\n".join(lines) + "\n"


def _md(rng: random.Random, head: str, body: list[str], day: date | None) -> str:
    front = [f"title: \"{head}\"", f"outlet: {rng.choice(vocab.OUTLETS)}",
             f"byline: {rng.choice(vocab.REPORTERS)}"]
    if day:
        front.insert(1, f"date: {day.isoformat()}")
    parts = ["---\n" + "\n".join(front) + "\n---", f"# {head}",
             f"*By {rng.choice(vocab.REPORTERS)}*"]
    for i, paragraph in enumerate(body):
        if i and i % 4 == 0:
            parts.append(f"## {rng.choice(vocab.SUBHEADS)}")
        parts.append(f"> {paragraph}" if rng.random() < 0.05 else paragraph)
    share, more = _furniture(rng)
    parts += ["---", f"*{share}* · [{more}](https://example.org/{rng.randint(1000, 9999)})"]
    return "\n\n".join(parts) + "\n"


def _html(rng: random.Random, head: str, body: list[str], day: date | None) -> str:
    meta = (f'<meta name="article:published_time" content="{day.isoformat()}T09:30:00+01:00">\n'
            if day else "")
    stamp = (f'<time datetime="{day.isoformat()}">{day.day} {vocab.MONTHS[day.month - 1]} '
             f'{day.year}</time>' if day else "")
    outlet = rng.choice(vocab.OUTLETS)
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    share, more = _furniture(rng)
    return (
        f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{head} | {outlet}</title>\n{meta}<script>window.dataLayer = window.dataLayer"
        f" || []; dataLayer.push({{\"section\": \"europe\"}});</script>\n</head>\n<body>\n"
        f"<div class=\"banner\">{rng.choice(vocab.FURNITURE_TOP)} <button>Accept</button></div>\n"
        f"<nav><a href=\"/\">Home</a> | <a href=\"/europe\">Europe</a></nav>\n<h1>{head}</h1>\n"
        f"<p class=\"byline\">By {rng.choice(vocab.REPORTERS)} &middot; {stamp}</p>\n{paragraphs}\n"
        f"<aside><h3>Related</h3><ul><li><a href=\"/r\">{more}</a></li></ul></aside>\n"
        f"<p class=\"share\">{share}</p>\n<footer>&copy; 2025 {outlet}</footer>\n</body>\n</html>\n"
    )


FORMATS = {"txt": _txt, "md": _md, "html": _html}


def article(rng: random.Random) -> tuple[str, str, bool]:
    """One article: (suffix, text, has planted errors)."""
    suffix = rng.choices(list(FORMATS), (5, 3, 2))[0]
    dateline = rng.choice(story.DATELINES)
    errors = rng.random() < ERROR_SHARE
    writer = story.Writer(rng, dateline, wrong_names=errors and rng.random() < 0.3)
    facts = rng.sample(list(story.SENTENCES), rng.randint(4, 10))
    wrong = set(rng.sample(facts, rng.randint(1, 2))) if errors else set()
    body = _body(_Draft(writer, facts, wrong), rng.randint(2600, 7000))
    day = dateline if rng.random() < 0.9 else None
    return suffix, FORMATS[suffix](rng, rng.choice(story.HEADLINES), body, day), errors


def write_corpus(out: Path, count: int, seed: int) -> int:
    """Write `count` articles to out/NN/; returns how many have planted errors."""
    rng = random.Random(seed)
    with_errors = 0
    for index in range(count):
        suffix, text, errors = article(rng)
        folder = out / f"{index // SHARD:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{index:05d}.{suffix}").write_text(text, encoding="utf-8")
        with_errors += errors
    return with_errors


def _fingerprint(count: int, seed: int) -> str:
    sources = b"".join(Path(__file__).with_name(n).read_bytes()
                       for n in ("generate.py", "story.py", "vocab.py"))
    return hashlib.sha256(sources + f"{count}/{seed}".encode()).hexdigest()


def ensure(count: int = 10_000, seed: int = 1, out: Path = OUT) -> tuple[dict[int, Path], Corpus]:
    """Sheets and corpus, regenerated only when the generator or its arguments changed."""
    stamp = out / "stamp.json"
    fingerprint = _fingerprint(count, seed)
    cached = json.loads(stamp.read_text()) if stamp.exists() else {}
    if cached.get("fingerprint") != fingerprint:
        for name in ("corpus", *(f"rules-{n}" for n in SIZES)):
            shutil.rmtree(out / name, ignore_errors=True)
        write_sheets(out, seed)
        cached = {"fingerprint": fingerprint,
                  "with_errors": write_corpus(out / "corpus", count, seed)}
        stamp.write_text(json.dumps(cached))
    paths = sorted(p for p in (out / "corpus").rglob("*") if p.is_file())
    corpus = Corpus(out / "corpus", paths, sum(p.stat().st_size for p in paths),
                    cached["with_errors"])
    return {n: out / f"rules-{n}" for n in SIZES}, corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sheets, corpus = ensure(args.articles, args.seed)
    print(f"{len(corpus.paths)} articles ({corpus.size / 1e6:.1f} MB, {corpus.with_errors} with "
          f"planted errors) in {corpus.root}; sheets in {', '.join(map(str, sheets.values()))}")


if __name__ == "__main__":
    main()
