"""Fixtures for the export tests: the sample records loaded into a real embedded store
(once per module), the graph read from it, and a small graph with awkward strings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.export.graph import read_graph
from kg.load import load_extractions
from kg.record import extraction_from_record
from kg.store import Store, open_store

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "records" / "sample.jsonl"


def sample_extractions() -> list:
    with open(SAMPLE, encoding="utf-8") as src:
        return [extraction_from_record(json.loads(line)) for line in src if line.strip()]


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """An embedded store holding tests/data/records/sample.jsonl (read-only for tests)."""
    store = open_store(str(tmp_path_factory.mktemp("export") / "kg-data"))
    try:
        store.init()
        summary = load_extractions(store, sample_extractions())
        assert summary.failed == 0 and summary.articles >= 4
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def sample_graph(sample_store: Store) -> nx.MultiDiGraph:
    return read_graph(sample_store)


AWKWARD = [
    "quote \" and ' apostrophe",
    "back\\slash \\n not a newline",
    "line\nbreak\ttab\rcarriage",
    "pipe | semicolon ; comma , brace } bracket ]",
    '["looks", "like json"]',
    "國家市場監督管理總局",
    "emoji 🧪 and \u2028 separator",
    "",
]


def awkward_graph() -> nx.MultiDiGraph:
    """Every value type of the schema, with strings that break naive escaping."""
    g = nx.MultiDiGraph(name="kg")
    g.add_node(
        "agency:a b/c",
        label="Agency",
        name=AWKWARD[0],
        aliases=AWKWARD[1:],
        wikidata="Q42",
        first_seen="2024-01-02",
    )
    g.add_node(
        "event:x'y", label="Event", name="会议\\", aliases=[], date="2024-01-02", place="武汉"
    )
    g.add_node("person:p", label="Person", name="王波", aliases=["王 波"])
    g.add_node(
        "art-0000000000000001",
        label="Article",
        source="a/b.txt",
        title="標題",
        date="2024-01-02",
        script="zh-Hant",
    )
    rel = {
        "articles": ["art-0000000000000001"],
        "evidence": AWKWARD[2:5],
        "confidence": 0.75,
        "first_seen": "2024-01-02",
        "last_seen": "2024-01-02",
    }
    g.add_edge("agency:a b/c", "event:x'y", key="HOSTED", type="HOSTED", **rel)
    g.add_edge(
        "person:p",
        "agency:a b/c",
        key="HOLDS_POSITION|局长",
        type="HOLDS_POSITION",
        title="局长",
        **rel,
    )
    g.add_edge(
        "person:p",
        "agency:a b/c",
        key="HOLDS_POSITION|副'局长",
        type="HOLDS_POSITION",
        title="副'局长",
        **rel,
    )
    g.add_edge("art-0000000000000001", "person:p", key="MENTIONS", type="MENTIONS", count=3)
    return g
