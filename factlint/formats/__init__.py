"""Output formats: one writer per module, each rendering from Reports only."""
