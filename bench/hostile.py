"""Issue 11, before and after: every hostile case of the issue (bench/hostile_cases.py)
run as `factlint` in a child process, on the code before the fixes (commit 0d510bb) and
on this tree, with exit code, wall time, peak memory and what went wrong. Prints a
Markdown table.

    .venv/bin/python bench/hostile.py [--before-root DIR] [--only WORD]

Without --before-root the old code is taken from git (`git archive 0d510bb`) into a
temporary folder. Each run has a time limit (60 s after, 20 s before: the old code hangs
on many cases) and an address-space limit of 4 GB, so that a case cannot take the shared
machine; a run stopped by either shows as "timeout" or "MemoryError".
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.hostile_cases import CASES, Case, Run

ROOT = Path(__file__).resolve().parents[1]
BASE = "0d510bb"  # main before the fixes of issue 11
MEMORY = 4 << 30
RAW = ("\x1b", "\x07", "\x9b")
_SIGNALS = ("kill-worker", "sigterm", "sigint")


@dataclass
class Outcome:
    code: str  # the exit code, "signal N" or "timeout"
    seconds: float
    megabytes: float
    notes: list[str]

    def cell(self) -> str:
        notes = f"; {', '.join(self.notes)}" if self.notes else ""
        return f"{self.code}, {self.seconds:.2f} s, {self.megabytes:.0f} MB{notes}"


def _limits(user: str) -> None:
    """In the child before exec: its own process group, the memory cap, the user."""
    os.setsid()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    if user == "nproc":
        resource.setrlimit(resource.RLIMIT_NPROC, (64, 64))


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _act(timer: int, action: str, started: float) -> list[int]:
    """Wait for two workers of the check (a child of GNU time), let them work a second,
    then do `action`; the workers."""
    while time.monotonic() - started < 30:
        check = _children(timer)
        workers = _children(check[0]) if check else []
        if len(workers) >= 2:
            time.sleep(1)
            if action == "kill-worker":
                os.kill(workers[0], signal.SIGKILL)
            elif action == "sigterm":
                os.kill(check[0], signal.SIGTERM)
            else:
                os.killpg(timer, signal.SIGINT)
            return workers
        time.sleep(0.05)
    return []


def _alive(pids: list[int]) -> int:
    count = 0
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        count += state != "Z"
    return count


def _command(python: Path, root: Path, run: Run, usage: Path) -> tuple[list[str], dict[str, str]]:
    """GNU time runs the check (its figures are the check's own, not this process's,
    which a forked child would inherit), through setpriv or a shell where needed."""
    command = [str(python), "-P", "-m", "checker", *run.args]
    path = str(root)
    if run.user == "nocaps":  # root reads any file; drop that power for this run
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    elif run.user == "nproc":  # the process limit holds for users other than root
        # the venv's interpreter may sit under /root: the system one with the venv's packages
        command[0] = f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"
        path += os.pathsep + sysconfig.get_path("purelib")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    if run.stdin == "closed":
        command = ["sh", "-c", 'exec "$@" <&-', "sh", *command]
    env = {**os.environ, "PYTHONPATH": path, **run.env}
    return ["/usr/bin/time", "-o", str(usage), "-f", "%M", *command], env


def _others(command: list[str], folder: Path, env: dict[str, str],
            ) -> list[tuple[subprocess.Popen[bytes], Path]]:
    """Two more runs of the check at the same time, each writing to its own file."""
    runs = []
    for index in (1, 2):
        path = folder / f"stdout{index}"
        with open(path, "wb") as out:
            runs.append((subprocess.Popen(command, cwd=folder, env=env, stdout=out,
                                          stderr=subprocess.DEVNULL), path))
    return runs


def _stdin(run: Run) -> int:
    if run.stdin in (None, "closed"):
        return os.open(os.devnull, os.O_RDONLY)
    return os.open(str(run.stdin), os.O_RDWR)  # a FIFO: held open, so reads wait


def measure(python: Path, root: Path, run: Run, folder: Path, timeout: float) -> Outcome:
    folder.chmod(0o777)  # writable by the unprivileged runs
    usage = folder / "usage"
    command, env = _command(python, root, run, usage)
    out_path, err_path = folder / "stdout", folder / "stderr"
    stdin = _stdin(run)
    with open(out_path, "wb") as out, open(err_path, "wb") as err, \
            open(run.stdout if run.stdout == "/dev/full" else os.devnull, "wb") as full:
        target = {"/dev/full": full, "closed": subprocess.PIPE}.get(run.stdout, out)
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=folder, env=env, stdin=stdin, stdout=target,
                                   stderr=err, preexec_fn=lambda: _limits(run.user))
        if process.stdout is not None:
            process.stdout.close()  # a pipe that nobody reads
        others = _others(command[5:], folder, env) if run.action == "three" else []
        workers = _act(process.pid, run.action, started) if run.action in _SIGNALS else []
        stopped = _wait(process, started, timeout)
        seconds = time.monotonic() - started
        time.sleep(0.5 if workers else 0)  # workers left behind get a moment to end
    os.close(stdin)
    code, peak = _usage(usage.read_text(errors="replace"), stopped)
    notes = _notes(run, out_path.read_bytes(), err_path.read_bytes(), code)
    if any(other.wait(timeout) != int(code) or path.read_bytes() != out_path.read_bytes()
           for other, path in others):
        notes.append("the three runs differ")
    if stopped is None and run.action and (left := _alive(workers)):
        notes.append(f"{left} workers left running")
        for pid in workers:
            with _quiet():
                os.kill(pid, signal.SIGKILL)
    return Outcome(code, seconds, peak / 1024, notes)


def _usage(text: str, stopped: int | None) -> tuple[str, int]:
    """The exit code ("timeout", "signal N") and the peak resident KB from GNU time."""
    lines = text.strip().splitlines()
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    if stopped is not None:
        return "timeout", stopped
    for line in lines:
        if line.startswith("Command terminated by signal"):
            return f"signal {line.split()[-1]}", peak
        if line.startswith("Command exited with non-zero status"):
            return line.split()[-1], peak
    return "0", peak


class _quiet:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return isinstance(exc[1], OSError)


def _peak(pid: int) -> int:
    """The largest peak resident KB among the processes under `pid`, while they run."""
    peaks = [0]
    for child in _children(pid):
        peaks.append(_peak(child))
        with _quiet():
            status = Path(f"/proc/{child}/status").read_text()
            peaks += [int(line.split()[1]) for line in status.splitlines()
                      if line.startswith("VmHWM:")]
    return max(peaks)


def _wait(process: subprocess.Popen[bytes], started: float, timeout: float) -> int | None:
    """Wait for the run; when it is stopped at the time limit, its peak resident KB."""
    try:
        process.wait(max(0.0, timeout - (time.monotonic() - started)))
    except subprocess.TimeoutExpired:
        peak = _peak(process.pid)
        with _quiet():
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return peak
    with _quiet():
        os.killpg(process.pid, signal.SIGKILL)  # anything left behind in the group
    return None


def _notes(run: Run, out: bytes, err: bytes, code: str) -> list[str]:
    notes = []
    error = err.decode("utf-8", "replace")
    if "Traceback" in error:
        last = [line for line in error.splitlines() if line and not line.startswith(" ")][-1]
        notes.append(f"traceback ({last.split(':')[0][:40]})")
    elif "MemoryError" in error:
        notes.append("MemoryError")
    try:
        out.decode("utf-8")
    except UnicodeDecodeError:
        notes.append("output not UTF-8")
    if any(c.encode() in out for c in RAW):
        notes.append("raw escapes on the terminal")
    if run.marker and Path(run.marker).exists():
        notes.append("YAML tag executed")
    if _format(run) == "github":
        forged = [line for line in out.decode("utf-8", "replace").splitlines()
                  if line.startswith(("::error::forged", "::error file=x::"))]
        notes += ["annotation forged"] * bool(forged)
    notes += _json_notes(run, out)
    if code == "0" and run.args[:2] == ["rules", "validate"] and not run.marker:
        notes.append("accepted")
    if code not in ("0", "1", "timeout") and not [n for n in notes if n != "no JSON"]:
        notes = [_first_line(error)]
    return notes


def _format(run: Run) -> str:
    return run.args[run.args.index("-f") + 1] if "-f" in run.args else "table"


def _json_notes(run: Run, out: bytes) -> list[str]:
    if run.stdout != "file" or run.action in ("sigterm", "sigint") or _format(run) != "json":
        return []
    try:
        data = json.loads(out.decode("utf-8", "replace"))
    except ValueError:
        return ["JSON cut short" if out.strip() else "no JSON"]
    documents = data.get("documents", [])
    notes = []
    if run.documents is not None and len(documents) != run.documents:
        notes.append(f"{len(documents)} of {run.documents} reports")
    errors = [str(d["error"]) for d in documents if d.get("error")]
    for error in dict.fromkeys(errors):
        notes.append(_quote(error))
    return notes


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return _quote(lines[0]) if lines else "no message"


def _quote(message: str) -> str:
    """A message without the case folder's path, cut to 60 characters."""
    message = re.sub(r"(factlint: )?/tmp/hostile-\w+/work/case\d/", "", message)
    message = message.replace("|", "\\|")
    return f"«{message[:60]}{'…' * (len(message) > 60)}»"


def _before_root(given: str | None, scratch: Path) -> Path:
    if given:
        return Path(given)
    root = scratch / "before"
    root.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASE], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    return root


def _row(case: Case, python: Path, sides: list[tuple[Path, float, bool]], scratch: Path) -> str:
    cells = []
    for index, (root, timeout, old) in enumerate(sides):
        folder = scratch / f"case{index}"
        folder.mkdir()
        run = case.build(folder, ROOT)
        if old and case.before is not None:
            run = case.before(run)
        limit = timeout if old or not case.timeout else case.timeout
        cells.append(measure(python, root, run, folder, limit).cell())
        subprocess.run(["rm", "-rf", str(folder)], check=False)
    return f"| {case.name} | {' | '.join(cells)} | `{case.test.replace('.py', '')}` |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-root", help=f"a checkout of {BASE} (default: git archive)")
    parser.add_argument("--before-timeout", type=float, default=20.0)
    parser.add_argument("--after-timeout", type=float, default=60.0)
    parser.add_argument("--only", default="", help="only the cases whose name has this")
    parser.add_argument("--after-only", action="store_true", help="skip the old code")
    args = parser.parse_args()
    python = Path(sys.executable)
    cases = [c for c in CASES if args.only.lower() in c.name.lower()]
    with tempfile.TemporaryDirectory(prefix="hostile-") as scratch_name:
        scratch = Path(scratch_name)
        scratch.chmod(0o755)  # open to the unprivileged runs
        sides = [(ROOT, args.after_timeout, False)]
        if not args.after_only:
            sides.insert(0, (_before_root(args.before_root, scratch), args.before_timeout, True))
        heads = ["before (exit, time, memory)"] * (not args.after_only) + ["after"]
        print(f"| case | {' | '.join(heads)} | test |")
        print("|" + " --- |" * (len(heads) + 2))
        section = ""
        for case in cases:
            if case.section != section:
                section = case.section
                print(f"| **{section}** |" + " |" * (len(heads) + 1))
            work = scratch / "work"
            work.mkdir()
            print(_row(case, python, sides, work), flush=True)
            subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main()

