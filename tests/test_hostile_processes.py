"""Worker processes and the end of a run: a lost worker is reported, signals end every
worker with the usual exit codes, output errors end with a message; never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.findings import DocumentReport

from .conftest import ROOT, RULES
from .hostile import factlint, json_report, no_traceback

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="/proc and signals")
SENTENCE = "Rubio and Lavrov held a call on October 20, and eight leaders met on Tuesday. "


@pytest.fixture
def slow(tmp_path: Path) -> list[Path]:
    """Articles that take a while each (a fraction of a second to seconds)."""
    paths = []
    for i in range(12):
        path = tmp_path / f"slow{i:02}.txt"
        path.write_text(SENTENCE * 3000, encoding="utf-8")
        paths.append(path)
    return paths


def _start(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "checker", *map(str, args)], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _wait_for_workers(pid: int, count: int) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        children = _children(pid)
        if len(children) >= count:
            time.sleep(1)  # let them start working
            return children
        time.sleep(0.05)
    pytest.fail("the workers did not start")


def _two_cpus() -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("--jobs is bounded by the CPU count")


def test_a_killed_worker_is_reported(slow: list[Path]) -> None:
    _two_cpus()
    process = _start("check", *slow, "-r", RULES, "-j", "2", "-f", "json")
    os.kill(_wait_for_workers(process.pid, 2)[0], signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    assert "Traceback" not in err.decode()
    report = json_report(subprocess.CompletedProcess([], process.returncode, out, err))
    assert len(report["documents"]) == len(slow)
    errors = [d["error"] or "" for d in report["documents"]]
    assert any("worker process was lost" in e for e in errors)
    assert process.returncode == 2


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signals_end_every_worker(slow: list[Path], signum: int, code: int) -> None:
    _two_cpus()
    process = _start("check", *slow, "-r", RULES, "-j", "2")
    workers = _wait_for_workers(process.pid, 2)
    if signum == signal.SIGINT:
        os.killpg(process.pid, signum)  # as Ctrl-C does: the whole group
    else:
        os.kill(process.pid, signum)
    _out, err = process.communicate(timeout=60)
    assert "Traceback" not in err.decode(), err.decode()
    assert process.returncode == code
    time.sleep(0.5)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()
                and "Z" not in Path(f"/proc/{w}/stat").read_text().split()[2]]


def test_many_jobs_are_bounded(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The talks went on.\n", encoding="utf-8")
    result = factlint("check", *[article] * 5, "-j", "1000", "-f", "json", "--builtin-only")
    no_traceback(result)
    assert len(json_report(result)["documents"]) == 5


def test_jobs_are_bounded_by_the_cpu_count(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """--jobs 1000 starts as many workers as CPUs: under a process limit, more failed."""
    from checker.runner import run, workers

    started: list[int] = []

    def in_workers(items: list[Path], *args: object) -> list[DocumentReport]:
        started.append(int(str(args[2])))
        return []

    monkeypatch.setattr(workers, "in_workers", in_workers)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    list(run.check_items([tmp_path / "a.txt"] * 10, [], run.Options(), jobs=1000))
    assert started == [3]


def test_time_budget(slow: list[Path]) -> None:
    config = slow[0].parent / "factlint.toml"
    config.write_text("time-budget = 0.01\n", encoding="utf-8")
    result = factlint("check", slow[0], "-r", RULES, "-f", "json", "--config", config)
    no_traceback(result)
    assert "took longer than the time budget" in json_report(result)["documents"][0]["error"]
    assert result.returncode == 2


def test_full_disk(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The talks went on.\n", encoding="utf-8")
    with open("/dev/full", "w") as full:
        command = [sys.executable, "-m", "checker", "check", article, "--builtin-only"]
        result = subprocess.run(command, cwd=ROOT,
                                stdout=full, stderr=subprocess.PIPE, timeout=60, check=False)
    err = result.stderr.decode()
    assert "Traceback" not in err and "No space left on device" in err, err
    assert result.returncode == 2


def test_broken_pipe(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The talks went on.\n", encoding="utf-8")
    process = _start("check", *[article] * 2000, "--builtin-only")
    assert process.stdout is not None
    process.stdout.close()
    _out, err = process.communicate(timeout=120)
    assert "Traceback" not in err.decode() and "broken pipe" in err.decode(), err.decode()
    assert process.returncode == 2


@pytest.mark.parametrize(
    ("setting", "message"),
    [("tool = 5", "unknown factlint setting"), ("jobs = 0", "jobs must be a whole number"),
     ("time-budget = -1", "time-budget"), ("max-article-size = 'huge'", "not a size")],
)
def test_bad_settings(tmp_path: Path, setting: str, message: str) -> None:
    config = tmp_path / "factlint.toml"
    config.write_text(setting + "\n", encoding="utf-8")
    code, err = _in_process("check", "-", "--config", str(config), stdin="Hello.\n")
    assert message in err
    assert code == 2


def test_far_date() -> None:
    code, err = _in_process("check", "-", "--date", "9999-12-31", stdin="It ends next year.\n")
    assert "give a date between" in err
    assert code == 2


def _in_process(*args: str, stdin: str) -> tuple[int, str]:
    """Exit code and standard error of a run through typer's CliRunner (no process is
    needed to read settings); an exception other than the exit is a failure."""
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stderr
