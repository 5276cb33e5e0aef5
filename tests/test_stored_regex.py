"""Patterns rebuilt from the cache folder are the patterns re.compile makes; a damaged,
foreign or refused entry is made again, and without a cache re.compile is used."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from checker import cachefolder
from checker.extract.titles import vocabulary
from checker.text import stored_regex
from checker.text.stored_regex import compiled

SAMPLES = ("the russian foreign minister ", "kyiv's deputy prime minister, ",
           ", the former us secretary of state.", "no title here", "")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(cachefolder.NO_CACHE, raising=False)
    return tmp_path / "regex"


def _same(one: re.Pattern[str], other: re.Pattern[str]) -> None:
    assert one == other  # CPython compares the pattern, the flags and the program
    assert (one.groups, one.groupindex, one.flags) == (other.groups, other.groupindex,
                                                       other.flags)
    for text in SAMPLES:
        found, expected = one.search(text), other.search(text)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict()))


@pytest.mark.parametrize("which", ["whole", "before", "after"])
def test_title_patterns_read_back_equal(store: Path, which: str) -> None:
    source = getattr(vocabulary(), which).pattern
    first = compiled(source)
    assert len(list(store.iterdir())) >= 1
    again = compiled(source)
    _same(again, re.compile(source))
    _same(first, again)


def test_the_pattern_text_is_the_same_in_every_run() -> None:
    # Sets iterate in another order in each process: a pattern built from one must not.
    import subprocess
    import sys

    code = (
        "import hashlib, checker.kinds\n"
        "from checker.extract.titles import vocabulary\n"
        "from checker.kinds.frames import BUILTIN, compile_frame\n"
        "texts = [vocabulary().before.pattern, *(compile_frame(t).pattern for t in BUILTIN)]\n"
        "print(hashlib.sha256(''.join(texts).encode()).hexdigest())"
    )
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": str(seed),
                                                      cachefolder.NO_CACHE: "1"}).stdout
            for seed in (1, 2)}
    assert len(runs) == 1


@pytest.mark.parametrize("damage", [b"", b"x" * 40, "flip", "short"])
def test_a_damaged_entry_is_made_again(store: Path, damage: bytes | str) -> None:
    source = r"(?P<a>\w+) and (?P<b>\w+)"
    compiled(source)
    (entry,) = store.iterdir()
    good = entry.read_bytes()
    if damage == "flip":
        bad = good[:-3] + bytes([good[-3] ^ 1]) + good[-2:]
    elif damage == "short":
        bad = good[: len(good) // 2]
    else:
        assert isinstance(damage, bytes)
        bad = damage
    entry.write_bytes(bad)
    _same(compiled(source), re.compile(source))
    assert entry.read_bytes() == good


def test_a_program_this_python_refuses_is_made_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib
    import marshal

    source = r"a+b"
    compiled(source)
    (entry,) = store.iterdir()
    body = marshal.dumps((32, [999, 999], 0, {}, ()))
    entry.write_bytes(stored_regex._HEADER + hashlib.sha256(body).digest() + body)
    _same(compiled(source), re.compile(source))


def test_switched_off(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cachefolder.NO_CACHE, "1")
    _same(compiled(r"x|y"), re.compile(r"x|y"))
    assert not store.exists()


def test_without_cpython_internals(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored_regex, "_sre", None)
    _same(compiled(r"x|y"), re.compile(r"x|y"))
    assert not store.exists()
