"""What a page shows: typed nodes, relationships and the articles behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.store.base import Row

# node properties shown in the details panel besides name/aliases/wikidata (if present)
EXTRA_KEYS = ("name_en", "date", "place", "first_seen", "last_seen", "title", "source", "script")


@dataclass(frozen=True)
class VizNode:
    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    extra: tuple[tuple[str, str], ...] = ()  # other properties, in EXTRA_KEYS order


@dataclass(frozen=True)
class VizEdge:
    source: str
    target: str
    type: str
    title: str | None = None  # HOLDS_POSITION's job title
    evidence: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    confidence: float | None = None
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        return (self.source, self.type, self.target, self.title)


@dataclass(frozen=True)
class ArticleRef:
    id: str
    title: str | None
    date: str | None
    source: str | None


@dataclass(frozen=True)
class VizGraph:
    """A drawable graph. `focus` is the actor a --around page is centred on."""

    title: str
    nodes: tuple[VizNode, ...]
    edges: tuple[VizEdge, ...]
    articles: tuple[ArticleRef, ...] = ()
    focus: str | None = None
    note: str = ""  # what a limit left out
    counts: dict[str, int] = field(default_factory=dict)  # before any limit: nodes, edges


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def node_from_row(row: Row) -> VizNode:
    """A node from a row with `label` and the node's properties under `props`."""
    props: dict[str, Any] = row["props"]
    name = props.get("name") or props.get("title") or props.get("id")
    extra = tuple((k, str(props[k])) for k in EXTRA_KEYS if props.get(k) not in (None, "", []))
    return VizNode(
        id=str(props["id"]),
        label=str(row["label"]),
        name=str(name),
        aliases=tuple(str(a) for a in props.get("aliases") or ()),
        wikidata=_text(props.get("wikidata")),
        extra=extra,
    )


def edge_from_row(row: Row) -> VizEdge:
    """A relationship from a row with src, dst, type and the relationship's `props`."""
    props: dict[str, Any] = row["props"] or {}
    conf = props.get("confidence")
    return VizEdge(
        source=str(row["src"]),
        target=str(row["dst"]),
        type=str(row["type"]),
        title=_text(props.get("title")),
        evidence=tuple(str(e) for e in props.get("evidence") or ()),
        articles=tuple(str(a) for a in props.get("articles") or ()),
        confidence=None if conf is None else float(conf),
        first_seen=_text(props.get("first_seen")),
        last_seen=_text(props.get("last_seen")),
    )
