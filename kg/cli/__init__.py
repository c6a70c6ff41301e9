"""The `kg` command line: a thin shell over library calls, one module per command family."""

from kg.cli import articles, exports, extraction, graph, queries, visual  # noqa: F401  (registers commands)
from kg.cli.app import main

__all__ = ["main"]
