"""Settings: defaults < [tool.factlint] in the nearest pyproject.toml < --config file < flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from checker.errors import UserError
from checker.findings import Severity
from checker.report import Format

_KEYS = {"rules", "fail-on", "format", "jobs"}


@dataclass(frozen=True, slots=True)
class Settings:
    rules: list[Path] | None = None  # None: ./rules when it exists, else no sheet at all
    fail_on: Severity = Severity.ERROR
    format: Format = Format.TABLE
    jobs: int = 1


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
            settings = replace(settings, jobs=int(table["jobs"]))
    except (ValueError, TypeError) as err:
        raise UserError(f"{origin}: invalid factlint setting: {err}") from None
    return settings


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise UserError(f"{path}: cannot read settings: {err}") from None


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def rule_paths(settings: Settings) -> list[Path]:
    """The sheets to load: as configured, else ./rules if there is one, else none (the
    checks that need no sheet still run)."""
    if settings.rules is not None:
        return settings.rules
    default = Path("rules")
    return [default] if default.is_dir() else []


def load_settings(config: Path | None = None, cwd: Path | None = None) -> Settings:
    """Settings from the nearest pyproject.toml, then from an explicit --config file."""
    settings = Settings()
    pyproject = find_pyproject((cwd or Path.cwd()).resolve())
    if pyproject is not None:
        table = _read(pyproject).get("tool", {}).get("factlint")
        if isinstance(table, dict):
            settings = _apply(settings, table, pyproject)
    if config is not None:
        data = _read(config)
        table = data.get("tool", {}).get("factlint", data)
        settings = _apply(settings, table, config)
    return settings
