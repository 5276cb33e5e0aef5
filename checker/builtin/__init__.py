"""Checks that need no fact sheet, run on every article: each reads one article alone."""
