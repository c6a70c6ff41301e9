"""Every registered exporter that can read its file back restores the same graph."""

from pathlib import Path

import networkx as nx
import pytest

from kg.export.base import exporters
from tests.export.conftest import awkward_graph

READABLE = sorted(name for name, e in exporters().items() if e.read is not None)


def _edges(graph: nx.MultiDiGraph) -> dict:
    return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


def assert_same_graph(got: nx.MultiDiGraph, want: nx.MultiDiGraph) -> None:
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert _edges(got) == _edges(want)
    assert got.number_of_edges() == want.number_of_edges()


def test_the_file_formats_can_be_read_back():
    assert {"graphml", "gexf", "json"} <= set(READABLE)


@pytest.mark.parametrize("name", READABLE)
def test_sample_graph_round_trips(name: str, sample_graph: nx.MultiDiGraph, tmp_path: Path):
    exporter = exporters()[name]
    path = tmp_path / f"graph.{name}"
    exporter.write(sample_graph, path)
    assert exporter.read is not None
    got = exporter.read(path)
    assert_same_graph(got, sample_graph)
    lists = [d["aliases"] for _, d in got.nodes(data=True) if "aliases" in d]
    assert lists and all(isinstance(x, list) for x in lists)


@pytest.mark.parametrize("name", READABLE)
def test_awkward_strings_and_parallel_edges_round_trip(name: str, tmp_path: Path):
    exporter = exporters()[name]
    graph = awkward_graph()
    exporter.write(graph, tmp_path / "g")
    assert exporter.read is not None
    assert_same_graph(exporter.read(tmp_path / "g"), graph)


@pytest.mark.parametrize("name", ["graphml", "gexf"])
def test_xml_formats_declare_the_list_encoding_in_their_metadata(name: str, tmp_path: Path):
    exporters()[name].write(awkward_graph(), tmp_path / "g")
    text = (tmp_path / "g").read_text(encoding="utf-8")
    assert "JSON-encoded" in text and "kg_list_node_attributes" in text
    assert "aliases" in text and "evidence" in text


@pytest.mark.parametrize("name", sorted(exporters()))
def test_every_exporter_writes_the_empty_graph(name: str, tmp_path: Path):
    exporter = exporters()[name]
    exporter.write(nx.MultiDiGraph(name="kg"), tmp_path / "empty")
    assert (tmp_path / "empty").exists()
