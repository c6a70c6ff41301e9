"""Mentions → one entity per actor in an article, with stable ids.

Finders give every mention its entity id already (gazetteer id, structural hash, person id
from name and affiliation), so resolving groups mentions by id, names each entity, drops
noise (places mentioned in passing, bodies quoted inside an initiative's name) and merges
repeated relations, keeping the most confident.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from kg.extract.gazetteer import GazEntry
from kg.models import Article, Entity, Extraction, Mention, Relation
from kg.schema import load_schema

DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
PLACE_CUES = ("在", "于", "赴", "到", "位于", "来到", "走进", "在中国")
EN_CUES = re.compile(r"\b(?:in|at|including|from|to)\s+(?:the\s+)?$")
LIST_JOIN = re.compile(r"、|和|及|与|以及|,\s*|，|,?\s+and\s+")


class _Containers:
    """Initiative and Event mentions by start, to ask which ones hold a span."""

    def __init__(self, mentions: list[Mention]) -> None:
        found = [m for m in mentions if m.label in ("Initiative", "Event")]
        self.items = sorted(found, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.items]
        self.longest = max((m.span.end - m.span.start for m in found), default=0)

    def holding(self, m: Mention) -> list[Mention]:
        lo = bisect_left(self.starts, m.span.start - self.longest)
        hi = bisect_right(self.starts, m.span.start)
        return [c for c in self.items[lo:hi] if m.span.end <= c.span.end]


def _inside(m: Mention, containers: _Containers, gaz: dict[str, GazEntry]) -> bool:
    """A body quoted inside an initiative's name (or an unknown one inside an event's)."""
    if m.label in ("Person", "Event", "Initiative"):
        return False
    return any(c.label == "Initiative" or m.key not in gaz for c in containers.holding(m))


def _kept_places(text: str, places: list[Mention], related: set[str]) -> set[Mention]:
    """Places that the text names as places: in a relation, after 在/于/位于 (in, at,
    including), next to another place (湖北武汉), or listed with one of those."""
    kept: set[Mention] = set()
    previous: Mention | None = None
    for m in sorted(places, key=lambda m: m.span.start):
        before = text[max(0, m.span.start - 10) : m.span.start]
        gap = text[previous.span.end : m.span.start] if previous is not None else "-"
        joined = LIST_JOIN.fullmatch(gap)
        if (
            m.key in related
            or before.endswith(PLACE_CUES)
            or EN_CUES.search(before)
            or (joined and previous in kept)
        ):
            kept.add(m)
        previous = m
    return kept


def _event_date(article: Article, mentions: list[Mention]) -> str | None:
    text = article.text
    for m in mentions:
        start = max(text.rfind("。", 0, m.span.start), text.rfind("\n", 0, m.span.start)) + 1
        found = DATE.search(text, start, m.span.end)
        year = (found and found.group(1)) or (article.date or "")[:4]
        if found and year:
            return f"{year}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
    return None


def _entity(article: Article, key: str, ms: list[Mention], gaz: dict[str, GazEntry],
            props: dict[str, str]) -> Entity:  # fmt: skip
    entry = gaz.get(key)
    name = entry.name if entry else (ms[0].name or ms[0].span.text)
    forms = [m.span.text for m in ms]
    if entry:
        forms += [*entry.aliases, *entry.abbreviations]
    aliases = tuple(dict.fromkeys(f for f in forms if f != name))
    props = dict(props)
    if ms[0].label == "Event" and (date := _event_date(article, ms)):
        props.setdefault("date", date)
    return Entity(
        id=key, label=entry.label if entry else ms[0].label, name=name, aliases=aliases,
        mentions=tuple(dict.fromkeys(m.span for m in sorted(ms, key=lambda m: m.span.start))),
        wikidata=entry.wikidata if entry else None, name_en=entry.name_en if entry else None,
        properties={k: v for k, v in props.items() if v},
    )  # fmt: skip


def _merge(relations: Iterable[Relation], labels: dict[str, str]) -> tuple[Relation, ...]:
    """Keep the most confident of repeated relations, and only those whose endpoints exist
    and carry labels that schema/graph.yaml allows for the type (the store would reject the
    whole article otherwise)."""
    schema = load_schema()
    best: dict[tuple[str, str, str, str], Relation] = {}
    for r in relations:
        source, target = labels.get(r.source), labels.get(r.target)
        if source is None or target is None or not schema.allows(r.type, source, target):
            continue
        key = (r.type, r.source, r.target, r.properties.get("title", ""))
        if key not in best or r.confidence > best[key].confidence:
            best[key] = r
    return tuple(best.values())


def resolve(
    article: Article, mentions: list[Mention], relations: list[Relation],
    gaz: dict[str, GazEntry], props: dict[str, dict[str, str]],
) -> Extraction:  # fmt: skip
    """The article's Extraction: entities grouped by id, relations merged."""
    containers = _Containers(mentions)
    kept = [m for m in mentions if m.key and not _inside(m, containers, gaz)]
    related = {r.source for r in relations} | {r.target for r in relations}
    places = _kept_places(article.text, [m for m in kept if m.label == "Place"], related)
    kept = [m for m in kept if m.label != "Place" or m in places]
    groups: dict[str, list[Mention]] = {}
    for m in sorted(kept, key=lambda m: m.span.start):
        groups.setdefault(m.key or "", []).append(m)
    entities = tuple(_entity(article, k, ms, gaz, props.get(k, {})) for k, ms in groups.items())
    labels = {e.id: e.label for e in entities}
    return Extraction(article, entities, _merge(relations, labels))
