"""Scoring extraction records against gold files (docs/extraction-record.md, Scoring).

Keys of an entity: its name, aliases and mention texts, normalized (NFKC, pinyin notes
removed, simplified, no whitespace or quotes, lower case). Entities match within a type
family (Agency, Organization, University are one) on a shared key; Event and Initiative
also when one key contains the other and the shorter is at least 60% of the longer.
Relations match on type, head and tail. Micro-averaged over articles, per type, lenient
and strict (strict also requires equal entity types).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract.normalize import name_key
from kg.models import Extraction

FAMILY = {"Agency": "Body", "Organization": "Body", "University": "Body"}
CONTAINMENT = frozenset({"Event", "Initiative"})


@dataclass(frozen=True)
class Item:
    """An entity on either side of the comparison: its type and normalized keys."""

    type: str
    keys: frozenset[str]


@dataclass
class Counts:
    """Matched system items, system items, matched gold items, gold items."""

    sys_ok: int = 0
    sys: int = 0
    gold_ok: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.sys_ok += other.sys_ok
        self.sys += other.sys
        self.gold_ok += other.gold_ok
        self.gold += other.gold

    def scores(self) -> dict[str, float]:
        p = self.sys_ok / self.sys if self.sys else 0.0
        r = self.gold_ok / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Report:
    """Counts per (mode, kind, type): mode lenient|strict, kind entities|relations."""

    counts: dict[tuple[str, str, str], Counts] = field(default_factory=dict)
    articles: int = 0
    missing: list[str] = field(default_factory=list)

    def bump(self, mode: str, kind: str, type_: str, delta: Counts) -> None:
        for t in (type_, "ALL"):
            self.counts.setdefault((mode, kind, t), Counts()).add(delta)

    def get(self, mode: str, kind: str, type_: str = "ALL") -> dict[str, float]:
        return self.counts.get((mode, kind, type_), Counts()).scores()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles, "missing_records": self.missing}
        for (mode, kind, type_), c in sorted(self.counts.items()):
            out.setdefault(mode, {}).setdefault(kind, {})[type_] = {
                **c.scores(), "system": c.sys, "gold": c.gold,
            }  # fmt: skip
        return out


def _keys(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (name_key(t) for t in texts if t) if k)


def _contains(a: frozenset[str], b: frozenset[str]) -> bool:
    for x in a:
        for y in b:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if short in long_ and len(short) >= 0.6 * len(long_):
                return True
    return False


def matches(s: Item, g: Item, strict: bool) -> bool:
    same = s.type == g.type if strict else FAMILY.get(s.type, s.type) == FAMILY.get(g.type, g.type)
    if not same:
        return False
    if s.keys & g.keys:
        return True
    return s.type in CONTAINMENT and g.type in CONTAINMENT and _contains(s.keys, g.keys)


def _score(system: list[Item], gold: list[Item], strict: bool) -> tuple[list[bool], list[bool]]:
    sys_ok = [any(matches(s, g, strict) for g in gold) for s in system]
    gold_ok = [any(matches(s, g, strict) for s in system) for g in gold]
    return sys_ok, gold_ok


def system_items(x: Extraction) -> tuple[list[Item], dict[str, Item]]:
    by_id = {
        e.id: Item(e.label, _keys([e.name, *e.aliases, *(m.text for m in e.mentions)]))
        for e in x.entities
    }  # fmt: skip
    return [by_id[e.id] for e in x.entities], by_id


def gold_items(gold: dict[str, Any]) -> tuple[list[Item], dict[str, Item]]:
    items, by_name = [], {}
    for e in gold.get("entities", []):
        item = Item(e["type"], _keys([e["name"], *e.get("mentions", [])]))
        items.append(item)
        by_name[e["name"]] = item
    return items, by_name


def score_article(report: Report, x: Extraction | None, gold: dict[str, Any]) -> None:
    g_items, g_by_name = gold_items(gold)
    s_items, s_by_id = system_items(x) if x else ([], {})
    g_rels = []
    for r in gold.get("relations", []):
        head = g_by_name.get(r["head"]) or Item("?", _keys([r["head"]]))
        tail = g_by_name.get(r["tail"]) or Item("?", _keys([r["tail"]]))
        g_rels.append((r["type"], head, tail))
    s_rels = [(r.type, s_by_id[r.source], s_by_id[r.target]) for r in (x.relations if x else ())
              if r.source in s_by_id and r.target in s_by_id]  # fmt: skip
    for mode in ("lenient", "strict"):
        strict = mode == "strict"
        s_ok, g_ok = _score(s_items, g_items, strict)
        for item, ok in zip(s_items, s_ok, strict=True):
            report.bump(mode, "entities", item.type, Counts(int(ok), 1, 0, 0))
        for item, ok in zip(g_items, g_ok, strict=True):
            report.bump(mode, "entities", item.type, Counts(0, 0, int(ok), 1))

        for rel in s_rels:
            ok = any(_rel_match(rel, g, strict) for g in g_rels)
            report.bump(mode, "relations", rel[0], Counts(int(ok), 1, 0, 0))
        for g in g_rels:
            ok = any(_rel_match(s, g, strict) for s in s_rels)
            report.bump(mode, "relations", g[0], Counts(0, 0, int(ok), 1))


def _rel_match(a: tuple[str, Item, Item], b: tuple[str, Item, Item], strict: bool) -> bool:
    return a[0] == b[0] and _endpoint(a[1], b[1], strict) and _endpoint(a[2], b[2], strict)


def _endpoint(s: Item, g: Item, strict: bool) -> bool:
    if g.type == "?":  # the gold relation names an entity the gold list lacks
        return bool(s.keys & g.keys)
    return matches(s, g, strict)


def load_gold(gold_dir: str) -> dict[str, dict[str, Any]]:
    """Gold files by stem; InputError when the folder has none or one is malformed."""
    folder = Path(gold_dir)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise InputError(gold_dir, "no gold files (*.json) in this directory")
    out = {}
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(str(f), f"not a readable gold file: {exc}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("entities"), list):
            raise InputError(str(f), "a gold file needs an 'entities' list")
        out[f.stem] = doc
    return out


def evaluate(gold: dict[str, dict[str, Any]], extractions: Iterable[Extraction]) -> Report:
    """Score extractions against gold by source stem; gold files without a record count as
    all missed (and are listed in report.missing)."""
    report = Report()
    seen: dict[str, Extraction] = {}
    for x in extractions:
        stem = Path(x.article.source).stem
        if stem in gold and stem not in seen:
            seen[stem] = x
    for stem, g in sorted(gold.items()):
        found = seen.get(stem)
        if found is None:
            report.missing.append(stem)
        report.articles += 1
        score_article(report, found, g)
    return report
