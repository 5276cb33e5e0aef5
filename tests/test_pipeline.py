"""In a newsroom's repository: which sheets apply, which files are read, silencing and
baselines, all through the command line on real files in temporary folders."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app

CALL = """\
story: {story}
title: A call
entities:
  rubio: {{name: Marco Rubio}}
  lavrov: {{name: Sergei Lavrov}}
facts:
  - id: call
    date: {day}
    when: {{mentions: [rubio, lavrov], trigger: [call]}}
"""
LOAN = """\
story: loan
title: A loan
entities:
  eu: {name: European Union, refs: [the EU]}
facts:
  - id: loan
    date: 2025-10-23
    when: {mentions: [eu], trigger: [loan]}
"""
ARTICLE = "date 2025-10-21\n\nMarco Rubio and Sergei Lavrov held a call on October 19.\n"


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.output


def _repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "call.yaml").write_text(CALL.format(story="call", day="2025-10-20"), "utf-8")
    (rules / "loan.yaml").write_text(LOAN, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _json(out: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(out)
    return data


def _rules(out: str) -> list[str]:
    docs = json.loads(out)["documents"]
    return [f["rule"] for d in docs for f in d["findings"]]


def test_an_article_is_checked_against_the_stories_it_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.txt").write_text("date 2025-10-21\n\nThe weather was fine.\n", "utf-8")
    code, out = run("check", "a.txt", "b.txt", "-f", "json")
    assert code == 1
    a, b = json.loads(out)["documents"]
    assert [f["rule"] for f in a["findings"]] == ["call.call"]
    assert b["notes"].count("no fact sheet applies to this article, so only the checks "
                            "that need none ran") == 1
    code, out = run("check", "b.txt", "-f", "table")
    assert code == 2 and "no fact sheet applies to any of these articles" in out
    assert out.count("no fact sheet applies to this article") == 1
    assert "no findings" not in out


def test_two_stories_never_judge_each_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two sheets with the same trigger on the same people: each judges the article on
    its own, so neither mutes the other as a rival event."""
    _repo(tmp_path, monkeypatch)
    (tmp_path / "rules" / "other.yaml").write_text(
        CALL.format(story="other-call", day="2025-10-19"), "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    code, out = run("check", "a.txt", "-f", "json")
    assert _rules(out) == ["call.call"]
    (tmp_path / "c.md").write_text("---\nstory: other-call\n---\n" + ARTICLE, "utf-8")
    code, out = run("check", "c.md", "-f", "json")
    assert code == 0 and _rules(out) == []
    (tmp_path / "d.md").write_text("---\nstory: nowhere\n---\n" + ARTICLE, "utf-8")
    code, out = run("check", "d.md", "-f", "json", "--builtin-only")
    assert "front matter story 'nowhere' names no loaded sheet" in out


def test_stories_setting_maps_paths_to_sheets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factlint]\nrules = ["rules"]\n[tool.factlint.stories]\n"loans/**" = "loan"\n',
        "utf-8")
    (tmp_path / "loans").mkdir()
    (tmp_path / "loans" / "a.txt").write_text(ARTICLE, "utf-8")
    code, out = run("check", "loans", "-f", "json")
    assert _rules(out) == []  # the call story does not apply there
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factlint.stories]\n"x/**" = "nope"\n', "utf-8")
    code, out = run("check", "loans")
    assert code == 2 and "names no loaded sheet: nope" in out


def test_run_from_another_folder_without_sheets_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    code, out = run("check", "a.txt")
    assert code == 2 and "no fact sheet found" in out and "--builtin-only" in out


def test_files_skipped_and_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch)
    for name in ("news/a.md", "news/draft/b.md", ".venv/lib/c.md", "env2/d.md",
                 "x.egg-info/e.md", ".hidden/f.md", "news/.g.md", "node_modules/h.md",
                 "news/old/i.txt", "news/j.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, "utf-8")
    (tmp_path / "env2" / "pyvenv.cfg").write_text("home = /usr\n", "utf-8")
    (tmp_path / ".gitignore").write_text("draft/\n", "utf-8")
    (tmp_path / "news" / ".factlintignore").write_text("old/\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nexclude = ["*.txt"]\n', "utf-8")
    code, out = run("check", ".", "--list-files")
    assert code == 0
    assert out.split() == ["news/a.md"]
    code, out = run("check", "news/j.txt", "--list-files")
    assert out.split() == ["news/j.txt"]  # named on the command line: always checked
    code, out = run("check", ".", "--list-files", "--exclude", "news/")
    assert code == 2 and "no articles" in out


def test_stdin_filename_gives_path_and_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    text = "---\ndate: 2025-10-21T10:00:00+02:00\n---\n" + ARTICLE.split("\n", 1)[1]
    _code, out = run("check", "-", "--stdin-filename", "news/a.md", "-f", "json", stdin=text)
    doc = json.loads(out)["documents"][0]
    assert doc["path"] == "news/a.md"
    assert doc["dateline"]["value"] == "2025-10-21"
    assert doc["findings"][0]["line"] == 5


@pytest.mark.parametrize(
    ("name", "text", "silenced"),
    [
        ("a.md", "<!-- factlint-disable-next-line -->\n{s}", True),
        ("a.md", "<!-- factlint-disable-next-line call.* -->\n\n{s}", True),
        ("a.md", "<!-- factlint-disable-next-line loan -->\n{s}", False),
        ("a.md", "<!-- factlint-disable call -->\n\nx\n\n{s}\n<!-- factlint-enable -->", True),
        ("a.md", "<!-- factlint-disable -->\nx\n<!-- factlint-enable -->\n\n{s}", False),
        ("a.html", "<p><!-- factlint-disable-next-line call.call --></p>\n<p>{s}</p>", True),
        ("a.txt", "factlint: ignore call.call\n{s}", True),
        ("a.txt", "factlint: ignore builtin.*\n{s}", False),
        ("a.txt", "{s}\nfactlint: ignore", False),
    ],
)
def test_inline_comments_silence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, silenced: bool
) -> None:
    _repo(tmp_path, monkeypatch)
    sentence = "Marco Rubio and Sergei Lavrov held a call on October 19."
    (tmp_path / name).write_text(text.format(s=sentence), "utf-8")
    _code, out = run("check", name, "--date", "2025-10-21", "-f", "json")
    assert (_rules(out) == []) is silenced


def test_ignore_setting_and_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    assert run("check", "a.txt", "--ignore", "call")[0] == 0
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nignore = ["*.call"]\n', "utf-8")
    assert run("check", "a.txt")[0] == 0


def test_baseline_survives_rewrapping_and_lists_stale_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, "utf-8")
    code, out = run("check", "a.txt", "--write-baseline", "base.json")
    assert code == 0 and "wrote 1 finding(s)" in out
    article.write_text("date 2025-10-21\n\nA new first line.\n\nMarco Rubio and Sergei Lavrov\n"
                       "held a call   on October 19.\n", "utf-8")
    code, out = run("check", "a.txt", "--baseline", "base.json")
    assert code == 0 and "stale" not in out
    article.write_text(ARTICLE.replace("19", "20"), "utf-8")
    code, out = run("check", "a.txt", "--baseline", "base.json")
    assert code == 0 and "stale baseline entry" in out and "call.call" in out
    (tmp_path / "bad.json").write_text("[]", "utf-8")
    code, out = run("check", "a.txt", "--baseline", "bad.json")
    assert code == 2 and "not a factlint baseline" in out


def test_changed_since(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _repo(tmp_path, monkeypatch)
    (tmp_path / "old.txt").write_text(ARTICLE, "utf-8")

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                       check=True, capture_output=True)

    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "one")
    (tmp_path / "new.txt").write_text(ARTICLE, "utf-8")
    code, out = run("check", ".", "--changed-since", "HEAD", "--list-files")
    assert out.split() == ["new.txt"]
    code, out = run("check", ".", "--changed-since", "nope-ref")
    assert code == 2 and "--changed-since" in out


def test_ctrl_c_with_workers_exits_130_without_traceback(tmp_path: Path) -> None:
    import os
    import signal
    import sys

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "call.yaml").write_text(CALL.format(story="call", day="2025-10-20"), "utf-8")
    news = tmp_path / "news"
    news.mkdir()
    body = ARTICLE + "Marco Rubio and Sergei Lavrov spoke again on Monday. " * 40
    for n in range(600):
        (news / f"{n:03d}.txt").write_text(body, "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", "news", "--jobs", "2", "-f", "json"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    for line in process.stdout:  # the first article is reported: the workers are busy
        if '"path"' in line:
            break
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: to every process
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err


def test_settings_and_sheets_found_from_the_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from another folder, factlint finds the project of the articles, as Black does."""
    project = tmp_path / "newsroom"
    (project / "rules").mkdir(parents=True)
    (project / "rules" / "call.yaml").write_text(CALL.format(story="call", day="2025-10-20"),
                                                 "utf-8")
    (project / "pyproject.toml").write_text('[tool.factlint]\nformat = "json"\n', "utf-8")
    (project / "news").mkdir()
    (project / "news" / "a.txt").write_text(ARTICLE, "utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out = run("check", str(project / "news"))
    assert code == 1 and _rules(out) == ["call.call"]


def test_baseline_keys_are_the_same_for_absolute_and_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    run("check", str(tmp_path / "a.txt"), "--write-baseline", "base.json")
    assert json.loads((tmp_path / "base.json").read_text("utf-8"))["findings"][0]["path"] == "a.txt"
    assert run("check", "./a.txt", "--baseline", "base.json")[0] == 0


def test_the_language_server_honours_stories_and_silencing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pygls")
    from checker.lsp.server import Workspace

    _repo(tmp_path, monkeypatch)
    workspace = Workspace(tmp_path)
    workspace.load()
    uri = (tmp_path / "a.md").as_uri()
    assert [f.rule for f in workspace.check(uri, ARTICLE)] == ["call.call"]
    silenced = ARTICLE.replace("\n\n", "\n\n<!-- factlint-disable-next-line call.call -->\n")
    assert workspace.check(uri, silenced) == []


def test_a_misspelling_of_a_shared_person_is_reported_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repo(tmp_path, monkeypatch)
    (tmp_path / "rules" / "other.yaml").write_text(
        CALL.format(story="other-call", day="2025-10-19"), "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE + "Sergei Lavrow said little.\n", "utf-8")
    _code, out = run("check", "a.txt", "-f", "json")
    spelling = [r for r in _rules(out) if r.endswith(".spelling")]
    assert len(spelling) == 1


def test_a_dateline_one_story_infers_serves_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The call story dates the article (21 October, from "yesterday"); the loan story,
    which has no clue of its own, judges its weekday on that day."""
    _repo(tmp_path, monkeypatch)
    (tmp_path / "a.txt").write_text(
        "Marco Rubio and Sergei Lavrov held a call yesterday.\n\n"
        "The European Union approved the loan on Wednesday.\n", "utf-8")
    code, out = run("check", "a.txt", "-f", "json")
    doc = json.loads(out)["documents"][0]
    assert code == 1
    assert doc["dateline"]["value"] == "2025-10-21" and doc["dateline"]["evidence"]
    assert [f["rule"] for f in doc["findings"]] == ["loan.loan"]
    assert not [n for n in doc["notes"] if n.startswith("no dateline")]
