"""Graphs the canned queries run on: the hand-written sample records (exact rows) and the dev
corpus through the real pipeline (facts robust to extraction tuning). Built once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.load import load_extractions, load_records
from kg.queries import Query, load_queries
from kg.store import Store, open_store

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def queries() -> dict[str, Query]:
    return load_queries()


@pytest.fixture(
    scope="session", params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)]
)
def sample_graph(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """tests/data/records/sample.jsonl in each engine: a fresh embedded store, and the Neo4j
    at NEO4J_URI (emptied before and after) when it is set: same Cypher, same rows."""
    if request.param == "neo4j":
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            pytest.skip("NEO4J_URI is not set")
        store = open_store(uri)
        store.drop()
    else:
        store = open_store(str(tmp_path_factory.mktemp("sample") / "kg-data"))
    try:
        summary = load_records(store, [str(DATA / "records" / "sample.jsonl")])
        assert summary.failed == 0 and summary.articles == 4
        yield store
        if request.param == "neo4j":
            store.drop()
    finally:
        store.close()


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """tests/data/articles through kg.pipeline.extract_paths and kg.load (skips without it)."""
    pipeline = pytest.importorskip("kg.pipeline", reason="kg.pipeline is not written yet")
    store = open_store(str(tmp_path_factory.mktemp("corpus") / "kg-data"))
    try:
        summary = load_extractions(store, pipeline.extract_paths([str(DATA / "articles")]))
        assert summary.articles >= 20, summary
        yield store
    finally:
        store.close()
