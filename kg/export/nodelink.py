"""networkx node-link JSON (edges under "edges"): lists stay JSON arrays, edge keys are kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.base import Exporter


def _data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    try:
        return nx.node_link_data(graph, edges="edges")  # networkx >= 3.4
    except TypeError:
        return nx.node_link_data(graph, link="edges")


def _graph(data: dict[str, Any]) -> nx.MultiDiGraph:
    try:
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except TypeError:
        return nx.node_link_graph(data, directed=True, multigraph=True, link="edges")


def write(graph: nx.MultiDiGraph, path: Path) -> None:
    data = _data(graph)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, separators=(",", ":"))


def read(path: Path) -> nx.MultiDiGraph:
    with open(path, encoding="utf-8") as src:
        data = json.load(src)
    return nx.MultiDiGraph(_graph(data))


EXPORTER = Exporter("json", "networkx node-link JSON", write, read)
