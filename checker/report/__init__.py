"""Output formats. Each module has a Writer that renders documents as they come and a
summary at the end; adding a format is adding a module and a line here."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Protocol, TextIO

from checker.findings import DocumentReport, FactRecord, Tally, tally


class Format(StrEnum):
    AUTO = "auto"
    TABLE = "table"
    PRETTY = "pretty"
    JSON = "json"
    GITHUB = "github"
    HTML = "html"
    SARIF = "sarif"
    JUNIT = "junit"


class Writer(Protocol):
    def document(self, document: DocumentReport) -> None: ...

    def finish(self, tally: Tally) -> None: ...


def color_wanted(out: TextIO, env: Mapping[str, str] | None = None) -> bool:
    """Colour by the no-color.org and force-color.org conventions, else on a terminal."""
    env = os.environ if env is None else env
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    return out.isatty() and env.get("TERM") != "dumb"


def resolve(fmt: Format, out: TextIO, env: Mapping[str, str] | None = None) -> Format:
    """`auto`: annotations under GitHub Actions, the pretty table on a terminal (or with
    FORCE_COLOR; in colour unless NO_COLOR), the plain table elsewhere."""
    if fmt is not Format.AUTO:
        return fmt
    env = os.environ if env is None else env
    if env.get("GITHUB_ACTIONS") == "true":
        return Format.GITHUB
    terminal = out.isatty() and env.get("TERM") != "dumb"
    return Format.PRETTY if terminal or env.get("FORCE_COLOR") else Format.TABLE


def writer(
    fmt: Format,
    out: TextIO,
    records: Sequence[FactRecord] = (),
    env: Mapping[str, str] | None = None,
) -> Writer:
    """The writer of this format (its module is imported only when used). `records`
    describe the loaded facts, for formats that show them (html); `env` stands for the
    environment (auto, colour, the GitHub step summary)."""
    fmt = resolve(fmt, out, env)
    env = os.environ if env is None else env
    if fmt is Format.HTML:
        from checker.report import html

        return html.Writer(out, list(records))
    if fmt is Format.JSON:
        from checker.report import json

        return json.Writer(out)
    if fmt is Format.GITHUB:
        from checker.report import github

        return github.Writer(out, env.get("GITHUB_STEP_SUMMARY"))
    if fmt is Format.SARIF:
        from checker.report import sarif

        return sarif.Writer(out)
    if fmt is Format.JUNIT:
        from checker.report import junit

        return junit.Writer(out)
    if fmt is Format.PRETTY:
        from checker.report import pretty

        return pretty.Writer(out, color=color_wanted(out, env))
    from checker.report import table

    return table.Writer(out)


def render(
    fmt: Format,
    documents: list[DocumentReport],
    records: Sequence[FactRecord] = (),
    env: Mapping[str, str] | None = None,
) -> str:
    """The whole report of these documents as one string (`env`: none unless given)."""
    out = io.StringIO()
    w = writer(fmt, out, records, env if env is not None else {})
    for document in documents:
        w.document(document)
    w.finish(tally(documents))
    return out.getvalue()
