"""Helpers for the hostile-input tests: run factlint in a child process with a timeout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import ROOT


def factlint(
    *args: str | Path,
    timeout: float = 60,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """`python -m checker ARGS`; a hang fails the test through the timeout."""
    return subprocess.run(
        [sys.executable, "-m", "checker", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=cwd or ROOT,
        env=None if env is None else {**os.environ, **env},
        check=False,
    )


def no_traceback(result: subprocess.CompletedProcess[bytes]) -> str:
    """The standard error of a run, checked to hold no Python traceback."""
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return err


def json_report(result: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout.decode("utf-8"))
    return data
