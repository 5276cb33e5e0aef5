"""factlint: check news copy against a story's fact sheet.

The API: `load_sheets(paths)`, `check(paths, sheets, texts=..., options=...) -> Result`,
and `Checker(sheets, options)` that checks one document, text or path at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["CheckOptions", "Checker", "Result", "__version__", "check", "load_sheets"]

if TYPE_CHECKING:
    from checker.api import Checker, CheckOptions, Result, check, load_sheets


def __getattr__(name: str) -> Any:
    """The API, imported on first use (so `factlint --version` starts fast)."""
    if name in ("CheckOptions", "Checker", "Result", "check", "load_sheets"):
        from checker import api

        return getattr(api, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
