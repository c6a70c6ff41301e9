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
from collections.abc import Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.export.base import Exporter
from kg.export.source import GraphSource, as_source
from kg.schema import GraphSchema, load_schema
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


def _node_rows(source: GraphSource, labels: dict[str, str]) -> Iterator[tuple[str, dict[str, Any]]]:
    for node in source.nodes():
        labels[node.id] = node.label
        yield node.label, {"id": node.id, "props": node.props}


def _edge_rows(
    source: GraphSource, labels: dict[str, str]
) -> Iterator[tuple[tuple[str, str, str], dict[str, Any]]]:
    for edge in source.edges():
        group = (edge.type, labels[edge.source], labels[edge.target])
        yield group, {"s": edge.source, "t": edge.target, "props": edge.props}


def _batched(rows: Iterator[tuple[Any, dict[str, Any]]]) -> Iterator[tuple[Any, str]]:
    """(group, literal of up to BATCH rows of the group), a group's rows kept together."""
    pending: dict[Any, list[dict[str, Any]]] = {}
    for group, row in rows:
        batch = pending.setdefault(group, [])
        batch.append(row)
        if len(batch) >= BATCH:
            yield group, literal(pending.pop(group))
    for group, batch in pending.items():
        yield group, literal(batch)


def node_statement(label: str, batch: str) -> str:
    return f"UNWIND {batch} AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props;"


def edge_statement(group: tuple[str, str, str], batch: str, schema: GraphSchema) -> str:
    rtype, src, dst = group
    keys = ", ".join(
        f"{identifier(k)}: row.props.{identifier(k)}" for k in schema.relationships[rtype].keys
    )
    merge_props = f" {{{keys}}}" if keys else ""
    return (
        f"UNWIND {batch} AS row "
        f"MATCH (a:{src} {{id: row.s}}) MATCH (b:{dst} {{id: row.t}}) "
        f"MERGE (a)-[r:{rtype}{merge_props}]->(b) SET r += row.props;"
    )


def write(graph: GraphSource | nx.MultiDiGraph, path: Path) -> None:
    source, schema = as_source(graph), load_schema()
    labels: dict[str, str] = {}  # node id → label, for the relationships' MATCH
    with open(path, "w", encoding="utf-8") as out:
        out.write("// kg graph: rebuild it in Neo4j with: cypher-shell -f THIS_FILE\n")
        for stmt in neo4j_init_statements(schema):
            out.write(stmt + ";\n")
        for label, batch in _batched(_node_rows(source, labels)):
            out.write(node_statement(label, batch) + "\n")
        for group, batch in _batched(_edge_rows(source, labels)):
            out.write(edge_statement(group, batch, schema) + "\n")


EXPORTER = Exporter("cypher", "a cypher-shell script: constraints, then UNWIND batches", write)
