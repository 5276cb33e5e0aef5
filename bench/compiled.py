"""Articles/s on real-shaped copy (bench/scale.py) with the pure-Python modules and with the
modules of checker/compiled.py compiled by mypyc: the same articles, each way in fresh
processes, pure and compiled alternated, CPU time, best round of each.

    python bench/compiled.py [--quick] [--modules checker.a,checker.b]

The compiled copy of the package is built once under bench/out/ (keyed by the source and
mypy's version); tests/test_compiled.py builds the same way.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import shutil
import subprocess
import sys
import sysconfig
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

_BUILD = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(name="factlint-compiled", script_args=["build_ext", "--inplace", "--quiet"],
      ext_modules=mypycify([f"--config-file={sys.argv[1]}", "checker"],
                           only_compile_paths=sys.argv[2:], group_name="checker._compiled"))
"""

_CHILD = """
import sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from bench.compiled import child
child(int(sys.argv[3]), int(sys.argv[4]))
"""


def missing(modules: Sequence[str]) -> str | None:
    """Why the modules cannot be compiled here, or None."""
    if not modules:
        return "checker/compiled.py lists no module to compile"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) to build the compiled modules"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h) to build the compiled modules"
    for module in ("mypyc", "setuptools"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[compiled]')"
    return None


def pure_tree(target: Path) -> Path:
    """The package's .py files alone under target, whatever is compiled in the tree."""
    shutil.copytree(ROOT / "checker", target / "checker",
                    ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    return target


def key(modules: Sequence[str]) -> str:
    """What a compiled copy depends on: the modules chosen, every source file, mypy."""
    from mypy.version import __version__ as mypy_version

    digest = hashlib.sha256(f"{mypy_version} {' '.join(modules)}".encode())
    for path in sorted((ROOT / "checker").rglob("*.py")):
        digest.update(path.relative_to(ROOT).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def compiled_tree(target: Path, modules: Sequence[str]) -> Path:
    """A copy of the package under target (named compiled-KEY) with `modules` compiled, built
    unless it is there.
    Raises RuntimeError with mypyc's and the compiler's output when the build fails."""
    if (target / "built").is_file():
        return target
    for old in target.parent.glob("compiled-*"):  # builds of an older source
        shutil.rmtree(old, ignore_errors=True)
    pure_tree(target)
    paths = [f"{m.replace('.', '/')}.py" for m in modules]
    done = subprocess.run([sys.executable, "-c", _BUILD, str(ROOT / "pyproject.toml"), *paths],
                          cwd=target, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stdout[-3000:] + done.stderr[-3000:])
    (target / "built").touch()
    return target


def child(articles: int, rounds: int) -> None:
    """In a child process: print the best articles/s (CPU time) over `rounds` passes."""
    import random

    from bench import measure, scale
    from checker.compiled import status
    from checker.engine.document import check_document
    from checker.sources.documents import make_document

    made = scale.copy()
    engine = measure.engine_for(made.sheet)
    rng = random.Random(1)
    documents = [make_document(f"real-{i}.txt", made.make(rng)) for i in range(articles)]
    for doc in documents[:20]:
        check_document(engine, doc)
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for doc in documents:
            check_document(engine, doc)
        best = min(best, time.process_time() - start)
    print(f"{articles / best:.1f}\t{status()}")


def _rate(tree: Path, articles: int, rounds: int) -> tuple[float, str]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(ROOT), str(articles), str(rounds)],
        capture_output=True, text=True, check=True,
    )
    rate, status = done.stdout.strip().rsplit("\n", 1)[-1].split("\t")
    return float(rate), status


def run(quick: bool, modules: Sequence[str] | None = None) -> dict[str, float]:
    """Print the section; its rows: pure and compiled articles/s (none when not built)."""
    from checker.compiled import MODULES

    modules = MODULES if modules is None else modules
    articles, rounds = (150, 2) if quick else (300, 3)
    print(f"10. compiled modules (mypyc), real-shaped copy, {articles} articles, CPU time, "
          f"best of {rounds} passes × 2 processes each way:")
    reason = missing(modules)
    if reason is not None:
        print(f"   skipped: {reason}")
        return {}
    started = time.perf_counter()
    try:
        compiled = compiled_tree(OUT / f"compiled-{key(modules)}", modules)
    except RuntimeError as err:
        print(f"   skipped: the build failed:\n{err}")
        return {}
    built = time.perf_counter() - started
    shutil.rmtree(OUT / "pure", ignore_errors=True)
    pure = pure_tree(OUT / "pure")
    rates: dict[str, list[float]] = {"pure": [], "compiled": []}
    statuses = {}
    try:
        for _ in range(2):
            for name, tree in (("pure", pure), ("compiled", compiled)):
                rate, statuses[name] = _rate(tree, articles, rounds)
                rates[name].append(rate)
    finally:
        shutil.rmtree(pure)
    rows = {name: max(values) for name, values in rates.items()}
    print(f"   pure Python {rows['pure']:.0f} articles/s; compiled {rows['compiled']:.0f} "
          f"articles/s ({rows['compiled'] / rows['pure']:.2f}×; {statuses['compiled']}; "
          f"build {built:.0f} s)")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="150 articles, 2 passes")
    parser.add_argument("--modules", help="comma-separated modules instead of MODULES")
    args = parser.parse_args()
    run(args.quick, None if args.modules is None else args.modules.split(","))


if __name__ == "__main__":
    if __package__ in (None, ""):
        sys.path.insert(0, str(ROOT))
    main()
