"""Commands: exports (to be written)."""
