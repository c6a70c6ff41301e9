"""Signings: who signs an agreement, and which agreement.

"P、Q分别代表A与B签署了X": the people and the bodies they represent sign X.
"P和Q…在合作备忘录上签字": X is the agreement named earlier that ends with that word.
"A、B与C战略合作协议签约仪式": the parties named in a signing ceremony sign its agreement;
a generic agreement ("战略合作协议") keeps its parties in its name, a specific one does not.
"""

from __future__ import annotations

import re

from kg.extract.actors import agents_before, people_before, sentence_subject
from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.events import SIGNING
from kg.extract.normalize import QUOTES, structural_id

GENERIC_AGREEMENT = re.compile(r"(?:战略)?(?:合作)?(?:框架)?(?:协议书?|谅解备忘录|备忘录)")
AGREEMENT_END = ("协议", "协议书", "备忘录")
SIGN_ON = re.compile(r"在([^，,。；;在上]{2,40})上(?:签字|签名)")
# "…，并联合发布": the verb shares the subject of the sentence
SHARED_SUBJECT = re.compile(r"[，,]并(?:联合|共同|正式|同时)?$")
CLAUSE = re.compile(r"[，,。；;]")
INITIATIVE = frozenset({"Initiative"})


def represented(doc: Doc, verb: int, floor: int) -> list[str]:
    """ "…分别代表A与B签署": the bodies after the last 代表 of the clause, up to the verb."""
    at = doc.text.rfind("代表", floor, verb)
    if at < 0 or CLAUSE.search(doc.text, at, verb):
        return []
    return [m.key or "" for m in agents_before(doc, verb, at + 2, BODY_LABELS, max_gap=2)]


def signers(doc: Doc, verb: int, floor: int) -> list[tuple[str, int]]:
    """(id, evidence start) of who signs or launches: the people right before the verb (or
    those who "分别代表" bodies, with those bodies); else the coordinated bodies."""
    people = people_before(doc, verb, floor)
    bodies = represented(doc, verb, floor)
    if bodies and not people:
        people = people_before(doc, verb, floor, max_gap=40)
    if people:
        return [(p, floor) for p in [*people, *bodies]]
    agents = agents_before(doc, verb, floor)
    if not agents and SHARED_SUBJECT.search(doc.text, floor, verb):
        agents = sentence_subject(doc, floor, verb)
    return [(m.key or "", m.span.start) for m in agents]


def _earlier_agreement(doc: Doc, word: str, before: int) -> str | None:
    """The latest initiative named before `before` whose name ends with `word`."""
    found = [
        m for m in doc.mentions
        if m.label == "Initiative" and m.span.end <= before and (m.name or "").endswith(word)
    ]  # fmt: skip
    return max(found, key=lambda m: m.span.end).key if found else None


def sign_on(doc: Doc, s: int, e: int, confidence: float) -> None:
    """ "P和Q分别代表A和B在合作备忘录上签字": signers of the agreement named earlier."""
    for m in SIGN_ON.finditer(doc.text, s, e):
        word = QUOTES.sub("", m.group(1))
        if not word.endswith(AGREEMENT_END):
            continue
        target = _earlier_agreement(doc, word, m.start())
        if target is None:
            continue
        doc.add("Initiative", m.start(1), m.end(1), target, word)
        for key, at in signers(doc, m.start(), s):
            doc.relate("LAUNCHED", key, target, confidence, at, m.end())


def ceremony_agreements(doc: Doc, confidence: float) -> None:
    """The agreement of each "…协议签约仪式", launched by the parties named before it."""
    for ev in [m for m in doc.mentions if m.label == "Event"]:
        name = ev.span.text
        suffix = next((w for w in SIGNING if name.endswith(w)), None)
        core_end = ev.span.end - len(suffix or "")
        if suffix is None or not name[: len(name) - len(suffix)].endswith(AGREEMENT_END):
            continue
        parties, pos = [], ev.span.start
        while (body := doc.starting_at(pos, BODY_LABELS)) is not None and body.span.end < core_end:
            parties.append(body)
            pos = body.span.end + (doc.text[body.span.end] in "、与和及同")
        if not parties:
            continue
        rest = doc.text[parties[-1].span.end : core_end]
        start = ev.span.start if GENERIC_AGREEMENT.fullmatch(rest) else parties[-1].span.end
        if doc.covered(start, core_end, INITIATIVE):
            continue
        iname = QUOTES.sub("", doc.text[start:core_end])
        iid = structural_id("Initiative", iname)
        # the mention is the agreement's own words: the parties stay mentions of themselves
        doc.add("Initiative", parties[-1].span.end, core_end, iid, iname)
        for body in parties:
            doc.relate("LAUNCHED", body.key or "", iid, confidence, ev.span.start, ev.span.end)
