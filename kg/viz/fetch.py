"""Read what a page draws from the store: an actor's neighbourhood, or the graph among a set
of node ids, and the Article nodes behind the relationships. Labels and relationship types
come from the validated schema; every value is a parameter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.schema import load_schema
from kg.store.base import Row, Store
from kg.viz.find import Found
from kg.viz.model import ArticleRef, VizEdge, VizNode, edge_from_row, node_from_row

_OUT = (
    "UNWIND $ids AS id MATCH (a:{label} {{id: id}})-[r:{types}]->(b) {where}"
    "RETURN a.id AS src, type(r) AS type, b.id AS dst, labels(b)[0] AS label, "
    "properties(r) AS props, properties(b) AS node"
)
_IN = (
    "UNWIND $ids AS id MATCH (a:{label} {{id: id}})<-[r:{types}]-(b) {where}"
    "RETURN b.id AS src, type(r) AS type, a.id AS dst, labels(b)[0] AS label, "
    "properties(r) AS props, properties(b) AS node"
)


@dataclass
class Collected:
    """Nodes and relationships gathered so far; `dist` is the hop count from the focus."""

    nodes: dict[str, VizNode] = field(default_factory=dict)
    edges: dict[tuple[str, str, str, str | None], VizEdge] = field(default_factory=dict)
    dist: dict[str, int] = field(default_factory=dict)
    unexplored: int = 0  # hops not followed because the nearer ones already fill the limit


def _types(with_mentions: bool) -> str:
    schema = load_schema()
    return "|".join(schema.relationships if with_mentions else schema.extracted_types)


def nodes_by_id(store: Store, ids: Iterable[str], *, names: bool = False) -> dict[str, VizNode]:
    """The nodes (of any schema label) whose id is in `ids` (or, with names=True, whose name
    is); other strings are ignored. Both keys are indexed, so each lookup is one seek."""
    wanted = sorted(set(ids))
    schema = load_schema()
    keys = [("id", label) for label in schema.nodes]
    if names:
        keys += [("name", label) for label in schema.entity_labels]
    found: dict[str, VizNode] = {}
    for key, label in keys:
        cypher = (
            f"UNWIND $ids AS k MATCH (n:{label} {{{key}: k}}) "
            "RETURN labels(n)[0] AS label, properties(n) AS props"
        )
        for row in store.run(cypher, {"ids": wanted}):
            node = node_from_row(row)
            found[node.id] = node
    return found


def _expand(
    store: Store, label: str, ids: list[str], where: str, params: Row, types: str
) -> list[Row]:
    rows: list[Row] = []
    for pattern in (_OUT, _IN):
        cypher = pattern.format(label=label, types=types, where=where)
        rows += store.run(cypher, {"ids": ids, **params})
    return rows


def neighbourhood(
    store: Store, focus: Found, hops: int, since: str | None, max_nodes: int
) -> Collected:
    """The focus node and everything within `hops` relationships of it (MENTIONS aside).
    A further hop is not followed once `max_nodes` are found: the limit keeps nearer nodes
    first, so none of its nodes could be drawn anyway."""
    got = Collected(nodes=nodes_by_id(store, [focus.id]), dist={focus.id: 0})
    where = "WHERE r.last_seen >= $since " if since else ""
    params: Row = {"since": since} if since else {}
    frontier = {focus.label: [focus.id]}
    for hop in range(1, hops + 1):
        if len(got.nodes) >= max_nodes:
            got.unexplored = hops - hop + 1
            break
        following: dict[str, list[str]] = {}
        for label, ids in sorted(frontier.items()):
            for row in _expand(store, label, ids, where, params, _types(False)):
                edge = edge_from_row(row)
                got.edges.setdefault(edge.key, edge)
                node = node_from_row({"label": row["label"], "props": row["node"]})
                if node.id not in got.dist:
                    got.dist[node.id] = hop
                    got.nodes[node.id] = node
                    following.setdefault(node.label, []).append(node.id)
        frontier = following
    return got


def among(store: Store, keys: Iterable[str]) -> Collected:
    """The nodes with these ids or names and every relationship between two of them."""
    nodes = nodes_by_id(store, keys, names=True)
    got = Collected(nodes=nodes, dist=dict.fromkeys(nodes, 0))
    by_label: dict[str, list[str]] = {}
    for node in nodes.values():
        by_label.setdefault(node.label, []).append(node.id)
    every = sorted(nodes)
    for label, group in sorted(by_label.items()):
        cypher = _OUT.format(label=label, types=_types(True), where="WHERE b.id IN $all ")
        for row in store.run(cypher, {"ids": sorted(group), "all": every}):
            edge = edge_from_row(row)
            got.edges.setdefault(edge.key, edge)
    return got


def articles(store: Store, edges: Iterable[VizEdge]) -> tuple[ArticleRef, ...]:
    """The Article nodes that the relationships' `articles` lists name."""
    ids = sorted({a for e in edges for a in e.articles})
    if not ids:
        return ()
    cypher = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN properties(a) AS p"
    rows = store.run(cypher, {"ids": ids})
    refs = [
        ArticleRef(r["p"]["id"], r["p"].get("title"), r["p"].get("date"), r["p"].get("source"))
        for r in rows
    ]
    return tuple(sorted(refs, key=lambda a: (a.date or "", a.id)))
