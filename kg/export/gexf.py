"""GEXF 1.2 (Gephi), lists JSON-encoded (see lists.py).

GEXF reserves node `label` (the display text: we put the name there) and edge `type`
(directed/undirected), so the schema label travels as the attribute `kg_label` and the
relationship type as `kg_type` (and as the edge's display label); read() maps them back.
GEXF has no graph attributes, so the list declaration of lists.py goes into <meta> as the
JSON object in <keywords>.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.export.base import Exporter
from kg.export.lists import DESCRIPTION, EDGE_LISTS, NODE_LISTS, decode_lists, encode_lists

NOTE = (
    " In GEXF both declarations are the JSON object in <meta><keywords>, the node label is the"
    " attribute kg_label and the relationship type the attribute kg_type."
)


def _for_gexf(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = encode_lists(graph)
    declared = {key: json.loads(out.graph.pop(key)) for key in (NODE_LISTS, EDGE_LISTS)}
    out.graph["keywords"] = json.dumps(declared)
    out.graph["description"] = DESCRIPTION + NOTE
    for node, data in out.nodes(data=True):
        data["kg_label"] = data.pop("label")
        data["label"] = data.get("name", node)
    for *_, data in out.edges(data=True):
        data["kg_type"] = data.pop("type")
        data["label"] = data["kg_type"]
    return out


def write(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_gexf(_for_gexf(graph), path, encoding="utf-8", prettyprint=False, version="1.2draft")


def read(path: Path) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(nx.read_gexf(path))
    graph.graph.pop("mode", None)
    declared = json.loads(graph.graph.pop("keywords", "{}"))
    graph.graph.update({key: json.dumps(names) for key, names in declared.items()})
    for _, data in graph.nodes(data=True):
        data["label"] = data.pop("kg_label")
    for *_, data in graph.edges(data=True):
        data.pop("id", None)
        data.pop("label", None)
        data["type"] = data.pop("kg_type")
    return decode_lists(graph)


EXPORTER = Exporter("gexf", "GEXF 1.2 for Gephi; list values JSON-encoded", write, read)
