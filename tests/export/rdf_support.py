"""Helpers shared by the RDF tests: parse a dump back with rdflib, and the union of a dataset."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal

from kg.export.rdf_write import FORMATS


def parse_dump(path: Path, fmt: str) -> Any:
    """The dump as an rdflib Dataset (trig, nquads) or Graph."""
    rdf_format = FORMATS[fmt]
    if rdf_format.named:
        ds = Dataset()
        ds.parse(str(path), format=rdf_format.rdflib)
        return ds
    return Graph().parse(str(path), format=rdf_format.rdflib)


def union(data: Any) -> Graph:
    """Every triple of a Dataset (all graphs) or of a Graph, in one Graph."""
    if not isinstance(data, Dataset):
        return data
    out = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def graphs_by_name(ds: Dataset) -> dict[str, Graph]:
    """Named graph IRI (or "default") → its triples, skipping empty graphs."""
    out: dict[str, Graph] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = "default" if g is None or str(g) == str(ds.default_graph.identifier) else str(g)
        out.setdefault(name, Graph()).add((s, p, o))
    return out


def lower_tags(graph: Graph) -> Graph:
    """A copy with lower-cased language tags: tags are case-insensitive (RDF 1.1), but
    rdflib's isomorphism hashes them as written, and pyoxigraph writes them lower-cased."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out
