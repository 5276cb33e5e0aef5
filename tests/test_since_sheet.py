"""`check --since-sheet OLD`: only the articles that mention a changed or added fact are
checked (with all their findings); the others are skipped and the summary says so."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from checker.cli.app import app

SHEET = """\
story: {story}
title: A river ferry returns
entities:
  ferry: {{name: Lough Ferry, kind: thing}}
  quay: {{name: Moville Quay, kind: place}}
  mayor: {{name: Aoife Brennan, title: Moville Quay mayor}}
facts:
  - id: ferry-launch
    date: {launch}
    when: {{mentions: [ferry], trigger: [launch, launched, relaunch]}}
  - id: quay-cost
    amount: {{value: 4 million, currency: EUR}}
    when: {{mentions: [quay], trigger: [cost, repairs]}}
  - id: mayor-elected
    date: {elected}
    when: {{mentions: [mayor], trigger: [elected]}}
{extra}"""

ROUTE = """\
  - id: crossing-time
    duration: {value: 2, unit: hour}
    when: {mentions: [ferry], trigger: [crossing]}
"""

ARTICLES = {
    # mentions only the quay's cost, which does not change
    "quay.txt": "Repairs to Moville Quay cost EUR 4 million, the council said.\n",
    # mentions the launch, whose date the new sheet corrects
    "launch.txt": "The Lough Ferry was launched on 3 May 2024 after a long wait.\n",
    # mentions the launch only through a trigger far from the ferry's name
    "other.md": "Aoife Brennan spoke at the opening.\n\nThe launch of a new bus route waits.\n",
}


def _write(folder: Path, launch: str, story: str = "river-ferry", extra: str = "",
           elected: str = "2023-06-09", title: str = "Moville Quay mayor") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ferry.yaml"
    text = SHEET.format(story=story, launch=launch, extra=extra, elected=elected)
    path.write_text(text.replace("Moville Quay mayor", title), encoding="utf-8")
    return path


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in ARTICLES.items():
        (news / name).write_text(text, encoding="utf-8")
    new = _write(tmp_path / "rules", "2024-05-04")
    old = _write(tmp_path / "old", "2024-05-03", extra=ROUTE)
    return news, new, old


def _check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_only_articles_that_mention_a_changed_fact_are_checked(tmp_path: Path) -> None:
    news, new, old = _setup(tmp_path)
    code, out, err = _check(str(news), "--rules", str(new), "--since-sheet", str(old),
                            "--format", "json", "--verbose")
    documents = json.loads(out)["documents"]
    assert [Path(d["path"]).name for d in documents] == ["launch.txt"]
    assert [f["rule"] for f in documents[0]["findings"]] == ["ferry.ferry-launch"]
    assert code == 1
    assert "1 fact(s) changed, 0 added (ferry-launch)" in err
    assert "fact 'crossing-time' is not in the loaded sheet any more" in err
    assert "1 article(s) to check, 2 skipped: they mention no changed or added fact" in err
    assert f"skipped {news / 'quay.txt'}" in err and f"skipped {news / 'other.md'}" in err


def test_an_added_fact_selects_its_articles(tmp_path: Path) -> None:
    news, _new, old = _setup(tmp_path)
    (news / "route.txt").write_text("The Lough Ferry crossing takes 3 hours.\n")
    new = _write(tmp_path / "later", "2024-05-03", extra=ROUTE.replace("crossing-time",
                                                                        "crossing-length"))
    code, out, err = _check(str(news), "--rules", str(new), "--since-sheet", str(old),
                            "--format", "json")
    names = [Path(d["path"]).name for d in json.loads(out)["documents"]]
    assert names == ["route.txt"], err
    assert "0 fact(s) changed, 1 added (crossing-length)" in err
    assert code == 1


def test_no_change_checks_nothing(tmp_path: Path) -> None:
    news, new, _old = _setup(tmp_path)
    code, out, err = _check(str(news), "--rules", str(new), "--since-sheet", str(new),
                            "--format", "json")
    assert json.loads(out)["documents"] == []
    assert "0 article(s) to check, 3 skipped" in err
    assert code == 0


def test_an_old_sheet_that_does_not_load_or_tells_another_story(tmp_path: Path) -> None:
    news, new, _old = _setup(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("story: river-ferry\nfacts: [\n", encoding="utf-8")
    code, _out, err = _check(str(news), "--rules", str(new), "--since-sheet", str(broken))
    assert code == 2 and "broken.yaml:" in err and "Traceback" not in err
    other = _write(tmp_path / "other", "2024-05-03", story="canal-barge")
    code, _out, err = _check(str(news), "--rules", str(new), "--since-sheet", str(other))
    assert code == 2
    assert "its story 'canal-barge' is not the story of a loaded sheet (river-ferry)" in err
    code, _out, err = _check(str(news), "--rules", str(new), "--since-sheet",
                             str(tmp_path / "gone.yaml"))
    assert code == 2 and "gone.yaml" in err and "Traceback" not in err


def test_a_person_named_before_and_a_derived_title(tmp_path: Path) -> None:
    news, new, _old = _setup(tmp_path)
    (news / "mayor.txt").write_text("Aoife Brennan cut the ribbon at the quay.\n\n"
                                    "She was elected on 9 June 2023, her aides said.\n")
    old = _write(tmp_path / "before", "2024-05-04", elected="2023-06-08")
    code, _out, err = _check(str(news), "--rules", str(new), "--since-sheet", str(old),
                             "--verbose", "--format", "json")
    assert f"checking {news / 'mayor.txt'}: it mentions mayor-elected" in err
    assert "1 article(s) to check, 3 skipped" in err
    assert code == 0  # the article agrees with the corrected date
    old = _write(tmp_path / "titled", "2024-05-04", title="Moville Quay manager")
    _code, _out, err = _check(str(news), "--rules", str(new), "--since-sheet", str(old),
                             "--verbose", "--format", "json")
    assert "1 fact(s) changed, 0 added (mayor-title)" in err
    assert f"checking {news / 'other.md'}: it mentions mayor-title" in err
    assert f"checking {news / 'mayor.txt'}: it mentions mayor-title" in err
    assert "2 article(s) to check, 2 skipped" in err
