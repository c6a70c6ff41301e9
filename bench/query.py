"""Latency of every canned query on a graph of a generated corpus (100k articles by default).

\b
Example:
  .venv/bin/python bench/query.py                          # build /tmp/kg-bench-query, time
  .venv/bin/python bench/query.py --reuse --runs 50        # time again on the built graph
  .venv/bin/python bench/query.py --articles 20000 --store /tmp/small

The corpus is generated as extraction records directly (bench/query_graph.py: a seeded
world of bodies, places, people, recurring events) and loaded with kg.load, so building
takes minutes, not the hours real extraction of 100k articles would. Each query runs with
its header's example values, except that names rotate over a few actors of different
sizes (the national regulator, a provincial bureau, a city bureau; see rotations()), so the
p50 is the medium case and the p95 the big one. Target: p50 <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_graph import World, build_world, extractions

from kg.errors import StoreError
from kg.load import load_extractions
from kg.queries import Query, load_queries, run_query
from kg.store import Store, open_store


def rotations(world: World, store: Store) -> dict[str, list[Any]]:
    """Parameter → values tried in turn: a big, a medium and a small actor (or place...)."""
    city_bureau = next(a.name for a in world.regional if a.name.endswith("市市场监督管理局"))
    held = store.run(  # two people the graph has, with a body each
        "MATCH (p:Person)-[:HOLDS_POSITION]->(b:Agency) WHERE b.name ENDS WITH '分局' "
        "RETURN p.name AS person, b.name AS body LIMIT 2"
    )
    (person, body), other = (held[0]["person"], held[0]["body"]), held[1]["person"]
    return {
        "actor": ["市场监管总局", "湖北省市场监督管理局", city_bureau],
        "body": ["国家市场监督管理总局", "湖北省人民政府", city_bureau],
        "person": [person, other, "王"],
        "place": ["湖北", "广东省", city_bureau[:-7]],
        "event": ["开放日", "2024年湖北省", "世界计量日"],
        "university": [world.universities[0].name, world.universities[99].name, ""],
        "source": ["市场监管总局", "湖北省市场监督管理局", person],
        "target": ["2024年湖北省", "湖北省人民政府", body],
        "type": ["HOSTED", "", ""],
    }


def build(store: Store, articles: int, seed: int) -> None:
    store.drop()
    start = time.perf_counter()
    summary = load_extractions(store, extractions(articles, seed), batch_rows=20_000)
    took = time.perf_counter() - start
    print(
        f"loaded {summary.articles} articles in {took:.0f} s: nodes {summary.nodes_created}, "
        f"relationships {summary.relationships_created}, failed {summary.failed}",
        file=sys.stderr,
    )


def values_for(query: Query, run: int, rotate: dict[str, list[Any]]) -> dict[str, Any]:
    values = query.example_values()
    for name, choices in rotate.items():
        if query.param(name) is not None:
            values[name] = choices[run % len(choices)]
    return values


def time_query(
    store: Store, query: Query, runs: int, rotate: dict[str, list[Any]]
) -> tuple[list[float], int]:
    run_query(store, query, values_for(query, 0, rotate))  # warm the plan cache
    took, rows = [], 0
    for n in range(runs):
        start = time.perf_counter()
        rows = len(run_query(store, query, values_for(query, n, rotate)))
        took.append((time.perf_counter() - start) * 1000)
    return took, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--store", default="/tmp/kg-bench-query")
    parser.add_argument("--reuse", action="store_true", help="time the graph already built")
    parser.add_argument("--only", nargs="*", default=None, help="query names to time")
    args = parser.parse_args()
    store = open_store(args.store)
    try:
        if not args.reuse:
            build(store, args.articles, args.seed)
        rotate = rotations(build_world(random.Random(args.seed)), store)
        nodes = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
        load = os.getloadavg()[0]
        print(f"graph: {nodes} nodes; {args.runs} runs per query; load {load:.1f}", file=sys.stderr)
        print(f"{'query':<28} {'p50 ms':>8} {'p95 ms':>8} {'rows':>6}")
        for query in load_queries().values():
            if args.only and query.name not in args.only:
                continue
            try:
                took, rows = time_query(store, query, args.runs, rotate)
            except StoreError as exc:
                print(f"{query.name:<28} failed: {exc}")
                continue
            p50 = statistics.median(took)
            p95 = statistics.quantiles(took, n=20)[-1] if len(took) > 1 else took[0]
            flag = "" if p50 <= 50 else "  (over 50 ms)"
            print(f"{query.name:<28} {p50:>8.1f} {p95:>8.1f} {rows:>6}{flag}")
    finally:
        store.close()


if __name__ == "__main__":
    main()
