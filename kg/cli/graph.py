"""Commands: graph (to be written)."""
