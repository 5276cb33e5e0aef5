"""The compiled build (checker/compiled.py, `make compiled`) finds exactly what the pure-Python
modules find: the seeds and the real articles are checked both ways in fresh processes and the
JSON reports compared. The modules are compiled once into pytest's cache (keyed by the source
and mypy's version), so the first run takes a minute or two more."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.compiled import compiled_tree, key, missing, pure_tree
from checker.compiled import MODULES

from .conftest import REAL_SEEDS, RULES, SEEDS


@pytest.fixture(scope="module")
def trees(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[
        Path, Path]:
    """(pure, compiled): two folders, each with a checker package to put first on sys.path."""
    reason = missing(MODULES)
    if reason is not None:
        pytest.skip(reason)
    pure = pure_tree(tmp_path_factory.mktemp("pure"))
    compiled = compiled_tree(request.config.cache.mkdir(f"compiled-{key(MODULES)}"), MODULES)
    return pure, compiled


def _run(tree: Path, *args: str) -> str:
    """factlint run from `tree` (`python -m` puts the working folder first on sys.path)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-m", "checker", *args], env=env, cwd=tree,
                          capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_each_tree_loads_what_it_says(trees: tuple[Path, Path]) -> None:
    pure, compiled = trees
    assert "compiled: no (pure Python)" in _run(pure, "--version")
    assert f"compiled: {len(MODULES)} of {len(MODULES)} modules" in _run(compiled, "--version")


@pytest.mark.parametrize(("folder", "jobs"), [(SEEDS, "1"), (REAL_SEEDS, "1"), (SEEDS, "2")],
                         ids=["seeds", "real-seeds", "seeds-two-processes"])
def test_compiled_modules_find_what_pure_python_finds(
    trees: tuple[Path, Path], folder: Path, jobs: str
) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    pure, compiled = trees
    args = ("check", str(folder), "--rules", str(RULES), "--format", "json", "--verbose",
            "--jobs", jobs)
    report = _run(pure, *args)
    assert '"findings": [' in report
    assert _run(compiled, *args) == report


def test_a_checker_with_compiled_modules_survives_pickling(trees: tuple[Path, Path]) -> None:
    """What `--dask` and the API send to other processes: the sheets, whatever they hold."""
    _, compiled = trees
    code = ("import pickle, sys; from checker import Checker, load_sheets; "
            "one = Checker(load_sheets([sys.argv[1]])); "
            "print(pickle.loads(pickle.dumps(one)).digest == one.digest)")
    env = {**os.environ, "PYTHONPATH": str(compiled)}
    done = subprocess.run([sys.executable, "-c", code, str(RULES)], env=env, cwd=compiled,
                          capture_output=True, text=True, check=False, timeout=600)
    assert done.stdout.strip() == "True", done.stderr[-3000:]
