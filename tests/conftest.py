"""Shared fixtures: real stores (embedded FalkorDB in tmp_path; Neo4j when NEO4J_URI is set)
and the hand-written sample extraction records."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import Store, open_store

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def sample_records() -> Path:
    """tests/data/records/sample.jsonl: four schema-valid records (see build_sample.py)."""
    return DATA / "records" / "sample.jsonl"


@pytest.fixture
def falkor_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh embedded FalkorDB store in tmp_path (indexes created), closed after the test."""
    store = open_store(str(tmp_path / "kg-data"))
    try:
        store.init()
        yield store
    finally:
        store.close()


@pytest.fixture
def neo4j_store() -> Iterator[Store]:
    """The Neo4j at NEO4J_URI (NEO4J_USER/NEO4J_PASSWORD), emptied before and after.

    Skips when NEO4J_URI is not set."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip(
            "NEO4J_URI is not set (e.g. bolt://localhost:7687 after `docker compose up -d`)"
        )
    store = open_store(uri)
    try:
        store.drop()
        store.init()
        yield store
        store.drop()
    finally:
        store.close()


@pytest.fixture(params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> Store:
    """Every engine in turn: FalkorDB always, Neo4j when NEO4J_URI is set."""
    name = "falkor_store" if request.param == "falkordb" else "neo4j_store"
    return request.getfixturevalue(name)
