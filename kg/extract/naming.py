"""How structural body names are read: suffix tables, canonical forms, context places.

"山东省市场监管局" → label Agency, canonical 山东省市场监督管理局; "义乌市委" → 中国共产党义乌市
委员会; "省…" in an article about 吉林省 → 吉林省…; a canonical name the gazetteer knows
takes the gazetteer's id.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.lexicon import lookup
from kg.extract.normalize import structural_id
from kg.extract.patterns import Patterns
from kg.models import Mention

CJK = re.compile(r"[\u4e00-\u9fff]")
PLACE = frozenset({"Place"})
COUNTED = re.compile(
    r"(?:\d+|[一二三四五六七八九十百千两几多数]+)(?:个|家|所|批|类|项|座|余家|多家)$"
)
NATIONAL = ("中国", "中华", "全国", "国家", "国际", "世界", "亚太", "亚洲")
PLACE_START = re.compile(r"^[\u4e00-\u9fff]{1,5}?(?:省|市(?!场)|自治区|区|县|州)")


@lru_cache(maxsize=4)
def compiled(pats: Patterns) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], list[int]]:
    b = pats.bodies
    suffixes = sorted([*b["suffixes"], *b["venue_suffixes"]], key=len, reverse=True)
    scan = re.compile("|".join(map(re.escape, suffixes)))
    units = sorted(b["unit_suffixes"], key=len, reverse=True)
    unit = re.compile(r"([\u4e00-\u9fff]{1,8}?)(" + "|".join(map(re.escape, units)) + ")")
    words = frozenset(b["boundary_words"])
    return scan, unit, words, sorted({len(w) for w in words})


@lru_cache(maxsize=4)
def _suffix_table(pats: Patterns) -> tuple[dict[str, tuple[str, bool]], list[int]]:
    table = {v: ("Place", False) for v in pats.bodies["venue_suffixes"]}
    for suffix, value in pats.bodies["suffixes"].items():
        table.setdefault(suffix, value)
    return table, sorted({len(s) for s in table}, reverse=True)


def label_of(pats: Patterns, name: str) -> tuple[str, bool]:
    """(label, needs_place) for a structural name, from its longest suffix."""
    table, lengths = _suffix_table(pats)
    for n in lengths:
        found = table.get(name[-n:])
        if found:
            return found
    return "Organization", False


PARTY = re.compile(r"^(.{2,6}?(?:省|市|区|县|自治区))委$")


@lru_cache(maxsize=4)
def _canonical_suffixes(pats: Patterns) -> list[tuple[str, str]]:
    return sorted(pats.bodies["canonical_suffixes"].items(), key=lambda kv: -len(kv[0]))


def canonical_name(pats: Patterns, name: str) -> str:
    party = PARTY.match(name)
    if party:  # 义乌市委 → 中国共产党义乌市委员会
        return f"中国共产党{party.group(1)}委员会"
    for short, full in _canonical_suffixes(pats):
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


def context_places(doc: Doc) -> dict[str, str]:
    """The article's own province/city names by their last character (省 → 吉林省)."""
    found: dict[str, str] = {}
    for m in sorted(doc.mentions, key=lambda m: m.span.start):
        entry = doc.lex.entries.get(m.key or "")
        place = entry if entry and entry.label == "Place" else None
        if entry and entry.label != "Place" and entry.located_in:
            place = doc.lex.entries.get(entry.located_in)
        prefix = context_prefix(doc.pats, place.name, at_end=True) if place else None
        if place and prefix:
            found.setdefault(prefix, place.name)
    return found


def context_prefix(pats: Patterns, name: str, at_end: bool = False) -> str | None:
    """The context word a name starts (or, for a place, ends) with: 省, 市, 自治区 …"""
    words = sorted(pats.bodies["context_prefixes"], key=len, reverse=True)
    return next((w for w in words if (name.endswith(w) if at_end else name.startswith(w))), None)


def resolve_id(doc: Doc, label: str, canonical: str, surface: str) -> tuple[str, str, str]:
    """(id, label, name): the gazetteer's when it knows the name, else structural."""
    gid = lookup(doc.lex, canonical) or lookup(doc.lex, surface)
    if gid:
        entry = doc.lex.entries[gid]
        return gid, entry.label, entry.name
    full = _expansion(doc, canonical)
    if full is not None:
        return full.key or "", full.label, full.name or canonical
    return structural_id(label, canonical), label, canonical


def _is_short_form(place: str, short: str, full: str) -> bool:
    """山东省计量院 of 山东省计量科学研究院: the same place, the same last character, the rest
    of the short name's characters in order inside the full name."""
    if len(full) <= len(short) or short[-1] != full[-1]:
        return False
    rest = iter(full[len(place) :])
    return all(ch in rest for ch in short[len(place) :])


def _expansion(doc: Doc, short: str) -> Mention | None:
    """A body named in full earlier in the article that this structural name abbreviates."""
    place = PLACE_START.match(short)
    if place is None:
        return None
    seen: set[str] = set()
    for m in doc.mentions:
        name = m.name or ""
        if m.label not in BODY_LABELS or not name.startswith(place.group(0)) or name in seen:
            continue
        seen.add(name)
        if _is_short_form(place.group(0), short, name):
            return m
    return None
