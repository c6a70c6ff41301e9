"""Keep large pages readable: the N most connected nodes (nearest the focus first), and a
note saying what was left out."""

from __future__ import annotations

from collections import Counter

from kg.viz.fetch import Collected
from kg.viz.model import VizEdge, VizNode


def degrees(nodes: dict[str, VizNode], edges: list[VizEdge]) -> tuple[Counter[str], Counter[str]]:
    """Relationships per node, and articles behind them (the tie-break around a hub, where
    every neighbour has one relationship: the one most often reported comes first)."""
    deg: Counter[str] = Counter()
    reported: Counter[str] = Counter()
    for e in edges:
        if e.source in nodes and e.target in nodes:
            for end in (e.source, e.target):
                deg[end] += 1
                reported[end] += len(e.articles)
    return deg, reported


def limit(got: Collected, n: int) -> tuple[list[VizNode], list[VizEdge], str]:
    """At most `n` nodes: by hop distance (so every kept node stays reachable from the focus
    through kept nodes), then degree, then articles, then name; edges among kept nodes only."""
    edges = list(got.edges.values())
    deg, reported = degrees(got.nodes, edges)
    ranked = sorted(
        got.nodes.values(),
        key=lambda v: (got.dist.get(v.id, 0), -deg[v.id], -reported[v.id], v.name, v.id),
    )
    kept = {v.id: v for v in ranked[:n]}
    kept_edges = [e for e in edges if e.source in kept and e.target in kept]
    dropped = ranked[n:]
    skipped = (
        f" The outer {got.unexplored} hop(s) were not explored: nearer nodes fill the limit."
        if got.unexplored
        else ""
    )
    if not dropped:
        return list(kept.values()), kept_edges, skipped.strip()
    by_label = Counter(v.label for v in dropped)
    what = ", ".join(f"{count} {label}" for label, count in sorted(by_label.items()))
    note = (
        f"Showing {len(kept)} of {len(got.nodes)} nodes (nearest first, then most connected); "
        f"left out {len(dropped)} nodes ({what}) and "
        f"{len(edges) - len(kept_edges)} relationships. "
        "Raise --limit to see more."
    ) + skipped
    return list(kept.values()), kept_edges, note
