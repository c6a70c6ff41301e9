"""Synthetic but schema-valid extractions in bulk, for kill tests and bench/load.py.

Entities come from fixed pools (so articles share nodes and relationships accumulate
provenance); every relation uses an endpoint pair the schema allows. Deterministic per seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from kg.models import Article, Entity, Extraction, Relation, Span
from kg.schema import load_schema

PER_ARTICLE = {"Agency": 3, "Organization": 2, "University": 1, "Person": 3, "Event": 2}
PER_ARTICLE |= {"Initiative": 2, "Place": 2}


def _entity(label: str, number: int, text: str) -> Entity:
    name = f"{label}{number}号"
    start = text.find(name)
    mentions = (Span(name, start, start + len(name)),) if start >= 0 else ()
    props = {"date": "2024-05-20", "place": "武汉市"} if label == "Event" else {}
    return Entity(
        f"{label.lower()}:syn{number:06d}",
        label,
        name,
        (f"别名{number}",),
        mentions,
        None,
        None,
        props,
    )


def synthetic_extractions(
    articles: int, pool: int = 200, rels: int = 12, seed: int = 7
) -> Iterator[Extraction]:
    """`articles` extractions, each with ~15 entities from pools of `pool` per label."""
    schema, rng = load_schema(), random.Random(seed)
    allowed = [
        (r.type, s, t)
        for r in schema.relationships.values()
        if r.provenance
        for s in sorted(r.sources)
        for t in sorted(r.targets)
    ]
    for n in range(articles):
        picks = {lb: rng.sample(range(pool), k) for lb, k in PER_ARTICLE.items()}
        text = "。".join(f"{lb}{i}号出席" for lb, ids in picks.items() for i in ids) + "。"
        entities = [_entity(lb, i, text) for lb, ids in picks.items() for i in ids]
        by_label: dict[str, list[Entity]] = {}
        for e in entities:
            by_label.setdefault(e.label, []).append(e)
        relations = []
        for _ in range(rels):
            rtype, s, t = rng.choice([a for a in allowed if a[1] in by_label and a[2] in by_label])
            src, tgt = rng.choice(by_label[s]), rng.choice(by_label[t])
            props = (
                {"title": rng.choice(["局长", "主任", "院士"])} if rtype == "HOLDS_POSITION" else {}
            )
            ev = Span(text[:20], 0, 20)
            relations.append(Relation(rtype, src.id, tgt.id, round(rng.random(), 2), ev, props))
        day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        article = Article(
            f"art-syn{seed:04d}{n:08d}", f"synthetic/{n}.txt", f"第{n}篇", day, "zh-Hans", text
        )
        yield Extraction(article, tuple(entities), tuple(relations))
