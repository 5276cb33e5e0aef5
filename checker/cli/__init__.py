"""The `factlint` command (typer only): `app` in app.py and one module per command group."""

from checker.cli.app import app, main

__all__ = ["app", "main"]
