"""Commands: visual (to be written)."""
