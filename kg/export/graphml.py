"""GraphML (Gephi, Cytoscape, yEd, networkx), lists JSON-encoded (see lists.py).

Written as a stream (nodes, then relationships, one element per line), so a graph of any
size takes no memory beyond a page; the file is what networkx's writer would produce and
networkx reads it back (`read`). Keys are declared first, from the source's kinds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

import networkx as nx

from kg.export.base import Exporter
from kg.export.lists import DESCRIPTION, EDGE_LISTS, NODE_LISTS, decode_lists
from kg.export.source import LIST, GraphSource, as_source
from kg.export.xml_text import XML_TYPES, as_text, attr, text

HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


class _Keys:
    """The <key> declarations: one id per (domain, attribute name)."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], str] = {}
        self.lines: list[str] = []

    def declare(self, domain: str, name: str, kind: str) -> None:
        key = f"d{len(self.ids)}"
        self.ids[(domain, name)] = key
        xml_type = XML_TYPES.get(kind, "string")
        self.lines.append(
            f'<key id="{key}" for="{domain}" attr.name="{attr(name)}" attr.type="{xml_type}"/>\n'
        )


def _data(keys: _Keys, domain: str, values: dict[str, str]) -> str:
    return "".join(
        f'<data key="{keys.ids[(domain, k)]}">{text(v)}</data>' for k, v in values.items()
    )


def write(graph: GraphSource | nx.MultiDiGraph, path: Path) -> None:
    source = as_source(graph)
    node_kinds = {"label": "string", **source.node_kinds()}
    edge_kinds = {"type": "string", **source.edge_kinds()}
    meta = {
        "name": source.name,
        NODE_LISTS: json.dumps(sorted(k for k, v in node_kinds.items() if v == LIST)),
        EDGE_LISTS: json.dumps(sorted(k for k, v in edge_kinds.items() if v == LIST)),
        "description": DESCRIPTION,
    }
    keys = _Keys()
    for name in meta:
        keys.declare("graph", name, "string")
    for name, kind in node_kinds.items():
        keys.declare("node", name, kind)
    for name, kind in edge_kinds.items():
        keys.declare("edge", name, kind)
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEAD + "".join(keys.lines))
        out.write('<graph edgedefault="directed">' + _data(keys, "graph", meta) + "\n")
        _write_items(out, source, keys, node_kinds, edge_kinds)
        out.write("</graph>\n</graphml>\n")


def _write_items(
    out: IO[str],
    source: GraphSource,
    keys: _Keys,
    node_kinds: dict[str, str],
    edge_kinds: dict[str, str],
) -> None:
    for node in source.nodes():
        values = {"label": node.label, **node.props}
        texts = {k: as_text(v, node_kinds[k]) for k, v in values.items()}
        out.write(f'<node id="{attr(node.id)}">{_data(keys, "node", texts)}</node>\n')
    for edge in source.edges():
        values = {"type": edge.type, **edge.props}
        texts = {k: as_text(v, edge_kinds[k]) for k, v in values.items()}
        out.write(
            f'<edge source="{attr(edge.source)}" target="{attr(edge.target)}" '
            f'id="{attr(edge.key)}">{_data(keys, "edge", texts)}</edge>\n'
        )


def read(path: Path) -> nx.MultiDiGraph:
    graph = nx.read_graphml(path, force_multigraph=True)
    for *_, data in graph.edges(data=True):
        data.pop("id", None)  # the edge id is the key; networkx also copies it here
    return decode_lists(nx.MultiDiGraph(graph))


EXPORTER = Exporter("graphml", "GraphML; list values JSON-encoded", write, read)
