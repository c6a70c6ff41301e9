"""The Store protocol every engine implements, with the same Cypher on each.

Engines are found through the `kg.stores` entry-point group (see pyproject.toml), the way a
third party would add one; `open_store` picks one from a --store value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
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

    def stream(
        self, label: str, tail: str, params: Mapping[str, Any] | None = None
    ) -> Iterator[Row]:
        """Rows of `MATCH (n:<label>) <tail>` over every node of the label, read lazily so
        memory stays flat however many rows there are (exports of the whole graph).

        `tail` continues after the MATCH with a clause (WITH, MATCH, OPTIONAL MATCH, RETURN),
        never WHERE: an engine may add its own paging condition to the MATCH. Read-only.
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
