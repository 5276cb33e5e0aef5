"""The cases of issue 11 (hostile and broken input), each built as a small reproducer in a
folder: the files it needs and the `factlint` command line that meets them. Run by
bench/hostile.py; every case names the test that keeps it fixed."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

GOOD = "The council met again on Friday and agreed on nothing.\n"
# A sentence of the project's own sheet (rules/) with a wrong date: one finding.
FINDING = "Rubio and Lavrov held a call on October 19"
HEAD = "story: hostile\ntitle: A sheet built to break the loader\n"
PERSON = "entities: {ann: {name: Ann Berg}}\n"
# 1,999 letters that differ from their neighbours: deleting any two gives a new string
# (a run of one letter would give few).
LETTERS = ("abcdefghijklmnopqrstuvwxyz" * 77)[:1999]


@dataclass
class Run:
    """One command line: `factlint ARGS` in the case folder, and how it is fed and ended."""

    args: list[str]
    stdin: str | None = None  # a path (a FIFO: held open by a writer), "closed", None: empty
    stdout: str = "file"  # "file", "/dev/full" or "closed" (a pipe read by nobody)
    action: str = ""  # "kill-worker", "sigterm", "sigint" (to the group, as Ctrl-C), "three"
    user: str = ""  # "nocaps": root without file-permission override; "nproc": nobody, few
    documents: int | None = None  # reports the JSON output should hold
    env: dict[str, str] = field(default_factory=dict)
    marker: str = ""  # a file that must not exist after the run (a YAML tag executed)


@dataclass
class Case:
    section: str
    name: str
    build: Callable[[Path, Path], Run]  # (case folder, project root) -> the run
    test: str  # the test that covers it
    before: Callable[[Run], Run] | None = None  # the command for the code before the fixes
    timeout: float = 0  # another time limit for the code after the fixes


def _write(path: Path, text: str | bytes) -> str:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return str(path)


def _good(tmp: Path, count: int = 1) -> list[str]:
    return [_write(tmp / f"good{i}.txt", GOOD) for i in range(count)]


def _rules(root: Path) -> list[str]:
    return ["-r", str(root / "rules")]


# One article kills the run ------------------------------------------------------------

def _front(value: str, jobs: int = 1) -> Callable[[Path, Path], Run]:
    def build(tmp: Path, _root: Path) -> Run:
        bad = _write(tmp / "bad.md", f"---\n{value}\n---\n{GOOD}")
        paths = [bad, *_good(tmp, 1)] if jobs == 1 else [bad, *_good(tmp, 7)]
        return Run(["check", *paths, "-f", "json", "--builtin-only", "-j", str(jobs)],
                   documents=len(paths))
    return build


def _charref(tmp: Path, _root: Path) -> Run:
    bad = _write(tmp / "bad.html", "<p>Turnout rose &#" + "7" * 4400 + "; again.</p>\n")
    return Run(["check", bad, *_good(tmp), "-f", "json", "--builtin-only"], documents=2)


# Article text can hang the check ------------------------------------------------------

def _article(name: str, text: str | Callable[[], str], *extra: str) -> Callable[[Path, Path], Run]:
    def build(tmp: Path, root: Path) -> Run:
        body = text() if callable(text) else text
        path = _write(tmp / name, body)
        return Run(["check", path, *_rules(root), "-f", "json", *extra], documents=1)
    return build


def _sentence() -> str:
    clause = "Lavrov and Rubio held a call with eight leaders on October 20, then "
    return clause * (32_000 // len(clause)) + "they left.\n"


@cache
def _copy(size: int) -> str:
    """`size` bytes of real-shaped articles about the sheet's story (bench/scale.py)."""
    from bench.scale import copy

    make, rng, parts, length = copy().make, random.Random(1), [], 0
    while length < min(size, 10_000_000):
        parts.append(make(rng))
        length += len(parts[-1])
    text = "".join(parts)
    return text * (size // len(text)) + text[: size % len(text)]


def _raised_limit(tmp: Path, root: Path) -> Run:
    run = _article("big.txt", lambda: _copy(10_000_000))(tmp, root)
    config = _write(tmp / "factlint.toml", 'max-article-size = "20MB"\ntime-budget = 600\n')
    run.args += ["--config", config]
    return run


def _no_config(run: Run) -> Run:
    """The code before had neither setting: the same run without the settings file."""
    index = run.args.index("--config")
    return Run(run.args[:index] + run.args[index + 2:], documents=run.documents)


def _budget(tmp: Path, root: Path) -> Run:
    slow = _write(tmp / "slow.txt", _copy(3_000_000))
    config = _write(tmp / "factlint.toml", "time-budget = 5\n")
    return Run(["check", slow, *_good(tmp, 6), *_rules(root), "-f", "json", "-j", "2",
                "--config", config], documents=7)


# Fact sheets --------------------------------------------------------------------------

def _sheet(text: str, command: str = "validate") -> Callable[[Path, Path], Run]:
    def build(tmp: Path, _root: Path) -> Run:
        sheet = _write(tmp / "sheet.yaml", text)
        if command == "validate":
            return Run(["rules", "validate", sheet])
        article = _write(tmp / "a.txt", "Ann Berg met the press on Monday.\n")
        return Run(["check", article, "-r", sheet, "-f", "json"], documents=1)
    return build


def _fact(body: str) -> str:
    return HEAD + PERSON + f"facts:\n  - {{id: f1, when: {{trigger: [met]}}, {body}}}\n"


def _bomb() -> str:
    rows, previous = [], ""
    for name in "abcdefgh":
        items = ", ".join([f"*{previous}" if previous else "z"] * 9)
        rows.append(f"{name}: &{name} [{items}]")
        previous = name
    return "\n".join(rows) + "\n"


STATES = (HEAD + "entities: {}\nfacts:\n  - id: power\n    when: {trigger: [grid]}\n"
          "    state: {is: off, states: {on: [back on], off: [cut off]}}\n")


# Terminal escapes ---------------------------------------------------------------------

QUOTE = HEAD + PERSON + ("facts:\n  - {id: ride, quote: {by: ann, words: What a long and bumpy"
                         " ride it was for all of us}, when: {trigger: [ride]}}\n")


def _escape(sequence: str) -> Callable[[Path, Path], Run]:
    """The sequence inside a misquotation: the table shows the words as written."""
    def build(tmp: Path, _root: Path) -> Run:
        sheet = _write(tmp / "sheet.yaml", QUOTE)
        words = f"What a long and bumpy {sequence} ride it is for all of us."
        path = _write(tmp / "a.txt", f'Ann Berg said: "{words}"\n')
        return Run(["check", path, "-r", sheet, "-f", "table"])
    return build


def _escaped_name(tmp: Path, root: Path) -> Run:
    path = _write(tmp / "news\x1b[2J\x1b]8;;https:x.example\x07.txt", f"{FINDING}.\n")
    return Run(["check", path, *_rules(root), "-f", "table"])


# Paths and I/O -------------------------------------------------------------------------

def _latin1(fmt: str, locale: str) -> Callable[[Path, Path], Run]:
    def build(tmp: Path, root: Path) -> Run:
        path = _write(tmp / os.fsdecode(b"caf\xe9.txt"), f"{FINDING}.\n")
        return Run(["check", path, *_rules(root), "-f", fmt],
                   documents=1 if fmt == "json" else None,
                   env={"LC_ALL": locale, "LANG": locale})
    return build


def _locked_dir(tmp: Path, _root: Path) -> Run:
    locked = tmp / "locked"
    locked.mkdir()
    _write(locked / "a.txt", GOOD)
    locked.chmod(0)
    return Run(["check", str(locked), *_good(tmp), "-f", "json", "--builtin-only"],
               user="nocaps", documents=2)


def _long_name(tmp: Path, _root: Path) -> Run:
    return Run(["check", str(tmp / ("n" * 300 + ".txt")), *_good(tmp), "-f", "json",
                "--builtin-only"], documents=2)


def _locked_subdir(tmp: Path, _root: Path) -> Run:
    top = tmp / "top"
    (top / "locked").mkdir(parents=True)
    _write(top / "locked" / "a.txt", GOOD)
    _write(top / "b.txt", GOOD)
    (top / "locked").chmod(0)
    return Run(["check", str(top), "-f", "json", "--builtin-only"], user="nocaps")


def _special(where: str, device: str) -> Callable[[Path, Path], Run]:
    def build(tmp: Path, root: Path) -> Run:
        if device == "fifo":
            path = str(tmp / "pipe")
            os.mkfifo(path)
        else:
            path = "/dev/zero"
        good = _good(tmp)
        if where == "article":
            return Run(["check", path, *good, "-f", "json", "--builtin-only"], documents=2)
        if where == "sheet":
            return Run(["check", *good, "-r", path, "-f", "json"])
        if where == "config":
            return Run(["check", *good, "--config", path, *_rules(root), "-f", "json"])
        return Run(["check", "-", "-f", "json", "--builtin-only"], stdin=path, documents=1)
    return build


def _links(count: int) -> Callable[[Path, Path], Run]:
    def build(tmp: Path, _root: Path) -> Run:
        folder = tmp / "site"
        folder.mkdir()
        _write(folder / "a.txt", GOOD)
        for i in range(count):
            (folder / f"loop{i}").symlink_to(".")
        return Run(["check", f"{folder}/**/*.txt", "-f", "json", "--builtin-only"],
                   documents=1)
    return build


# Processes and output -----------------------------------------------------------------

def _busy(action: str = "", jobs: str = "2") -> Callable[[Path, Path], Run]:
    def build(tmp: Path, root: Path) -> Run:
        text = "Rubio and Lavrov held a call on October 20, and eight leaders met. " * 3000
        paths = [_write(tmp / f"a{i:02}.txt", text) for i in range(12)]
        return Run(["check", *paths, *_rules(root), "-f", "json", "-j", jobs], action=action,
                   documents=12 if action == "kill-worker" else None)
    return build


def _many_jobs(tmp: Path, _root: Path) -> Run:
    good = _good(tmp)
    return Run(["check", *good * 40, "-f", "json", "--builtin-only", "-j", "1000"],
               user="nproc", documents=40)


def _output(stdout: str) -> Callable[[Path, Path], Run]:
    def build(tmp: Path, root: Path) -> Run:
        article = _write(tmp / "a.txt", f"{FINDING}.\n")
        return Run(["check", *[article] * 3000, *_rules(root)], stdout=stdout)
    return build


def _setting(line: str) -> Callable[[Path, Path], Run]:
    def build(tmp: Path, root: Path) -> Run:
        config = _write(tmp / "factlint.toml", line + "\n")
        return Run(["check", *_good(tmp), "--config", config, *_rules(root)])
    return build


def _far_date(tmp: Path, root: Path) -> Run:
    article = _write(tmp / "a.txt", "Rubio and Lavrov will hold a call next year.\n")
    return Run(["check", article, "--date", "9999-12-31", *_rules(root), "-f", "json"])


# Held ------------------------------------------------------------------------------------

def _python_tag(tmp: Path, _root: Path) -> Run:
    marker = tmp / "executed"
    sheet = _write(tmp / "sheet.yaml",
                   HEAD + f"x: !!python/object/apply:os.system ['touch {marker}']\n")
    return Run(["rules", "validate", sheet], marker=str(marker))


def _annotation(tmp: Path, root: Path) -> Run:
    path = _write(tmp / "a\n::error::forged.txt", f"{FINDING}\n::error file=x::forged.\n")
    return Run(["check", path, *_rules(root), "-f", "github"])


def _json_controls(tmp: Path, root: Path) -> Run:
    path = _write(tmp / "a\x1b.txt", f"{FINDING} \x1b[31m\x0b\x07.\n")
    return Run(["check", path, *_rules(root), "-f", "json"], documents=1)


def _regex_trigger(tmp: Path, _root: Path) -> Run:
    sheet = _write(tmp / "sheet.yaml", _fact("date: 2025-10-20").replace("[met]", "['(a+)+$']"))
    article = _write(tmp / "a.txt", "Ann Berg " + "a" * 5000 + "! and (a+)+$ on Monday.\n")
    return Run(["check", article, "-r", sheet, "-f", "json"], documents=1)


def _three(tmp: Path, root: Path) -> Run:
    return Run(["check", str(root / "seeds"), *_rules(root), "-f", "json"], action="three")


def _loop_walk(tmp: Path, _root: Path) -> Run:
    folder = tmp / "site"
    folder.mkdir()
    _write(folder / "a.txt", GOOD)
    (folder / "back").symlink_to("..")
    (folder / "self").symlink_to(".")
    return Run(["check", str(folder), "-f", "json", "--builtin-only"], documents=1)


A, H, S, T, P, R, K = (
    "One article kills the run", "Article text can hang the check", "Fact sheets",
    "Terminal escapes", "Paths and I/O", "Processes and output", "Held (kept so)",
)
# The tests that keep each case fixed (tests/test_hostile_bench.py checks they exist).
GUARD = "test_hostile_guard.py::test_broken_articles_do_not_stop_the_run"
QUICK = "test_hostile_hangs.py::test_adversarial_text_is_checked_quickly"
NOUN = "test_hostile_hangs.py::test_counted_noun"
WORD = "test_hostile_hangs.py::test_long_word_of_many_letters_costs_little_memory"
SIZE = "test_hostile_paths.py::test_article_over_the_size_limit"
SCALE = "test_scale.py::test_hostile_shapes_stay_cheap"
SHEET = "test_hostile_sheets.py::test_hostile_sheet_is_refused"
ONOFF = "test_hostile_sheets.py::test_on_and_off_are_state_names"
ESCAPES = "test_hostile_output.py::test_article_with_escapes_end_to_end"
ESCAPED = "test_hostile_output.py::test_control_characters_are_escaped"
LATIN1 = "test_hostile_output.py::test_non_utf8_file_name"
DIRS = "test_hostile_paths.py::test_unreadable_directories_for_real"
NAMES = "test_hostile_paths.py::test_bad_names_are_reported_per_path"
FIFO = "test_hostile_paths.py::test_fifo_is_refused"
FIFO2 = "test_hostile_paths.py::test_fifo_is_refused_as_sheet_and_settings"
DEVICE = "test_hostile_paths.py::test_device_is_refused_everywhere"
STDIN = "test_hostile_paths.py::test_stdin_is_read_within_the_limit"
CLOSED = "test_hostile_paths.py::test_closed_stdin"
LINKS = "test_hostile_paths.py::test_symlinked_directories_are_not_walked"
LOST = "test_hostile_processes.py::test_a_killed_worker_is_reported"
SIGNALS = "test_hostile_processes.py::test_signals_end_every_worker"
JOBS = "test_hostile_processes.py::test_jobs_are_bounded_by_the_cpu_count"
BUDGET = "test_hostile_processes.py::test_time_budget"
FULL = "test_hostile_processes.py::test_full_disk"
PIPE = "test_hostile_processes.py::test_broken_pipe"
SETTINGS = "test_hostile_processes.py::test_bad_settings"
FAR = "test_hostile_processes.py::test_far_date"
FORGED = "test_hostile_held.py::test_github_annotations_cannot_be_forged"
JSON = "test_hostile_held.py::test_json_escapes_control_characters"
LITERAL = "test_hostile_held.py::test_sheet_strings_are_never_regexes"
AGREE = "test_hostile_held.py::test_concurrent_runs_agree"

CASES = [
    Case(A, "front matter `updated: 2025-02-30`", _front("updated: 2025-02-30"), GUARD),
    Case(A, "front matter `size: !!int abc`", _front("size: !!int abc"), GUARD),
    Case(A, "the same two, 8 articles, `--jobs 2`", _front("updated: 2025-02-30", 2), GUARD),
    Case(A, "character reference of 4,400 digits", _charref, GUARD),
    Case(H, "113 bytes: a number, hyphens, a noun",
         _article("a.txt", "Leaders signed the statement, 8 " + "-" * 80 + "\n"), NOUN),
    Case(H, "40,000 full stops", _article("a.txt", "Yes" + "." * 40_000), QUICK),
    Case(H, "40,000 `!`", _article("a.txt", "Yes" + "!" * 40_000), QUICK),
    Case(H, "40,000 `…`", _article("a.txt", "Yes" + "…" * 40_000), QUICK),
    Case(H, "200 KB of `<` (HTML)", _article("a.html", "<" * 200_000), QUICK),
    Case(H, "`<script` × 30,000 (HTML)", _article("a.html", "<script" * 30_000), QUICK),
    Case(H, "`<!--` × 50,000 (HTML)", _article("a.html", "<!--" * 50_000), QUICK),
    Case(H, "`<p` × 100,000 (HTML)", _article("a.html", "<p" * 100_000), QUICK),
    Case(H, "`<meta pubdate` × 20,000 (HTML)", _article("a.html", "<meta pubdate" * 20_000), QUICK),
    Case(H, "`](` × 100,000 (Markdown)", _article("a.md", "](" * 100_000), QUICK),
    Case(H, "one sentence of 32 KB", _article("a.txt", _sentence), QUICK),
    Case(H, "10 MB article", _article("a.txt", lambda: _copy(10_000_000)), SIZE),
    Case(H, "10 MB article, limit raised to 20 MB", _raised_limit, SCALE,
         _no_config, timeout=300),
    Case(H, "100 MB article", _article("a.txt", lambda: _copy(100_000_000)), SIZE),
    Case(H, "capitalised word of 2,000 letters",
         _article("a.txt", f"Rubio met Q{LETTERS} on Monday.\n"), WORD),
    Case(H, "3 MB article among 6, `--jobs 2`, budget 5 s", _budget, BUDGET, _no_config),
    Case(S, "alias bomb (342 bytes)", _sheet(_bomb()), SHEET),
    Case(S, "recursive alias `&x [*x]`", _sheet("a: &x [*x]\n"), SHEET),
    Case(S, "495 nested lists", _sheet("a: " + "[" * 495 + "]" * 495 + "\n"), SHEET),
    Case(S, "`name: ' '`, then check", _sheet(HEAD + "entities: {ann: {name: ' '}}\nfacts: []\n",
                                              "check"), SHEET),
    Case(S, "name word of 2,000 letters, then check",
         _sheet(HEAD + f"entities: {{ann: {{name: Ann B{LETTERS}}}}}\nfacts: []\n", "check"),
         SHEET),
    Case(S, "amount `.nan`", _sheet(_fact("amount: {value: .nan, currency: EUR}")), SHEET),
    Case(S, "amount `.inf`", _sheet(_fact("amount: {value: .inf, currency: EUR}")), SHEET),
    Case(S, "amount `1e309`", _sheet(_fact("amount: {value: 1.0e+309, currency: EUR}")), SHEET),
    Case(S, "amount `-40`", _sheet(_fact("amount: {value: -40, currency: EUR}")), SHEET),
    Case(S, "duration `.inf`", _sheet(_fact("duration: {value: .inf, unit: day}")), SHEET),
    Case(S, "duration `since: 2990-05-01`",
         _sheet(_fact("duration: {since: 2990-05-01, unit: day}")), SHEET),
    Case(S, "`count: {value: true}`", _sheet(_fact("count: {value: true, of: [leader]}")), SHEET),
    Case(S, "`name: ''`", _sheet(HEAD + "entities: {ann: {name: ''}}\nfacts: []\n"), SHEET),
    Case(S, "unknown tag `!who Ann Berg`",
         _sheet(HEAD + "entities: {ann: {name: !who Ann Berg}}\nfacts: []\n"), SHEET),
    Case(S, "state names `on` / `off`", _sheet(STATES), ONOFF),
    Case(T, "ESC clear screen in an article", _escape("\x1b[2J\x1b[H"), ESCAPES),
    Case(T, "OSC 8 link in an article", _escape("\x1b]8;;http://x.example\x1b\\here\x1b]8;;\x1b\\"),
         ESCAPES),
    Case(T, "OSC 52 clipboard in an article", _escape("\x1b]52;c;cm0gLXJmIH4=\x07"), ESCAPES),
    Case(T, "BEL in an article", _escape("\x07\x07"), ESCAPES),
    Case(T, "ESC and OSC 8 in a file name", _escaped_name, ESCAPED),
    Case(P, "non-UTF-8 file name, UTF-8 locale, table", _latin1("table", "C.UTF-8"), LATIN1),
    Case(P, "non-UTF-8 file name, UTF-8 locale, json", _latin1("json", "C.UTF-8"), LATIN1),
    Case(P, "non-UTF-8 file name, UTF-8 locale, github", _latin1("github", "C.UTF-8"), LATIN1),
    Case(P, "non-UTF-8 file name, C locale, json", _latin1("json", "C"), LATIN1),
    Case(P, "unreadable directory, then a good file", _locked_dir, DIRS),
    Case(P, "name over 255 bytes, then a good file", _long_name, NAMES),
    Case(P, "unreadable subdirectory", _locked_subdir, DIRS),
    Case(P, "FIFO as an article", _special("article", "fifo"), FIFO),
    Case(P, "FIFO as a sheet", _special("sheet", "fifo"), FIFO2),
    Case(P, "FIFO as `--config`", _special("config", "fifo"), FIFO2),
    Case(P, "FIFO as stdin, held open by a writer that sends nothing",
         _special("stdin", "fifo"), STDIN, timeout=10),
    Case(P, "`/dev/zero` as an article", _special("article", "zero"), DEVICE),
    Case(P, "`/dev/zero` as a sheet", _special("sheet", "zero"), DEVICE),
    Case(P, "`/dev/zero` as `--config`", _special("config", "zero"), DEVICE),
    Case(P, "`/dev/zero` as stdin", _special("stdin", "zero"), STDIN),
    Case(P, "glob `**` with one link to `.`", _links(1), LINKS),
    Case(P, "glob `**` with two links to `.`", _links(2), LINKS),
    Case(P, "closed stdin", lambda tmp, root: Run(["check", "-", "--builtin-only", "-f", "json"],
                                                  stdin="closed"), CLOSED),
    Case(R, "a worker killed (SIGKILL, as the OOM killer)", _busy("kill-worker"), LOST),
    Case(R, "SIGTERM during `--jobs 2`", _busy("sigterm"), SIGNALS),
    Case(R, "Ctrl-C (SIGINT to the group) during `--jobs 2`", _busy("sigint"), SIGNALS),
    Case(R, "`--jobs 1000` under a limit of 64 processes", _many_jobs, JOBS),
    Case(R, "full disk (`/dev/full`)", _output("/dev/full"), FULL),
    Case(R, "broken pipe", _output("closed"), PIPE),
    Case(R, "`tool = 5` in settings", _setting("tool = 5"), SETTINGS),
    Case(R, "`jobs = 0` in settings", _setting("jobs = 0"), SETTINGS),
    Case(R, "`--date 9999-12-31`, a relative date", _far_date, FAR),
    Case(K, "YAML tag `!!python/object/apply` not run", _python_tag, SHEET),
    Case(K, "GitHub annotation forged in text and name", _annotation, FORGED),
    Case(K, "control characters in JSON", _json_controls, JSON),
    Case(K, "sheet trigger `(a+)+$` is not a regex", _regex_trigger, LITERAL),
    Case(K, "symlink loops in a directory walk", _loop_walk, LINKS),
    Case(K, "three runs at once on the seeds give one report", _three, AGREE),
]
