"""Benchmarks for factlint: synthetic corpora and fact sheets, and the measurements on them."""
