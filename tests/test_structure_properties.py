"""The structure kinds (rank, set, score, quote, newer roles, spelling of places and
things) never crash and point inside the text, whatever words they are given."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.engine.document import Engine, check_document
from checker.sheet.load import load_sheets
from checker.sources.documents import make_document

from .conftest import ROOT, examples

CASES = ("rank", "set", "score", "quote", "role_more", "spelling")
WORDS = st.sampled_from(
    "Aoife Moran governor ninth 10th Ruiz Keane Lind 11th-placed third-largest biggest the "
    "country 's lap 22 of 60 finished race second Nordbank Eastbank bank Harlow Rovers "
    "Dunmore City beat lost to 2-0 6-3, 6-4 final Open Pell Voss Greens Labour Centre Party "
    "Liberals backed by namely three parties : including and , . \" “ ” ' Rosa Hale said "
    "What a landing crew Fenbank Tollgate buy takeover Meridian Mail hit freight train "
    "Marlowgat Kestral Express Tarant Harbour Board ( ) - \n".split(" ")
)
TEXT = st.lists(WORDS, max_size=40).map(" ".join)


@cache
def _engine() -> Engine:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="structure-sheets-"))
    paths = []
    for name in CASES:
        data = yaml.safe_load((ROOT / "tests" / "data" / "kinds" / f"{name}.yaml").read_text())
        path = folder / f"{name}.yaml"
        path.write_text(yaml.safe_dump(data["sheet"]), encoding="utf-8")
        paths.append(path)
    return Engine(load_sheets(paths))


@settings(max_examples=examples(200))
@given(text=TEXT)
def test_structure_kinds_never_crash(text: str) -> None:
    engine = _engine()
    doc = make_document("a.txt", text)
    for finding in check_document(engine, doc, verbose=True).findings:
        assert finding.quote and finding.quote in doc.text
