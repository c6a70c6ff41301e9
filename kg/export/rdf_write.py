"""Serialize RDF quads with rdflib or pyoxigraph (same statements, different speed).

The default engine is pyoxigraph, for every format it writes (an older pyoxigraph without
one falls back to rdflib). bench/export.py on 100k generated articles (331k nodes, 1.6M
relationships, 6.7M triples / 7.2M quads), statements per second, terms + serialization:
turtle 15k (rdflib) vs 280k (pyoxigraph), nt 30k vs 434k, jsonld 18k vs 419k, trig 7.7k vs
194k, nquads 20k vs 211k. rdflib stays available (`engine="rdflib"`); the tests parse every
dump back with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import UsageError
from kg.export.iris import DEFAULT_BASE, check_base
from kg.export.mapping import load_mapping
from kg.export.rdf import Lit, Quad, rdf_quads
from kg.export.source import GraphSource


@dataclass(frozen=True)
class RdfFormat:
    name: str
    rdflib: str  # rdflib's format name
    oxigraph: str  # pyoxigraph.RdfFormat attribute
    named: bool  # a dataset format: named graphs per article
    suffix: str  # file name extension


FORMATS = {
    f.name: f
    for f in (
        RdfFormat("turtle", "turtle", "TURTLE", named=False, suffix="ttl"),
        RdfFormat("nt", "nt", "N_TRIPLES", named=False, suffix="nt"),
        RdfFormat("jsonld", "json-ld", "JSON_LD", named=False, suffix="jsonld"),
        RdfFormat("trig", "trig", "TRIG", named=True, suffix="trig"),
        RdfFormat("nquads", "nquads", "N_QUADS", named=True, suffix="nq"),
    )
}
ENGINES = ("oxigraph", "rdflib")
DEFAULT_ENGINE = "oxigraph"


def get_format(name: str) -> RdfFormat:
    if name not in FORMATS:
        raise UsageError(f"--format {name}: unknown RDF format; use one of {', '.join(FORMATS)}")
    return FORMATS[name]


def prefixes(base: str) -> dict[str, str]:
    """Prefixes to write: the mapping's, plus `data` for our IRIs under `base`."""
    return {**load_mapping().prefixes, "data": check_base(base) + "id/"}


def to_rdflib(quads: Iterable[Quad], named: bool, base: str = DEFAULT_BASE) -> Any:
    """An rdflib Dataset (named) or Graph holding `quads`, prefixes bound."""
    from rdflib import Dataset, Graph, Literal, URIRef

    def term(t: str | Lit) -> Any:
        if isinstance(t, Lit):
            return Literal(
                t.value, lang=t.lang, datatype=URIRef(t.datatype) if t.datatype else None
            )
        return URIRef(t)

    store: Any = Dataset() if named else Graph()
    for prefix, iri in prefixes(base).items():
        store.bind(prefix, iri)
    if named:
        default = store.default_graph
        for s, p, o, g in quads:
            ctx = store.graph(URIRef(g)) if g is not None else default
            ctx.add((URIRef(s), URIRef(p), term(o)))
    else:
        for s, p, o, _ in quads:
            store.add((URIRef(s), URIRef(p), term(o)))
    return store


def write_rdflib(quads: Iterable[Quad], fmt: RdfFormat, path: Path, base: str) -> None:
    to_rdflib(quads, fmt.named, base).serialize(
        destination=str(path), format=fmt.rdflib, encoding="utf-8"
    )


def write_oxigraph(quads: Iterable[Quad], fmt: RdfFormat, path: Path, base: str) -> None:
    import pyoxigraph as ox

    nodes: dict[str, Any] = {}

    def iri(value: str) -> Any:
        node = nodes.get(value)
        if node is None:
            node = nodes[value] = ox.NamedNode(value)
        return node

    def term(t: str | Lit) -> Any:
        if isinstance(t, Lit):
            return ox.Literal(
                t.value, language=t.lang, datatype=iri(t.datatype) if t.datatype else None
            )
        return iri(t)

    default = ox.DefaultGraph()
    if fmt.named:
        items: Iterable[Any] = (
            ox.Quad(iri(s), iri(p), term(o), iri(g) if g else default) for s, p, o, g in quads
        )
    else:
        items = (ox.Triple(iri(s), iri(p), term(o)) for s, p, o, _ in quads)
    ox.serialize(items, str(path), getattr(ox.RdfFormat, fmt.oxigraph), prefixes=prefixes(base))


def oxigraph_writes(fmt: RdfFormat) -> bool:
    import pyoxigraph as ox

    return hasattr(ox.RdfFormat, fmt.oxigraph)


WRITERS: dict[str, Callable[[Iterable[Quad], RdfFormat, Path, str], None]] = {
    "oxigraph": write_oxigraph,
    "rdflib": write_rdflib,
}


def dump_rdf(
    graph: GraphSource | nx.MultiDiGraph,
    fmt: str,
    path: Path,
    *,
    base: str = DEFAULT_BASE,
    engine: str = DEFAULT_ENGINE,
    warn: Callable[[str], None] | None = None,
) -> int:
    """Write `graph` as RDF in format `fmt` to `path`; returns the number of statements."""
    rdf_format = get_format(fmt)
    if engine not in WRITERS:
        raise UsageError(f"--engine {engine}: use one of {', '.join(ENGINES)}")
    count = 0

    def counted(quads: Iterable[Quad]) -> Iterable[Quad]:
        nonlocal count
        for quad in quads:
            count += 1
            yield quad

    quads = rdf_quads(graph, check_base(base), named=rdf_format.named, warn=warn)
    if engine == "oxigraph" and not oxigraph_writes(rdf_format):
        engine = "rdflib"  # an older pyoxigraph without this format
    WRITERS[engine](counted(quads), rdf_format, path, base)
    return count
