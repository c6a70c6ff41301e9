"""The neo4j-admin bulk-import layout: a directory of typed CSV files and the command.

One `nodes_<Label>.csv` per label (`id:ID`, `:LABEL`, then `name:string`,
`aliases:string[]`, …) and one `relationships_<TYPE>.csv` per type (`:START_ID`,
`:END_ID`, `:TYPE`, then the properties), typed from schema/graph.yaml. Dates stay strings,
as both stores keep them. `neo4j-admin-import.sh` holds the command with the array
delimiter chosen for this data (the first of ARRAY_DELIMITERS that no list item contains).
"""

from __future__ import annotations

import csv
import shlex
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.export.base import Exporter
from kg.schema import load_schema

NEO4J_TYPES = {
    "string": "string",
    "date": "string",
    "integer": "long",
    "float": "double",
    "boolean": "boolean",
    "list[string]": "string[]",
}
ARRAY_DELIMITERS = ("|", ";", "¦", "\x1f")
SCRIPT = "neo4j-admin-import.sh"


def _python_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "float", list: "list[string]"}.get(type(value), "string")


def _columns(
    schema_props: Mapping[str, str], rows: Iterable[Mapping[str, Any]], skip: set[str]
) -> dict[str, str]:
    """property → schema type: the schema's first, then any extra keys found in the data."""
    cols = {k: t for k, t in schema_props.items() if k not in skip}
    for row in rows:
        for key, value in row.items():
            if key not in skip and key not in cols:
                cols[key] = _python_type(value)
    return cols


def array_delimiter(graph: nx.MultiDiGraph) -> str:
    found: set[str] = set()
    for *_, data in [*graph.nodes(data=True), *graph.edges(data=True)]:
        for value in data.values():
            if isinstance(value, list) and value:
                joined = "\n".join(value)
                found.update(d for d in ARRAY_DELIMITERS if d in joined)
    for delim in ARRAY_DELIMITERS:
        if delim not in found:
            return delim
    raise KgError(
        "csv export: every candidate array delimiter occurs in some list value; use --format json"
    )


def _cell(value: Any, delim: str) -> Any:
    if isinstance(value, list):
        return delim.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_file(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def write(graph: nx.MultiDiGraph, path: Path) -> None:
    schema = load_schema()
    path.mkdir(parents=True, exist_ok=True)
    delim = array_delimiter(graph)
    nodes: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        nodes[data["label"]].append((node, data))
    edges: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        edges[data["type"]].append((u, v, data))
    files: list[tuple[str, str]] = []
    for label in (x for x in schema.nodes if nodes[x]):
        cols = _columns(
            schema.nodes[label].properties, (d for _, d in nodes[label]), {"id", "label"}
        )
        header = ["id:ID", ":LABEL", *(f"{k}:{NEO4J_TYPES[t]}" for k, t in cols.items())]
        rows = ([n, label, *(_cell(d.get(k), delim) for k in cols)] for n, d in nodes[label])
        _write_file(path / f"nodes_{label}.csv", header, rows)
        files.append(("--nodes", f"nodes_{label}.csv"))
    for rtype in (x for x in schema.relationships if edges[x]):
        cols = _columns(
            schema.relationships[rtype].properties, (d for *_, d in edges[rtype]), {"type"}
        )
        header = [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            *(f"{k}:{NEO4J_TYPES[t]}" for k, t in cols.items()),
        ]
        rows = ([u, v, rtype, *(_cell(d.get(k), delim) for k in cols)] for u, v, d in edges[rtype])
        _write_file(path / f"relationships_{rtype}.csv", header, rows)
        files.append(("--relationships", f"relationships_{rtype}.csv"))
    _write_script(path / SCRIPT, delim, files)


def _write_script(path: Path, delim: str, files: list[tuple[str, str]]) -> None:
    delim_arg = "U+001F" if delim == "\x1f" else delim
    args = [
        f"--array-delimiter={delim_arg}",
        "--multiline-fields=true",
        *(f"{opt}={name}" for opt, name in files),
    ]
    lines = [
        "#!/bin/sh",
        "# Bulk-load this directory into a new, empty Neo4j database (argument: its name).",
        "# Written by `kg export --format csv`. neo4j-admin needs the database offline.",
        'cd "$(dirname "$0")" || exit 1',
        "exec neo4j-admin database import full \\",
        *(f"  {shlex.quote(a)} \\" for a in args),
        '  "${1:-neo4j}"',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o755)


EXPORTER = Exporter(
    "csv", "neo4j-admin import CSV files (a directory)", write, None, directory=True
)
