"""bench/export.py's generated graph: schema-valid records, merged the way the loader does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from kg.export.graph import read_graph
from kg.load import load_extractions
from kg.store import Store

BENCH = Path(__file__).resolve().parents[2] / "bench" / "export.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_export", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_graph_matches_what_the_store_makes_of_it(falkor_store: Store):
    bench = _bench()
    summary = load_extractions(falkor_store, bench.generate(60, seed=3))
    assert summary.failed == 0 and summary.articles == 60
    stored = read_graph(falkor_store)
    merged = bench.merge(bench.generate(60, seed=3))
    assert {n: d["label"] for n, d in stored.nodes(data=True)} == {
        n: d["label"] for n, d in merged.nodes(data=True)
    }

    def articles(graph):
        return {
            (u, v, k): sorted(d.get("articles", []))
            for u, v, k, d in graph.edges(keys=True, data=True)
        }

    assert articles(stored) == articles(merged)
    assert stored.number_of_edges() > 300
