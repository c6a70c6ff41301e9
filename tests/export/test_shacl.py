"""schema/shapes.ttl: every dump of the sample conforms; deliberately broken ones do not."""

from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg.export.iris import Iris
from kg.export.rdf import rdf_quads
from kg.export.rdf_write import ENGINES, FORMATS, dump_rdf, to_rdflib
from kg.resources import data_file
from tests.export.rdf_support import parse_dump, union

pyshacl = pytest.importorskip("pyshacl")
SDO = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
KG = Namespace("https://kg.example.org/ns#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
IRIS = Iris("https://kg.example.org/")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(str(data_file("schema", "shapes.ttl")), format="turtle")


def violations(data: Graph, shapes: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), str(text)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_dump_conforms(
    fmt: str, engine: str, sample_graph: nx.MultiDiGraph, shapes: Graph, tmp_path: Path
):
    dump_rdf(sample_graph, fmt, tmp_path / "dump", engine=engine)
    conforms, report = violations(union(parse_dump(tmp_path / "dump", fmt)), shapes)
    assert conforms, report


def _sample_rdf(sample_graph: nx.MultiDiGraph) -> Graph:
    return to_rdflib(rdf_quads(sample_graph), named=False)


def _first(sample_graph: nx.MultiDiGraph, rel_type: str) -> tuple[URIRef, URIRef, dict]:
    u, v, d = next((u, v, d) for u, v, d in sample_graph.edges(data=True) if d["type"] == rel_type)
    return URIRef(IRIS.node(u)), URIRef(IRIS.node(v)), d


def break_organizer(g: Graph, sample: nx.MultiDiGraph) -> None:
    _, event, _ = _first(sample, "HOSTED")
    person, _, _ = _first(sample, "SPOKE_AT")
    g.add((event, SDO.organizer, person))  # a person is no org:Organization


def break_date(g: Graph, sample: nx.MultiDiGraph) -> None:
    body, _, _ = _first(sample, "HOSTED")
    g.remove((body, KG.lastSeen, None))
    g.add((body, KG.lastSeen, Literal("2024-09-19T10:00:00", datatype=XSD.dateTime)))


def break_label(g: Graph, sample: nx.MultiDiGraph) -> None:
    body, _, _ = _first(sample, "HOSTED")
    g.remove((body, RDFS.label, None))


def break_post(g: Graph, sample: nx.MultiDiGraph) -> None:
    for post in list(g.subjects(RDF.type, ORG.Post))[:1]:
        g.remove((post, ORG.postIn, None))


def break_tag(g: Graph, sample: nx.MultiDiGraph) -> None:
    body, _, _ = _first(sample, "HOSTED")
    g.add((body, RDFS.label, Literal("untagged name")))


@pytest.mark.parametrize(
    ("breaker", "path"),
    [
        (break_organizer, "organizer"),
        (break_date, "lastSeen"),
        (break_label, "label"),
        (break_post, "postIn"),
        (break_tag, "label"),
    ],
)
def test_a_broken_dump_does_not_conform(
    breaker, path: str, sample_graph: nx.MultiDiGraph, shapes: Graph
):
    graph = _sample_rdf(sample_graph)
    assert violations(graph, shapes)[0]
    breaker(graph, sample_graph)
    conforms, report = violations(graph, shapes)
    assert not conforms
    assert path in report
