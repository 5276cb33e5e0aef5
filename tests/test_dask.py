"""`check --dask`: a local Dask cluster of two workers gives, sorted, the documents of
`--jobs 1`; paths stream from the walk and from `--files-from -`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.sources.stream import files_from, walk

from .conftest import RULES, SEEDS

pytest.importorskip("distributed")


def _documents(args: list[str], stdin: str | None = None) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, args, input=stdin)
    return result.exit_code, result.stdout.splitlines()


def test_dask_matches_one_process(tmp_path: Path) -> None:
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "a.txt").write_text("Vladimir Putin spoke to Donald Trump on October 17.\n")
    (extra / "b.md").write_bytes(b"\xff\xfe\x00broken")
    listed = f"{extra / 'a.txt'}\n\n{extra / 'b.md'}\n{tmp_path / 'missing.txt'}\n"
    args = ["--rules", str(RULES), "--verbose"]
    code, lines = _documents(["check", "--dask", "local", "--jobs", "2", "--files-from", "-",
                              str(SEEDS), *args], stdin=listed)
    one_code, one = _documents(["check", "--jobs", "1", "--format", "json", str(extra / "a.txt"),
                                str(extra / "b.md"), str(tmp_path / "missing.txt"), str(SEEDS),
                                *args])
    expected = json.loads("\n".join(one))["documents"]
    assert code == one_code
    assert sorted(lines) == sorted(json.dumps(d, ensure_ascii=False) for d in expected)
    assert len(lines) == len(expected) > 10


def test_walk_streams_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b/2.txt", "b/1.md", "a/9.html", "a/skip.pdf", "c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [str(p.relative_to(tmp_path)) for p in walk([str(tmp_path)]) if isinstance(p, Path)]
    assert found == ["c.txt", "a/9.html", "b/1.md", "b/2.txt"]
    none = tmp_path / "none"
    assert list(walk([str(none)])) == [f"{none}: no such file or directory"]


def test_files_from_reads_one_path_a_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    listing = tmp_path / "list"
    listing.write_text(f"{tmp_path / 'a.txt'}\n\n{tmp_path / 'gone.txt'}\n")
    assert list(files_from(str(listing))) == [
        tmp_path / "a.txt", f"{tmp_path / 'gone.txt'}: no such file or directory"
    ]
