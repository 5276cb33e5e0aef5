"""Only regular files are read, within a size limit; a bad path is reported on its own
and the later ones are still checked; symlinked directories are not walked again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.sources.walk import files_under, glob_paths

from .conftest import ROOT
from .hostile import factlint, json_report, no_traceback

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="FIFOs and /dev files")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text("The talks went on.\n", encoding="utf-8")
    return path


def _errors(result: subprocess.CompletedProcess[bytes]) -> list[str | None]:
    no_traceback(result)
    return [d["error"] for d in json_report(result)["documents"]]


def test_fifo_is_refused(tmp_path: Path, good: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = factlint("check", fifo, good, "-f", "json", "--builtin-only", timeout=30)
    errors = _errors(result)
    assert errors[0] is not None and "FIFO" in errors[0]
    assert errors[1:] == [None]
    assert result.returncode == 2


def test_device_is_refused_everywhere(good: Path) -> None:
    result = factlint("check", "/dev/zero", good, "-f", "json", "--builtin-only", timeout=30)
    errors = _errors(result)
    assert errors[0] is not None and "character device" in errors[0]
    for args in (["rules", "validate", "/dev/zero"], ["check", good, "--config", "/dev/zero"]):
        result = factlint(*args, timeout=30)
        assert "character device" in no_traceback(result)
        assert result.returncode == 2


def test_stdin_is_read_within_the_limit() -> None:
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [sys.executable, "-m", "checker", "check", "-", "-f", "json", "--builtin-only"],
            stdin=zero,
            capture_output=True, timeout=60, cwd=ROOT, check=False,
        )
    assert "larger than the limit" in str(_errors(result)[0])


def test_closed_stdin() -> None:
    command = f"exec {sys.executable} -m checker check - -f json --builtin-only <&-"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60, cwd=ROOT,
                            check=False)
    assert "closed" in str(_errors(result)[0])
    assert result.returncode == 2


def test_article_over_the_size_limit(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The talks went on. " * 200, encoding="utf-8")
    config = tmp_path / "factlint.toml"
    config.write_text('max-article-size = "1kB"\n', encoding="utf-8")
    result = factlint("check", big, good, "-f", "json", "--builtin-only", "--config", config)
    assert _errors(result) == ["larger than the limit of 1 kB; not read", None]


def test_bad_names_are_reported_per_path(good: Path) -> None:
    result = factlint("check", "/tmp/" + "x" * 300, good, "-f", "json", "--builtin-only")
    errors = _errors(result)
    assert errors[0] is not None and "too long" in errors[0]
    assert errors[1:] == [None]


def test_symlinked_directories_are_not_walked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The talks went on.\n", encoding="utf-8")
    (tmp_path / "self").symlink_to(".")
    (tmp_path / "again").symlink_to(".")
    assert files_under(tmp_path, (".txt",)) == ([tmp_path / "a.txt"], [])
    assert list(glob_paths(f"{tmp_path}/**/*.txt")) == [tmp_path / "a.txt"]


def test_unreadable_subdirectory_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("The talks went on.\n", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = files_under(tmp_path, (".txt",))
    assert files == [tmp_path / "a.txt"]
    assert errors == [f"{tmp_path / 'locked'}: cannot read directory: Permission denied"]


def _unprivileged() -> list[str]:
    """A prefix that makes the run obey file permissions (root overrides them)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def test_unreadable_directories_for_real(tmp_path: Path, good: Path) -> None:
    top = tmp_path / "top"
    (top / "locked").mkdir(parents=True)
    (top / "locked" / "a.txt").write_text("The talks went on.\n", encoding="utf-8")
    (top / "b.txt").write_text("The talks went on.\n", encoding="utf-8")
    shut = tmp_path / "shut"
    shut.mkdir()
    for folder in (top / "locked", shut):
        folder.chmod(0)
    command = [*_unprivileged(), sys.executable, "-m", "checker", "check", str(top), str(shut),
               str(good), "-f", "json", "--builtin-only"]
    try:
        result = subprocess.run(command, capture_output=True, timeout=60, cwd=ROOT, check=False)
    finally:
        for folder in (top / "locked", shut):
            folder.chmod(0o755)
    documents = json_report(result)["documents"]
    assert [(d["path"], d["error"]) for d in documents] == [
        (str(top / "b.txt"), None),
        (str(top / "locked"), "cannot read directory: Permission denied"),
        (str(shut), "Permission denied"),
        (str(good), None),
    ]
    assert result.returncode == 2


@pytest.mark.parametrize("option", ["--rules", "--config"])
def test_fifo_is_refused_as_sheet_and_settings(tmp_path: Path, good: Path, option: str) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    result = factlint("check", good, option, fifo, timeout=30)
    assert "FIFO" in no_traceback(result)
    assert result.returncode == 2
