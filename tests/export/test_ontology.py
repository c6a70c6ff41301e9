"""schema/ontology.ttl is generated from graph.yaml and defines every own term a dump uses."""

import networkx as nx
from rdflib import RDF, Graph, URIRef
from rdflib.compare import isomorphic

from kg.export.mapping import load_mapping
from kg.export.ontology import build_ontology, ontology_turtle
from kg.export.rdf import rdf_quads
from kg.resources import data_file
from kg.schema import load_schema


def shipped() -> Graph:
    return Graph().parse(str(data_file("schema", "ontology.ttl")), format="turtle")


def test_shipped_ontology_is_in_sync_with_graph_yaml():
    assert isomorphic(shipped(), build_ontology()), (
        "run: python -m kg.export.ontology > schema/ontology.ttl"
    )
    assert Graph().parse(data=ontology_turtle(), format="turtle")


def test_one_class_per_label_and_one_property_per_type():
    schema, mapping, onto = load_schema(), load_mapping(), shipped()
    classes = {
        str(c) for c in onto.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class"))
    }
    assert classes == {mapping.own_class(label) for label in schema.nodes}
    props = {
        str(p)
        for p in onto.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#ObjectProperty"))
    }
    assert props == {mapping.own_property(t) for t in schema.relationships}


def test_every_own_term_in_a_dump_is_defined(sample_graph: nx.MultiDiGraph):
    vocab = load_mapping().vocabulary
    defined = {str(s) for s in shipped().subjects()}
    used = {
        t
        for s, p, o, _ in rdf_quads(sample_graph, named=True)
        for t in (p, o)
        if isinstance(t, str) and t.startswith(vocab)
    }
    assert used and used <= defined, used - defined
