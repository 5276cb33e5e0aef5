"""The optional compiled build: which modules mypyc compiles (`make compiled`), and which of
them this process loads compiled. The pure-Python modules stay the default and the reference.

Kept free of imports from the rest of checker: setup.py reads MODULES before anything is built.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

# The hot modules without pydantic models (bench/compiled.py measures the gain). Left out:
# modules whose objects are pickled with the sheets (timeline's DayRange, the title
# vocabulary), as a compiled frozen dataclass cannot be unpickled.
MODULES: tuple[str, ...] = (
    "checker.builtin.enumeration",
    "checker.builtin.two_spellings",
    "checker.engine.attach",
    "checker.engine.coref",
    "checker.engine.dateline",
    "checker.engine.matcher",
    "checker.engine.names",
    "checker.engine.placement",
    "checker.engine.plausible",
    "checker.engine.views",
    "checker.engine.whose_date",
    "checker.extract.dates",
    "checker.extract.dates_patterns",
    "checker.extract.number_context",
    "checker.extract.number_words",
    "checker.extract.numbers",
    "checker.extract.tense",
    "checker.kinds.frames",
    "checker.kinds.modality",
    "checker.text.anterior",
    "checker.text.fold",
    "checker.text.inflect",
    "checker.text.polarity",
    "checker.text.reporting",
    "checker.text.segment",
)

_ROOT = Path(__file__).resolve().parent


def source(module: str) -> Path:
    """The .py file of a module of MODULES."""
    return _ROOT.parent.joinpath(*module.split(".")).with_suffix(".py")


def _extension(module: str) -> Path | None:
    py = source(module)
    for suffix in EXTENSION_SUFFIXES:
        built = py.with_name(py.stem + suffix)
        if built.is_file():
            return built
    return None


def status() -> str:
    """One line: how many of MODULES this installation has compiled, and any that are older
    than their source (Python loads a compiled module before its .py, edits and all)."""
    built = {m: path for m in MODULES if (path := _extension(m)) is not None}
    if not built:
        return "compiled: no (pure Python)"
    line = f"compiled: {len(built)} of {len(MODULES)} modules (mypyc)"
    stale = [m for m, path in built.items() if path.stat().st_mtime < source(m).stat().st_mtime]
    if stale:
        line += f"; older than their source, rebuild with `make compiled`: {', '.join(stale)}"
    return line
