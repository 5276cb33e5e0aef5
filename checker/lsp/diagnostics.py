"""Findings and sheet problems as LSP diagnostics, suppression edits and hover text."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from checker.errors import Problem
from checker.findings import Finding, Severity
from checker.sheet.load import LoadedSheet
from checker.sheet.yamlpos import YamlProblem, load_located

SOURCE = "factlint"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def _position(line: int, column: int) -> types.Position:
    return types.Position(line=max(line - 1, 0), character=max(column - 1, 0))


def finding_range(finding: Finding) -> types.Range:
    return types.Range(
        start=_position(finding.line, finding.column),
        end=_position(finding.end_line, finding.end_column),
    )


def diagnostic(finding: Finding, fact: types.Location | None) -> types.Diagnostic:
    """One finding; the citation, and where the sheet states the fact, as related
    information."""
    related = None
    if fact is not None:
        words = f"the fact sheet says {finding.expected}"
        if finding.cite:
            words += f" (source: {finding.cite})"
        related = [types.DiagnosticRelatedInformation(location=fact, message=words)]
    return types.Diagnostic(
        range=finding_range(finding),
        severity=_SEVERITY[finding.severity],
        code=finding.rule,
        source=SOURCE,
        message=finding.message,
        related_information=related,
        data={"rule": finding.rule},
    )


def problem_diagnostic(problem: Problem) -> types.Diagnostic:
    """A sheet problem, shown in the sheet itself."""
    start = _position(problem.line, problem.column)
    end = types.Position(line=start.line, character=start.character + 1)
    return types.Diagnostic(
        range=types.Range(start=start, end=end),
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
        message=problem.message,
    )


def fact_location(rule: str, sheets: list[LoadedSheet]) -> types.Location | None:
    """Where the sheet writes the fact behind `rule` (`<stem>.<fact>`, or
    `<stem>.<entity>.<check>` for the checks an entity carries)."""
    stem, _, rest = rule.partition(".")
    loaded = next((s for s in sheets if s.stem == stem), None)
    if loaded is None:
        return None
    ids = [f.rule_name for f in loaded.sheet.facts]
    if rest in ids:
        path: tuple[str | int, ...] = ("facts", ids.index(rest), "id")
    elif rest.partition(".")[0] in loaded.sheet.entities:
        path = ("entities", rest.partition(".")[0])
    else:
        return None
    try:
        located = load_located(loaded.path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YamlProblem):
        return None
    line, column = located.position(path, at_key=path[0] == "entities")
    at = _position(line, column)
    return types.Location(uri=loaded.path.resolve().as_uri(), range=types.Range(start=at, end=at))


def suppression_edit(uri: str, finding_line: int, rule: str) -> types.TextEdit:
    """A comment above the finding's line that silences `rule` there: an HTML comment in
    Markdown and HTML, a `factlint: ignore` line in plain text."""
    suffix = Path(uri).suffix.lower()
    comment = (
        f"factlint: ignore {rule}"
        if suffix == ".txt"
        else f"<!-- factlint-disable-next-line {rule} -->"
    )
    at = types.Position(line=max(finding_line - 1, 0), character=0)
    return types.TextEdit(range=types.Range(start=at, end=at), new_text=comment + "\n")


def hover_text(finding: Finding) -> str:
    """What a hover over a marked span shows: the fact, its value and its source."""
    lines = [f"**{finding.rule}** ({finding.severity.value})", "", finding.message, ""]
    lines.append(f"- the text says: {finding.found}")
    lines.append(f"- the fact sheet says: {finding.expected}")
    if finding.cite:
        lines.append(f"- source: {finding.cite}")
    return "\n".join(lines)
