"""Read the stored graph (or a slice of it) into a networkx MultiDiGraph.

The networkx form every exporter starts from: node key = entity id, node attributes =
`label` (the schema label) plus the stored properties but `id`; edge key = the relationship
type (plus its merge keys, e.g. `HOLDS_POSITION|副局长`), edge attributes = `type` plus the
stored properties. Values are str, int, float, bool or list[str], never None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import UsageError
from kg.schema import GraphSchema, load_schema
from kg.store.base import Store

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class GraphFilter:
    """A slice: nodes of `labels`, relationships of `types`, seen on or after `since`.

    No labels: every label. No types: every type. Types without labels: only the nodes the
    kept relationships connect. `since` keeps nodes whose last_seen (articles: date) and
    relationships whose last_seen (MENTIONS: the article's date) is on or after it; items
    without a date are left out of a slice.
    """

    labels: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    since: str | None = None

    def check(self, schema: GraphSchema) -> None:
        """UsageError for an unknown label or type or a malformed date."""
        for label in self.labels:
            if label not in schema.nodes:
                raise UsageError(
                    f"--label {label}: unknown label; use one of {', '.join(schema.nodes)}"
                )
        for rtype in self.types:
            if rtype not in schema.relationships:
                raise UsageError(
                    f"--type {rtype}: unknown type; use one of {', '.join(schema.relationships)}"
                )
        if self.since is not None and not DATE.fullmatch(self.since):
            raise UsageError(f"--since {self.since}: expected a date YYYY-MM-DD")


def edge_key(rel_type: str, props: Mapping[str, Any], schema: GraphSchema) -> str:
    """The MultiDiGraph key: the type plus the values of its merge keys (as the store merges)."""
    keys = schema.relationships[rel_type].keys
    return "|".join([rel_type, *(str(props.get(k, "")) for k in keys)])


def _clean(props: Mapping[str, Any], drop: str | None = None) -> dict[str, Any]:
    return {
        k: (list(v) if isinstance(v, tuple | list) else v)
        for k, v in props.items()
        if v is not None and k != drop
    }


def _node_rows(store: Store, label: str, since: str | None) -> list[dict[str, Any]]:
    # the label comes from the validated schema; values travel as parameters
    cypher = (
        f"MATCH (n:{label}) WHERE $since IS NULL OR coalesce(n.last_seen, n.date) >= $since "
        "RETURN n.id AS id, properties(n) AS props"
    )
    return store.run(cypher, {"since": since})


def _edge_rows(
    store: Store, rel_type: str, source_label: str, since: str | None
) -> list[dict[str, Any]]:
    cypher = (
        f"MATCH (a:{source_label})-[r:{rel_type}]->(b) "
        "WHERE $since IS NULL OR coalesce(r.last_seen, a.date) >= $since "
        "RETURN a.id AS source, b.id AS target, properties(r) AS props"
    )
    return store.run(cypher, {"since": since})


def read_graph(store: Store, graph_filter: GraphFilter | None = None) -> nx.MultiDiGraph:
    """The store's graph as a MultiDiGraph, sliced by `graph_filter`."""
    schema = load_schema()
    f = graph_filter or GraphFilter()
    f.check(schema)
    labels = f.labels or tuple(schema.nodes)
    types = f.types or tuple(schema.relationships)
    graph = nx.MultiDiGraph(name="kg")
    for label in labels:
        for row in _node_rows(store, label, f.since):
            graph.add_node(row["id"], label=label, **_clean(row["props"], drop="id"))
    for rtype in types:
        for source_label in sorted(schema.relationships[rtype].sources & set(labels)):
            add_edges(graph, rtype, _edge_rows(store, rtype, source_label, f.since), schema)
    if f.types and not f.labels:
        graph.remove_nodes_from([n for n, d in graph.degree() if d == 0])
    return graph


def add_edges(
    graph: nx.MultiDiGraph, rel_type: str, rows: Iterable[Mapping[str, Any]], schema: GraphSchema
) -> None:
    """Add the rows (source, target, props) whose two ends are in `graph`."""
    for row in rows:
        source, target = row["source"], row["target"]
        if source in graph and target in graph:
            props = _clean(row["props"])
            graph.add_edge(
                source, target, key=edge_key(rel_type, props, schema), type=rel_type, **props
            )
