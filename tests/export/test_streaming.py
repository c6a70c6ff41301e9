"""Exports stream the store a page at a time: the pages add up to the whole graph, values the
schema does not declare survive, statements are not repeated, and XML never breaks."""

from pathlib import Path

import networkx as nx
import pytest

from kg.export import StoreGraph, export_graph, export_rdf, get_exporter
from kg.export.graph import read_graph, to_networkx
from kg.export.rdf import rdf_quads
from kg.store import Store, falkor_stream, open_store
from tests.export.conftest import sample_extractions
from tests.export.test_roundtrip import assert_same_graph

BASE = "https://kg.example.org/"


def test_small_pages_read_the_same_graph(
    sample_store: Store, sample_graph: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(falkor_stream, "PAGE_NODES", 3)  # many pages, some empty
    assert_same_graph(to_networkx(StoreGraph(sample_store)), sample_graph)


def test_rdf_states_each_statement_once(sample_graph: nx.MultiDiGraph):
    graph = sample_graph.copy()
    hosted = [(u, v) for u, v, d in graph.edges(data=True) if d["type"] == "HOSTED"]
    u, v = hosted[0]
    graph.add_edge(u, v, key="ORGANIZED", type="ORGANIZED", articles=["art-x"])  # same organizer
    for named in (False, True):
        quads = list(rdf_quads(graph, BASE, named=named))
        assert len(quads) == len(set(quads))
        assert sum(1 for q in quads if q[1] == "https://schema.org/organizer" and q[3] is None) == (
            0
            if named
            else len(
                {
                    (a, b)
                    for a, b, d in graph.edges(data=True)
                    if d["type"] in ("HOSTED", "ORGANIZED")
                }
            )
        )


@pytest.fixture()
def own_store(tmp_path: Path):
    from kg.load import load_extractions

    store = open_store(str(tmp_path / "kg-data"))
    store.init()
    load_extractions(store, sample_extractions())
    yield store
    store.close()


def test_properties_the_schema_does_not_declare_are_exported(own_store: Store, tmp_path: Path):
    own_store.run(
        "MATCH (n:Agency {id: $id}) SET n.note = $note",
        {"id": "agency:samr", "note": "手工"},
        write=True,
    )
    own_store.run("MATCH (:Person)-[r:HOLDS_POSITION]->() SET r.checked = true", write=True)
    graph = read_graph(own_store)
    assert graph.nodes["agency:samr"]["note"] == "手工"
    assert graph.nodes["agency:samr"]["name"] == "国家市场监督管理总局"
    held = [d for *_, d in graph.edges(data=True) if d["type"] == "HOLDS_POSITION"]
    assert held and all(d["checked"] is True and d["articles"] for d in held)
    written = export_graph(own_store, "graphml", tmp_path / "g.graphml")
    assert (written.nodes, written.relationships) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    back = get_exporter("graphml").read(tmp_path / "g.graphml")
    assert back.nodes["agency:samr"]["note"] == "手工"


def test_characters_xml_cannot_hold_become_replacement_characters(tmp_path: Path):
    graph = nx.MultiDiGraph(name="kg")
    graph.add_node("agency:x", label="Agency", name="坏\x01字\x0b符", aliases=["a\x1fb"])
    for name in ("graphml", "gexf"):
        exporter = get_exporter(name)
        exporter.write(graph, tmp_path / name)
        back = exporter.read(tmp_path / name)
        assert back.nodes["agency:x"]["name"] == "坏\ufffd字\ufffd符"
        assert back.nodes["agency:x"]["aliases"] == ["a\x1fb"]  # JSON escapes it: kept


def test_rdf_export_counts_what_it_wrote(sample_store: Store, tmp_path: Path):
    count = export_rdf(sample_store, "nt", tmp_path / "g.nt")
    lines = [x for x in (tmp_path / "g.nt").read_text(encoding="utf-8").splitlines() if x]
    assert count == len(lines) == len(set(lines))


def test_a_spooled_graph_replays_what_it_read(sample_store: Store):
    from kg.export.spool import SpooledGraph

    store_graph = StoreGraph(sample_store)
    want_nodes, want_edges = list(store_graph.nodes()), list(store_graph.edges())
    with SpooledGraph(store_graph) as spooled:
        half = spooled.edges()
        next(half)
        half.close()  # an abandoned pass is not kept: the next one reads the store again
        for _ in range(2):  # the first pass reads and records, the second replays
            assert list(spooled.nodes()) == want_nodes
            assert list(spooled.edges()) == want_edges
        assert sorted(spooled._done) == ["edges", "nodes"]
        parts = list(spooled.edges(("PART_OF",)))
    assert parts == [e for e in want_edges if e.type == "PART_OF"]
