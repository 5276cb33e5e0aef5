"""`factlint lsp` driven by a real LSP client (pygls's) over stdio: open an article, get its
diagnostics, edit it, get the new ones; hover, code actions, and a broken sheet shown in
the sheet itself. The session is written to lsp-session.log in the test's folder."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient

SHEET = """\
story: demo
title: Demo story
sources:
  wire: {outlet: Demo Wire, date: 2025-10-21}
entities:
  rubio: {name: Marco Rubio}
  lavrov: {name: Sergei Lavrov}
facts:
  - id: rubio-lavrov-call
    label: Rubio–Lavrov call
    date: 2025-10-20
    when: {mentions: [rubio, lavrov], trigger: [call]}
    cite: [wire]
"""
WRONG = "date 2025-10-21\n\nMarco Rubio and Sergei Lavrov held a call on October 19.\n"
RIGHT = "date 2025-10-21\n\nMarco Rubio and Sergei Lavrov held a call on October 20.\n"


class Session:
    """A client with the diagnostics it was sent, and a log of the exchange."""

    def __init__(self, log: list[str]) -> None:
        self.client = LanguageClient("factlint-test", "1")
        self.diagnostics: dict[str, list[types.Diagnostic]] = {}
        self.arrived: asyncio.Queue[str] = asyncio.Queue()
        self.log = log

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: types.PublishDiagnosticsParams) -> None:
            self.diagnostics[params.uri] = params.diagnostics
            shown = [(d.code, d.range.start.line, d.range.start.character, d.message)
                     for d in params.diagnostics]
            self.log.append(f"<- publishDiagnostics {Path(params.uri).name}: {json.dumps(shown)}")
            self.arrived.put_nowait(params.uri)

    async def next_for(self, uri: str) -> list[types.Diagnostic]:
        while True:
            got = await asyncio.wait_for(self.arrived.get(), timeout=20)
            if got == uri:
                return self.diagnostics[uri]


async def _run(workspace: Path, log: list[str]) -> dict[str, Any]:
    session = Session(log)
    client = session.client
    await client.start_io(sys.executable, "-m", "checker", "lsp", cwd=str(workspace))
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=workspace.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")],
        )
    )
    client.initialized(types.InitializedParams())
    log.append("-> initialize, initialized")
    article = (workspace / "story.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=article, language_id="markdown", version=1, text=WRONG
            )
        )
    )
    log.append("-> didOpen story.md (the call dated October 19)")
    results: dict[str, Any] = {"opened": await session.next_for(article)}

    position = results["opened"][0].range.start
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=article),
                          position=position)
    )
    log.append(f"-> hover at {position.line}:{position.character}")
    results["hover"] = hover
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=article),
            range=results["opened"][0].range,
            context=types.CodeActionContext(diagnostics=results["opened"]),
        )
    )
    log.append(f"-> codeAction: {[a.title for a in actions or []]}")
    results["actions"] = actions

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=article, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=RIGHT)],
        )
    )
    log.append("-> didChange story.md (October 20)")
    results["changed"] = await session.next_for(article)

    sheet = workspace / "rules" / "demo.yaml"
    sheet.write_text(SHEET.replace("date: 2025-10-20", "dat: 2025-10-20"), encoding="utf-8")
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=sheet.as_uri()))
    )
    log.append("-> didSave rules/demo.yaml (a misspelt key)")
    results["sheet"] = await session.next_for(sheet.as_uri())

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    log.append("-> shutdown, exit")
    return results


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    workspace = tmp_path_factory.mktemp("workspace")
    (workspace / "rules").mkdir()
    (workspace / "rules" / "demo.yaml").write_text(SHEET, encoding="utf-8")
    (workspace / "pyproject.toml").write_text('[tool.factlint]\nrules = ["rules"]\n')
    log: list[str] = []
    results = asyncio.run(_run(workspace, log))
    (workspace / "lsp-session.log").write_text("\n".join(log) + "\n", encoding="utf-8")
    return results


def test_open_gives_the_finding_with_its_range_rule_and_source(session: dict[str, Any]) -> None:
    [diagnostic] = session["opened"]
    assert diagnostic.code == "demo.rubio-lavrov-call"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.range.start.line == 2
    line = WRONG.splitlines()[2]
    start, end = diagnostic.range.start.character, diagnostic.range.end.character
    assert "October 19" in line[start:end]
    [related] = diagnostic.related_information or []
    assert related.location.uri.endswith("/rules/demo.yaml")
    assert related.location.range.start.line == 8  # "- id: rubio-lavrov-call", 0-based
    assert "Demo Wire" in related.message


def test_edit_updates_the_diagnostics(session: dict[str, Any]) -> None:
    assert list(session["changed"]) == []


def test_hover_shows_fact_value_and_source(session: dict[str, Any]) -> None:
    value = session["hover"].contents.value
    assert "2025-10-20" in value and "Demo Wire" in value


def test_code_actions_silence_and_open_the_fact(session: dict[str, Any]) -> None:
    titles = [a.title for a in session["actions"]]
    assert titles == [
        "Silence demo.rubio-lavrov-call on this line",
        "Open demo.rubio-lavrov-call in its fact sheet",
    ]
    [edits] = session["actions"][0].edit.changes.values()
    assert edits[0].new_text == "<!-- factlint-disable-next-line demo.rubio-lavrov-call -->\n"
    assert edits[0].range.start.line == 2
    # pygls's client reads a code action that carries a command as a Command; the server
    # sent the action with the command inside
    opened = str(session["actions"][1])
    assert "factlint.openFact" in opened and "demo.yaml', 8]" in opened


def test_broken_sheet_is_shown_in_the_sheet(session: dict[str, Any]) -> None:
    [problem] = session["sheet"]
    assert "exactly one value key" in problem.message
    assert problem.range.start.line == 8  # the fact that lost its date
