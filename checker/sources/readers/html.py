"""HTML as prose, and its publication date.

The main text: Python's own HTML parser walks the page and reports where each tag
starts, so markup can be blanked in place and lines and columns stay exact (selectolax
and lxml build a tree but do not tell where in the source a tag was). Blanked: every
tag, comment and declaration; what is never read as text (head, script, style,
noscript, template, svg); page furniture (nav, aside, footer, form, button, menu); and,
when the page marks its story with <article> or <main>, everything outside it but the
<h1> headline. A block-level tag ends a sentence: its first character becomes a line
break in the analysis copy.

The publication date: htmldate, which reads meta tags in any attribute order and
quoting, JSON-LD, <time> and the URL, offline; loaded only when an HTML page is read.
"""

from __future__ import annotations

import html
import re
from datetime import date
from html.parser import HTMLParser

_HIDDEN = frozenset(("head", "script", "style", "noscript", "template", "svg", "iframe",
                     "nav", "aside", "footer", "form", "button", "menu", "select"))
_MAIN = frozenset(("article", "main"))
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "param", "source", "track", "wbr"))
_BLOCK = frozenset(("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br",
                    "tr", "td", "th", "table", "section", "article", "header", "footer",
                    "blockquote", "figure", "figcaption", "title", "nav", "aside", "main",
                    "dd", "dt", "pre", "hr"))
_MARKED = re.compile(r"<!\[(?!CDATA\[)")
# Numeric references longer than any code point are left as written (and Python's
# int() refuses strings of over 4,300 digits).
_ENTITY = re.compile(r"&(?:#\d{1,8}|#x[0-9a-fA-F]{1,8}|[A-Za-z]{1,40});")


class _Markup(HTMLParser):
    """Collects the source ranges of markup and of hidden or outer elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.tags: list[tuple[int, int, bool]] = []  # start, end, block-level
        self.hidden: list[tuple[int, int]] = []
        self.mains: list[tuple[int, int]] = []
        self.headlines: list[tuple[int, int]] = []
        self._open: list[tuple[str, int]] = []  # hidden, main or h1 elements still open

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _tag_end(self, start: int) -> int:
        end = self.text.find(">", start)
        return len(self.text) if end < 0 else end + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        end = start + len(raw) if raw else self._tag_end(start)
        self.tags.append((start, end, tag in _BLOCK))
        if (tag in _HIDDEN or tag in _MAIN or tag == "h1") and tag not in _VOID:
            self._open.append((tag, end))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        self.tags.append((start, start + len(raw) if raw else self._tag_end(start),
                          tag in _BLOCK))

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        self.tags.append((start, self._tag_end(start), tag in _BLOCK))
        for index in range(len(self._open) - 1, -1, -1):
            name, inner = self._open[index]
            if name != tag:
                continue
            del self._open[index]
            if tag in _HIDDEN:
                self.hidden.append((inner, start))
            elif tag in _MAIN:
                self.mains.append((inner, start))
            else:
                self.headlines.append((inner, start))
            break

    def _markup(self, start: int, closing: str) -> None:
        end = self.text.find(closing, start)
        self.tags.append((start, len(self.text) if end < 0 else end + len(closing), False))

    def handle_comment(self, data: str) -> None:
        self._markup(self._offset(), "-->")

    def handle_decl(self, decl: str) -> None:
        self._markup(self._offset(), ">")

    def handle_pi(self, data: str) -> None:
        self._markup(self._offset(), ">")

    def unknown_decl(self, data: str) -> None:
        self._markup(self._offset(), ">")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, min(end, len(chars))):
        if chars[i] != "\n":
            chars[i] = " "


def _fed(text: str) -> int:
    """Where the parser's input ends: at a comment that is never closed (it hides the
    rest of the page)."""
    last_close = text.rfind("-->")
    unclosed = text.find("<!--", last_close + 3 if last_close >= 0 else 0)
    return len(text) if unclosed < 0 else unclosed


def parser_input(text: str) -> str:
    """What the parser reads: the text up to an unclosed comment, with every "<" that no
    ">" follows made a space. Python's parser rescans the rest of the page from each such
    "<" (40 KB of "<a " took over a minute); none of them can open a tag anyway."""
    cut = _fed(text)
    last = text.rfind(">", 0, cut)
    fed = text[: last + 1] + text[last + 1 : cut].replace("<", " ")
    # "<![" opens a marked section only as "<![CDATA["; the parser asserts on others
    return _MARKED.sub(" ![", fed) if "<![" in fed else fed


def prose(text: str) -> str:
    """`text` with everything that is not the page's main text blanked (same length)."""
    parser = _Markup(text)
    cut = _fed(text)
    try:
        parser.feed(parser_input(text))
        parser.close()
    except (AssertionError, ValueError, IndexError):  # markup it cannot read: not prose
        cut = min(cut, parser._offset())
    for name, inner in parser._open:  # never closed: hidden to the end
        if name in _HIDDEN:
            parser.hidden.append((inner, len(text)))
    parser.hidden.append((cut, len(text)))  # an unclosed comment hides the rest
    chars = list(text)
    if parser.mains:
        kept = sorted([*parser.mains, *parser.headlines])
        cursor = 0
        for start, end in kept:
            if start > cursor:
                _blank(chars, cursor, start)
            cursor = max(cursor, end)
        _blank(chars, cursor, len(text))
    for start, end in parser.hidden:
        _blank(chars, start, end)
    for start, end, block in parser.tags:
        _blank(chars, start, end)
        if block and start < len(chars) and chars[start] != "\n":
            chars[start] = "\n"
    result = "".join(chars)

    def entity(match: re.Match[str]) -> str:
        char = html.unescape(match.group())
        return (char if len(char) == 1 else " ") + " " * (len(match.group()) - 1)

    return _ENTITY.sub(entity, result)


def published(text: str) -> date | None:
    """The page's publication date, if it states one."""
    try:
        from htmldate import find_date

        found = find_date(text, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%d")
        return date.fromisoformat(found) if found else None
    except Exception:  # a page htmldate cannot read has no date, not a failed check
        return None
