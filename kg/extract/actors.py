"""Who does what: the coordinated actors right before a verb ("由A、B主办", "A联合B举行")."""

from __future__ import annotations

import re

from kg.extract.doc import BODY_LABELS, Doc
from kg.models import Mention

ACTORS = BODY_LABELS | {"Person"}
EVENT = frozenset({"Event"})
CONNECTOR = re.compile(r"^(、|和|与|及|以及|同|会同|联合|携手|，|（|）、|）和)$")
GAP_STOP = re.compile(r"[，,。；;：:！？!?\n]")


def _nearest(doc: Doc, pos: int, floor: int, labels: frozenset[str]) -> Mention | None:
    best = None
    for m in doc.mentions:
        inside = m.label in labels and floor <= m.span.start and m.span.end <= pos
        if inside and (best is None or m.span.end > best.span.end):
            best = m
    return best


def agents_before(
    doc: Doc, verb: int, floor: int, labels: frozenset[str] = ACTORS, max_gap: int = 10
) -> list[Mention]:
    """The actor right before the verb (a short gap allowed), with those coordinated with it."""
    first = _nearest(doc, verb, floor, labels)
    if first is None:
        return []
    gap = doc.text[first.span.end : verb]
    if len(gap) > max_gap or GAP_STOP.search(gap) or doc.covered(first.span.end, verb, EVENT):
        return []
    if any(g in gap for g in ("相关", "有关", "各")):
        return []  # "…的相关部门代表参加": not the body itself
    found = [first]
    while True:
        prev = _nearest(doc, found[-1].span.start, floor, labels)
        if prev is None:
            break
        between = doc.text[prev.span.end : found[-1].span.start]
        between = re.sub(r"^等(?:\d+家)?单位", "", between)
        if not CONNECTOR.match(between) or (between == "，" and prev.label != first.label):
            break
        found.append(prev)
    return list(reversed(found))


def people_before(doc: Doc, verb: int, floor: int, max_gap: int = 12) -> list[str]:
    """People of the title chains that end right before the verb, with the list they end."""
    chosen: list[str] = []
    starts = {(p[1], p[2]): p[0] for p in doc.people}
    near = sorted(
        (starts.get((m.span.end, m.key or ""), m.span.start), m.span.end, m.key or "")
        for m in doc.mentions if m.label == "Person"
    )  # fmt: skip
    near = [p for p in near if floor <= p[0] and p[1] <= verb]
    if (
        not near
        or verb - near[-1][1] > max_gap
        or re.search(r"[，。；]", doc.text[near[-1][1] : verb])
    ):
        return chosen
    for person in near:
        if person[2] not in chosen:
            chosen.append(person[2])
    return chosen
