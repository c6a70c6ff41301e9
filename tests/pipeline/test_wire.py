"""kg.pipeline.wire: extractions survive packing, and every model field is packed."""

from __future__ import annotations

import pickle
from dataclasses import fields, replace
from pathlib import Path

from kg.models import Article, Entity, Extraction, Link, Relation, Span
from kg.pipeline import extract_paths
from kg.pipeline.wire import pack, unpack

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def test_packed_extractions_come_back_equal() -> None:
    found = [x for x in extract_paths([str(ARTICLES)]) if isinstance(x, Extraction)]
    assert len(found) > 20 and any(x.article.links for x in found)
    for x in found:
        back = unpack(pickle.loads(pickle.dumps(pack(x))))
        assert back == x and back.article.offsets is None
        assert [e.properties for e in back.entities] == [e.properties for e in x.entities]


def test_every_field_is_packed() -> None:
    """A field added to a model must be added to pack/unpack too (this fails until it is)."""
    span = Span("国家市场监管总局", 0, 8)
    article = Article("art-1", "s", "t", "2024-01-01", "zh-Hans", "text", (Link("l"),), "p")
    entity = Entity("agency:samr", "Agency", "n", ("a",), (span,), "Q1", "SAMR", {"k": "v"})
    relation = Relation("HOSTED", "a", "b", 0.9, span, {"k": "v"})
    a, (e,), (r,) = pack(Extraction(article, (entity,), (relation,)))
    assert len(a) == len(fields(Article)) - 1  # all but the offset map
    assert len(a[6][0]) == len(fields(Link)) and len(e[4][0]) == len(fields(Span))
    assert len(e) == len(fields(Entity)) and len(r) == len(fields(Relation))
    assert len(fields(Extraction)) == 3
    full = Extraction(article, (entity,), (relation,))
    assert unpack(pack(full)) == full == replace(full)
