"""Generate schema/ontology.ttl, our own RDF terms, from schema/graph.yaml and the mapping.

One class per label and one object property per relationship type (with the schema's
description, schema:domainIncludes / rangeIncludes from its endpoints and the standard
terms it specializes), plus a datatype property for every own term the property mapping
uses. Regenerate after editing graph.yaml: `python -m kg.export.ontology > schema/ontology.ttl`
(a test fails while the shipped file is out of date).
"""

from __future__ import annotations

from typing import Any

from kg.export.mapping import RdfMapping, load_mapping
from kg.export.rdf import ORG, XSD_DATE
from kg.schema import GraphSchema, load_schema

OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SDO = "https://schema.org/"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _always_classes(label: str, schema: GraphSchema, mapping: RdfMapping) -> tuple[str, ...]:
    """Standard classes every node of `label` gets (a unit drops org:FormalOrganization)."""
    may_be_unit = label in schema.relationships[mapping.unit_relationship].sources
    return tuple(
        c for c in mapping.classes[label] if not (may_be_unit and c == ORG + "FormalOrganization")
    )


def build_ontology(schema: GraphSchema | None = None, mapping: RdfMapping | None = None) -> Any:
    """The vocabulary as an rdflib Graph."""
    from rdflib import RDF, Graph, Literal, URIRef

    schema, mapping = schema or load_schema(), mapping or load_mapping()
    g = Graph()
    for prefix, iri in mapping.prefixes.items():
        g.bind(prefix, iri)
    vocab = URIRef(mapping.vocabulary)

    def add(s: str | URIRef, p: str, o: Any) -> None:
        g.add((URIRef(s), URIRef(p), o if isinstance(o, Literal) else URIRef(o)))

    add(vocab, str(RDF.type), OWL + "Ontology")
    add(vocab, RDFS + "label", Literal("kg vocabulary", lang="en"))
    add(
        vocab,
        RDFS + "comment",
        Literal(f"Generated from {schema.source} by kg.export.ontology; do not edit.", lang="en"),
    )
    for label, node in schema.nodes.items():
        cls = mapping.own_class(label)
        add(cls, str(RDF.type), OWL + "Class")
        add(cls, RDFS + "label", Literal(label, lang="en"))
        add(cls, RDFS + "comment", Literal(node.description, lang="en"))
        add(cls, RDFS + "isDefinedBy", vocab)
        for parent in _always_classes(label, schema, mapping):
            add(cls, RDFS + "subClassOf", parent)
    for rtype, rel in schema.relationships.items():
        prop = mapping.own_property(rtype)
        add(prop, str(RDF.type), OWL + "ObjectProperty")
        add(prop, RDFS + "label", Literal(rtype, lang="en"))
        add(prop, RDFS + "comment", Literal(rel.description, lang="en"))
        add(prop, RDFS + "isDefinedBy", vocab)
        for label in sorted(rel.sources):
            add(prop, SDO + "domainIncludes", mapping.own_class(label))
        for label in sorted(rel.targets):
            add(prop, SDO + "rangeIncludes", mapping.own_class(label))
        rule = mapping.relationships[rtype]
        if not rule.per_source:  # specializes its forward terms only when they always apply
            for parent in rule.forward:
                if rtype != mapping.unit_relationship:
                    add(prop, RDFS + "subPropertyOf", parent)
    _datatype_properties(g, schema, mapping, add)
    return g


def _datatype_properties(g: Any, schema: GraphSchema, mapping: RdfMapping, add: Any) -> None:
    from rdflib import RDF, Literal

    rules = [(key, rule) for key, rule in mapping.properties.items()]
    rules += [(key, rule) for (key, _), rule in mapping.per_label.items()]
    for key, rule in rules:
        if not rule.predicate.startswith(mapping.vocabulary):
            continue
        labels = sorted(
            label
            for label, n in schema.nodes.items()
            if key in n.properties and mapping.property_rule(key, label) == rule
        )
        if not labels:
            continue  # a default every label overrides
        add(rule.predicate, str(RDF.type), OWL + "DatatypeProperty")
        add(rule.predicate, RDFS + "label", Literal(key, lang="en"))
        add(
            rule.predicate,
            RDFS + "comment",
            Literal(f"The `{key}` property of {', '.join(labels)} nodes.", lang="en"),
        )
        add(rule.predicate, RDFS + "isDefinedBy", mapping.vocabulary)
        add(rule.predicate, RDFS + "range", XSD_DATE if rule.value == "date" else XSD_STRING)
        for label in labels:
            add(rule.predicate, SDO + "domainIncludes", mapping.own_class(label))


def ontology_turtle() -> str:
    header = (
        "# Generated from schema/graph.yaml and schema/rdf-mapping.yaml by kg.export.ontology.\n"
    )
    header += "# Do not edit: run `python -m kg.export.ontology > schema/ontology.ttl`.\n"
    return header + build_ontology().serialize(format="turtle")


if __name__ == "__main__":
    print(ontology_turtle(), end="")
