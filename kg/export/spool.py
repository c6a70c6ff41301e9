"""Read a graph once and replay it from a temporary file: several exports, one read.

`SpooledGraph(source)` passes the first whole pass of nodes (and of edges) through from the
source while writing it, a chunk of records at a time, to a pickle file in a temporary
directory; later whole passes replay that file (a tenth of the cost of reading the store
again at 100k articles). Memory stays one chunk deep. A pass abandoned half-way is not
kept, so the next one reads the source again. Passes restricted to some labels or types go
straight to the source (they are small: the RDF writer's PART_OF pass).
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Collection, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

from kg.export.source import Edge, GraphSource, Node

CHUNK = 2000


class SpooledGraph:
    def __init__(self, source: GraphSource) -> None:
        self.source, self.name = source, source.name
        self._dir = tempfile.TemporaryDirectory(prefix="kg-spool-")
        self._done: dict[str, Path] = {}

    def nodes(self, labels: Collection[str] = ()) -> Iterator[Node]:
        if labels:
            return self.source.nodes(labels)
        return self._pass("nodes", self.source.nodes, _node_row, _node)

    def edges(self, types: Collection[str] = ()) -> Iterator[Edge]:
        if types:
            return self.source.edges(types)
        return self._pass("edges", self.source.edges, _edge_row, _edge)

    @cached_property
    def _node_kinds(self) -> dict[str, str]:
        return self.source.node_kinds()

    @cached_property
    def _edge_kinds(self) -> dict[str, str]:
        return self.source.edge_kinds()

    def node_kinds(self) -> dict[str, str]:
        return dict(self._node_kinds)

    def edge_kinds(self) -> dict[str, str]:
        return dict(self._edge_kinds)

    def _pass[Item](
        self,
        kind: str,
        read: Callable[[], Iterator[Item]],
        to_row: Callable[[Item], tuple[Any, ...]],
        from_row: Callable[[tuple[Any, ...]], Item],
    ) -> Iterator[Item]:
        if kind in self._done:
            return _replay(self._done[kind], from_row)
        return self._record(kind, read(), to_row)

    def _record[Item](
        self, kind: str, items: Iterator[Item], to_row: Callable[[Item], tuple[Any, ...]]
    ) -> Iterator[Item]:
        path = Path(self._dir.name) / kind
        part = path.with_suffix(".part")
        with open(part, "wb") as out:
            chunk: list[tuple[Any, ...]] = []
            for item in items:
                chunk.append(to_row(item))
                yield item
                if len(chunk) >= CHUNK:
                    pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
                    chunk = []
            pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
        part.replace(path)  # only a whole pass is replayed
        self._done[kind] = path

    def close(self) -> None:
        self._dir.cleanup()

    def __enter__(self) -> SpooledGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _replay[Item](path: Path, from_row: Callable[[tuple[Any, ...]], Item]) -> Iterator[Item]:
    with open(path, "rb") as src:
        while True:
            try:
                chunk = pickle.load(src)
            except EOFError:
                return
            for row in chunk:
                yield from_row(row)


def _node_row(node: Node) -> tuple[Any, ...]:
    return (node.id, node.label, node.props)


def _node(row: tuple[Any, ...]) -> Node:
    return Node(*row)


def _edge_row(edge: Edge) -> tuple[Any, ...]:
    return (edge.source, edge.target, edge.type, edge.key, edge.props)


def _edge(row: tuple[Any, ...]) -> Edge:
    return Edge(*row)
