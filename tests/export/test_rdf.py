"""RDF dumps: every format and engine parses back isomorphic; IRIs, tags, terms, graphs."""

from pathlib import Path

import networkx as nx
import pytest
from rdflib import OWL, RDF, RDFS, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg.errors import UsageError
from kg.export.iris import Iris, check_base, language
from kg.export.rdf import rdf_quads
from kg.export.rdf_write import ENGINES, FORMATS, dump_rdf, to_rdflib
from tests.export.conftest import awkward_graph
from tests.export.rdf_support import graphs_by_name, lower_tags, parse_dump

ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
BASE = "https://kg.example.org/"
IRIS = Iris(BASE)


def node(node_id: str) -> URIRef:
    return URIRef(IRIS.node(node_id))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_dump_parses_back_isomorphic(
    fmt: str, engine: str, sample_graph: nx.MultiDiGraph, tmp_path: Path
):
    path = tmp_path / f"dump.{fmt}"
    count = dump_rdf(sample_graph, fmt, path, engine=engine)
    named = FORMATS[fmt].named
    want = to_rdflib(rdf_quads(sample_graph, BASE, named=named), named)
    got = parse_dump(path, fmt)
    if named:
        got_graphs, want_graphs = graphs_by_name(got), graphs_by_name(want)
        assert set(got_graphs) == set(want_graphs) and len(got_graphs) > 2
        for name, graph in want_graphs.items():
            assert isomorphic(lower_tags(got_graphs[name]), lower_tags(graph)), name
        assert count == sum(len(g) for g in want_graphs.values())
    else:
        assert len(got) == count == len(want) > 100
        assert isomorphic(lower_tags(got), lower_tags(want))


@pytest.mark.parametrize("fmt", ["turtle", "nquads"])
def test_awkward_ids_become_percent_encoded_iris(fmt: str, tmp_path: Path):
    dump_rdf(awkward_graph(), fmt, tmp_path / "d", base="https://data.example.com/kg")
    got = parse_dump(tmp_path / "d", fmt)
    subjects = {str(s) for s, *_ in got.triples((None, None, None)) if isinstance(s, URIRef)}
    assert "https://data.example.com/kg/id/agency:a%20b%2Fc" in subjects
    assert "https://data.example.com/kg/id/event:x%27y" in subjects
    assert not [s for s in subjects if " " in s or "'" in s]


def test_base_must_be_an_absolute_http_iri():
    assert check_base("https://x.org/kg") == "https://x.org/kg/"
    for bad in ["kg.example.org/", "ftp://x.org/", "https://x.org/a b/", "https://x.org/<x>"]:
        with pytest.raises(UsageError, match="--base"):
            check_base(bad)


def test_language_tags_follow_the_script():
    assert language("国家市场监督管理总局") == "zh-Hans"
    assert language("國家市場監督管理總局") == "zh-Hant"
    assert language("SAMR") == "en"


def test_labels_are_tagged_and_wikidata_linked(sample_graph: nx.MultiDiGraph):
    g = to_rdflib(rdf_quads(sample_graph, BASE), named=False)
    samr = node("agency:samr")
    assert (samr, RDFS.label, Literal("国家市场监督管理总局", lang="zh-Hans")) in g
    aliases = list(g.objects(samr, SKOS.altLabel))
    assert aliases and all(a.language in ("zh-Hans", "zh-Hant", "en") for a in aliases)
    h = to_rdflib(rdf_quads(awkward_graph(), BASE), named=False)
    assert (
        node("agency:a b/c"),
        SKOS.altLabel,
        Literal("國家市場監督管理總局", lang="zh-Hant"),
    ) in h
    assert list(h.subject_objects(OWL.sameAs)) == [
        (node("agency:a b/c"), URIRef("http://www.wikidata.org/entity/Q42"))
    ]


def test_standard_vocabularies(sample_graph: nx.MultiDiGraph):
    g = to_rdflib(rdf_quads(sample_graph, BASE), named=False)
    assert (node("agency:samr"), RDF.type, SDO.GovernmentOrganization) in g
    assert (node("agency:samr"), RDF.type, ORG.FormalOrganization) in g
    assert (node("university:hust"), RDF.type, SDO.CollegeOrUniversity) in g
    hosted = [(u, v) for u, v, d in sample_graph.edges(data=True) if d["type"] == "HOSTED"]
    assert hosted and all((node(v), SDO.organizer, node(u)) in g for u, v in hosted)
    spoke = [(u, v) for u, v, d in sample_graph.edges(data=True) if d["type"] == "SPOKE_AT"]
    assert spoke and all((node(v), SDO.performer, node(u)) in g for u, v in spoke)
    for u, v, d in sample_graph.edges(data=True):
        if d["type"] == "HOLDS_POSITION":
            post = URIRef(IRIS.post(u, v, d["title"]))
            assert (node(u), ORG.holds, post) in g and (post, ORG.postIn, node(v)) in g
            assert (post, RDF.type, ORG.Post) in g and (post, RDFS.label, None) in g
        if d["type"] == "MENTIONS":
            assert (node(v), PROV.wasDerivedFrom, node(u)) in g
    for s in g.subjects(RDF.type, SDO.NewsArticle):
        assert (s, SDO.datePublished, None) in g


def test_departments_are_units_of_their_parent(sample_graph: nx.MultiDiGraph):
    g = to_rdflib(rdf_quads(sample_graph, BASE), named=False)
    units = [
        (u, v)
        for u, v, d in sample_graph.edges(data=True)
        if d["type"] == "PART_OF" and sample_graph.nodes[u]["name"].endswith("司")
    ]
    assert units, "the sample has a 司 under a parent"
    for u, v in units:
        assert (node(u), RDF.type, ORG.OrganizationalUnit) in g
        assert (node(u), RDF.type, ORG.FormalOrganization) not in g
        assert (node(u), ORG.unitOf, node(v)) in g
    centre = [
        (u, v)
        for u, v, d in sample_graph.edges(data=True)
        if d["type"] == "PART_OF" and sample_graph.nodes[u]["name"].endswith("中心")
    ]
    for u, v in centre:
        assert (node(u), ORG.subOrganizationOf, node(v)) in g


def test_each_article_has_a_named_graph_with_its_statements(sample_graph: nx.MultiDiGraph):
    graphs = graphs_by_name(to_rdflib(rdf_quads(sample_graph, BASE, named=True), named=True))
    default = graphs.pop("default")
    articles = {n for n, d in sample_graph.nodes(data=True) if d["label"] == "Article"}
    assert set(graphs) == {IRIS.graph(a) for a in articles}
    dct = Namespace("http://purl.org/dc/terms/")
    for article in articles:
        name = URIRef(IRIS.graph(article))
        assert (name, PROV.wasDerivedFrom, node(article)) in default
        assert (name, dct.source, Literal(sample_graph.nodes[article]["source"])) in default
        assert (name, dct.date, None) in default and (name, dct.title, None) in default
    kg = Namespace("https://kg.example.org/ns#")
    for u, v, d in sample_graph.edges(data=True):
        if d["type"] == "HOSTED":
            for article in d["articles"]:
                assert (node(u), kg.hosted, node(v)) in graphs[IRIS.graph(article)]
            assert (node(u), kg.hosted, node(v)) not in default


def test_malformed_values_are_left_out_with_a_warning():
    graph = nx.MultiDiGraph()
    graph.add_node(
        "place:x", label="Place", name="某地", wikidata="not-a-qid", first_seen="2024-02-30"
    )
    warnings: list[str] = []
    quads = list(rdf_quads(graph, BASE, warn=warnings.append))
    assert not [
        q for q in quads if q[1] in (str(OWL.sameAs), "https://kg.example.org/ns#firstSeen")
    ]
    assert len(warnings) == 2 and all("place:x" in w for w in warnings)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_empty_graph_dumps_to_an_empty_parseable_file(fmt: str, tmp_path: Path):
    assert dump_rdf(nx.MultiDiGraph(), fmt, tmp_path / "empty") == 0
    assert len(parse_dump(tmp_path / "empty", fmt)) == 0
