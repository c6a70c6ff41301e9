"""A batch of whole articles, merged into one parameter set for the load statement.

Rows that share a MERGE key are combined here, before Cypher sees them: one row per node,
per (article, entity) and per relationship key, so no statement MERGEs the same key twice
in one UNWIND (engines differ on that) and the provenance arithmetic happens once.
"""

from __future__ import annotations

from typing import Any

from kg.schema import GraphSchema
from kg.store.cypher import ARTICLE_PARAM, load_parameter_names, rel_parts
from kg.store.rows import ArticleRows, Row


def _union(old: list[str], new: list[str]) -> list[str]:
    return old + [v for v in new if v not in old]


def _pick(old: Any, new: Any, prop: str) -> Any:
    if old is None or new is None:
        return new if old is None else old
    if prop == "first_seen":
        return min(old, new)
    if prop in ("last_seen", "confidence"):
        return max(old, new)
    return new


def merge_rows(old: Row, new: Row, summed: frozenset[str] = frozenset()) -> Row:
    out = dict(old)
    for prop, value in new.items():
        if prop in summed:
            out[prop] = old.get(prop, 0) + value
        elif isinstance(value, list):
            out[prop] = _union(old.get(prop) or [], value)
        else:
            out[prop] = _pick(old.get(prop), value, prop)
    return out


class Batch:
    """Accumulates ArticleRows until `size` reaches the caller's limit."""

    def __init__(self, schema: GraphSchema) -> None:
        self._names = load_parameter_names(schema)
        self._rel_keys = {p.param: schema.relationships[p.type].keys for p in rel_parts(schema)}
        self._rows: dict[str, dict[tuple[Any, ...], Row]] = {name: {} for name in self._names}
        self.article_ids: list[str] = []

    def _key(self, param: str, row: Row) -> tuple[Any, ...]:
        if param in self._rel_keys:
            return (row["source"], row["target"], *(row[k] for k in self._rel_keys[param]))
        if param.startswith("mentions_"):
            return (row["article"], row["entity"])
        return (row["id"],)

    def add(self, rows: ArticleRows) -> None:
        if rows.article_id in self.article_ids:
            return  # the same article twice in one batch: its rows are already here
        self.article_ids.append(rows.article_id)
        for param, new_rows in rows.params.items():
            summed = frozenset({"count"}) if param.startswith("mentions_") else frozenset()
            bucket = self._rows[param]
            for row in new_rows:
                key = self._key(param, row)
                bucket[key] = merge_rows(bucket[key], row, summed) if key in bucket else row

    @property
    def size(self) -> int:
        return sum(len(bucket) for bucket in self._rows.values())

    def count(self, prefix: str) -> int:
        return sum(len(b) for name, b in self._rows.items() if name.startswith(prefix))

    @property
    def node_rows(self) -> int:
        return len(self._rows[ARTICLE_PARAM]) + self.count("nodes_")

    @property
    def relationship_rows(self) -> int:
        return self.count("mentions_") + self.count("rels_")

    def params(self) -> dict[str, list[Row]]:
        """Every parameter of the load statement; absent ones as empty lists."""
        return {name: list(self._rows[name].values()) for name in self._names}
