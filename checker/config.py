"""Settings: defaults < [tool.factlint] in the nearest pyproject.toml < --config file < flags."""

from __future__ import annotations

import contextlib
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pathspec import GitIgnoreSpec

from checker.errors import UserError
from checker.findings import Severity
from checker.report import Format
from checker.sources.limits import (
    DEFAULT_MAX_ARTICLE_SIZE,
    DEFAULT_TIME_BUDGET,
    MAX_SETTINGS_SIZE,
    Refused,
    parse_size,
    read_regular,
)


@dataclass(frozen=True, slots=True)
class StoryPattern:
    """A `[tool.factlint.stories]` entry: paths matching `pattern` belong to `stories`."""

    pattern: str
    stories: tuple[str, ...]
    base: Path  # the folder the pattern is relative to
    spec: GitIgnoreSpec = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spec", GitIgnoreSpec.from_lines([self.pattern]))

    def matches(self, path: str) -> bool:
        try:
            relative = Path(path).resolve().relative_to(self.base.resolve()).as_posix()
        except (ValueError, OSError):
            relative = Path(path).as_posix()
        return self.spec.match_file(relative)



def story_patterns(table: Mapping[str, object], base: Path) -> list[StoryPattern]:
    """`[tool.factlint.stories]`: glob = story or [stories]."""
    patterns = []
    for glob, value in table.items():
        stories = [value] if isinstance(value, str) else value
        if not isinstance(stories, list) or not all(isinstance(s, str) for s in stories):
            raise UserError(f"[tool.factlint.stories] '{glob}': give a story id or a list of them")
        patterns.append(StoryPattern(glob, tuple(stories), base))
    return patterns


_KEYS = {"rules", "fail-on", "format", "jobs", "exclude", "ignore", "stories", "builtin-only",
         "max-article-size", "time-budget"}


@dataclass(frozen=True, slots=True)
class Settings:
    rules: list[Path] | None = None  # None: ./rules when it exists, else no sheet at all
    fail_on: Severity = Severity.ERROR
    format: Format = Format.AUTO
    jobs: int = 1
    max_article_size: int = DEFAULT_MAX_ARTICLE_SIZE
    time_budget: float = DEFAULT_TIME_BUDGET
    exclude: tuple[str, ...] = ()  # gitignore-style patterns, relative to `root`
    ignore: tuple[str, ...] = ()  # rule ids or globs switched off
    stories: tuple[StoryPattern, ...] = ()
    builtin_only: bool = False
    root: Path | None = None  # the folder of the settings file
    project: Path | None = None  # the folder of the nearest pyproject.toml


def _strings(value: Any, key: str) -> tuple[str, ...]:
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{key}' takes a list of strings")
    return tuple(value)


def _apply(settings: Settings, table: dict[str, Any], origin: Path) -> Settings:
    unknown = set(table) - _KEYS
    if unknown:
        raise UserError(f"{origin}: unknown factlint setting(s) {', '.join(sorted(unknown))}; "
                        f"known: {', '.join(sorted(_KEYS))}")
    try:
        if "rules" in table:
            rules = table["rules"]
            rules = [rules] if isinstance(rules, str) else rules
            settings = replace(settings, rules=[origin.parent / str(r) for r in rules])
        if "fail-on" in table:
            settings = replace(settings, fail_on=Severity(table["fail-on"]))
        if "format" in table:
            settings = replace(settings, format=Format(table["format"]))
        if "jobs" in table:
            settings = replace(settings, jobs=_whole(table["jobs"], "jobs", 1))
        if "max-article-size" in table:
            settings = replace(settings, max_article_size=parse_size(table["max-article-size"]))
        if "time-budget" in table:
            settings = replace(settings, time_budget=_seconds(table["time-budget"]))
        if "exclude" in table:
            settings = replace(settings, exclude=_strings(table["exclude"], "exclude"))
        if "ignore" in table:
            settings = replace(settings, ignore=_strings(table["ignore"], "ignore"))
        if "builtin-only" in table:
            if not isinstance(table["builtin-only"], bool):
                raise ValueError("'builtin-only' takes true or false")
            settings = replace(settings, builtin_only=table["builtin-only"])
        if "stories" in table:
            if not isinstance(table["stories"], dict):
                raise ValueError("'stories' is a table of path pattern = story")
            stories = story_patterns(table["stories"], origin.parent)
            settings = replace(settings, stories=tuple(stories))
        if table:
            settings = replace(settings, root=origin.parent)
    except (ValueError, TypeError) as err:
        raise UserError(f"{origin}: invalid factlint setting: {err}") from None
    return settings


def _whole(value: Any, key: str, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ValueError(f"{key} must be a whole number of at least {least}, not {value!r}")
    return value


def _seconds(value: Any) -> float:
    """A time budget in seconds; 0 means none."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e6:
        raise ValueError(f"time-budget must be a number of seconds (0: none), not {value!r}")
    return float(value)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(read_regular(path, MAX_SETTINGS_SIZE).decode("utf-8"))
    except Refused as err:
        raise UserError(f"{path}: cannot read settings: {err}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise UserError(f"{path}: cannot read settings: {err}") from None


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def project_start(paths: Sequence[str]) -> Path | None:
    """Where to look for settings, as Black does: the deepest folder holding every path
    given (None: the working folder, for stdin or globs alone)."""
    folders = []
    for argument in paths:
        path = Path(argument)
        with contextlib.suppress(OSError):  # a name too long: reported when it is read
            if argument != "-" and path.exists():
                folders.append((path if path.is_dir() else path.parent).resolve())
    if not folders:
        return None
    common = folders[0]
    for folder in folders[1:]:
        while common not in (folder, *folder.parents):
            common = common.parent
    return common


def rule_paths(settings: Settings) -> list[Path]:
    """The sheets to load: as configured, else the `rules` folder of the project (beside
    its pyproject.toml) or of the working folder, else none."""
    if settings.rules is not None:
        return settings.rules
    for default in (settings.project / "rules" if settings.project else None, Path("rules")):
        if default is not None and default.is_dir():
            return [default]
    return []


def load_settings(config: Path | None = None, cwd: Path | None = None) -> Settings:
    """Settings from the nearest pyproject.toml, then from an explicit --config file."""
    settings = Settings()
    pyproject = find_pyproject((cwd or Path.cwd()).resolve())
    if pyproject is not None:
        settings = replace(settings, project=pyproject.parent)
        tool = _read(pyproject).get("tool")
        table = tool.get("factlint") if isinstance(tool, dict) else None
        if isinstance(table, dict):
            settings = _apply(settings, table, pyproject)
    if config is not None:
        data = _read(config)
        tool = data.get("tool")
        table = tool.get("factlint", data) if isinstance(tool, dict) else data
        if not isinstance(table, dict):
            raise UserError(f"{config}: [tool.factlint] must be a table of settings")
        settings = _apply(settings, table, config)
    return settings
