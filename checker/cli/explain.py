"""The `factlint explain FILE:LINE` command and its text and JSON output."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from checker.engine.explain import Explanation, SentenceTrace, ValueTrace


class ExplainFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _die(message: str) -> None:
    typer.echo(f"factlint: {message}", err=True)
    raise typer.Exit(2)


def _location(where: str) -> tuple[Path, int]:
    path, _, number = where.rpartition(":")
    if not path or not number.strip().isdigit() or int(number) < 1:
        _die(f"expected FILE:LINE with a line number from 1, e.g. story.txt:12 (got '{where}')")
    return Path(path), int(number)


def explain_command(
    where: Annotated[str, typer.Argument(metavar="FILE:LINE", help="The article and the line "
                                         "whose sentences to explain, e.g. story.txt:12.")],
    rules: Annotated[list[Path] | None, typer.Option(
        "--rules", "-r", help="Fact sheet file or directory (repeatable). Default: the "
        "'rules' setting in pyproject.toml, else ./rules.")] = None,
    date: Annotated[datetime | None, typer.Option(
        "--date", formats=["%Y-%m-%d"], help="Publication date of the article.")] = None,
    fmt: Annotated[ExplainFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ExplainFormat.TEXT),
    config: Annotated[Path | None, typer.Option(
        "--config", help="A TOML file with factlint settings.")] = None,
) -> None:
    """Show how one line was read: facts mentioned, values found, where each attached and why.

    For each sentence on the line: the facts it mentions with the names and triggers that matched, every value the extractors read, the triggers each could attach to (distance, reach, rivals), the verdict per fact and, when a fact was not judged, why. Exit code 2: bad FILE:LINE, a line past the end, an unreadable file or invalid fact sheets.
    """  # noqa: E501 - one line, or the help screen breaks it in the middle
    from checker.config import load_settings, rule_paths
    from checker.engine.document import Engine
    from checker.engine.explain import explain, line_count, line_span
    from checker.errors import UserError
    from checker.sheet.load import load_sheets
    from checker.sources.documents import UnreadableArticle, read_document

    path, line = _location(where)
    try:
        sheet_paths = rules or rule_paths(load_settings(config))
        sheets = load_sheets(sheet_paths) if sheet_paths else []
    except UserError as err:
        for problem in err.problems:
            typer.echo(f"factlint: {problem}" if isinstance(problem, str) else str(problem),
                       err=True)
        raise typer.Exit(2) from None
    try:
        doc = read_document(path, date.date() if date else None)
    except UnreadableArticle as err:
        _die(str(err))
        return
    if line_span(doc.text, line) is None:
        _die(f"{path}: line {line} is past the end ({line_count(doc.text)} lines)")
    explanation = explain(Engine(sheets), doc, line)
    if fmt is ExplainFormat.JSON:
        typer.echo(json.dumps(_as_json(explanation), indent=2, ensure_ascii=False))
    else:
        typer.echo(render(explanation))


def _as_json(explanation: Explanation) -> dict[str, object]:
    return {
        "path": explanation.path,
        "line": explanation.line,
        "dateline": explanation.dateline,
        "sentences": [asdict(s) for s in explanation.sentences],
    }


def render(explanation: Explanation) -> str:
    """The explanation as indented text."""
    out = [f"{explanation.path}:{explanation.line}  dateline {explanation.dateline}"]
    if not explanation.sentences:
        out.append("no sentence on this line")
    for sentence in explanation.sentences:
        out.extend(_sentence(sentence))
    return "\n".join(out)


def _sentence(sentence: SentenceTrace) -> list[str]:
    out = ["", f"sentence at {sentence.line}:{sentence.column}: {sentence.text}"]
    if not sentence.facts:
        out.append("  no fact mentioned (no fact's trigger and entities together)")
    else:
        out.append("  facts:")
    for fact in sentence.facts:
        state = "mentioned" if fact.mentioned else "not a mention"
        out.append(f"    {fact.rule} ({fact.name}): {state}")
        if fact.entities:
            out.append(f"      names: {', '.join(fact.entities)}")
        if fact.triggers:
            out.append(f"      triggers: {', '.join(repr(t) for t in fact.triggers)}")
        out.extend(f"      verdict: {v}" for v in fact.verdicts)
    if sentence.values:
        out.append("  values:")
    for value in sentence.values:
        out.extend(_value(value))
    if sentence.findings:
        out.append("  findings (check --verbose):")
        out.extend(f"    {f}" for f in sentence.findings)
    return out


def _value(value: ValueTrace) -> list[str]:
    out = [f"    {value.family[:-1]} '{value.words}' at {value.where}, read as {value.reads}"]
    if value.attached:
        rivals = f" (also near: {', '.join(value.rivals)})" if value.rivals else ""
        out.append(f"      attached to {value.attached}{rivals}: {value.why}")
    else:
        out.append(f"      attached to no fact: {value.why}")
    for c in value.candidates:
        notes = [] if c.mentioned else ["not mentioned here"]
        if not c.accepts:
            notes.append("does not accept it")
        if not c.in_reach:
            notes.append(f"out of reach {c.reach:g}")
        extra = f" ({'; '.join(notes)})" if notes else ""
        out.append(f"      {c.distance:>5g}  '{c.trigger}' {c.rule}{extra}")
    return out
