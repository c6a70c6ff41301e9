"""Run a canned query (kg.queries) for a page, and pick the node ids out of its rows.

Convention: every string in the result that is a node's id or a node's name is drawn:
plain strings, strings in lists, and nodes returned whole (a map with an `id`), then the
relationships among the drawn nodes. Other values (counts, dates, sentences) match nothing;
which strings are ids or names is decided by looking them up (fetch.among). A name shared
by two nodes (two people called 王波) draws both.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from kg.errors import UsageError
from kg.store.base import Row, Store


def run_canned(store: Store, name: str, params: Mapping[str, str]) -> list[Row]:
    """Rows of the canned query `name` with -p values (converted and checked by kg.queries:
    an unknown query or parameter is a QueryError, a UsageError)."""
    try:
        queries: Any = importlib.import_module("kg.queries")  # another stage; may be absent
    except ImportError:
        raise UsageError(
            "--query: canned queries (kg.queries) are not available in this install"
        ) from None
    query = queries.get_query(name)
    return list(queries.run_query(store, query, dict(params)))


def _walk(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        if isinstance(value.get("id"), str):
            yield value["id"]
        else:
            for v in value.values():
                yield from _walk(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _walk(v)


def node_ids_in(rows: Iterable[Row]) -> list[str]:
    """Candidate ids and names in the order they appear, each once."""
    seen: dict[str, None] = {}
    for row in rows:
        for value in row.values():
            for text in _walk(value):
                seen.setdefault(text, None)
    return list(seen)
