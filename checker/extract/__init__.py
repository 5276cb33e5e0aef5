"""Extractors that find dates, numbers, names and other claims in news copy."""
