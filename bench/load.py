"""Loader throughput beside a bare UNWIND/MERGE loop over the same rows, in one run.

\b
Example:
  .venv/bin/python bench/load.py                    # 9,000 articles: ~108k relationships
  .venv/bin/python bench/load.py --articles 2000 --batch-rows 5000

Both passes write into a fresh embedded FalkorDB store with the schema's indexes. Ours is
kg.load.load_extractions from typed extractions: validation, batching, provenance merge,
one statement per batch, created/updated counts. The bare loop sends the same batches as
one minimal `UNWIND $rows AS r MERGE ...` statement per label / relationship combination,
with no properties and no provenance. Target: ours at least 70% of the bare rate.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.store.synth

from kg.load import load_extractions
from kg.schema import GraphSchema, load_schema
from kg.store import Store, open_store
from kg.store.batch import Batch
from kg.store.cypher import ARTICLE_PARAM, rel_parts
from kg.store.rows import Row, article_rows
from tests.store.synth import synthetic_extractions


def bare_statements(schema: GraphSchema) -> dict[str, str]:
    """param name → the plainest MERGE over its rows (keys only)."""
    out = {ARTICLE_PARAM: "UNWIND $rows AS r MERGE (:Article {id: r.id})"}
    for label in schema.entity_labels:
        out[f"nodes_{label}"] = f"UNWIND $rows AS r MERGE (:{label} {{id: r.id}})"
        out[f"mentions_{label}"] = (
            f"UNWIND $rows AS r MATCH (a:Article {{id: r.article}}) "
            f"MATCH (e:{label} {{id: r.entity}}) MERGE (a)-[:MENTIONS]->(e)"
        )
    for p in rel_parts(schema):
        key = " {title: r.title}" if schema.relationships[p.type].keys else ""
        out[p.param] = (
            f"UNWIND $rows AS r MATCH (s:{p.source} {{id: r.source}}) "
            f"MATCH (t:{p.target} {{id: r.target}}) MERGE (s)-[:{p.type}{key}]->(t)"
        )
    return out


def batches(extractions: list, schema: GraphSchema, batch_rows: int) -> list[dict[str, list[Row]]]:
    """The loader's own batches (same split, same merged rows)."""
    out, batch = [], Batch(schema)
    for x in extractions:
        batch.add(article_rows(x, schema))
        if batch.size >= batch_rows:
            out.append(batch.params())
            batch = Batch(schema)
    if batch.article_ids:
        out.append(batch.params())
    return out


def run_bare(store: Store, work: list[dict[str, list[Row]]], schema: GraphSchema) -> float:
    statements = bare_statements(schema)
    start = time.perf_counter()
    for params in work:
        for name, rows in params.items():
            if rows:
                store.run(statements[name], {"rows": rows}, write=True)
    return time.perf_counter() - start


def fresh(root: Path, name: str) -> Store:
    store = open_store(str(root / name))
    store.init()
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=9000)
    parser.add_argument("--batch-rows", type=int, default=5000)
    args = parser.parse_args()
    schema = load_schema()
    extractions = list(synthetic_extractions(args.articles, pool=5000, rels=12, seed=3))
    work = batches(extractions, schema, args.batch_rows)
    rows = sum(len(r) for params in work for r in params.values())
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        bare_store = fresh(Path(tmp), "bare")
        bare = run_bare(bare_store, work, schema)
        bare_store.close()
        ours_store = fresh(Path(tmp), "ours")
        start = time.perf_counter()
        summary = load_extractions(ours_store, extractions, batch_rows=args.batch_rows)
        ours = time.perf_counter() - start
        extracted = ours_store.run(
            "MATCH ()-[r]->() WHERE r.articles IS NOT NULL RETURN count(r) AS n"
        )[0]["n"]
        ours_store.close()
    print(
        f"articles {summary.articles}, rows {rows} in {len(work)} batches of <= {args.batch_rows}"
    )
    print(f"nodes {summary.nodes_created}, relationships {summary.relationships_created} "
          f"({extracted} with provenance, the rest MENTIONS)")  # fmt: skip
    print(f"bare UNWIND MERGE loop: {bare:7.2f} s  {rows / bare:9,.0f} rows/s")
    print(f"kg loader:              {ours:7.2f} s  {rows / ours:9,.0f} rows/s")
    print(f"ratio: {bare / ours:.0%} of the bare loop's rate (target >= 70%)")


if __name__ == "__main__":
    main()
