"""Reading the store into networkx: everything, and the --label/--type/--since slices."""

import networkx as nx
import pytest

from kg.errors import UsageError
from kg.export.graph import GraphFilter, read_graph
from kg.schema import load_schema
from kg.store import Store


def store_counts(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    schema = load_schema()
    labels = {
        label: store.run(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"]
        for label in schema.nodes
    }
    types = {
        t: store.run(f"MATCH ()-[r:{t}]->() RETURN count(r) AS c")[0]["c"]
        for t in schema.relationships
    }
    return labels, types


def test_the_whole_graph_matches_the_store_counts(
    sample_store: Store, sample_graph: nx.MultiDiGraph
):
    labels, types = store_counts(sample_store)
    got_labels = {label: 0 for label in labels}
    for _, data in sample_graph.nodes(data=True):
        got_labels[data["label"]] += 1
    got_types = {t: 0 for t in types}
    for *_, data in sample_graph.edges(data=True):
        got_types[data["type"]] += 1
    assert got_labels == labels and got_types == types
    assert sum(types.values()) > 20


def test_nodes_and_edges_carry_properties_and_lists(sample_graph: nx.MultiDiGraph):
    samr = sample_graph.nodes["agency:samr"]
    assert samr["label"] == "Agency" and samr["name"] == "国家市场监督管理总局"
    assert isinstance(samr["aliases"], list) and "id" not in samr
    titles = {k for *_, k in sample_graph.edges(keys=True) if k.startswith("HOLDS_POSITION|")}
    assert titles, "HOLDS_POSITION edges are keyed by their title"
    for *_, k, d in sample_graph.edges(keys=True, data=True):
        assert k.split("|")[0] == d["type"]
        if d["type"] != "MENTIONS":
            assert isinstance(d["articles"], list) and d["articles"]


def test_label_filter_keeps_only_those_labels(sample_store: Store):
    graph = read_graph(sample_store, GraphFilter(labels=("Agency", "Event")))
    assert graph.number_of_nodes() > 0
    assert {d["label"] for _, d in graph.nodes(data=True)} == {"Agency", "Event"}
    assert {d["type"] for *_, d in graph.edges(data=True)} <= {
        "HOSTED",
        "ORGANIZED",
        "PART_OF",
        "HELD_AT",
    }


def test_type_filter_keeps_those_relationships_and_their_ends(sample_store: Store):
    graph = read_graph(sample_store, GraphFilter(types=("HOSTED",)))
    assert graph.number_of_edges() > 0
    assert {d["type"] for *_, d in graph.edges(data=True)} == {"HOSTED"}
    assert all(d > 0 for _, d in graph.degree())
    assert {d["label"] for _, d in graph.nodes(data=True)} <= {
        "Agency",
        "University",
        "Organization",
        "Event",
    }


def test_since_keeps_what_was_seen_on_or_after_the_date(
    sample_store: Store, sample_graph: nx.MultiDiGraph
):
    dates = sorted({d["date"] for _, d in sample_graph.nodes(data=True) if d["label"] == "Article"})
    assert len(dates) >= 2
    graph = read_graph(sample_store, GraphFilter(since=dates[-1]))
    assert 0 < graph.number_of_nodes() < sample_graph.number_of_nodes()
    for _, data in graph.nodes(data=True):
        assert data.get("last_seen", data.get("date")) >= dates[-1]
    for *_, data in graph.edges(data=True):
        assert data["type"] == "MENTIONS" or data["last_seen"] >= dates[-1]


@pytest.mark.parametrize(
    ("graph_filter", "message"),
    [
        (GraphFilter(labels=("Agncy",)), "--label Agncy: unknown label"),
        (GraphFilter(types=("HOST",)), "--type HOST: unknown type"),
        (GraphFilter(since="2024-9-1"), "--since 2024-9-1: expected a date"),
    ],
)
def test_bad_filters_are_usage_errors(sample_store: Store, graph_filter: GraphFilter, message: str):
    with pytest.raises(UsageError, match=message):
        read_graph(sample_store, graph_filter)


def test_every_engine_gives_the_same_graph(store: Store, sample_graph: nx.MultiDiGraph):
    """FalkorDB always; Neo4j too when NEO4J_URI is set (same Cypher, same graph)."""
    from kg.load import load_extractions
    from tests.export.conftest import sample_extractions

    assert load_extractions(store, sample_extractions()).failed == 0
    graph = read_graph(store)
    assert dict(graph.nodes(data=True)) == dict(sample_graph.nodes(data=True))
    edges = {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}
    assert edges == {(u, v, k): d for u, v, k, d in sample_graph.edges(keys=True, data=True)}
