"""Neo4j 5 over Bolt: the same Cypher as the embedded store, with Neo4j's own DDL.

Credentials come from NEO4J_USER / NEO4J_PASSWORD only (never the command line). Reads run
in READ access-mode transactions (execute_read), so a write there is refused by the server;
run_batch runs all its statements in one write transaction.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from kg.errors import StoreError
from kg.schema import load_schema
from kg.store import ddl
from kg.store.base import Row

DROP_BATCH = 10_000


def _plain(value: Any) -> Any:
    """Driver objects → plain Python, matching the FalkorDB store's shapes."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Neo4jStore:
    """`Neo4jStore("bolt://localhost:7687")`; database from NEO4J_DATABASE (default: server's)."""

    name = "neo4j"

    def __init__(self, spec: str) -> None:
        import neo4j

        self.location = spec
        user, password = os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")
        auth = (user, password or "") if user else None
        self._database = os.environ.get("NEO4J_DATABASE") or None
        try:
            self._driver = neo4j.GraphDatabase.driver(spec, auth=auth)
            self._driver.verify_connectivity()
        except neo4j.exceptions.AuthError:
            raise StoreError(
                f"store {spec}: authentication failed; check NEO4J_USER / NEO4J_PASSWORD"
            ) from None
        except (neo4j.exceptions.DriverError, neo4j.exceptions.Neo4jError, ValueError) as exc:
            raise StoreError(f"store {spec}: cannot connect ({exc})") from None

    def _session(self, read: bool) -> Any:
        import neo4j

        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self._driver.session(database=self._database, default_access_mode=mode)

    def _call(self, work: Any, read: bool) -> Any:
        import neo4j

        try:
            with self._session(read) as session:
                return session.execute_read(work) if read else session.execute_write(work)
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
            hint = (
                "; pass write=True for a statement that writes"
                if read and "write" in str(exc).lower()
                else ""
            )
            raise StoreError(f"store {self.location}: {exc}{hint}") from None

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[Row]:
        def work(tx: Any) -> list[Row]:
            result = tx.run(cypher, dict(params or {}))
            return [{k: _plain(v) for k, v in record.items()} for record in result]

        rows: list[Row] = self._call(work, read=not write)
        return rows

    def stream(
        self, label: str, tail: str, params: Mapping[str, Any] | None = None
    ) -> Iterator[Row]:
        """The driver fetches records in batches as they are consumed: no paging needed."""
        import neo4j

        if not label.isidentifier():
            raise StoreError(f"store {self.location}: {label!r} is not a label")
        try:
            with self._session(read=True) as session:
                for record in session.run(f"MATCH (n:{label}) {tail}", dict(params or {})):
                    yield {k: _plain(v) for k, v in record.items()}
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
            raise StoreError(f"store {self.location}: {exc}") from None

    def run_batch(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        def work(tx: Any) -> None:
            for cypher, params in statements:
                tx.run(cypher, dict(params)).consume()

        self._call(work, read=False)

    def _auto(self, cypher: str) -> None:
        """DDL must run in auto-commit transactions (not inside execute_write)."""
        import neo4j

        try:
            with self._session(read=False) as session:
                session.run(cypher).consume()
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
            raise StoreError(f"store {self.location}: {exc}") from None

    def init(self) -> None:
        for statement in ddl.neo4j_init_statements(load_schema()):
            self._auto(statement)

    def drop(self) -> None:
        while self.run(DELETE_SOME, {"limit": DROP_BATCH}, write=True)[0]["deleted"]:
            pass  # bounded transactions: a big graph never needs one huge one
        for statement in ddl.neo4j_drop_statements(load_schema()):
            self._auto(statement)

    def close(self) -> None:
        self._driver.close()


DELETE_SOME = "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
