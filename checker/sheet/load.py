"""Read fact sheets, and turn every mistake in them into `path:line:col: message`."""

from __future__ import annotations

import hashlib
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from checker.errors import Problem, UserError
from checker.gcpause import paused
from checker.kinds.title import TitleFact, unreadable
from checker.sheet import cache, sense
from checker.sheet.models import Sheet, fact_kind
from checker.sheet.yamlpos import Located, YamlProblem, load_located
from checker.sources.limits import MAX_SHEET_SIZE, Refused, read_regular
from checker.sources.walk import files_under


@dataclass(frozen=True, slots=True)
class LoadedSheet:
    """A valid sheet and where it came from; `stem` prefixes its rule ids."""

    path: Path
    stem: str
    sheet: Sheet
    digest: str = ""  # the SHA-256 of the file's bytes, when read from one


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types an annotation may hold (Annotated, Optional and unions opened)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _child(node: Any, part: str | int) -> Any:
    """node[part] when the data has it, else None."""
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def _fact_models() -> dict[str, type[BaseModel]]:
    from checker.kinds import KINDS

    return {name: kind.model for name, kind in KINDS.items()}


def _model_at(data: Any, path: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The sheet model that describes the mapping at `path` in the data."""
    current: list[Any] = [Sheet]
    node = data
    for part in path:
        following: list[Any] = []
        for candidate in current:
            origin = typing.get_origin(candidate)
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                field = candidate.model_fields.get(str(part))
                if field is None:
                    field = next(
                        (f for f in candidate.model_fields.values() if f.alias == part), None
                    )
                if field is not None:
                    following.extend(_unwrap(field.annotation))
            elif origin is list and isinstance(part, int):
                following.extend(_unwrap(typing.get_args(candidate)[0]))
            elif origin is dict and isinstance(part, str):
                following.extend(_unwrap(typing.get_args(candidate)[1]))
        node = _child(node, part)
        models = _fact_models()
        if any(t in models.values() for t in following) and isinstance(node, dict):
            kind = fact_kind(node)
            following = [models[kind]] if kind else []
        current = following
    return next((c for c in current if isinstance(c, type) and issubclass(c, BaseModel)), None)


def _data_path(data: Any, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Drop the parts of a pydantic error location that are not in the data: the kind tag
    after facts[i] (it may also be a key: 'date' is a tag and a field), unknown keys."""
    from checker.kinds import KINDS

    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        tag_slot = index == 2 and loc[0] == "facts" and isinstance(loc[1], int)
        if tag_slot and part in KINDS:
            continue
        child = _child(node, part)
        if child is None:
            continue
        node = child
        path.append(part)
    return tuple(path)


def _closest(word: str, choices: list[str]) -> str | None:
    """The choice a mistyped word most likely meant, if any is close enough."""
    from rapidfuzz import fuzz, process

    match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=70)
    return None if match is None else match[0]


def _kind_hint(fact: Any) -> str:
    """"; did you mean 'rank'?" for a fact whose only unknown key is close to a kind."""
    from checker.kinds import KINDS
    from checker.sheet.base import FactBase

    if not isinstance(fact, dict):
        return ""
    known = {f.alias or name for name, f in FactBase.model_fields.items()}
    for key in fact:
        match = None if key in known or key in KINDS else _closest(str(key), list(KINDS))
        if match:
            return f"; did you mean '{match}' for '{key}'?"
    return ""


def _describe(
    error: Any, data: Any, path: tuple[str | int, ...]
) -> tuple[tuple[str | int, ...], str]:
    """A message for one pydantic error, and the path it is best located at."""
    loc = tuple(error["loc"])
    where = ".".join(str(p) for p in path) or "top level"
    kind = error["type"]
    if kind == "extra_forbidden":
        key = loc[-1]
        model = _model_at(data, path[:-1])
        allowed = sorted(
            (f.alias or name) for name, f in (model.model_fields.items() if model else [])
        )
        hint = ""
        if allowed:
            match = _closest(str(key), allowed)
            hint = f"; did you mean '{match}'?" if match else f"; allowed: {', '.join(allowed)}"
        return (
            path,
            f"unknown key '{key}' in {'.'.join(str(p) for p in path[:-1]) or 'sheet'}{hint}",
        )
    if kind == "missing":
        return path, f"missing key '{loc[-1]}' in {where}"
    if kind == "fact_kind":
        return path, f"{where}: {error['msg']}{_kind_hint(error.get('input'))}"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(str(error.get("ctx", {}).get("pattern")), "")
        if hint:
            return path, f"{where}: {error['input']!r} is not {hint}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return path, f"{where}: {message}"


_AT_KEY = ("unknown key", "missing key")
_PATTERN_HINTS = {
    r"^[a-z0-9]+(-[a-z0-9]+)*$": "kebab-case: lowercase words joined by '-', e.g. 'eu-summit'",
    r"^[A-Z]{3}$": "an ISO 4217 currency code such as EUR, USD or GBP",
}


def _validation_problems(path: Path, located: Located, err: ValidationError) -> list[Problem]:
    described = []
    for error in err.errors():
        data_path = _data_path(located.data, tuple(error["loc"]))
        described.append(_describe(error, located.data, data_path))
    # "missing key 'when'" says nothing more than "unknown key 'wen'; did you mean 'when'?"
    hinted = {m.rsplit("'", 2)[-2] for _, m in described if "did you mean" in m}
    return [
        Problem(
            str(path), *located.position(data_path, at_key=message.startswith(_AT_KEY)), message
        )
        for data_path, message in described
        if not (message.startswith("missing key") and message.split("'")[1] in hinted)
    ]


def _unknown_entity(
    path: Path, located: Located, where: tuple[str | int, ...], entity: str, sheet: Sheet
) -> Problem:
    line, col = located.position(where)
    hint = _closest(entity, list(sheet.entities))
    tip = f"; did you mean '{hint}'?" if hint else "; add it under 'entities'"
    return Problem(str(path), line, col, f"unknown entity '{entity}'{tip}")


def _raw(data: Any, where: tuple[str | int, ...]) -> Any:
    """The YAML value at `where`, as written (None when absent)."""
    for part in where:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _title_problems(path: Path, located: Located, sheet: Sheet) -> Iterable[Problem]:
    """Titles that cannot be read with the sheet's vocabulary."""
    places: list[tuple[tuple[str | int, ...], list[str]]] = []
    for key, entity in sheet.entities.items():
        places += [(("entities", key, "title"), entity.title),
                   (("entities", key, "former"), entity.former)]
    for index, fact in enumerate(sheet.facts):
        if isinstance(fact, TitleFact):
            places += [(("facts", index, "title", "is"), fact.title.is_),
                       (("facts", index, "title", "former"), fact.title.former)]
    if not any(titles for _, titles in places):
        return
    vocab = sheet.vocabulary()
    for where, titles in places:
        for i, title in enumerate(titles):
            reason = unreadable(title, vocab)
            if reason is not None:
                raw = _raw(located.data, where)
                line, col = located.position(where if isinstance(raw, str) else (*where, i))
                yield Problem(str(path), line, col, f"{'.'.join(map(str, where))}: {reason}")


def _reference_problems(path: Path, located: Located, sheet: Sheet) -> Iterable[Problem]:
    """Duplicate fact ids, unknown entities and unknown sources."""
    yield from _title_problems(path, located, sheet)
    for key, entity in sheet.entities.items():
        if entity.part_of is not None and entity.part_of not in sheet.entities:
            at = ("entities", key, "part_of")
            yield _unknown_entity(path, located, at, entity.part_of, sheet)
    seen: dict[str, int] = {}
    for index, fact in enumerate(sheet.facts):
        if fact.id in seen:
            line, col = located.position(("facts", index, "id"))
            yield Problem(
                str(path),
                line,
                col,
                f"duplicate fact id '{fact.id}' (first at facts[{seen[fact.id]}]); "
                "give each fact its own id",
            )
        seen.setdefault(fact.id, index)
        for where, ref in fact.entity_refs():
            if ref not in sheet.entities:
                yield _unknown_entity(path, located, ("facts", index, *where), ref, sheet)
        for i, source in enumerate(fact.cite):
            if source not in sheet.sources:
                line, col = located.position(("facts", index, "cite", i))
                yield Problem(
                    str(path), line, col, f"unknown source '{source}'; add it under 'sources'"
                )


def load_sheet(path: Path) -> LoadedSheet:
    """Read and validate one sheet; raise UserError listing all its problems."""
    try:
        data = read_regular(path, MAX_SHEET_SIZE)
        digest = hashlib.sha256(data).hexdigest()
        cached = cache.read(data)
        if cached is not None:
            return LoadedSheet(path, path.stem, cached, digest)
        text = data.decode("utf-8")
    except (Refused, UnicodeDecodeError) as err:
        raise UserError.at(path, 1, 1, f"cannot read fact sheet: {err}") from None
    try:
        located = load_located(text)
    except YamlProblem as err:
        raise UserError.at(path, err.line, err.column, err.message) from None
    if not isinstance(located.data, dict):
        raise UserError.at(
            path, 1, 1, "a fact sheet is a mapping with 'story', 'title', 'entities' and 'facts'"
        )
    senseless = [Problem(str(path), *located.position(at), message)
                 for at, message in sense.problems(located)]
    try:
        sheet = Sheet.model_validate(located.data)
    except ValidationError as err:
        raise UserError([*_validation_problems(path, located, err), *senseless]) from None
    problems = [*_reference_problems(path, located, sheet), *senseless]
    if problems:
        raise UserError(list(problems))
    cache.write(data, sheet)
    return LoadedSheet(path, path.stem, sheet, digest)


def sheet_paths(paths: Iterable[Path]) -> list[Path]:
    """Sheet files named directly or found in the named directories."""
    found: list[Path] = []
    for path in paths:
        try:
            if path.is_dir():
                sheets, unreadable = files_under(path, (".yaml", ".yml"))
                if unreadable:
                    raise UserError(list[Problem | str](unreadable))
                found.extend(sheets)
            elif path.exists() or path.is_symlink():
                found.append(path)
            else:
                raise UserError(f"{path}: no such fact sheet or directory")
        except OSError as err:
            raise UserError(f"{path}: {err.strerror or err}") from None
    if not found:
        raise UserError("no fact sheets found in " + ", ".join(str(p) for p in paths))
    return found


def load_sheets(paths: Iterable[Path]) -> list[LoadedSheet]:
    """Load every sheet; report the problems of all of them at once."""
    with paused():
        return _load_all(sheet_paths(paths))


def _load_all(paths: list[Path]) -> list[LoadedSheet]:
    sheets: list[LoadedSheet] = []
    problems: list[Problem | str] = []
    stems: dict[str, Path] = {}
    for path in paths:
        try:
            loaded = load_sheet(path)
        except UserError as err:
            problems.extend(err.problems)
            continue
        if loaded.stem in stems:
            problems.append(
                Problem(
                    str(path),
                    1,
                    1,
                    f"sheet name '{loaded.stem}' is also used "
                    f"by {stems[loaded.stem]}; rename one file",
                )
            )
        stems[loaded.stem] = path
        sheets.append(loaded)
    if problems:
        raise UserError(problems)
    return sheets
