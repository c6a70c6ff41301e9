"""Load and validate schema/rdf-mapping.yaml: how labels, types and properties become RDF.

The mapping is keyed by the labels, relationship types and node property keys of
schema/graph.yaml; a missing or unknown key raises SchemaError naming it and the fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.errors import SchemaError
from kg.resources import data_file
from kg.schema import GraphSchema, load_schema, parse_yaml

VALUE_KINDS = frozenset({"text", "lang", "en", "date", "wikidata"})
SOURCE = "schema/rdf-mapping.yaml"


@dataclass(frozen=True)
class PropertyRule:
    predicate: str  # full IRI
    value: str  # one of VALUE_KINDS


@dataclass(frozen=True)
class RelRule:
    forward: tuple[str, ...]
    inverse: tuple[str, ...]
    per_source: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    post: bool

    def predicates(self, source_label: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(forward, inverse) standard predicates for an edge from a `source_label` node."""
        return self.per_source.get(source_label, (self.forward, self.inverse))


@dataclass(frozen=True)
class RdfMapping:
    vocabulary: str
    prefixes: dict[str, str]  # includes kg → vocabulary
    classes: dict[str, tuple[str, ...]]  # standard classes per label
    unit_relationship: str
    unit_suffixes: tuple[str, ...]
    properties: dict[str, PropertyRule]
    per_label: dict[tuple[str, str], PropertyRule]  # (key, label) → override
    relationships: dict[str, RelRule]

    def own_class(self, label: str) -> str:
        return self.vocabulary + label

    def own_property(self, rel_type: str) -> str:
        head, *rest = rel_type.lower().split("_")
        return self.vocabulary + head + "".join(w.capitalize() for w in rest)

    def property_rule(self, key: str, label: str) -> PropertyRule | None:
        return self.per_label.get((key, label)) or self.properties.get(key)


class _Reader:
    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = prefixes

    def fail(self, key: str, problem: str, fix: str) -> SchemaError:
        return SchemaError(f"{SOURCE}: {key}: {problem}; {fix}")

    def iri(self, curie: Any, key: str) -> str:
        prefix, sep, local = str(curie).partition(":")
        if not sep or prefix not in self.prefixes or not local:
            known = ", ".join(sorted(self.prefixes))
            raise self.fail(
                key, f"{curie!r} is not prefix:name", f"use one of the prefixes {known}"
            )
        return self.prefixes[prefix] + local

    def iris(self, value: Any, key: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(
                key, "expected a list of prefix:name terms", f"write `{key}: [schema:Thing]`"
            )
        return tuple(self.iri(v, f"{key}[{i}]") for i, v in enumerate(value))

    def rule(self, spec: Any, key: str) -> PropertyRule:
        if not isinstance(spec, dict) or spec.get("value") not in VALUE_KINDS:
            kinds = ", ".join(sorted(VALUE_KINDS))
            raise self.fail(
                key, "expected {predicate: prefix:name, value: KIND}", f"KIND is one of {kinds}"
            )
        return PropertyRule(self.iri(spec.get("predicate"), f"{key}.predicate"), spec["value"])

    def relationship(self, spec: Any, key: str, labels: set[str]) -> RelRule:
        if not isinstance(spec, dict):
            raise self.fail(key, "expected a mapping", "write `{forward: [...]}` or `{}`")
        per_source: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for label, sub in (spec.get("per_source") or {}).items():
            if label not in labels or not isinstance(sub, dict):
                raise self.fail(
                    f"{key}.per_source.{label}", "unknown label", "use a label of graph.yaml"
                )
            where = f"{key}.per_source.{label}"
            per_source[label] = (
                self.iris(sub.get("forward", []), f"{where}.forward"),
                self.iris(sub.get("inverse", []), f"{where}.inverse"),
            )
        return RelRule(
            forward=self.iris(spec.get("forward", []), f"{key}.forward"),
            inverse=self.iris(spec.get("inverse", []), f"{key}.inverse"),
            per_source=per_source,
            post=spec.get("post") is True,
        )


def _same_keys(reader: _Reader, where: str, found: set[str], expected: set[str]) -> None:
    if missing := sorted(expected - found):
        raise reader.fail(
            where, f"no mapping for {missing}", "add them (keys come from schema/graph.yaml)"
        )
    if unknown := sorted(found - expected):
        raise reader.fail(
            where, f"unknown keys {unknown}", "remove them or add them to schema/graph.yaml"
        )


def _properties(
    reader: _Reader, doc: dict[str, Any], labels: set[str]
) -> tuple[dict[str, PropertyRule], dict[tuple[str, str], PropertyRule]]:
    props: dict[str, PropertyRule] = {}
    per_label: dict[tuple[str, str], PropertyRule] = {}
    for key, spec in (doc.get("properties") or {}).items():
        props[key] = reader.rule(spec, f"properties.{key}")
        for label, sub in (spec.get("per_label") or {}).items():
            if label not in labels:
                raise reader.fail(
                    f"properties.{key}.per_label.{label}",
                    "unknown label",
                    "use a label of graph.yaml",
                )
            per_label[(key, label)] = reader.rule(sub, f"properties.{key}.per_label.{label}")
    return props, per_label


def parse_mapping(text: str, schema: GraphSchema) -> RdfMapping:
    """Parse and validate the mapping text against `schema`."""
    doc = parse_yaml(text, SOURCE)
    if not isinstance(doc, dict) or doc.get("version") != 1:
        raise SchemaError(f"{SOURCE}: version: expected `version: 1` at the top level; add it")
    vocabulary = str(doc.get("vocabulary") or "")
    if not vocabulary.startswith(("http://", "https://")) or vocabulary[-1] not in "#/":
        raise SchemaError(f"{SOURCE}: vocabulary: expected an http(s) IRI ending in # or /; fix it")
    reader = _Reader(
        {**{str(k): str(v) for k, v in (doc.get("prefixes") or {}).items()}, "kg": vocabulary}
    )
    labels, types = set(schema.nodes), set(schema.relationships)
    nodes = doc.get("nodes") or {}
    _same_keys(reader, "nodes", set(nodes), labels)
    rels = doc.get("relationships") or {}
    _same_keys(reader, "relationships", set(rels), types)
    props, per_label = _properties(reader, doc, labels)
    units = doc.get("units") or {}
    if units.get("relationship") not in types:
        raise reader.fail(
            "units.relationship",
            "expected a relationship type",
            "name one of graph.yaml's, e.g. PART_OF",
        )
    node_keys = {k for n in schema.nodes.values() for k in n.properties}
    _same_keys(reader, "properties", set(props), node_keys)
    return RdfMapping(
        vocabulary=vocabulary,
        prefixes=reader.prefixes,
        classes={label: reader.iris(nodes[label], f"nodes.{label}") for label in schema.nodes},
        unit_relationship=units["relationship"],
        unit_suffixes=tuple(str(s) for s in units.get("suffixes", [])),
        properties=props,
        per_label=per_label,
        relationships={
            t: reader.relationship(rels[t], f"relationships.{t}", labels)
            for t in schema.relationships
        },
    )


@cache
def load_mapping() -> RdfMapping:
    """The shipped schema/rdf-mapping.yaml, validated against schema/graph.yaml."""
    text = data_file("schema", "rdf-mapping.yaml").read_text(encoding="utf-8")
    return parse_mapping(text, load_schema())
