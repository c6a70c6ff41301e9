"""Find the actor a page is about: by id, name, alias or abbreviation, in either script.

The input is converted to simplified Chinese (OpenCC t2s) because names are stored
simplified; matching is exact (case-insensitive for Latin abbreviations such as CNAS).
Unknown or ambiguous names raise UsageError with suggestions.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.errors import UsageError
from kg.schema import load_schema
from kg.store.base import Store

MAX_SUGGESTIONS = 8
_HASHED = re.compile(r":[0-9a-f]{12}$")


@dataclass(frozen=True)
class Found:
    id: str
    label: str
    name: str


@cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def normalize(name: str) -> str:
    """Simplified, trimmed, lower-cased: the form names are compared in."""
    return str(_t2s().convert(name.strip())).lower()


def _labels() -> tuple[str, ...]:
    return load_schema().entity_labels  # validated labels only: safe to put in Cypher


def _by_id(store: Store, ident: str) -> list[Found]:
    found: list[Found] = []
    for label in _labels():
        cypher = f"MATCH (n:{label} {{id: $id}}) RETURN n.id AS id, n.name AS name"
        found += [Found(r["id"], label, r["name"]) for r in store.run(cypher, {"id": ident})]
    return found


def _by_name(store: Store, key: str) -> list[Found]:
    """Nodes whose name is `key`; failing that, nodes with `key` among their aliases."""
    exact: list[Found] = []
    alias: list[Found] = []
    for label in _labels():
        cypher = (
            f"MATCH (n:{label}) WHERE toLower(n.name) = $key "
            "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $key) "
            "RETURN n.id AS id, n.name AS name ORDER BY n.id"
        )
        for r in store.run(cypher, {"key": key}):
            hit = Found(r["id"], label, r["name"])
            (exact if str(r["name"]).lower() == key else alias).append(hit)
    if exact:
        return exact
    # an abbreviation the gazetteer gives (id like agency:samr) beats the same alias picked
    # up by unseen bodies (ids ending in a 12-hex hash)
    listed = [h for h in alias if not _HASHED.search(h.id)]
    return listed if len(listed) == 1 else alias


def _all_names(store: Store) -> list[tuple[str, Found]]:
    """(name or alias, node) for every entity: the pool suggestions are drawn from."""
    pool: list[tuple[str, Found]] = []
    for label in _labels():
        cypher = f"MATCH (n:{label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases"
        for r in store.run(cypher):
            node = Found(r["id"], label, r["name"])
            pool += [(str(n), node) for n in [r["name"], *(r["aliases"] or [])] if n]
    return pool


def suggestions(store: Store, key: str) -> list[str]:
    """Names close to `key`: containing it, contained in it, or similar (difflib)."""
    pool = _all_names(store)
    names = sorted({n for n, _ in pool})
    lowered = {n.lower(): n for n in names}
    near = [lowered[n] for n in difflib.get_close_matches(key, list(lowered), MAX_SUGGESTIONS, 0.4)]
    inside = [n for n in names if key and (key in n.lower() or n.lower() in key) and len(n) > 1]
    out: list[str] = []
    for name in inside + near:
        if name not in out:
            out.append(name)
    return out[:MAX_SUGGESTIONS]


def _describe(store: Store, hit: Found) -> str:
    """'Person 王波, 处长 at 湖北省市场监督管理局': enough to tell namesakes apart."""
    text = f"{hit.label} {hit.name}"
    if hit.label != "Person":
        return text
    cypher = (
        "MATCH (p:Person {id: $id})-[r:HOLDS_POSITION]->(b) "
        "RETURN r.title AS title, b.name AS body ORDER BY b.name LIMIT 2"
    )
    jobs = [f"{r['title'] or ''} at {r['body']}".strip() for r in store.run(cypher, {"id": hit.id})]
    return ", ".join([text, *jobs])


def find_actor(store: Store, name: str) -> Found:
    """The one node `name` designates; UsageError with suggestions when none or several."""
    if not name.strip():
        raise UsageError("--around: give the name, an alias or the id of an actor")
    hits = _by_id(store, name.strip()) or _by_name(store, normalize(name))
    if len(hits) == 1:
        return hits[0]
    if hits:
        listed = "; ".join(f"{h.id} ({_describe(store, h)})" for h in hits[:MAX_SUGGESTIONS])
        raise UsageError(f"--around {name!r} is ambiguous: {listed}; pass one of these ids")
    near = suggestions(store, normalize(name))
    hint = (
        f"; did you mean: {', '.join(near)}" if near else "; `kg stats` shows what the store holds"
    )
    raise UsageError(f"--around {name!r}: no actor has this name, alias or id{hint}")
