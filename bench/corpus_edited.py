"""Score the corpus with the sheet copies of tests/data/corpus_sheets (what the editors'
closing comments wished, written in the newer kinds) and their extra injected errors.

    .venv/bin/python bench/corpus_edited.py [--json] [STORY …]

Each story folder of ../shared/corpus is copied to a temporary folder, its sheet replaced
by the copy and the copy's injected errors appended to its mutations; then
../shared/corpus/score runs on the copies with this project's factlint.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SHEETS = ROOT / "tests" / "data" / "corpus_sheets"


def prepare(story: str, into: Path) -> Path:
    """A copy of the story's folder with the edited sheet and the extra mutations."""
    folder = into / story
    shutil.copytree(CORPUS / story, folder)
    shutil.copyfile(SHEETS / f"{story}.yaml", folder / "sheet.yaml")
    extra = yaml.safe_load((SHEETS / "mutations" / "i10.yaml").read_text(encoding="utf-8"))
    mutations = folder / "mutations.yaml"
    listed = yaml.safe_load(mutations.read_text(encoding="utf-8")) or []
    mutations.write_text(yaml.safe_dump(listed + extra.get(story, []), allow_unicode=True),
                         encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="*", help="story folder names (default: all)")
    parser.add_argument("--json", action="store_true", help="the scorer's figures as JSON")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    stories = args.stories or sorted(p.stem for p in SHEETS.glob("*.yaml"))
    factlint = Path(sys.executable).parent / "factlint"
    with tempfile.TemporaryDirectory() as tmp:
        folders = [str(prepare(story, Path(tmp))) for story in stories]
        command = [sys.executable, str(CORPUS / "score"), "--factlint", str(factlint), *folders]
        if args.json:
            command.insert(2, "--json")
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
