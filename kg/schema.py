"""Load and validate schema/graph.yaml into typed objects.

Everything graph-shaped (constraints, indexes, MERGE keys, RDF mapping, docs) is derived
from the GraphSchema returned here; a malformed file raises SchemaError naming the key and
the fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from kg.errors import SchemaError
from kg.resources import data_file

PROPERTY_TYPES = frozenset({"string", "date", "integer", "float", "boolean", "list[string]"})


@dataclass(frozen=True)
class NodeType:
    label: str
    description: str
    key: str
    indexes: tuple[str, ...]
    properties: dict[str, str]


@dataclass(frozen=True)
class RelType:
    type: str
    description: str
    sources: frozenset[str]
    targets: frozenset[str]
    keys: tuple[str, ...]  # merge keys besides (source, type, target)
    properties: dict[str, str]  # own properties plus provenance when it applies
    provenance: bool


@dataclass(frozen=True)
class GraphSchema:
    nodes: dict[str, NodeType]
    relationships: dict[str, RelType]
    provenance: dict[str, str]
    source: str

    @property
    def entity_labels(self) -> tuple[str, ...]:
        """Labels that extraction produces (every label but Article)."""
        return tuple(label for label in self.nodes if label != "Article")

    @property
    def extracted_types(self) -> tuple[str, ...]:
        """Relationship types that extraction produces (every type but MENTIONS)."""
        return tuple(t for t, r in self.relationships.items() if r.provenance)

    def property_keys(self) -> tuple[str, ...]:
        """Every property key of every node and relationship, sorted."""
        keys: set[str] = set(self.provenance)
        for node in self.nodes.values():
            keys.update(node.properties)
        for rel in self.relationships.values():
            keys.update(rel.properties)
        return tuple(sorted(keys))

    def allows(self, rel_type: str, source_label: str, target_label: str) -> bool:
        rel = self.relationships.get(rel_type)
        return rel is not None and source_label in rel.sources and target_label in rel.targets


class _Reader:
    """Validates one parsed YAML document, naming the offending key in every error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str, fix: str) -> SchemaError:
        return SchemaError(f"{self.source}: {key}: {problem}; {fix}")

    def mapping(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict) or not value:
            raise self.fail(
                key, "expected a non-empty mapping", f"write `{key}:` as `name: value` lines"
            )
        return value

    def text(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "expected a non-empty string", f"give `{key}` a text value")
        return value

    def names(self, value: Any, key: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "expected a list of names", f"write `{key}: [A, B]`")
        return value

    def properties(self, value: Any, key: str) -> dict[str, str]:
        props = self.mapping(value, key)
        for name, kind in props.items():
            if kind not in PROPERTY_TYPES:
                allowed = ", ".join(sorted(PROPERTY_TYPES))
                raise self.fail(
                    f"{key}.{name}", f"unknown property type {kind!r}", f"use one of {allowed}"
                )
        return dict(props)


def _node(reader: _Reader, label: str, spec: Any) -> NodeType:
    where = f"nodes.{label}"
    spec = reader.mapping(spec, where)
    props = reader.properties(spec.get("properties"), f"{where}.properties")
    key = reader.text(spec.get("key"), f"{where}.key")
    if key not in props:
        raise reader.fail(
            f"{where}.key",
            f"key {key!r} is not a property",
            f"add `{key}: string` to {where}.properties",
        )
    indexes = reader.names(spec.get("indexes", []), f"{where}.indexes")
    for name in indexes:
        if name not in props:
            raise reader.fail(
                f"{where}.indexes",
                f"index on unknown property {name!r}",
                f"add it to {where}.properties or drop it",
            )
    desc = reader.text(spec.get("description"), f"{where}.description")
    return NodeType(label, desc, key, tuple(indexes), props)


def _endpoints(
    reader: _Reader, value: Any, key: str, labels: set[str], groups: dict[str, list[str]]
) -> frozenset[str]:
    out: set[str] = set()
    for name in reader.names(value, key):
        if name in groups:
            out.update(groups[name])
        elif name in labels:
            out.add(name)
        else:
            known = ", ".join(sorted(labels | set(groups)))
            raise reader.fail(key, f"unknown label or group {name!r}", f"use one of {known}")
    if not out:
        raise reader.fail(key, "no endpoint labels", "list at least one label")
    return frozenset(out)


def _relationship(
    reader: _Reader,
    rtype: str,
    spec: Any,
    labels: set[str],
    groups: dict[str, list[str]],
    provenance: dict[str, str],
) -> RelType:
    where = f"relationships.{rtype}"
    spec = reader.mapping(spec, where)
    if not rtype.isupper():
        raise reader.fail(where, "relationship types are UPPER_CASE", f"rename it {rtype.upper()}")
    own = (
        reader.properties(spec["properties"], f"{where}.properties") if "properties" in spec else {}
    )
    keys = reader.names(spec.get("keys", []), f"{where}.keys")
    for k in keys:
        if k not in own:
            raise reader.fail(
                f"{where}.keys",
                f"merge key {k!r} is not a property",
                f"add `{k}: string` to {where}.properties",
            )
    has_provenance = spec.get("provenance", True)
    if not isinstance(has_provenance, bool):
        raise reader.fail(
            f"{where}.provenance",
            "expected true or false",
            "write `provenance: false` or drop the key",
        )
    props = {**provenance, **own} if has_provenance else own
    return RelType(
        type=rtype,
        description=reader.text(spec.get("description"), f"{where}.description"),
        sources=_endpoints(reader, spec.get("from"), f"{where}.from", labels, groups),
        targets=_endpoints(reader, spec.get("to"), f"{where}.to", labels, groups),
        keys=tuple(keys),
        properties=props,
        provenance=has_provenance,
    )


def parse_yaml(text: str, source: str) -> Any:
    """The YAML document of a data file under schema/; SchemaError naming it on bad syntax."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SchemaError(
            f"{source}: not valid YAML ({exc}); fix the syntax at the line shown"
        ) from None


def parse_schema(text: str, source: str = "schema/graph.yaml") -> GraphSchema:
    """Parse and validate the YAML text of a graph schema."""
    reader = _Reader(source)
    doc = reader.mapping(parse_yaml(text, source), "(top level)")
    if doc.get("version") != 1:
        raise reader.fail(
            "version", f"unsupported version {doc.get('version')!r}", "set `version: 1`"
        )
    nodes = {
        label: _node(reader, label, spec)
        for label, spec in reader.mapping(doc.get("nodes"), "nodes").items()
    }
    labels = set(nodes)
    groups = {
        name: reader.names(members, f"groups.{name}")
        for name, members in doc.get("groups", {}).items()
    }
    for name, members in groups.items():
        unknown = [m for m in members if m not in labels]
        if unknown:
            raise reader.fail(
                f"groups.{name}",
                f"unknown labels {unknown}",
                "list node labels defined under `nodes`",
            )
    provenance = reader.properties(doc.get("provenance"), "provenance")
    rels = {
        rtype: _relationship(reader, rtype, spec, labels, groups, provenance)
        for rtype, spec in reader.mapping(doc.get("relationships"), "relationships").items()
    }
    return GraphSchema(nodes=nodes, relationships=rels, provenance=provenance, source=source)


@cache
def load_schema() -> GraphSchema:
    """The shipped schema/graph.yaml, validated (cached: it never changes at run time)."""
    resource = data_file("schema", "graph.yaml")
    return parse_schema(resource.read_text(encoding="utf-8"), "schema/graph.yaml")
