"""Build hook: pure Python unless FACTLINT_COMPILE=1, which compiles the modules listed in
checker/compiled.py with mypyc (C compiler and Python headers needed; `make compiled`)."""

import os
import sys

from setuptools import setup

ROOT = os.path.dirname(os.path.abspath(__file__))


def _extensions() -> list[object]:
    if os.environ.get("FACTLINT_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    sys.path.insert(0, ROOT)
    from checker.compiled import MODULES, source

    paths = [os.path.relpath(source(m), ROOT) for m in MODULES]
    # The whole package is type-checked as `mypy checker` does, the listed modules compiled,
    # into one shared library inside the package (checker/_compiled__mypyc…so) that an
    # editable install finds the way it finds every other module of checker.
    return list(mypycify(["checker"], only_compile_paths=paths, group_name="checker._compiled"))


setup(ext_modules=_extensions())
