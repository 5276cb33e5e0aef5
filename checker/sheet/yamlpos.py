"""YAML loading that remembers where every key and value was written.

PyYAML's composer gives each node its start mark; we build plain Python data from the
node tree ourselves and keep a map from the data path to (line, column), so a validation
error on ``facts[3].date`` can point at the exact spot in the file. Duplicate keys,
which PyYAML would silently overwrite, are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Located:
    """Parsed YAML data plus the 1-based (line, column) of each key and value by path."""

    data: Any
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: Path_, at_key: bool = False) -> tuple[int, int]:
        """Where a path was written: its value (or its key, `at_key`), else the nearest
        ancestor's key."""
        if not at_key and path in self.values:
            return self.values[path]
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)


class YamlProblem(Exception):
    """Malformed YAML or a duplicate key, with its position."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


# libyaml's parser when PyYAML was built with it: ten times faster, same marks.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    def __init__(self) -> None:
        self.constructor = yaml.SafeLoader("")
        self.keys: dict[Path_, tuple[int, int]] = {}
        self.values: dict[Path_, tuple[int, int]] = {}

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.values[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.build(key_node, (*path, "<key>"))
                if not isinstance(key, str | int):
                    line, col = _mark(key_node)
                    raise YamlProblem(line, col, "a key must be a plain word or number")
                if key in result:
                    line, col = _mark(key_node)
                    raise YamlProblem(line, col, f"duplicate key '{key}'")
                self.keys[(*path, key)] = _mark(key_node)
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        try:
            return self.constructor.construct_object(node)
        except (ValueError, yaml.YAMLError):  # e.g. 2025-13-40 looks like a date but is not
            return node.value


def load_located(text: str) -> Located:
    """Parse one YAML document; raise YamlProblem with a position when it is malformed."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"malformed YAML: {err.problem or err.context}"
        start = err.context_mark
        if err.problem and err.context and start is not None:
            message += f" ({err.context} at line {start.line + 1}, column {start.column + 1})"
        raise YamlProblem(line, col, message) from None
    except yaml.YAMLError as err:
        raise YamlProblem(1, 1, f"malformed YAML: {err}") from None
    if node is None:
        return Located(None)
    builder = _Builder()
    data = builder.build(node, ())
    return Located(data, builder.keys, builder.values)
