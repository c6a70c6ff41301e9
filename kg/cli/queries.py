"""Commands: queries (to be written)."""
