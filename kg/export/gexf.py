"""GEXF 1.2 (Gephi), lists JSON-encoded (see lists.py), written as a stream.

GEXF reserves node `label` (the display text: we put the name there) and edge `type`
(directed/undirected), so the schema label travels as the attribute `kg_label` and the
relationship type as `kg_type` (and as the edge's display label); read() maps them back.
The edge key travels as `networkx_key`, the attribute networkx reads keys from. GEXF has no
graph attributes, so the list declaration of lists.py goes into <meta> as the JSON object
in <keywords>.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import IO

import networkx as nx

from kg.export.base import Exporter
from kg.export.lists import DESCRIPTION, EDGE_LISTS, NODE_LISTS, decode_lists
from kg.export.source import LIST, GraphSource, as_source
from kg.export.xml_text import XML_TYPES, as_text, attr, text

NOTE = (
    " In GEXF both declarations are the JSON object in <meta><keywords>, the node label is the"
    " attribute kg_label and the relationship type the attribute kg_type."
)
HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<gexf xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
    'version="1.2">\n'
)


def _attributes(domain: str, kinds: dict[str, str], first: int) -> tuple[str, dict[str, str]]:
    """The <attributes> block of `domain` and attribute name → id."""
    ids = {name: str(first + i) for i, name in enumerate(kinds)}
    lines = [f'<attributes mode="static" class="{domain}">']
    lines += [
        f'<attribute id="{ids[n]}" title="{attr(n)}" type="{XML_TYPES.get(k, "string")}"/>'
        for n, k in kinds.items()
    ]
    return "\n".join([*lines, "</attributes>\n"]), ids


def _values(ids: dict[str, str], texts: dict[str, str]) -> str:
    inner = "".join(f'<attvalue for="{ids[k]}" value="{attr(v)}"/>' for k, v in texts.items())
    return f"<attvalues>{inner}</attvalues>"


def write(graph: GraphSource | nx.MultiDiGraph, path: Path) -> None:
    source = as_source(graph)
    node_kinds = {**source.node_kinds(), "kg_label": "string"}
    edge_kinds = {**source.edge_kinds(), "kg_type": "string", "networkx_key": "string"}
    declared = {
        NODE_LISTS: sorted(k for k, v in node_kinds.items() if v == LIST),
        EDGE_LISTS: sorted(k for k, v in edge_kinds.items() if v == LIST),
    }
    node_block, node_ids = _attributes("node", node_kinds, 0)
    edge_block, edge_ids = _attributes("edge", edge_kinds, len(node_kinds))
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            HEAD + f'<meta lastmodifieddate="{dt.date.today().isoformat()}">'
            f"<creator>kg</creator><description>{text(DESCRIPTION + NOTE)}</description>"
            f"<keywords>{text(json.dumps(declared))}</keywords></meta>\n"
            f'<graph defaultedgetype="directed" mode="static" name="{attr(source.name)}">\n'
            + edge_block
            + node_block
        )
        _write_items(out, source, (node_kinds, node_ids), (edge_kinds, edge_ids))
        out.write("</edges>\n</graph>\n</gexf>\n")


Columns = tuple[dict[str, str], dict[str, str]]  # kinds, ids


def _write_items(out: IO[str], source: GraphSource, nodes: Columns, edges: Columns) -> None:
    out.write("<nodes>\n")
    for node in source.nodes():
        texts = {k: as_text(v, nodes[0][k]) for k, v in node.props.items()}
        texts["kg_label"] = node.label
        name = str(node.props.get("name", node.id))
        out.write(
            f'<node id="{attr(node.id)}" label="{attr(name)}">{_values(nodes[1], texts)}</node>\n'
        )
    out.write("</nodes>\n<edges>\n")
    for number, edge in enumerate(source.edges()):
        texts = {k: as_text(v, edges[0][k]) for k, v in edge.props.items()}
        texts.update(kg_type=edge.type, networkx_key=edge.key)
        out.write(
            f'<edge source="{attr(edge.source)}" target="{attr(edge.target)}" id="{number}" '
            f'label="{attr(edge.type)}">{_values(edges[1], texts)}</edge>\n'
        )


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
