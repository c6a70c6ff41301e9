"""A slice of the graph to export, and the key that tells parallel relationships apart."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kg.errors import UsageError
from kg.schema import GraphSchema

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
