"""Markdown as prose: which characters of a Markdown article are text to read.

markdown-it-py (CommonMark, with tables) parses the article. Only the lines of its
inline content (paragraphs, headings, list items, quotes, table cells) stay; code blocks,
HTML blocks and comments, reference definitions and everything else are blanked. Within
the kept lines, inline code, inline HTML, images, autolinks, link targets and the marks of
emphasis ("**", "_") are blanked too. Blanking keeps every other character where it was,
so lines and columns stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Inline parsing of a paragraph costs markdown-it more than linear time on some inputs
# (each "[" scans ahead for its "]": 40 KB of "[" took 2.5 s). A paragraph longer than
# this, or with more brackets than this (none in real copy), has its inline markup
# blanked by the bounded patterns below instead, so the cost stays linear.
INLINE_LIMIT = 4_000
BRACKET_LIMIT = 50
_INLINE_MARKUP = re.compile(
    r"\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,500}\")?\)"  # link targets
    r"|`[^`\n]{1,500}`"  # code spans
    r"|<[^<>\n]{1,500}>"  # tags, comments on one line, autolinks
)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """Blocks only: each paragraph's inline content is parsed on its own (`_children`)."""
    return MarkdownIt("commonmark").enable("table").disable("inline")


def _children(token: Token, env: dict[str, Any]) -> Sequence[Token] | None:
    """The inline tokens of a paragraph, or None when it is too long to parse."""
    content = token.content
    if len(content) > INLINE_LIMIT or content.count("[") > BRACKET_LIMIT:
        return None
    md = _parser()
    children: list[Token] = []
    md.inline.parse(content, md, env, children)
    return children


_LINE_BREAK = re.compile(r"\r\n?|\n")
_EMPHASIS = frozenset({"em_open", "em_close", "strong_open", "strong_close"})


def _line_starts(text: str) -> list[int]:
    """Where each line starts, with the line breaks markdown-it counts: a carriage return
    alone ends a line too."""
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


class _Blanker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        for i in range(max(start, 0), min(end, len(self.chars))):
            if self.chars[i] not in "\r\n":
                self.chars[i] = " "

    def result(self) -> str:
        return "".join(self.chars)


def _closing_paren(text: str, start: int, end: int) -> int:
    """The end of the "(...)" opening at `start` (nested parentheses counted)."""
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return start


def _inline(blanker: _Blanker, children: Sequence[Token], start: int, end: int) -> None:
    """Blank the markup of one inline token, parsed as `children`, whose source is
    text[start:end]."""
    text = blanker.text
    cursor = start
    opened: list[int] = []
    for child in children:
        kind = child.type
        if kind == "text" and child.content:
            found = text.find(child.content, cursor, end)
            if found >= 0:
                cursor = found + len(child.content)
        elif kind == "code_inline":
            found = text.find(child.markup, cursor, end)
            if found < 0:
                continue
            close = text.find(child.markup, found + len(child.markup), end)
            if close < 0:
                continue
            blanker.blank(found, close + len(child.markup))
            cursor = close + len(child.markup)
        elif kind in _EMPHASIS:
            found = text.find(child.markup, cursor, end)
            if found >= 0:
                blanker.blank(found, found + len(child.markup))
                cursor = found + len(child.markup)
        elif kind == "html_inline":
            found = text.find(child.content, cursor, end)
            if found >= 0:
                blanker.blank(found, found + len(child.content))
                cursor = found + len(child.content)
        elif kind == "link_open" and child.markup == "autolink":
            found = text.find("<", cursor, end)
            close = text.find(">", found, end) if found >= 0 else -1
            if close >= 0:
                blanker.blank(found, close + 1)
                cursor = close + 1
            opened.append(-1)
        elif kind == "link_open":
            opened.append(cursor)
        elif kind == "link_close":
            began = opened.pop() if opened else -1
            if began < 0:
                continue
            cursor = _after_link_text(blanker, cursor, end)
        elif kind == "image":
            found = text.find("![", cursor, end)
            if found >= 0:
                bracket = text.find("]", found, end)
                after = _after_link_text(blanker, bracket if bracket >= 0 else found, end)
                blanker.blank(found, after)
                cursor = after


def _after_link_text(blanker: _Blanker, cursor: int, end: int) -> int:
    """Blank the target after a link's text ("](url)" or "][ref]"); return where it ends."""
    text = blanker.text
    bracket = text.find("]", cursor, end)
    if bracket < 0:
        return cursor
    after = bracket + 1
    if text.startswith("(", after):
        close = _closing_paren(text, after, end)
        if close > after:
            blanker.blank(after, close)
            return close
    elif text.startswith("[", after):
        close = text.find("]", after, end)
        if close >= 0:
            blanker.blank(after, close + 1)
            return close + 1
    return after


def prose(text: str) -> str:
    """`text` with everything that is not prose blanked (same length, same lines)."""
    env: dict[str, Any] = {}
    tokens = _parser().parse(text, env)
    starts = _line_starts(text)
    starts.append(len(text) + 1)
    blanker = _Blanker(text)
    kept = [False] * (len(starts) - 1)
    for token in tokens:
        if token.type != "inline" or token.map is None:
            continue
        first, last = token.map
        for line in range(first, min(last, len(kept))):
            kept[line] = True
        start, end = starts[first], min(starts[min(last, len(starts) - 1)], len(text))
        children = _children(token, env)
        if children is None:
            for match in _INLINE_MARKUP.finditer(text, start, end):
                blanker.blank(match.start() + (match.group()[0] == "]"), match.end())
        else:
            _inline(blanker, children, start, end)
    for line, keep in enumerate(kept):
        if not keep:
            blanker.blank(starts[line], starts[line + 1] - 1)
    return blanker.result()
