"""GraphML (Gephi, Cytoscape, yEd, networkx), lists JSON-encoded (see lists.py)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.base import Exporter
from kg.export.lists import decode_lists, encode_lists


def write(graph: nx.MultiDiGraph, path: Path) -> None:
    # edge keys become GraphML edge ids, so parallel edges of different types stay apart
    nx.write_graphml(encode_lists(graph), path, encoding="utf-8", prettyprint=False)


def read(path: Path) -> nx.MultiDiGraph:
    graph = nx.read_graphml(path, force_multigraph=True)
    for *_, data in graph.edges(data=True):
        data.pop("id", None)  # the edge id is the key; networkx also copies it here
    return decode_lists(nx.MultiDiGraph(graph))


EXPORTER = Exporter("graphml", "GraphML; list values JSON-encoded", write, read)
