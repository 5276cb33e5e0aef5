"""Packaging: one version, a license that matches, hook and action files that parse."""

from __future__ import annotations

import tomllib

import yaml

import checker

from .conftest import ROOT


def test_version_and_license_in_one_place() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" in project["dynamic"] and "version" not in project
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert f"## {checker.__version__}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert (ROOT / "checker" / "py.typed").exists()


def test_pre_commit_hook_and_action() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factlint" and hook["entry"] == "factlint check"
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert any("upload-sarif" in str(step.get("uses", "")) for step in action["runs"]["steps"])


def test_api_is_typed_and_lazy() -> None:
    assert {"check", "load_sheets", "Result", "CheckOptions"} <= set(checker.__all__)
    assert callable(checker.check) and callable(checker.load_sheets)
