"""The fact-sheet language: models, YAML loading with positions, JSON Schema."""
