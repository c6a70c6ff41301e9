"""Bodies and places: gazetteer names, departments right after a known body, then unseen
bodies by their structure (kg/extract/structural.py).

"市场监管总局认可检测司" is a department PART_OF 市场监管总局; a place inside a body's name
(湖北省 in 湖北省人民政府) is no mention of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.lexicon import Hit
from kg.extract.naming import canonical_name, compiled, context_places, label_of, resolve_id
from kg.extract.patterns import Patterns
from kg.extract.structural import add_structural

# people or generic words: "领导和处室负责人" is staff, not a unit named "…和…"
NOT_IN_JOINED = ("领导", "负责", "人员", "代表", "同志", "干部", "相关", "有关", "各")


def add_hits(doc: Doc, hits: list[Hit]) -> None:
    """Gazetteer hits → mentions; weak or ambiguous forms only when the article names them."""
    strong = {h.ids[0] for h in hits if len(h.ids) == 1 and not h.weak}
    admin = doc.pats.bodies["admin_chars"]
    for h in hits:
        ids = [i for i in h.ids if i in strong] if (h.weak or len(h.ids) > 1) else list(h.ids)
        if len(ids) != 1:
            continue
        entry = doc.lex.entries[ids[0]]
        after = doc.text[h.end : h.end + 1]
        if entry.label == "Place" and after and after in admin and not entry.name.endswith(after):
            continue  # "河北区" is a district of Tianjin, not the province 河北
        doc.add(entry.label, h.start, h.end, entry.id, entry.name)
        _named_parent(doc, h, entry.id, entry.parent, "PART_OF")
        if entry.label == "Place":  # "上海浦东新区": the city is named too
            _named_parent(doc, h, entry.id, entry.located_in, "LOCATED_IN")


def _named_parent(doc: Doc, h: Hit, child: str, parent_id: str | None, type_: str) -> None:
    """The parent named at the start of the child's surface form: a mention and an edge."""
    parent = doc.lex.entries.get(parent_id or "")
    surface = doc.text[h.start : h.end]
    prefix = max((n for n in parent.chinese_names if surface.startswith(n) and surface != n),
                 key=len, default=None) if parent else None  # fmt: skip
    if parent and prefix:  # its name says so: the parent is named too
        doc.add(parent.label, h.start, h.start + len(prefix), parent.id, parent.name)
        doc.relate(type_, child, parent.id, 0.95, h.start, h.end)


def add_departments(doc: Doc) -> None:
    """A unit right after a known body: a department PART_OF it."""
    _, unit, _, _ = compiled(doc.pats)
    b = doc.pats.bodies
    titles = tuple(doc.pats.people["titles"])
    for parent in [m for m in doc.mentions if m.label in BODY_LABELS]:
        end = parent.span.end
        found = unit.match(doc.text, end)
        if found is None or found.group(1)[-1:] in "与和":
            found = _joined_unit(doc, end) or found
        if not found or doc.covered(end, found.end()) or doc.ending_at(found.end(), BODY_LABELS):
            continue
        core = found.group(1)
        after = doc.text[found.end() : found.end() + 1]
        generic = core.startswith(tuple(b["generic_heads"]))
        if (
            core[0] in b["unit_not_starting"]
            or core.startswith(titles)
            or after in b["unit_not_before"]
            or generic
        ):
            continue
        inner = core if found.re is unit else core.replace("与", "").replace("和", "")
        if any(w in core for w in b["boundary_words"]) or any(c in b["stop_chars"] for c in inner):
            continue
        canonical = canonical_name(doc.pats, (parent.name or parent.span.text) + found.group(0))
        label = parent.label if parent.label == "Agency" else label_of(doc.pats, found.group(0))[0]
        eid, label, name = resolve_id(
            doc, label, canonical, doc.text[parent.span.start : found.end()]
        )
        doc.add(label, parent.span.start, found.end(), eid, name)
        doc.relate("PART_OF", eid, parent.key or "", 0.85, parent.span.start, found.end())


@lru_cache(maxsize=4)
def _joined_pattern(pats: Patterns) -> re.Pattern[str]:
    units = sorted(pats.bodies["unit_suffixes"], key=len, reverse=True)
    half = r"[\u4e00-\u9fff]{2,8}?"
    return re.compile(f"({half}[与和]{half})(" + "|".join(map(re.escape, units)) + ")")


def _joined_unit(doc: Doc, end: int) -> re.Match[str] | None:
    """ "计量司计量管理与技术规范处": a unit whose name joins two fields with 与/和; each half
    is two or more characters, names no body or place, and holds no unit suffix of its own."""
    found = _joined_pattern(doc.pats).match(doc.text, end)
    if found is None:
        return None
    core = found.group(1)
    joint = end + max(core.find("与"), core.find("和"))
    halves = (doc.text[end:joint], doc.text[joint + 1 : found.end(1)])
    singles = {u for u in doc.pats.bodies["unit_suffixes"] if len(u) == 1}
    if any(w in core for w in NOT_IN_JOINED) or any(c in singles for h in halves for c in h):
        return None
    if core.count("与") + core.count("和") != 1 or doc.starting_at(joint + 1) is not None:
        return None
    return found


def find_bodies(doc: Doc) -> None:
    """All body and place mentions of the article, into doc."""
    add_hits(doc, doc.lex.find(doc.text))
    places = context_places(doc)
    add_departments(doc)
    add_structural(doc, places)
    add_departments(doc)
    drop_covered_places(doc)


def drop_covered_places(doc: Doc) -> None:
    """A place inside a body's name (湖北省 in 湖北省人民政府) is not a mention of its own."""
    inside = bytearray(len(doc.text))
    for b in doc.mentions:
        if b.label != "Place":
            inside[b.span.start : b.span.end] = b"\x01" * (b.span.end - b.span.start)
    keep = [m for m in doc.mentions if m.label != "Place" or 0 in inside[m.span.start : m.span.end]]
    doc.mentions[:] = keep
    doc.reindex()
