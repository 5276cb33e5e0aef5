"""Markdown and HTML read as their own parsers read them; positions stay exact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.sources.documents import make_document
from checker.sources.readers.html import prose as html_prose
from checker.sources.readers.markdown import prose as md_prose

MARKDOWN = """\
---
title: "Ministers meet again"
date: 2025-10-21T10:00:00+02:00
tags: [diplomacy]
---

# Ministers meet again after the talks

The two ministers spoke by phone on Monday, an aide said. The aide shared a
[statement](https://example.org/statement-19-october "Statement of 19 October") and
pointed to `release-2025-10-19.pdf`.

<!-- editor: check the figure of 19 October before publishing -->

```text
log line: 19 October 2025, meeting moved
```

    an indented sample that mentions 19 October

[notes]: https://example.org/notes-19-october

![A photo taken on 19 October](photo-19-october.jpg)

See <https://example.org/19-october> for the timeline, and the [notes][notes].
"""

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta content='2025-10-21T08:30:00+00:00' property='article:published_time'>
  <title>Harbour reopens | City Desk</title>
  <script>var published = "19 October";</script>
  <style>.x { content: "19 October"; }</style>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News on 19 October</a></nav>
<h1>Harbour reopens to ferries</h1>
<article>
  <p>The harbour reopened on Tuesday &amp; the first ferry left at noon.</p>
  <!-- old draft: reopened on 19 October -->
  <p>Crews had worked through the night.</p>
</article>
<aside>Most read: storm on 19 October</aside>
<footer>Copyright 2025</footer>
</body>
</html>
"""


def test_markdown_reads_only_prose() -> None:
    analysis = md_prose(MARKDOWN)
    assert len(analysis) == len(MARKDOWN)
    assert analysis.count("\n") == MARKDOWN.count("\n")
    assert "19" not in analysis.replace("title", "")  # every "19" is in markup
    assert "The two ministers spoke by phone on Monday" in analysis
    assert "[statement]" in analysis and "pointed to" in analysis
    assert "for the timeline, and the [notes]" in analysis


def test_markdown_document_positions_and_zoned_front_matter_date() -> None:
    doc = make_document("a.md", MARKDOWN)
    assert doc.dateline == date(2025, 10, 21) and doc.dateline_source == "front matter"
    offset = doc.analysis.index("Monday")
    assert doc.text[offset:offset + 6] == "Monday"
    assert doc.position(offset) == (9, 37)
    assert "title:" not in doc.analysis


@pytest.mark.parametrize(
    "value",
    ["2025-10-21T10:00:00+02:00", "2025-10-21 23:30:00 -05:00", "'2025-10-21T10:00:00Z'",
     "2025-10-21"],
)
def test_front_matter_dates_with_time_and_zone(value: str) -> None:
    doc = make_document("a.md", f"---\ndate: {value}\n---\nText.\n")
    assert doc.dateline == date(2025, 10, 21)


def test_html_main_text_only() -> None:
    analysis = html_prose(PAGE)
    assert len(analysis) == len(PAGE)
    assert "19" not in analysis
    assert "The harbour reopened on Tuesday &" in analysis
    assert "Harbour reopens to ferries" in analysis  # the headline, outside <article>
    assert "Home" not in analysis and "Copyright" not in analysis


@pytest.mark.parametrize(
    "head",
    [
        "<meta content='2025-10-21T08:30:00+00:00' property='article:published_time'>",
        '<meta property="article:published_time" content="2025-10-21">',
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "datePublished": "2025-10-21T06:00:00Z"}</script>',
    ],
)
def test_html_publication_date(head: str) -> None:
    page = f"<html><head>{head}</head><body><p>The harbour reopened.</p></body></html>"
    doc = make_document("a.html", page)
    assert doc.dateline == date(2025, 10, 21)


def test_html_positions_are_exact() -> None:
    doc = make_document("a.html", PAGE)
    offset = doc.analysis.index("Tuesday")
    assert doc.text[offset:offset + 7] == "Tuesday"
    line, column = doc.position(offset)
    assert PAGE.split("\n")[line - 1][column - 1:column + 6] == "Tuesday"


def _cases(name: str) -> list[dict[str, object]]:
    path = Path(__file__).parent / "data" / "readers" / name
    cases: list[dict[str, object]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return cases


@pytest.mark.parametrize(
    ("reader", "case"),
    [(md_prose, c) for c in _cases("markdown.yaml")]
    + [(html_prose, c) for c in _cases("html.yaml")],
    ids=lambda v: str(v["name"]) if isinstance(v, dict) else "",
)
def test_reading_cases(reader: Callable[[str], str], case: dict[str, Any]) -> None:
    text = case["text"]
    analysis = reader(text)
    assert len(analysis) == len(text) and analysis.count("\n") >= text.count("\n")
    flat = " ".join(analysis.split())
    for phrase in case["keep"]:
        assert phrase in flat, phrase
    for phrase in case["blank"]:
        assert phrase not in analysis, phrase


@pytest.mark.parametrize(
    ("reader", "text"),
    [
        (html_prose, "<a " * 13_000),  # Python's parser rescanned from each "<": > 1 min
        (html_prose, "<!--" * 10_000),
        (html_prose, "<script" * 6_000),
        (html_prose, "<![x" * 10_000),  # the parser asserts on it
        (md_prose, "[" * 40_000),  # markdown-it scans ahead from each "["
        (md_prose, ("[" * 3_900 + "\n\n") * 10),
        (md_prose, ("[a](" * 49 + "b" * 3_700 + "\n\n") * 3),
    ],
)
def test_hostile_markup_costs_linear_time(reader: Callable[[str], str], text: str) -> None:
    import time

    started = time.process_time()
    assert len(reader(text)) == len(text)
    assert time.process_time() - started < 2.0


def test_date_line_before_an_html_page_is_read_as_text_and_outranks_its_meta() -> None:
    page = ('<html><head><meta property="article:published_time" content="2024-03-02">'
            "</head><body><p>The port reopened on Monday.</p></body></html>")
    plain = make_document("a.html", page)
    assert (plain.dateline, plain.dateline_source) == (date(2024, 3, 2), "html meta")
    marked = make_document("b.html", " date 2024-03-05\n" + page)
    assert (marked.dateline, marked.dateline_source) == (date(2024, 3, 5), "text")
    assert "2024-03-05" not in marked.analysis
