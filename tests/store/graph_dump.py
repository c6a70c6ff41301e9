"""Whole-graph snapshots for comparing two loads (same Cypher on every engine)."""

from __future__ import annotations

import json
from typing import Any

from kg.store import Store

NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
RELS = (
    "MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, "
    "properties(r) AS props"
)


def _key(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def dump(store: Store) -> list[str]:
    """Every node and relationship with all its properties, as sorted JSON strings."""
    rows = store.run(NODES) + store.run(RELS)
    return sorted(_key(r) for r in rows)


def counts(store: Store) -> dict[str, int]:
    from kg.store.stats import graph_stats

    stats = graph_stats(store)
    return {**stats.labels, **stats.types}
