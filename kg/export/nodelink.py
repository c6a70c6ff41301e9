"""networkx node-link JSON (edges under "edges"): lists stay JSON arrays, edge keys are kept.

Written as a stream, so memory stays flat; networkx's node_link_graph reads it back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.export.base import Exporter
from kg.export.source import GraphSource, as_source

ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
CHUNK = 2000  # items per encode call: one C call per chunk, not per item


def _write_array(out: IO[str], items: Iterator[dict[str, Any]]) -> None:
    first = True
    while chunk := list(islice(items, CHUNK)):
        out.write(("" if first else ",") + ENCODER.encode(chunk)[1:-1])
        first = False


def write(graph: GraphSource | nx.MultiDiGraph, path: Path) -> None:
    """The document networkx's node_link_data builds, written a chunk of items at a time."""
    source = as_source(graph)
    head = {"directed": True, "multigraph": True, "graph": {"name": source.name}}
    nodes = ({"label": n.label, **n.props, "id": n.id} for n in source.nodes())
    edges = (
        {"type": e.type, **e.props, "source": e.source, "target": e.target, "key": e.key}
        for e in source.edges()
    )
    with open(path, "w", encoding="utf-8") as out:
        out.write(ENCODER.encode(head)[:-1] + ',"nodes":[')
        _write_array(out, nodes)
        out.write('],"edges":[')
        _write_array(out, edges)
        out.write("]}")


def _graph(data: dict[str, Any]) -> nx.MultiDiGraph:
    try:
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except TypeError:
        return nx.node_link_graph(data, directed=True, multigraph=True, link="edges")


def read(path: Path) -> nx.MultiDiGraph:
    with open(path, encoding="utf-8") as src:
        data = json.load(src)
    return nx.MultiDiGraph(_graph(data))


EXPORTER = Exporter("json", "networkx node-link JSON", write, read)
