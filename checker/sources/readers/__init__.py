"""Readers: which characters of an article in a given format are prose."""
