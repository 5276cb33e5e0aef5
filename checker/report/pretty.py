"""`--format pretty`: the table for a terminal, in colour, as wide as the terminal.

Each finding starts with `path:line:col`, which terminals and editors open on a click;
the sources a finding cites are numbered and listed once under the article's table.
Colour follows NO_COLOR and FORCE_COLOR (see `checker.report.color_wanted`).
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table

from checker.findings import DocumentReport, Severity, Tally
from checker.report.escape import visible
from checker.report.summary import summary_line

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class Writer:
    """One table per article with findings, its sources under it, the summary last."""

    def __init__(self, out: TextIO, color: bool = True) -> None:
        self.console = Console(file=out, force_terminal=color, no_color=not color,
                               highlight=False, soft_wrap=False)

    def document(self, document: DocumentReport) -> None:
        console = self.console
        path = escape(visible(document.path))
        if document.error is not None:
            console.print(f"[bold]{path}[/] [red]could not be read:[/] "
                          f"{escape(visible(document.error))}")
            return
        for note in document.notes:
            console.print(f"[bold]{path}[/] [dim]note: {escape(visible(note))}[/]")
        if not document.findings:
            return
        sources: dict[str, int] = {}
        table = Table(show_edge=False, box=None, pad_edge=False, expand=False,
                      show_header=False, padding=(0, 2, 1, 0))
        table.add_column("where", no_wrap=True)
        table.add_column("finding", overflow="fold")
        for f in document.findings:
            mark = ""
            if f.cite:
                mark = f" [{sources.setdefault(f.cite, len(sources) + 1)}]"
            table.add_row(
                f"{escape(visible(f.path))}:{f.line}:{f.column}",
                f"[{_STYLE[f.severity]}]{f.severity.value}[/] [bold]{escape(f.rule)}[/]\n"
                f"{escape(visible(f.message + mark))}",
            )
        console.print(table)
        for cite, number in sources.items():
            line = escape(visible(f"[{number}] {cite}"))
            console.print(Padding(f"[dim]{line}[/]", (0, 0, 0, 2)))
        console.print()

    def finish(self, tally: Tally) -> None:
        style = "red" if tally.counts[Severity.ERROR] or tally.unreadable else "green"
        self.console.print(f"[{style}]{escape(summary_line(tally))}[/]")
