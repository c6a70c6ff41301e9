"""The stages of bench/run.py, each run in a process of its own so that its peak RSS and time
are its own: `python bench/run_stages.py STAGE WORKDIR [JOBS]` prints one JSON line
{"items": ..., "bytes": ..., "seconds": ..., "note": ...}.

Pipeline stages use kg's library entry points; baselines are the bare minimum of the same
work (read and decode the files; a plain UNWIND MERGE loop; a plain JSON serializer).
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Result = dict[str, Any]
Row = dict[str, Any]
BATCH = 5000


def _files(corpus: Path) -> Iterator[Path]:
    return (p for p in sorted(corpus.rglob("*")) if p.is_file())


def read_decode(work: Path, jobs: int) -> Result:
    """Baseline for cleaning: read every file and decode it (UTF-8, else GB18030)."""
    items = size = 0
    for path in _files(work / "corpus"):
        data = path.read_bytes()
        size += len(data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
        items += text.count("\n") if path.suffix == ".jsonl" else 1
    return {"items": items, "bytes": size}


def clean(work: Path, jobs: int) -> Result:
    from kg.errors import KgError
    from kg.ingest import read_articles

    items = errors = chars = 0
    for item in read_articles([str(work / "corpus")]):
        if isinstance(item, KgError):
            errors += 1
        else:
            items += 1
            chars += len(item.text)
    size = sum(p.stat().st_size for p in _files(work / "corpus"))
    return {"items": items, "bytes": size, "note": f"{errors} errors, {chars / 1e6:.1f} M chars"}


def extract(work: Path, jobs: int) -> Result:
    """`kg extract`: the records written in input order (by the workers when jobs > 1)."""
    from kg.errors import KgError
    from kg.pipeline import extract_records

    items = errors = 0
    with (work / "records.jsonl").open("w", encoding="utf-8") as out:
        for line in extract_records([str(work / "corpus")], jobs=jobs):
            if isinstance(line, KgError):
                errors += 1
                continue
            out.write(line + "\n")
            items += 1
    size = sum(p.stat().st_size for p in _files(work / "corpus"))
    return {"items": items, "bytes": size, "note": f"kg extract --jobs {jobs}; {errors} errors"}


def _fresh(path: Path) -> Any:
    import shutil

    from kg.store import open_store

    shutil.rmtree(path, ignore_errors=True)
    store = open_store(str(path))
    store.init()
    return store


def bare_merge(work: Path, jobs: int) -> Result:
    """Baseline for loading: the records' entities and relations as plain UNWIND MERGE rows."""
    nodes: list[dict[str, str]] = []
    rels: list[dict[str, str]] = []
    for line in (work / "records.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        nodes += [{"id": e["id"], "name": e["name"]} for e in rec["entities"]]
        rels += [{"a": r["source"], "b": r["target"]} for r in rec["relations"]]
    store = _fresh(work / "baseline-store")
    try:
        for i in range(0, len(nodes), BATCH):
            store.run(
                "UNWIND $rows AS r MERGE (n:Agency {id: r.id}) SET n.name = r.name",
                {"rows": nodes[i : i + BATCH]},
                write=True,
            )
        for i in range(0, len(rels), BATCH):
            store.run(
                "UNWIND $rows AS r MATCH (a:Agency {id: r.a}) MATCH (b:Agency {id: r.b}) "
                "MERGE (a)-[:HOSTED]->(b)",
                {"rows": rels[i : i + BATCH]},
                write=True,
            )
    finally:
        store.close()
    size = (work / "records.jsonl").stat().st_size
    return {"items": len(nodes) + len(rels), "bytes": size, "note": "rows merged"}


def load(work: Path, jobs: int) -> Result:
    from kg.load import load_records

    store = _fresh(work / "load-store")
    try:
        summary = load_records(store, [str(work / "records.jsonl")])
        server = _server_peak_mb(store)
    finally:
        store.close()
    for failure in summary.failures[:3]:
        print(f"load: {failure}", file=sys.stderr)
    size = (work / "records.jsonl").stat().st_size
    note = (
        f"{summary.nodes_created} nodes, {summary.relationships_created} rels, "
        f"{summary.failed} failed; FalkorDB server peak {server}"
    )
    return {"items": summary.articles, "bytes": size, "note": note}


def _server_peak_mb(store: Any) -> str:
    """The embedded server's own peak memory (a daemon: not in this process's RSS)."""
    client = getattr(getattr(store, "_db", None), "client", None)  # FalkorStore internals
    if client is None:
        return "n/a"
    return f"{int(client.info('memory')['used_memory_peak']) / 1e6:.0f} MB"


def ingest(work: Path, jobs: int) -> Result:
    """The pipeline as users run it: read, clean and extract in `jobs` processes while this
    process loads the results into a fresh store (kg ingest)."""
    from kg.load import load_extractions
    from kg.pipeline import extract_paths

    store = _fresh(work / "store")
    try:
        summary = load_extractions(store, extract_paths([str(work / "corpus")], jobs=jobs))
        server = _server_peak_mb(store)
    finally:
        store.close()
    size = sum(p.stat().st_size for p in _files(work / "corpus"))
    note = (
        f"kg ingest --jobs {jobs}: {summary.nodes_created} nodes, "
        f"{summary.relationships_created} rels, {summary.failed} failed; "
        f"FalkorDB server peak {server}"
    )
    return {"items": summary.articles, "bytes": size, "note": note}


def bare_serialize(work: Path, jobs: int) -> Result:
    """Baseline for exports: read every node and relationship (as property maps, a page at a
    time) and write them as JSON lines."""
    from kg.schema import load_schema
    from kg.store import open_store

    out = work / "exports" / "baseline.jsonl"
    out.parent.mkdir(exist_ok=True)
    schema, count = load_schema(), 0
    store = open_store(str(work / "store"))
    try:
        with out.open("w", encoding="utf-8") as fh:
            reads = [(label, "RETURN properties(n) AS p") for label in schema.nodes]
            reads += [
                (label, f"MATCH (n)-[r:{t}]->(b) RETURN n.id AS a, b.id AS b, properties(r) AS p")
                for t, rel in schema.relationships.items()
                for label in sorted(rel.sources)
            ]
            for label, tail in reads:
                for row in store.stream(label, tail):
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
    finally:
        store.close()
    return {"items": count, "bytes": out.stat().st_size}


def queries(work: Path, jobs: int) -> Result:
    """Graph size, and each canned query's p50 over 7 runs (when kg.queries exists)."""
    from kg.store import open_store
    from kg.store.stats import graph_stats

    store = open_store(str(work / "store"))
    try:
        stats = graph_stats(store)
        timings = _canned_p50(store)
    finally:
        store.close()
    note = ", ".join(f"{k}={v}" for k, v in stats.labels.items())
    return {
        "items": stats.nodes,
        "bytes": 0,
        "relationships": stats.relationships,
        "labels": stats.labels,
        "types": stats.types,
        "p50_ms": timings,
        "note": note,
    }


def _canned_p50(store: Any) -> dict[str, float] | str:
    try:
        canned = importlib.import_module("kg.queries")
    except ImportError:
        return "kg.queries not available yet"
    out: dict[str, float] = {}
    for name, query in canned.load_queries().items():
        values = query.example_values()
        took = []
        for _ in range(7):
            t = time.perf_counter()
            canned.run_query(store, query, values)
            took.append(time.perf_counter() - t)
        out[name] = 1000 * sorted(took)[3]
    return out


STAGES: dict[str, Callable[[Path, int], Result]] = {
    "read": read_decode,
    "clean": clean,
    "extract": extract,
    "merge": bare_merge,
    "load": load,
    "ingest": ingest,
    "serialize": bare_serialize,
    "queries": queries,
}

if __name__ == "__main__":
    stage, workdir = sys.argv[1], Path(sys.argv[2])
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    start = time.perf_counter()
    result = STAGES[stage](workdir, jobs)
    result["seconds"] = time.perf_counter() - start
    print(json.dumps(result, ensure_ascii=False))
