"""User-facing errors: each renders as one line with a location, and exits with code 2."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a user's file, located at path:line:col (1-based)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class UserError(Exception):
    """Bad input from the user: a usage error or invalid fact sheets. Exit code 2."""

    def __init__(self, problems: list[Problem | str] | str) -> None:
        self.problems: list[Problem | str] = (
            [problems] if isinstance(problems, str) else list(problems)
        )
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, path: Path | str, line: int, column: int, message: str) -> UserError:
        return cls([Problem(str(path), line, column, message)])
