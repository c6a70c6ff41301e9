"""Loading extraction records: counts, idempotency, provenance, rejection (every engine)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kg.errors import InputError, RecordError
from kg.load import load_extractions, load_records, read_records
from kg.models import Entity, Extraction, Relation
from kg.store import Store
from tests.store.graph_dump import counts, dump

ART1, ART2, ART3, ART4 = (
    "art-479817c3bf1ae654",
    "art-8e7075492ffea44a",
    "art-a5f40135a5fa0e09",
    "art-4fe048671d5637f1",
)
EXPECTED = {
    "Agency": 6, "University": 1, "Organization": 3, "Person": 3, "Event": 3, "Initiative": 4,
    "Place": 3, "Article": 4, "HOSTED": 4, "ORGANIZED": 0, "HELD_AT": 3, "SPOKE_AT": 3,
    "ATTENDED": 4, "LAUNCHED": 4, "HOLDS_POSITION": 5, "PART_OF": 3, "LOCATED_IN": 4,
    "MENTIONS": 34,
}  # fmt: skip


def extractions(path: Path) -> list[Extraction]:
    items = list(read_records([str(path)]))
    assert all(isinstance(x, Extraction) for x in items)
    return items  # type: ignore[return-value]


def test_sample_loads_with_expected_counts(store: Store, sample_records: Path) -> None:
    summary = load_records(store, [str(sample_records)])
    assert summary.articles == 4 and summary.failed == 0
    assert summary.nodes_created == 27 and summary.relationships_created == 64
    assert counts(store) == EXPECTED


def test_reloading_changes_nothing(store: Store, sample_records: Path) -> None:
    load_records(store, [str(sample_records)])
    before = dump(store)
    again = load_records(store, [str(sample_records)])
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert (again.nodes_updated, again.relationships_updated) == (27, 64)
    assert dump(store) == before


def test_created_and_updated_add_up(store: Store, sample_records: Path) -> None:
    items = extractions(sample_records)
    first = load_extractions(store, items[:2])
    second = load_extractions(store, items)
    assert first.nodes_created + second.nodes_created == 27
    assert first.relationships_created + second.relationships_created == 64
    assert second.nodes_updated > 0 and second.relationships_updated > 0
    assert second.nodes_updated + second.nodes_created == 27  # every node, once per batch
    assert first.failures == second.failures == ()


def test_batch_size_does_not_change_the_graph(store: Store, sample_records: Path) -> None:
    load_records(store, [str(sample_records)], batch_rows=1)
    one_by_one = dump(store)
    store.drop()
    load_records(store, [str(sample_records)], batch_rows=10_000)
    assert dump(store) == one_by_one


def test_relationship_provenance_accumulates(store: Store, sample_records: Path) -> None:
    load_records(store, [str(sample_records)])
    rows = store.run(
        "MATCH (p:Person {name: $name})-[h:HOLDS_POSITION]->(b) "
        "RETURN h.title AS title, b.id AS body, h.articles AS articles, h.evidence AS evidence, "
        "h.confidence AS confidence, h.first_seen AS first, h.last_seen AS last",
        {"name": "彭勇"},
    )
    assert rows == [
        {"title": "副省长", "body": "agency:hubei-gov", "articles": [ART1, ART2],
         "evidence": ["湖北省副省长彭勇"], "confidence": 0.95, "first": "2024-09-19",
         "last": "2024-11-05"}
    ]  # fmt: skip
    launched = store.run(
        "MATCH (o:Organization {id: 'org:cca'})-[x:LAUNCHED]->(i:Initiative) "
        "RETURN x.articles AS articles, x.evidence AS evidence"
    )
    assert launched[0]["articles"] == [ART1, ART4]
    assert len(launched[0]["evidence"]) == 2  # two different sentences, each kept once


def test_person_with_two_positions_is_one_node(store: Store, sample_records: Path) -> None:
    load_records(store, [str(sample_records)])
    rows = store.run(
        "MATCH (p:Person {name: '蒲淳'})-[h:HOLDS_POSITION]->(b) "
        "RETURN p.id AS person, h.title AS title, b.name AS body ORDER BY title"
    )
    assert len({r["person"] for r in rows}) == 1
    assert [(r["title"], r["body"]) for r in rows] == [
        ("主任", "国家认证认可监督管理委员会"),
        ("党组成员、副局长", "国家市场监督管理总局"),
    ]


def test_entity_properties_merge(store: Store, sample_records: Path) -> None:
    # load in reverse order: first/last seen must still be the min/max dates
    load_extractions(store, reversed(extractions(sample_records)))
    (samr,) = store.run("MATCH (n:Agency {id: 'agency:samr'}) RETURN n")
    assert samr["n"]["name"] == "国家市场监督管理总局"
    assert samr["n"]["aliases"] == ["市场监管总局"]
    assert (samr["n"]["first_seen"], samr["n"]["last_seen"]) == ("2024-09-19", "2025-01-16")
    (event,) = store.run(
        "MATCH (e:Event {name: '2024年全国检验检测机构开放日活动启动仪式'}) "
        "RETURN e.date AS date, e.place AS place, e.aliases AS aliases"
    )
    assert event == {"date": "2024-09-19", "place": "华中科技大学", "aliases": ["启动仪式"]}


def test_every_article_mentions_exactly_its_entities(store: Store, sample_records: Path) -> None:
    items = extractions(sample_records)
    load_extractions(store, items)
    for ex in items:
        rows = store.run(
            "MATCH (a:Article {id: $id})-[m:MENTIONS]->(e) RETURN e.id AS id, m.count AS count",
            {"id": ex.article.id},
        )
        assert {r["id"]: r["count"] for r in rows} == {e.id: len(e.mentions) for e in ex.entities}


def _break(ex: Extraction, how: str) -> Extraction:
    first = ex.relations[0]
    if how == "unknown label":
        return replace(ex, entities=(replace(ex.entities[0], label="Ministry"), *ex.entities[1:]))
    if how == "unknown type":
        return replace(ex, relations=(replace(first, type="FUNDED"), *ex.relations[1:]))
    if how == "disallowed endpoints":  # HOSTED from a Place
        place = next(e for e in ex.entities if e.label == "Place")
        return replace(ex, relations=(replace(first, source=place.id), *ex.relations[1:]))
    if how == "unknown entity id":
        return replace(ex, relations=(replace(first, target="agency:nowhere"), *ex.relations[1:]))
    if how == "HOLDS_POSITION without title":
        holds = next(r for r in ex.relations if r.type == "HOLDS_POSITION")
        rel = Relation(holds.type, holds.source, holds.target, 0.5, holds.evidence, {})
        return replace(ex, relations=(*ex.relations, rel))
    if how == "bad date":
        return replace(ex, article=replace(ex.article, date="19 Sept 2024"))
    assert how == "label clash"
    clash = Entity(ex.entities[0].id, "Person", "某人")
    return replace(ex, entities=(*ex.entities, clash))


@pytest.mark.parametrize(
    "how",
    [
        "unknown label", "unknown type", "disallowed endpoints", "unknown entity id",
        "HOLDS_POSITION without title", "bad date", "label clash",
    ],
)  # fmt: skip
def test_record_breaking_the_schema_is_rejected_alone(
    store: Store, sample_records: Path, how: str
) -> None:
    items = extractions(sample_records)
    items[1] = _break(items[1], how)
    errors: list[Exception] = []
    summary = load_extractions(store, items, on_error=errors.append)
    assert summary.articles == 3 and summary.failed == 1
    (error,) = summary.failures
    assert isinstance(error, RecordError) and ART2 in str(error) and errors == [error]
    assert store.run("MATCH (a:Article {id: $id}) RETURN a.id AS id", {"id": ART2}) == []
    # nothing of the rejected article: no provenance mentions it, its own event is absent
    carrying = store.run(
        "MATCH ()-[r]->() WHERE $id IN r.articles RETURN count(r) AS n", {"id": ART2}
    )
    assert carrying == [{"n": 0}]
    assert store.run("MATCH (e:Event) WHERE e.name CONTAINS '能力验证' RETURN e.id AS id") == []
    assert counts(store)["Article"] == 3


def test_an_id_keeps_its_label_across_articles(store: Store, sample_records: Path) -> None:
    items = extractions(sample_records)
    samr = next(e for e in items[2].entities if e.id == "agency:samr")
    entities = tuple(
        replace(e, label="Organization") if e is samr else e for e in items[2].entities
    )
    items[2] = replace(items[2], entities=entities)
    summary = load_extractions(store, items)
    assert [e.article_id for e in summary.failures if isinstance(e, RecordError)] == [ART3]
    assert "is Organization here but Agency" in str(summary.failures[0])
    assert store.run("MATCH (n:Organization {id: 'agency:samr'}) RETURN n.id AS id") == []


def test_malformed_lines_are_input_errors(
    store: Store, sample_records: Path, tmp_path: Path
) -> None:
    lines = sample_records.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    record = json.loads(lines[0])
    del record["article"]["id"]
    bad.write_text("\n".join([lines[2], "{not json", json.dumps(record)]) + "\n", encoding="utf-8")
    summary = load_records(store, [str(bad), str(tmp_path / "missing.jsonl")])
    assert summary.articles == 1
    assert [type(e) for e in summary.failures] == [InputError, InputError, InputError]
    assert [e.line for e in summary.failures if isinstance(e, InputError)] == [2, 3, None]
    assert "bad.jsonl:2" in str(summary.failures[0])
