"""Stores for the viz tests: the sample graph (tests/data/records/sample.jsonl) plus our hub
record, loaded once per module into a real embedded FalkorDB and closed, so that tests can
open it themselves (the CLI takes the store's lock)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.load import load_records
from kg.store import Store, open_store
from tests.viz.graphs import write_records

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "records" / "sample.jsonl"


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("viz")
    hub = write_records(base / "hub.jsonl")
    store = open_store(str(base / "kg-data"))
    try:
        store.init()
        summary = load_records(store, [str(SAMPLE), str(hub)])
        assert summary.failed == 0, summary.failures
    finally:
        store.close()
    return base / "kg-data"


@pytest.fixture
def graph(graph_dir: Path) -> Iterator[Store]:
    store = open_store(str(graph_dir))
    try:
        yield store
    finally:
        store.close()
