"""factlint: check news copy against a story's fact sheet."""

__version__ = "0.1.0"
