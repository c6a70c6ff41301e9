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
from kg.export.source import Edge, GraphSource, Node, as_source
from kg.schema import load_schema

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
    """Turns records into quads; remembers what the relationship pass needs of the nodes
    (labels, which bodies are units, articles' descriptions), not the nodes themselves."""

    iris: Iris
    mapping: RdfMapping
    named: bool
    warn: Callable[[str], None]
    unit_candidates: set[str] = field(default_factory=set)  # sources of PART_OF
    units: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)

    def remember(self, node: Node) -> None:
        self.labels[node.id] = node.label
        name = str(node.props.get("name", ""))
        if node.id in self.unit_candidates and name.endswith(self.mapping.unit_suffixes):
            self.units.add(node.id)
        if self.named and node.label == "Article":
            self.articles[node.id] = {k: node.props.get(k) for k in ("source", "date", "title")}

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

    def node_quads(self, node: Node) -> Iterator[Quad]:
        s, label = self.iris.node(node.id), node.label
        for cls in self.classes(node.id, label):
            yield s, RDF_TYPE, cls, None
        for key, value in [("id", node.id), *node.props.items()]:
            rule = self.mapping.property_rule(key, label)
            if rule is None:
                continue  # keys graph.yaml does not declare
            for item in value if isinstance(value, list) else [value]:
                if item == "":
                    continue  # an empty alias or title says nothing
                obj = self.term(rule.value, str(item), f"{node.id}.{key}")
                if obj is not None:
                    yield s, rule.predicate, obj, None

    def edge_triples(self, edge: Edge) -> list[tuple[str, str, Term]]:
        rtype, u, v, data = edge.type, edge.source, edge.target, edge.props
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
        forward, inverse = rule.predicates(self.labels[u])
        if u in self.units and rtype == self.mapping.unit_relationship:
            forward = tuple(
                ORG + "unitOf" if p == ORG + "subOrganizationOf" else p for p in forward
            )
        return out + [(s, p, o) for p in forward] + [(o, p, s) for p in inverse]

    def edge_quads(self, edge: Edge) -> Iterator[Quad]:
        articles = edge.props.get("articles") or []
        graphs = [self.iris.graph(a) for a in articles] if self.named and articles else [None]
        for s, p, o in self.edge_triples(edge):
            for g in graphs:
                yield s, p, o, g

    def graph_quads(self, article_id: str) -> Iterator[Quad]:
        g = self.iris.graph(article_id)
        yield g, RDF_TYPE, PROV_ENTITY, None
        yield g, PROV_DERIVED, self.iris.node(article_id), None
        article = self.articles.get(article_id, {})
        for key, kind in (("source", "text"), ("date", "date"), ("title", "lang")):
            if article.get(key):
                obj = self.term(kind, str(article[key]), f"{article_id}.{key}")
                if obj is not None:
                    yield g, DCT + key, obj, None


def rdf_quads(
    graph: GraphSource | nx.MultiDiGraph,
    base: str = DEFAULT_BASE,
    *,
    named: bool = False,
    warn: Callable[[str], None] | None = None,
    mapping: RdfMapping | None = None,
) -> Iterator[Quad]:
    """Every statement of `graph` once, streamed: nodes, relationships, then (named) the
    description of every article graph used.

    Two relationships give the same statement only between the same two nodes, through a
    merge key (two titles of one post) or a predicate two types share (HOSTED and ORGANIZED
    both say schema:organizer): only such statements are remembered to drop repeats, so
    memory does not grow with the graph.
    """
    source = as_source(graph)
    m = mapping or load_mapping()
    builder = _Builder(Iris(base), m, named, warn or (lambda _: None))
    builder.unit_candidates = {e.source for e in source.edges((m.unit_relationship,))}
    for node in source.nodes():
        builder.remember(node)
        yield from dict.fromkeys(builder.node_quads(node))  # e.g. an alias listed twice
    keyed, shared = repeatable(m)
    seen: set[Quad] = set()
    articles: set[str] = set()
    for edge in source.edges():
        if named:
            articles.update(edge.props.get("articles") or [])
        for quad in builder.edge_quads(edge):
            if edge.type in keyed or quad[1] in shared:
                if quad in seen:
                    continue
                seen.add(quad)
            yield quad
    for article_id in sorted(articles):
        yield from builder.graph_quads(article_id)


def repeatable(mapping: RdfMapping) -> tuple[set[str], set[str]]:
    """(types with merge keys, predicates more than one type maps to)."""
    schema = load_schema()
    keyed = {t for t, rel in schema.relationships.items() if rel.keys}
    users: dict[str, set[str]] = {}
    for rel_type, rule in mapping.relationships.items():
        variants = [(rule.forward, rule.inverse), *rule.per_source.values()]
        for forward, inverse in variants:
            for predicate in (*forward, *inverse):
                users.setdefault(predicate, set()).add(rel_type)
    return keyed, {p for p, types in users.items() if len(types) > 1}
