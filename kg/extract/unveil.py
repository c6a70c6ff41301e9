""" "王波为“湖北计量服务平台”揭牌": the thing unveiled stands between 为 and the verb, so the
verb-object finder misses it; the people (or bodies) before 为 launch it (LAUNCHED)."""

from __future__ import annotations

import re

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.normalize import QUOTES, structural_id
from kg.extract.signing import signers

# a quoted name, or a short plain one that ends with a word for a launched thing
UNVEILED = re.compile(
    r"(?:共同)?为(“[^”，。]{2,30}”|《[^》，。]{2,30}》"
    r"|[\u4e00-\u9fff]{2,16}?(?:平台|基地|中心|工作站|站|专区|专栏|实验室))(?:揭牌|揭幕|启动|上线)"
)
TAKEN = BODY_LABELS | {"Event", "Person", "Place"}
INITIATIVE = frozenset({"Initiative"})


def find_unveiled(doc: Doc, s: int, e: int, confidence: float) -> None:
    for m in UNVEILED.finditer(doc.text, s, e):
        start, end = m.span(1)
        quoted = doc.text[start] in "“《"
        inner = (start + 1, end - 1) if quoted else (start, end)
        whole = doc.starting_at(inner[0], TAKEN)
        if whole is not None and whole.span.end >= inner[1]:
            continue  # a body unveiled (a new workstation) is a body, not an initiative
        agents = signers(doc, m.start(), s)
        if not agents:
            continue
        named = doc.starting_at(start, INITIATIVE)  # a quoted title is an initiative already
        if named is not None and named.span.end == end and named.key:
            iid = named.key
        elif doc.covered(start, end, INITIATIVE):
            continue
        else:
            name = QUOTES.sub("", doc.text[start:end])
            iid = structural_id("Initiative", name)
            doc.add("Initiative", start, end, iid, name)
        for key, at in agents:
            doc.relate("LAUNCHED", key, iid, confidence, at, m.end())
