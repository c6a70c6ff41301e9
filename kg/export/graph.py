"""Read the stored graph (or a slice of it) into a networkx MultiDiGraph.

The form library users analyse and `kg viz` draws: node key = entity id, node attributes =
`label` (the schema label) plus the stored properties but `id`; edge key = the relationship
type (plus its merge keys, e.g. `HOLDS_POSITION|副局长`), edge attributes = `type` plus the
stored properties. Values are str, int, float, bool or list[str], never None. The exporters
do not build it: they stream a StoreGraph (store_graph.py), so memory stays flat.
"""

from __future__ import annotations

import networkx as nx

from kg.export.graph_filter import GraphFilter, edge_key
from kg.export.source import GraphSource
from kg.export.store_graph import StoreGraph
from kg.store.base import Store

__all__ = ["GraphFilter", "edge_key", "read_graph", "to_networkx"]


def to_networkx(source: GraphSource) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name=source.name)
    for node in source.nodes():
        graph.add_node(node.id, label=node.label, **node.props)
    for edge in source.edges():
        graph.add_edge(edge.source, edge.target, key=edge.key, type=edge.type, **edge.props)
    return graph


def read_graph(store: Store, graph_filter: GraphFilter | None = None) -> nx.MultiDiGraph:
    """The store's graph as a MultiDiGraph, sliced by `graph_filter`."""
    return to_networkx(StoreGraph(store, graph_filter))
