"""Commands: articles (to be written)."""
