"""The cache of valid sheets: used when the content is the same, ignored when it is
damaged, foreign or switched off, never a cause of failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker import cachefolder
from checker.errors import UserError
from checker.sheet import cache
from checker.sheet.load import load_sheet
from tests.conftest import RULES

SHEET = RULES / "budapest-summit.yaml"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(cachefolder.NO_CACHE, raising=False)
    return tmp_path / "cache" / "sheets"


def _copy(tmp_path: Path) -> Path:
    path = tmp_path / "story.yaml"
    path.write_bytes(SHEET.read_bytes())
    return path


def _entries(store: Path) -> list[Path]:
    return sorted(store.glob("*.pickle"))


def test_a_valid_sheet_is_kept_and_read_back(store: Path, tmp_path: Path) -> None:
    path = _copy(tmp_path)
    first = load_sheet(path)
    assert len(_entries(store)) == 1
    again = load_sheet(path)
    assert again.sheet == first.sheet
    assert again.sheet is not first.sheet
    assert (again.path, again.stem) == (path, "story")


def test_the_entry_is_read_and_not_the_yaml(store: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(tmp_path)
    load_sheet(path)
    monkeypatch.setattr("checker.sheet.load.load_located", None)  # would fail if called
    assert load_sheet(path).sheet.story


def test_same_content_under_another_name_shares_the_entry(store: Path, tmp_path: Path) -> None:
    path = _copy(tmp_path)
    load_sheet(path)
    other = tmp_path / "other.yaml"
    other.write_bytes(path.read_bytes())
    assert load_sheet(other).stem == "other"
    assert len(_entries(store)) == 1


def test_a_changed_sheet_is_validated_again(store: Path, tmp_path: Path) -> None:
    path = _copy(tmp_path)
    load_sheet(path)
    path.write_text(path.read_text("utf-8") + "\nunknown_key: 1\n", "utf-8")
    with pytest.raises(UserError, match="unknown key 'unknown_key'"):
        load_sheet(path)
    assert len(_entries(store)) == 1  # an invalid sheet is never kept


@pytest.mark.parametrize("damage", [b"", b"garbage", b"factlint sheet 0\n\x80\x05.",
                                    "header + truncated"])
def test_a_damaged_entry_is_ignored_and_written_again(
    store: Path, tmp_path: Path, damage: bytes | str
) -> None:
    path = _copy(tmp_path)
    first = load_sheet(path)
    (entry,) = _entries(store)
    good = entry.read_bytes()
    entry.write_bytes(good[: len(cache.code_stamp()) + 20] if isinstance(damage, str) else damage)
    assert load_sheet(path).sheet == first.sheet
    assert entry.read_bytes() == good


def test_an_entry_of_another_type_is_ignored(store: Path, tmp_path: Path) -> None:
    import pickle

    path = _copy(tmp_path)
    first = load_sheet(path)
    (entry,) = _entries(store)
    entry.write_bytes(cache.code_stamp() + pickle.dumps({"story": "x"}))
    assert load_sheet(path).sheet == first.sheet


def test_a_folder_others_may_write_to_is_not_used(store: Path, tmp_path: Path) -> None:
    path = _copy(tmp_path)
    load_sheet(path)
    store.chmod(0o777)
    (entry,) = _entries(store)
    entry.write_bytes(b"")
    assert load_sheet(path).sheet.story  # read from the YAML, entry left alone
    assert entry.read_bytes() == b""


def test_an_unwritable_cache_does_not_stop_loading(store: Path, tmp_path: Path) -> None:
    store.parent.mkdir(parents=True)
    store.write_text("a file where the folder should be")
    assert load_sheet(_copy(tmp_path)).sheet.story


def test_switched_off_by_the_setting(store: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cachefolder.NO_CACHE, "1")
    load_sheet(_copy(tmp_path))
    assert not store.exists()


def test_switched_off_by_the_option(store: Path, tmp_path: Path) -> None:
    path = _copy(tmp_path)
    command = [sys.executable, "-m", "checker", "--no-cache", "rules", "validate", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          env={**os.environ, "FACTLINT_CACHE_DIR": str(store.parent)})
    assert done.returncode == 0, done.stderr
    assert not store.exists()
    done = subprocess.run(command[:3] + command[4:], capture_output=True, text=True,
                          check=False, env={**os.environ, "FACTLINT_CACHE_DIR": str(store.parent)})
    assert done.returncode == 0, done.stderr
    assert len(_entries(store)) == 1


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cachefolder.folder("sheets") == tmp_path / "factlint" / "sheets"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cachefolder.folder("sheets") == Path.home() / ".cache" / "factlint" / "sheets"


def test_dataclasses_inside_a_sheet_read_back_equal(store: Path, tmp_path: Path) -> None:
    from checker.sheet.models import Sheet

    path = tmp_path / "dated.yaml"
    path.write_text(
        "story: dated\ntitle: Dated\nentities:\n  town: {name: Tarant, kind: place}\n"
        "facts:\n  - id: vote\n    when: {mentions: [town], trigger: [vote]}\n"
        "    date: 2025-03-01\n"
        "  - id: fund\n    when: {mentions: [town], trigger: [fund]}\n"
        "    amount: {value: 99.2 billion, currency: NOK}\n", "utf-8")
    first = load_sheet(path).sheet
    again = load_sheet(path).sheet
    assert isinstance(again, Sheet)
    assert again == first
    assert again.checked_facts() == first.checked_facts()
