"""Exports: the stored graph as networkx formats (GraphML, GEXF, JSON, CSV, Cypher) or RDF.

    graph = read_graph(store, GraphFilter(labels=("Agency",), since="2024-01-01"))
    get_exporter("graphml").write(graph, Path("out/graph.graphml"))
    dump_rdf(read_graph(store), "turtle", Path("out/graph.ttl"), base="https://kg.example.org/")

Exporters are found through the `kg.exporters` entry-point group (kg/export/base.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.export.base import Exporter, exporters, get_exporter
from kg.export.graph import GraphFilter, read_graph
from kg.export.iris import DEFAULT_BASE
from kg.export.rdf_write import DEFAULT_ENGINE, FORMATS, dump_rdf
from kg.store.base import Store

__all__ = [
    "DEFAULT_BASE",
    "FORMATS",
    "Exporter",
    "GraphFilter",
    "dump_rdf",
    "export_graph",
    "export_rdf",
    "exporters",
    "get_exporter",
    "read_graph",
]


def _prepare(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{path}: cannot create its folder ({exc.strerror})") from None


def export_graph(
    store: Store, fmt: str, path: Path, graph_filter: GraphFilter | None = None
) -> nx.MultiDiGraph:
    """Write the (sliced) graph of `store` to `path` in format `fmt`; returns the graph."""
    exporter = get_exporter(fmt)
    graph = read_graph(store, graph_filter)
    _prepare(path)
    try:
        exporter.write(graph, path)
    except OSError as exc:
        raise KgError(f"{path}: cannot write the {fmt} export ({exc.strerror or exc})") from None
    return graph


def export_rdf(
    store: Store,
    fmt: str,
    path: Path,
    *,
    base: str = DEFAULT_BASE,
    engine: str = DEFAULT_ENGINE,
    warn: Callable[[str], None] | None = None,
) -> int:
    """Write the graph of `store` as RDF to `path`; returns the number of statements."""
    graph = read_graph(store)
    _prepare(path)
    try:
        return dump_rdf(graph, fmt, path, base=base, engine=engine, warn=warn)
    except OSError as exc:
        raise KgError(f"{path}: cannot write the {fmt} dump ({exc.strerror or exc})") from None
