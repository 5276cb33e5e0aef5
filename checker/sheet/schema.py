"""The JSON Schema of a fact sheet, for editors that validate and complete YAML."""

from __future__ import annotations

import json

from checker.sheet.models import Sheet


def schema_json() -> str:
    schema = Sheet.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "factlint fact sheet"
    return json.dumps(schema, indent=2)
