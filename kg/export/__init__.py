"""Exports: the stored graph as networkx formats (GraphML, GEXF, JSON, CSV, Cypher) or RDF.

    graph = StoreGraph(store, GraphFilter(labels=("Agency",), since="2024-01-01"))
    get_exporter("graphml").write(graph, Path("out/graph.graphml"))
    dump_rdf(StoreGraph(store), "turtle", Path("out/graph.ttl"), base="https://kg.example.org/")
    nx_graph = read_graph(store)  # the whole graph in memory, for analysis

Writers stream a GraphSource (source.py): the store is read a page at a time, so an export
takes the same memory at any size. They also accept a networkx MultiDiGraph. Several
formats at once (`export_graphs`, `export_rdfs`) read the store once (spool.py).
Exporters are found through the `kg.exporters` entry-point group (kg/export/base.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.export.base import Exporter, exporters, get_exporter
from kg.export.graph import GraphFilter, read_graph
from kg.export.iris import DEFAULT_BASE
from kg.export.rdf_write import DEFAULT_ENGINE, FORMATS, dump_rdf
from kg.export.source import Edge, GraphSource, Node
from kg.export.spool import SpooledGraph
from kg.export.store_graph import StoreGraph
from kg.store.base import Store

__all__ = [
    "DEFAULT_BASE",
    "FORMATS",
    "Exporter",
    "GraphFilter",
    "StoreGraph",
    "dump_rdf",
    "export_graph",
    "export_graphs",
    "export_rdf",
    "export_rdfs",
    "exporters",
    "get_exporter",
    "read_graph",
]


@dataclass
class Written:
    """How many nodes and relationships an export wrote."""

    nodes: int = 0
    relationships: int = 0


class _Counted:
    """A GraphSource that counts what a writer's whole passes yield (the last full pass)."""

    def __init__(self, source: GraphSource, written: Written) -> None:
        self.source, self.written, self.name = source, written, source.name

    def nodes(self, labels: Collection[str] = ()) -> Iterator[Node]:
        count = 0
        for node in self.source.nodes(labels):
            count += 1
            yield node
        if not labels:
            self.written.nodes = count

    def edges(self, types: Collection[str] = ()) -> Iterator[Edge]:
        count = 0
        for edge in self.source.edges(types):
            count += 1
            yield edge
        if not types:
            self.written.relationships = count

    def node_kinds(self) -> dict[str, str]:
        return self.source.node_kinds()

    def edge_kinds(self) -> dict[str, str]:
        return self.source.edge_kinds()


def _prepare(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{path}: cannot create its folder ({exc.strerror})") from None


def _write(exporter: Exporter, source: GraphSource, path: Path) -> Written:
    written = Written()
    _prepare(path)
    try:
        exporter.write(_Counted(source, written), path)
    except OSError as exc:
        raise KgError(
            f"{path}: cannot write the {exporter.name} export ({exc.strerror or exc})"
        ) from None
    return written


def export_graph(
    store: Store, fmt: str, path: Path, graph_filter: GraphFilter | None = None
) -> Written:
    """Write the (sliced) graph of `store` to `path` in format `fmt`."""
    return _write(get_exporter(fmt), StoreGraph(store, graph_filter), path)


def export_graphs(
    store: Store,
    targets: Sequence[tuple[str, Path]],
    graph_filter: GraphFilter | None = None,
    on_written: Callable[[str, Path, Written], None] | None = None,
) -> list[Written]:
    """Write the graph in several formats (format, path) from ONE read of the store: the
    first format reads it, the others replay a temporary copy (spool.py)."""
    exporters_ = [(get_exporter(fmt), path) for fmt, path in targets]
    out = []
    with _source(StoreGraph(store, graph_filter), len(targets)) as source:
        for exporter, path in exporters_:
            out.append(_write(exporter, source, path))
            if on_written:
                on_written(exporter.name, path, out[-1])
    return out


@contextmanager
def _source(graph: StoreGraph, passes: int) -> Iterator[GraphSource]:
    """The store itself for one export; a spooled copy for several."""
    if passes < 2:
        yield graph
        return
    with SpooledGraph(graph) as spooled:
        yield spooled


def export_rdf(
    store: Store,
    fmt: str,
    path: Path,
    *,
    base: str = DEFAULT_BASE,
    engine: str = DEFAULT_ENGINE,
    warn: Callable[[str], None] | None = None,
    source: GraphSource | None = None,
) -> int:
    """Write the graph of `store` (or `source`, read from it) as RDF to `path`; returns the
    number of statements."""
    _prepare(path)
    try:
        return dump_rdf(source or StoreGraph(store), fmt, path, base=base, engine=engine, warn=warn)
    except OSError as exc:
        raise KgError(f"{path}: cannot write the {fmt} dump ({exc.strerror or exc})") from None


def export_rdfs(
    store: Store,
    targets: Sequence[tuple[str, Path]],
    *,
    base: str = DEFAULT_BASE,
    engine: str = DEFAULT_ENGINE,
    warn: Callable[[str], None] | None = None,
    on_written: Callable[[str, Path, int], None] | None = None,
) -> list[int]:
    """Several RDF dumps (format, path) from one read of the store."""
    out = []
    with _source(StoreGraph(store), len(targets)) as source:
        for fmt, path in targets:
            out.append(
                export_rdf(store, fmt, path, base=base, engine=engine, warn=warn, source=source)
            )
            if on_written:
                on_written(fmt, path, out[-1])
    return out
