"""`factlint lsp`: a language server over stdio. Articles (.md, .txt, .html) get their
findings as diagnostics on open and on change (debounced); fact sheets are reloaded when
saved, and their problems shown in the sheet itself."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from checker import __version__
from checker.config import Settings, load_settings, rule_paths
from checker.errors import Problem, UserError
from checker.findings import Finding
from checker.lsp.diagnostics import (
    diagnostic,
    fact_location,
    finding_range,
    hover_text,
    problem_diagnostic,
    suppression_edit,
)
from checker.sheet.load import LoadedSheet, load_sheets
from checker.sources.documents import make_document
from checker.stories import StoryChecker, check_patterns

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
DEBOUNCE_SECONDS = 0.3
OPEN_FACT = "factlint.openFact"


def uri_path(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


@dataclass
class Workspace:
    """The sheets and settings of one workspace folder, and the findings per document."""

    root: Path
    sheets: list[LoadedSheet] = field(default_factory=list)
    engine: StoryChecker | None = None
    sheet_files: set[Path] = field(default_factory=set)
    problems: dict[Path, list[Problem]] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=dict)

    def load(self) -> None:
        """(Re)load settings and sheets; sheet problems are kept per file."""
        self.problems = {}
        settings = Settings()
        try:
            settings = load_settings(cwd=self.root)
            paths = rule_paths_at(settings, self.root)
            self.sheet_files = {p.resolve() for p in _yaml_files(paths)}
            self.sheets = load_sheets(paths) if paths else []
            check_patterns(self.sheets, settings.stories)
        except UserError as err:
            self.sheets, settings = [], Settings()
            for problem in err.problems:
                if isinstance(problem, Problem):
                    self.problems.setdefault(Path(problem.path).resolve(), []).append(problem)
        # each article against its own story's sheets, less what its comments silence
        self.engine = StoryChecker(self.sheets, settings.stories, ignore=settings.ignore)

    def check(self, uri: str, text: str) -> list[Finding]:
        assert self.engine is not None
        path = uri_path(uri)
        report = self.engine.check(make_document(str(path), text))
        self.findings[uri] = report.findings
        return report.findings


def rule_paths_at(settings: Settings, root: Path) -> list[Path]:
    """The configured sheets, else `rules/` under the workspace root when it exists."""
    if settings.rules is not None:
        return rule_paths(settings)
    default = root / "rules"
    return [default] if default.is_dir() else []


def _yaml_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted([*path.rglob("*.yaml"), *path.rglob("*.yml")]))
        elif path.exists():
            files.append(path)
    return files


class FactlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("factlint", __version__)
        self.workspace_state: Workspace | None = None
        self.pending: dict[str, asyncio.Task[None]] = {}

    @property
    def state(self) -> Workspace:
        if self.workspace_state is None:
            self.workspace_state = Workspace(Path.cwd())
            self.workspace_state.load()
        return self.workspace_state

    def publish(self, uri: str, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
        )

    def check_now(self, uri: str) -> None:
        document = self.workspace.get_text_document(uri)
        state = self.state
        findings = state.check(uri, document.source)
        locations = {f.rule: fact_location(f.rule, state.sheets) for f in findings}
        self.publish(uri, [diagnostic(f, locations[f.rule]) for f in findings])

    def schedule(self, uri: str) -> None:
        """Check the document once it has been quiet for DEBOUNCE_SECONDS."""
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()

        async def later() -> None:
            await asyncio.sleep(DEBOUNCE_SECONDS)
            self.pending.pop(uri, None)
            self.check_now(uri)

        self.pending[uri] = asyncio.ensure_future(later())

    def reload_sheets(self) -> None:
        """Reload the sheets, show their problems in the sheet files, re-check articles."""
        state = self.state
        before = set(state.problems)
        state.load()
        for path in before | set(state.problems) | state.sheet_files:
            problems = state.problems.get(path, [])
            self.publish(path.as_uri(), [problem_diagnostic(p) for p in problems])
        for uri in list(state.findings):
            if uri in self.workspace.text_documents:
                self.check_now(uri)


server = FactlintServer()


def _is_article(uri: str) -> bool:
    return uri_path(uri).suffix.lower() in ARTICLE_SUFFIXES


def _is_sheet(uri: str) -> bool:
    return uri_path(uri).suffix.lower() in (".yaml", ".yml")


@server.feature(types.INITIALIZED)
def initialized(ls: FactlintServer, params: types.InitializedParams) -> None:
    folders = ls.workspace.folders
    root = ls.workspace.root_path
    if folders:
        root = uri_path(next(iter(folders.values())).uri).as_posix()
    ls.workspace_state = Workspace(Path(root) if root else Path.cwd())
    ls.reload_sheets()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: FactlintServer, params: types.DidOpenTextDocumentParams) -> None:
    if _is_article(params.text_document.uri):
        ls.check_now(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: FactlintServer, params: types.DidChangeTextDocumentParams) -> None:
    if _is_article(params.text_document.uri):
        ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: FactlintServer, params: types.DidSaveTextDocumentParams) -> None:
    if _is_sheet(params.text_document.uri):
        ls.reload_sheets()


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_files(ls: FactlintServer, params: types.DidChangeWatchedFilesParams) -> None:
    if any(_is_sheet(change.uri) for change in params.changes):
        ls.reload_sheets()


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: FactlintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.state.findings.pop(uri, None)
    if _is_article(uri):
        ls.publish(uri, [])


def _at(findings: list[Finding], position: types.Position) -> list[Finding]:
    def covers(f: Finding) -> bool:
        r = finding_range(f)
        start, end = (r.start.line, r.start.character), (r.end.line, r.end.character)
        return start <= (position.line, position.character) <= end

    return [f for f in findings if covers(f)]


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: FactlintServer, params: types.HoverParams) -> types.Hover | None:
    found = _at(ls.state.findings.get(params.text_document.uri, []), params.position)
    if not found:
        return None
    return types.Hover(
        contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(map(hover_text, found))
        ),
        range=finding_range(found[0]),
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def code_actions(ls: FactlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    findings = ls.state.findings.get(uri, [])
    wanted = {d.code for d in params.context.diagnostics if d.source == "factlint"}
    actions: list[types.CodeAction] = []
    for f in findings:
        r = finding_range(f)
        if f.rule not in wanted and not (r.start.line <= params.range.start.line <= r.end.line):
            continue
        edit = suppression_edit(uri, f.line, f.rule)
        actions.append(
            types.CodeAction(
                title=f"Silence {f.rule} on this line",
                kind=types.CodeActionKind.QuickFix,
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
            )
        )
        location = fact_location(f.rule, ls.state.sheets)
        if location is not None:
            actions.append(
                types.CodeAction(
                    title=f"Open {f.rule} in its fact sheet",
                    kind=types.CodeActionKind.Empty,
                    command=types.Command(
                        title="Open the fact", command=OPEN_FACT,
                        arguments=[location.uri, location.range.start.line],
                    ),
                )
            )
    return actions


@server.command(OPEN_FACT)
async def open_fact(ls: FactlintServer, uri: str, line: int) -> None:
    at = types.Position(line=line, character=0)
    await ls.window_show_document_async(
        types.ShowDocumentParams(uri=uri, take_focus=True, selection=types.Range(start=at, end=at))
    )


def serve() -> None:
    """Run the server on standard input and output."""
    server.start_io()
