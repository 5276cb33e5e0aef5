"""Every regex the checker compiles, linted for nested quantifiers that can split the same
text in many ways (catastrophic backtracking), and timed on adversarial strings: runs of
each character and literal the pattern names, where a scan that fails and restarts at
every position costs quadratic time."""

from __future__ import annotations

import hashlib
import re
import sys
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from checker.engine.document import Engine, check_document
from checker.sources.documents import make_document

from .conftest import SEEDS

_parser: Any = getattr(re, "_parser")  # noqa: B009 - sre_parse, private since 3.11
_compiler: Any = getattr(re, "_compiler")  # noqa: B009
C = _parser  # opcodes live on the parser module as well
MAXREPEAT = C.MAXREPEAT
UNIVERSE = [chr(i) for i in range(128)] + list("…’‘“”é—–\u00a0İſ€")
SINGLE = {C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY}
REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)}


def _module_patterns() -> Iterator[re.Pattern[str]]:
    for name, module in list(sys.modules.items()):
        if not name.startswith("checker") or module is None:
            continue
        for value in vars(module).values():
            values = value.values() if isinstance(value, dict) else value
            if isinstance(values, list | tuple | frozenset | set | type({}.values())):
                yield from (v for v in values if isinstance(v, re.Pattern))
            elif isinstance(value, re.Pattern):
                yield value


def _patterns() -> list[re.Pattern[str]]:
    """The checker's str patterns: its modules' own, and those its fact kinds build for
    the project's sheet while the seeds are checked."""
    from checker.sheet.load import load_sheets

    from .conftest import RULES

    for name, module in list(sys.modules.items()):
        if name.startswith("checker") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    built: list[re.Pattern[str]] = []
    compile_ = re.compile

    def recording(pattern: Any, flags: Any = 0) -> re.Pattern[str]:
        compiled = compile_(pattern, flags)
        if sys._getframe(1).f_globals.get("__name__", "").startswith("checker"):
            built.append(compiled)
        return compiled

    re.compile = recording  # type: ignore[assignment]
    try:
        engine = Engine(load_sheets([RULES]))
        for path in sorted(SEEDS.iterdir()):
            if path.suffix in (".txt", ".md", ".html"):
                text = path.read_text(encoding="utf-8")
                check_document(engine, make_document(str(path), text), verbose=True)
    finally:
        re.compile = compile_
    return _distinct([p for p in [*_module_patterns(), *built] if isinstance(p.pattern, str)])


def _key(pattern: re.Pattern[str]) -> str:
    """The pattern's characters, sorted: the same in every process, though an alternation
    built from a set lists its words in another order in each (hash seeds differ)."""
    return "".join(sorted(pattern.pattern))


def _distinct(patterns: list[re.Pattern[str]]) -> list[re.Pattern[str]]:
    """One pattern per key, in key order, so that parallel workers collect the same tests."""
    found = {_key(p): p for p in patterns}
    return [found[key] for key in sorted(found)]


def _id(pattern: re.Pattern[str]) -> str:
    return hashlib.blake2s(_key(pattern).encode(), digest_size=5).hexdigest()


@cache
def _chars(item: tuple[Any, Any], flags: int) -> frozenset[str]:
    """The characters of UNIVERSE a single-character item matches."""
    sub = _parser.SubPattern(_parser.State())
    sub.append(item)
    sub.state.flags = flags
    compiled = _compiler.compile(sub, flags)
    return frozenset(c for c in UNIVERSE if compiled.fullmatch(c))


class _Sets:
    """First characters, all characters and nullability of parsed sequences."""

    def __init__(self, flags: int) -> None:
        self.flags = flags

    def item(self, op: Any, av: Any) -> tuple[frozenset[str], frozenset[str], bool]:
        if op in SINGLE:
            chars = _chars(_freeze((op, av)), self.flags)
            return chars, chars, False
        if op is C.SUBPATTERN:
            return self.seq(av[-1])
        if op is C.BRANCH:
            parts = [self.seq(b) for b in av[1]]
            return (frozenset().union(*(p[0] for p in parts)),
                    frozenset().union(*(p[1] for p in parts)), any(p[2] for p in parts))
        if op in REPEATS:
            first, every, nullable = self.seq(av[2])
            return first, every, nullable or av[0] == 0
        return frozenset(), frozenset(), True  # anchors, lookarounds, group references

    def seq(self, items: Any) -> tuple[frozenset[str], frozenset[str], bool]:
        first: frozenset[str] = frozenset()
        every: frozenset[str] = frozenset()
        nullable = True
        for op, av in items:
            f, e, n = self.item(op, av)
            if nullable:
                first |= f
            every |= e
            nullable = nullable and n
        return first, every, nullable


def _freeze(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _repeats(items: Any) -> Iterator[tuple[Any, Any]]:
    for op, av in items:
        if op in REPEATS:
            yield op, av
            yield from _repeats(av[2])
        elif op is C.SUBPATTERN:
            yield from _repeats(av[-1])
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _repeats(branch)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _repeats(av[1])


def _flatten(items: Any) -> list[tuple[Any, Any]]:
    """The body as a list of items, groups of a single sequence opened."""
    out = []
    for op, av in items:
        if op is C.SUBPATTERN:
            out.extend(_flatten(av[-1]))
        else:
            out.append((op, av))
    return out


def ambiguous_loops(pattern: str, flags: int = 0) -> list[str]:
    """Repeated groups in which an unbounded repeat may give characters to what follows
    it (or to the group's next round): each split is tried on failure."""
    parsed = _parser.parse(pattern, flags)
    sets = _Sets(parsed.state.flags)
    problems = []
    for _op, (_low, high, body) in _repeats(parsed):
        if high is not MAXREPEAT and high <= 1:
            continue
        items = _flatten(body)
        loop_first = sets.seq(items)[0]
        for i, (op, av) in enumerate(items):
            if op not in REPEATS or av[1] is not MAXREPEAT:
                continue
            _f, consumed, _n = sets.item(op, av)
            follow, nullable = sets.seq(items[i + 1 :])[0], sets.seq(items[i + 1 :])[2]
            if nullable:
                follow |= loop_first
            shared = consumed & follow
            if shared:
                problems.append(f"repeat shares {''.join(sorted(shared))[:12]!r} with what follows")
    return problems


PATTERNS = _patterns()


@pytest.mark.parametrize("pattern", PATTERNS, ids=_id)
def test_no_nested_ambiguous_quantifier(pattern: re.Pattern[str]) -> None:
    assert ambiguous_loops(pattern.pattern, pattern.flags) == [], pattern.pattern


def test_the_lint_finds_the_classic_cases() -> None:
    assert ambiguous_loops(r"(a+)+b")
    assert ambiguous_loops(r"(?:[\s-]+[\w'-]+){0,3}?[\s-]+x")
    assert ambiguous_loops(r"(\w+\s?)*$")
    assert not ambiguous_loops(r"(?:[\s-]+[\w']+){0,3}?[\s-]+x")
    assert not ambiguous_loops(r"(?:\s+\w+)*")


def _literals(pattern: str) -> list[str]:
    """Characters the pattern names that are not letters or digits, and its runs of
    literal characters holding one ("<!--", "](", "..."): the pieces of hostile input.
    Letters and digits stand in as 'a', 'A' and '1'."""
    runs: set[str] = set(" -.!<a1A\n")
    for piece in re.findall(r"(?:\\.|[^\\()\[\]{}*+?|^$])+", pattern):
        text = re.sub(r"\\(.)", r"\1", piece)
        marks = {c for c in text if not c.isalnum()}
        runs.update(marks)
        if marks and len(text) <= 8:
            runs.add(text)
    return sorted(runs)[:60]


def _timed(pattern: re.Pattern[str], text: str, runs: int = 1) -> float:
    """The best of `runs` scans (on busy cores, as in parallel tests, one may be slowed)."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def _scanning() -> list[re.Pattern[str]]:
    """The module-level patterns that the code runs over whole texts (search, finditer,
    sub …), where a failed attempt at every position adds up; those only matched at one
    place cost at most one scan there."""
    found = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("checker") or module is None or not module.__file__:
            continue
        path = Path(module.__file__)
        if path.suffix != ".py":  # compiled by `make compiled`: the .py beside it, if any
            path = path.with_name(name.rpartition(".")[2] + ".py")
            if not path.is_file():
                continue
        source = path.read_text(encoding="utf-8")
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and re.search(
                rf"\b{re.escape(attribute)}\.(?:search|finditer|findall|sub|subn|split)\(",
                source,
            ):
                found.append(value)
    return found


# Quadratic on long runs of spaces, but only ever run over one sentence, which the
# splitter keeps under MAX_SENTENCE characters.
PER_SENTENCE = {
    r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+",
    r",?\s+(?:which|who|that|where|when)\b",
}
SCANNING = _distinct([p for p in _scanning() if p.pattern not in PER_SENTENCE])


@pytest.mark.parametrize("pattern", SCANNING, ids=_id)
def test_adversarial_runs_take_linear_time(pattern: re.Pattern[str]) -> None:
    for run in _literals(pattern.pattern):
        for lead in ("", " ", "1 "):
            long = lead + run * (16000 // len(run))
            if _timed(pattern, long) < 0.05:
                continue
            # 8× the text: about 8× the time when linear, 64× when quadratic; the bar sits
            # far from both, so that a busy core does not decide.
            short = lead + run * (2000 // len(run))
            ratio = _timed(pattern, long, 3) / max(_timed(pattern, short, 3), 1e-4)
            assert ratio < 24, (
                f"{pattern.pattern[:80]!r} on {run!r}×{len(long) // len(run)}: "
                f"{ratio:.0f}× for 8× the text"
            )
