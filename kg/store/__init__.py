"""Graph stores: one Store protocol, two engines (embedded FalkorDB, Neo4j over Bolt).

Engines register in the `kg.stores` entry-point group (pyproject.toml), the way a third
party would add one; `open_store` picks one from a --store value.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from kg.errors import StoreError, UsageError
from kg.store.base import Row, Store

NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")

__all__ = ["Row", "Store", "engine_for", "open_store"]


def engine_for(spec: str) -> str:
    """The engine name a --store value selects: a URI → neo4j, anything else a directory."""
    if spec.startswith(NEO4J_SCHEMES):
        return "neo4j"
    if "://" in spec:
        raise UsageError(
            f"--store {spec}: unknown scheme; use a directory, bolt://, neo4j:// or neo4j+s://"
        )
    return "falkordb"


def open_store(spec: str) -> Store:
    """Open the store `spec` names (a data directory, or a Neo4j URI); close() it after use."""
    name = engine_for(spec)
    found = [ep for ep in entry_points(group="kg.stores") if ep.name == name]
    if not found:
        raise StoreError(f"no `{name}` store is installed (entry point group kg.stores)")
    store: Store = found[0].load()(spec)
    return store
