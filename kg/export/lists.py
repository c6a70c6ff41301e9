"""A reversible encoding of list values for formats that forbid them (GraphML, GEXF).

Every attribute that holds a list anywhere in the graph is written, on every node (or
edge), as a JSON text (`["a", "b"]`); the graph-level attributes `kg_list_node_attributes`
and `kg_list_edge_attributes` name those attributes (as JSON arrays) so a reader knows which
texts to `json.loads`. The file's description says the same in words.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

NODE_LISTS = "kg_list_node_attributes"
EDGE_LISTS = "kg_list_edge_attributes"
DESCRIPTION = (
    "kg knowledge graph export. List values are JSON-encoded: the node attributes named in "
    f"the graph attribute {NODE_LISTS} and the edge attributes named in {EDGE_LISTS} (both "
    "JSON arrays of names) hold JSON arrays of strings; decode them with json.loads. Node "
    "attribute `label` is the node's label, edge attribute `type` the relationship type."
)


def _list_keys(items: Any) -> list[str]:
    return sorted({k for data in items for k, v in data.items() if isinstance(v, list)})


def encode_lists(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `graph` whose list attributes are JSON texts, declared in graph attributes."""
    out = graph.copy()
    node_keys = _list_keys(d for _, d in out.nodes(data=True))
    edge_keys = _list_keys(d for *_, d in out.edges(data=True))
    for _, data in out.nodes(data=True):
        _encode(data, node_keys)
    for *_, data in out.edges(data=True):
        _encode(data, edge_keys)
    out.graph.update(
        {
            NODE_LISTS: json.dumps(node_keys),
            EDGE_LISTS: json.dumps(edge_keys),
            "description": DESCRIPTION,
        }
    )
    return out


def _encode(data: dict[str, Any], keys: list[str]) -> None:
    for key in keys:
        if key in data:
            value = data[key]
            data[key] = json.dumps(
                value if isinstance(value, list) else [value], ensure_ascii=False
            )


def decode_lists(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Undo encode_lists in place (and drop its graph attributes); returns `graph`."""
    node_keys = json.loads(graph.graph.pop(NODE_LISTS, "[]"))
    edge_keys = json.loads(graph.graph.pop(EDGE_LISTS, "[]"))
    graph.graph.pop("description", None)
    for _, data in graph.nodes(data=True):
        _decode(data, node_keys)
    for *_, data in graph.edges(data=True):
        _decode(data, edge_keys)
    return graph


def _decode(data: dict[str, Any], keys: list[str]) -> None:
    for key in keys:
        if key in data:
            data[key] = json.loads(data[key])
