"""What exporters read: a graph as two streams, its nodes and then its relationships.

A GraphSource yields typed `Node` and `Edge` records and says which properties they carry
(`node_kinds`, `edge_kinds`: property → schema kind, e.g. "string", "list[string]"), so a
writer can declare its columns or keys before the first record. Two sources:
`StoreGraph` (store_graph.py) reads a store a page at a time, so memory stays flat at any
size; `NetworkxGraph` wraps a MultiDiGraph in the form `read_graph` returns (library users,
tests). Edges of one source node come together (both sources yield them grouped).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import networkx as nx

LIST = "list[string]"


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str
    props: dict[str, Any]  # without `id`; str, int, float, bool or list[str], never None


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    type: str
    key: str  # the type plus its merge-key values: the MultiDiGraph key
    props: dict[str, Any]


class GraphSource(Protocol):
    name: str

    def nodes(self, labels: Collection[str] = ()) -> Iterator[Node]:
        """Every node (of `labels` only, when given)."""
        ...

    def edges(self, types: Collection[str] = ()) -> Iterator[Edge]:
        """Every relationship (of `types` only, when given), grouped by source node."""
        ...

    def node_kinds(self) -> dict[str, str]: ...

    def edge_kinds(self) -> dict[str, str]: ...


def kind_of(value: Any) -> str:
    """The schema kind of a Python value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    return LIST if isinstance(value, list | tuple) else "string"


def kinds_in(items: Iterable[Mapping[str, Any]], skip: str) -> dict[str, str]:
    """property → kind over `items`: a list anywhere makes a list, else the first kind seen."""
    found: dict[str, str] = {}
    for data in items:
        for key, value in data.items():
            if key == skip:
                continue
            kind = kind_of(value)
            if key not in found or kind == LIST:
                found[key] = kind
    return found


def clean(props: Mapping[str, Any], drop: str | None = None) -> dict[str, Any]:
    """Stored properties → record properties: no None, lists as lists, `drop` left out."""
    return {
        k: (list(v) if isinstance(v, tuple | list) else v)
        for k, v in props.items()
        if v is not None and k != drop
    }


class NetworkxGraph:
    """A MultiDiGraph (node attribute `label`, edge attribute `type`) as a GraphSource."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.name = str(graph.graph.get("name", "kg"))

    def nodes(self, labels: Collection[str] = ()) -> Iterator[Node]:
        for node, data in self.graph.nodes(data=True):
            if not labels or data["label"] in labels:
                yield Node(node, data["label"], clean(data, drop="label"))

    def edges(self, types: Collection[str] = ()) -> Iterator[Edge]:
        for u, v, key, data in self.graph.edges(keys=True, data=True):
            if not types or data["type"] in types:
                yield Edge(u, v, data["type"], str(key), clean(data, drop="type"))

    def node_kinds(self) -> dict[str, str]:
        return kinds_in((d for _, d in self.graph.nodes(data=True)), skip="label")

    def edge_kinds(self) -> dict[str, str]:
        return kinds_in((d for *_, d in self.graph.edges(data=True)), skip="type")


def as_source(graph: GraphSource | nx.MultiDiGraph) -> GraphSource:
    return NetworkxGraph(graph) if isinstance(graph, nx.MultiDiGraph) else graph
