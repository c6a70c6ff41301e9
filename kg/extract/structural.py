"""Unseen bodies and venues recognised by their structure.

A name ending in an institutional suffix (…研究院, …市场监管局, …广场), walked left from the
suffix to the nearest boundary (punctuation, function word, verb, another actor). It needs an
anchor: a place, a national prefix, a parent body right before it (a department PART_OF it),
or the article's own province or city ("省市场监管厅"); company and university names stand
alone. "省局" is the provincial bureau the article named before.
"""

from __future__ import annotations

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.naming import (
    COUNTED,
    NATIONAL,
    PARTY,
    PLACE,
    PLACE_START,
    canonical_name,
    compiled,
    context_prefix,
    label_of,
    resolve_id,
)  # fmt: skip
from kg.extract.school_units import add_school_unit, school_parent
from kg.models import Mention


def _walk_left(doc: Doc, start: int) -> int:
    b = doc.pats.bodies
    _, _, words, lengths = compiled(doc.pats)
    left = start
    stops = BODY_LABELS | {"Person", "Event"}
    while left > 0 and start - left < b["max_length"]:
        if doc.ending_at(left, stops) or doc.text[left - 1] in b["stop_chars"]:
            break
        if any(doc.text[left - n : left] in words for n in lengths):
            break
        left -= 1
    return left


def _bureau(doc: Doc, place: str, suffix: str, before: int) -> Mention | None:
    """The body named earlier whose name is the place's and ends like the short form."""
    found = [
        m for m in doc.mentions
        if m.label in BODY_LABELS and m.span.end <= before and (m.name or "").startswith(place)
        and (m.name or "").endswith(suffix) and "人民政府" not in (m.name or "")
    ]  # fmt: skip
    return found[-1] if found else None


def add_structural(doc: Doc, places: dict[str, str]) -> None:
    """Unseen bodies and venues by suffix."""
    scan, _, _, _ = compiled(doc.pats)
    b = doc.pats.bodies
    text = doc.text
    generic = tuple(b["generic_heads"])
    titles = tuple(doc.pats.people["titles"])
    for found in scan.finditer(text):
        start, end = found.span()
        if doc.covered(start, end, BODY_LABELS | {"Event"}):
            continue
        if len(found.group(0)) == 1 and text[end : end + 1] == "长":
            continue  # 厅长, 局长: a title
        left = _walk_left(doc, start)
        name, core = text[left:end], text[left:start]
        parent = doc.ending_at(left, BODY_LABELS)
        has_place = bool(doc.starting_at(left, PLACE) or PLACE_START.match(name))
        word = context_prefix(doc.pats, name) or ""
        rest = name[len(word) :]  # 省市场监管厅: 省 is the article's province, not 省市
        ctx = (
            parent is None and word in places and not doc.starting_at(left, PLACE)
            and (rest.startswith("市场") or not PLACE_START.match(name))
        )  # fmt: skip
        if len(core) < (1 if ctx else b["min_core"]) or core.startswith(generic):
            continue
        if any(g in core for g in ("有关", "相关")) or COUNTED.search(text, max(0, left - 6), left):
            continue  # "建设了57个国家级质检中心": a count of bodies, not one named body
        if parent is not None and (core[:1] in b["unit_not_starting"] or core.startswith(titles)):
            continue
        school = None if (has_place or parent or ctx) else school_parent(doc, left, name)
        if school is not None:  # "学院天府质量品牌研究院": a unit of the article's university
            add_school_unit(doc, school, left, end)
            continue
        label, needs_place = label_of(doc.pats, name)
        if needs_place and not (has_place or parent or ctx):
            continue
        anchored = has_place or parent or ctx or name.startswith(NATIONAL)
        if not anchored and (len(name) > 12 or not name.endswith(tuple(b["free_suffixes"]))):
            continue  # 产业计量测试中心 without a place or a parent is a kind of body, not one
        if PARTY.match(name):
            label = "Organization"
        canonical = canonical_name(doc.pats, name)
        if ctx:
            canonical = places[word] + canonical[len(word) :]
        if parent is not None:
            label = "Agency" if parent.label == "Agency" and label != "Place" else label
            canonical = (parent.name or parent.span.text) + canonical
            left = parent.span.start
        eid, label, cname = resolve_id(doc, label, canonical, text[left:end])
        if ctx and core == word:  # 省局, 市局: the article's own bureau of that place
            known = _bureau(doc, places[word], found.group(0), left)
            eid, label, cname = (
                (known.key or eid, known.label, known.name or cname)
                if known
                else (eid, label, cname)
            )
        doc.add(label, left, end, eid, cname)
        prefix = PLACE_START.match(cname)
        key = context_prefix(doc.pats, prefix.group(0), at_end=True) if prefix else None
        if prefix and key:
            places.setdefault(key, prefix.group(0))
        if parent is not None and parent.key:
            doc.relate("PART_OF", eid, parent.key, 0.75, left, end)
