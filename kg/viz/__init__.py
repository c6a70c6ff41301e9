"""`kg viz`: a self-contained interactive HTML page of an actor's neighbourhood or of what a
canned query returns.

    graph = around_graph(store, "市场监管总局", hops=1)   # or query_graph(store, name, params)
    write_page(render(graph), "out/samr.html")
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

from kg.errors import KgError, StoreError, UsageError
from kg.store.base import Store
from kg.viz import fetch
from kg.viz.canned import node_ids_in, run_canned
from kg.viz.find import Found, find_actor
from kg.viz.model import VizGraph
from kg.viz.page import render
from kg.viz.trim import limit

__all__ = [
    "DEFAULT_LIMIT",
    "Found",
    "VizGraph",
    "around_graph",
    "find_actor",
    "open_existing_store",
    "query_graph",
    "render",
    "write_page",
]

DEFAULT_LIMIT = 150
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def open_existing_store(spec: str) -> Store:
    """Open a store that already exists: a page is never drawn from a store made on the fly."""
    from kg.store import engine_for, open_store

    if engine_for(spec) == "falkordb":
        from kg.store.falkor import DB_FILE

        folder = Path(spec)
        if not (folder / DB_FILE).is_file() and not (folder / "appendonlydir").is_dir():
            raise StoreError(
                f"store {spec} does not exist; build it first (kg ingest ARTICLES --store {spec}) "
                "or point --store / KG_STORE at an existing one"
            )
    return open_store(spec)


def _finish(store: Store, got: fetch.Collected, title: str, focus: str | None, n: int) -> VizGraph:
    nodes, edges, note = limit(got, n)
    counts = {"nodes": len(got.nodes), "edges": len(got.edges)}
    arts = fetch.articles(store, edges)
    return VizGraph(title, tuple(nodes), tuple(edges), arts, focus, note, counts)


def around_graph(
    store: Store,
    name: str,
    *,
    hops: int = 1,
    since: str | None = None,
    max_nodes: int = DEFAULT_LIMIT,
) -> VizGraph:
    """The actor `name` designates and its neighbourhood within `hops` (1 or 2)."""
    if hops not in (1, 2):
        raise UsageError(f"--hops {hops}: use 1 or 2")
    if since is not None and not _DATE.fullmatch(since):
        raise UsageError(f"--since {since!r}: use a date like 2024-01-31")
    if max_nodes < 1:
        raise UsageError(f"--limit {max_nodes}: use 1 or more")
    found = find_actor(store, name)
    got = fetch.neighbourhood(store, found, hops, since, max_nodes)
    if not got.edges:
        after = f" since {since}" if since else ""
        raise UsageError(
            f"--around {name!r}: {found.name} ({found.id}) has no relationships{after}; "
            "nothing to draw"
        )
    title = f"{found.name}: {hops}-hop neighbourhood" + (f" since {since}" if since else "")
    return _finish(store, got, title, found.id, max_nodes)


def query_graph(
    store: Store, name: str, params: Mapping[str, str], *, max_nodes: int = DEFAULT_LIMIT
) -> VizGraph:
    """The nodes the canned query `name` returns (every value that is a node id) and the
    relationships among them."""
    rows = run_canned(store, name, params)
    got = fetch.among(store, node_ids_in(rows))
    if not got.nodes:
        shown = " ".join(f"-p {k}={v}" for k, v in params.items())
        raise UsageError(
            f"--query {name} {shown}: the query returned no graph nodes "
            f"({len(rows)} rows); nothing to draw"
        )
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    return _finish(store, got, f"{name}({shown})", None, max_nodes)


def write_page(page: str, path: str | Path) -> Path:
    """Write atomically: a temp file in the same folder renamed at the end, so a failure
    never leaves an empty or half-written page behind."""
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"-o {path}: is a directory; give a file name such as graph.html")
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"-o {path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(page)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # as an ordinary new file would be, not mkstemp's 0600
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise KgError(f"-o {path}: cannot write ({exc.strerror})") from None
        raise
    return target
