"""Who attended and who spoke: "X出席…并致辞" (ATTENDED, SPOKE_AT), 主持, 作报告, talks with a
quoted title, speakers who "分别代表" bodies, and bodies whose staff attend."""

from __future__ import annotations

import re

from kg.extract.actors import agents_before, people_before
from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.lookup import event_near, paragraph_event, verbs
from kg.extract.signing import represented

PERSON = frozenset({"Person"})
EVENT = frozenset({"Event"})
# a sentence about an earlier edition: no event named, so not the paragraph's event
PAST = re.compile(r"(?:\d{1,2}月\d{1,2}日，?)?(?:去年|前年|往年|上届|上一届|历届|此前|以往)")
CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
TITLE_TAIL = re.compile(r"[”》](?:为题|的)?(?:作|做)?了?$")
TITLE_LEAD = re.compile(r"(?:以|作|做|题为)$")
OPENERS = {"”": "“", "》": "《"}
# "出席会议的还有A、B", "参加活动的领导有…": the people listed after it attended
LISTED = re.compile(
    r"(?:出席|参加)(?:本次|此次)?([\u4e00-\u9fff]{0,8}?)的(?:领导|嘉宾|领导和嘉宾)?(?:还有|有|包括)[：:]?"
)


def find_attendance(doc: Doc, s: int, e: int) -> None:
    if PAST.match(doc.text, s) and not doc.within(s, e, EVENT):
        return  # "去年大会当天，X致辞": an earlier edition, not named here
    find_listed(doc, s, e)
    v = verbs(doc.pats)
    floor = s
    for m in sorted([*v["attended"].finditer(doc.text, s, e), *v["spoke"].finditer(doc.text, s, e)],
                    key=lambda m: m.start()):  # fmt: skip
        if doc.covered(m.start(), m.end()) or m.start() < floor:
            continue
        people = people_before(doc, _speaker_anchor(doc, m.start(), floor), floor)
        attend = bool(v["attended"].fullmatch(m.group(0)))
        bodies = agents_before(doc, m.start(), floor, BODY_LABELS, staff=True) if attend else []
        agents = people or [a.key or "" for a in bodies]
        if not agents:
            continue
        clause_end = re.search(r"[，。；]", doc.text[m.end() : e])
        end = m.end() + clause_end.start() if clause_end else e
        target = (
            event_near(doc, m.end(), 4 if attend else 2)
            or event_near(doc, m.start(), m.start() - floor, forward=False)
            or paragraph_event(doc, m.start())
        )
        if target is None:
            continue
        types = ["ATTENDED"] if attend else ["SPOKE_AT"]
        if attend and (v["spoke"].search(doc.text, m.end(), end) or _and_spoke(doc, end, e)):
            types.append("SPOKE_AT")
        for agent in agents:
            for t in types:
                doc.relate(t, agent, target, 0.85, floor, end)
        floor = end


def find_listed(doc: Doc, s: int, e: int) -> None:
    """ "出席会议的还有A、B": everyone named after it, to the end of the sentence, attended
    the event its bare word names (else the paragraph's event)."""
    for m in LISTED.finditer(doc.text, s, e):
        end = doc.text.find("；", m.end(), e)
        people = doc.within(m.end(), end if end >= 0 else e, PERSON)
        word = m.group(1)
        target = event_near(doc, m.start(1), len(word)) if word else None
        target = target or paragraph_event(doc, m.start())
        if target is None:
            continue
        for p in people:
            doc.relate("ATTENDED", p.key or "", target, 0.8, m.start(), p.span.end)


def _and_spoke(doc: Doc, start: int, end: int) -> bool:
    """ "X出席开幕式，宣读贺信并致辞": a later "并致辞" of the sentence, nobody named between."""
    for m in verbs(doc.pats)["spoke"].finditer(doc.text, start, end):
        if doc.text[m.start() - 1 : m.start()] == "并":
            return not doc.within(start, m.start(), PERSON)
    return False


def _speaker_anchor(doc: Doc, verb: int, floor: int) -> int:
    """ "X以《题目》为题作专题讲座", "X在论坛上作“题目”主题演讲": the speaker is named before
    the talk's quoted title, so look for the speaker before the title; "X和Y分别代表A和B
    致辞": before 代表."""
    if represented(doc, verb, floor):  # "X和Y分别代表A和B致辞"
        at = doc.text.rfind("代表", floor, verb)
        return at - 2 if doc.text.startswith("分别", at - 2) else at
    tail = TITLE_TAIL.search(doc.text, floor, verb)
    if tail is None:
        return verb
    opener = OPENERS[doc.text[tail.start()]]
    opened = doc.text.rfind(opener, floor, tail.start())
    if opened < 0 or CLAUSE_END.search(doc.text, opened, tail.start()):
        return verb
    lead = TITLE_LEAD.search(doc.text, floor, opened)
    return lead.start() if lead else opened
