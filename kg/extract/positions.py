"""Positions stated by a title chain: one per body, the title as written.

A place with a government title means its people's government (湖北省副省长 → 湖北省人民政
府); a party committee keeps its party titles and hands government ones to the government
(义乌市委常委、副市长); "、认证认可处处长" after a person is a unit of that person's body.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.lexicon import lookup
from kg.extract.normalize import structural_id
from kg.models import Mention

ACTORS = BODY_LABELS | {"Place"}


@dataclass
class Chain:
    start: int
    items: list[tuple[str, int, int]]  # ("title" | "body", start, end) in text order


def _government(doc: Doc, place_key: str | None, place_name: str) -> tuple[str, str]:
    gid = doc.lex.gov_of.get(place_key or "") or doc.lex.gov_of.get(
        lookup(doc.lex, place_name) or ""
    )
    if gid:
        return gid, doc.lex.entries[gid].name
    name = place_name + "人民政府"
    return structural_id("Agency", name), name


def _place_of(m: Mention) -> tuple[str | None, str] | None:
    """(place id, place name) when the body is a place or its party committee."""
    name = m.name or m.span.text
    if m.label == "Place":
        return m.key, name
    if name.startswith("中国共产党") and name.endswith("委员会") and len(name) > 8:
        return None, name[5:-3]
    return None


def _split(doc: Doc, m: Mention, titles: list[str]) -> list[tuple[str, str, list[str]]]:
    """(body id, body name, titles): government titles of a place go to its government."""
    place = _place_of(m)
    if place is None:
        return [(m.key or "", m.name or "", titles)]
    gov = [t for t in titles if t in doc.pats.people["government_titles"]]
    out = []
    if gov:
        out.append((*_government(doc, place[0], place[1]), gov))
    rest = [t for t in titles if t not in gov]
    if rest and m.label != "Place":
        out.append((m.key or "", m.name or "", rest))
    return out


def chain_positions(
    doc: Doc, chain: Chain, inherited: Mention | None
) -> list[tuple[str, str, int]]:
    """(body id, title as written, evidence start) for each body of a chain."""
    groups: list[tuple[Mention | None, list[tuple[int, int]], int]] = []
    for kind, start, end in chain.items:
        if kind == "body":
            groups.append((doc.ending_at(end, ACTORS), [], start))
        elif groups:
            groups[-1][1].append((start, end))
        else:
            groups.append((inherited, [(start, end)], start))
    out = []
    for body, spans, start in groups:
        if body is None or not spans:
            continue
        titles = [doc.text[s:e] for s, e in spans]
        for key, name, chosen in _split(doc, body, titles):
            title = doc.text[spans[0][0] : spans[-1][1]] if chosen == titles else "、".join(chosen)
            if not key:
                continue
            if key != body.key:
                doc.add("Agency", body.span.start, body.span.end, key, name)
            out.append((key, title, start))
    return out


def department(doc: Doc, start: int, end: int, parent: Mention) -> Mention:
    """ "、认证认可处处长": a unit under the previous person's body."""
    unit = doc.text[start:end]
    name = (parent.name or parent.span.text) + unit
    label = "Agency" if parent.label == "Agency" else "Organization"
    m = doc.add(label, start, end, structural_id(label, name), name)
    doc.relate("PART_OF", m.key or "", parent.key or "", 0.7, start, end)
    return m
