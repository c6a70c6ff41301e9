"""Extractions → validated Cypher parameter rows, one ArticleRows per article.

Validation is against the schema: a record with an unknown label or type, a relationship
whose endpoint labels the schema disallows, or one that points at an id the record does not
define raises RecordError naming the article, before anything of it reaches the store.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from kg.errors import RecordError
from kg.models import Entity, Extraction, Relation
from kg.schema import GraphSchema
from kg.store.cypher import ARTICLE_PARAM, RelPart, mention_param, node_param

Row = dict[str, Any]
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ENTITY_FIELDS = frozenset(
    {"id", "name", "aliases", "name_en", "wikidata", "first_seen", "last_seen"}
)


@dataclass(frozen=True)
class ArticleRows:
    """Everything one article adds to the graph, keyed by the load statement's parameters."""

    article_id: str
    params: dict[str, list[Row]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # entity id → label

    @property
    def size(self) -> int:
        return sum(len(rows) for rows in self.params.values())


def _date(value: str | None, article_id: str, what: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not DATE.fullmatch(value):
        raise RecordError(article_id, f"{what} {value!r} is not a YYYY-MM-DD date")
    return value


def _aliases(entity: Entity) -> list[str]:
    """Declared aliases, then surface forms, each once, never the canonical name itself."""
    out: dict[str, None] = {}
    for text in (*entity.aliases, *(m.text for m in entity.mentions)):
        if isinstance(text, str) and text.strip() and text != entity.name:
            out.setdefault(text, None)
    return list(out)


def entity_row(entity: Entity, props: dict[str, str], seen: str | None, aid: str) -> Row:
    row: Row = {"id": entity.id, "name": entity.name, "aliases": _aliases(entity)}
    row.update(first_seen=seen, last_seen=seen)
    for prop, kind in props.items():
        if prop in ENTITY_FIELDS:
            continue
        value = entity.properties.get(prop)
        row[prop] = _date(value, aid, f"entity {entity.id} {prop}") if kind == "date" else value
    if "name_en" in props:
        row["name_en"] = entity.name_en
    if "wikidata" in props:
        row["wikidata"] = entity.wikidata
    return row


def _check_entity(entity: Entity, schema: GraphSchema, aid: str) -> None:
    if entity.label not in schema.entity_labels:
        known = ", ".join(schema.entity_labels)
        raise RecordError(
            aid, f"entity {entity.id!r} has unknown label {entity.label!r} (known: {known})"
        )
    if not entity.id or not entity.name:
        raise RecordError(aid, f"a {entity.label} entity lacks an id or a name")


def relation_row(
    rel: Relation, schema: GraphSchema, labels: dict[str, str], aid: str, seen: str | None
) -> tuple[str, Row]:
    spec = schema.relationships.get(rel.type)
    if spec is None or not spec.provenance:
        known = ", ".join(schema.extracted_types)
        raise RecordError(aid, f"unknown relationship type {rel.type!r} (known: {known})")
    for end in (rel.source, rel.target):
        if end not in labels:
            raise RecordError(
                aid, f"{rel.type} relation points at {end!r}, which is not an entity of this record"
            )
    src, tgt = labels[rel.source], labels[rel.target]
    if not schema.allows(rel.type, src, tgt):
        raise RecordError(
            aid,
            f"{rel.type} from {src} to {tgt} is not allowed (from {'|'.join(sorted(spec.sources))} "
            f"to {'|'.join(sorted(spec.targets))})",
        )
    if not (isinstance(rel.confidence, float | int) and math.isfinite(rel.confidence)):
        raise RecordError(
            aid,
            f"{rel.type} {rel.source}→{rel.target}: confidence {rel.confidence!r} is not a number",
        )
    row: Row = {
        "source": rel.source,
        "target": rel.target,
        "articles": [aid],
        "evidence": [rel.evidence.text],
        "confidence": float(rel.confidence),
        "first_seen": seen,
        "last_seen": seen,
    }
    for prop in spec.properties:
        if prop not in row:
            row[prop] = rel.properties.get(prop) or None
    for key in spec.keys:
        if not row.get(key):
            raise RecordError(
                aid, f"{rel.type} {rel.source}→{rel.target} lacks its {key!r} property"
            )
    return RelPart(rel.type, src, tgt).param, row


def article_rows(extraction: Extraction, schema: GraphSchema) -> ArticleRows:
    """The rows of one article; RecordError (nothing of it is used) if it breaks the schema."""
    try:
        return _rows(extraction, schema)
    except RecordError as exc:  # name the input too: ids alone are hard to trace back
        raise RecordError(
            exc.article_id, f"{exc.reason} (in {extraction.article.source})"
        ) from None


def _rows(extraction: Extraction, schema: GraphSchema) -> ArticleRows:
    art = extraction.article
    if not art.id:
        raise RecordError("(no id)", f"record from {art.source} has no article id")
    seen = _date(art.date, art.id, "article date")
    params: dict[str, list[Row]] = {
        ARTICLE_PARAM: [
            {
                "id": art.id,
                "source": art.source,
                "title": art.title,
                "date": seen,
                "script": art.script,
            }
        ]
    }
    labels: dict[str, str] = {}
    for entity in extraction.entities:
        _check_entity(entity, schema, art.id)
        if labels.setdefault(entity.id, entity.label) != entity.label:
            raise RecordError(
                art.id, f"entity {entity.id!r} is both {labels[entity.id]} and {entity.label}"
            )
        props = schema.nodes[entity.label].properties
        params.setdefault(node_param(entity.label), []).append(
            entity_row(entity, props, seen, art.id)
        )
        mention = {"article": art.id, "entity": entity.id, "count": len(entity.mentions)}
        params.setdefault(mention_param(entity.label), []).append(mention)
    for rel in extraction.relations:
        param, row = relation_row(rel, schema, labels, art.id, seen)
        params.setdefault(param, []).append(row)
    return ArticleRows(art.id, params, labels)
