"""The language server: factlint's findings as diagnostics in the editor."""
