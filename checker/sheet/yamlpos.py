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


# Bounds on what a sheet may make the loader build: an alias bomb (aliases of aliases)
# grows exponentially, and each nesting level is a level of recursion.
MAX_VALUES = 100_000
MAX_DEPTH = 40
_STANDARD_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_BOOLEAN_WORDS = frozenset(("true", "false"))


class _Builder:
    def __init__(self) -> None:
        self.constructor = yaml.SafeLoader("")
        self.keys: dict[Path_, tuple[int, int]] = {}
        self.values: dict[Path_, tuple[int, int]] = {}
        self.building: set[int] = set()  # ids of the collections being built (for cycles)

    def _check(self, node: yaml.Node, path: Path_) -> None:
        if len(self.values) > MAX_VALUES:
            raise YamlProblem(*_mark(node), f"more than {MAX_VALUES:,} values (aliases "
                              "repeated inside aliases?); a fact sheet is much smaller")
        if len(path) > MAX_DEPTH:
            raise YamlProblem(*_mark(node), f"nested more than {MAX_DEPTH} levels deep")
        if node.tag not in _STANDARD_TAGS:
            raise YamlProblem(*_mark(node), f"unknown YAML tag '{node.tag}'; remove it")
        if id(node) in self.building:
            raise YamlProblem(*_mark(node), "an alias refers to the value that contains it")

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self._check(node, path)
        self.values[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            self.building.add(id(node))
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
            self.building.discard(id(node))
            return result
        if isinstance(node, yaml.SequenceNode):
            self.building.add(id(node))
            items = [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
            self.building.discard(id(node))
            return items
        try:
            value = self.constructor.construct_object(node)
        except (ValueError, yaml.YAMLError):  # e.g. 2025-13-40 looks like a date but is not
            if node.tag.endswith(":timestamp"):
                return node.value
            kind = node.tag.rsplit(":", 1)[-1]
            raise YamlProblem(*_mark(node), f"'{node.value}' is not a valid !!{kind}") from None
        if isinstance(value, bool) and node.value.lower() not in _BOOLEAN_WORDS:
            return node.value  # on, off, yes, no: words (a yes/no field still reads them)
        return value


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
    except RecursionError:
        raise YamlProblem(1, 1, f"nested more than {MAX_DEPTH} levels deep") from None
    if node is None:
        return Located(None)
    builder = _Builder()
    data = builder.build(node, ())
    return Located(data, builder.keys, builder.values)
