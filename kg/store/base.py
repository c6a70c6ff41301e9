"""The Store protocol every engine implements, with the same Cypher on each.

Engines are found through the `kg.stores` entry-point group (see pyproject.toml), the way a
third party would add one; `open_store` picks one from a --store value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

Row = dict[str, Any]


@runtime_checkable
class Store(Protocol):
    """A graph database that runs parameterized Cypher."""

    name: str  # engine name: "falkordb" or "neo4j"
    location: str  # data directory or URI, for messages

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[Row]:
        """Run one statement; rows as dicts keyed by the RETURN column names.

        With write=False the statement runs read-only and a write is refused (StoreError).
        """
        ...

    def run_batch(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        """Run several write statements atomically: all take effect or none."""
        ...

    def init(self) -> None:
        """Create constraints and indexes derived from schema/graph.yaml (idempotent)."""
        ...

    def drop(self) -> None:
        """Delete every node, relationship, index and constraint."""
        ...

    def close(self) -> None: ...
