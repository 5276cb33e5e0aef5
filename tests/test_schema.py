"""The exported JSON Schema accepts what the loader accepts, and rejects unknown keys."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from checker.sheet.schema import schema_json

from .conftest import ROOT, RULES, load_yaml

SCHEMA = json.loads(schema_json())
# Built once: jsonschema.validate() checks the schema itself on every call, which costs
# ten times the validation of a sheet (test_the_schema_is_valid checks it once).
VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)


def _plain(node: Any) -> Any:
    """YAML data as JSON would hold it (dates as ISO strings)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node.isoformat() if isinstance(node, date) else node


SHEETS = [
    *sorted(RULES.glob("*.yaml")),
    *sorted((ROOT / "tests" / "data" / "corpus_sheets").glob("*.yaml")),
]
CASE_SHEETS = sorted((ROOT / "tests" / "data" / "kinds").glob("*.yaml"))


@pytest.mark.parametrize("path", SHEETS + CASE_SHEETS, ids=lambda p: p.name)
def test_valid_sheets_pass_the_schema(path: Path) -> None:
    data = load_yaml(path)
    sheet = data["sheet"] if "cases" in data else data
    VALIDATOR.validate(_plain(sheet))


def test_the_schema_is_valid() -> None:
    type(VALIDATOR).check_schema(SCHEMA)


def test_unknown_key_fails_the_schema() -> None:
    data = _plain(yaml.safe_load(SHEETS[0].read_text(encoding="utf-8")))
    data["facts"][0]["wen"] = {"trigger": ["call"]}
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)
