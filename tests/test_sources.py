"""Reading articles: encodings, bad files, datelines, markup, and positions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.sources.discover import expand
from checker.sources.documents import (
    UnreadableArticle,
    make_document,
    read_document,
)


def test_positions_are_one_based_and_count_characters() -> None:
    doc = make_document("a.txt", "First line.\nSécond line with Trump.")
    offset = doc.text.index("Trump")
    assert doc.position(offset) == (2, 18)
    assert doc.position(0) == (1, 1)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_unreadable_articles(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableArticle, match=reason):
        read_document(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableArticle, match="cannot read"):
        read_document(tmp_path / "gone.txt")


def test_windows_1252_is_decoded_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Zelensky’s visit cost €140 — “a lot”, said Peskov’s office.".encode("cp1252"))
    doc = read_document(path)
    assert "€140" in doc.text
    assert doc.notes and "not UTF-8" in doc.notes[0]


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTrump spoke.".encode())
    assert read_document(path).text == "Trump spoke."


def test_front_matter_gives_the_dateline_and_is_blanked() -> None:
    text = "---\ntitle: Call on Friday\ndate: 2025-10-21\n---\nTrump spoke on Thursday.\n"
    doc = make_document("a.md", text)
    assert doc.dateline == date(2025, 10, 21)
    assert doc.dateline_source == "front matter"
    assert "Friday" not in doc.analysis
    assert len(doc.analysis) == len(doc.text)
    assert doc.analysis.index("Trump") == doc.text.index("Trump")


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-10-21\n\nTrump spoke.",
        " date 2025-10-21 Trump spoke.",
        "Date: 2025-10-21\nTrump.",
    ],
)
def test_dateline_marker_even_glued_to_the_text(text: str) -> None:
    doc = make_document("a.txt", text)
    assert doc.dateline == date(2025, 10, 21)
    assert "2025" not in doc.analysis
    assert "Trump" in doc.analysis


def test_date_flag_wins() -> None:
    doc = make_document("a.txt", " date 2025-10-21 Trump.", date(2025, 10, 22))
    assert (doc.dateline, doc.dateline_source) == (date(2025, 10, 22), "--date")


def test_no_dateline() -> None:
    assert make_document("a.txt", "Trump spoke yesterday.").dateline is None


def test_html_is_blanked_but_offsets_kept() -> None:
    text = (
        '<html><head><meta property="article:published_time" content="2025-10-21T10:00">'
        "<script>var d = 'October 17';</script></head>"
        "<body><h1>Summit on hold</h1><p>Trump &amp; Putin spoke on Thursday.</p></body></html>"
    )
    doc = make_document("a.html", text)
    assert doc.dateline == date(2025, 10, 21)
    assert "October 17" not in doc.analysis
    assert "<p>" not in doc.analysis
    assert doc.analysis.index("Trump") == text.index("Trump")
    assert "Trump &" in doc.analysis
    assert "Summit on hold\n" in doc.analysis


def test_markdown_link_targets_are_blanked() -> None:
    doc = make_document("a.md", "See [the call](https://x.org/2025/10/17/call) today.")
    assert "2025" not in doc.analysis
    assert "the call" in doc.analysis


def test_wire_dateline_is_blanked() -> None:
    doc = make_document("a.md", "**BRUSSELS, Oct. 22** — EU leaders meet tomorrow.")
    assert "Oct. 22" not in doc.analysis
    assert "EU leaders meet tomorrow." in doc.analysis


def test_expand_reports_what_names_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    items = list(
        expand(
            [
                str(tmp_path / "a.txt"),
                str(tmp_path / "empty"),
                str(tmp_path / "nope.txt"),
                str(tmp_path / "*.md"),
            ]
        )
    )
    assert items[0] == tmp_path / "a.txt"
    assert isinstance(items[1], str) and "no articles" in items[1]
    assert isinstance(items[2], str) and "no such file" in items[2]
    assert isinstance(items[3], str) and "no file matches" in items[3]


@given(st.text(alphabet="ab\n", max_size=40), st.data())
def test_offset_is_the_inverse_of_position(text: str, data: st.DataObject) -> None:
    doc = make_document("a.txt", text)
    at = data.draw(st.integers(min_value=0, max_value=len(doc.text)))
    assert doc.offset(*doc.position(at)) == at
