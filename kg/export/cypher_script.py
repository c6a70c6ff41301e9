"""A cypher-shell script that rebuilds the graph: `cypher-shell -f graph.cypher`.

Constraints and indexes come first (the same ones `kg init` creates on Neo4j), then nodes
and relationships in UNWIND batches. Every value is a Cypher literal built by `literal`:
strings are JSON strings (double-quoted; quote, backslash and control characters escaped
as \\" \\\\ \\n … \\u00XX, all valid Cypher escapes), so no text can end a string early; labels
and types come from the schema. One statement per line (split on \\n only), each ending `;`.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.export.base import Exporter
from kg.schema import load_schema
from kg.store.ddl import neo4j_init_statements

BATCH = 500
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def identifier(name: str) -> str:
    """A property key as a Cypher identifier, backtick-quoted unless plain."""
    return name if _IDENTIFIER.fullmatch(name) else "`" + name.replace("`", "``") + "`"


def literal(value: Any) -> str:
    """`value` (str, bool, int, float, list or dict of those) as a Cypher literal."""
    if isinstance(value, str):
        return encode_basestring(value)  # a JSON string is a Cypher string literal
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise KgError(f"cypher export: {value} has no Cypher literal")
        return repr(value)
    if isinstance(value, list | tuple):
        if all(isinstance(v, str) for v in value):
            return "[" + ", ".join(map(encode_basestring, value)) + "]"  # fast path
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{identifier(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
        )
    raise KgError(f"cypher export: cannot write a {type(value).__name__} value as a Cypher literal")


def _batches(rows: list[dict[str, Any]]) -> Iterator[str]:
    for start in range(0, len(rows), BATCH):
        yield literal(rows[start : start + BATCH])


def node_statements(graph: nx.MultiDiGraph) -> Iterator[str]:
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        props = {k: v for k, v in data.items() if k != "label"}
        by_label[data["label"]].append({"id": node, "props": props})
    for label, rows in by_label.items():
        for batch in _batches(rows):
            yield f"UNWIND {batch} AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props;"


def edge_statements(graph: nx.MultiDiGraph) -> Iterator[str]:
    schema = load_schema()
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        group = (data["type"], graph.nodes[u]["label"], graph.nodes[v]["label"])
        groups[group].append(
            {"s": u, "t": v, "props": {k: x for k, x in data.items() if k != "type"}}
        )
    for (rtype, src, dst), rows in groups.items():
        keys = ", ".join(
            f"{identifier(k)}: row.props.{identifier(k)}" for k in schema.relationships[rtype].keys
        )
        merge_props = f" {{{keys}}}" if keys else ""
        for batch in _batches(rows):
            yield (
                f"UNWIND {batch} AS row "
                f"MATCH (a:{src} {{id: row.s}}) MATCH (b:{dst} {{id: row.t}}) "
                f"MERGE (a)-[r:{rtype}{merge_props}]->(b) SET r += row.props;"
            )


def write(graph: nx.MultiDiGraph, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            f"// kg graph: {graph.number_of_nodes()} nodes, "
            f"{graph.number_of_edges()} relationships.\n"
        )
        out.write("// Rebuild it in Neo4j with: cypher-shell -f THIS_FILE\n")
        for stmt in neo4j_init_statements(load_schema()):
            out.write(stmt + ";\n")
        for stmt in node_statements(graph):
            out.write(stmt + "\n")
        for stmt in edge_statements(graph):
            out.write(stmt + "\n")


EXPORTER = Exporter("cypher", "a cypher-shell script: constraints, then UNWIND batches", write)
