"""`--changed-since REF`: the files git says changed since a commit, branch or tag."""

from __future__ import annotations

import subprocess
from pathlib import Path

from checker.errors import UserError


def changed_since(ref: str, cwd: Path | None = None) -> set[Path]:
    """Resolved paths of files added, copied, modified or renamed since `ref` (committed
    or not), and of untracked files git does not ignore."""
    if ref.startswith("-"):
        raise UserError(f"--changed-since: '{ref}' is not a git revision")
    commands = (
        ["git", "diff", "--name-only", "--diff-filter=ACMR", "-z", ref, "--"],
        ["git", "ls-files", "--others", "--exclude-standard", "-z"],
    )
    try:
        top = _git(["git", "rev-parse", "--show-toplevel"], cwd).strip()
        names = [name for command in commands for name in _git(command, cwd).split("\0")]
    except FileNotFoundError:
        raise UserError("--changed-since needs git, and git is not installed") from None
    root = Path(top)
    return {(root / name).resolve() for name in names if name}


def _git(command: list[str], cwd: Path | None) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1:] or ["git failed"]
        raise UserError(f"--changed-since: {reason[0]}")
    return done.stdout
