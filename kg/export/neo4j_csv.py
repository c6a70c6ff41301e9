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
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.errors import KgError
from kg.export.base import Exporter
from kg.export.source import GraphSource, as_source
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


def _columns(declared: Mapping[str, str], kinds: Mapping[str, str], schema_keys: set[str]):
    """property → kind: the label's (or type's) schema properties, then any property the
    schema declares nowhere (set by hand), from the source's kinds."""
    cols = {k: t for k, t in declared.items() if k != "id"}
    cols.update({k: t for k, t in kinds.items() if k not in schema_keys and k != "id"})
    return cols


def _cell(value: Any, delim: str, seen: set[str]) -> Any:
    if isinstance(value, list):
        joined = "\n".join(value)
        seen.update(d for d in ARRAY_DELIMITERS if d in joined)
        return delim.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class _Files:
    """One CSV file per label or type, opened at its first row, header from its columns."""

    def __init__(self, path: Path, delim: str) -> None:
        self.path, self.delim = path, delim
        self.open: dict[str, tuple[IO[str], Any, dict[str, str]]] = {}
        self.files: list[tuple[str, str]] = []
        self.seen: set[str] = set()  # delimiters that occur in some list item

    def row(
        self,
        name: str,
        option: str,
        head: list[str],
        cols: dict[str, str],
        cells: list[Any],
        props: Mapping[str, Any],
    ) -> None:
        if name not in self.open:
            handle = open(self.path / name, "w", encoding="utf-8", newline="")  # noqa: SIM115
            writer = csv.writer(handle)
            writer.writerow([*head, *(f"{k}:{NEO4J_TYPES[t]}" for k, t in cols.items())])
            self.open[name] = (handle, writer, cols)
            self.files.append((option, name))
        _, writer, cols = self.open[name]
        writer.writerow([*cells, *(_cell(props.get(k), self.delim, self.seen) for k in cols)])

    def close(self) -> None:
        for handle, *_ in self.open.values():
            handle.close()


def _write_files(source: GraphSource, path: Path, delim: str) -> _Files:
    schema = load_schema()
    node_keys = set().union(*(n.properties for n in schema.nodes.values()))
    rel_keys = set().union(*(r.properties for r in schema.relationships.values()))
    node_kinds, edge_kinds = source.node_kinds(), source.edge_kinds()
    node_cols = {x: _columns(n.properties, node_kinds, node_keys) for x, n in schema.nodes.items()}
    rel_cols = {
        t: _columns(r.properties, edge_kinds, rel_keys) for t, r in schema.relationships.items()
    }
    files = _Files(path, delim)
    try:
        for node in source.nodes():
            files.row(
                f"nodes_{node.label}.csv",
                "--nodes",
                ["id:ID", ":LABEL"],
                node_cols[node.label],
                [node.id, node.label],
                node.props,
            )
        for edge in source.edges():
            files.row(
                f"relationships_{edge.type}.csv",
                "--relationships",
                [":START_ID", ":END_ID", ":TYPE"],
                rel_cols[edge.type],
                [edge.source, edge.target, edge.type],
                edge.props,
            )
    finally:
        files.close()
    return files


def write(graph: GraphSource | nx.MultiDiGraph, path: Path) -> None:
    """Write with the first delimiter; if some list item holds it, write again with the
    first delimiter no item holds (found on the first pass)."""
    source = as_source(graph)
    path.mkdir(parents=True, exist_ok=True)
    files = _write_files(source, path, ARRAY_DELIMITERS[0])
    if ARRAY_DELIMITERS[0] in files.seen:
        free = [d for d in ARRAY_DELIMITERS if d not in files.seen]
        if not free:
            raise KgError(
                "csv export: every candidate array delimiter occurs in some list value; "
                "use --format json"
            )
        for _, name in files.files:
            (path / name).unlink()
        files = _write_files(source, path, free[0])
    _write_script(path / SCRIPT, files.delim, files.files)


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
