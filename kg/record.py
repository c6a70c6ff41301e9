"""Extraction records (docs/extraction-record.md) to and from the typed models.

The JSON shape is a contract other programs read: fields may be added, never renamed or
dropped.
"""

from __future__ import annotations

import json
from typing import Any

from kg.models import Article, Entity, Extraction, Link, Relation, Span


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "script": article.script,
        "publisher": article.publisher,
        "text": article.text,
    }


def link_to_dict(link: Link) -> dict[str, Any]:
    return {"title": link.title, "publisher": link.publisher, "date": link.date, "url": link.url}


def span_to_dict(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": entity.id,
        "label": entity.label,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "mentions": [span_to_dict(m) for m in entity.mentions],
    }
    if entity.wikidata:
        out["wikidata"] = entity.wikidata
    if entity.name_en:
        out["name_en"] = entity.name_en
    if entity.properties:
        out["properties"] = dict(entity.properties)
    return out


def relation_to_dict(relation: Relation) -> dict[str, Any]:
    return {
        "type": relation.type,
        "source": relation.source,
        "target": relation.target,
        "confidence": round(relation.confidence, 4),
        "evidence": span_to_dict(relation.evidence),
        "properties": dict(relation.properties),
    }


def clean_record(article: Article) -> dict[str, Any]:
    """What `kg clean` writes: the article and its related-news links."""
    return {"article": article_to_dict(article), "links": [link_to_dict(x) for x in article.links]}


def extraction_record(extraction: Extraction) -> dict[str, Any]:
    """What `kg extract` writes: the full extraction record."""
    return {
        "article": article_to_dict(extraction.article),
        "entities": [entity_to_dict(e) for e in extraction.entities],
        "relations": [relation_to_dict(r) for r in extraction.relations],
        "links": [link_to_dict(x) for x in extraction.article.links],
    }


def dumps(record: dict[str, Any]) -> str:
    """One JSON Lines line (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _span(d: dict[str, Any]) -> Span:
    return Span(text=str(d["text"]), start=int(d["start"]), end=int(d["end"]))


def extraction_from_record(record: dict[str, Any]) -> Extraction:
    """The typed Extraction of a record; KeyError/TypeError/ValueError on a malformed one."""
    a = record["article"]
    links = tuple(
        Link(title=x["title"], publisher=x.get("publisher"), date=x.get("date"), url=x.get("url"))
        for x in record.get("links", [])
    )
    article = Article(
        id=str(a["id"]),
        source=str(a["source"]),
        title=a.get("title"),
        date=a.get("date"),
        script=str(a.get("script") or "zh-Hans"),
        text=str(a["text"]),
        links=links,
        publisher=a.get("publisher"),
    )
    entities = tuple(
        Entity(
            id=str(e["id"]),
            label=str(e["label"]),
            name=str(e["name"]),
            aliases=tuple(e.get("aliases", ())),
            mentions=tuple(_span(m) for m in e.get("mentions", ())),
            wikidata=e.get("wikidata"),
            name_en=e.get("name_en"),
            properties=dict(e.get("properties", {})),
        )
        for e in record.get("entities", [])
    )
    relations = tuple(
        Relation(
            type=str(r["type"]),
            source=str(r["source"]),
            target=str(r["target"]),
            confidence=float(r.get("confidence", 0.0)),
            evidence=_span(r["evidence"]),
            properties=dict(r.get("properties") or {}),
        )
        for r in record.get("relations", [])
    )
    return Extraction(article=article, entities=entities, relations=relations)
