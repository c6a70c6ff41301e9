"""What an exporter is, and how they are found: the `kg.exporters` entry-point group.

An exporter writes a GraphSource (kg/export/source.py: a store read as a stream, or a
networkx MultiDiGraph) to a path; most can read their file back (`read`), which the
round-trip tests use. Third parties add one the same way
the built-ins are added: an entry point in `kg.exporters` naming an `Exporter` object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

import networkx as nx

from kg.errors import UsageError
from kg.export.source import GraphSource

GROUP = "kg.exporters"


@dataclass(frozen=True)
class Exporter:
    name: str
    description: str
    write: Callable[[GraphSource | nx.MultiDiGraph, Path], None]
    read: Callable[[Path], nx.MultiDiGraph] | None = None  # None: no reader (write-only)
    directory: bool = False  # writes a directory of files rather than one file


# Used only when the installed metadata predates the entry-point group (an editable install
# not reinstalled since pyproject.toml gained it); same names as pyproject.toml.
BUILTIN = {
    "graphml": "kg.export.graphml:EXPORTER",
    "gexf": "kg.export.gexf:EXPORTER",
    "json": "kg.export.nodelink:EXPORTER",
    "csv": "kg.export.neo4j_csv:EXPORTER",
    "cypher": "kg.export.cypher_script:EXPORTER",
}


def registered() -> dict[str, str]:
    """name → "module:attribute" of every exporter in the entry-point group."""
    return {ep.name: ep.value for ep in entry_points(group=GROUP)}


def exporters() -> dict[str, Exporter]:
    """Every registered exporter by name (the built-ins if the group is not installed)."""
    from importlib import import_module

    out: dict[str, Exporter] = {}
    for name, target in (registered() or BUILTIN).items():
        module, _, attr = target.partition(":")
        exporter = getattr(import_module(module), attr)
        if not isinstance(exporter, Exporter):
            raise UsageError(f"exporter {name} ({target}) is not a kg.export.Exporter")
        out[name] = exporter
    return out


def get_exporter(name: str) -> Exporter:
    found = exporters()
    if name not in found:
        raise UsageError(
            f"--format {name}: unknown export format; use one of {', '.join(sorted(found))}"
        )
    return found[name]
