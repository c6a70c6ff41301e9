"""The graph as RDF quads, following schema/rdf-mapping.yaml.

Terms are plain values so each serializer builds its own: an IRI is a str, a literal a
`Lit`. Entity and article descriptions go into the default graph (graph None). With
`named=True` (TriG, N-Quads) each relationship's statements go into the named graph of
every article it was read from (`<base>graph/<article id>`), and each such graph is
described in the default graph (prov:wasDerivedFrom its article, dcterms source, date,
title), so a consumer can keep or drop statements by source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import networkx as nx

from kg.export.iris import DEFAULT_BASE, Iris, language, valid_date, wikidata_iri
from kg.export.mapping import RdfMapping, load_mapping

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
ORG = "http://www.w3.org/ns/org#"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
PROV_ENTITY = "http://www.w3.org/ns/prov#Entity"
DCT = "http://purl.org/dc/terms/"


class Lit(NamedTuple):
    value: str
    lang: str | None = None
    datatype: str | None = None


Term = str | Lit
Quad = tuple[str, str, Term, str | None]


@dataclass
class _Builder:
    graph: nx.MultiDiGraph
    iris: Iris
    mapping: RdfMapping
    named: bool
    warn: Callable[[str], None]
    units: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        m = self.mapping
        self.units = {
            u
            for u, _, d in self.graph.edges(data=True)
            if d["type"] == m.unit_relationship
            and str(self.graph.nodes[u].get("name", "")).endswith(m.unit_suffixes)
        }

    def term(self, kind: str, value: str, where: str) -> Term | None:
        if kind == "lang":
            return Lit(value, language(value))
        if kind == "en":
            return Lit(value, "en")
        if kind == "date":
            if valid_date(value):
                return Lit(value, datatype=XSD_DATE)
            self.warn(f"{where}: {value!r} is not a date YYYY-MM-DD; left out of the RDF")
            return None
        if kind == "wikidata":
            iri = wikidata_iri(value)
            if iri is None:
                self.warn(f"{where}: {value!r} is not a Wikidata Q-id; left out of the RDF")
            return iri
        return Lit(value)

    def classes(self, node: str, label: str) -> list[str]:
        found = [self.mapping.own_class(label), *self.mapping.classes[label]]
        if node in self.units:
            found = [c for c in found if c != ORG + "FormalOrganization"] + [
                ORG + "OrganizationalUnit"
            ]
        return found

    def node_quads(self, node: str, data: dict[str, Any]) -> Iterator[Quad]:
        s, label = self.iris.node(node), data["label"]
        for cls in self.classes(node, label):
            yield s, RDF_TYPE, cls, None
        for key, value in [("id", node), *data.items()]:
            rule = self.mapping.property_rule(key, label)
            if rule is None:
                continue  # `label`, and keys graph.yaml does not declare
            for item in value if isinstance(value, list) else [value]:
                if item == "":
                    continue  # an empty alias or title says nothing
                obj = self.term(rule.value, str(item), f"{node}.{key}")
                if obj is not None:
                    yield s, rule.predicate, obj, None

    def edge_triples(self, u: str, v: str, data: dict[str, Any]) -> list[tuple[str, str, Term]]:
        rtype = data["type"]
        rule = self.mapping.relationships[rtype]
        s, o = self.iris.node(u), self.iris.node(v)
        out: list[tuple[str, str, Term]] = [(s, self.mapping.own_property(rtype), o)]
        if rule.post:
            title = str(data.get("title") or "")
            if title:
                post = self.iris.post(u, v, title)
                out += [
                    (post, RDF_TYPE, ORG + "Post"),
                    (post, RDFS_LABEL, Lit(title, language(title))),
                ]
                out += [(post, ORG + "postIn", o), (s, ORG + "holds", post)]
            return out
        forward, inverse = rule.predicates(self.graph.nodes[u]["label"])
        if u in self.units and rtype == self.mapping.unit_relationship:
            forward = tuple(
                ORG + "unitOf" if p == ORG + "subOrganizationOf" else p for p in forward
            )
        return out + [(s, p, o) for p in forward] + [(o, p, s) for p in inverse]

    def edge_quads(self, u: str, v: str, data: dict[str, Any]) -> Iterator[Quad]:
        articles = data.get("articles") or []
        graphs = [self.iris.graph(a) for a in articles] if self.named and articles else [None]
        for s, p, o in self.edge_triples(u, v, data):
            for g in graphs:
                yield s, p, o, g

    def graph_quads(self, article_id: str) -> Iterator[Quad]:
        g = self.iris.graph(article_id)
        yield g, RDF_TYPE, PROV_ENTITY, None
        yield g, PROV_DERIVED, self.iris.node(article_id), None
        article = self.graph.nodes.get(article_id, {})
        for key, kind in (("source", "text"), ("date", "date"), ("title", "lang")):
            if article.get(key):
                obj = self.term(kind, str(article[key]), f"{article_id}.{key}")
                if obj is not None:
                    yield g, DCT + key, obj, None


def rdf_quads(
    graph: nx.MultiDiGraph,
    base: str = DEFAULT_BASE,
    *,
    named: bool = False,
    warn: Callable[[str], None] | None = None,
    mapping: RdfMapping | None = None,
) -> Iterator[Quad]:
    """Every statement of `graph` once (duplicates within one graph are dropped)."""
    builder = _Builder(
        graph, Iris(base), mapping or load_mapping(), named, warn or (lambda _: None)
    )
    seen: set[Quad] = set()
    articles: set[str] = set()
    for node, data in graph.nodes(data=True):
        yield from dict.fromkeys(builder.node_quads(node, data))  # e.g. an alias listed twice
    for u, v, data in graph.edges(data=True):
        if named:
            articles.update(data.get("articles") or [])
        for quad in builder.edge_quads(u, v, data):
            if quad not in seen:
                seen.add(quad)
                yield quad
    for article_id in sorted(articles):
        yield from builder.graph_quads(article_id)
