"""Commands: extract, eval (to be written)."""
